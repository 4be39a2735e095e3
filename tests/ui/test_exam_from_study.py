"""Attempt › Sit as exam (Ctrl+Shift+E) from the study view: it asks what to do with the
practice draft, then starts the exam (it did nothing there, without a message)."""

from __future__ import annotations

from desktop.ui.qt import QKeySequence
from tests.helpers import said, type_text
from tests.ui.conftest import AMAZON, EN_BANK


def test_sit_as_exam_from_the_study_view_keeps_the_draft_when_asked(window):
    practice = window.start(EN_BANK, AMAZON, "practice")
    type_text(window.study.editor, "A practice answer worth keeping.")
    asked: list[bool] = []

    def keep() -> bool:
        asked.append(True)
        return True

    window.keep_draft_for_exam = keep
    assert window.exam_action.shortcut() == QKeySequence("Ctrl+Shift+E")
    window.exam_action.trigger()
    exam = window.study.session
    assert asked and exam is not None and exam.mode == "exam"
    assert exam.attempt.id != practice.attempt.id and window.study.editor.toPlainText() == ""
    kept = window.store.attempt(practice.attempt.id)
    assert kept.mode == "practice" and kept.text == "A practice answer worth keeping."
    assert not kept.deleted


def test_sit_as_exam_can_delete_the_draft_and_undo_brings_it_back(window):
    practice = window.start(EN_BANK, AMAZON, "practice")
    type_text(window.study.editor, "A practice answer to throw away.")
    window.keep_draft_for_exam = lambda: False
    window.exam_action.trigger()
    assert window.study.session.mode == "exam"
    assert window.store.attempt(practice.attempt.id).deleted
    assert "Undo delete" in window.statusBar().currentMessage()
    window.store.undelete(practice.attempt.id)
    assert window.store.attempt(practice.attempt.id).text == "A practice answer to throw away."


def test_cancelling_stays_with_the_practice_answer(window):
    practice = window.start(EN_BANK, AMAZON, "practice")
    type_text(window.study.editor, "Still writing.")
    window.keep_draft_for_exam = lambda: None
    window.exam_action.trigger()
    assert window.study.session is practice and practice.editable


def test_an_empty_practice_attempt_is_left_without_a_question(window):
    window.start(EN_BANK, AMAZON, "practice")

    def unexpected() -> bool:
        raise AssertionError("asked about an attempt without a word")

    window.keep_draft_for_exam = unexpected
    window.exam_action.trigger()
    assert window.study.session.mode == "exam"


def test_sit_as_exam_during_an_exam_says_so(window):
    exam = window.start(EN_BANK, AMAZON, "exam")
    window.exam_action.trigger()
    assert window.study.session is exam
    assert "already" in said(window)[-1]
