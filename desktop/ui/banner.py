"""A message bar above the window's pages: news that needs an answer but must not block.

After a crash the student should see their work is safe and be able to take it back, but a modal
dialog at start-up is the wrong shape for that: it stops them reading the library, and a second
unsaved attempt would mean a second dialog. The banner waits, keyboard-reachable, until they act.
"""

from __future__ import annotations

from desktop.ui import bidi
from desktop.ui.qt import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPalette,
    QPushButton,
    QSizePolicy,
    Qt,
    QWidget,
    Signal,
)


class Banner(QFrame):
    """One message with an accepting and a declining button; hidden until `show_message`."""

    accepted = Signal()
    declined = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.accept_button = QPushButton()
        self.decline_button = QPushButton()
        self.accept_button.clicked.connect(self.accepted)
        self.decline_button.clicked.connect(self.declined)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.accept_button)
        layout.addWidget(self.decline_button)
        self.setAccessibleName(self.tr("Message"))
        self.hide()

    def show_message(self, text: str, accept: str, decline: str) -> None:
        """Show `text` with the two buttons' labels, and move the keyboard focus to it."""
        self.label.setText(text)
        bidi.interface_sentence(self.label)
        self.accept_button.setText(accept)
        self.decline_button.setText(decline)
        self.accept_button.setAccessibleName(accept)
        self.decline_button.setAccessibleName(decline)
        self.setAccessibleDescription(text)
        self.show()
        self.accept_button.setFocus()

    def text(self) -> str:
        """The message shown (tests read it)."""
        return self.label.text()
