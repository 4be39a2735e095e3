"""Telling a running Casewise from one that crashed, across processes and platforms.

Each open `Store` is a session. It holds an exclusive SQLite lock on its own small file,
``sessions/<id>.lock``, for as long as it runs. The operating system drops that lock when the
process ends in any way, a crash or a power cut included, so a session is alive exactly when its
lock cannot be taken. A clean exit deletes the file; a file left behind is a crashed session.

SQLite's locks are used rather than ``fcntl`` or ``msvcrt`` because they behave the same on every
platform SQLite runs on, including between two stores in one process.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from desktop.store.paths import SESSIONS

_SUFFIX = ".lock"


class SessionLock:
    """The lock that says "this session is running". Release it on a clean exit."""

    def __init__(self, data_dir: Path, session_id: str) -> None:
        self.session_id = session_id
        self.path = lock_path(data_dir, session_id)
        self.path.parent.mkdir(exist_ok=True)
        self._conn: sqlite3.Connection | None = sqlite3.connect(
            self.path, timeout=0, isolation_level=None
        )
        try:
            _lock(self._conn)
        except BaseException:
            self._conn.close()
            self._conn = None
            raise

    def release(self) -> None:
        """Drop the lock and delete the file: the session ended cleanly."""
        if self._conn is None:
            return
        self._conn.execute("ROLLBACK")
        self._conn.close()
        self._conn = None
        self.path.unlink(missing_ok=True)

    def abandon(self) -> None:
        """Drop the lock but leave the file, as a crash would. For tests of crash recovery."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def _lock(conn: sqlite3.Connection) -> None:
    # The journal stays in memory: nothing is ever written, and no journal file is left behind.
    conn.execute("PRAGMA journal_mode = MEMORY")
    conn.execute("BEGIN EXCLUSIVE")


def lock_path(data_dir: Path, session_id: str) -> Path:
    """Where a session keeps its lock."""
    return data_dir / SESSIONS / f"{session_id}{_SUFFIX}"


def is_alive(data_dir: Path, session_id: str) -> bool:
    """Whether the session is running now, in this process or any other."""
    path = lock_path(data_dir, session_id)
    if not path.exists():
        return False  # it ended cleanly, or its folder was cleared
    try:
        conn = sqlite3.connect(path, timeout=0, isolation_level=None)
    except sqlite3.Error:
        return False
    try:
        _lock(conn)
    except sqlite3.OperationalError:
        return True  # locked: its owner is running (or, if unsure, we let it be)
    else:
        conn.execute("ROLLBACK")
        return False
    finally:
        conn.close()


def live_sessions(data_dir: Path) -> list[str]:
    """The ids of the sessions running on this data folder now."""
    folder = data_dir / SESSIONS
    if not folder.is_dir():
        return []
    ids = sorted(p.name[: -len(_SUFFIX)] for p in folder.glob(f"*{_SUFFIX}"))
    return [i for i in ids if is_alive(data_dir, i)]


def forget(data_dir: Path, session_id: str) -> None:
    """Delete a crashed session's lock file, once its work has been dealt with."""
    if not is_alive(data_dir, session_id):
        with contextlib.suppress(OSError):
            lock_path(data_dir, session_id).unlink(missing_ok=True)
