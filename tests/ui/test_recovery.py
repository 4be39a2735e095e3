"""After a crash, the next start offers the unsaved answer back and reopens it."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from desktop.ui.app import application, build_window
from desktop.ui.operations import ImmediateRunner
from desktop.ui.qt import Qt
from tests.helpers import Recorded
from tests.ui.conftest import AMAZON, EN_BANK

ROOT = Path(__file__).resolve().parents[2]
CRASH = textwrap.dedent(
    f"""
    import os, sys
    from desktop.library import Library
    from desktop.store import Store
    store = Store.open(sys.argv[1])
    Library(store).open()
    attempt = store.start_attempt({EN_BANK!r}, {AMAZON!r}, "practice")
    store.save_revision(attempt.id, sys.argv[2], seconds_spent=40)
    os._exit(9)
    """
)


def _crash(data: Path, *texts: str) -> None:
    """Leave one open attempt per text behind, as a crash would."""
    for text in texts:
        result = subprocess.run(
            [sys.executable, "-c", CRASH, str(data), text],
            cwd=ROOT,
            capture_output=True,
            check=False,
        )
        assert result.returncode == 9, result.stderr


def test_unsaved_work_is_offered_back_in_a_banner_after_a_crash(qtbot, tmp_path):
    data = tmp_path / "data"
    _crash(data, "Typed just before the crash.")
    application()
    window = build_window(data, runner=ImmediateRunner(), notices=Recorded())
    qtbot.addWidget(window)
    window.offer_unsaved_work()
    assert not window.banner.isHidden()
    assert "(5 words)" in window.banner.text() and "Amazon gives" in window.banner.text()
    assert window.pages.currentWidget() is window.library_view  # nothing blocks the library
    qtbot.mouseClick(window.banner.accept_button, Qt.MouseButton.LeftButton)
    assert window.banner.isHidden()
    assert window.pages.currentWidget() is window.study
    assert window.study.editor.toPlainText() == "Typed just before the crash."
    window.close()
    window.store.close()


def test_each_unsaved_answer_is_offered_in_turn_and_not_now_keeps_it(qtbot, tmp_path):
    data = tmp_path / "data"
    _crash(data, "First lost answer.", "Second lost answer here.")
    application()
    window = build_window(data, runner=ImmediateRunner(), notices=Recorded())
    qtbot.addWidget(window)
    window.offer_unsaved_work()
    assert "1 more unsaved answer follows." in window.banner.text()
    qtbot.keyClick(window.banner.decline_button, Qt.Key.Key_Space)  # keyboard works too
    assert "more unsaved" not in window.banner.text()
    assert not window.banner.isHidden()
    window.banner.decline_button.click()
    assert window.banner.isHidden()
    assert window.store.unsaved_work() == []  # dismissed, yet kept in the history:
    texts = {a.text for a in window.store.attempts_for(EN_BANK, AMAZON)}
    assert {"First lost answer.", "Second lost answer here."} <= texts
    window.close()
    window.store.close()
