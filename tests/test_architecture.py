"""The direction of imports (docs/architecture.md, "Layers"), checked rather than hoped for.

- `casebank` (the format, the engine, the tutors' command, the PDF) never imports `desktop` or Qt:
  tutors install it without the app.
- `desktop` outside `desktop.ui` (store, study logic, the student's command) never imports Qt.
- Inside `desktop.ui`, only `desktop/ui/qt.py` imports PySide6; everything else goes through it.
  Ruff's banned-api rule (TID251, in pyproject.toml) says so at lint time; these tests say so too,
  and that the rule is in force.
"""

from __future__ import annotations

import ast
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QT = frozenset({"PySide6", "shiboken6"})
DOORWAY = ROOT / "desktop" / "ui" / "qt.py"


def modules_of(package: str, *, skip: str | None = None) -> list[str]:
    names = [package]
    for info in pkgutil.walk_packages([str(ROOT / package)], prefix=f"{package}."):
        if skip is None or not info.name.startswith(skip):
            names.append(info.name)
    return names


def loaded_after_importing(modules: list[str]) -> set[str]:
    """The top-level packages in `sys.modules` after importing `modules` in a fresh Python."""
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print(' '.join(sorted({m.split('.')[0] for m in sys.modules})))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return set(result.stdout.split())


def imported_names(path: Path) -> list[tuple[int, str]]:
    """Every module `path` imports, at the top or inside a function, with its line."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
    return found


def offenders(folder: Path, banned: frozenset[str], *, allowed: frozenset[Path]) -> list[str]:
    return [
        f"{path.relative_to(ROOT)}:{line} imports {name}"
        for path in sorted(folder.rglob("*.py"))
        if path not in allowed
        for line, name in imported_names(path)
        if name.split(".")[0] in banned
    ]


def test_importing_casebank_loads_neither_the_app_nor_qt():
    modules = modules_of("casebank")
    assert "casebank.pdf.document" in modules and "casebank.cli" in modules
    loaded = loaded_after_importing(modules)
    assert "casebank" in loaded
    assert not loaded & {"desktop", *QT}, f"casebank loaded {sorted(loaded & {'desktop', *QT})}"


def test_casebank_never_imports_desktop_even_lazily():
    # An import inside a function (an optional feature) escapes the test above until it runs.
    assert offenders(ROOT / "casebank", frozenset({"desktop"}), allowed=frozenset()) == []


def test_desktop_outside_ui_loads_no_qt():
    modules = modules_of("desktop", skip="desktop.ui")
    assert "desktop.cli" in modules and "desktop.store.db" in modules
    loaded = loaded_after_importing(modules)
    assert not loaded & QT, f"Qt loaded by desktop's core: {sorted(loaded & QT)}"


def test_only_the_doorway_imports_pyside6():
    allowed = frozenset({DOORWAY})
    for folder in ("casebank", "desktop", "tests", "benchmarks", "eval"):
        assert offenders(ROOT / folder, QT, allowed=allowed) == [], folder


def test_the_lint_rule_bans_pyside6_outside_the_doorway():
    ruff = Path(sys.executable).with_name("ruff")
    source = '"""A module."""\n\nfrom PySide6.QtWidgets import QLabel\n\nLABEL = QLabel\n'
    # The project's own rules, as `make lint` and the pre-commit hook run them: no --select,
    # which would switch the rule on here whatever pyproject.toml says.

    def check(name: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(ruff), "check", "--no-cache", "--stdin-filename", name, "-"],
            cwd=ROOT,
            input=source,
            capture_output=True,
            text=True,
        )

    banned = check("desktop/ui/study.py")
    assert banned.returncode == 1 and "TID251" in banned.stdout, banned.stdout
    assert "desktop/ui/qt.py" in banned.stdout  # the message says where to import from
    assert check("desktop/ui/qt.py").returncode == 0


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
