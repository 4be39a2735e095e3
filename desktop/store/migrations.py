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


_STUDY_PLAN = (
    # Each argument of each question the student has attempted is a card of the study plan.
    """
    CREATE TABLE cards (
        id INTEGER PRIMARY KEY,
        bank_id TEXT NOT NULL,
        question_key TEXT NOT NULL,
        argument_id TEXT NOT NULL,
        state INTEGER NOT NULL,
        step INTEGER,
        stability REAL,
        difficulty REAL,
        due TEXT NOT NULL,
        last_review TEXT,
        rubric_hash TEXT NOT NULL,
        changed_at TEXT,
        retired_at TEXT,
        UNIQUE (bank_id, question_key, argument_id),
        FOREIGN KEY (bank_id, question_key) REFERENCES questions(bank_id, key)
    ) STRICT
    """,
    "CREATE INDEX cards_by_due ON cards(due) WHERE retired_at IS NULL",
    # One review of one card by one submitted attempt: the log the schedule is replayed from.
    """
    CREATE TABLE reviews (
        id INTEGER PRIMARY KEY,
        card_id INTEGER NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
        attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
        reviewed_at TEXT NOT NULL,
        rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
        basis TEXT NOT NULL CHECK (basis IN ('self', 'detected')),
        rubric_hash TEXT NOT NULL,
        stability REAL,
        difficulty REAL,
        UNIQUE (attempt_id, card_id)
    ) STRICT
    """,
    "CREATE INDEX reviews_by_card ON reviews(card_id, reviewed_at)",
    """
    CREATE TABLE plan_settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        desired_retention REAL NOT NULL CHECK (desired_retention > 0 AND desired_retention < 1)
    ) STRICT
    """,
    "INSERT INTO plan_settings VALUES (1, 0.9)",
    """
    CREATE TABLE pauses (
        id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        ended_at TEXT
    ) STRICT
    """,
)


@_migration("0004_study_plan")
def study_plan(db: Database) -> None:
    """Recall drills (mode ``drill``), and the study plan: cards, their review log, the desired
    retention and pauses. The app fills the plan from the attempts made before (see
    `desktop.store.plan.catch_up`)."""
    # SQLite cannot alter a CHECK constraint. Widening it leaves every stored row valid, so the
    # schema's text is edited in place, as sqlite.org's "ALTER TABLE" page describes for such
    # changes; rebuilding the table would cascade-delete every revision (foreign keys are on).
    version = db.execute("PRAGMA schema_version").fetchone()[0]
    db.execute("PRAGMA writable_schema = ON")
    try:
        (sql,) = db.execute(
            "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'attempts'"
        ).fetchone()
        old = "CHECK (mode IN ('practice', 'exam'))"
        if old not in sql:
            raise RuntimeError(f"unexpected schema of attempts: {sql}")
        widened = sql.replace(old, "CHECK (mode IN ('practice', 'exam', 'drill'))")
        db.execute(
            "UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = 'attempts'",
            [widened],
        )
        db.execute(f"PRAGMA schema_version = {int(version) + 1}")
    finally:
        db.execute("PRAGMA writable_schema = OFF")
    for statement in _STUDY_PLAN:
        db.execute(statement)
