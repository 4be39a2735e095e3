"""Where the student's data lives: the platform's user data folder, unless they say otherwise."""

from __future__ import annotations

from pathlib import Path

import platformdirs

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
