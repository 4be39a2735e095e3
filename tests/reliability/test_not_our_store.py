"""A store that is not the one Casewise left is not adopted: it goes to the restore dialog.

The reproductions of issue 20: a 0-byte ``casewise.db``, or another database's ``-wal`` file
beside it, was opened as a fresh, empty store (0 attempts, the sound backup never mentioned), and
with the foreign log, closing checkpointed it over the old pages. A foreign SQLite file or a
schema changed outside Casewise must not be adopted either. A log left by a crash of Casewise
itself must still be taken up, with every save it holds.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.store import CorruptStoreError, Store, list_backups
from desktop.store.migrations import MIGRATIONS, NAMES
from desktop.store.paths import DATABASE
from desktop.store.recovery import choices, newest_sound
from desktop.ui.app import application
from desktop.ui.recovery_dialog import RecoveryDialog, open_store
from tests.core import banks
from tests.core.conftest import FakeClock
from tests.reliability.test_migrations import restore_dump

ROOT = Path(__file__).resolve().parents[2]
ATTEMPTS = 5

# A Casewise that saves and then dies, leaving its log (casewise.db-wal) unmerged.
CRASH = """
import os, sys
from desktop.store import Store
from tests.core import banks
store = Store.open(sys.argv[1])
store.import_bank(banks.bank())
for n in range(int(sys.argv[2])):
    attempt = store.start_attempt(banks.BANK_ID, banks.CHANNELS)
    store.save_revision(attempt.id, f"Saved just before the crash, number {n}.")
