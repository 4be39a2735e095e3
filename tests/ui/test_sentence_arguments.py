"""Which arguments a sentence serves, at any time: selecting an argument and letting go of it
(Escape, a click on empty checklist space, Ctrl+click) brings the sentence's arguments back."""

from __future__ import annotations

import pytest

from desktop.ui.qt import QPoint, Qt, QTest
from tests.ui.conftest import AMAZON, EN_BANK, FACEBOOK


@pytest.fixture
def checked(window):
    window.start(EN_BANK, AMAZON, "practice")
    window.study.editor.setPlainText(FACEBOOK)
    window.study.check_timer.stop()
    window.study.refresh_checklist()
    return window.study


def put_cursor(study, position: int) -> None:
    cursor = study.editor.textCursor()
    cursor.setPosition(position)
    study.editor.setTextCursor(cursor)


def details(study) -> str:
    return str(study.checklist.details.toPlainText())


def test_the_sentence_shows_again_after_escape(checked):
    study = checked
    study.checklist.list.setCurrentRow(1)
    put_cursor(study, 10)
    assert "This sentence serves" not in details(study)  # the selected argument keeps the pane
    study.editor.setFocus()
    QTest.keyClick(study.editor, Qt.Key.Key_Escape)
    assert study.checklist.list.selectedItems() == []
    assert study.editor.extraSelections() == []
    assert "This sentence serves" in details(study)
    put_cursor(study, 12)
    assert "This sentence serves" in details(study)


def test_escape_in_the_checklist_lets_go_too(checked):
    study = checked
    study.checklist.list.setFocus()
    study.checklist.list.setCurrentRow(0)
    QTest.keyClick(study.checklist.list, Qt.Key.Key_Escape)
    assert study.checklist.list.currentRow() == -1


def test_a_click_on_empty_checklist_space_lets_go(checked):
    study = checked
    pane = study.checklist.list
    study.window().resize(1400, 1000)
    pane.setCurrentRow(0)
    put_cursor(study, 10)
    last = pane.visualItemRect(pane.item(pane.count() - 1))
    below = QPoint(last.center().x(), last.bottom() + 10)
    assert pane.viewport().rect().contains(below) and pane.itemAt(below) is None
    QTest.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=below)
    assert pane.selectedItems() == []
    assert "This sentence serves" in details(study)


def test_ctrl_click_on_the_selected_argument_lets_go(checked):
    study = checked
    pane = study.checklist.list
    pane.setCurrentRow(0)
    put_cursor(study, 10)
    spot = pane.visualItemRect(pane.item(0)).center()
    QTest.mouseClick(
        pane.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, spot
    )
    assert "This sentence serves" in details(study)


def test_a_sentence_that_serves_nothing_shows_how_to_use_the_pane(checked):
    study = checked
    study.editor.setPlainText(FACEBOOK + "\n\nThe weather was fine.")
    study.check_timer.stop()
    study.refresh_checklist()
    put_cursor(study, 10)
    assert "This sentence serves" in details(study)
    put_cursor(study, len(FACEBOOK) + 5)
    assert "Select an argument" in details(study)
