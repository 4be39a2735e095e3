"""`make bench`: how fast Casewise is where a student would feel it. Prints one table.

Figures, not verdicts: the machines are shared and noisy, so nothing here fails on time. Each
line names its target and says OK or MISS against it, for the reader. docs/benchmarks.md says
what each line measures and how.

    .venv/bin/python benchmarks/run.py                  # every benchmark
    .venv/bin/python benchmarks/run.py --only keystroke # one of them (see --list)
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.measure import Line

# name -> "module:function" returning a list of `Line`s. To add a benchmark, add a line here.
BENCHES: dict[str, str] = {
    "engine": "benchmarks.engine_bench:bench_engine",
    "cold-start": "benchmarks.app_bench:bench_cold_start",
    "keystroke": "benchmarks.app_bench:bench_keystroke",
    "case-open": "benchmarks.app_bench:bench_case_open",
    "history": "benchmarks.store_bench:bench_history",
    "library": "benchmarks.store_bench:bench_library",
    "due": "benchmarks.plan_bench:bench_due",
    "import": "benchmarks.import_bench:bench_import",
    "export": "benchmarks.export_bench:bench_export",
    "spelling": "benchmarks.spelling_bench:bench_spelling",
    "hostile": "benchmarks.hostile_bench:bench_hostile",
}


def _bench(name: str) -> Callable[[], list[Line]]:
    module, _, function = BENCHES[name].partition(":")
    bench: Callable[[], list[Line]] = getattr(importlib.import_module(module), function)
    return bench


def table(lines: list[Line]) -> str:
    """The lines as a table: what, target, measured, and OK or MISS."""
    rows = [("benchmark", "target", "measured", "")]
    for line in lines:
        verdict = "" if line.ok is None else ("OK" if line.ok else "MISS")
        rows.append((line.what, line.target, line.measured, verdict))
    widths = [max(len(row[column]) for row in rows) for column in range(3)]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False)).rstrip()
        + ("  " + row[3] if row[3] else "")
        for row in rows
    )


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks asked for and print the table; the exit status is never about time."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--only", action="append", choices=sorted(BENCHES), help="run only this benchmark"
    )
    parser.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    args = parser.parse_args(argv)
    if args.list:
        print("\n".join(BENCHES))
        return 0
    names = args.only or list(BENCHES)
    lines: list[Line] = []
    started = time.perf_counter()
    load_before = os.getloadavg()[0]
    for name in names:
        print(f"running {name}…", file=sys.stderr, flush=True)
        try:
            lines.extend(_bench(name)())
        except Exception as exc:  # one broken benchmark must not hide the others' figures
            traceback.print_exc()
            lines.append(Line(f"{name}: did not run", "", f"{type(exc).__name__}: {exc}", None))
    print(table(lines))
    print(
        f"\n{time.perf_counter() - started:.0f} s; load average {load_before:.1f} before, "
        f"{os.getloadavg()[0]:.1f} after, on {os.cpu_count()} CPUs (figures rise with the load). "
        "OK/MISS is for reading, never a failure."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
