"""Migrations: a new database gets the whole schema; an old one is backed up, then migrated."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from casebank.errors import UserError
from desktop.store import Store, list_backups
from desktop.store.backups import check_file
from desktop.store.migrations import MIGRATIONS, NAMES
from desktop.store.paths import DATABASE
from tests.core import banks
from tests.core.conftest import FakeClock


def tables(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()


def make_v1_database(data_dir: Path) -> None:
    """A database as the first release left it, with one bank and an attempt with a revision."""
    data_dir.mkdir(parents=True)
    db = Database(data_dir / DATABASE)
    MIGRATIONS.apply(db, stop_before="0002_sessions")
    stamp = "2025-01-10T10:00:00.000000+00:00"
    db.execute(
        "INSERT INTO banks VALUES ('test.store', '1.0.0', 'Old', 'en', '', ?, ?)", [stamp, stamp]
    )
    db.execute("INSERT INTO questions VALUES ('test.store', 'shop/pricing', 'en', 0, 'h1', NULL)")
    db.execute(
        """INSERT INTO attempts (id, bank_id, question_key, bank_version, mode, started_at,
        updated_at, submitted_at, seconds_spent, rubric_hash)
        VALUES (7, 'test.store', 'shop/pricing', '1.0.0', 'exam', ?, ?, ?, 900, 'h1')""",
        [stamp, stamp, stamp],
    )
    db.execute(
        """INSERT INTO revisions (attempt_id, saved_at, text, words, score, rubric_hash)
        VALUES (7, ?, 'An answer from last term.', 5, 0.5, 'h1')""",
        [stamp],
    )
    db.execute(
        "INSERT INTO self_assessments VALUES (7, 'price', 'partly', 'covered', 'a1')",
    )
    db.close()


def test_a_new_database_gets_every_migration_and_no_backup(data_dir: Path, clock: FakeClock):
    with Store.open(data_dir, clock=clock) as store:
        applied = [m.name for m in MIGRATIONS.applied(store.db)]
        assert applied == NAMES
        assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert list_backups(data_dir) == []


def test_an_old_database_is_backed_up_then_migrated_with_its_attempts(
    data_dir: Path, clock: FakeClock
):
    make_v1_database(data_dir)

    with Store.open(data_dir, clock=clock) as store:
        old = store.attempt(7)
        assert (old.text, old.mode, old.seconds_spent) == ("An answer from last term.", "exam", 900)
        assert dict(old.self_assessment) == {"price": "partly"}
        assert [m.name for m in MIGRATIONS.applied(store.db)] == NAMES
        # the migrated database takes the new features: this attempt can be reopened and crashes
        # in it recovered
        assert store.open_attempt(7).id == 7

    [backup] = list_backups(data_dir)
    assert backup.reason == "before-0002-sessions"
    assert check_file(backup.path) == "ok"
    assert "sessions" not in tables(backup.path)  # the backup is the database as it was
    assert "attempts" in tables(backup.path)


def test_a_database_from_a_newer_casewise_is_refused_untouched(data_dir: Path, clock: FakeClock):
    with Store.open(data_dir, clock=clock) as store:
        store.import_bank(banks.bank())
        store.db.table("_sqlite_migrations").insert(
            {"migration_set": "casewise", "name": "9999_future", "applied_at": "2099"}
        )
    before = (data_dir / DATABASE).read_bytes()

    with pytest.raises(UserError, match="newer Casewise"):
        Store.open(data_dir, clock=clock)

    assert (data_dir / DATABASE).read_bytes() == before
