"""The student's data store: attempts, revisions, self-assessments, progress and backups.

Qt-free: the window drives it, tests and the ``casewise`` command use it directly. See
docs/store.md for the schema, the migration and backup policy, and what autosave guarantees.
"""

from __future__ import annotations

from desktop.store.autosave import AutosavePolicy, Autosaver
from desktop.store.backups import list_backups, restore_backup
from desktop.store.db import Store
from desktop.store.errors import (
    AttemptGoneError,
    AttemptOpenError,
    CorruptStoreError,
    DiskFullError,
)
from desktop.store.paths import data_dir, default_data_dir
from desktop.store.records import (
    ArgumentVerdict,
    Attempt,
    Backup,
    BankImport,
    BankRecord,
    QuestionProgress,
    QuestionRecord,
    Revision,
    RunningSession,
    WeakArgument,
)
from desktop.store.rubric import argument_hash, changed_arguments, rubric_hash

__all__ = [
    "ArgumentVerdict",
    "Attempt",
    "AttemptGoneError",
    "AttemptOpenError",
    "AutosavePolicy",
    "Autosaver",
    "Backup",
    "BankImport",
    "BankRecord",
    "CorruptStoreError",
    "DiskFullError",
    "QuestionProgress",
    "QuestionRecord",
    "Revision",
    "RunningSession",
    "Store",
    "WeakArgument",
    "argument_hash",
    "changed_arguments",
    "data_dir",
    "default_data_dir",
    "list_backups",
    "restore_backup",
    "rubric_hash",
]
