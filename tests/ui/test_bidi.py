"""Right-to-left beside left-to-right in every pane (issue 16, point 5), checked on what is drawn.

Each pane is laid out in both mixed combinations: a Persian interface with an English or a German
bank, and an English interface with a Persian bank. Alignment is read from the rendered layout,
not from properties: a text pane's blocks from their `QTextLayout` lines (where each line's ink
starts and ends), a list's rows and the labels from the ink columns of their grabbed image.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pytest

from casebank.coverage import Basis, Evidence
from casebank.vocabulary import Mode, SelfAssessment
from desktop.ui import i18n
from desktop.ui.main_window import MainWindow
from desktop.ui.operations import ImmediateRunner
from desktop.ui.qt import (
    QApplication,
    QImage,
    QListWidget,
    QPushButton,
    QRect,
    Qt,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextEdit,
    QWidget,
)
from desktop.ui.screenshots import (
    AMAZON,
    ANSWER,
    DE_BANK,
    EN_BANK,
    FA_BANK,
    GERMAN,
    GERMAN_ANSWER,
    PERSIAN,
    PERSIAN_ANSWER,
)
from tests.helpers import Recorded, Ticker, type_text, window_on


class Combination(NamedTuple):
    interface: str  # the interface language's code
    bank: str
    question: str
    answer: str
    bank_side: str  # where the bank's text is aligned: "left" or "right"
    interface_side: str
    quotes: tuple[str, str]  # the quotation marks of the bank's language


COMBINATIONS = [
    Combination("fa", EN_BANK, AMAZON, ANSWER, "left", "right", ("“", "”")),
    Combination("fa", DE_BANK, GERMAN, GERMAN_ANSWER, "left", "right", ("„", "“")),
    Combination("en", FA_BANK, PERSIAN, PERSIAN_ANSWER, "right", "left", ("«", "»")),
]
IDS = ["fa-interface-en-bank", "fa-interface-de-bank", "en-interface-fa-bank"]


@pytest.fixture(params=COMBINATIONS, ids=IDS)
def mixed(
    request: pytest.FixtureRequest, qtbot, tmp_path: Path
) -> Iterator[tuple[MainWindow, Combination]]:
    """A window in the combination's interface language (made after the language is set, as
    the app makes it), with the combination."""
    from desktop.ui.app import application

    combination: Combination = request.param
    application()
    assert i18n.install(i18n.LANGUAGES[combination.interface])
    window = window_on(tmp_path / "data", clock=Ticker())
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    yield window, combination
    window.close()
    window.store.close()
    i18n.install(i18n.LANGUAGES["en"])


# -- reading the rendered layout ---------------------------------------------------------------


def first_strong(text: str) -> str | None:
    """The test's own reading of a text's direction: its first letter outside an isolate."""
    depth = 0
    for char in text:
        if char in "\u2066\u2067\u2068":
            depth += 1
        elif char == "\u2069":
            depth -= 1
        elif depth == 0 and unicodedata.bidirectional(char) == "L":
            return "left"
        elif depth == 0 and unicodedata.bidirectional(char) in ("R", "AL"):
            return "right"
    return None


def side(block: QTextBlock) -> str:
    """Where a laid-out block's lines sit: "left", "right", or "full" (every line fills its
    width, as a justified or exactly fitting paragraph does, so that either side holds)."""
    layout = block.layout()
    assert layout is not None and layout.lineCount(), block.text()
    left = right = True
    for n in range(layout.lineCount()):
        line = layout.lineAt(n)
        ink = line.naturalTextRect()
        room = line.rect()
        left = left and ink.left() - room.left() < 2
        right = right and room.right() - ink.right() < 2
    if left and right:
        return "full"
    if left:
        return "left"
    return "right" if right else "centre"


def reads(block: QTextBlock) -> str:
    """Which way a block's first line is ordered on screen: where its first letter is drawn
    against the last letter of the line."""
    layout = block.layout()
    line = layout.lineAt(0)
    text = block.text()
    letters = [
        i
        for i in range(line.textStart(), line.textStart() + line.textLength())
        if text[i].isalpha()
    ]

    def x(index: int) -> float:
        return float(layout.glyphRuns(index, 1)[0].boundingRect().center().x())

    return "ltr" if x(letters[0]) < x(letters[-1]) else "rtl"


def blocks(document: QTextDocument) -> list[QTextBlock]:
    found = []
    block = document.begin()
    while block.isValid():
        if block.text().strip("\u2068\u2069 "):
            found.append(block)
        block = block.next()
    return found


def laid_out(view: QWidget) -> QTextDocument:
    """A text pane's document after its layout has run."""
    QApplication.processEvents()
    assert isinstance(view, QTextEdit)
    document = view.document()
    document.documentLayout().documentSize()  # lays every block out
    return document


