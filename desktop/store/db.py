"""The student's study data: banks, attempts with their revisions, self-assessments and progress.

One SQLite file, ``casewise.db`` in the data folder, reached through sqlite-utils. Every save is one
``BEGIN IMMEDIATE`` transaction, so a crash, a full disk or a second Casewise window leaves the
database as it was before the save or after it, never in between. A `Store` is one connection and
belongs to the thread that opened it; open another `Store` for another thread.

>>> store = Store.open(data_dir("/tmp/casewise-demo"))                  # doctest: +SKIP
>>> store.import_bank(bank)                                             # doctest: +SKIP
>>> attempt = store.start_attempt(bank.id, "amazon/platforms", "practice")  # doctest: +SKIP
>>> store.save_revision(attempt.id, text, check(question, text))        # doctest: +SKIP
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import tempfile
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, cast

from sqlite_utils import Database

from casebank.coverage import Coverage
from casebank.errors import UserError
from casebank.model import Bank
from casebank.vocabulary import Mode, SelfAssessment
from casebank.words import count_words
from desktop.store import ownership, plan, sessions
from desktop.store.backups import check_file, list_backups, make_backup
from desktop.store.errors import (
    AttemptGoneError,
    AttemptOpenError,
    CorruptStoreError,
    DiskFullError,
    disk_full,
    from_os_error,
    from_sqlite,
)
from desktop.store.migrations import MIGRATIONS, NAMES
from desktop.store.paths import DATABASE, make_private
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
    parse_verdicts,
)
from desktop.store.rubric import argument_hash, rubric_hash

Clock = Callable[[], datetime]
Row = dict[str, Any]

# How long a save waits for another Casewise window to finish its own save before giving up.
BUSY_TIMEOUT = 10.0
# A database with attempts gets a backup on start when its newest backup is older than this.
DAILY_BACKUP = timedelta(days=1)

_ATTEMPT = """
SELECT a.id, a.bank_id, a.bank_version, a.question_key, a.mode, a.started_at, a.updated_at,
       a.submitted_at, a.seconds_spent, a.rubric_hash, a.duplicated_from, a.deleted_at,
       a.open_in, q.rubric_hash AS current_rubric_hash,
       r.text, r.words, r.score, r.verdicts,
       (SELECT count(*) FROM revisions WHERE attempt_id = a.id) AS revision_count
FROM attempts AS a
JOIN questions AS q ON q.bank_id = a.bank_id AND q.key = a.question_key
LEFT JOIN revisions AS r ON r.id = (SELECT max(id) FROM revisions WHERE attempt_id = a.id)
"""

# The dashboard's one rule (docs/store.md, *Progress and the dashboard*): in a submitted attempt,
# the detection and the student's own mark each say missed (0), partly (1) or made (2), or nothing
# (not assessed; an argument only the student can judge). The argument's outcome is the lower of
# the two: weak when either says it was missed or partly made. Where both speak and differ, they
# disagree, and the dashboard says so.
_WEAKEST = """
WITH said AS (
    SELECT s.attempt_id, s.argument_id, s.rubric_hash,
           CASE s.detected WHEN 'missing' THEN 0 WHEN 'partly' THEN 1
                           WHEN 'covered' THEN 2 END AS found,
           CASE s.level WHEN 'none' THEN 0 WHEN 'partly' THEN 1 WHEN 'fully' THEN 2 END AS own
    FROM self_assessments AS s
), outcomes AS (
    SELECT attempt_id, argument_id, rubric_hash,
           CASE WHEN found IS NULL THEN own WHEN own IS NULL THEN found
                ELSE min(found, own) END AS outcome,
           coalesce(found != own, 0) AS disagree
    FROM said
)
SELECT a.bank_id, a.question_key, o.argument_id, ar.title, ar.position,
       count(*) AS attempts,
       sum(o.outcome = 0) AS missed,
       sum(o.outcome = 1) AS partly,
       sum(o.disagree) AS disagreed,
       max(a.submitted_at) AS last_at
FROM outcomes AS o
JOIN attempts AS a ON a.id = o.attempt_id
JOIN questions AS q ON q.bank_id = a.bank_id AND q.key = a.question_key
JOIN arguments AS ar ON ar.bank_id = a.bank_id AND ar.question_key = a.question_key
     AND ar.argument_id = o.argument_id AND ar.rubric_hash = o.rubric_hash
WHERE a.deleted_at IS NULL AND a.submitted_at IS NOT NULL AND q.removed_at IS NULL
      AND o.outcome IS NOT NULL AND (:bank IS NULL OR a.bank_id = :bank)
GROUP BY a.bank_id, a.question_key, o.argument_id
HAVING missed > 0 OR partly > 0
ORDER BY missed DESC, CAST(missed AS REAL) / count(*) DESC, partly DESC, last_at DESC,
         a.bank_id, a.question_key, ar.position
LIMIT :limit
"""


# An attempt that never got a word: not handed in, and no revision with a word in it. Closing such
# an attempt drops it (a Practice click that led nowhere is no history worth keeping).
_WORDLESS = """attempts.submitted_at IS NULL AND NOT EXISTS (
    SELECT 1 FROM revisions WHERE revisions.attempt_id = attempts.id AND revisions.words > 0)"""


def utc_now() -> datetime:
    """The current time in UTC: the store's default clock."""
    return datetime.now(UTC)


