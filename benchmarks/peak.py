"""Run one command and report its own peak resident memory and its time, as one line of JSON.

    python -m benchmarks.peak -- COMMAND [ARGUMENT ...]

Why a process of its own: Linux reports a child's peak resident memory (``ru_maxrss``, from
``wait4`` or ``getrusage``) as at least the peak of the process it was started from, because the
memory it shared with its parent before ``exec`` counts towards it. Started from `make bench`,
which has grown to hundreds of megabytes by the time it reaches the hostile corpus, every case
measured that much. Started from this small process instead, a command's figure is its own, give
or take the few megabytes this one holds (`bench_hostile` prints a Python that does nothing,
measured the same way, beside the cases).

The command's output is discarded; its exit status is reported, not judged.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time


def measure(command: list[str]) -> dict[str, float | int]:
    """Run `command` to its end: seconds, peak megabytes and exit status."""
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
    return {
        "seconds": time.perf_counter() - started,
        "megabytes": usage.ru_maxrss / 1024,  # kilobytes on Linux
        "status": child.returncode,
    }


def peak(command: list[str], cwd: str | os.PathLike[str] | None = None) -> tuple[float, float]:
    """Seconds and peak megabytes of `command`, measured from a small process of its own."""
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.peak", "--", *command],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=True,
    )
    report = json.loads(result.stdout)
    return float(report["seconds"]), float(report["megabytes"])


def main(argv: list[str]) -> int:
    """Measure the command after ``--`` and print the figures as JSON."""
    if argv[:1] != ["--"] or len(argv) < 2:
        print("usage: python -m benchmarks.peak -- COMMAND [ARGUMENT ...]", file=sys.stderr)
        return 2
    print(json.dumps(measure(argv[1:])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
