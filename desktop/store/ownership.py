"""Whether the files in the data folder are the store Casewise left there, before adopting them.

SQLite opens whatever it finds: an empty file as a new database (and deletes the log beside it),
another database's ``-wal`` log as this one's (and, on closing, copies its pages over this
database), another program's database as a place to add tables to. `Store.open` asks here first
and raises `CorruptStoreError` (with ``foreign=True``) for a store that is not Casewise's as it
left it, so that the restore dialog offers the backups instead of a silently fresh store:

- **the file**: an empty or missing ``casewise.db`` while backups of it exist, or while a log
  lies beside it, is refused. With neither (a first start, or a start that died before writing
  anything), there is nothing to lose and the store starts afresh.
- **the log**: a ``-wal`` left when no Casewise runs on the folder (a crash) is replayed on a
  copy first. It is refused when the copy fails SQLite's check (a log that does not fit this
  database, as when the database was replaced by an older copy) or when the copy is another
  database than the file alone (another store's log). A store is known by the time its first
  migration was applied, to the microsecond, as ``_sqlite_migrations`` records it. When the log
  is refused and the database alone is sound, a checked backup of it (``without-log``) is taken,
  so the dialog offers the work it holds.
- **the schema**: a database with tables but no Casewise migrations is another program's; one
  whose tables, indexes or triggers differ from what its migrations make was changed outside
  Casewise.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from datetime import datetime
from functools import cache
from pathlib import Path

from sqlite_utils import Database

from desktop.store.backups import check_file, list_backups, make_backup
from desktop.store.errors import CorruptStoreError, from_os_error
from desktop.store.migrations import MIGRATIONS, NAMES
from desktop.store.sessions import live_sessions

WAL_HEADER = 32  # bytes: a log no longer than its header holds no page
WITHOUT_LOG = "without-log"  # the reason of the backup taken when a log is refused

Schema = dict[tuple[str, str], str]  # (type, name) -> its SQL, whitespace folded


def check_files(data_dir: Path, database: Path, now: Callable[[], datetime]) -> None:
    """Refuse an empty, missing or foreign-logged database file that has work to lose.

    Args:
        data_dir: the data folder.
        database: ``casewise.db`` in it.
        now: the time to name a ``without-log`` backup by.

    Raises:
        CorruptStoreError: the file or its log is not the store Casewise left (``foreign``).
        UserError: the log could not be checked (a full disk, an unreadable file).
    """
    log = Path(f"{database}-wal")
    has_log = log.exists() and log.stat().st_size > WAL_HEADER
    empty = not database.exists() or database.stat().st_size == 0
    if empty:
        if has_log:
            refuse(
                data_dir, f"the database file is empty or missing, but its log {log.name} is not"
            )
        if list_backups(data_dir):
            what = "empty" if database.exists() else "missing"
            refuse(data_dir, f"the database file is {what}, but there are backups of it")
        return
    if not has_log or live_sessions(data_dir):
        return  # no log to replay, or a running Casewise is writing it: it is theirs
    alone = identity(database, immutable=True)
    try:
        verdict, replayed = _replay(data_dir, database, log)
    except OSError as exc:
        raise from_os_error(exc, data_dir) from exc
    if verdict != "ok":
        problem = f"the log file {log.name} beside it does not fit it (SQLite says: {verdict})"
    elif alone is not None and replayed != alone:
        problem = f"the log file {log.name} beside it belongs to another database"
    else:
        return
    _keep_without_log(data_dir, database, now())
    refuse(data_dir, problem)


def check_schema(db: Database, data_dir: Path) -> None:
    """Refuse another program's database, or one whose schema was changed outside Casewise.

    A database written by a newer Casewise (a migration this one does not know) is left to the
    migrations' own refusal, which says to update.

    Raises:
        CorruptStoreError: the schema is not one Casewise made (``foreign``).
    """
    found = schema_of(db)
    if not found:
        return  # a new database: the migrations make its tables
    try:
        applied = [m.name for m in MIGRATIONS.applied(db)]
    except sqlite3.Error:
        applied = []
    if not applied:
        refuse(data_dir, "it holds another program's tables, not Casewise's")
    if any(name not in NAMES for name in applied):
        return
    if applied != NAMES[: len(applied)]:
        refuse(data_dir, "its record of migrations was changed outside Casewise")
    expected = expected_schema(len(applied))
    found.pop(("table", MIGRATIONS.migrations_table), None)  # sqlite-utils' own, its to change
    differing = sorted(
        {key[1] for key in expected.keys() | found.keys() if expected.get(key) != found.get(key)}
    )
    if differing:
        refuse(data_dir, f"its schema was changed outside Casewise ({', '.join(differing)})")


def refuse(data_dir: Path, problem: str) -> None:
    """Raise the `CorruptStoreError` for a store that is not ours, with the backups to offer."""
    raise CorruptStoreError(data_dir, list_backups(data_dir), problem, foreign=True)


def identity(path: Path, *, immutable: bool = False) -> str | None:
    """When the store at `path` was made (its first migration's time), or None when it cannot
    be read or is not a Casewise store.

    Args:
        path: the database.
        immutable: read the file alone, ignoring any log beside it and changing nothing.
    """
    query = "?immutable=1" if immutable else ""
    try:
        conn = sqlite3.connect(f"{path.absolute().as_uri()}{query}", uri=True)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute(
            f"SELECT applied_at FROM {MIGRATIONS.migrations_table} "
            "WHERE migration_set = ? ORDER BY rowid LIMIT 1",
            [MIGRATIONS.name],
        ).fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return None if row is None else str(row[0])


def schema_of(db: Database) -> Schema:
    """The database's tables, indexes, triggers and views, SQLite's own left out."""
    rows = db.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return {(kind, name): " ".join(str(sql).split()) for kind, name, sql in rows}


@cache
def expected_schema(migrations: int) -> Schema:
    """The schema the first `migrations` migrations make, without sqlite-utils' own table."""
    db = Database(memory=True)
    try:
        stop = NAMES[migrations] if migrations < len(NAMES) else None
        MIGRATIONS.apply(db, stop_before=stop)
        schema = schema_of(db)
    finally:
        db.close()
    schema.pop(("table", MIGRATIONS.migrations_table), None)
    return schema


def _replay(data_dir: Path, database: Path, log: Path) -> tuple[str, str | None]:
    """Replay the log on a copy of the database: SQLite's verdict on it, and its identity."""
    with _scratch(data_dir) as folder:
        copy = folder / database.name
        shutil.copyfile(database, copy)
        shutil.copyfile(log, Path(f"{copy}-wal"))
        verdict = check_file(copy, access="read-write")
        return verdict, identity(copy) if verdict == "ok" else None


def _keep_without_log(data_dir: Path, database: Path, now: datetime) -> None:
    """Back up the database alone, when it is a sound store, so that its work is offered."""
    if identity(database, immutable=True) is None:
        return
    conn = sqlite3.connect(f"{database.absolute().as_uri()}?immutable=1", uri=True)
    try:
        if check_file(database, access="immutable") == "ok":
            with contextlib.suppress(CorruptStoreError):  # damaged after all: nothing to keep
                make_backup(conn, data_dir, WITHOUT_LOG, now)
    finally:
        conn.close()


@contextlib.contextmanager
def _scratch(data_dir: Path) -> Iterator[Path]:
    # In the data folder: the copy is as large as the database, and that disk holds one already.
    with tempfile.TemporaryDirectory(prefix=".checking-", dir=data_dir) as folder:
        yield Path(folder)
