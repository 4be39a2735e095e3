"""The import of an H5P, Moodle or QTI file shows its report rendered, in a dialog that fits.

Issue 15, point 12: the app's import message showed the report as raw Markdown ("## Not carried
over", "**essay.h5p**") in a message box taller than a 1000-pixel screen, its OK button off-screen.
"""

from __future__ import annotations

from pathlib import Path

from desktop.ui.app import application, build_window
from desktop.ui.operations import ImmediateRunner
from desktop.ui.qt import QDialogButtonBox, QGuiApplication
from tests.casebank.interop.conftest import FIXTURES, pack
from tests.helpers import Recorded, said


def test_the_report_is_rendered_and_the_dialog_fits_the_screen(qtbot, tmp_path: Path):
    application()
    window = build_window(tmp_path / "data", runner=ImmediateRunner(), notices=Recorded())
    qtbot.addWidget(window)
    essay = pack(FIXTURES / "h5p" / "essay-package", tmp_path / "pricing.h5p")
    window.import_bank(essay)
    dialog = window.import_report_dialog
    assert dialog is not None and dialog.isVisible()
    assert said(window)[-1].startswith("Added")
    shown = dialog.report.toPlainText()
    assert "Not carried over" in shown and "/compet(e|ition)/" in shown
    assert "##" not in shown and "**" not in shown  # rendered, not raw Markdown
    assert "the wildcard in '*price*'" in shown  # a term's stars are the term's, not emphasis
    available = QGuiApplication.primaryScreen().availableGeometry()
    assert dialog.frameGeometry().height() <= available.height()
    assert dialog.height() <= 0.8 * available.height() + 1
    # The report is long: it scrolls inside the dialog, and OK stays in reach.
    assert dialog.report.verticalScrollBar().maximum() > 0
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.rect().contains(ok.geometry().translated(buttons.pos()))
    ok.click()
    assert not dialog.isVisible()
    window.close()
    window.store.close()
