"""Exporting from the window: the name and what to include (remembered), then a save dialog with a
sensible name, a real PDF, a clear message."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

from casebank.pdf import Section
from desktop.ui.export_dialog import ExportDialog
from desktop.ui.qt import QFileDialog, QSettings
from tests.export.conftest import pdftotext
from tests.helpers import said
from tests.ui.conftest import AMAZON, EN_BANK, FACEBOOK


def _open_choices(window) -> ExportDialog:
    window.export_action.trigger()
    choices = window.export_choices
    assert isinstance(choices, ExportDialog) and choices.isVisible()
    return choices


def _open_dialog(window) -> QFileDialog:
    _open_choices(window).save_button.click()
    dialog = window.export_dialog
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    return dialog


def _export(window, target: Path) -> str:
    """Save from the open file dialog and return the PDF's text."""
    dialog = window.export_dialog
    dialog.selectFile(str(target))
    dialog.accept()
    assert str(target) in said(window)[-1]
    return " ".join(pdftotext(target).split())


def test_export_suggests_a_name_and_writes_the_pdf_where_the_student_chose(window, tmp_path):
    window.start(EN_BANK, AMAZON, "practice")
    window.study.editor.setPlainText(FACEBOOK)
    window.settings.setValue("export/folder", str(tmp_path))
    dialog = _open_dialog(window)
    today = datetime.date.today().isoformat()
    suggested = tmp_path / f"amazon-international-platform-roles-{today}.pdf"
    assert dialog.selectedFiles() == [str(suggested)]
    target = tmp_path / "out" / "my answer"  # no suffix: the dialog adds .pdf
    target.parent.mkdir()
    dialog.selectFile(str(target))
    dialog.accept()
    written = target.with_name("my answer.pdf")
    assert written.read_bytes().startswith(b"%PDF-")
    assert str(written) in said(window)[-1]
    assert window.settings.value("export/folder") == str(target.parent)
    # The next export starts in the folder chosen last.
    again = _open_dialog(window)
    assert Path(again.selectedFiles()[0]).parent == target.parent
    again.reject()


def test_cancelling_the_dialog_writes_nothing(window, tmp_path):
    window.start(EN_BANK, AMAZON, "practice")
    exports = tmp_path / "exports"
    exports.mkdir()
    window.settings.setValue("export/folder", str(exports))
    before = list(said(window))
    _open_dialog(window).reject()
    assert list(exports.iterdir()) == []
    assert said(window) == before


def test_export_is_only_offered_while_an_answer_is_open(window):
    assert not window.export_action.isEnabled()
    window.start(EN_BANK, AMAZON, "practice")
    assert window.export_action.isEnabled()


def submit_and_assess(window) -> None:
    window.start(EN_BANK, AMAZON, "practice")
    window.study.editor.setPlainText(FACEBOOK)
    window.study.submit()
    window.study.set_assessment({"facebook-network": "fully"})
    window.study.reveal()


def test_the_name_and_the_sections_chosen_are_in_the_pdf_and_remembered(window, tmp_path):
    """Issue 16, point 7: the window offered no name and always added feedback and model."""
    submit_and_assess(window)
    window.settings.setValue("export/folder", str(tmp_path))
    choices = _open_choices(window)
    assert choices.focusWidget() is choices.name
    # One box per section `casewise export --include` knows, and the self-assessment.
    assert set(choices.sections) == set(Section)
    assert choices.sections[Section.FEEDBACK].isChecked()
    assert choices.sections[Section.MODEL].isChecked()
    assert not choices.sections[Section.CASE].isChecked()
    assert choices.self_assessment.isChecked()
    choices.name.setText("  Jo Ng ")
    choices.sections[Section.MODEL].setChecked(False)
    choices.sections[Section.CASE].setChecked(True)
    choices.self_assessment.setChecked(False)
    choices.save_button.click()
    text = _export(window, tmp_path / "first.pdf")
    assert "Jo Ng" in text
    assert "Appendix: the case" in text and "From a garage to a global store" in text
    assert "Feedback" in text and "Model answer" not in text
    assert not re.search(r"\d of \d agree", text)  # the self-assessment was left out

    again = _open_choices(window)
    assert again.name.text() == "Jo Ng"
    ticked = {section for section, box in again.sections.items() if box.isChecked()}
    assert ticked == {Section.FEEDBACK, Section.CASE}
    assert not again.self_assessment.isChecked()
    again.self_assessment.setChecked(True)
    again.sections[Section.CASE].setChecked(False)
    again.save_button.click()
    text = _export(window, tmp_path / "second.pdf")
    assert "1 of 1 agree" in text and "Appendix: the case" not in text
    # Remembered across starts: the settings file holds the choices, spelt as --include takes them.
    window.settings.sync()
    stored = QSettings(window.settings.fileName(), QSettings.Format.IniFormat)
    assert stored.value("export/name") == "Jo Ng"
    assert stored.value("export/include") == "feedback"


def test_before_submitting_only_the_case_can_be_added(window, tmp_path):
    window.start(EN_BANK, AMAZON, "practice")
    window.study.editor.setPlainText(FACEBOOK)
    window.settings.setValue("export/folder", str(tmp_path))
    choices = _open_choices(window)
    for section in (Section.FEEDBACK, Section.MODEL):
        box = choices.sections[section]
        assert not box.isEnabled() and not box.isChecked()
        assert "submitted" in box.toolTip()
    assert choices.sections[Section.CASE].isEnabled()
    assert not choices.self_assessment.isEnabled()
    choices.name.setText("Jo Ng")
    choices.save_button.click()
    text = _export(window, tmp_path / "draft.pdf")
    assert "Jo Ng" in text and "Feedback" not in text and "Model answer" not in text
    # What could not be chosen this time stays as it was chosen last.
    assert window.settings.value("export/include") == "feedback,model"
