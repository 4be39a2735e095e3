"""The store's user errors, and how SQLite's and the file system's failures become them.

A full disk, a folder the student may not write to, or a damaged database are things the student
can act on, so they become a `UserError` whose message says what to do. Anything else SQLite
raises (a syntax error, a broken constraint) is a bug in Casewise and is left to propagate.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from casebank.errors import UserError
from desktop.store.records import Backup

# Below this much room left, an I/O error in the data folder is taken for a full disk.
NEARLY_FULL = 1 << 20


class DiskFullError(UserError):
    """The disk is full. Nothing was written; the last good revision is still there."""


class AttemptOpenError(UserError):
    """The attempt is open for writing in a Casewise window, so it cannot be changed from here.

    Another window may read it; deleting or editing it waits until that window leaves it.
    """


class AttemptGoneError(KeyError):
    """The attempt is no longer in the store, or it was deleted (another window, or an older
    Casewise, deleted it for good). `desktop.session` keeps the text in a new attempt."""


class CorruptStoreError(UserError):
    """The database is damaged, or not the one Casewise left there (`foreign`: an empty file,
    another database's log, another program's tables). `backups` lists the backups to offer,
    newest first."""

    def __init__(
        self, data_dir: Path, backups: Sequence[Backup], detail: str = "", *, foreign: bool = False
    ) -> None:
        self.data_dir = data_dir
        self.backups = tuple(backups)
        self.detail = detail  # what SQLite's check (or Casewise's) found, for the curious
        self.foreign = foreign
        if self.backups:
            newest = self.backups[0]
            advice = (
                f"restore the newest backup, from {newest.created:%Y-%m-%d %H:%M} UTC "
                f"({newest.path.name}); the damaged file is kept beside it"
            )
        else:
            advice = (
                "there is no backup to restore; move the file away to start afresh, "
                "or keep it for someone who can repair SQLite databases"
            )
        why = f" ({detail})" if detail else ""
        if foreign:
            what = f"is not the one Casewise left there{why}, so Casewise does not use it"
        else:
            what = f"is damaged{why}"
        super().__init__(f"the study database in {data_dir} {what}: {advice}")


def not_writable(data_dir: Path, detail: str) -> UserError:
    """The data folder cannot be created or written."""
    return UserError(
        f"cannot write to the data folder {data_dir} ({detail}): check that it exists and that "
        "you may write to it, or start Casewise with --data-dir pointing to another folder"
    )


def disk_full(data_dir: Path, *, opening: bool = False) -> DiskFullError:
    """The disk holding the data folder is full (`opening`: found while opening the store)."""
    if opening:
        return DiskFullError(
            f"the disk holding {data_dir} is full, so Casewise cannot open its study data: free "
            "some space and start Casewise again; everything saved before is safe"
        )
    return DiskFullError(
        f"the disk holding {data_dir} is full, so your latest changes are not saved yet: free "
        "some space and Casewise saves them again; everything saved before is safe"
    )


def no_room(data_dir: Path) -> bool:
    """Whether the disk holding the data folder has (next to) no room left."""
    try:
        return shutil.disk_usage(data_dir).free < NEARLY_FULL
    except OSError:
        return False


def from_os_error(exc: OSError, data_dir: Path) -> UserError:
    """The user error for a failed file operation in the data folder."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return disk_full(data_dir)
    return not_writable(data_dir, exc.strerror or str(exc))


def from_sqlite(exc: sqlite3.Error, data_dir: Path, backups: Sequence[Backup]) -> UserError | None:
    """The user error for a SQLite failure, or None when the failure is a bug in Casewise.

    Args:
        exc: what SQLite raised.
        data_dir: the data folder, named in the message.
        backups: the backups to offer if the database turns out to be damaged.
    """
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary == sqlite3.SQLITE_FULL:
        return disk_full(data_dir)
    if primary in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM):
        return not_writable(data_dir, str(exc))
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return UserError(
            f"another Casewise window kept the data folder {data_dir} busy for too long: "
            "try again, and close the other window if this happens again"
        )
    if primary in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return CorruptStoreError(data_dir, backups, str(exc))
    if primary == sqlite3.SQLITE_IOERR and no_room(data_dir):
        # SQLite reports a full disk as an I/O error where it cannot grow its shared-memory
        # file (SQLITE_IOERR_SHMSIZE) or write its log: the errno is lost on the way.
        return disk_full(data_dir)
    if primary == sqlite3.SQLITE_IOERR:
        return UserError(
            f"the disk reported an error while Casewise used {data_dir} ({exc}): check the disk "
            "and try again; everything saved before is safe"
        )
    return None
