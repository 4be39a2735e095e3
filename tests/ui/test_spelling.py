"""Spell-checking in the writing pane: underlines where the misspelt words are, the context menu's
suggestions, "Add to my dictionary" across a restart, and typing that does not wait for it."""

from __future__ import annotations

import gc
from pathlib import Path

from desktop.spelling import DictionaryLoader, Speller, dictionary_for
from desktop.ui.qt import QPlainTextEdit, QPoint, QTextCharFormat, QTextCursor
from desktop.ui.spelling import SpellCheck, SpellHighlighter
from tests.helpers import type_text
from tests.ui.conftest import AMAZON, EN_BANK, FA_BANK


def underlined(editor: QPlainTextEdit) -> list[str]:
    """The underlined words, read from the layout's formats as Qt draws them."""
    words = []
    block = editor.document().begin()
    while block.isValid():
        text = block.text()
        for fmt in block.layout().formats():
            if fmt.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
                words.append(text[fmt.start : fmt.start + fmt.length])
        block = block.next()
    return words


def checked_editor(qtbot, text: str, language: str = "en", tmp: Path | None = None):
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.setPlainText(text)
    spelling = SpellCheck(editor, DictionaryLoader())
    spelling.start(language, frozenset({"Zappos"}), tmp)
    spelling.wait()
    return editor, spelling


def point_at(editor: QPlainTextEdit, position: int) -> QPoint:
    cursor = QTextCursor(editor.document())
    cursor.setPosition(position)
    return editor.cursorRect(cursor).center()


def test_highlighter_underlines_exactly_the_misspelt_words(qtbot):
    editor, _ = checked_editor(qtbot, "Zappos will recieve\nthe goverment's reply.")
    assert underlined(editor) == ["recieve", "goverment's"]


def test_words_are_looked_up_off_the_keystroke(qtbot):
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    dictionary = dictionary_for("en")
    assert dictionary is not None
    highlighter = SpellHighlighter(editor.document())
    highlighter.set_speller(Speller(dictionary))
    editor.setPlainText("A wrd")
    # The keystroke only queued the new words; the event loop looks them up right after.
    assert highlighter.busy and underlined(editor) == []
    qtbot.waitUntil(lambda: underlined(editor) == ["wrd"], timeout=3000)


def test_german_and_persian_underlines(qtbot):
    editor, _ = checked_editor(qtbot, "Die Kundenbeziehnug der Arbeitgebermarke", "de")
    assert underlined(editor) == ["Kundenbeziehnug"]
    editor, _ = checked_editor(qtbot, "مسولیت الگوریتم‌ها", "fa")
    assert underlined(editor) == ["مسولیت"]


def test_context_menu_offers_suggestions_then_dictionary_actions(qtbot, tmp_path: Path):
    editor, spelling = checked_editor(qtbot, "We recieve it.", tmp=tmp_path)
    menu = spelling.menu_at(point_at(editor, 5))
    texts = [a.text() for a in menu.actions()]
    assert texts[0] == "receive"
    kinds = [a.property("spelling") for a in menu.actions()]
    assert kinds.index("add") > kinds.index("suggestion")
    assert "ignore" in kinds
    # Choosing the suggestion replaces the word (and it stays one undo step).
    menu.actions()[0].trigger()
    assert editor.toPlainText() == "We receive it."
    qtbot.waitUntil(lambda: underlined(editor) == [], timeout=3000)
    editor.undo()
    assert editor.toPlainText() == "We recieve it."
    # A correct word gets the plain editing menu.
    plain = spelling.menu_at(point_at(editor, 1))
    assert all(a.property("spelling") is None for a in plain.actions())


def test_add_to_dictionary_survives_a_restart(qtbot, tmp_path: Path):
    editor, spelling = checked_editor(qtbot, "Casewise helps.", tmp=tmp_path)
    assert underlined(editor) == ["Casewise"]
    menu = spelling.menu_at(point_at(editor, 2))
    next(a for a in menu.actions() if a.property("spelling") == "add").trigger()
    assert underlined(editor) == []
    again, _ = checked_editor(qtbot, "Casewise again.", tmp=tmp_path)
    assert underlined(again) == []


def test_ignore_stops_flagging(qtbot):
    editor, spelling = checked_editor(qtbot, "Brandwatchy and Brandwatchy")
    assert underlined(editor) == ["Brandwatchy", "Brandwatchy"]
    spelling.ignore_word("Brandwatchy")
    assert underlined(editor) == []


def test_study_view_checks_in_the_case_language_and_accepts_its_names(window, qtbot):
    window.start(EN_BANK, AMAZON, "practice")
    editor = window.study.editor
    type_text(editor, "Amazon Spark let shopers post photos. ")
    window.study.spelling.wait()
    assert underlined(editor) == ["shopers"]
    window.show_library()
    window.start(FA_BANK, "instagram-child-safety/platform-responsibility", "practice")
    type_text(editor, "اینستاگرام مسولیت دارد")
    window.study.spelling.wait()
    assert underlined(editor) == ["مسولیت"]


def test_underlining_is_not_an_edit(qtbot):
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.setPlainText("A wrd and anothr")
    changes: list[None] = []
    editor.textChanged.connect(lambda: changes.append(None))
    spelling = SpellCheck(editor, DictionaryLoader())
    spelling.start("en", frozenset(), None)
    spelling.wait()
    spelling.ignore_word("wrd")
    assert underlined(editor) == ["anothr"]
    assert changes == []  # the study view would otherwise mark the answer edited and re-check


def test_unreadable_personal_dictionary_is_reported_and_checking_goes_on(qtbot, tmp_path: Path):
    (tmp_path / "spelling").mkdir()
    (tmp_path / "spelling" / "en.txt").write_bytes(b"\xff\xfe broken")
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.setPlainText("A wrd")
    spelling = SpellCheck(editor, DictionaryLoader())
    with qtbot.waitSignal(spelling.problem) as said:
        spelling.start("en", frozenset(), tmp_path)
        spelling.wait()
    assert "delete the file" in said.args[0]
    assert underlined(editor) == ["wrd"]


def test_spelling_can_be_turned_off_and_stays_off(window, qtbot):
    window.start(EN_BANK, AMAZON, "practice")
    editor = window.study.editor
    type_text(editor, "Amazon Spark let shopers post photos. ")
    window.study.spelling.wait()
    assert underlined(editor) == ["shopers"]
    assert window.spelling_action.isChecked()
    window.spelling_action.trigger()  # View > Check spelling (F7): off
    assert not window.spelling_action.isChecked()
    assert underlined(editor) == []
    window.show_library()
    window.start(EN_BANK, AMAZON, "practice")  # the next answer starts without it too
    type_text(editor, "Anothr slip. ")
    window.study.spelling.wait()
    assert underlined(editor) == []
    assert window.settings.value("spelling/enabled", type=bool) is False
    window.spelling_action.trigger()  # on again, for the open answer at once
    window.study.spelling.wait()
    assert "Anothr" in underlined(editor)


def test_a_loaded_dictionary_is_set_aside_from_the_garbage_collector(qtbot):
    """A Hunspell dictionary is some 350,000 objects that live as long as the app. Left in the
    collector's care after the window settled, each full collection walked them all: keystrokes
    in a 2,000-word answer paused now and then by 50 to 100 ms (issue 16, point 11)."""
    _, spelling = checked_editor(qtbot, "Some words to check.")
    assert spelling.dictionary is not None
    tracked = {id(o) for o in gc.get_objects()}  # the collector's generations, not the frozen
    assert spelling.dictionary.sources
    assert not any(id(source) in tracked for source in spelling.dictionary.sources)
