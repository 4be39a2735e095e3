"""The window tells and asks through the `Notices` it was given (issue 18, "notifications injected
through a small protocol instead of test hooks in widgets")."""

from __future__ import annotations

import ast
from pathlib import Path

from desktop.ui.main_window import MainWindow
from desktop.ui.notices import MessageBoxes
from desktop.ui.qt import QMessageBox
from tests.helpers import Recorded

ROOT = Path(__file__).resolve().parents[2]


def test_a_refused_bank_is_told_through_the_notices_and_shown_in_a_box(window: MainWindow):
    notices = window.notices
    assert isinstance(notices, Recorded)
    window.import_bank(ROOT / "tests/fixtures/broken/bad-bank-id")

    assert "not a usable case bank" in notices.messages[-1]
    boxes = [box for box in window.findChildren(QMessageBox) if box.isVisible()]
    assert any("not a usable case bank" in box.text() for box in boxes)


def test_a_question_is_answered_by_the_notices_not_by_a_replaced_method(window: MainWindow):
    notices = window.notices
    assert isinstance(notices, Recorded)
    notices.answers.append(False)

    assert window.ask("Delete?", "Delete the attempt?") is False
    assert notices.asked == ["Delete the attempt?"] and notices.answers == []


def test_the_app_tells_and_asks_with_qts_dialogs(qtbot, tmp_path: Path):
    from desktop.ui.app import build_window
    from desktop.ui.operations import ImmediateRunner

    window = build_window(tmp_path / "data", runner=ImmediateRunner())
    qtbot.addWidget(window)
    assert isinstance(window.notices, MessageBoxes)
    window.close()
    window.store.close()


def test_no_widget_keeps_what_it_said_for_the_tests():
    """A `messages` list on a widget, filled "for the tests", is the hook the protocol replaces."""
    kept = []
    for path in sorted((ROOT / "desktop" / "ui").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id == "self"
                and node.attr == "messages"
            ):
                kept.append(f"{path.name}:{node.lineno}")
    assert kept == []
