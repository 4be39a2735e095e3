"""What every benchmark shares: a table line, percentiles, and a timer.

A `Line` names what was measured, the target, the figure and whether the figure meets the target.
The verdict is information for the reader: the machines are shared and noisy, so `make bench`
never fails on time.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the table.

    Args:
        what: what was measured, in a student's or tutor's words.
        target: the target, as text (``p95 < 16 ms``).
        measured: the figure, as text.
        ok: whether the figure meets the target; None for a line that only informs.
    """

    what: str
    target: str
    measured: str
    ok: bool | None


def percentiles(samples: list[float]) -> tuple[float, float]:
    """The median and the 95th percentile (nearest rank) of some samples."""
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


def timed_ms(
    fn: Callable[[], object],
    runs: int,
    *,
    warm_up: bool = True,
    cpu: list[float] | None = None,
) -> list[float]:
    """Run `fn` `runs` times; each run's milliseconds (and its CPU milliseconds into `cpu`).

    The warm-up run pays first-use costs (caches, lazy imports) once: they are not what a student
    waits for every time.
    """
    if warm_up:
        fn()
    samples = []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
        if cpu is not None:
            cpu.append((time.process_time() - start_cpu) * 1000)
    return samples


def ms_line(
    what: str,
    samples: list[float],
    limit_ms: float,
    *,
    decimals: int = 1,
    cpu: list[float] | None = None,
) -> Line:
    """A line for a p50/p95 figure in milliseconds whose target is on the p95.

    With `cpu`, the same runs' CPU time follows: on a shared machine the wall-clock figures rise
    with the load, the CPU time much less, so it tells a change's effect from the neighbours'.
    The verdict stays on the wall clock, which is what a student waits for.
    """
    p50, p95 = percentiles(samples)
    measured = f"p50 {p50:.{decimals}f} ms, p95 {p95:.{decimals}f} ms (n={len(samples)})"
    if cpu:
        cpu50, cpu95 = percentiles(cpu)
        measured += f"; CPU p50 {cpu50:.{decimals}f}, p95 {cpu95:.{decimals}f}"
    return Line(what, f"p95 < {limit_ms:g} ms", measured, p95 < limit_ms)


def seconds_line(what: str, seconds: list[float], limit: float) -> Line:
    """A line for a slow operation timed a few times: the median against the target."""
    median = statistics.median(seconds)
    spread = f", best {min(seconds):.2f} s" if len(seconds) > 1 else ""
    runs = f" (n={len(seconds)})" if len(seconds) > 1 else ""
    return Line(what, f"< {limit:g} s", f"{median:.2f} s{spread}{runs}", median < limit)


# Qt messages that say only that there is no display: the offscreen platform has no window manager
# to pass a window's size hints to, and says so each time a window shows. The tests ignore the same
# one (`qt_log_ignore` in pyproject.toml).
EXPECTED_QT_MESSAGES = frozenset({"This plugin does not support propagateSizeHints()"})


def _qt_message(kind: object, context: object, message: str) -> None:
    """Qt's messages to standard error, as Qt would print them, but for the expected ones."""
    if message not in EXPECTED_QT_MESSAGES:
        print(message, file=sys.stderr, flush=True)


def offscreen() -> None:
    """Qt without a display, as in the tests; a caller's own setting wins.

    Every other Qt message still reaches standard error: a warning there is worth reading.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.ui.qt import QtCore

    QtCore.qInstallMessageHandler(_qt_message)
