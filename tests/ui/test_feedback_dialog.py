"""File › Send my attempts to my tutor…: a bank, a name only if typed, and the file written."""

from __future__ import annotations

from casebank.feedback import read_feedback
from desktop.ui.feedback_dialog import FeedbackDialog
from desktop.ui.qt import QFileDialog
from tests.helpers import said
from tests.ui.conftest import AMAZON, EN_BANK, FACEBOOK


def submit_an_exam(window) -> None:
    session = window.start(EN_BANK, AMAZON, "exam")
    window.study.editor.setPlainText(FACEBOOK)
    window.study.submit()
    first = session.question.arguments[0].id
    window.study.set_assessment({first: "fully"})
    window.study.reveal()
    window.show_library()


def open_dialog(window) -> FeedbackDialog:
    window.feedback_action.trigger()
    dialog = window.feedback_dialog
    assert isinstance(dialog, FeedbackDialog) and dialog.isVisible()
    return dialog


def test_the_student_chooses_the_bank_types_a_name_and_the_file_is_written(window, tmp_path):
    submit_an_exam(window)
    window.start(EN_BANK, AMAZON, "practice").edit("A draft is not sent.")
    window.show_library()
    dialog = open_dialog(window)
    assert dialog.bank.count() == 1, "only banks with submitted answers"
    assert dialog.bank.itemText(0).endswith("(1 submitted answer)")
    assert "no name unless you type one" in dialog.explanation.text()
    assert dialog.focusWidget() is dialog.name, "one bank: the name is what is left to type"
    dialog.name.setText("  Jo Ng ")
    window.settings.setValue("feedback/folder", str(tmp_path))
    dialog.save_button.click()
    files = window.feedback_file_dialog
    assert isinstance(files, QFileDialog) and files.isVisible()
    assert files.selectedFiles() == [
        str(tmp_path / "brands-social-media-attempts.casewise-feedback")
    ]
    files.selectFile(str(tmp_path / "for my tutor"))
    files.accept()
    written = tmp_path / "for my tutor.casewise-feedback"
    feedback = read_feedback(written)
    assert feedback.student == "Jo Ng"
    assert feedback.bank_id == EN_BANK
    (attempt,) = feedback.attempts
    assert attempt.answer == FACEBOOK and attempt.question == AMAZON
    assert list(attempt.self_assessment.values()) == ["fully"]
    # The path is isolated: in a Persian sentence its slashes stay where they belong.
    assert said(window)[-1] == (
        f"Saved 1 answer in \u2068{written}\u2069. Send this file to your tutor."
    )


def test_without_a_name_the_file_has_none(window, tmp_path):
    submit_an_exam(window)
    dialog = open_dialog(window)
    dialog.save_button.click()
    window.send_feedback(dialog.bank_id(), dialog.name.text(), tmp_path / "x.casewise-feedback")
    assert read_feedback(tmp_path / "x.casewise-feedback").student == ""


def test_with_nothing_submitted_there_is_nothing_to_send(window, tmp_path):
    dialog = open_dialog(window)
    assert dialog.bank.count() == 0
    assert not dialog.save_button.isEnabled()
    assert "You have not submitted an answer yet" in dialog.empty.text()
    dialog.reject()
    assert window.feedback_file_dialog is None


def test_a_file_that_cannot_be_written_says_so_and_leaves_nothing(window, tmp_path):
    submit_an_exam(window)
    target = tmp_path / "missing-folder" / "x.casewise-feedback"
    window.send_feedback(EN_BANK, "", target)
    assert "does not exist" in said(window)[-1]
    assert not target.parent.exists()
