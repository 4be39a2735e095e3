"""Where the student's data lives: the platform's user data folder, unless they say otherwise."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import platformdirs

from casebank.atomic import PRIVATE

APP_NAME = "Casewise"
DATABASE = "casewise.db"
BACKUPS = "backups"
SESSIONS = "sessions"


def default_data_dir() -> Path:
    """The platform's data folder for Casewise, e.g. ``~/.local/share/Casewise`` on Linux."""
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def data_dir(override: Path | str | None = None) -> Path:
    """The data folder to use: `override` (``--data-dir``) when given, else the default.

    Nothing is created here; `Store.open` creates the folder and says clearly when it cannot.
    """
    if override is not None and str(override) != "":
        return Path(override).expanduser().absolute()
    return default_data_dir()


def make_private(path: Path) -> None:
    """Create `path` empty unless it exists, and make it readable and writable by its owner
    alone: the database and its backups are the student's, whatever their umask lets others read.

    SQLite gives a database's log files (``-wal``, ``-shm``) the mode of the database, so they
    follow. ``VACUUM INTO`` writes into an existing empty file.
    """
    handle = os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE)
    os.close(handle)
    # An older Casewise left its files as the umask made them. A file system without Unix
    # permissions (a FAT stick) refuses the change; there is nothing more to do about it there.
    with contextlib.suppress(OSError):
        path.chmod(PRIVATE)
