"""Slow work off the window's thread, Anki-style: a progress dialog only after half a second,
a Cancel button, and one callback on the window's thread when the work is done.

The work itself is a plain function that takes a ``cancelled()`` callable and must not touch the
store or any widget (the store belongs to the window's thread). Long work asks ``cancelled()``
between its steps and stops with `CancelledError` once the student has pressed Cancel, or the
window has closed (`ThreadRunner.cancel_all`): the one worker is then free for the next job, and
no process outlives its window. Tests pass `ImmediateRunner`, which runs the work at once on the
calling thread, so they are deterministic (as Picard's tests do).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Protocol, TypeVar, cast

from casebank.errors import UserError
from desktop.ui.i18n import translate
from desktop.ui.qt import QObject, QProgressDialog, QRunnable, QThreadPool, QWidget, Signal

log = logging.getLogger(__name__)

# What the work returns is what `done` receives, typed through: no `Any`, no isinstance checks.
T = TypeVar("T")
Cancelled = Callable[[], bool]
Failed = Callable[[UserError], None]

PROGRESS_AFTER_MS = 500


class Runner(Protocol):
    """Runs background operations."""

    def run(
        self,
        parent: QWidget | None,
        label: str,
        work: Callable[[Cancelled], T],
        done: Callable[[T], None],
        failed: Failed,
    ) -> None:
        """Run `work`; then call `done` with its result, or `failed` with its `UserError`."""

    def cancel_all(self) -> None:
        """Ask all work started and not finished to stop."""


class ImmediateRunner:
    """Runs the work at once, on the calling thread: for tests and tiny jobs."""

    def run(
        self,
        parent: QWidget | None,
        label: str,
        work: Callable[[Cancelled], T],
        done: Callable[[T], None],
        failed: Failed,
    ) -> None:
        """Run `work` now."""
        try:
            result = work(lambda: False)
        except UserError as exc:
            failed(exc)
            return
        done(result)

    def cancel_all(self) -> None:
        """Nothing runs after `run` has returned."""


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)
    crashed = Signal(object)


class _Job(QRunnable):
    def __init__(
        self, work: Callable[[Cancelled], object], cancel: threading.Event, signals: _Signals
    ) -> None:
        super().__init__()
        self.work = work
        self.cancel = cancel
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.work(self.cancel.is_set)
        except UserError as exc:
            self.signals.failed.emit(exc)
        except Exception as exc:  # a bug: hand it to the window's thread to report
            log.exception("background operation failed")
            self.signals.crashed.emit(exc)
        else:
            self.signals.finished.emit(result)


class ThreadRunner:
    """Runs the work on Qt's thread pool, one job at a time per runner."""

    def __init__(self) -> None:
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(1)
        self._alive: set[_Signals] = set()
        self._cancels: set[threading.Event] = set()  # of the jobs started and not finished

    def run(
        self,
        parent: QWidget | None,
        label: str,
        work: Callable[[Cancelled], T],
        done: Callable[[T], None],
        failed: Failed,
    ) -> None:
        """Start `work`; a progress dialog with Cancel appears if it takes over half a second."""
        cancel = threading.Event()
        signals = _Signals()
        self._alive.add(signals)
        self._cancels.add(cancel)
        progress = QProgressDialog(label, translate("Runner", "Cancel"), 0, 0, parent)
        progress.setAutoReset(False)
        progress.setAutoClose(False)
        progress.setMinimumDuration(PROGRESS_AFTER_MS)
        # The dialog's own timer started with Qt's default of four seconds when it was made, and
        # setting the duration restarts it only once a value is set: without one, Cancel came
        # four seconds late.
        progress.setValue(0)
        progress.setAccessibleName(label)
        progress.canceled.connect(cancel.set)

        def finish() -> None:
            progress.reset()
            progress.deleteLater()
            self._alive.discard(signals)
            self._cancels.discard(cancel)

        def on_finished(result: object) -> None:
            finish()
            if not cancel.is_set():
                done(cast(T, result))  # what `work` returned, through Qt's signal

        def on_failed(error: object) -> None:
            finish()
            if not cancel.is_set() and isinstance(error, UserError):
                failed(error)

        def on_crashed(error: object) -> None:
            finish()
            if isinstance(error, BaseException):
                raise RuntimeError(f"{label} failed") from error

        signals.finished.connect(on_finished)
        signals.failed.connect(on_failed)
        signals.crashed.connect(on_crashed)
        self.pool.start(_Job(work, cancel, signals))

    def cancel_all(self) -> None:
        """Ask every job started and not finished, running or queued, to stop."""
        for cancel in self._cancels:
            cancel.set()

    def wait(self, milliseconds: int = -1) -> bool:
        """Wait for running work (at exit), at most `milliseconds` if given; whether it ended."""
        return bool(self.pool.waitForDone(milliseconds))