class Store:
    """The study data in one data folder. Open it with `Store.open`; `close` it on exit.

    Closing is what marks a clean exit: attempts still open in a session that did not close are
    offered back by `unsaved_work` on the next start, and deletions are final only then.
    """

    def __init__(
        self, data_dir: Path, db: Database, lock: sessions.SessionLock, clock: Clock
    ) -> None:
        self.data_dir = data_dir
        self.db = db
        self.session_id = lock.session_id
        self._lock: sessions.SessionLock | None = lock
        self._clock = clock
        self._file = _file_id(data_dir / DATABASE)  # the file this store has open
        self.rewritten = 0  # how often the database was found deleted and written back

    # -- opening and closing -------------------------------------------------------------------

    @classmethod
    def open(cls, data_dir: Path | str, *, clock: Clock = utc_now) -> Store:
        """Open (or create) the store in `data_dir`, migrating it if needed.

        Before any migration the database is backed up and the backup checked. A database with
        attempts is also backed up once a day.

        Raises:
            UserError: the folder cannot be created or written, or the database was written by a
                newer Casewise.
            CorruptStoreError: the database is damaged, or not the store Casewise left there
                (`desktop.store.ownership`); it carries the backups to offer.
            DiskFullError: no room to create or migrate the database.
        """
        data_dir = Path(data_dir)
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryFile(dir=data_dir):
                pass  # a folder we can list but not write fails here, with a clear message
        except OSError as exc:
            raise from_os_error(exc, data_dir) from exc
        path = data_dir / DATABASE
        conn: sqlite3.Connection | None = None
        lock: sessions.SessionLock | None = None
        try:
            with guarded(data_dir):
                ownership.check_files(data_dir, path, clock)
                existed = path.exists() and path.stat().st_size > 0
                for private in (path, *_logs_of(path)):
                    make_private(private)
                conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT)
                db = Database(conn, execute_plugins=False)
                ownership.check_schema(db, data_dir)  # before anything is written into it
                _configure(db, data_dir, check=existed)
                _migrate(db, data_dir, clock)
                _backup_if_due(db, data_dir, clock)
                lock = sessions.SessionLock(data_dir, uuid.uuid4().hex)
                store = cls(data_dir, db, lock, clock)
                store._begin_session()
            return store
        except DiskFullError as exc:
            _abandon(lock, conn)
            raise disk_full(data_dir, opening=True) from exc  # there are no changes to lose yet
        except BaseException:
            _abandon(lock, conn)
            raise

    def close(self) -> None:
        """Close cleanly: purge this session's deletions, close its attempts, end the session."""
        if self._lock is None:
            return
        try:
            with self._write() as db:
                db.execute("DELETE FROM attempts WHERE deleted_in = ?", [self.session_id])
                open_ids = [
                    row["id"]
                    for row in db.query(
                        "SELECT id FROM attempts WHERE open_in = ?", [self.session_id]
                    )
                ]
                for attempt_id in open_ids:
                    self._close_attempt(attempt_id)
                db.execute("DELETE FROM sessions WHERE id = ?", [self.session_id])
        finally:
            self._lock.release()
            self._lock = None
            self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- banks ---------------------------------------------------------------------------------

    def import_bank(self, bank: Bank, location: str = "") -> BankImport:
        """Record a bank and its questions' rubrics, or update a bank imported before.

        Updating keeps every attempt. Questions whose rubric changed are listed, and their
        attempts report `rubric_changed`; questions no longer in the bank are marked removed.
        The database is backed up before an update that changes any question.

        Args:
            bank: the loaded bank.
            location: where the app keeps its copy of the bank's files.
        """
        questions = bank.questions()
        hashes = {q.key: rubric_hash(q) for q in questions}
        with guarded(self.data_dir):
            old = self._question_rows(bank.id)
        backup = None
        if old and any(_import_changes(old, hashes)):
            backup = self.backup(f"before-import-{bank.id}")
        now = self._stamp()
        with self._write() as db:
            previous = next(db.query("SELECT version FROM banks WHERE id = ?", [bank.id]), None)
            old = self._question_rows(bank.id)
            record = {
                "version": bank.manifest.version,
                "title": bank.title,
                "language": bank.manifest.language,
                "location": location,
                "updated_at": now,
            }
            if previous is None:
                db.table("banks").insert({"id": bank.id, "imported_at": now, **record})
            else:
                db.table("banks").update(bank.id, record)
            added, changed, removed = _import_changes(old, hashes)
            for position, question in enumerate(questions):
                key = question.key
                row = {
                    "language": question.language,
                    "prompt": question.prompt,
                    "position": position,
                    "rubric_hash": hashes[key],
                    "removed_at": None,
                }
                if key in old:
                    db.table("questions").update((bank.id, key), row)
                else:
                    db.table("questions").insert({"bank_id": bank.id, "key": key, **row})
                db.execute(
                    "DELETE FROM arguments WHERE bank_id = ? AND question_key = ?", [bank.id, key]
                )
                db.table("arguments").insert_all(
                    {
                        "bank_id": bank.id,
                        "question_key": key,
                        "argument_id": argument.id,
                        "title": argument.title,
                        "marks": float(argument.marks),
                        "position": index,
                        "rubric_hash": argument_hash(argument),
                    }
                    for index, argument in enumerate(question.arguments)
                )
            for key in removed:
                db.table("questions").update((bank.id, key), {"removed_at": now})
            plan.mark_bank(db, bank.id, now)
        return BankImport(
            bank.id,
            bank.manifest.version,
            None if previous is None else str(previous["version"]),
            added,
            changed,
            removed,
            None if backup is None else backup.path,
        )

    def banks(self) -> list[BankRecord]:
        """Every imported bank, by title."""
        with guarded(self.data_dir):
            rows = list(self.db.query("SELECT * FROM banks ORDER BY title, id"))
        return [
            BankRecord(
                row["id"],
                row["version"],
                row["title"],
                row["language"],
                row["location"],
                _time(row["imported_at"]),
                _time(row["updated_at"]),
            )
            for row in rows
        ]

    # -- attempts ------------------------------------------------------------------------------

    def start_attempt(self, bank_id: str, question_key: str, mode: Mode = Mode.PRACTICE) -> Attempt:
        """Start an attempt at a question of an imported bank, open in this session.

        Raises:
            KeyError: the question is not in the store (import the bank first).
            ValueError: `mode` is not practice, exam or drill, or the question was removed from
                the bank.
        """
        if mode not in _WRITTEN:
            raise ValueError(f"mode must be practice, exam or drill, not {mode!r}")
        now = self._stamp()
        with self._write() as db:
            question = next(
                db.query(
                    """SELECT q.rubric_hash, q.removed_at, b.version FROM questions AS q
                    JOIN banks AS b ON b.id = q.bank_id WHERE q.bank_id = ? AND q.key = ?""",
                    [bank_id, question_key],
                ),
                None,
            )
            if question is None:
                raise KeyError(f"{bank_id}:{question_key} is not imported")
            if question["removed_at"] is not None:
                raise ValueError(f"{bank_id}:{question_key} is no longer in its bank")
            attempt_id = self._insert_attempt(
                {
                    "bank_id": bank_id,
                    "question_key": question_key,
                    "bank_version": question["version"],
                    "mode": mode,
                    "started_at": now,
                    "updated_at": now,
                    "rubric_hash": question["rubric_hash"],
                    "open_in": self.session_id,
                }
            )
        return self.attempt(attempt_id)

    def save_revision(
        self,
        attempt_id: int,
        text: str,
        coverage: Coverage | None = None,
        *,
        seconds_spent: float | None = None,
    ) -> Revision | None:
        """Save the answer's text as a new revision, in one transaction.

        Nothing new is saved when the text is the same as the newest revision's and the coverage
        adds nothing; the time spent is still recorded.

        Args:
            attempt_id: the attempt.
            text: the whole answer.
            coverage: the engine's verdict on `text` against the question's current rubric. Leave
                it out when there was no time to check: the text matters most.
            seconds_spent: the attempt's total time so far, when the caller keeps it.

        Returns:
            The new revision, or None when the text had not changed.

        Raises:
            DiskFullError: the disk is full; nothing was written and the previous revision stays.
            AttemptOpenError: another running Casewise window has the attempt open.
            AttemptGoneError: there is no such attempt, or it was deleted (a `KeyError`).
        """
        with self._write():
            return self._save(attempt_id, text, coverage, seconds_spent)

    def replace_gone_attempt(self, gone: Attempt) -> Attempt:
        """A new attempt at `gone`'s question, open in this session, for a text whose attempt
        disappeared while it was being written (`AttemptGoneError`).

        It takes the mode and the time spent; the question may since have left its bank.
        """
        now = self._stamp()
        with self._write() as db:
            question = next(
                db.query(
                    """SELECT q.rubric_hash, b.version FROM questions AS q
                    JOIN banks AS b ON b.id = q.bank_id WHERE q.bank_id = ? AND q.key = ?""",
                    [gone.bank_id, gone.question_key],
                ),
                None,
            )
            if question is None:
                raise KeyError(f"{gone.bank_id}:{gone.question_key} is not imported")
            attempt_id = self._insert_attempt(
                {
                    "bank_id": gone.bank_id,
                    "question_key": gone.question_key,
                    "bank_version": question["version"],
                    "mode": gone.mode,
                    "started_at": now,
                    "updated_at": now,
                    "seconds_spent": gone.seconds_spent,
                    "rubric_hash": question["rubric_hash"],
                    "open_in": self.session_id,
                }
            )
        return self.attempt(attempt_id)

    def record_coverage(self, attempt_id: int, text: str, coverage: Coverage) -> bool:
        """Attach a check to the attempt's newest revision, when that revision holds `text`.

        The study session saves the text first and checks it afterwards, so that a check that
        fails costs no text; this records the check once it is there, without a new revision.

        Returns:
            Whether the check was recorded (False when the newest revision holds another text).

        Raises:
            DiskFullError: the disk is full; the revision stays as it was, without its check.
            KeyError: there is no such attempt.
        """
        with self._write() as db:
            attempt = self._attempt_row(attempt_id)
            if attempt["revision_id"] is None or attempt["text"] != text:
                return False
            revision_hash = self._coverage_hash(attempt, coverage)
            db.table("revisions").update(
                attempt["revision_id"],
                {
                    "score": round(coverage.score, 6),
                    "verdicts": _verdicts_json(_verdicts_of(coverage)),
                    "rubric_hash": revision_hash,
                },
            )
            db.table("attempts").update(attempt_id, {"rubric_hash": revision_hash})
        return True

    def submit(
        self,
        attempt_id: int,
        self_assessment: Mapping[str, SelfAssessment],
        *,
        text: str | None = None,
        coverage: Coverage | None = None,
        seconds_spent: float | None = None,
    ) -> Attempt:
        """Hand the attempt in with the student's self-assessment, in one transaction.

        Args:
            attempt_id: the attempt.
            self_assessment: argument id -> none, partly or fully. Arguments left out count as
                not assessed; the dashboard then goes by what was detected.
            text: the final text, saved as a revision first when given.
            coverage: the verdict on `text`.
            seconds_spent: the attempt's total time.

        Raises:
            ValueError: a level is not none, partly or fully.
        """
        for argument_id, level in self_assessment.items():
            if level not in tuple(SelfAssessment):
                raise ValueError(f"{argument_id}: level must be none, partly or fully, not {level}")
        now = self._stamp()
        with self._write() as db:
            if text is not None:
                self._save(attempt_id, text, coverage, seconds_spent)
            elif seconds_spent is not None:
                db.table("attempts").update(attempt_id, {"seconds_spent": float(seconds_spent)})
            attempt = self._attempt_row(attempt_id)
            verdicts = parse_verdicts(attempt["verdicts"])
            current = {
                row["argument_id"]: row["rubric_hash"]
                for row in db.query(
                    "SELECT argument_id, rubric_hash FROM arguments "
                    "WHERE bank_id = ? AND question_key = ? ORDER BY position",
                    [attempt["bank_id"], attempt["question_key"]],
                )
            }
            detected = {v.argument_id: v for v in verdicts}
            ids = list(detected) or list(current)
            ids += [i for i in self_assessment if i not in ids]
            db.execute("DELETE FROM self_assessments WHERE attempt_id = ?", [attempt_id])
            db.table("self_assessments").insert_all(
                {
                    "attempt_id": attempt_id,
                    "argument_id": argument_id,
                    "level": self_assessment.get(argument_id),
                    "detected": detected[argument_id].status if argument_id in detected else None,
                    "rubric_hash": (
                        detected[argument_id].rubric_hash
                        if argument_id in detected
                        else current.get(argument_id, "")
                    ),
                }
                for argument_id in ids
            )
            db.table("attempts").update(attempt_id, {"submitted_at": now, "updated_at": now})
            plan.review_attempt(db, attempt_id)
        return self.attempt(attempt_id)

    def attempt(self, attempt_id: int) -> Attempt:
        """An attempt with its newest text, even a deleted one; `KeyError` if there is none."""
        with guarded(self.data_dir):
            found = self._attempts(" WHERE a.id = ?", [attempt_id])
            if not found:
                raise KeyError(attempt_id)
            return found[0]

    def attempts_for(
        self, bank_id: str, question_key: str, *, include_deleted: bool = False
    ) -> list[Attempt]:
        """The attempts at a question, newest first: the question's history."""
        where = " WHERE a.bank_id = ? AND a.question_key = ?"
        if not include_deleted:
            where += " AND a.deleted_at IS NULL"
        with guarded(self.data_dir):
            return self._attempts(
                where, [bank_id, question_key], " ORDER BY a.started_at DESC, a.id DESC"
            )

    def latest_draft(
        self, bank_id: str, question_key: str, mode: Mode = Mode.PRACTICE
    ) -> Attempt | None:
        """The draft to continue at a question: the newest attempt in `mode` that was not
        handed in or deleted and is not open in another running Casewise window; None if none.
        """
        with guarded(self.data_dir):
            rows = list(
                self.db.query(
                    """SELECT id, open_in FROM attempts WHERE bank_id = ? AND question_key = ?
                    AND mode = ? AND submitted_at IS NULL AND deleted_at IS NULL
                    ORDER BY updated_at DESC, id DESC""",
                    [bank_id, question_key, mode],
                )
            )
        for row in rows:
            other = row["open_in"]
            if other in (None, self.session_id) or not sessions.is_alive(self.data_dir, other):
                return self.attempt(row["id"])
        return None

    def submitted_attempts(self, bank_id: str) -> list[Attempt]:
        """The submitted attempts at a bank's questions that were not deleted, oldest first."""
        where = " WHERE a.bank_id = ? AND a.submitted_at IS NOT NULL AND a.deleted_at IS NULL"
        with guarded(self.data_dir):
            return self._attempts(where, [bank_id], " ORDER BY a.submitted_at, a.id")

    def submitted_counts(self) -> dict[str, int]:
        """Bank id -> its submitted attempts (not deleted); banks with none are left out."""
        with guarded(self.data_dir):
            rows = self.db.execute(
                "SELECT bank_id, count(*) FROM attempts WHERE submitted_at IS NOT NULL "
                "AND deleted_at IS NULL GROUP BY bank_id"
            ).fetchall()
        return {str(bank_id): int(count) for bank_id, count in rows}

    def revisions(self, attempt_id: int) -> list[Revision]:
        """Every revision of an attempt, oldest first."""
        with guarded(self.data_dir):
            rows = list(
                self.db.query(
                    "SELECT * FROM revisions WHERE attempt_id = ? ORDER BY id", [attempt_id]
                )
            )
        return [_revision(row) for row in rows]

    def duplicate(self, attempt_id: int, mode: Mode | None = None) -> Attempt:
        """A new attempt at the same question that starts from this attempt's newest text."""
        if mode is not None and mode not in _WRITTEN:
            raise ValueError(f"mode must be practice, exam or drill, not {mode!r}")
        now = self._stamp()
        with self._write() as db:
            source = self._attempt_row(attempt_id)
            version = next(db.query("SELECT version FROM banks WHERE id = ?", [source["bank_id"]]))
            new_id = self._insert_attempt(
                {
                    "bank_id": source["bank_id"],
                    "question_key": source["question_key"],
                    "bank_version": version["version"],
                    "mode": mode or source["mode"],
                    "started_at": now,
                    "updated_at": now,
                    "rubric_hash": source["rubric_hash"],
                    "duplicated_from": attempt_id,
                    "open_in": self.session_id,
                }
            )
            if source["text"] is not None:
                db.execute(
                    """INSERT INTO revisions
                    (attempt_id, saved_at, text, words, score, verdicts, rubric_hash)
                    SELECT ?, ?, text, words, score, verdicts, rubric_hash FROM revisions
                    WHERE id = (SELECT max(id) FROM revisions WHERE attempt_id = ?)""",
                    [new_id, now, attempt_id],
                )
        return self.attempt(new_id)

    def delete(self, attempt_id: int) -> None:
        """Delete an attempt; `undelete` brings it back until this session closes.

        Raises:
            AttemptOpenError: another running Casewise window has it open: the window writing
                an attempt is the only one that may change it. (This session's own open
                attempts may be deleted; the window's history does not offer it.)
        """
        now = self._stamp()
        with self._write() as db:
            row = self._attempt_row(attempt_id)
            self._refuse_if_open_elsewhere(row)
            db.table("attempts").update(
                attempt_id, {"deleted_at": now, "deleted_in": self.session_id, "open_in": None}
            )
            plan.replay_attempt(db, attempt_id)

    def deleted_here(self, bank_id: str, question_key: str) -> list[Attempt]:
        """The attempts at a question deleted in this session, deleted last first: `undelete`
        brings each back until the session closes (whatever window or dialog deleted it)."""
        with guarded(self.data_dir):
            return self._attempts(
                " WHERE a.bank_id = ? AND a.question_key = ? AND a.deleted_in = ?",
                [bank_id, question_key, self.session_id],
                " ORDER BY a.deleted_at DESC, a.id DESC",
            )

    def undelete(self, attempt_id: int) -> Attempt:
        """Bring back an attempt deleted in this session."""
        with self._write() as db:
            self._attempt_row(attempt_id)
            db.table("attempts").update(attempt_id, {"deleted_at": None, "deleted_in": None})
            plan.replay_attempt(db, attempt_id)
        return self.attempt(attempt_id)

    # -- open attempts and crash recovery ------------------------------------------------------

    def open_attempt(self, attempt_id: int) -> Attempt:
        """Mark an attempt as open in this session's editor: reopen or continue it.

        Raises:
            AttemptOpenError: another running Casewise window has it open (it may be read, as
                `attempt` does, but not written).
        """
        with self._write() as db:
            row = self._attempt_row(attempt_id)
            self._refuse_if_open_elsewhere(row)
            db.table("attempts").update(attempt_id, {"open_in": self.session_id})
        self._forget_finished_sessions()
        return self.attempt(attempt_id)

    def close_attempt(self, attempt_id: int) -> None:
        """The editor closed the attempt: it is no longer unsaved work. Thins its revisions."""
        with self._write():
            self._close_attempt(attempt_id)

    def running_sessions(self) -> dict[str, RunningSession]:
        """Every Casewise running on the data folder now, by session id (this one included):
        what the history says of an attempt's `open_in`."""
        with guarded(self.data_dir):
            rows = list(self.db.query("SELECT * FROM sessions ORDER BY started_at, id"))
        return {
            row["id"]: RunningSession(
                row["id"],
                _time(row["started_at"]),
                row["host"],
                row["pid"],
                row["id"] == self.session_id,
            )
            for row in rows
            if row["id"] == self.session_id or sessions.is_alive(self.data_dir, row["id"])
        }

    def unsaved_work(self) -> list[Attempt]:
        """Attempts that were open when a Casewise crashed: offer them back on start.

        Their text is safe (it is in their revisions); what the student decides is whether to
        `recover` (reopen) each one or `dismiss` it (it stays in the question's history).
        """
        with guarded(self.data_dir):
            rows = list(
                self.db.query(
                    """SELECT a.id, a.open_in FROM attempts AS a
                    JOIN sessions AS s ON s.id = a.open_in
                    WHERE a.open_in != ? AND a.deleted_at IS NULL
                    ORDER BY a.updated_at DESC, a.id DESC""",
                    [self.session_id],
                )
            )
        crashed = {
            session_id
            for session_id in {row["open_in"] for row in rows}
            if not sessions.is_alive(self.data_dir, session_id)
        }
        return [self.attempt(row["id"]) for row in rows if row["open_in"] in crashed]

    def recover(self, attempt_id: int) -> Attempt:
        """Take over an attempt left open by a crash, to reopen it in the editor."""
        return self.open_attempt(attempt_id)

    def dismiss(self, attempt_id: int) -> None:
        """Leave an attempt from a crash closed; it stays in its question's history."""
        with self._write() as db:
            row = self._attempt_row(attempt_id)
            if row["open_in"] is not None and not sessions.is_alive(self.data_dir, row["open_in"]):
                db.table("attempts").update(attempt_id, {"open_in": None})
        self._forget_finished_sessions()

    # -- progress ------------------------------------------------------------------------------

    def progress(self, bank_id: str, *, earlier: bool = False) -> list[QuestionProgress]:
        """How the student is doing on each question of a bank, in the bank's order.

        With `earlier`, the same for the questions an update of the bank removed that still
        have attempts: their attempts stay theirs, from an earlier version of the bank.
        """
        with guarded(self.data_dir):
            questions = list(
                self.db.query(
                    "SELECT key, rubric_hash FROM questions WHERE bank_id = ? AND "
                    + (
                        "removed_at IS NOT NULL AND EXISTS (SELECT 1 FROM attempts AS a "
                        "WHERE a.bank_id = questions.bank_id AND a.question_key = questions.key "
                        "AND a.deleted_at IS NULL)"
                        if earlier
                        else "removed_at IS NULL"
                    )
                    + " ORDER BY position, key",
                    [bank_id],
                )
            )
            rows = list(
                self.db.query(
                    """SELECT a.question_key, a.submitted_at, a.seconds_spent, a.updated_at,
                    a.rubric_hash, r.score, coalesce(r.words, 0) AS words
                    FROM attempts AS a LEFT JOIN revisions AS r
                    ON r.id = (SELECT max(id) FROM revisions WHERE attempt_id = a.id)
                    WHERE a.bank_id = ? AND a.deleted_at IS NULL
                    ORDER BY a.updated_at DESC, a.id DESC""",
                    [bank_id],
                )
            )
        result = []
        for question in questions:
            mine = [row for row in rows if row["question_key"] == question["key"]]
            fitting = [
                row["score"]
                for row in mine
                if row["score"] is not None and row["rubric_hash"] == question["rubric_hash"]
            ]
            last = mine[0] if mine else None
            result.append(
                QuestionProgress(
                    bank_id,
                    question["key"],
                    len(mine),
                    sum(1 for row in mine if row["submitted_at"] is not None),
                    max(fitting) if fitting else None,
                    None if last is None else last["score"],
                    last is not None and last["rubric_hash"] != question["rubric_hash"],
                    float(sum(row["seconds_spent"] for row in mine)),
                    None if last is None else _time(last["updated_at"]),
                    last is not None and last["submitted_at"] is None,
                    0 if last is None else last["words"],
                )
            )
        return result

    def banks_with_earlier_questions(self) -> set[str]:
        """The banks with questions an update removed that still have attempts (see
        `progress` with `earlier`)."""
        with guarded(self.data_dir):
            rows = list(
                self.db.query(
                    """SELECT DISTINCT q.bank_id FROM questions AS q
                    WHERE q.removed_at IS NOT NULL AND EXISTS (SELECT 1 FROM attempts AS a
                    WHERE a.bank_id = q.bank_id AND a.question_key = q.key
                    AND a.deleted_at IS NULL)"""
                )
            )
        return {row["bank_id"] for row in rows}

    def question_record(self, bank_id: str, key: str) -> QuestionRecord | None:
        """What the store knows of a question, also once its bank no longer has it; None for a
        question never imported."""
        found = self._question_records(" AND key = ?", [bank_id, key])
        return found[0] if found else None

    def questions(self, bank_id: str) -> list[QuestionRecord]:
        """Every question of a bank the store knows, removed ones too, in the bank's order."""
        return self._question_records("", [bank_id])

    def _question_records(self, where: str, params: list[Any]) -> list[QuestionRecord]:
        with guarded(self.data_dir):
            rows = list(
                self.db.query(
                    "SELECT bank_id, key, prompt, language, rubric_hash, removed_at "
                    "FROM questions WHERE bank_id = ?" + where + " ORDER BY position, key",
                    params,
                )
            )
        return [
            QuestionRecord(
                row["bank_id"],
                row["key"],
                row["prompt"],
                row["language"],
                row["rubric_hash"],
                None if row["removed_at"] is None else _time(row["removed_at"]),
            )
            for row in rows
        ]

    def fill_prompts(self, banks: Iterable[Bank]) -> None:
        """Record the prompts of questions last imported before the store kept prompts, from the
        banks as loaded, so that each is named even after an update removes it."""
        with guarded(self.data_dir):
            blank = {
                (row["bank_id"], row["key"])
                for row in self.db.query(
                    "SELECT bank_id, key FROM questions WHERE prompt = '' AND removed_at IS NULL"
                )
            }
        if not blank:
            return
        prompts = [
            (question.prompt, bank.id, question.key)
            for bank in banks
            for question in bank.questions()
            if (bank.id, question.key) in blank
        ]
        if prompts:
            with self._write() as db:
                db.conn.executemany(
                    "UPDATE questions SET prompt = ? WHERE bank_id = ? AND key = ?", prompts
                )

    def weakest_arguments(self, limit: int = 10, bank_id: str | None = None) -> list[WeakArgument]:
        """The arguments the student misses most often, across every question (or one bank).

        Counts submitted attempts, by one rule that hears both the detection and the student:
        an argument is missed in an attempt when either says it was missed (detected missing,
        or assessed as none), partly when either says partly and neither missed. When both gave
        a verdict and the verdicts differ, the attempt counts as a disagreement. Attempts made
        against an older version of an argument's rubric are left out.
        """
        with guarded(self.data_dir):
            rows = list(self.db.query(_WEAKEST, {"bank": bank_id, "limit": limit}))
        return [
            WeakArgument(
                row["bank_id"],
                row["question_key"],
                row["argument_id"],
                row["title"],
                row["attempts"],
                row["missed"],
                row["partly"],
                _time(row["last_at"]),
                row["disagreed"],
            )
            for row in rows
        ]

    # -- backups -------------------------------------------------------------------------------

    def backup(self, reason: str = "manual") -> Backup:
        """Back the database up now (checked, and the backups thinned)."""
        with guarded(self.data_dir):
            return make_backup(self.db.conn, self.data_dir, reason, self._now())

    def integrity(self) -> str:
        """``ok``, or what SQLite's full integrity check finds wrong."""
        with guarded(self.data_dir):
            rows = self.db.execute("PRAGMA integrity_check").fetchall()
        return "; ".join(str(row[0]) for row in rows)

    # -- internals -----------------------------------------------------------------------------

    def _now(self) -> datetime:
        return self._clock().astimezone(UTC)

    def _stamp(self) -> str:
        return self._now().isoformat(timespec="microseconds")

    @contextmanager
    def _write(self) -> Iterator[Database]:
        with guarded(self.data_dir):
            self._keep_file()
        with guarded(self.data_dir), _transaction(self.db):
            yield self.db

    def _keep_file(self) -> None:
        """Before each write: the database file must still be the one this store has open.

        Deleted (the file, or the whole data folder) while Casewise runs, SQLite would go on
        writing into the deleted file and the next start would find nothing: it is written back
        from this store's connection, which still holds all of it. A file put in its place by
        someone else is not written over.

        Raises:
            UserError: another file took the database's place.
        """
        path = self.data_dir / DATABASE
        try:
            found = _file_id(path)
        except FileNotFoundError:
            self._write_back(path)
            return
        if found != self._file:
            raise _replaced(self.data_dir)

    def _write_back(self, path: Path) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        incoming = self.data_dir / f".{DATABASE}.writing-back"
        incoming.unlink(missing_ok=True)
        make_private(incoming)
        self.db.execute("VACUUM INTO ?", [str(incoming)])
        verdict = check_file(incoming)
        if verdict != "ok":
            incoming.unlink(missing_ok=True)
            raise CorruptStoreError(self.data_dir, list_backups(self.data_dir), verdict)
        # Closed first: closing removes the log files by their names, which the new file's
        # connection is about to use.
        self.db.close()
        try:
            os.link(incoming, path)  # never over a file that appeared meanwhile
        except FileExistsError:
            kept = path.with_name(f"{DATABASE}.written-back-{self._now():%Y%m%dT%H%M%SZ}")
            incoming.replace(kept)
            self._connect(kept)  # all the work goes on in the kept copy; the student is told
            raise _replaced(self.data_dir) from None
        incoming.unlink()
        self._connect(path)
        if self._lock is not None and not self._lock.path.exists():  # the folder went too
            self._lock.abandon()
            self._lock = sessions.SessionLock(self.data_dir, self.session_id)
        self.rewritten += 1

    def _connect(self, path: Path) -> None:
        self.db = Database(sqlite3.connect(path, timeout=BUSY_TIMEOUT), execute_plugins=False)
        _configure(self.db, self.data_dir, check=False)
        self._file = _file_id(path)

    def _save(
        self, attempt_id: int, text: str, coverage: Coverage | None, seconds: float | None
    ) -> Revision | None:
        attempt = self._attempt_row(attempt_id)
        if attempt["deleted_at"] is not None:
            raise AttemptGoneError(attempt_id)  # its text would go when the deletion is final
        self._refuse_if_open_elsewhere(attempt)
        changes: Row = {"open_in": self.session_id}
        if seconds is not None:
            changes["seconds_spent"] = float(seconds)
        if coverage is not None:
            revision_hash = self._coverage_hash(attempt, coverage)
        else:
            revision_hash = attempt["rubric_hash"]
        # An empty answer is not worth a revision; nor is the same text with nothing new to say
        # about it (the newest revision was checked against the same rubric).
        unchanged = (attempt["text"] or "") == text and (
            coverage is None
            or attempt["text"] is None
            or (attempt["score"] is not None and attempt["revision_hash"] == revision_hash)
        )
        if unchanged:
            self.db.table("attempts").update(attempt_id, changes)
            return None
        now = self._stamp()
        verdicts = () if coverage is None else _verdicts_of(coverage)
        row = {
            "attempt_id": attempt_id,
            "saved_at": now,
            "text": text,
            "words": count_words(text, attempt["language"]),
            "score": None if coverage is None else round(coverage.score, 6),
            "verdicts": _verdicts_json(verdicts),
            "rubric_hash": revision_hash,
        }
        revision_id = self.db.table("revisions").insert(row).last_pk
        self.db.table("attempts").update(
            attempt_id, {**changes, "updated_at": now, "rubric_hash": revision_hash}
        )
        return _revision({**row, "id": revision_id})

    @staticmethod
    def _coverage_hash(attempt: Row, coverage: Coverage) -> str:
        """The rubric fingerprint a check of the attempt's question was made against."""
        if coverage.question.key != attempt["question_key"]:
            raise ValueError(
                f"coverage of {coverage.question.key} given for an attempt at "
                f"{attempt['question_key']}"
            )
        return rubric_hash(coverage.question)

    def _attempt_row(self, attempt_id: int) -> Row:
        row = next(
            self.db.query(
                """SELECT a.*, q.language, r.id AS revision_id, r.text, r.score, r.verdicts,
                r.rubric_hash AS revision_hash
                FROM attempts AS a
                JOIN questions AS q ON q.bank_id = a.bank_id AND q.key = a.question_key
                LEFT JOIN revisions AS r
                ON r.id = (SELECT max(id) FROM revisions WHERE attempt_id = a.id)
                WHERE a.id = ?""",
                [attempt_id],
            ),
            None,
        )
        if row is None:
            raise AttemptGoneError(attempt_id)
        return row

    def _refuse_if_open_elsewhere(self, row: Row) -> None:
        """An attempt open in another running window is that window's to change."""
        other = row["open_in"]
        if other not in (None, self.session_id) and sessions.is_alive(self.data_dir, other):
            raise AttemptOpenError(
                "this attempt is open in another Casewise window: close it there first"
            )

    def _insert_attempt(self, row: Row) -> int:
        return cast(int, self.db.table("attempts").insert(row).last_pk)

    def _close_attempt(self, attempt_id: int) -> None:
        self.db.execute(
            "UPDATE attempts SET open_in = NULL WHERE id = ? AND open_in = ?",
            [attempt_id, self.session_id],
        )
        self.db.execute(
            f"DELETE FROM attempts WHERE id = ? AND open_in IS NULL AND {_WORDLESS}", [attempt_id]
        )
        # Autosave keeps a revision every few seconds while the student types; once the attempt
        # is closed, the newest revision of each minute is history enough.
        self.db.execute(
            """DELETE FROM revisions WHERE attempt_id = :id AND id NOT IN (
                SELECT max(id) FROM revisions WHERE attempt_id = :id
                GROUP BY substr(saved_at, 1, 16))""",
            {"id": attempt_id},
        )

    def _attempts(self, where: str, params: list[Any], order: str = "") -> list[Attempt]:
        """The attempts `where` selects (a condition on ``attempts AS a``), in `order`.

        Their self-assessments come from a join on the same condition rather than from
        ``attempt_id IN (?, ?, …)``: SQLite takes at most 32,766 parameters in most builds,
        fewer than the attempts a long history can hold.
        """
        rows = list(self.db.query(_ATTEMPT + where + order, params))
        levels: dict[int, dict[str, SelfAssessment]] = {row["id"]: {} for row in rows}
        if rows:
            # Plain tuples: a long history has ten rows here per attempt, and dicts cost.
            for attempt_id, argument_id, level in self.db.execute(
                "SELECT s.attempt_id, s.argument_id, s.level FROM self_assessments AS s "
                "JOIN attempts AS a ON a.id = s.attempt_id"
                + where
                + " AND s.level IS NOT NULL ORDER BY s.rowid",
                params,
            ):
                levels[attempt_id][argument_id] = SelfAssessment(level)
        return [
            Attempt(
                id=row["id"],
                bank_id=row["bank_id"],
                bank_version=row["bank_version"],
                question_key=row["question_key"],
                mode=Mode(row["mode"]),
                started_at=_time(row["started_at"]),
                updated_at=_time(row["updated_at"]),
                submitted_at=_time(row["submitted_at"]) if row["submitted_at"] else None,
                seconds_spent=row["seconds_spent"],
                text=row["text"] or "",
                words=row["words"] or 0,
                score=row["score"],
                verdicts_json=row["verdicts"] or "",
                self_assessment=levels[row["id"]],
                revisions=row["revision_count"],
                rubric_hash=row["rubric_hash"],
                current_rubric_hash=row["current_rubric_hash"],
                duplicated_from=row["duplicated_from"],
                deleted=row["deleted_at"] is not None,
                open_in=row["open_in"],
            )
            for row in rows
        ]

    def _question_rows(self, bank_id: str) -> dict[str, Row]:
        return {
            row["key"]: row
            for row in self.db.query(
                "SELECT key, rubric_hash, removed_at FROM questions WHERE bank_id = ?", [bank_id]
            )
        }

    def _begin_session(self) -> None:
        with self._write() as db:
            db.table("sessions").insert(
                {
                    "id": self.session_id,
                    "started_at": self._stamp(),
                    "host": socket.gethostname(),
                    "pid": os.getpid(),
                }
            )
            others = {
                row["session"]
                for row in db.query(
                    """SELECT deleted_in AS session FROM attempts WHERE deleted_in IS NOT NULL
                    UNION SELECT id FROM sessions"""
                )
            } - {self.session_id}
            for session_id in sorted(others):
                if sessions.is_alive(self.data_dir, session_id):
                    continue
                # Deletions made in a session that crashed were never undone: make them final.
                db.execute("DELETE FROM attempts WHERE deleted_in = ?", [session_id])
                # An attempt it had open that never got a word is no work to offer back.
                db.execute(f"DELETE FROM attempts WHERE open_in = ? AND {_WORDLESS}", [session_id])
        self._forget_finished_sessions()

    def _forget_finished_sessions(self) -> None:
        """Drop crashed sessions that no longer hold open attempts, and their lock files."""
        with guarded(self.data_dir):
            rows = list(
                self.db.query(
                    """SELECT id FROM sessions AS s WHERE id != ?
                    AND NOT EXISTS (SELECT 1 FROM attempts WHERE open_in = s.id)""",
                    [self.session_id],
                )
            )
        dead = [row["id"] for row in rows if not sessions.is_alive(self.data_dir, row["id"])]
        if dead:
            with self._write() as db:
                for session_id in dead:
                    db.execute(
                        "DELETE FROM sessions WHERE id = ? "
                        "AND NOT EXISTS (SELECT 1 FROM attempts WHERE open_in = ?)",
                        [session_id, session_id],
                    )
            for session_id in dead:
                sessions.forget(self.data_dir, session_id)


