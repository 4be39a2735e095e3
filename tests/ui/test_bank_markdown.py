"""Issue 16, point 4: every text a bank provides is Markdown, and the window shows it rendered
(prompt, guidance, feedback, model paragraph, model answer), never its marks; search results
are plain text with the matching words highlighted."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from casebank.pack import packed_bytes
from desktop.library import ReadBank
from desktop.session import Phase
from desktop.ui.main_window import MainWindow
from desktop.ui.qt import QFont, QPalette, Qt, QTextDocument, QtGui
from desktop.ui.richlist import HTML_ROLE
from tests.helpers import said
from tests.ui.conftest import AMAZON, EN_BANK, FACEBOOK

PROMPT = (
    "Why does **Amazon** use Facebook for *offers*?\n\n"
    "| Platform | Job |\n| --- | --- |\n| Facebook | offers |\n"
)
GUIDANCE = (
    "Explain why **social proof** works: see [the case](#h1).\n\n"
    "## What to use\n\n- friends' *reviews*\n- gift ideas\n"
)
FOUND = "You explained **social proof**."
MODEL_PARAGRAPH = "**Friends** trust one another, so a deal travels."
MARKS = ("**", "](", "| ---")


def fragments(document: QTextDocument) -> list[QtGui.QTextFragment]:
    """The document's runs of equally formatted text, in order (table cells included)."""
    runs = []
    block = document.begin()
    while block.isValid():
        piece = block.begin()
        while not piece.atEnd():
            runs.append(piece.fragment())
            piece += 1
        block = block.next()
    return runs


def bold(document: QTextDocument) -> list[str]:
    """The runs of text the document shows in bold."""
    return [
        f.text() for f in fragments(document) if f.charFormat().fontWeight() >= QFont.Weight.Bold
    ]


def shows_no_markdown(text: str) -> bool:
    return not any(mark in text for mark in MARKS)


def install_markdown_bank(window: MainWindow) -> None:
    """A newer version of the English bank whose first argument's texts use Markdown."""
    bank = window.library.bank(EN_BANK)
    case = bank.cases[0]
    question = case.questions[0]
    assert question.key == AMAZON
    argument = replace(
        question.arguments[0], guidance=GUIDANCE, found=FOUND, model_paragraph=MODEL_PARAGRAPH
    )
    new_question = replace(question, prompt=PROMPT, arguments=(argument, *question.arguments[1:]))
    new_case = replace(case, questions=(new_question, *case.questions[1:]))
    newer = replace(
        bank, manifest=replace(bank.manifest, version="9.0.0"), cases=(new_case, *bank.cases[1:])
    )
    window.library.install(ReadBank(newer, Path(bank.origin), packed_bytes(bank.files)))
    window.refresh_library()


def test_the_study_view_renders_every_bank_text(window):
    install_markdown_bank(window)
    session = window.start(EN_BANK, AMAZON, "practice")
    study = window.study
    prompt = study.question.document()
    assert shows_no_markdown(prompt.toPlainText())
    assert "Why does Amazon use Facebook for offers?" in prompt.toPlainText()
    assert "Amazon" in bold(prompt)
    assert prompt.rootFrame().childFrames(), "the prompt's table is a table"

    study.editor.setPlainText(FACEBOOK)
    study.check_timer.stop()
    study.refresh_checklist()
    study.checklist.list.setCurrentRow(0)
    details = study.checklist.details
    shown = details.toPlainText()
    assert shows_no_markdown(shown) and "see the case." in shown
    assert "social proof" in bold(details.document())
    assert "href" not in details.toHtml()  # a link in guidance is words: no click goes anywhere
    assert "Evidence:" in shown  # the engine's notes stay beside the rendered guidance

    study.submit()
    study.reveal()
    assert session.phase is Phase.REVEALED
    study.checklist.list.setCurrentRow(0)
    shown = details.toPlainText()
    assert "You explained social proof." in shown and "Friends trust one another" in shown
    assert shows_no_markdown(shown)
    assert {"social proof", "Friends"} <= set(bold(details.document()))

    study.show_model_answer()
    shown = details.toPlainText()
    assert "Facebook is a network of friends." in shown and shows_no_markdown(shown)
    assert "Facebook is a network of friends." in bold(details.document())


def test_guidance_from_the_dashboard_is_rendered(window):
    install_markdown_bank(window)
    window.show_guidance(EN_BANK, AMAZON, "facebook-network")
    message = said(window)[-1]
    assert "<strong>social proof</strong>" in message and "<strong>Friends</strong>" in message
    assert "**" not in message and "href" not in message


def test_search_results_are_plain_text_with_the_match_highlighted(window):
    view = window.library_view
    view.search.setText("laggard planet")
    first = view.results.item(0)
    # case.md: "… innovative e-commerce company on the planet as a **laggard** in social media."
    assert "as a laggard in social media" in first.text()
    assert not any(mark in first.text() for mark in ("*", "[", "]"))
    shown = QTextDocument()
    shown.setHtml(first.data(HTML_ROLE))
    highlighted = [
        f.text()
        for f in fragments(shown)
        if f.charFormat().background().style() is not Qt.BrushStyle.NoBrush
    ]
    assert highlighted == ["planet", "laggard"]
    # A match keeps the text's own colour, readable on its highlight also in a selected line.
    ink = view.palette().color(QPalette.ColorRole.Text)
    assert all(
        f.charFormat().foreground().style() is not Qt.BrushStyle.NoBrush
        and f.charFormat().foreground().color() == ink
        for f in fragments(shown)
        if f.charFormat().background().style() is not Qt.BrushStyle.NoBrush
    )
    view.search.setText("pins handmade")  # in a table row, in italics
    shown = view.results.item(0).text()
    assert "Pins for Handmade at Amazon" in shown and not any(mark in shown for mark in "*|[]")


def test_a_drill_shows_the_prompt_rendered(window):
    install_markdown_bank(window)
    window.start(EN_BANK, AMAZON, "drill")
    shown = QTextDocument()
    shown.setHtml(window.drill.question.text())
    assert "Why does Amazon use Facebook for offers?" in shown.toPlainText()
    assert shows_no_markdown(shown.toPlainText()) and "Amazon" in bold(shown)
