"""Spell-checking a 2,000-word answer: cold, and per keystroke, in English, German and Persian.

- "dictionary load": reading the language's lists, on a background thread when a question opens
  (the student can type meanwhile; underlines appear when it is done).
- "cold check": a fresh answer's every word looked up and underlined, as when a long draft is
  reopened. The app does this in slices of a few milliseconds between keystrokes, so the figure is
  how long until every underline is shown, not a freeze.
- "keystroke": one letter typed in the middle of the answer, with the highlighter re-doing that
  paragraph (the verdicts of the other words are cached), as Qt delivers it; then the look-up of
  the word that changed, which waits for a pause in typing (150 ms without a keystroke): a German
  non-word takes Hunspell tens of milliseconds, too long between two keystrokes but not noticed
  in a pause (the target is 100 ms, the limit of "instant").
- "suggestions": the right-click on a misspelt word.
"""

from __future__ import annotations

import os
import random
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.export_bench import answer_of
from benchmarks.measure import ROOT, Line, ms_line, seconds_line, timed_ms
from casebank.loader import load
from casebank.words import count_words
from desktop.spelling import Speller, accepted_words, dictionary_for
from desktop.ui.qt import Qt

WORDS = 2000
BANKS = {
    "en": "brands-social-media",
    "de": "amazon-botschafter",
    "fa": "fa-social-media",
}
SLIPS = {"en": "recieve", "de": "Kundenbeziehnug", "fa": "مسولیت"}


def _with_slips(text: str, seed: int = 7) -> str:
    """Swap two letters in one word of every thirty, as hurried typing does."""
    rng = random.Random(seed)
    words = text.split(" ")
    for i, word in enumerate(words):
        if len(word) > 4 and word.isalpha() and rng.random() < 1 / 30:
            j = rng.randrange(1, len(word) - 2)
            words[i] = word[:j] + word[j + 1] + word[j] + word[j + 2 :]
    return " ".join(words)


def bench_spelling(runs: int = 60) -> list[Line]:
    """Every figure, for each of the three languages."""
    from desktop.ui.app import application

    application()
    lines: list[Line] = []
    for language, folder in BANKS.items():
        lines += _bench_language(language, folder, runs)
    return lines


def _bench_language(language: str, folder: str, runs: int) -> list[Line]:
    from desktop.ui.qt import QApplication, QPlainTextEdit, QTest, QTextCursor
    from desktop.ui.spelling import SpellHighlighter

    started = time.perf_counter()
    dictionary = dictionary_for(language)
    load_seconds = time.perf_counter() - started
    if dictionary is None:
        return [Line(f"spelling {language}: no dictionary installed", "-", "-", False)]
    lines = [seconds_line(f"spelling {language}: dictionary load (background)", [load_seconds], 5)]
    bank = load(ROOT / "resources" / "banks" / folder)
    question = bank.questions()[0]
    accepted = accepted_words(bank.case(question.case_id), question)
    answer = _with_slips(answer_of(bank, WORDS, question=question))
    words = count_words(answer, language)

    editor = QPlainTextEdit()
    editor.resize(900, 700)
    editor.setPlainText(answer)
    highlighter = SpellHighlighter(editor.document())

    def cold() -> None:
        highlighter.set_speller(Speller(dictionary, accepted))
        highlighter.finish()

    samples = timed_ms(cold, 5, warm_up=False)
    what = f"spelling {language}: cold check, {words} words"
    lines.append(seconds_line(what, [s / 1000 for s in samples], 1.0))

    editor.show()
    cursor = editor.textCursor()
    cursor.setPosition(len(answer) // 2)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfWord)
    editor.setTextCursor(cursor)
    letters = [Qt.Key(Qt.Key.Key_A.value + n) for n in range(10)]
    typed = {"n": 0}

    def keystroke() -> None:
        typed["n"] += 1
        QTest.keyClick(editor, letters[typed["n"] % len(letters)])

    stroke: list[float] = []
    lookup: list[float] = []
    for _ in range(runs):
        stroke += timed_ms(keystroke, 1, warm_up=False)
        lookup += timed_ms(highlighter.finish, 1, warm_up=False)
        QApplication.processEvents()
    lines.append(ms_line(f"spelling {language}: keystroke, paragraph re-underlined", stroke, 16))
    lines.append(ms_line(f"spelling {language}: look-up of the new word, in a pause", lookup, 100))

    speller = Speller(dictionary, accepted)
    slip = SLIPS[language]
    suggest = timed_ms(lambda: speller.suggestions(slip), 3, warm_up=False)
    what = f"spelling {language}: suggestions for “{slip}”"
    lines.append(seconds_line(what, [s / 1000 for s in suggest], 1.5))
    editor.close()
    editor.deleteLater()
    return lines


if __name__ == "__main__":
    from benchmarks.run import table

    print(table(bench_spelling()))
