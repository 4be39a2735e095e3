"""Rules and words written once (issue 18, point 6): a fix lands in the one copy there is.

Each test looks for a second copy in the code, the way it used to be written, so that a new copy
fails here rather than drifting.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CODE = ("casebank", "desktop")


def modules() -> Iterator[tuple[Path, ast.AST]]:
    for folder in CODE:
        for path in sorted((ROOT / folder).rglob("*.py")):
            yield path.relative_to(ROOT), ast.parse(path.read_text(encoding="utf-8"))


def strings(tree: ast.AST) -> Iterator[str]:
    """The string constants of a module, the pieces of f-strings included."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.value


def test_the_right_to_left_and_arabic_script_languages_are_listed_once():
    found = [
        str(path)
        for path, tree in modules()
        for node in ast.walk(tree)
        if isinstance(node, ast.Set)
        and {"fa", "ar"} <= (codes := {e.value for e in node.elts if isinstance(e, ast.Constant)})
        and "en" not in codes  # the languages a spelling library has are another list
    ]
    assert found == ["casebank/language.py"]


def test_one_utf16_helper():
    found = [
        f"{path}: {node.name}"
        for path, tree in modules()
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef) and "utf16" in node.name
    ]
    assert found == ["desktop/display.py: to_utf16", "desktop/display.py: from_utf16"]


def test_the_bank_suffix_is_spelt_once():
    found = [str(path) for path, tree in modules() for text in strings(tree) if text == ".casebank"]
    assert found == ["casebank/archive.py"]


def test_the_no_such_question_message_is_written_once():
    found = {
        str(path)
        for path, tree in modules()
        for text in strings(tree)
        if "the bank has no question" in text
    }
    assert found == {"casebank/errors.py"}


def test_no_module_reaches_into_another_s_private_names():
    # The class summary imported the answer PDF's _mirror and _Furniture: the page they share is
    # casebank/pdf/page.py now.
    found = [
        f"{path}: {node.module}.{alias.name}"
        for path, tree in modules()
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0
        for alias in node.names
        if node.module.split(".")[0] in CODE
        and alias.name.startswith("_")
        and not alias.name.startswith("__")
    ]
    assert found == []
