"""Promises of docs/store.md that no other test held: how every connection is configured, what
the tables and times look like, and how two Casewise windows wait for each other.

docs/store.md's *Promises and their tests* lists each promise with the test that proves it.
"""

from __future__ import annotations

import os
import re
import sqlite3
import stat
import threading
from pathlib import Path

import pytest
from sqlite_utils import Database

from casebank.errors import UserError
from desktop.store import Store, list_backups, restore_backup
from desktop.store.migrations import MIGRATIONS, NAMES
from desktop.store.paths import DATABASE
from tests.core import banks
from tests.core.conftest import FakeClock
from tests.core.test_migrations import make_v1_database

FULL = 2  # PRAGMA synchronous
STAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00$")


def settings(store: Store) -> tuple[int, str, int]:
    db = store.db
    return (
        db.execute("PRAGMA foreign_keys").fetchone()[0],
        db.execute("PRAGMA journal_mode").fetchone()[0],
        db.execute("PRAGMA synchronous").fetchone()[0],
    )


def test_every_connection_has_foreign_keys_wal_and_full_sync(data_dir: Path):
    with Store.open(data_dir) as store:
        assert settings(store) == (1, "wal", FULL)
        store.import_bank(banks.bank())
        attempt = store.start_attempt(banks.BANK_ID, banks.PRICING)
        (data_dir / DATABASE).unlink()
        store.save_revision(attempt.id, banks.COVERS_PRICE)  # written anew: a new connection
        assert store.rewritten == 1 and settings(store) == (1, "wal", FULL)


def test_casewise_tables_are_strict_and_times_are_utc_with_microseconds(store: Store):
    tables = store.db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    ours = [(name, sql) for name, sql in tables if name != MIGRATIONS.migrations_table]
    assert len(ours) >= 7 and all(sql.rstrip().endswith("STRICT") for _, sql in ours)
    attempt = store.start_attempt(banks.BANK_ID, banks.PRICING)
    store.save_revision(attempt.id, banks.COVERS_PRICE)
    row = store.db.execute("SELECT started_at, updated_at FROM attempts").fetchone()
    saved = store.db.execute("SELECT saved_at FROM revisions").fetchone()
    assert all(STAMP.match(value) for value in (*row, *saved))


def test_a_window_that_keeps_the_write_lock_too_long_is_a_user_error(store: Store):
    attempt = store.start_attempt(banks.BANK_ID, banks.PRICING)
    other = sqlite3.connect(store.data_dir / DATABASE, isolation_level=None)
    store.db.execute("PRAGMA busy_timeout = 200")  # BUSY_TIMEOUT is 10 s; the test need not wait
    try:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(UserError, match=r"kept the data folder .* busy for too long"):
            store.save_revision(attempt.id, banks.COVERS_PRICE)
        other.execute("ROLLBACK")
    finally:
        other.close()
    store.save_revision(attempt.id, banks.COVERS_PRICE)  # once it lets go, saving works
    assert store.attempt(attempt.id).text == banks.COVERS_PRICE


def test_a_casewise_starting_while_another_migrates_waits_and_finds_nothing_to_do(
    data_dir: Path, clock: FakeClock
):
    make_v1_database(data_dir)
    other = sqlite3.connect(data_dir / DATABASE, isolation_level=None)
    other.execute("PRAGMA journal_mode = wal")  # as every Casewise leaves its database
    other.execute("BEGIN IMMEDIATE")  # the other Casewise is migrating
    opened: list[Store] = []
    failed: list[BaseException] = []

    def start() -> None:
        try:
            store = Store.open(data_dir, clock=clock)
        except BaseException as exc:  # reported by the test below
            failed.append(exc)
            return
        # A Store belongs to its thread: hand back what the test checks, then close it here.
        opened.append(store)
        store.close()

    starting = threading.Thread(target=start)
    starting.start()
    starting.join(0.5)
    assert starting.is_alive(), failed  # waiting for the write lock, not failing at once
    MIGRATIONS.apply(Database(other))  # the other Casewise's migrations, in its transaction
    other.execute("COMMIT")
    starting.join(30)
    other.close()

    assert not failed and len(opened) == 1
    conn = sqlite3.connect(data_dir / DATABASE)
    try:
        names = [row[0] for row in conn.execute("SELECT name FROM _sqlite_migrations")]
    finally:
        conn.close()
    assert names == NAMES  # each migration once: the waiting one found nothing to do
    assert [b.reason for b in list_backups(data_dir)] == ["before-0002-sessions"]


def test_a_store_belongs_to_the_thread_that_opened_it(store: Store):
    refused: list[BaseException] = []

    def elsewhere() -> None:
        try:
            store.banks()
        except sqlite3.ProgrammingError as exc:
            refused.append(exc)

    thread = threading.Thread(target=elsewhere)
    thread.start()
    thread.join()
    assert len(refused) == 1 and "thread" in str(refused[0])


@pytest.fixture
def sharing_umask():
    """The usual umask, under which a new file is readable by everyone (0644)."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="Unix permissions")
def test_the_database_its_logs_and_backups_are_the_students_alone(
    data_dir: Path, clock: FakeClock, sharing_umask: None
):
    with Store.open(data_dir, clock=clock) as store:
        store.import_bank(banks.bank())
        attempt = store.start_attempt(banks.BANK_ID, banks.PRICING)
        store.save_revision(attempt.id, "The price is fair.")
        backup = store.backup("manual")
        for name in (DATABASE, f"{DATABASE}-wal", f"{DATABASE}-shm"):
            assert mode(data_dir / name) == 0o600, name
        assert mode(backup.path) == 0o600
    restore_backup(data_dir, backup.path)
    assert mode(data_dir / DATABASE) == 0o600


@pytest.mark.skipif(os.name != "posix", reason="Unix permissions")
def test_a_database_an_older_casewise_left_readable_to_others_is_made_private(
    data_dir: Path, clock: FakeClock
):
    with Store.open(data_dir, clock=clock) as store:
        store.import_bank(banks.bank())
    (data_dir / DATABASE).chmod(0o644)
    with Store.open(data_dir, clock=clock):
        assert mode(data_dir / DATABASE) == 0o600
