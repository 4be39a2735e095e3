"""A database from every schema version migrates to the current one with every attempt intact;
a migration that fails leaves the database exactly as the backup taken before it.

The databases are SQL dumps in tests/fixtures/migrations/, written by its make.py.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from casebank.errors import UserError
from casebank.vocabulary import Mode
from desktop.store import DiskFullError, Store, list_backups
from desktop.store.backups import check_file
from desktop.store.migrations import MIGRATIONS, NAMES
from desktop.store.paths import DATABASE
from tests.fixtures.migrations.make import dump_path

# The students' work as the first version stored it: every later version must keep all of it.
WORK = {
    "banks": "SELECT * FROM banks ORDER BY id",
    "questions": """SELECT bank_id, key, language, position, rubric_hash, removed_at
        FROM questions ORDER BY bank_id, key""",
    "arguments": "SELECT * FROM arguments ORDER BY bank_id, question_key, argument_id",
    "attempts": """SELECT id, bank_id, question_key, bank_version, mode, started_at, updated_at,
        submitted_at, seconds_spent, rubric_hash, duplicated_from, deleted_at
        FROM attempts ORDER BY id""",
    "revisions": "SELECT * FROM revisions ORDER BY id",
    "self_assessments": "SELECT * FROM self_assessments ORDER BY attempt_id, argument_id",
}


def restore_dump(name: str, data_dir: Path) -> Path:
    data_dir.mkdir(parents=True)
    path = data_dir / DATABASE
    conn = sqlite3.connect(path)
    try:
        conn.executescript(dump_path(name).read_text(encoding="utf-8"))
    finally:
        conn.close()
    return path


def work(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return {table: conn.execute(query).fetchall() for table, query in WORK.items()}
    finally:
        conn.close()


def contents(path: Path) -> list[str]:
    """Schema and rows, as SQL: equal for two files holding the same database."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_there_is_a_fixture_for_every_schema_version():
    missing = [name for name in NAMES if not dump_path(name).exists()]
    assert missing == [], "run python -m tests.fixtures.migrations.make and commit the dumps"


@pytest.mark.parametrize("version", NAMES)
def test_every_version_migrates_with_every_attempt_intact(version: str, tmp_path: Path):
    data_dir = tmp_path / "data"
    path = restore_dump(version, data_dir)
    before = work(path)
    assert len(before["attempts"]) == 5 and len(before["revisions"]) == 15

    with Store.open(data_dir) as store:
        assert [m.name for m in MIGRATIONS.applied(store.db)] == NAMES
        assert store.integrity() == "ok"
        for row in before["attempts"]:
            attempt = store.attempt(row[0])
            newest = [r for r in before["revisions"] if r[1] == row[0]][-1]
            assert (attempt.text, attempt.mode, attempt.seconds_spent) == (
                newest[3],
                *row[4:5],
                row[8],
            )
            assert attempt.revisions == 3
        assert dict(store.attempt(1).self_assessment) == {"price": "fully"}
    assert work(path) == before

    backups = [b for b in list_backups(data_dir) if b.reason != "daily"]
    if version == NAMES[-1]:
        assert backups == []  # nothing to migrate, nothing to back up
    else:
        [backup] = backups
        following = NAMES[NAMES.index(version) + 1]
        assert backup.reason == f"before-{following.replace('_', '-')}"
        assert check_file(backup.path) == "ok"
        assert work(backup.path) == before


def _failing(kind: str) -> Any:
    """The newest migration, made to fail half-way: the disk fills up, or it has a bug."""
    last = MIGRATIONS._migrations[-1]

    def step(db: Database) -> None:
        if kind == "full":
            pages = db.execute("PRAGMA page_count").fetchone()[0]
            db.execute(f"PRAGMA max_page_count = {pages}")
            last.fn(db)
            # A migration that only changes the schema may fit in the pages the file has; the
            # next page it would need, a new table's, is past the full disk.
            db.execute("CREATE TABLE disk_filler (data BLOB)")
        else:
            last.fn(db)
            raise RuntimeError("a bug in the migration")

    return dataclasses.replace(last, fn=step)


@pytest.mark.parametrize("kind", ["full", "bug"])
@pytest.mark.parametrize("version", NAMES[:-1])
def test_a_failed_migration_leaves_the_database_as_its_backup(
    version: str, kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    data_dir = tmp_path / "data"
    path = restore_dump(version, data_dir)
    original = contents(path)
    monkeypatch.setattr(MIGRATIONS, "_migrations", [*MIGRATIONS._migrations[:-1], _failing(kind)])

    expected: type[BaseException] = DiskFullError if kind == "full" else RuntimeError
    with pytest.raises(expected) as caught:
        Store.open(data_dir)
    if kind == "full":
        assert isinstance(caught.value, UserError) and "free some space" in str(caught.value)

    [backup] = list_backups(data_dir)  # the one taken before migrating
    assert contents(backup.path) == original
    assert contents(path) == original  # rolled back: the database is what the backup holds

    monkeypatch.undo()
    with Store.open(data_dir) as store:
        assert [m.name for m in MIGRATIONS.applied(store.db)] == NAMES
        assert store.integrity() == "ok"


@pytest.mark.parametrize("version", NAMES)
def test_a_question_removed_in_any_version_keeps_its_attempts_from_an_earlier_version(
    version: str, tmp_path: Path
):
    data_dir = tmp_path / "data"
    restore_dump(version, data_dir)
    with Store.open(data_dir) as store:
        # bakery/channels left its bank in an update; its submitted attempt stays its own.
        assert [p.question_key for p in store.progress("org.example.shops")] == ["bakery/pricing"]
        [earlier] = store.progress("org.example.shops", earlier=True)
        assert (earlier.question_key, earlier.attempts, earlier.submitted) == (
            "bakery/channels",
            1,
            1,
        )
        assert [a.id for a in store.attempts_for("org.example.shops", "bakery/channels")] == [3]
        assert store.banks_with_earlier_questions() == {"org.example.shops"}
        record = store.question_record("org.example.shops", "bakery/channels")
        assert record is not None and record.removed
        # Prompts were kept from 0003 on; before, the store did not know them.
        kept_prompts = NAMES.index(version) >= NAMES.index("0003_question_prompts")
        assert record.prompt == ("Discuss the bakery/channels." if kept_prompts else "")


@pytest.mark.parametrize("version", NAMES)
def test_the_study_plan_takes_in_the_attempts_of_every_version(version: str, tmp_path: Path):
    from desktop.store.plan import StudyPlan

    data_dir = tmp_path / "data"
    restore_dump(version, data_dir)
    with Store.open(data_dir) as store:
        plan = StudyPlan(store)
        plan.catch_up()
        assert plan.catch_up() == 0
        # The exam (attempt 1) reviewed both arguments of bakery/pricing: price marked fully,
        # quality unmarked and detected missing.
        cards = {c.argument_id: c for c in plan.cards("org.example.shops", "bakery/pricing")}
        assert sorted(cards) == ["price", "quality"]
        assert not any(card.retired for card in cards.values())
        assert cards["quality"].due < cards["price"].due
        # bakery/channels left its bank: its attempt's cards retire.
        assert all(c.retired for c in plan.cards("org.example.shops", "bakery/channels"))
        # A drill can be stored now, and the mode is still checked.
        drill = store.start_attempt("org.example.shops", "bakery/pricing", Mode.DRILL)
        assert store.attempt(drill.id).mode == "drill"
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            store.db.execute("UPDATE attempts SET mode = 'bogus' WHERE id = ?", [drill.id])
        assert store.integrity() == "ok"
