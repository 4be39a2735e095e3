"""How the window tells the student something and asks them: one small protocol, injected.

`MainWindow` takes a `Notices` and says everything through it: a message, an import's report,
a yes-or-no question, and what to do with an answer whose last save failed. The app passes
`MessageBoxes`, Qt's dialogs. Tests pass one that records what was said and answers questions
from a list (``tests/helpers.py``), instead of reading a list the window kept for them or
replacing the window's methods.
"""

from __future__ import annotations

from typing import Protocol

from desktop.session import Unsaved
from desktop.ui.import_report import ImportReportDialog
from desktop.ui.qt import QMessageBox, Qt, QWidget
from desktop.ui.unsaved import UnsavedDialog


class Notices(Protocol):
    """What the window needs to tell the student and to ask them."""

    def tell(
        self, parent: QWidget, title: str, text: str, *, warning: bool = False, rich: bool = False
    ) -> None:
        """Show a message without blocking. `rich`: `text` is HTML."""

    def report(self, parent: QWidget, message: str, source: str, report: str) -> ImportReportDialog:
        """Show what an import did, its Markdown report rendered, without blocking."""

    def ask(self, parent: QWidget, title: str, text: str) -> bool:
        """A yes-or-no question; whether the answer is yes."""

    def unsaved(
        self, parent: QWidget, error: Exception, *, quitting: bool, text_file_problem: str | None
    ) -> Unsaved:
        """What to do with an answer whose last save failed, and why (`UnsavedDialog`)."""


class MessageBoxes:
    """`Notices` as Qt's dialogs: the app's."""

    def tell(
        self, parent: QWidget, title: str, text: str, *, warning: bool = False, rich: bool = False
    ) -> None:
        """Show a message box that does not block; it deletes itself when closed."""
        icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        box.open()

    def report(self, parent: QWidget, message: str, source: str, report: str) -> ImportReportDialog:
        """Open the import report, which scrolls when it is long."""
        dialog = ImportReportDialog(message, source, report, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def ask(self, parent: QWidget, title: str, text: str) -> bool:
        """Ask in a modal box with Yes and No."""
        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def unsaved(
        self, parent: QWidget, error: Exception, *, quitting: bool, text_file_problem: str | None
    ) -> Unsaved:
        """Ask in a modal `UnsavedDialog`."""
        dialog = UnsavedDialog(
            error, quitting=quitting, text_file_problem=text_file_problem, parent=parent
        )
        try:
            dialog.exec()
            return dialog.choice()
        finally:
            dialog.deleteLater()
