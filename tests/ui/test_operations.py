"""Slow work runs off the window's thread: progress after half a second, Cancel that works."""

from __future__ import annotations

import threading
import time

from casebank.errors import UserError
from desktop.ui.operations import PROGRESS_AFTER_MS, ThreadRunner
from desktop.ui.qt import QProgressDialog, QPushButton, Qt, QWidget


def _dialogs(parent: QWidget) -> list[QProgressDialog]:
    return [d for d in parent.findChildren(QProgressDialog) if d.isVisible()]


def test_a_quick_job_finishes_without_a_progress_dialog(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = ThreadRunner()
    results: list[object] = []
    runner.run(parent, "Quick", lambda cancelled: 42, results.append, results.append)
    qtbot.waitUntil(lambda: results == [42], timeout=3000)
    assert _dialogs(parent) == []
    runner.wait()


def test_a_slow_job_shows_progress_after_half_a_second_and_cancel_stops_it(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    runner = ThreadRunner()
    on_worker: list[bool] = []
    stopped = threading.Event()
    results: list[object] = []

    def work(cancelled):
        on_worker.append(threading.current_thread() is not threading.main_thread())
        deadline = time.monotonic() + 10
        while not cancelled() and time.monotonic() < deadline:
            time.sleep(0.01)
        stopped.set()
        return "finished anyway"

    started = time.monotonic()
    runner.run(parent, "Importing the bank…", work, results.append, results.append)
    # Not Qt's default of four seconds, which a dialog made without a value keeps.
    qtbot.waitUntil(lambda: bool(_dialogs(parent)), timeout=2500)
    assert time.monotonic() - started >= PROGRESS_AFTER_MS / 1000 * 0.9
    [dialog] = _dialogs(parent)
    assert dialog.labelText() == "Importing the bank…"
    [cancel] = dialog.findChildren(QPushButton)
    assert cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(stopped.is_set, timeout=3000)
    qtbot.wait(50)  # let the finished signal arrive
    assert on_worker == [True]
    assert results == []  # a cancelled job reports nothing
    runner.wait()


def test_a_user_error_reaches_the_failed_callback_on_the_window_thread(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = ThreadRunner()
    failures: list[tuple[str, bool]] = []

    def work(cancelled):
        raise UserError("The bank file is not a zip archive. Choose a .casebank file.")

    runner.run(
        parent,
        "Import",
        work,
        lambda result: None,
        lambda error: failures.append(
            (str(error), threading.current_thread() is threading.main_thread())
        ),
    )
    qtbot.waitUntil(lambda: bool(failures), timeout=3000)
    assert failures == [("The bank file is not a zip archive. Choose a .casebank file.", True)]
    runner.wait()