def block_with(document: QTextDocument, words: str) -> QTextBlock:
    for block in blocks(document):
        if words in block.text():
            return block
    raise AssertionError(f"no block with {words!r} in {[b.text() for b in blocks(document)]}")


def ink_bands(image: QImage, rect: QRect) -> list[tuple[int, int]]:
    """The (leftmost, rightmost) ink columns of each band of text lines in `rect` of `image`,
    top to bottom: ink is any pixel far from the rect's background (its top-left corner)."""
    rect = rect.intersected(image.rect())
    background = image.pixelColor(rect.left() + 1, rect.top() + 1)

    def ink(x: int, y: int) -> bool:
        colour = image.pixelColor(x, y)
        return (
            abs(colour.red() - background.red())
            + abs(colour.green() - background.green())
            + abs(colour.blue() - background.blue())
            > 150
        )

    bands: list[tuple[int, int]] = []
    in_band = False
    lo, hi = rect.right(), rect.left()
    for y in range(rect.top(), rect.bottom() + 1):
        xs = [x for x in range(rect.left(), rect.right() + 1) if ink(x, y)]
        if xs:
            lo, hi, in_band = min(lo, xs[0]), max(hi, xs[-1]), True
        elif in_band:
            bands.append((lo - rect.left(), rect.right() - hi))
            lo, hi, in_band = rect.right(), rect.left(), False
    if in_band:
        bands.append((lo - rect.left(), rect.right() - hi))
    return bands  # each as (gap on the left, gap on the right)


def ink_side(gaps: tuple[int, int]) -> str:
    left, right = gaps
    if abs(left - right) < 12:
        return "full"
    return "left" if left < right else "right"


def row_bands(view: QListWidget, row: int) -> list[tuple[int, int]]:
    QApplication.processEvents()
    rect = view.visualItemRect(view.item(row))
    image = view.viewport().grab().toImage()
    return ink_bands(image, rect.adjusted(1, 1, -1, -1))


# -- the case pane ------------------------------------------------------------------------------


def test_case_headings_and_paragraphs_sit_on_the_side_their_text_starts(mixed):
    """Reproduction: in a Persian case, headings were left-aligned while paragraphs were
    right-aligned (the README's persian.png showed it)."""
    window, combination = mixed
    window.start(combination.bank, combination.question, Mode.PRACTICE)
    document = laid_out(window.study.case_pane.browser)
    headings = [b for b in blocks(document) if b.blockFormat().headingLevel()]
    assert headings
    for heading in headings:
        assert side(heading) == combination.bank_side, heading.text()
    for block in blocks(document):
        if QTextCursor(block).currentTable() is not None:
            continue  # a table's header cells are centred
        expected = first_strong(block.text()) or combination.bank_side
        assert side(block) in (expected, "full"), block.text()


# -- the writing pane ---------------------------------------------------------------------------


def test_prompt_and_answer_paragraphs_run_their_own_way(mixed):
    window, combination = mixed
    window.start(combination.bank, combination.question, Mode.PRACTICE)
    study = window.study
    for block in blocks(laid_out(study.question)):
        assert side(block) in (combination.bank_side, "full"), block.text()
    # A paragraph in the other direction runs its own way: an English note in a Persian answer,
    # a Persian one in an English answer.
    other = "Note to self: check the dates." if combination.bank == FA_BANK else "یادداشت: تاریخ"
    study.editor.setPlainText(combination.answer + "\n\n" + other)
    study.directions.apply()
    document = laid_out(study.editor)
    note = block_with(document, other)
    assert side(note) == ("left" if combination.bank == FA_BANK else "right")
    assert reads(note) == ("ltr" if combination.bank == FA_BANK else "rtl")
    for block in blocks(document)[:-1]:
        assert side(block) in (combination.bank_side, "full"), block.text()


