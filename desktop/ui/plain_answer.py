"""An answer shown as plain text, when the question it answers cannot be shown.

An attempt outlives its question: an update of its bank can remove the question, and the app's
copy of a bank can become unreadable. The text is safe in the store either way; this dialog shows
it with the reason, to read, select and copy, or save as a text file. Nothing in it writes to the
store.
"""

from __future__ import annotations

from pathlib import Path

from casebank.atomic import write_atomically
from casebank.errors import UserError
from desktop.display import isolate
from desktop.ui.qt import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
)


class PlainAnswerDialog(QDialog):
    """An answer's text, read-only, with why it is not in the study view.

    Args:
        title: the question's prompt as the store remembers it (or its key).
        reason: why the question cannot be shown, and what the student can do.
        text: the answer.
    """

    def __init__(self, title: str, reason: str, text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your answer as plain text"))
        self.setAccessibleName(self.tr("Your answer as plain text"))
        self.save_dialog: QFileDialog | None = None
        heading = QLabel(title)
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.reason = QLabel(reason)
        self.reason.setWordWrap(True)
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.hide()
        self.text = QPlainTextEdit(text)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Your answer"))
        self.text.setAccessibleDescription(reason)
        self.save_button = QPushButton(self.tr("&Save as text file…"))
        self.save_button.setAccessibleName(self.tr("Save the answer as a text file"))
        self.save_button.setAccessibleDescription(
            self.tr("Write the answer to a text file of your choice")
        )
        close = QPushButton(self.tr("Close"))
        close.setAccessibleDescription(self.tr("Close; the answer stays in the question's history"))
        self.save_button.clicked.connect(self._choose_file)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.reason)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(640, 480)

    def _choose_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Save the answer as"), "", self.tr("Text (*.txt)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("txt")
        dialog.fileSelected.connect(lambda chosen: self.save(Path(chosen)))
        self.save_dialog = dialog
        dialog.open()

    def save(self, path: Path) -> bool:
        """Write the answer to `path` as UTF-8; say so, or say why it could not be written."""
        try:
            write_atomically(path, self.text.toPlainText().encode("utf-8"))
        except UserError as exc:
            self._say(str(exc))
            return False
        self._say(self.tr("Saved the answer as %1.").replace("%1", isolate(str(path))))
        return True

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()
