"""Importing large banks through the app's own path (`desktop.library`).

The banks are grown from the bundled English cases (see `bankgen`: each case has its full text and
a question with its whole rubric) and packed into ``.casebank`` files in a temporary folder. Timed
as the app imports: `read_bank` (unpack, check and parse, off the window's thread) and
`Library.install` (keep a copy, record the bank and its rubrics in the store, cache the parsed
bank). The target is 3 s.

- **The largest bank the format allows**: as many cases as fit within its limits (`bankgen.
  most_cases`; the 50,000 cue terms are reached at 86 cases).
- **500 cases**, what this benchmark imported as one bank before the format limited a bank's cue
  terms (500 such cases hold 289,000): now as six banks within the limits, one after another,
  against the same 3 s.
"""

from __future__ import annotations

import math
import tempfile
import time
from pathlib import Path

from benchmarks.bankgen import bank_terms, grown_files, most_cases
from benchmarks.measure import Line, seconds_line

TOTAL_CASES = 500
TARGET_SECONDS = 3.0


def _import(folder: Path, sizes: list[int]) -> tuple[float, float, int, int]:
    """Import banks of `sizes` cases into an empty library: seconds in all, of them reading and
    checking, the questions and the bytes packed."""
    from casebank.pack import packed_bytes
    from desktop.library import Library, read_bank
    from desktop.store import Store

    paths = []
    for n, cases in enumerate(sizes):
        path = folder / f"big-{n}.casebank"
        path.write_bytes(packed_bytes(grown_files(cases, f"org.bench.big-{n}", f"Big bank {n}")))
        paths.append(path)
    parsed = total = 0.0
    questions = 0
    with Store.open(folder / "data") as store:
        library = Library(store, bundled=folder / "no-bundled-banks")
        for path in paths:
            start = time.perf_counter()
            read = read_bank(path)
            parsed += time.perf_counter() - start
            library.install(read)
            total += time.perf_counter() - start
            questions += len(read.bank.questions())
    return total, parsed, questions, sum(path.stat().st_size for path in paths)


def bench_import() -> list[Line]:
    """Import the largest bank the format allows, then 500 cases as several such banks."""
    largest = most_cases()
    banks = math.ceil(TOTAL_CASES / largest)
    sizes = [TOTAL_CASES // banks + (n < TOTAL_CASES % banks) for n in range(banks)]
    with tempfile.TemporaryDirectory(prefix="casewise-bench-") as folder:
        one = Path(folder) / "one"
        one.mkdir()
        total, parsed, questions, size = _import(one, [largest])
        several = Path(folder) / "several"
        several.mkdir()
        all_total, all_parsed, _, all_size = _import(several, sizes)
    return [
        seconds_line(
            f"import: the largest bank the limits allow, {largest} cases ({questions:,} "
            f"questions, {bank_terms(largest):,} cue terms, {size / 1e6:.1f} MB packed)",
            [total],
            TARGET_SECONDS,
        ),
        Line(
            "import: of which reading and checking / installing",
            "information",
            f"{parsed:.2f} s / {total - parsed:.2f} s",
            None,
        ),
        seconds_line(
            f"import: {TOTAL_CASES} cases as {banks} banks, one after another "
            f"({all_size / 1e6:.1f} MB packed)",
            [all_total],
            TARGET_SECONDS,
        ),
        Line(
            "import: of which reading and checking / installing",
            "information",
            f"{all_parsed:.2f} s / {all_total - all_parsed:.2f} s",
            None,
        ),
    ]