def _logs_of(database: Path) -> list[Path]:
    """The database's log files that exist now."""
    return [log for log in (Path(f"{database}-wal"), Path(f"{database}-shm")) if log.exists()]


def _file_id(path: Path) -> tuple[int, int]:
    """What tells one file from another at the same path."""
    found = path.stat()
    return found.st_dev, found.st_ino


def _replaced(data_dir: Path) -> UserError:
    return UserError(
        f"the study database in {data_dir} was replaced by another file while Casewise was "
        "running, so Casewise does not write into it: save your answer as a text file, quit, "
        "and start Casewise again"
    )


def _abandon(lock: sessions.SessionLock | None, conn: sqlite3.Connection | None) -> None:
    """Undo a start that failed half-way."""
    if lock is not None:
        lock.release()
    if conn is not None:
        conn.close()


@contextmanager
def guarded(data_dir: Path) -> Iterator[None]:
    """Turn the failures a student can act on into `UserError`s; let bugs through."""
    try:
        yield
    except sqlite3.Error as exc:
        error = from_sqlite(exc, data_dir, list_backups(data_dir))
        if error is None:
            raise
        raise error from exc
    except OSError as exc:
        raise from_os_error(exc, data_dir) from exc


@contextmanager
def _transaction(db: Database) -> Iterator[None]:
    """One write transaction, taking the write lock up front.

    sqlite-utils' `atomic()` begins a deferred transaction; when two windows share the database,
    a deferred transaction that reads before it writes can fail at once instead of waiting for
    the other window's save. ``BEGIN IMMEDIATE`` waits (up to `BUSY_TIMEOUT`).
    """
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
        db.execute("COMMIT")
    except BaseException:
        db.rollback()
        raise


