"""Keyboard only, end to end: from the library to a submitted, self-assessed practice attempt,
correcting a misspelt word from the context menu on the way, without touching the mouse.

Every step is a key press or typed text (qtbot.keyClick / keyClicks) on the widget that has focus,
as a student who cannot use a mouse would work; nothing is clicked or called directly.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest

from desktop.session import Phase
from desktop.ui.app import application, build_window
from desktop.ui.qt import QApplication, QMenu, Qt, QWidget
from tests.helpers import Recorded

EN_BANK = "org.casewise.brands-social-media"
AMAZON = "amazon-international/platform-roles"
KEY = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
ANSWER = (
    "Amazon uses Facebook to reach a network of friends who share its offers and special deals "
    "with each other, so promotions spread from one customer to the next. "
)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(focused(), key, modifier)


# A popup menu asks the window system to raise it and grab the keyboard, which the offscreen
# platform cannot do (and says so); the menu works all the same.
@pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing"
)
def test_full_practice_attempt_without_a_mouse(qtbot, tmp_path: Path):
    application()
    window = build_window(tmp_path / "data", notices=Recorded())
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    library = window.library_view

    # The window opens with the focus in the library's tree; arrow down to the question.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is library.tree, timeout=3000)
    press(qtbot, KEY.Key_Home)
    for _ in range(200):
        if library.selected() == (EN_BANK, AMAZON):
            break
        press(qtbot, KEY.Key_Down)
    assert library.selected() == (EN_BANK, AMAZON)

    # Enter starts a practice attempt, with the focus in the writing pane.
    press(qtbot, KEY.Key_Return)
    study = window.study
    assert study.session is not None and study.session.mode == "practice"
    qtbot.waitUntil(lambda: focused() is study.editor, timeout=3000)

    # Type, with one slip; the checklist updates after the pause.
    qtbot.keyClicks(focused(), "Amazon uses Facebok. " + ANSWER)
    qtbot.waitUntil(lambda: "covered" in study.checklist.list.item(0).text(), timeout=5000)

    # The Menu key opens the spelling menu at the cursor: put the cursor in the slip first.
    study.spelling.wait()
    press(qtbot, KEY.Key_Home, CTRL)
    for _ in range(len("Amazon uses Fa")):
        press(qtbot, KEY.Key_Right)
    press(qtbot, KEY.Key_Menu)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=3000)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    assert menu.activeAction() is not None and menu.activeAction().text() == "Facebook"
    qtbot.keyClick(menu, KEY.Key_Return)
    qtbot.waitUntil(lambda: study.editor.toPlainText().startswith("Amazon uses Facebook."))

    # Alt+3 goes to the checklist; the arrow keys walk it and the details follow.
    press(qtbot, KEY.Key_3, ALT)
    assert focused() is study.checklist.list
    press(qtbot, KEY.Key_Home)
    press(qtbot, KEY.Key_Down)
    second = study.session.question.arguments[1].title
    assert second in study.checklist.details.toPlainText()

    # Alt+2 back to the answer, Ctrl+Return submits; the self-assessment takes the focus.
    press(qtbot, KEY.Key_2, ALT)
    assert focused() is study.editor
    press(qtbot, KEY.Key_Return, CTRL)
    # The answer is short of the question's minimum: Casewise asks, and Enter hands it in.
    box = study.submit_box
    assert box is not None and box.isVisible()
    box.activateWindow()  # as a window manager does with a new dialog (offscreen has none)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and focused().window() is box)
    press(qtbot, KEY.Key_Return)
    session = study.session
    assert session.phase is Phase.ASSESSING
    combos = list(study.checklist.assessment.combos.values())
    # The box closed; a window manager gives the window back its activation (offscreen has
    # none to do it), and with it the focus the window kept: the first mark.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is combos[0])
    # Each mark: Down picks a level on a closed combo box, Tab moves to the next argument.
    for combo in combos:
        assert focused() is combo
        press(qtbot, KEY.Key_Down)
        press(qtbot, KEY.Key_Down)
        press(qtbot, KEY.Key_Tab)
    assert all(level is not None for level in study.checklist.assessment.levels().values())
    # The reveal button is next in the tab order; Space presses it.
    assert focused() is study.checklist.assessment.reveal_button
    press(qtbot, KEY.Key_Space)
    assert session.phase.value == "revealed"  # (mypy keeps the narrowing of the assert above)
    assert session.attempt.submitted

    # Ctrl+L back to the library: the attempt is counted there.
    attempt_id = session.attempt.id
    press(qtbot, KEY.Key_L, CTRL)
    assert focused() is library.tree
    stored = window.store.attempt(attempt_id)
    assert stored.submitted and stored.text.startswith("Amazon uses Facebook.")
    assert set(stored.self_assessment) == {a.id for a in session.question.arguments}
    window.close()
    window.store.close()
