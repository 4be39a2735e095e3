"""Hostile input: how long, and how much memory, each case of the hostile corpus takes to read or
to refuse. Target: every case under 5 s and 500 MB, in a process of its own.

The corpus (tests/fixtures/hostile/README.md) holds the answers and sources that once crashed or
hung Casewise and the banks made to hang a check or the window. Each goes through every reader
its row names (the banks through ``casebank validate`` and the app's import), in a new Python
process as a tutor's command or an import would run, timed from start to exit with its peak
resident memory. Python's start and imports are part of the figure. One line per section: its
slowest case and its hungriest.

Each case is started through `benchmarks.peak`, a small process that reports the case's own peak:
started from this one, which has grown large by now, every case would report at least this
process's size. A Python that does nothing is measured the same way and printed beside them: the
floor of the figures, and the proof that they are each case's own.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from benchmarks.measure import ROOT, Line
from benchmarks.peak import peak
from tests.fixtures.hostile import build, corpus

README = corpus.HOSTILE / "README.md"
SECONDS = 5.0
MEGABYTES = 500
# As tests/reliability/test_hostile_bounds.py: the banks' sections and what reads them.
BANK_SECTIONS = ("Values the app cannot file", "Banks made to hang the checks or the window")
BANK_READERS = ("casebank validate", "the app's import")
READER = "tests.fixtures.hostile.readers"


def _run(reader: str, path: Path, output: Path) -> tuple[float, float]:
    """Seconds and peak megabytes of one reader on one case, in a process of its own (the exit
    status is the tests' business)."""
    return peak([sys.executable, "-m", READER, reader, str(path), str(output)], cwd=ROOT)


def _section(name: str, runs: list[tuple[str, str, float, float]]) -> Line:
    case, reader, seconds, _ = max(runs, key=lambda run: run[2])
    heavy, heavy_reader, _, megabytes = max(runs, key=lambda run: run[3])
    return Line(
        f"hostile {name} ({len(runs)} runs): slowest, hungriest",
        f"< {SECONDS:g} s, < {MEGABYTES} MB",
        f"{seconds:.1f} s ({case}, {reader}); {megabytes:.0f} MB ({heavy}, {heavy_reader})",
        seconds < SECONDS and megabytes < MEGABYTES,
    )


def bench_hostile() -> list[Line]:
    """Every hostile answer, source and bank of the corpus, read in a process of its own."""
    inputs = corpus.inputs(README)
    sections: dict[str, list[tuple[str, str, float, float]]] = {
        "answers": [],
        "sources": [],
        "banks": [],
    }
    with tempfile.TemporaryDirectory(prefix="casewise-bench-hostile-") as folder:
        scratch = Path(folder)
        for case, expected in inputs.items():
            path = build.build_input(case, scratch / "cases" / case)
            kind = "answers" if expected.readers == ("casebank check --pdf",) else "sources"
            for reader in expected.readers:
                output = Path(tempfile.mkdtemp(dir=scratch))
                sections[kind].append((case, reader, *_run(reader, path, output)))
        for heading in BANK_SECTIONS:
            for case in corpus.section(README, heading):
                path = build.build(case, scratch / "cases" / case)
                for reader in BANK_READERS:
                    output = Path(tempfile.mkdtemp(dir=scratch))
                    sections["banks"].append((case, reader, *_run(reader, path, output)))
    seconds, megabytes = peak([sys.executable, "-c", "pass"], cwd=ROOT)
    floor = Line(
        "hostile: for scale, a Python that does nothing, measured the same way",
        "information",
        f"{seconds:.2f} s, {megabytes:.0f} MB",
        None,
    )
    return [*(_section(name, runs) for name, runs in sections.items()), floor]