def test_a_paragraph_turns_as_its_first_letter_is_typed_and_back_with_undo(mixed):
    window, combination = mixed
    window.start(combination.bank, combination.question, Mode.PRACTICE)
    editor = window.study.editor
    editor.setFocus()
    type_text(editor, "abc" if combination.bank == FA_BANK else "سلام")
    QApplication.processEvents()
    document = laid_out(editor)
    other = "left" if combination.bank == FA_BANK else "right"
    assert side(document.begin()) == other
    editor.undo()
    QApplication.processEvents()
    # An empty answer starts on the side of the question's language: that is where the caret is.
    editor.selectAll()
    editor.textCursor().removeSelectedText()
    QApplication.processEvents()
    empty = laid_out(editor).begin()
    assert empty.layout().textOption().textDirection() == (
        Qt.LayoutDirection.RightToLeft
        if combination.bank_side == "right"
        else Qt.LayoutDirection.LeftToRight
    )


# -- the checklist and the details pane ----------------------------------------------------------


def practise(window: MainWindow, combination: Combination) -> None:
    window.start(combination.bank, combination.question, Mode.PRACTICE)
    window.study.editor.setPlainText(combination.answer)
    window.study.check_timer.stop()  # as after a pause in typing
    window.study.refresh_checklist()


def test_argument_details_align_each_paragraph_with_its_text_to_the_last_line(mixed):
    """Reproduction: in the argument details pane, Persian headings and the last line of each
    paragraph were left-aligned."""
    window, combination = mixed
    practise(window, combination)
    window.study.checklist.list.setCurrentRow(1)
    document = laid_out(window.study.checklist.details)
    argument = window.library.question(combination.bank, combination.question).arguments[1]
    title = block_with(document, argument.title)
    assert side(title) == combination.bank_side
    guidance = block_with(document, argument.guidance.split()[0])
    assert guidance.layout().lineCount() > 1
    assert side(guidance) in (combination.bank_side, "full")
    last = guidance.layout().lineAt(guidance.layout().lineCount() - 1)
    if combination.bank_side == "right":
        assert last.rect().right() - last.naturalTextRect().right() < 2
    else:
        assert last.naturalTextRect().left() - last.rect().left() < 2


def test_interface_sentences_in_the_details_pane_run_the_interface_way(mixed):
    """Reproduction: English interface text inside right-to-left panes was laid out right to
    left (".serves", "...Choose"), and with the Persian interface and a German case Persian
    text was left-aligned."""
    window, combination = mixed
    practise(window, combination)
    study = window.study
    study.clear_argument()
    document = laid_out(study.checklist.details)
    hint = blocks(document)[0]
    assert side(hint) in (combination.interface_side, "full")
    assert reads(hint) == ("rtl" if combination.interface_side == "right" else "ltr")
    # The cursor in a sentence that serves arguments: the heading is the interface's, the
    # arguments' titles the bank's.
    session = study.session
    coverage = session.checked()
    evidence = next(a.evidence[0] for a in coverage.arguments if a.evidence)
    cursor = study.editor.textCursor()
    cursor.setPosition(evidence.start)
    study.editor.setTextCursor(cursor)
    study._show_sentence()
    document = laid_out(study.checklist.details)
    heading, *titles = blocks(document)
    assert side(heading) == combination.interface_side
    assert reads(heading) == ("rtl" if combination.interface_side == "right" else "ltr")
    assert titles
    for title in titles:
        assert side(title) in (combination.bank_side, "full"), title.text()


def test_engine_notes_evidence_and_quotes_follow_their_own_languages(mixed, monkeypatch):
    """The engine's notes ("made across two sentences", "resembles the model paragraph") are
    the interface's sentences; the answer's words are quoted as the bank's language quotes,
    in isolates; the sentence that resembles the model paragraph runs the bank's way."""
    window, combination = mixed
    practise(window, combination)
    study = window.study
    session = study.session
    coverage = session.checked()
    chosen = coverage.arguments[0]
    text = session.text
    word_end = text.index(" ", 5)
    sentence_end = text.index(".") + 1
    notes = (
        Evidence(0, word_end, text[:word_end], "cue", "term", False, 0, sentence_end),
        Evidence(
            0, word_end, text[:word_end], "cue", "term", True, 0, sentence_end, Basis.NEIGHBOURS
        ),
        Evidence(0, word_end, text[:word_end], "x", "x", False, 0, sentence_end, Basis.RESEMBLANCE),
    )
    crafted = dataclasses.replace(
        coverage,
        arguments=(dataclasses.replace(chosen, evidence=notes), *coverage.arguments[1:]),
    )
    monkeypatch.setattr(session, "checked", lambda: crafted)
    study.checklist.list.setCurrentRow(0)
    document = laid_out(study.checklist.details)
    found = blocks(document)
    opening, closing = combination.quotes
    quoted = f"\u2068{opening}{text[:word_end]}{closing}\u2069"
    evidence = next(b for b in found if quoted in b.text() and b.blockNumber() > 1)
    assert side(evidence) == combination.interface_side
    assert reads(evidence) == ("rtl" if combination.interface_side == "right" else "ltr")
    # The notes are on the interface's side, ordered its way.
    across = found[found.index(evidence) + 1]
    assert side(across) in (combination.interface_side, "full")
    assert reads(across) == ("rtl" if combination.interface_side == "right" else "ltr")
    resembles = found[found.index(across) + 1]
    assert side(resembles) == combination.interface_side
    sentence = found[found.index(resembles) + 1]
    assert text[:word_end] in sentence.text() and opening in sentence.text()
    assert side(sentence) in (combination.bank_side, "full")


