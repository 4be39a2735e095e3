"""After a crash, the next start offers the unsaved answer back and reopens it."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from desktop.ui.app import application, build_window
from desktop.ui.operations import ImmediateRunner
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
    store.save_revision(attempt.id, "Typed just before the crash.", seconds_spent=40)
    os._exit(9)
    """
)


def test_unsaved_work_is_offered_back_after_a_crash(qtbot, tmp_path):
    data = tmp_path / "data"
    result = subprocess.run(
        [sys.executable, "-c", CRASH, str(data)], cwd=ROOT, capture_output=True, check=False
    )
    assert result.returncode == 9, result.stderr
    application()
    window = build_window(data, runner=ImmediateRunner())
    qtbot.addWidget(window)
    asked: list[str] = []

    def ask(title: str, text: str) -> bool:
        asked.append(text)
        return True

    window.ask = ask  # type: ignore[method-assign]
    window.offer_unsaved_work()
    assert len(asked) == 1 and "(5 words)" in asked[0] and "Amazon gives" in asked[0]
    assert window.pages.currentWidget() is window.study
    assert window.study.editor.toPlainText() == "Typed just before the crash."
    window.close()
    window.store.close()
