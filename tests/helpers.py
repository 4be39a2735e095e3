"""Helpers the tests of several folders share (as Picard's ``test/picardtestcase.py``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.ui.qt import QWidget


class Ticker:
    """A monotonic clock that moves only when told to: ``ticker.now += 61``."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, one key event per character.

    ``qtbot.keyClicks`` aborts the process on non-ASCII text such as é, ß or Persian.
    """
    from desktop.ui.qt import Qt, QTest  # here, not above: the Qt-free tests share the Ticker

    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )
