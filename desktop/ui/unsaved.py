"""Leaving an answer whose last save failed: the question the window asks, and what it says.

`desktop.session.StudySession.leave` decides: it saves, and while the save fails it asks. This
module only asks, in an `UnsavedDialog` that offers each `Unsaved` choice, and words the reason a
save failed for the save-state label and the dialog.
"""

from __future__ import annotations

import traceback

from casebank.errors import UserError
from desktop.session import Unsaved
from desktop.ui.i18n import translate
from desktop.ui.qt import QMessageBox, QPushButton, Qt, QWidget


def save_problem(error: Exception) -> str:
    """Why a save failed, for the student: a `UserError` says it itself; a bug is named as one."""
    if isinstance(error, UserError):
        return str(error)
    return translate(
        "Unsaved",
        "Casewise hit a bug while saving (%1); it keeps trying, and nothing you typed is gone "
        "from the window",
    ).replace("%1", type(error).__name__)


class UnsavedDialog(QMessageBox):
    """Asks what to do with an answer whose last save failed, when the student leaves it.

    Args:
        error: why the last save failed.
        quitting: the student is quitting Casewise (rather than going back to the library or to
            another attempt); the button that gives the changes up says so.
        text_file_problem: why saving the answer as a text file failed just before, if it did.
        parent: the window.
    """

    def __init__(
        self,
        error: Exception,
        *,
        quitting: bool,
        text_file_problem: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Your answer is not saved"))
        self.setTextFormat(Qt.TextFormat.PlainText)
        lines = [
            self.tr("Casewise could not save your latest changes: %1").replace(
                "%1", save_problem(error)
            )
        ]
        if text_file_problem:
            lines.append(
                self.tr("The text file was not written: %1").replace("%1", text_file_problem)
            )
        lines.append(
            self.tr(
                "Your answer is still here. Try again once the problem is solved, save the answer "
                "as a text file somewhere else, or leave and lose the changes since the last save."
            )
        )
        self.setText("\n\n".join(lines))
        if not isinstance(error, UserError):
            self.setDetailedText("".join(traceback.format_exception(error)))
        self.choices: dict[Unsaved, QPushButton] = {
            Unsaved.RETRY: self.addButton(self.tr("&Try again"), QMessageBox.ButtonRole.AcceptRole),
            Unsaved.SAVE_AS_TEXT: self.addButton(
                self.tr("&Save as text file…"), QMessageBox.ButtonRole.ActionRole
            ),
            Unsaved.LOSE: self.addButton(
                self.tr("&Quit and lose it") if quitting else self.tr("&Leave and lose it"),
                QMessageBox.ButtonRole.DestructiveRole,
            ),
            Unsaved.STAY: self.addButton(self.tr("S&tay"), QMessageBox.ButtonRole.RejectRole),
        }
        self.choices[Unsaved.STAY].setAccessibleDescription(
            self.tr("Go back to the answer; Casewise keeps trying to save it")
        )
        self.choices[Unsaved.LOSE].setAccessibleDescription(
            self.tr("Leave without the changes made since the last save")
        )
        self.setDefaultButton(self.choices[Unsaved.RETRY])
        self.setEscapeButton(self.choices[Unsaved.STAY])

    def choice(self) -> Unsaved:
        """What the student chose; closing the dialog any other way is staying."""
        clicked = self.clickedButton()
        return next((c for c, button in self.choices.items() if button is clicked), Unsaved.STAY)
