"""How long the PDF export of a 5,000-word answer takes; the target is under one second.

The coverage is computed before the clock starts, as the app has it already when the student
exports. "First export" runs in a fresh interpreter, so it includes loading and parsing the fonts;
the others are the exports after that, as a student who exports twice would wait.
"""

from __future__ import annotations

import datetime
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.measure import ROOT, Line, seconds_line
from casebank.coverage import check
from casebank.loader import load
from casebank.model import Bank, Question
from casebank.starter import new_bank
from casebank.words import count_words

WORDS = 5000
TARGET_SECONDS = 1.0


def answer_of(
    bank: Bank, words: int = WORDS, seed: int = 5000, question: Question | None = None
) -> str:
    """A long answer in the bank's language: its own sentences shuffled into paragraphs, with
    numbers and some rarer word forms so that not every word repeats."""
    question = question or bank.questions()[0]
    language = question.language
    sources = [question.model_answer, question.prompt, bank.cases[0].text]
    sources += [a.model_paragraph for a in question.arguments]
    sentences = [
        " ".join(s.split())
        for text in sources
        for s in text.replace("\n\n", ". ").replace("#", "").replace("|", " ").split(". ")
        if len(s.split()) > 3
    ]
    rng = random.Random(seed)
    paragraphs: list[str] = []
    total = 0
    while total < words:
        chosen = [rng.choice(sentences) for _ in range(rng.randint(3, 6))]
        paragraph = ". ".join(chosen).rstrip(".") + f" ({rng.randint(1, 2030)})."
        paragraphs.append(paragraph)
        total += count_words(paragraph, language)
    return "\n\n".join(paragraphs)


def _starter(language: str, folder: Path) -> Bank:
    path = folder / language
    new_bank(path, language)
    return load(path)


def _render(bank: Bank, answer: str) -> float:
    from casebank.pdf import ExportOptions, Section, render_pdf

    question = bank.questions()[0]
    coverage = check(question, answer)
    options = ExportOptions(
        student="Bench", date=datetime.date(2025, 11, 23), include=frozenset(Section)
    )
    start = time.perf_counter()
    render_pdf(answer, question, coverage, options, bank=bank)
    return time.perf_counter() - start


def _first_export(language: str) -> float:
    """The first export in a fresh interpreter, fonts not yet loaded."""
    code = (
        "import sys, tempfile\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "from pathlib import Path\n"
        "from benchmarks.export_bench import _render, _starter, answer_of\n"
        "with tempfile.TemporaryDirectory() as folder:\n"
        f"    bank = _starter({language!r}, Path(folder))\n"
        "    print(_render(bank, answer_of(bank)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return float(result.stdout.strip().splitlines()[-1])


def bench_export(runs: int = 3) -> list[Line]:
    """Export a 5,000-word English and Persian answer: the first export and the ones after."""
    rows: list[Line] = []
    with tempfile.TemporaryDirectory() as folder:
        for language in ("en", "fa"):
            bank = _starter(language, Path(folder))
            answer = answer_of(bank)
            words = count_words(answer, language)
            first = _first_export(language)
            later = [_render(bank, answer) for _ in range(runs)]
            rows.append(
                seconds_line(
                    f"export: PDF of a {words:,}-word answer ({language}), first in process",
                    [first],
                    TARGET_SECONDS,
                )
            )
            rows.append(
                seconds_line(
                    f"export: PDF of a {words:,}-word answer ({language}), again",
                    later,
                    TARGET_SECONDS,
                )
            )
    return rows
