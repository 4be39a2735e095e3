"""Importing a 500-case bank through the app's own path (`desktop.library`).

The bank is grown from the bundled English cases (see `bankgen`: 500 cases, each with its full
text and a question with its whole rubric), packed into a ``.casebank`` file in a temporary
folder. Timed once, as the app does it: `read_bank` (unpack, check and parse, off the window's
thread) and `Library.install` (keep a copy, record the bank and its rubrics in the store, cache
the parsed bank). The target is 3 s.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from benchmarks.bankgen import grown_files
from benchmarks.measure import Line, seconds_line

CASES = 500
TARGET_SECONDS = 3.0


def bench_import() -> list[Line]:
    """Import a freshly packed 500-case bank into an empty library."""
    from casebank.pack import packed_bytes
    from desktop.library import Library, read_bank
    from desktop.store import Store

    with tempfile.TemporaryDirectory(prefix="casewise-bench-") as folder:
        path = Path(folder) / "big.casebank"
        path.write_bytes(packed_bytes(grown_files(CASES, "org.bench.big", "A big bank")))
        with Store.open(Path(folder) / "data") as store:
            library = Library(store, bundled=Path(folder) / "no-bundled-banks")
            start = time.perf_counter()
            read = read_bank(path)
            parsed = time.perf_counter() - start
            library.install(read)
            total = time.perf_counter() - start
        size = path.stat().st_size
        questions = len(read.bank.questions())
    return [
        seconds_line(
            f"import: a {CASES}-case bank ({questions:,} questions, {size / 1e6:.1f} MB packed)",
            [total],
            TARGET_SECONDS,
        ),
        Line(
            "import: of which reading and checking / installing",
            "information",
            f"{parsed:.2f} s / {total - parsed:.2f} s",
            None,
        ),
    ]
