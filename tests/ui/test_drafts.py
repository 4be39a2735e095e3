"""Drafts continue: Practice on a question with an unsubmitted draft opens that draft, also after
a restart; an attempt that never got a word is not kept; the library shows the draft."""

from __future__ import annotations

import re
from pathlib import Path

from desktop.ui.qt import Qt
from tests.helpers import type_text, window_on
from tests.ui.conftest import AMAZON, EN_BANK


def question_row(window, key: str):
    for item in window.library_view._question_items():
        if item.data(0, Qt.ItemDataRole.UserRole)[2] == key:
            return item
    raise AssertionError(key)


def practise(window) -> None:
    """Select the question in the library and click Practice, as a student does."""
    window.show_library()
    assert window.library_view.select(EN_BANK, AMAZON)
    window.library_view.practice_button.click()


def test_practice_continues_the_draft_after_a_restart(window, qtbot, tmp_path: Path, ticker):
    practise(window)
    first = window.study.session.attempt.id
    type_text(window.study.editor, "Amazon reaches friends on Facebook.")
    window.close()  # saves, as every way out does
    window.store.close()

    again = window_on(tmp_path / "data", clock=ticker)
    qtbot.addWidget(again)
    again.show()
    try:
        row = question_row(again, AMAZON)
        assert re.fullmatch(r"draft of .+, 5 words", row.text(3))
        practise(again)
        session = again.study.session
        assert session is not None and session.attempt.id == first
        assert again.study.editor.toPlainText() == "Amazon reaches friends on Facebook."
        assert "Continuing your draft" in again.statusBar().currentMessage()
        assert again.study.new_attempt_button.isVisible()
        assert [a.id for a in again.store.attempts_for(EN_BANK, AMAZON)] == [first]
    finally:
        again.close()
        again.store.close()


def test_start_a_new_attempt_keeps_the_draft_in_the_history(window):
    practise(window)
    draft = window.study.session.attempt.id
    type_text(window.study.editor, "A first go.")
    window.study.new_attempt_button.click()
    fresh = window.study.session
    assert fresh.attempt.id != draft and window.study.editor.toPlainText() == ""
    assert window.store.attempt(draft).text == "A first go."
    window.show_library()
    # The fresh attempt got no word: it is not kept, and Practice finds the draft again.
    assert [a.id for a in window.store.attempts_for(EN_BANK, AMAZON)] == [draft]
    practise(window)
    assert window.study.session.attempt.id == draft


def test_an_attempt_that_never_got_a_word_is_not_kept(window):
    practise(window)
    window.show_library()
    assert window.store.attempts_for(EN_BANK, AMAZON) == []
    assert question_row(window, AMAZON).text(3) == "–"


def test_an_exam_is_never_continued_as_practice_and_starts_afresh(window):
    window.start(EN_BANK, AMAZON, "exam")
    type_text(window.study.editor, "Written under exam conditions.")
    exam = window.study.session.attempt.id
    assert not window.study.new_attempt_button.isVisible()
    practise(window)
    assert window.study.session.attempt.id != exam
    assert window.study.session.mode == "practice"
