"""What to offer when the study database is damaged: the backups that can be restored.

Qt-free: the start-up dialog (`desktop.ui.recovery_dialog`) lists `choices`, preselects
`newest_sound`, and calls `restore` on the student's confirmation. Every backup is checked again
here, because a file can be damaged after it was written (a failing disk, a bad copy); a damaged
backup is listed, so the student sees it exists, but cannot be chosen.

>>> offered = choices(error.data_dir)             # doctest: +SKIP
>>> restore(error.data_dir, newest_sound(offered))  # doctest: +SKIP
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.store.backups import check_file, list_backups, restore_backup, work_in
from desktop.store.records import Backup

KEPT_AS = "corrupt"


@dataclass(frozen=True, slots=True)
class BackupChoice:
    """A backup as the recovery dialog lists it."""

    backup: Backup
    verdict: str  # "ok", or what is wrong with the file
    size: int

    @property
    def sound(self) -> bool:
        """Whether this backup can be restored."""
        return self.verdict == "ok"


def choices(data_dir: Path) -> list[BackupChoice]:
    """Every backup in the data folder, newest first, each checked."""
    found = []
    for backup in list_backups(data_dir):
        try:
            size = backup.path.stat().st_size
        except OSError as exc:
            found.append(BackupChoice(backup, exc.strerror or str(exc), 0))
            continue
        found.append(BackupChoice(backup, check_file(backup.path), size))
    return found


def newest_sound(offered: list[BackupChoice]) -> BackupChoice | None:
    """The backup to preselect: the one taken last that passes its check.

    Backups named before they were numbered have only their dates to order them, and a clock
    once set wrong makes those lie: among such backups alone, the one holding the most work.
    """
    sound = [choice for choice in offered if choice.sound]
    if not sound or sound[0].backup.number:
        return sound[0] if sound else None
    return max(sound, key=lambda choice: work_in(choice.backup.path))


def restore(data_dir: Path, choice: BackupChoice, now: datetime | None = None) -> Path | None:
    """Restore `choice`, keeping the damaged database aside as ``casewise.db.corrupt-<time>``.

    Returns:
        Where the damaged database was kept, or None when there was none.

    Raises:
        UserError: another Casewise uses the folder, the backup is damaged, or the folder
            cannot be written; nothing was changed.
    """
    return restore_backup(data_dir, choice.backup.path, now, kept_as=KEPT_AS)
