"""The database schema, as numbered migrations. Never edit one that has shipped: add the next.

Each migration runs in the transaction that records it in ``_sqlite_migrations`` (sqlite-utils'
`Migrations`), so a database is always at exactly one version. `Store.open` backs the database up
before applying any, and refuses a database written by a newer Casewise. docs/store.md describes
every table.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlite_utils import Database, Migrations

_Step = Callable[[Database], None]

MIGRATIONS = Migrations("casewise")
NAMES: list[str] = []  # every migration this Casewise knows, in order


def _migration(name: str) -> Callable[[_Step], _Step]:
    NAMES.append(name)
    return MIGRATIONS(name=name)


_INITIAL = (
    """
    CREATE TABLE banks (
        id TEXT PRIMARY KEY,
        version TEXT NOT NULL,
        title TEXT NOT NULL,
        language TEXT NOT NULL,
        location TEXT NOT NULL DEFAULT '',
        imported_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    ) STRICT
    """,
    """
    CREATE TABLE questions (
        bank_id TEXT NOT NULL REFERENCES banks(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        language TEXT NOT NULL,
        position INTEGER NOT NULL,
        rubric_hash TEXT NOT NULL,
        removed_at TEXT,
        PRIMARY KEY (bank_id, key)
    ) STRICT
    """,
    """
    CREATE TABLE arguments (
        bank_id TEXT NOT NULL,
        question_key TEXT NOT NULL,
        argument_id TEXT NOT NULL,
        title TEXT NOT NULL,
        marks REAL NOT NULL,
        position INTEGER NOT NULL,
        rubric_hash TEXT NOT NULL,
        PRIMARY KEY (bank_id, question_key, argument_id),
        FOREIGN KEY (bank_id, question_key) REFERENCES questions(bank_id, key) ON DELETE CASCADE
    ) STRICT
    """,
    """
    CREATE TABLE attempts (
        id INTEGER PRIMARY KEY,
        bank_id TEXT NOT NULL,
        question_key TEXT NOT NULL,
        bank_version TEXT NOT NULL,
        mode TEXT NOT NULL CHECK (mode IN ('practice', 'exam')),
        started_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        submitted_at TEXT,
        seconds_spent REAL NOT NULL DEFAULT 0,
        rubric_hash TEXT NOT NULL,
        duplicated_from INTEGER REFERENCES attempts(id) ON DELETE SET NULL,
        deleted_at TEXT,
        FOREIGN KEY (bank_id, question_key) REFERENCES questions(bank_id, key)
    ) STRICT
    """,
    "CREATE INDEX attempts_by_question ON attempts(bank_id, question_key)",
    """
    CREATE TABLE revisions (
        id INTEGER PRIMARY KEY,
        attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
        saved_at TEXT NOT NULL,
        text TEXT NOT NULL,
        words INTEGER NOT NULL,
        score REAL,
        verdicts TEXT NOT NULL DEFAULT '[]',
        rubric_hash TEXT NOT NULL
    ) STRICT
    """,
    "CREATE INDEX revisions_by_attempt ON revisions(attempt_id, id)",
    """
    CREATE TABLE self_assessments (
        attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
        argument_id TEXT NOT NULL,
        level TEXT CHECK (level IN ('none', 'partly', 'fully')),
        detected TEXT,
        rubric_hash TEXT NOT NULL,
        PRIMARY KEY (attempt_id, argument_id)
    ) STRICT
    """,
)

_SESSIONS = (
    """
    CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        started_at TEXT NOT NULL,
        host TEXT NOT NULL,
        pid INTEGER NOT NULL
    ) STRICT
    """,
    "ALTER TABLE attempts ADD COLUMN open_in TEXT REFERENCES sessions(id) ON DELETE SET NULL",
    "ALTER TABLE attempts ADD COLUMN deleted_in TEXT",
)


@_migration("0001_initial")
def initial(db: Database) -> None:
    """Banks, questions and their rubrics; attempts, revisions and self-assessments."""
    for statement in _INITIAL:
        db.execute(statement)


@_migration("0002_sessions")
def sessions(db: Database) -> None:
    """Sessions, so that work left open by a crash is offered back and deletions can be undone."""
    for statement in _SESSIONS:
        db.execute(statement)


@_migration("0003_question_prompts")
def question_prompts(db: Database) -> None:
    """Each question's prompt, so that a question a bank update removed is still named in the
    library and its history beside the attempts it keeps."""
    db.execute("ALTER TABLE questions ADD COLUMN prompt TEXT NOT NULL DEFAULT ''")