def test_checklist_rows_sit_on_the_side_of_their_titles(mixed):
    window, combination = mixed
    practise(window, combination)
    checklist = window.study.checklist.list
    checklist.clearSelection()
    assert checklist.count() > 3
    for row in range(checklist.count()):
        bands = row_bands(checklist, row)
        assert bands, row
        # The first line holds the title's start; a wrapped title fills the first line.
        assert ink_side(bands[-1]) in (combination.bank_side, "full"), (row, bands)
        assert ink_side(bands[0]) in (combination.bank_side, "full"), (row, bands)
        sides = {ink_side(b) for b in bands}
        assert combination.bank_side in sides or sides == {"full"}, (row, bands)


def test_self_assessment_titles_run_their_way_and_the_choices_the_interface_way(mixed):
    window, combination = mixed
    practise(window, combination)
    study = window.study
    study.submit()
    QApplication.processEvents()
    form = study.checklist.assessment
    for combo in form.combos.values():
        assert combo.layoutDirection() == QApplication.layoutDirection()
    labels = [
        form.form.itemAt(row * 2, form.form.ItemRole.SpanningRole).widget()
        for row in range(len(form.combos))
    ]
    for label in labels:
        image = label.grab().toImage()
        bands = ink_bands(image, image.rect().adjusted(0, 0, -1, -1))
        assert ink_side(bands[-1]) in (combination.bank_side, "full"), label.text()


# -- the library and the history ----------------------------------------------------------------


def submitted(window: MainWindow, combination: Combination) -> None:
    practise(window, combination)
    study = window.study
    study.submit()
    arguments = window.library.question(combination.bank, combination.question).arguments
    study.set_assessment({a.id: SelfAssessment.NONE for a in arguments})
    study.reveal()
    window.show_library()


def test_weakest_arguments_title_and_counts_each_run_their_way(mixed):
    """Reproduction: with the Persian interface, English prompts in "Weakest arguments" were
    cut with the ellipsis on the wrong side."""
    window, combination = mixed
    submitted(window, combination)
    weakest = window.library_view.weakest
    assert weakest.count() > 1
    counts = weakest.item(0).text().split("\n")[1]
    delegate = weakest.itemDelegate()
    from desktop.ui.qt import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    option.initFrom(weakest)
    document = delegate.document(option, weakest.model().index(0, 0), weakest.viewport().width())
    document.documentLayout().documentSize()
    title_block, counts_block = blocks(document)[:2]
    assert side(title_block) in (combination.bank_side, "full")
    assert side(counts_block) in (combination.interface_side, "full")
    # The prompt's ellipsis is drawn at the prompt's own end: right of its last word in a
    # left-to-right prompt, left of it in a right-to-left one.
    if "…" in counts:
        at = counts.index("…")
        layout = counts_block.layout()
        ellipsis_x = layout.glyphRuns(at, 1)[0].boundingRect().center().x()
        before_x = layout.glyphRuns(at - 1, 1)[0].boundingRect().center().x()
        if combination.bank_side == "left":
            assert ellipsis_x > before_x
        else:
            assert ellipsis_x < before_x
    else:
        pytest.fail(f"the prompt was expected to be shortened: {counts!r}")
    # And on screen: the title's band on the bank's side.
    bands = row_bands(weakest, 0)
    assert ink_side(bands[0]) in (combination.bank_side, "full"), bands


def test_search_results_snippets_run_the_banks_way(mixed):
    window, combination = mixed
    view = window.library_view
    word = combination.answer.split()[1].strip(".,")
    hits = view.run_search(word)
    assert hits
    results = view.results
    bands = row_bands(results, 0)
    assert ink_side(bands[-1]) in (combination.bank_side, "full"), bands


