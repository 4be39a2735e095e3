"""Selecting an argument scrolls a long answer to its first evidence; F3 and Shift+F3 step
through its evidence (in the case pane F3 still finds in the case). The caret stays put."""

from __future__ import annotations

from desktop.ui.qt import QKeySequence, QTest
from tests.ui.conftest import AMAZON, EN_BANK

FILLER = "\n\n".join(
    f"Paragraph {n} says something about the weather, which is fine for the time of year."
    for n in range(40)
)
FIRST = "Late in the answer, Amazon uses Facebook to reach a network of friends."
SECOND = "Those friends share its offers and special deals with each other on Facebook."


def visible(study, start: int) -> bool:
    cursor = study.editor.textCursor()
    cursor.setPosition(start)
    return bool(study.editor.viewport().rect().contains(study.editor.cursorRect(cursor)))


def test_selecting_an_argument_scrolls_to_its_evidence_and_f3_steps_through_it(window):
    window.resize(1280, 800)
    window.start(EN_BANK, AMAZON, "practice")
    study = window.study
    text = f"{FILLER}\n\n{FIRST}\n\n{FILLER}\n\n{SECOND}"
    study.editor.setPlainText(text)
    study.check_timer.stop()
    study.refresh_checklist()
    cursor = study.editor.textCursor()
    cursor.setPosition(0)
    study.editor.setTextCursor(cursor)
    first, second = text.index("Facebook"), text.rindex("Facebook")
    assert not visible(study, first) and not visible(study, second)

    study.checklist.list.setCurrentRow(0)  # facebook-network
    assert visible(study, first) and not visible(study, second)
    assert study.editor.textCursor().position() == 0  # the caret stays where the student left it

    study.editor.setFocus()

    def press(key: QKeySequence.StandardKey, until, most: int = 12) -> bool:
        for _ in range(most):  # each piece of evidence (a sentence has a few), then round again
            QTest.keySequence(window, QKeySequence(key))
            if until():
                return True
        return False

    find_next, find_previous = (
        QKeySequence.StandardKey.FindNext,
        QKeySequence.StandardKey.FindPrevious,
    )
    assert press(find_next, lambda: visible(study, second))  # on to the second sentence
    assert press(find_next, lambda: visible(study, first))  # and round to the first again
    assert press(find_previous, lambda: visible(study, second), most=1)  # back to the last
    assert study.editor.textCursor().position() == 0


def test_f3_in_the_case_pane_finds_in_the_case(window):
    window.start(EN_BANK, AMAZON, "practice")
    study = window.study
    study.editor.setPlainText(FIRST)
    study.check_timer.stop()
    study.refresh_checklist()
    study.checklist.list.setCurrentRow(0)
    pane = study.case_pane
    pane.find_field.setText("Amazon")
    pane.find_field.setFocus()
    QTest.keySequence(window, QKeySequence(QKeySequence.StandardKey.FindNext))
    assert pane.browser.textCursor().selectedText() == "Amazon"
    assert study.checklist.list.currentRow() == 0  # the argument stays selected
