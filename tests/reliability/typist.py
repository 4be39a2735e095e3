"""A student typing into a real study session, in a process the tests kill with SIGKILL.

Run as ``python -m tests.reliability.typist DATA_DIR``: a fork server. It imports the app's
core once, then for each ``type REPORT SEED`` line on standard input it forks a typist and answers
``pid N``; for each ``reap N`` line it waits for that typist and answers ``reaped N``. Forking
keeps a round to a few milliseconds of start-up, so a hundred kills fit in a few seconds.

A typist opens the store, starts an attempt and types `text_for(seed)` one character at a time
through `StudySession.edit`, calling `StudySession.tick` after each, as the window's timer does:
the app's own autosave path, with a short `AutosavePolicy` so that rounds stay short. It appends
to REPORT, one unbuffered write per line, what it has done:

- ``attempt ID``: the attempt it types into;
- ``typed N T``: the first N characters are typed, at T seconds of typing time.

Typing time is the monotonic clock minus the time spent inside `tick` (saving): in the app a
save runs on the window's thread, so no key is typed while it runs, and "how far behind" is
measured in time the student spent typing.
"""

from __future__ import annotations

import gc
import os
import random
import sys
import time
from pathlib import Path

from casebank.coverage import Checker
from desktop.session import StudySession
from desktop.store import AutosavePolicy, Store
from tests.core import banks

IDLE = 0.01
LONGEST = 0.03  # the autosave interval under test: at most this much typing is lost
KEY_SECONDS = 0.0002  # a fast typist: a few hundred keys per autosave interval
WORDS = ("price", "quality", "cost", "the", "shop", "craft", "town", "cakes", "and", "because")


def text_for(seed: int, length: int = 200_000) -> str:
    """The text a typist with this seed types (it is killed long before the end)."""
    rng = random.Random(seed)
    words: list[str] = []
    size = 0
    while size < length:
        word = rng.choice(WORDS)
        words.append(word)
        size += len(word) + 1
    return " ".join(words)[:length]


def type_into(data_dir: Path, report: Path, seed: int) -> None:
    """Open the store and type until killed."""
    out = os.open(report, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    store = Store.open(data_dir)
    question = banks.bank().question(banks.PRICING)
    attempt = store.start_attempt(banks.BANK_ID, banks.PRICING)
    os.write(out, f"attempt {attempt.id}\n".encode())
    session = StudySession(
        store, question, attempt, autosave=AutosavePolicy(idle=IDLE, longest=LONGEST)
    )
    text = text_for(seed)
    saving = 0.0
    start = time.monotonic()
    for n in range(1, len(text) + 1):
        time.sleep(KEY_SECONDS)
        session.edit(text[:n])
        typed_at = time.monotonic() - start - saving
        os.write(out, f"typed {n} {typed_at:.6f}\n".encode())
        before = time.monotonic()
        session.tick()
        if not session.autosaver.dirty:  # it saved, and no key was typed meanwhile
            saving += time.monotonic() - before
    os._exit(3)  # typed everything: the test did not kill it in time


def serve(data_dir: Path) -> None:
    """Fork a typist per request, until standard input closes."""
    # The window checks the answer as soon as it changes, long before the first autosave, and
    # that first check loads the engine's word lists: load them here, once, for every typist.
    Checker(banks.bank().question(banks.PRICING)).check(" ".join(WORDS))
    with Store.open(data_dir) as store:
        store.import_bank(banks.bank())
    gc.freeze()  # keeps the typists from copying the server's memory as they start
    for line in sys.stdin:
        command, *args = line.split()
        if command == "type":
            pid = os.fork()
            if pid == 0:
                try:
                    type_into(data_dir, Path(args[0]), int(args[1]))
                finally:
                    os._exit(4)
            print(f"pid {pid}", flush=True)
        elif command == "reap":
            _, status = os.waitpid(int(args[0]), 0)
            print(f"reaped {os.waitstatus_to_exitcode(status)}", flush=True)


if __name__ == "__main__":
    serve(Path(sys.argv[1]))
