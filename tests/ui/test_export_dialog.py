"""Exporting from the window: a save dialog with a sensible name, a real PDF, a clear message."""

from __future__ import annotations

import datetime
from pathlib import Path

from desktop.ui.qt import QFileDialog
from tests.ui.conftest import AMAZON, EN_BANK, FACEBOOK


def _open_dialog(window) -> QFileDialog:
    window.export_action.trigger()
    dialog = window.export_dialog
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    return dialog


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
    assert str(written) in window.messages[-1]
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
    before = list(window.messages)
    _open_dialog(window).reject()
    assert list(exports.iterdir()) == []
    assert window.messages == before


def test_export_is_only_offered_while_an_answer_is_open(window):
    assert not window.export_action.isEnabled()
    window.start(EN_BANK, AMAZON, "practice")
    assert window.export_action.isEnabled()