def _configure(db: Database, data_dir: Path, *, check: bool) -> None:
    db.execute("PRAGMA foreign_keys = ON")
    db.enable_wal()
    # In WAL mode, FULL syncs the log on every commit: a power cut loses no saved revision.
    db.execute("PRAGMA synchronous = FULL")
    if check:
        rows = db.execute("PRAGMA quick_check").fetchall()
        verdict = "; ".join(str(row[0]) for row in rows)
        if verdict != "ok":
            raise CorruptStoreError(data_dir, list_backups(data_dir), verdict)


def _migrate(db: Database, data_dir: Path, clock: Clock) -> None:
    applied = [migration.name for migration in MIGRATIONS.applied(db)]
    unknown = [name for name in applied if name not in NAMES]
    if unknown:
        raise UserError(
            f"the study database in {data_dir} was written by a newer Casewise "
            f"(it has migration {unknown[-1]}): update Casewise to open it"
        )
    pending = [name for name in NAMES if name not in applied]
    if not pending:
        return
    if applied:
        make_backup(db.conn, data_dir, f"before-{pending[0]}", clock())
    with _transaction(db):
        MIGRATIONS.apply(db)


def _backup_if_due(db: Database, data_dir: Path, clock: Clock) -> None:
    """Back up a database that holds attempts once a day, so a damaged file loses little.

    Due unless the backup taken last is less than a day old by the clock now: one dated in the
    future (the clock was wrong when it was taken, or is now) does not count as recent.
    """
    if next(db.query("SELECT count(*) AS n FROM attempts"))["n"] == 0:
        return
    backups = list_backups(data_dir)
    now = clock().astimezone(UTC)
    if not backups or not timedelta(0) <= now - backups[0].created < DAILY_BACKUP:
        make_backup(db.conn, data_dir, "daily", now)


