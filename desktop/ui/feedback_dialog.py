"""File › Send my attempts to my tutor…: which bank's attempts, and a name only if the student
wants one in the file. What the file holds, and what it does not, is said before it is written;
the window then asks where to save it and writes it (`desktop.store.feedback`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from casebank.model import Bank
from desktop.ui.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    Signal,
)

MAX_NAME = 100


class FeedbackDialog(QDialog):
    """Choose a bank with submitted attempts and, if wanted, type a name; then `chosen` fires."""

    chosen = Signal(str, str)  # bank id, the name typed ("" for none)

    def __init__(
        self, banks: Sequence[Bank], counts: Mapping[str, int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("feedback-dialog")
        self.setWindowTitle(self.tr("Send my attempts to my tutor"))
        self.bank = QComboBox()
        for bank in banks:
            count = counts.get(bank.id, 0)
            if count:
                label = self.tr("%1 (%n submitted answers)", "", count).replace("%1", bank.title)
                self.bank.addItem(label, bank.id)
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME)
        self.name.setPlaceholderText(self.tr("Optional: your name, as your tutor knows you"))
        self.explanation = QLabel(
            self.tr(
                "The file holds, for each answer you submitted to this bank: the answer, what "
                "Casewise detected and how you assessed yourself on each argument, and which "
                "version of the bank and its rubric you answered. Nothing else: no dates, no "
                "folders of your computer, and no name unless you type one above. Your tutor "
                "uses it to see which words their rubric does not know yet."
            )
        )
        self.explanation.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Bank:"), self.bank)
        form.addRow(self.tr("&Name:"), self.name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(
            self.tr("&Save file…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.explanation)
        if not self.bank.count():
            self.empty = QLabel(
                self.tr(
                    "You have not submitted an answer yet. Sit a question as an exam, submit "
                    "it and assess yourself; then you can send your attempts."
                )
            )
            self.empty.setWordWrap(True)
            column.addWidget(self.empty)
            self.bank.setEnabled(False)
            self.name.setEnabled(False)
            self.save_button.setEnabled(False)
        column.addWidget(buttons)
        if self.bank.count() == 1:
            self.name.setFocus()  # nothing to choose: the student's next move is the name, if any
        self.resize(520, self.sizeHint().height())

    def bank_id(self) -> str:
        """The id of the bank chosen ("" when there is none to choose)."""
        return str(self.bank.currentData() or "")

    def _accept(self) -> None:
        if not self.bank_id():
            return
        self.accept()
        self.chosen.emit(self.bank_id(), self.name.text().strip())