def test_history_heading_sits_on_the_side_of_the_prompt(mixed):
    window, combination = mixed
    submitted(window, combination)
    dialog = window.show_history(combination.bank, combination.question)
    dialog.resize(820, 520)
    QApplication.processEvents()
    image = dialog.heading.grab().toImage()
    bands = ink_bands(image, image.rect().adjusted(0, 0, -1, -1))
    assert ink_side(bands[-1]) in (combination.bank_side, "full"), bands
    dialog.accept()


# -- mnemonics ----------------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["fa", "en"])
def test_mnemonic_underlines_are_drawn_only_where_they_do_not_read_as_dots(qtbot, code):
    """Reproduction: menu mnemonic underlines fell under Persian letters and read as dots."""
    assert i18n.install(i18n.LANGUAGES[code])
    try:
        marked = QPushButton("&نمایش")
        plain = QPushButton("نمایش")
        for button in (marked, plain):
            qtbot.addWidget(button)
            button.resize(160, 40)
            button.show()
        qtbot.waitExposed(marked)
        same = marked.grab().toImage() == plain.grab().toImage()
        assert same == (code == "fa")
        # The Alt+letter is still the button's shortcut.
        assert marked.shortcut().toString() == "Alt+ن"
    finally:
        i18n.install(i18n.LANGUAGES["en"])


def test_caret_position_is_unchanged_by_turning_blocks(mixed):
    """Turning a paragraph does not move the caret or the text (only its direction)."""
    window, combination = mixed
    practise(window, combination)
    editor = window.study.editor
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    before = editor.toPlainText()
    window.study.directions.apply()
    assert editor.toPlainText() == before
    assert editor.textCursor().position() == len(before)


# -- messages -----------------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["fa", "en"])
def test_the_unsaved_answer_banner_quotes_the_prompt_its_way_on_the_interfaces_side(
    qtbot, tmp_path, code
):
    """The banner's sentence is the interface's (aligned at its side, even though the Persian
    one begins with "Casewise"); the prompt in it is quoted as its own language quotes."""
    from desktop.ui.app import application, build_window
    from tests.ui.test_recovery import _crash

    data = tmp_path / "data"
    _crash(data, "Typed just before the crash.")
    application()
    assert i18n.install(i18n.LANGUAGES[code])
    try:
        window = build_window(data, runner=ImmediateRunner(), notices=Recorded())
        qtbot.addWidget(window)
        window.resize(1200, 800)
        window.show()
        window.offer_unsaved_work()
        QApplication.processEvents()
        assert "\u2068“Amazon gives" in window.banner.text()
        label = window.banner.label
        image = label.grab().toImage()
        bands = ink_bands(image, image.rect().adjusted(0, 0, -1, -1))
        assert ink_side(bands[-1]) == ("right" if code == "fa" else "left"), bands
        window.close()
        window.store.close()
    finally:
        i18n.install(i18n.LANGUAGES["en"])


# -- the recall drill ---------------------------------------------------------------------------


def test_a_drill_runs_its_prompt_pad_ratings_and_rubric_each_their_own_way(mixed):
    window, combination = mixed
    window.library_view.select(combination.bank, combination.question)
    window._drill_selected()
    drill = window.drill
    assert drill.session is not None
    image = drill.question.grab().toImage()
    bands = ink_bands(image, image.rect().adjusted(0, 0, -1, -1))
    assert ink_side(bands[-1]) in (combination.bank_side, "full"), bands
    other = "- a note in English" if combination.bank == FA_BANK else "- یادداشت"
    first = combination.answer.split("\n\n")[0]
    drill.pad.setPlainText(f"{first}\n{other}")
    drill.directions.apply()
    document = laid_out(drill.pad)
    assert side(block_with(document, first[:20])) in (combination.bank_side, "full")
    assert side(block_with(document, other)) == ("left" if combination.bank == FA_BANK else "right")
    drill.done()
    QApplication.processEvents()
    for argument_id in drill.ratings:
        row = list(drill.ratings).index(argument_id)
        title = drill.rating_grid.itemAtPosition(row * 2, 0).widget()
        image = title.grab().toImage()
        bands = ink_bands(image, image.rect().adjusted(0, 0, -1, -1))
        assert ink_side(bands[-1]) in (combination.bank_side, "full"), title.text()
    drill.set_ratings(dict.fromkeys(drill.ratings, "none"))
    drill.reveal()
    document = laid_out(drill.rubric)
    lead, heading = blocks(document)[:2]
    assert side(lead) in (combination.interface_side, "full")
    assert side(heading) in (combination.bank_side, "full")
