"""An import that takes long can be cancelled: the worker is freed, and no process outlives its
window.

The reproduction: an H5P Essay whose import took minutes (the sample solution's paragraphs were
checked once per keyword). Cancel was ignored, the app's single worker stayed busy, so a PDF
export queued behind it never ran; and after the window closed the process lived on, holding the
session's lock, until the import ended. The import is now linear, asks whether it was cancelled
between its steps, and the app cancels all background work and closes the store when its window
closes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from casebank.errors import CancelledError
from casebank.vocabulary import Mode
from desktop.library import read_bank
from desktop.store.sessions import live_sessions
from desktop.ui.main_window import MainWindow
from desktop.ui.operations import ThreadRunner
from desktop.ui.qt import QProgressDialog, QPushButton, Qt
from tests.helpers import said, window_on
from tests.ui.conftest import AMAZON, EN_BANK, FACEBOOK

ROOT = Path(__file__).resolve().parents[2]


def slow_source(folder: Path, paragraphs: int = 6000) -> Path:
    """An H5P Essay of 50 keywords and a sample solution none of whose paragraphs covers any:
    seconds to import now, hours before."""
    sample = "".join(
        f"<p>Paragraph {i} says the weather was fine, and nothing more.</p>"
        for i in range(paragraphs)
    )
    content = {
        "taskDescription": "<p>Should the bakery sell online?</p>",
        "solution": {"sample": sample},
        "keywords": [{"keyword": f"keyword{k}x", "options": {"points": 1}} for k in range(50)],
    }
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "content.json"
    path.write_text(json.dumps(content), encoding="utf-8")
    return path


def test_a_cancelled_import_stops_when_asked_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    source = slow_source(tmp_path / "source")
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 20  # part-way through the sample's paragraphs

    with pytest.raises(CancelledError):
        read_bank(source, cancelled)

    assert len(asked) == 21
    assert list(scratch.iterdir()) == []


@pytest.fixture
def threaded(qtbot, tmp_path: Path) -> Iterator[MainWindow]:
    """A window whose background work runs on the real worker thread, as in the app."""
    from desktop.ui.app import application

    application()
    win = window_on(tmp_path / "data", runner=ThreadRunner())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    assert isinstance(win.runner, ThreadRunner)
    win.runner.cancel_all()
    win.runner.wait()
    win.close()
    win.store.close()


def progress(window: MainWindow) -> list[QProgressDialog]:
    return [d for d in window.findChildren(QProgressDialog) if d.isVisible()]


def test_cancel_frees_the_worker_and_a_queued_export_runs(
    qtbot, threaded: MainWindow, tmp_path: Path
):
    window = threaded
    window.start(EN_BANK, AMAZON, Mode.PRACTICE)
    window.study.editor.setPlainText(FACEBOOK)
    banks = window.store.banks()
    window.import_bank(slow_source(tmp_path / "source"))
    qtbot.waitUntil(lambda: bool(progress(window)), timeout=5000)
    target = tmp_path / "answer.pdf"
    window.export(target)  # queued behind the import: one worker

    [dialog] = [d for d in progress(window) if "content.json" in d.labelText()]
    [cancel] = dialog.findChildren(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(target.exists, timeout=20_000)
    qtbot.waitUntil(lambda: str(target) in " ".join(said(window)), timeout=5000)
    assert target.read_bytes().startswith(b"%PDF")
    assert not any("import" in m.casefold() for m in said(window)), said(window)
    assert window.store.banks() == banks


CHILD = """
import sys, time
sys.path.insert(0, {root!r})
from pathlib import Path
from desktop.ui.app import application, run
from desktop.ui.qt import QApplication, QTimer
from desktop.ui.main_window import MainWindow

application()  # the timer below needs the application that run() will use
closed = []

def close_when_importing():
    # Once the import is under way (its progress dialog shows after half a second), close the
    # window as the student would.
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            closed.append(time.monotonic())
            widget.close()

QTimer.singleShot(2500, close_when_importing)
status = run(Path({data!r}), Path({source!r}))
print(f"closed={{bool(closed)}} after={{time.monotonic() - closed[0]:.1f}}")
sys.exit(status)
"""


def test_closing_the_window_during_an_import_ends_the_process_and_its_session(tmp_path: Path):
    data = tmp_path / "data"
    source = slow_source(tmp_path / "source", paragraphs=20_000)
    code = textwrap.dedent(CHILD).format(root=str(ROOT), data=str(data), source=str(source))
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.monotonic()

    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=environment
    )

    assert result.returncode == 0, result.stderr[-3000:]
    assert "closed=True" in result.stdout, result.stdout + result.stderr[-3000:]
    assert time.monotonic() - started < 60
    assert live_sessions(data) == []
    assert not list((data / "sessions").glob("*.lock"))
