"""Word limits and time: a count under the minimum is shown as a warning like one over the
maximum; Submit asks when the answer is outside its limits or an exam has time left; when the
exam's time runs out a message says the answer was handed in, and the self-assessment shows."""

from __future__ import annotations

import pytest

from desktop.session import Phase
from desktop.ui import theme
from desktop.ui.qt import QApplication, QMessageBox, QPushButton
from desktop.ui.study import StudyView
from tests.helpers import said
from tests.ui.conftest import AMAZON, EN_BANK, FACEBOOK

# The real question, before the fixture answers it.
ASKING = getattr(StudyView, "confirm_submit", None)


def within_limits() -> str:
    """An answer of 400 words: the question asks for 300 to 650."""
    return " ".join([FACEBOOK] * 15)


@pytest.fixture
def real_question(monkeypatch):
    monkeypatch.setattr(StudyView, "confirm_submit", ASKING)


def button(box: QMessageBox, text: str) -> QPushButton:
    found = next(b for b in box.buttons() if b.text() == text)
    assert isinstance(found, QPushButton)
    return found


def test_too_few_words_are_a_warning_as_too_many_are(window):
    window.start(EN_BANK, AMAZON, "practice")
    warning = theme.warning_colour(window.study.palette())
    window.study.editor.setPlainText(FACEBOOK)  # 28 words of 300–650
    assert window.study.words.property("limit") == "under"
    assert warning in window.study.words.styleSheet()
    window.study.editor.setPlainText(within_limits())
    assert window.study.words.styleSheet() == ""
    window.study.editor.setPlainText(" ".join([FACEBOOK] * 25))  # 725 words
    assert warning in window.study.words.styleSheet()


def test_submitting_too_few_words_asks_and_keep_writing_keeps_writing(window, real_question):
    session = window.start(EN_BANK, AMAZON, "practice")
    window.study.editor.setPlainText(FACEBOOK)
    window.submit_action.trigger()
    box = window.study.submit_box
    assert box is not None and box.isVisible()
    assert "28 words, fewer than the 300 the question asks for" in box.text()
    button(box, "Keep writing").click()
    assert session.phase is Phase.WRITING and not window.study.editor.isReadOnly()
    window.submit_action.trigger()
    button(window.study.submit_box, "Hand it in").click()
    assert session.phase.value == "assessing"  # (mypy keeps the narrowing of the assert above)


def test_an_answer_within_its_limits_is_handed_in_without_a_question(window, submitting_asks):
    session = window.start(EN_BANK, AMAZON, "practice")
    window.study.editor.setPlainText(within_limits())
    window.study.submit()
    assert submitting_asks == [] and session.phase is Phase.ASSESSING


def test_submitting_an_exam_with_time_left_asks(window, submitting_asks, ticker):
    session = window.start(EN_BANK, AMAZON, "exam")
    window.study.editor.setPlainText(within_limits())
    ticker.now += 60
    window.study.submit()
    assert submitting_asks == [f"You have {session.stopwatch.limit / 60 - 1:.0f}:00 left. "
                               "Hand it in now? You cannot change it afterwards."]  # fmt: skip


def test_when_time_runs_out_a_message_says_the_answer_was_handed_in(window, ticker):
    session = window.start(EN_BANK, AMAZON, "exam")
    window.study.editor.setPlainText(FACEBOOK)
    window.study.minutes.setValue(1)
    ticker.now += 61
    window.study.tick()
    assert session.phase is Phase.ASSESSING
    assert "time is up, and your answer was handed in" in said(window)[-1]
    pane = window.study.checklist
    assert pane.stack.currentWidget() is pane.assessment
    first = next(iter(pane.assessment.combos.values()))
    assert QApplication.focusWidget() is first  # the student lands on the first mark