os._exit(9)
"""


def crash(data_dir: Path, saves: int) -> None:
    result = subprocess.run(
        [sys.executable, "-c", CRASH, str(data_dir), str(saves)],
        cwd=ROOT,
        capture_output=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 9, result.stderr
    assert log_of(data_dir).stat().st_size > 0


def log_of(data_dir: Path) -> Path:
    return Path(f"{data_dir / DATABASE}-wal")


def store_with_work(data_dir: Path, clock: FakeClock | None = None) -> None:
    """A closed store with `ATTEMPTS` attempts and one backup of them."""
    with Store.open(data_dir, clock=clock or FakeClock()) as store:
        store.import_bank(banks.bank())
        for n in range(ATTEMPTS):
            attempt = store.start_attempt(banks.BANK_ID, banks.PRICING)
            store.save_revision(attempt.id, f"{banks.COVERS_PRICE} Answer {n}.")
        store.backup("manual")
    assert not log_of(data_dir).exists()


def attempts_in(path: Path) -> int:
    conn = sqlite3.connect(f"{path.as_uri()}?immutable=1", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM attempts").fetchone()[0])
    finally:
        conn.close()


def refused(data_dir: Path) -> CorruptStoreError:
    with pytest.raises(CorruptStoreError) as caught:
        Store.open(data_dir)
    return caught.value


def test_an_empty_database_file_is_not_a_fresh_store(tmp_path: Path):
    data_dir = tmp_path / "data"
    store_with_work(data_dir)
    (data_dir / DATABASE).write_bytes(b"")

    error = refused(data_dir)

    assert "empty" in str(error) and error.backups
    assert (data_dir / DATABASE).read_bytes() == b""  # nothing was written into it
    chosen = newest_sound(choices(data_dir))
    assert chosen is not None and attempts_in(chosen.backup.path) == ATTEMPTS


def test_an_empty_database_file_goes_to_the_restore_dialog(qtbot, tmp_path: Path, monkeypatch):
    data_dir = tmp_path / "data"
    store_with_work(data_dir)
    (data_dir / DATABASE).write_bytes(b"")
    application()
    shown: list[RecoveryDialog] = []

    def confirm(dialog: RecoveryDialog) -> int:
        shown.append(dialog)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(RecoveryDialog, "exec", confirm)
    store = open_store(data_dir)
    assert store is not None and len(shown) == 1
    try:
        assert "not the one Casewise left there" in shown[0].message.text()
        assert len(store.attempts_for(banks.BANK_ID, banks.PRICING)) == ATTEMPTS
    finally:
        store.close()


def test_a_missing_database_beside_backups_is_not_a_fresh_store(tmp_path: Path):
    data_dir = tmp_path / "data"
    store_with_work(data_dir)
    (data_dir / DATABASE).unlink()
    error = refused(data_dir)
    assert "missing" in str(error) and error.backups
    assert not (data_dir / DATABASE).exists()


def test_an_empty_folder_and_an_empty_file_with_nothing_to_offer_start_afresh(tmp_path: Path):
    with Store.open(tmp_path / "new") as store:
        assert store.integrity() == "ok"
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / DATABASE).write_bytes(b"")  # a start that died before writing
    with Store.open(tmp_path / "empty") as store:
        assert store.integrity() == "ok"


def test_another_databases_log_is_not_adopted(tmp_path: Path):
    data_dir = tmp_path / "data"
    store_with_work(data_dir)
    other = tmp_path / "other"
    crash(other, 0)  # a fresh store of its own: its log holds every page of an empty store
    shutil.copyfile(log_of(other), log_of(data_dir))
    ours = (data_dir / DATABASE).read_bytes()
    foreign = log_of(data_dir).read_bytes()

    error = refused(data_dir)

    assert "belongs to another database" in str(error)
    assert (data_dir / DATABASE).read_bytes() == ours  # not checkpointed over
    assert log_of(data_dir).read_bytes() == foreign  # kept, for whoever wants to look
    # The database without the log is ours and sound: it is offered first, with all the work.
    chosen = newest_sound(choices(data_dir))
    assert chosen is not None and chosen.backup.reason == "without-log"
    assert attempts_in(chosen.backup.path) == ATTEMPTS


def test_a_log_that_does_not_fit_the_database_is_not_adopted(tmp_path: Path):
    """The database replaced by hand with a backup, the newer log left beside it."""
    data_dir = tmp_path / "data"
    store_with_work(data_dir)
    older = list_backups(data_dir)[0].path
    crash(data_dir, 40)
    shutil.copyfile(older, data_dir / DATABASE)
    log = log_of(data_dir).read_bytes()

    error = refused(data_dir)

    assert "does not fit" in str(error)
    assert log_of(data_dir).read_bytes() == log
    assert (data_dir / DATABASE).read_bytes() == older.read_bytes()


def test_a_log_left_by_a_crash_is_taken_up_with_every_save(tmp_path: Path):
    data_dir = tmp_path / "data"
    store_with_work(data_dir)
    crash(data_dir, 3)
    with Store.open(data_dir) as store:
        saved = [a.text for a in store.attempts_for(banks.BANK_ID, banks.CHANNELS)]
        assert sorted(saved) == [f"Saved just before the crash, number {n}." for n in range(3)]
        assert len(store.attempts_for(banks.BANK_ID, banks.PRICING)) == ATTEMPTS


def test_another_programs_database_is_not_adopted(tmp_path: Path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    conn = sqlite3.connect(data_dir / DATABASE)
    with conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        conn.execute("INSERT INTO notes (body) VALUES ('someone else''s')")
    conn.close()
    before = (data_dir / DATABASE).read_bytes()

    error = refused(data_dir)

    assert "not Casewise's" in str(error)
    assert (data_dir / DATABASE).read_bytes() == before


@pytest.mark.parametrize(
    ("change", "named"),
    [
        ("DROP TABLE self_assessments", "self_assessments"),
        ("ALTER TABLE attempts DROP COLUMN deleted_in", "attempts"),
        ("CREATE TRIGGER keep AFTER DELETE ON attempts BEGIN SELECT 1; END", "keep"),
        ("DROP INDEX revisions_by_attempt", "revisions_by_attempt"),
    ],
)
def test_a_schema_changed_outside_casewise_is_not_adopted(tmp_path: Path, change, named):
    data_dir = tmp_path / "data"
    store_with_work(data_dir)
    conn = sqlite3.connect(data_dir / DATABASE)
    with conn:
        conn.execute(change)
    conn.close()

    error = refused(data_dir)

    assert "changed outside Casewise" in str(error) and named in str(error)
    assert error.backups


def test_a_store_of_every_known_version_is_ours(tmp_path: Path):
    """The schema check knows the schema at each migration (the fixture dumps are from each)."""
    for version in NAMES:
        data_dir = tmp_path / version
        restore_dump(version, data_dir)
        with Store.open(data_dir) as store:
            assert [m.name for m in MIGRATIONS.applied(store.db)] == NAMES
