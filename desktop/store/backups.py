"""Backups of the study database: taken, checked, thinned and restored.

A backup is taken with ``VACUUM INTO`` (a consistent copy, even while another window writes),
written under a temporary name, checked with ``PRAGMA quick_check`` and only then given its final
name, so a file named like a backup is always a sound one. Casewise takes one before every
migration, before an import that rewrites a bank's questions, and once a day on start.

Backups go by the order they were taken, not by the clock alone: each one's name starts with a
number one higher than any before it (``casewise-000042-<UTC time>Z-<reason>.db``), and "newest"
means taken last. A clock set to 2099 for one start thus neither stops the daily backups (a
newest backup dated in the future is not "less than a day old") nor makes that backup the one
offered after damage once later ones exist. Backups named before the numbering came before all
numbered ones, in the order of their times; among those alone, the one offered after damage is
the one holding the most work (`work_in`), since their dates are all that orders them.

Thinning keeps the `KEEP_NEWEST` backups taken last, and of the older ones the one taken last in
each calendar week, for the `KEEP_WEEKS` most recent weeks that have one.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from casebank.errors import UserError
from desktop.store.errors import CorruptStoreError, from_os_error, from_sqlite
from desktop.store.paths import BACKUPS, DATABASE, make_private
from desktop.store.records import Backup
from desktop.store.sessions import live_sessions

KEEP_NEWEST = 5
KEEP_WEEKS = 12
_NAME = re.compile(r"^casewise-(?:(\d{6,})-)?(\d{8}T\d{6})Z(?:\.(\d+))?-([a-z0-9-]+)\.db$")


def backups_dir(data_dir: Path) -> Path:
    """The folder holding the backups."""
    return data_dir / BACKUPS


def list_backups(data_dir: Path) -> list[Backup]:
    """The backups in the data folder, the one taken last first (see the module's notes)."""
    return [backup for _, backup in _numbered(data_dir)]


def work_in(path: Path) -> int:
    """How much work a backup holds: its newest revision's id (ids only grow as work is saved),
    or -1 when it cannot be read."""
    try:
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?immutable=1", uri=True)
    except sqlite3.Error:
        return -1
    try:
        row = conn.execute("SELECT coalesce(max(id), 0) FROM revisions").fetchone()
    except sqlite3.Error:
        return -1
    finally:
        conn.close()
    return int(row[0])


def _numbered(data_dir: Path) -> list[tuple[int, Backup]]:
    """The backups with their numbers (0 for those named before numbering), taken last first."""
    folder = backups_dir(data_dir)
    if not folder.is_dir():
        return []
    found: list[tuple[tuple[int, datetime, int], Backup]] = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match is None or not path.is_file():
            continue
        created = datetime.strptime(match[2], "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
        order = (int(match[1] or 0), created, int(match[3] or 0))
        found.append((order, Backup(path, created, match[4], order[0])))
    found.sort(key=lambda item: item[0], reverse=True)
    return [(order[0], backup) for order, backup in found]


_ACCESS = {"read-only": "?mode=ro", "read-write": "", "immutable": "?immutable=1"}


def check_file(
    path: Path, *, access: Literal["read-only", "read-write", "immutable"] = "read-only"
) -> str:
    """``ok`` if the file is a sound SQLite database, otherwise what is wrong with it.

    Args:
        path: the file.
        access: how to open it: ``read-write`` replays a log beside it (on a copy, say);
            ``immutable`` reads the file alone, ignoring any log and changing nothing.
    """
    try:
        conn = sqlite3.connect(f"{path.absolute().as_uri()}{_ACCESS[access]}", uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()
    result = "; ".join(str(row[0]) for row in rows)
    return "ok" if result == "ok" else result


def make_backup(conn: sqlite3.Connection, data_dir: Path, reason: str, now: datetime) -> Backup:
    """Copy the database into the backups folder, check the copy and thin the folder.

    Args:
        conn: a connection to the database, outside any transaction.
        data_dir: the data folder.
        reason: a word for the file name, such as ``before-migration`` or ``daily``.
        now: the time to name the backup by.

    Raises:
        DiskFullError: no room for the copy; nothing was changed.
        CorruptStoreError: the copy fails its check, so the database itself is damaged.
    """
    folder = backups_dir(data_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise from_os_error(exc, data_dir) from exc
    number = max((n for n, _ in _numbered(data_dir)), default=0) + 1
    target = _free_name(folder, number, reason, now)
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    try:
        make_private(partial)
        conn.execute("VACUUM INTO ?", (str(partial),))
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise from_os_error(exc, data_dir) from exc
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        error = from_sqlite(exc, data_dir, list_backups(data_dir))
        if error is None:
            raise
        raise error from exc
    verdict = check_file(partial)
    if verdict != "ok":
        partial.unlink(missing_ok=True)
        raise CorruptStoreError(data_dir, list_backups(data_dir), verdict)
    partial.replace(target)
    backup = Backup(target, now.astimezone(UTC).replace(microsecond=0), reason, number)
    for old in thinned(list_backups(data_dir)):
        with contextlib.suppress(OSError):
            old.path.unlink()
    return backup


def thinned(backups: list[Backup]) -> list[Backup]:
    """The backups thinning removes, from a list in the order `list_backups` gives.

    Keeps the `KEEP_NEWEST` taken last; of the rest, the one taken last in each calendar week,
    for the `KEEP_WEEKS` most recent weeks that have one. The weeks are counted, not measured
    from the newest backup's date: a backup dated 2099 takes one week's place, not every week.
    """
    weeks_kept: set[tuple[int, int]] = set()
    remove = []
    for backup in backups[KEEP_NEWEST:]:
        week = backup.created.isocalendar()[:2]
        if week not in weeks_kept and len(weeks_kept) < KEEP_WEEKS:
            weeks_kept.add(week)  # the first met in its week is the one taken last in it
        else:
            remove.append(backup)
    return remove


def restore_backup(
    data_dir: Path, backup: Path, now: datetime | None = None, *, kept_as: str = "replaced"
) -> Path | None:
    """Put a backup in place of the database, keeping the current file beside it.

    Args:
        data_dir: the data folder.
        backup: the backup to restore, usually `CorruptStoreError.backups[0].path`.
        now: the time to name the kept file by.
        kept_as: what the kept file's name says it was: ``replaced``, or ``corrupt`` when a
            damaged database is being replaced.

    Returns:
        Where the replaced database was moved (``casewise.db.<kept_as>-<time>``), or None when
        there was none.

    Raises:
        UserError: another Casewise is running on the folder, the backup is damaged too, or
            the folder cannot be written.
    """
    if live_sessions(data_dir):
        raise UserError(
            "another Casewise window is using this data folder: close it, then restore the backup"
        )
    verdict = check_file(backup)
    if verdict != "ok":
        raise UserError(f"the backup {backup.name} is damaged too ({verdict}): choose an older one")
    stamp = f"{(now or datetime.now(UTC)).astimezone(UTC):%Y%m%dT%H%M%SZ}"
    database = data_dir / DATABASE
    kept = data_dir / f"{DATABASE}.{kept_as}-{stamp}"
    incoming = data_dir / f".{DATABASE}.restoring"
    replaced = database.exists()
    try:
        incoming.unlink(missing_ok=True)
        make_private(incoming)
        shutil.copyfile(backup, incoming)
        for suffix in ("", "-wal", "-shm"):
            current = Path(f"{database}{suffix}")
            if current.exists():
                current.replace(Path(f"{kept}{suffix}"))
        incoming.replace(database)
    except OSError as exc:
        incoming.unlink(missing_ok=True)
        raise from_os_error(exc, data_dir) from exc
    return kept if replaced else None


def _free_name(folder: Path, number: int, reason: str, now: datetime) -> Path:
    slug = re.sub(r"[^a-z0-9-]+", "-", reason.lower()).strip("-") or "backup"
    stamp = f"{number:06}-{now.astimezone(UTC):%Y%m%dT%H%M%S}Z"
    path = folder / f"casewise-{stamp}-{slug}.db"
    counter = 1
    while path.exists():  # two windows numbering a backup at the same moment
        path = folder / f"casewise-{stamp}.{counter}-{slug}.db"
        counter += 1
    return path
