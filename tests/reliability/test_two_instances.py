"""Two Casewise instances on one data folder write at the same time and lose nothing.

Casewise does not stop a second instance: every write is one ``BEGIN IMMEDIATE`` transaction
that waits for the other instance's (`desktop.store.db.BUSY_TIMEOUT`), and an attempt open in one
instance is refused by the other (``open in another Casewise window``). This proves it with two
real processes hammering the same database while a third reads it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from casebank.errors import UserError
from desktop.store import Store
from tests.core import banks

ROOT = Path(__file__).resolve().parents[2]
ATTEMPTS = 4
REVISIONS = 25

WRITER = f"""
import sys
from desktop.store import Store
from tests.core import banks

name = sys.argv[2]
store = Store.open(sys.argv[1])
print("ready", flush=True)
sys.stdin.readline()  # start together with the other instance
ids = []
for a in range({ATTEMPTS}):
    attempt = store.start_attempt(banks.BANK_ID, (banks.PRICING, banks.CHANNELS)[a % 2])
    ids.append(attempt.id)
    for r in range({REVISIONS}):
        store.save_revision(attempt.id, f"{{name}}: attempt {{a}}, revision {{r}}.")
    store.submit(attempt.id, {{}})
print(" ".join(map(str, ids)), flush=True)
sys.stdin.readline()  # stay open (attempts and all) until the test has looked
store.close()
"""


def start_writer(data_dir: Path, name: str) -> subprocess.Popen[str]:
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data_dir), name],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert writer.stdout is not None
    assert writer.stdout.readline() == "ready\n", writer.communicate(timeout=30)[1]
    return writer


def tell(writer: subprocess.Popen[str], line: str) -> None:
    assert writer.stdin is not None
    writer.stdin.write(line + "\n")
    writer.stdin.flush()


def test_two_instances_writing_at_once_keep_every_revision(tmp_path: Path):
    data_dir = tmp_path / "data"
    with Store.open(data_dir) as store:
        store.import_bank(banks.bank())
    writers = {name: start_writer(data_dir, name) for name in ("first", "second")}
    for writer in writers.values():
        tell(writer, "go")

    with Store.open(data_dir) as reader:  # a third instance reads while they write
        saved = 0
        while saved < 2 * REVISIONS and all(w.poll() is None for w in writers.values()):
            assert reader.integrity() == "ok"  # consistent while both are writing
            saved = reader.db.execute("SELECT count(*) FROM revisions").fetchone()[0]
        ids = {}
        for name, writer in writers.items():
            assert writer.stdout is not None
            line = writer.stdout.readline()
            assert line, writer.communicate(timeout=30)[1]
            ids[name] = [int(i) for i in line.split()]

        assert reader.integrity() == "ok"
        for name, attempt_ids in ids.items():
            for a, attempt_id in enumerate(attempt_ids):
                texts = [r.text for r in reader.revisions(attempt_id)]
                assert texts == [f"{name}: attempt {a}, revision {r}." for r in range(REVISIONS)]
                assert reader.attempt(attempt_id).submitted_at is not None
        first_open = ids["first"][-1]
        with pytest.raises(UserError, match="open in another Casewise window"):
            reader.open_attempt(first_open)

    for writer in writers.values():
        tell(writer, "close")
        _, err = writer.communicate(timeout=60)
        assert writer.returncode == 0, err
    with Store.open(data_dir) as store:
        assert store.integrity() == "ok"
        for name, attempt_ids in ids.items():
            for a, attempt_id in enumerate(attempt_ids):
                expected = f"{name}: attempt {a}, revision {REVISIONS - 1}."
                assert store.attempt(attempt_id).text == expected
