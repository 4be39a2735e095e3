"""After a crash the open work is offered back; two Casewise windows on one folder stay sound."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from casebank.errors import UserError
from desktop.store import Store
from tests.core import banks
from tests.core.conftest import FakeClock

ROOT = Path(__file__).resolve().parents[2]


def run_casewise(data_dir: Path, body: str) -> str:
    """Run `body` in another process with `store` open on `data_dir`; return what it prints."""
    code = textwrap.dedent(
        """
        import os, sys
        from desktop.store import Store
        from tests.core import banks
        store = Store.open(sys.argv[1])
        store.import_bank(banks.bank())
        """
    ) + textwrap.dedent(body)
    result = subprocess.run(
        [sys.executable, "-c", code, str(data_dir)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode in (0, 9), result.stderr
    return result.stdout


CRASH = """
attempt = store.start_attempt(banks.BANK_ID, banks.PRICING, "exam")
store.save_revision(attempt.id, "Typed just before the power went out.", seconds_spent=75)
closed = store.start_attempt(banks.BANK_ID, banks.CHANNELS)
store.save_revision(closed.id, "This one was closed properly.")
store.close_attempt(closed.id)
deleted = store.start_attempt(banks.BANK_ID, banks.CHANNELS)
store.delete(deleted.id)
wordless = store.start_attempt(banks.BANK_ID, banks.CHANNELS)  # nothing typed: nothing to offer
print(attempt.id, deleted.id, wordless.id)
sys.stdout.flush()
os._exit(9)  # no clean exit: as a crash or a power cut
"""


def test_work_open_in_a_crashed_casewise_is_offered_back(data_dir: Path):
    crashed_id, deleted_id, wordless_id = map(int, run_casewise(data_dir, CRASH).split())

    with Store.open(data_dir) as store:
        [unsaved] = store.unsaved_work()
        assert unsaved.id == crashed_id
        assert unsaved.text == "Typed just before the power went out."
        assert (unsaved.mode, unsaved.seconds_spent) == ("exam", 75)
        with pytest.raises(KeyError):
            store.attempt(deleted_id)  # a deletion is final once its session is over
        with pytest.raises(KeyError):
            store.attempt(wordless_id)  # an attempt that never got a word is not kept

        reopened = store.recover(crashed_id)
        assert reopened.text == unsaved.text
        assert store.unsaved_work() == []

    with Store.open(data_dir) as store:
        assert store.unsaved_work() == []  # recovered, then closed cleanly
        # the crashed session is forgotten; only this one's lock is left
        assert [p.stem for p in (data_dir / "sessions").iterdir()] == [store.session_id]


def test_dismissed_work_stays_in_the_history(data_dir: Path):
    crashed_id, *_ = map(int, run_casewise(data_dir, CRASH).split())

    with Store.open(data_dir) as store:
        store.dismiss(crashed_id)
        assert store.unsaved_work() == []
        history = store.attempts_for(banks.BANK_ID, banks.PRICING)
        assert [a.text for a in history] == ["Typed just before the power went out."]


def test_a_clean_exit_leaves_nothing_to_recover(data_dir: Path, clock: FakeClock):
    with Store.open(data_dir, clock=clock) as store:
        store.import_bank(banks.bank())
        attempt = store.start_attempt(banks.BANK_ID, banks.PRICING)
        store.save_revision(attempt.id, "Saved and closed.")
    with Store.open(data_dir, clock=clock) as store:
        assert store.unsaved_work() == []
        assert store.attempt(attempt.id).text == "Saved and closed."


def test_two_windows_writing_in_turn_stay_consistent(data_dir: Path, clock: FakeClock):
    first = Store.open(data_dir, clock=clock)
    second = Store.open(data_dir, clock=clock)
    first.import_bank(banks.bank())
    second.import_bank(banks.bank())
    mine = first.start_attempt(banks.BANK_ID, banks.PRICING)
    theirs = second.start_attempt(banks.BANK_ID, banks.CHANNELS)

    for n in range(20):
        first.save_revision(mine.id, f"first window, revision {n}")
        second.save_revision(theirs.id, f"second window, revision {n}")
        clock.advance(1)

    # a window sees the other's saves, and does not take for crashed work what is still open
    assert second.attempt(mine.id).text == "first window, revision 19"
    assert first.unsaved_work() == second.unsaved_work() == []
    with pytest.raises(UserError, match="open in another Casewise window"):
        second.open_attempt(mine.id)
    assert first.attempt(theirs.id).revisions == second.attempt(mine.id).revisions == 20
    assert first.integrity() == "ok"
    first.close()
    second.close()
    with Store.open(data_dir, clock=clock) as store:
        assert store.attempt(mine.id).text == "first window, revision 19"
        assert store.attempt(theirs.id).text == "second window, revision 19"
        assert store.integrity() == "ok"


SAVE_MANY = """
import sys
from desktop.store import Store
from tests.core import banks

store = Store.open(sys.argv[1])
attempt = store.start_attempt(banks.BANK_ID, banks.CHANNELS)
print(attempt.id, flush=True)
sys.stdin.readline()  # wait for the other process, so that both save at the same time
for n in range(60):
    store.save_revision(attempt.id, f"other process, revision {n}")
store.close()
"""


def test_two_processes_saving_at_once_lose_nothing(data_dir: Path):
    with Store.open(data_dir) as store:
        store.import_bank(banks.bank())
    other = subprocess.Popen(
        [sys.executable, "-c", SAVE_MANY, str(data_dir)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert other.stdin is not None and other.stdout is not None
    theirs = int(other.stdout.readline())
    with Store.open(data_dir) as store:
        attempt = store.start_attempt(banks.BANK_ID, banks.PRICING)
        other.stdin.write("go\n")
        other.stdin.flush()
        for n in range(60):
            store.save_revision(attempt.id, f"this process, revision {n}")
    _, err = other.communicate(timeout=60)
    assert other.returncode == 0, err

    with Store.open(data_dir) as store:
        assert store.integrity() == "ok"
        assert store.attempt(theirs).text == "other process, revision 59"
        assert store.attempt(attempt.id).text == "this process, revision 59"
