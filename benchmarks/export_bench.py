"""How long the PDF export of a 5,000-word answer takes; the target is under one second.

The coverage is computed before the clock starts, as the app has it already when the student
exports. "First export" runs in a fresh interpreter, so it includes loading and parsing the fonts;
the others are the exports after that, as a student who exports twice would wait.
"""

from __future__ import annotations

import datetime
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from casebank.coverage import check  # noqa: E402 (after the path is set)
from casebank.loader import load  # noqa: E402
from casebank.model import Bank  # noqa: E402
from casebank.starter import new_bank  # noqa: E402
from casebank.words import count_words  # noqa: E402

Row = tuple[str, str, str]
WORDS = 5000
TARGET = "< 1 s"


def answer_of(bank: Bank, words: int = WORDS, seed: int = 5000) -> str:
    """A long answer in the bank's language: its own sentences shuffled into paragraphs, with
    numbers and some rarer word forms so that not every word repeats."""
    question = bank.questions()[0]
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
    from desktop.export import ExportOptions, Section, render_pdf

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


def bench_export(runs: int = 3) -> list[Row]:
    """Export a 5,000-word English and Persian answer; return (name, measured, target) rows."""
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as folder:
        for language in ("en", "fa"):
            bank = _starter(language, Path(folder))
            answer = answer_of(bank)
            words = count_words(answer, language)
            first = _first_export(language)
            later = [_render(bank, answer) for _ in range(runs)]
            rows.append(
                (
                    f"export: PDF of a {words:,}-word answer ({language}), first in process",
                    f"{first:.2f} s",
                    TARGET,
                )
            )
            rows.append(
                (
                    f"export: PDF of a {words:,}-word answer ({language}), again",
                    f"median {statistics.median(later):.2f} s, best {min(later):.2f} s",
                    TARGET,
                )
            )
    return rows


if __name__ == "__main__":
    for name, measured, target in bench_export():
        print(f"{name:<58}  {measured:<28}  {target}")
