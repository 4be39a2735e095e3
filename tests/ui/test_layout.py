"""The layout holds at the window's minimum size: nothing in the checklist runs off under a
scroll bar, buttons show their whole text, and the case's headings break between words."""

from __future__ import annotations

import pytest

from desktop.ui.qt import QApplication, QTextDocument, QTextOption

DE_BANK = "org.casewise.amazon-botschafter"


@pytest.fixture
def smallest(window):
    """A German question (long words) open in the window at its minimum size."""
    question = window.library.bank(DE_BANK).questions()[0]
    window.start(DE_BANK, question.key, "practice")
    window.study.editor.setPlainText("Die Botschafter twittern.")
    window.study.check_timer.stop()
    window.study.refresh_checklist()
    window.resize(1, 1)  # as small as the window lets itself be made
    QApplication.processEvents()
    return window


def lines_of_headings(document: QTextDocument) -> list[tuple[str, int]]:
    """(heading text, where each of its lines after the first starts)."""
    found = []
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel():
            layout = block.layout()
            for index in range(1, layout.lineCount()):
                found.append((block.text(), layout.lineAt(index).textStart()))
        block = block.next()
    return found


def test_the_checklist_is_not_cut_off_at_the_minimum_size(smallest):
    pane = smallest.study.checklist.list
    assert smallest.width() < 1000  # the test is about a small window
    assert not pane.horizontalScrollBar().isVisible()
    width = pane.viewport().width()
    for row in range(pane.count()):
        rect = pane.visualItemRect(pane.item(row))
        assert rect.left() >= 0 and rect.right() <= width, pane.item(row).text()


def test_buttons_show_their_whole_text_at_the_minimum_size(smallest):
    study = smallest.study
    for button in (study.new_attempt_button, study.submit_button, study.back_button):
        assert button.width() >= button.sizeHint().width(), button.text()


def test_case_headings_break_between_words_at_the_minimum_size(smallest):
    browser = smallest.study.case_pane.browser
    assert browser.wordWrapMode() == QTextOption.WrapMode.WordWrap
    broken = lines_of_headings(browser.document())
    assert broken, "at this width some heading wraps; the test needs one that does"
    for text, start in broken:
        # After a space, or after the hyphen of a compound ("FC-|Botschafter"), as typesetters do.
        assert text[start - 1].isspace() or text[start - 1] == "-", f"{text!r} broken at {start}"
