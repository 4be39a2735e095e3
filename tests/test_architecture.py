"""The Qt-free rule: casebank and desktop's core never import PySide6; only desktop.ui does."""

from __future__ import annotations

import os
import pkgutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def core_modules() -> list[str]:
    names = []
    for package in ("casebank", "desktop"):
        for info in pkgutil.walk_packages([str(ROOT / package)], prefix=f"{package}."):
            if not info.name.startswith("desktop.ui"):
                names.append(info.name)
    return ["casebank", "desktop", *names]


def test_core_imports_no_qt():
    modules = core_modules()
    assert "casebank.coverage" in modules and "desktop.cli" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "qt = sorted(m for m in sys.modules if m.split('.')[0] in {'PySide6', 'shiboken6'})\n"
        "print(','.join(qt))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "", f"Qt loaded by the core: {result.stdout}"


def test_the_student_command_does_not_import_the_tutor_tools():
    """``casewise`` starts the window: the tutor's command and tools (tuning, class reports,
    imports from other formats) were imported with it, 150 to 250 ms of every start."""
    code = (
        "import sys\n"
        "import desktop.cli, desktop.ui.app\n"
        "tools = ['casebank.cli', 'casebank.tuning', 'casebank.classreport', 'casebank.explain']\n"
        "print(','.join(name for name in tools if name in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.stdout.strip() == "", f"imported at the start: {result.stdout}"
