"""Kill -9 while typing: at any moment, the store is sound and the answer is at most one
autosave interval behind what was typed.

A fork server (`typist.py`) runs the app's real autosave path in child processes; each round one
child types and is killed with SIGKILL at a random moment (during start-up, typing, a save or a
commit). The test then reopens the store as the next start of Casewise would.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.store import Store
from tests.reliability import typist

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 100
# What a clock reading and a few lines of Python may add on top of the intervals below.
SLACK = 0.005
STARTING = 0.15  # the share of rounds killed while Casewise starts rather than while typing
pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the typists are forked")


class Typists:
    """The fork server, driven over its standard input and output."""

    def __init__(self, data_dir: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.typist", str(data_dir)],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def _ask(self, line: str) -> str:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()
        return self.process.stdout.readline().split()[1]

    def start(self, report: Path, seed: int) -> int:
        return int(self._ask(f"type {report} {seed}"))

    def reap(self, pid: int) -> int:
        return int(self._ask(f"reap {pid}"))

    def close(self) -> None:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)
        self.process.stdout.close()


@pytest.fixture
def typists(tmp_path: Path) -> Iterator[Typists]:
    server = Typists(tmp_path / "data")
    yield server
    server.close()


def wait_for_typing(report: Path) -> None:
    """Wait until the typist has typed its first key."""
    deadline = time.monotonic() + 20
    while not (report.exists() and b"typed" in report.read_bytes()):
        assert time.monotonic() < deadline, f"the typist never typed into {report}"
        time.sleep(0.001)


def read_report(report: Path) -> tuple[int | None, dict[int, float]]:
    """The attempt the typist typed into, and when it had typed each length."""
    attempt = None
    typed: dict[int, float] = {0: 0.0}
    lines = report.read_text().splitlines() if report.exists() else []
    for line in lines:
        kind, *values = line.split()
        if kind == "attempt":
            attempt = int(values[0])
        elif kind == "typed" and len(values) == 2:  # a last line cut by the kill is ignored
            typed[int(values[0])] = float(values[1])
    return attempt, typed


def allowed_loss(typed: dict[int, float], saved: int) -> float:
    """How far behind the saved answer may be: the autosave interval, which starts at the first
    key after a save, and ends at the first key after it has passed (a save runs between keys).
    """
    last = max(typed)
    after_save = typed.get(saved + 1, typed[saved]) - typed[saved]
    last_key = typed[last] - typed.get(last - 1, typed[last])
    return typist.LONGEST + after_save + last_key + SLACK


@pytest.mark.slow  # some 18 seconds: the quick loop (pytest -m "not slow") leaves it out
def test_killing_the_app_while_typing_loses_at_most_one_autosave_interval(
    typists: Typists, tmp_path: Path
):
    seed = int(os.environ.get("CASEWISE_KILL_SEED", random.randrange(2**32)))
    print(f"kill -9 rounds seeded with {seed} (set CASEWISE_KILL_SEED={seed} to repeat)")
    rng = random.Random(seed)
    data_dir = tmp_path / "data"
    behind: list[float] = []
    saved_rounds: list[int] = []
    for round_ in range(ROUNDS):
        report = tmp_path / f"round-{round_}.txt"
        text = typist.text_for(seed + round_)
        pid = typists.start(report, seed + round_)
        if rng.random() < STARTING:
            time.sleep(rng.uniform(0.0, 0.02))  # while it opens the store
        else:
            wait_for_typing(report)
            time.sleep(rng.uniform(0.0, 0.1))
        os.kill(pid, signal.SIGKILL)
        assert typists.reap(pid) == -signal.SIGKILL, f"round {round_}: the typist was not killed"

        attempt_id, typed = read_report(report)
        with Store.open(data_dir) as store:
            assert store.integrity() == "ok", f"round {round_} (seed {seed})"
            if attempt_id is None:
                continue  # killed while starting up
            try:
                saved = store.attempt(attempt_id).text
            except KeyError:  # killed before a word was saved: such an attempt is not kept
                saved = ""
            assert saved == text[: len(saved)], f"round {round_}: the saved text is not typed"
            assert len(saved) in typed, f"round {round_}: a revision no typed state matches"
            lost = max(typed.values()) - typed[len(saved)]
            assert lost <= allowed_loss(typed, len(saved)), (
                f"round {round_} (seed {seed}): the saved answer is {lost:.3f} s of typing behind"
            )
            behind.append(lost)
            if saved:
                saved_rounds.append(round_)
                assert [a.id for a in store.unsaved_work()] == [attempt_id]
                store.dismiss(attempt_id)
            assert store.unsaved_work() == []
    # The rounds must have tested something: many killed a typist that had already autosaved.
    print(f"typing lost per kill: worst {max(behind):.3f} s over {len(behind)} rounds")
    assert len(saved_rounds) >= ROUNDS // 3, behind