def _import_changes(
    old: Mapping[str, Row], hashes: Mapping[str, str]
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The questions an import adds, whose rubric it changes, and which it removes."""
    added = tuple(key for key in hashes if key not in old or old[key]["removed_at"] is not None)
    changed = tuple(
        key
        for key in hashes
        if key in old and old[key]["removed_at"] is None and old[key]["rubric_hash"] != hashes[key]
    )
    removed = tuple(sorted(k for k in old if k not in hashes and old[k]["removed_at"] is None))
    return added, changed, removed


_WRITTEN = frozenset(mode for mode in Mode if mode.written)


def _time(value: str) -> datetime:
    return datetime.fromisoformat(value)


def _verdicts_of(coverage: Coverage) -> tuple[ArgumentVerdict, ...]:
    return tuple(
        ArgumentVerdict(a.id, a.status, a.score, argument_hash(a.argument))
        for a in coverage.arguments
    )


def _verdicts_json(verdicts: tuple[ArgumentVerdict, ...]) -> str:
    items = [
        {"id": v.argument_id, "status": v.status, "score": v.score, "hash": v.rubric_hash}
        for v in verdicts
    ]
    return json.dumps(items, ensure_ascii=False)


def _revision(row: Row) -> Revision:
    return Revision(
        row["id"],
        row["attempt_id"],
        _time(row["saved_at"]),
        row["text"],
        row["words"],
        row["score"],
        parse_verdicts(row["verdicts"]),
        row["rubric_hash"],
    )


__all__ = ["BUSY_TIMEOUT", "CorruptStoreError", "Store", "utc_now"]
