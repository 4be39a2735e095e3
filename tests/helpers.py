"""Helpers the tests of several folders share (as Picard's ``test/picardtestcase.py``)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.session import Unsaved

if TYPE_CHECKING:
    from desktop.ui.import_report import ImportReportDialog
    from desktop.ui.main_window import MainWindow
    from desktop.ui.operations import Runner
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


class Recorded:
    """`Notices` that keep what the window said (`messages`, newest last) and answer its
    questions from lists; the messages and reports are still shown, as the app shows them.

    A question with no answer left fails the test: a test says what the student answers.
    Without an `unsaved` choice left, the real `UnsavedDialog` is asked (a test may patch its
    `exec` to click a button).
    """

    def __init__(self, answers: Iterable[bool] = (), unsaved: Iterable[Unsaved] = ()) -> None:
        from desktop.ui.notices import MessageBoxes  # here: the Qt-free tests import this module

        self.shown = MessageBoxes()
        self.messages: list[str] = []
        self.asked: list[str] = []
        self.answers = list(answers)
        self.unsaved_choices = list(unsaved)

    def tell(
        self, parent: QWidget, title: str, text: str, *, warning: bool = False, rich: bool = False
    ) -> None:
        self.messages.append(text)
        self.shown.tell(parent, title, text, warning=warning, rich=rich)

    def report(self, parent: QWidget, message: str, source: str, report: str) -> ImportReportDialog:
        self.messages.append(f"{message}\n\n{report}")
        return self.shown.report(parent, message, source, report)

    def ask(self, parent: QWidget, title: str, text: str) -> bool:
        self.asked.append(text)
        assert self.answers, f"the window asked, and the test gave no answer: {text}"
        return self.answers.pop(0)

    def unsaved(
        self, parent: QWidget, error: Exception, *, quitting: bool, text_file_problem: str | None
    ) -> Unsaved:
        if self.unsaved_choices:
            return self.unsaved_choices.pop(0)
        return self.shown.unsaved(
            parent, error, quitting=quitting, text_file_problem=text_file_problem
        )


def said(window: MainWindow) -> list[str]:
    """What the window told the student, newest last; it must have been made with `Recorded`."""
    notices = window.notices
    assert isinstance(notices, Recorded), "make the window with notices=Recorded()"
    return notices.messages


def window_on(
    data_dir: Path,
    *,
    bundled: Path | None = None,
    runner: Runner | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> MainWindow:
    """A window on the store in `data_dir` with its library opened, as a start makes it, but
    with the test's clock, runner (`ImmediateRunner` unless given) and `Recorded` notices.

    Args:
        data_dir: the data folder; the window's store is ``window.store``.
        bundled: the folder of bundled banks, when not the app's own.
        runner: how the window runs background work.
        clock: the window's monotonic clock.
    """
    from desktop.library import Library
    from desktop.store import Store
    from desktop.ui.app import settings_for
    from desktop.ui.main_window import MainWindow
    from desktop.ui.operations import ImmediateRunner

    store = Store.open(data_dir)
    library = Library(store) if bundled is None else Library(store, bundled)
    library.open()
    return MainWindow(
        store,
        library,
        settings_for(data_dir),
        runner or ImmediateRunner(),
        clock=clock,
        notices=Recorded(),
    )
