"""Evidence highlighting lands on the words the engine found, in Persian and past emoji too."""

from __future__ import annotations

import dataclasses

from casebank.vocabulary import Status
from tests.ui.conftest import AMAZON, EN_BANK, FA_BANK, FACEBOOK

FA_QUESTION = "instagram-child-safety/platform-responsibility"
FA_ANSWER = (
    "به نظر من اینستاگرام مقصر است. الگوریتم‌های اینستاگرام کاربرانی را که دنبال این محتوا "
    "بودند به فروشنده‌ها وصل می‌کردند و شبکه را بزرگ‌تر می‌کردند."
)


def _marked(window) -> list[str]:
    """The highlighted words, in the answer's order."""
    selections = sorted(window.study.editor.extraSelections(), key=lambda s: s.cursor.position())
    return [s.cursor.selectedText() for s in selections]


def _evidence(window, argument_id: str) -> list[str]:
    """The evidence's words, in the answer's order, each place once (two cues may find one)."""
    session = window.study.session
    found = next(a for a in session.coverage().arguments if a.id == argument_id)
    return [e.text for e in sorted({(e.start, e.end): e for e in found.evidence}.values(),
                                   key=lambda e: e.start)]  # fmt: skip


def _select(window, argument_id: str) -> None:
    pane = window.study.checklist.list
    for row in range(pane.count()):
        if pane.item(row).data(0x0100) == argument_id:  # Qt.UserRole
            pane.setCurrentRow(row)
            return
    raise AssertionError(f"no row for {argument_id}")


def test_persian_evidence_is_highlighted_on_the_persian_words(window):
    window.start(FA_BANK, FA_QUESTION, "practice")
    window.study.editor.setPlainText(FA_ANSWER)
    window.study.refresh_checklist()
    session = window.study.session
    covered = [a.id for a in session.coverage().arguments if a.status is not Status.MISSING]
    assert "recommendation-algorithms" in covered
    _select(window, "recommendation-algorithms")
    marked = _marked(window)
    assert marked and marked == _evidence(window, "recommendation-algorithms")
    assert all(word in FA_ANSWER for word in marked)
    assert any("الگوریتم" in word for word in marked)


def test_highlights_stay_on_their_words_after_characters_outside_the_basic_plane(window):
    # Qt counts positions in UTF-16 units, Python in code points: an emoji is one and two.
    text = "🙂🙂 " + FACEBOOK
    window.start(EN_BANK, AMAZON, "practice")
    window.study.editor.setPlainText(text)
    window.study.refresh_checklist()
    window.study.checklist.list.setCurrentRow(0)
    marked = _marked(window)
    assert marked and marked == _evidence(window, window.study.session.question.arguments[0].id)
    assert "Facebook" in marked


def test_the_arguments_a_sentence_serves_are_found_after_emoji(window):
    text = "🙂🙂🙂🙂 " + FACEBOOK + " The weather was fine that day."
    window.start(EN_BANK, AMAZON, "practice")
    window.study.editor.setPlainText(text)
    window.study.check_timer.stop()
    window.study.refresh_checklist()
    window.study.checklist.list.setCurrentItem(None)
    cursor = window.study.editor.textCursor()
    end_of_sentence = text.index(FACEBOOK) + len(FACEBOOK) - 2
    cursor.setPosition(len(text[:end_of_sentence].encode("utf-16-le")) // 2)
    window.study.editor.setTextCursor(cursor)
    details = window.study.checklist.details.toPlainText()
    assert window.study.session.question.arguments[0].title in details


def test_the_details_say_when_an_argument_counts_because_it_is_developed(window, monkeypatch):
    window.start(EN_BANK, AMAZON, "practice")
    window.study.editor.setPlainText(FACEBOOK)
    window.study.refresh_checklist()
    session = window.study.session
    coverage = session.checked()
    first, *rest = coverage.arguments
    _select(window, first.id)
    assert "develops it over several sentences" not in window.study.checklist.details.toPlainText()
    developed = dataclasses.replace(first, status=Status.COVERED, developed=True)
    monkeypatch.setattr(
        session, "checked", lambda: dataclasses.replace(coverage, arguments=(developed, *rest))
    )
    window.study.checklist.list.setCurrentRow(-1)
    _select(window, first.id)
    shown = window.study.checklist.details.toPlainText()
    assert "Counted as covered: your answer develops it over several sentences." in shown
