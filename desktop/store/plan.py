"""The study plan: when each argument is due again, by the FSRS memory model (the `fsrs` package).

Each argument of each question the student has attempted is a **card**. Every submitted attempt
(practice, exam or drill) **reviews** the cards of its question's arguments, with a rating that
`rate` derives from one rule: the student's own mark first, and where they gave none, what was
detected. The review log (table ``reviews``) is kept beside the attempts, and a card is always
what the scheduler makes of its log, replayed in time order: `rebuild` derives the log afresh from
the attempts and replays every card, and gives the same schedule every time (fuzzing is off).

Two choices of ours, on top of FSRS's defaults:

- **No learning steps.** Anki shows a new card again after 1 and 10 minutes; an essay argument
  is not re-practised within minutes. Every review schedules in whole days, at least one.
- **Pauses.** While the plan is paused (holidays) nothing is due. When it resumes, every card
  last reviewed before the pause is due that much later: the holiday does not pile up.

The functions taking a `Database` run inside the caller's write transaction (the store's
`submit`, `delete`, `import_bank`); `StudyPlan` is the API for everything else.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import Enum
from typing import TYPE_CHECKING, Any

from fsrs import Card, Rating, Scheduler, State
from sqlite_utils import Database

from casebank.vocabulary import SelfAssessment, Status

if TYPE_CHECKING:
    from desktop.store.db import Store

DEFAULT_RETENTION = 0.9
# The desired retention a student may choose: below 0.7 reviews come too seldom to help, above
# 0.97 they come almost daily.
LOWEST_RETENTION = 0.7
HIGHEST_RETENTION = 0.97


class Basis(Enum):
    """What a review's rating was derived from."""

    SELF = "self"  # the student's own mark
    DETECTED = "detected"  # the detection, for an argument the student did not mark


# The rule, in one place. A mark of the student's says how well they recalled the argument; so
# does the detection, less surely, where they gave none. "Easy" is never given: neither a mark
# nor the detection says how effortless recall was.
LEVEL_RATING: dict[SelfAssessment, Rating] = {
    SelfAssessment.FULLY: Rating.Good,
    SelfAssessment.PARTLY: Rating.Hard,
    SelfAssessment.NONE: Rating.Again,
}


def rate(level: SelfAssessment | None, detected: Status | None) -> tuple[Rating, Basis] | None:
    """The rating of one argument in one submitted attempt.

    Args:
        level: the student's own mark (none, partly, fully), None when they did not mark it.
        detected: the detected status then (covered, partly, missing, self-assessed), or None.

    Returns:
        The rating and what it rests on; None when nothing is known (an argument only the
        student can judge, which they did not mark): such an attempt does not review it.
    """
    if level is not None:
        return LEVEL_RATING[level], Basis.SELF
    found = detected.matching if detected is not None else None
    if found is None:
        return None
    return LEVEL_RATING[found], Basis.DETECTED


def scheduler(retention: float = DEFAULT_RETENTION) -> Scheduler:
    """The FSRS scheduler of the study plan: whole days, no fuzz (replays are exact)."""
    return Scheduler(
        desired_retention=retention,
        learning_steps=(),
        relearning_steps=(),
        enable_fuzzing=False,
    )


@dataclass(frozen=True, slots=True)
class DueQuestion:
    """A question with arguments due, as the Due view lists it."""

    bank_id: str
    question_key: str
    due: int  # arguments due
    cards: int  # arguments the plan follows (those attempted, not retired)
    earliest: datetime  # when the most overdue of them fell due
    recall: float  # the lowest chance of recalling one of them now, 0 to 1
    changed: int  # arguments whose rubric an update changed since they were last reviewed

    def overdue(self, now: datetime) -> timedelta:
        """How long the most overdue argument has been due (zero when it falls due later
        today)."""
        return max(now - self.earliest, timedelta(0))


@dataclass(frozen=True, slots=True)
class ArgumentCard:
    """One argument's card: its memory state and when it is due."""

    id: int
    bank_id: str
    question_key: str
    argument_id: str
    stability: float | None
    difficulty: float | None
    due: datetime
    last_review: datetime | None
    changed: bool  # an update of the bank changed the argument since its newest review
    retired: bool  # an update removed the argument (or its question)


@dataclass(frozen=True, slots=True)
class Review:
    """One review of a card, with the card's memory state after it."""

    card_id: int
    argument_id: str
    attempt_id: int
    reviewed_at: datetime
    rating: Rating
    basis: Basis
    stability: float
    difficulty: float


@dataclass(frozen=True, slots=True)
class RecallCurve:
    """One argument's chance of recall over time, for a chart: sampled at `RecallChart.times`,
    with the reviews that reset it."""

    argument_id: str
    title: str  # as the bank has it now; the id for an argument an update removed
    recall: tuple[float | None, ...]  # at each of the chart's times; None before the first review
    reviews: tuple[Review, ...]
    due: datetime
    changed: bool
    retired: bool


@dataclass(frozen=True, slots=True)
class RecallHistory:
    """The arguments of one question over time (`StudyPlan.recall_history`)."""

    times: tuple[datetime, ...]  # oldest first, from the first review to the chart's end
    curves: tuple[RecallCurve, ...]  # in rubric order, retired arguments last
    retention: float  # the desired retention: an argument falls due when its recall is this low


@dataclass(frozen=True, slots=True)
class Rebuilt:
    """What `StudyPlan.rebuild` made."""

    attempts: int
    reviews: int
    cards: int


# -- inside a write transaction ------------------------------------------------------------------


def review_attempt(db: Database, attempt_id: int) -> None:
    """Record the reviews of a submitted attempt (again: a second submission replaces them) and
    replay the cards they touch. An attempt not submitted reviews nothing."""
    touched = {row[0] for row in db.execute(_CARDS_OF_ATTEMPT, [attempt_id])}
    db.execute("DELETE FROM reviews WHERE attempt_id = ?", [attempt_id])
    replay(db, touched | _record(db, attempt_id))


def _record(db: Database, attempt_id: int) -> set[int]:
    """Insert the reviews of a submitted attempt (making the cards it is the first to review);
    the ids of the cards reviewed."""
    attempt = db.execute(
        "SELECT bank_id, question_key, submitted_at FROM attempts WHERE id = ?", [attempt_id]
    ).fetchone()
    if attempt is None or attempt[2] is None:
        return set()
    bank_id, key, submitted_at = attempt
    reviewed: set[int] = set()
    rows = db.execute(
        "SELECT argument_id, level, detected, rubric_hash FROM self_assessments "
        "WHERE attempt_id = ? ORDER BY rowid",
        [attempt_id],
    ).fetchall()
    for argument_id, level, detected, argument_hash in rows:
        rated = rate(
            SelfAssessment(level) if level else None, Status(detected) if detected else None
        )
        if rated is None:
            continue
        card_id = _card(db, bank_id, key, argument_id, argument_hash)
        db.execute(
            "INSERT INTO reviews (card_id, attempt_id, reviewed_at, rating, basis, rubric_hash) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [card_id, attempt_id, submitted_at, int(rated[0]), rated[1].value, argument_hash],
        )
        reviewed.add(card_id)
    return reviewed


def replay(db: Database, card_ids: Iterable[int]) -> None:
    """Make each card what the scheduler makes of its reviews (those of attempts not deleted),
    in time order, and shift it past the pauses since its newest review."""
    ids = sorted(set(card_ids))
    if not ids:
        return
    fsrs = scheduler(retention(db))
    pauses = _ended_pauses(db)
    logs: dict[int, list[tuple[int, str, int, str]]] = defaultdict(list)
    for chunk in _chunks(ids):
        marks = ", ".join("?" * len(chunk))
        for review_id, card_id, reviewed_at, rating, argument_hash in db.execute(
            f"""SELECT r.id, r.card_id, r.reviewed_at, r.rating, r.rubric_hash FROM reviews AS r
            JOIN attempts AS a ON a.id = r.attempt_id
            WHERE r.card_id IN ({marks}) AND a.deleted_at IS NULL
            ORDER BY r.reviewed_at, r.id""",
            chunk,
        ):
            logs[card_id].append((review_id, reviewed_at, rating, argument_hash))
    card_updates: list[tuple[Any, ...]] = []
    review_updates: list[tuple[Any, ...]] = []
    for card_id in ids:
        card = Card(card_id=card_id, due=datetime(1970, 1, 1, tzinfo=UTC))
        newest_hash: str | None = None
        for review_id, reviewed_at, rating, argument_hash in logs.get(card_id, []):
            card, _ = fsrs.review_card(card, Rating(rating), _time(reviewed_at))
            review_updates.append((card.stability, card.difficulty, review_id))
            newest_hash = argument_hash
        if card.last_review is None:
            # Every review of it was deleted: it waits, kept, for its next attempt (or for
            # the deleted one to come back).
            card_updates.append((int(State.Learning), 0, None, None, _NEVER, None, None, card_id))
            continue
        due = card.due + _shift(pauses, card.last_review)
        card_updates.append(
            (
                int(card.state),
                card.step,
                card.stability,
                card.difficulty,
                _stamp(due),
                _stamp(card.last_review),
                newest_hash,
                card_id,
            )
        )
    db.conn.executemany(
        "UPDATE reviews SET stability = ?, difficulty = ? WHERE id = ?", review_updates
    )
    db.conn.executemany(
        """UPDATE cards SET state = ?, step = ?, stability = ?, difficulty = ?, due = ?,
        last_review = ?, rubric_hash = coalesce(?, rubric_hash) WHERE id = ?""",
        card_updates,
    )
    # A review against the argument as the bank has it now settles an update's mark.
    for chunk in _chunks(ids):
        marks = ", ".join("?" * len(chunk))
        db.execute(
            f"""UPDATE cards SET changed_at = NULL WHERE id IN ({marks}) AND changed_at IS NOT NULL
            AND EXISTS (SELECT 1 FROM arguments AS ar WHERE ar.bank_id = cards.bank_id
                AND ar.question_key = cards.question_key AND ar.argument_id = cards.argument_id
                AND ar.rubric_hash = cards.rubric_hash)""",
            chunk,
        )


def replay_attempt(db: Database, attempt_id: int) -> None:
    """Replay the cards an attempt reviewed: after it was deleted, or brought back."""
    replay(db, [row[0] for row in db.execute(_CARDS_OF_ATTEMPT, [attempt_id])])


def mark_bank(db: Database, bank_id: str, now: str) -> None:
    """After importing a bank: mark the cards whose argument changed, retire those whose
    argument (or question) is gone, and bring back those whose argument returned."""
    db.execute(
        """UPDATE cards SET retired_at = :now WHERE bank_id = :bank AND retired_at IS NULL
        AND NOT EXISTS (SELECT 1 FROM arguments AS ar JOIN questions AS q
            ON q.bank_id = ar.bank_id AND q.key = ar.question_key
            WHERE ar.bank_id = cards.bank_id AND ar.question_key = cards.question_key
            AND ar.argument_id = cards.argument_id AND q.removed_at IS NULL)""",
        {"now": now, "bank": bank_id},
    )
    db.execute(
        """UPDATE cards SET retired_at = NULL WHERE bank_id = :bank AND retired_at IS NOT NULL
        AND EXISTS (SELECT 1 FROM arguments AS ar JOIN questions AS q
            ON q.bank_id = ar.bank_id AND q.key = ar.question_key
            WHERE ar.bank_id = cards.bank_id AND ar.question_key = cards.question_key
            AND ar.argument_id = cards.argument_id AND q.removed_at IS NULL)""",
        {"bank": bank_id},
    )
    db.execute(
        """UPDATE cards SET changed_at = CASE WHEN ar.rubric_hash = cards.rubric_hash THEN NULL
            ELSE coalesce(cards.changed_at, :now) END
        FROM arguments AS ar
        WHERE cards.bank_id = :bank AND ar.bank_id = cards.bank_id
        AND ar.question_key = cards.question_key AND ar.argument_id = cards.argument_id""",
        {"now": now, "bank": bank_id},
    )


def retention(db: Database) -> float:
    """The desired retention the student chose (0.9 unless they changed it)."""
    row = db.execute("SELECT desired_retention FROM plan_settings WHERE id = 1").fetchone()
    return DEFAULT_RETENTION if row is None else float(row[0])


# The due date of a card none of whose reviews counts (all their attempts were deleted).
_NEVER = "9999-12-31T00:00:00.000000+00:00"
_CARDS_OF_ATTEMPT = "SELECT DISTINCT card_id FROM reviews WHERE attempt_id = ?"


def _card(db: Database, bank_id: str, key: str, argument_id: str, argument_hash: str) -> int:
    row = db.execute(
        "SELECT id FROM cards WHERE bank_id = ? AND question_key = ? AND argument_id = ?",
        [bank_id, key, argument_id],
    ).fetchone()
    if row is not None:
        return int(row[0])
    cursor = db.execute(
        "INSERT INTO cards (bank_id, question_key, argument_id, state, due, rubric_hash) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [bank_id, key, argument_id, int(State.Learning), _NEVER, argument_hash],
    )
    return int(cursor.lastrowid or 0)


def _ended_pauses(db: Database) -> list[tuple[datetime, datetime]]:
    return [
        (_time(started), _time(ended))
        for started, ended in db.execute(
            "SELECT started_at, ended_at FROM pauses WHERE ended_at IS NOT NULL ORDER BY id"
        )
    ]


def _shift(pauses: list[tuple[datetime, datetime]], last_review: datetime) -> timedelta:
    """How much later a card reviewed at `last_review` is due for the pauses since."""
    return sum((end - start for start, end in pauses if start >= last_review), timedelta(0))


def _chunks(ids: list[int], size: int = 500) -> Iterator[list[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _time(value: str) -> datetime:
    return datetime.fromisoformat(value).astimezone(UTC)


def _stamp(value: datetime) -> str:
    return value.astimezone(UTC).isoformat(timespec="microseconds")


# -- the API --------------------------------------------------------------------------------------


class StudyPlan:
    """The study plan of one store: what is due, each question's cards and reviews, and the
    student's settings (desired retention, pauses).

    Args:
        store: the open store; its clock is the plan's.
    """

    def __init__(self, store: Store) -> None:
        self.store = store

    # -- settings ----------------------------------------------------------------------------

    def retention(self) -> float:
        """The desired retention: the chance of recalling an argument when it falls due."""
        with self._read() as db:
            return retention(db)

    def set_retention(self, value: float) -> None:
        """Change the desired retention and reschedule every card with it.

        Raises:
            ValueError: `value` is outside `LOWEST_RETENTION` to `HIGHEST_RETENTION`.
        """
        if not LOWEST_RETENTION <= value <= HIGHEST_RETENTION:
            raise ValueError(
                f"the desired retention must be between {LOWEST_RETENTION} and "
                f"{HIGHEST_RETENTION}, not {value}"
            )
        with self.store._write() as db:
            db.execute("UPDATE plan_settings SET desired_retention = ? WHERE id = 1", [value])
            replay(db, (row[0] for row in db.execute("SELECT id FROM cards")))

    def paused_since(self) -> datetime | None:
        """When the plan was paused, or None while it runs."""
        with self._read() as db:
            row = db.execute("SELECT started_at FROM pauses WHERE ended_at IS NULL").fetchone()
        return None if row is None else _time(row[0])

    def pause(self) -> None:
        """Pause the plan (holidays): nothing is due until it resumes. Pausing twice is once."""
        now = self.store._stamp()
        with self.store._write() as db:
            if db.execute("SELECT 1 FROM pauses WHERE ended_at IS NULL").fetchone() is None:
                db.execute("INSERT INTO pauses (started_at) VALUES (?)", [now])

    def resume(self) -> None:
        """Resume the plan: each card reviewed before the pause is due as much later as the
        pause lasted."""
        now = self.store._stamp()
        with self.store._write() as db:
            row = db.execute("SELECT started_at FROM pauses WHERE ended_at IS NULL").fetchone()
            if row is None:
                return
            db.execute("UPDATE pauses SET ended_at = ? WHERE ended_at IS NULL", [now])
            replay(
                db,
                (
                    card[0]
                    for card in db.execute("SELECT id FROM cards WHERE last_review <= ?", [row[0]])
                ),
            )

    # -- what is due -------------------------------------------------------------------------

    def due(self, until: datetime, now: datetime | None = None) -> list[DueQuestion]:
        """The questions with arguments due by `until`, the most at risk first.

        Ordered by the scheduler: the lowest chance of recalling a due argument now first, then
        the most arguments due. Retired cards (their argument left the bank) are never due;
        nothing is due while the plan is paused.

        Args:
            until: the end of the period, e.g. `end_of_day`.
            now: the time to measure recall at; the store's clock when None.
        """
        when = now or self.store._now()
        with self._read() as db:
            if db.execute("SELECT 1 FROM pauses WHERE ended_at IS NULL").fetchone():
                return []
            fsrs = scheduler(retention(db))
            rows = db.execute(_DUE, {"until": _stamp(until), "now": _stamp(when)}).fetchall()
        result = []
        for bank_id, key, due, state, _, stability, last_review, earliest, cards, changed in rows:
            # Recall falls with the days since the review over the stability: the card where
            # that is largest is the question's weakest, and the scheduler says how weak.
            weakest = Card(
                card_id=0, state=State(state), stability=stability, last_review=_time(last_review)
            )
            recall = float(fsrs.get_card_retrievability(weakest, current_datetime=when))
            result.append(DueQuestion(bank_id, key, due, cards, _time(earliest), recall, changed))
        result.sort(key=lambda q: (q.recall, -q.due, q.earliest, q.bank_id, q.question_key))
        return result

    def next_due(self) -> dict[tuple[str, str], datetime]:
        """(bank id, question key) -> when the question's next argument falls due."""
        with self._read() as db:
            return {
                (bank_id, key): _time(due)
                for bank_id, key, due in db.execute(
                    """SELECT bank_id, question_key, min(due) FROM cards
                    WHERE retired_at IS NULL AND last_review IS NOT NULL
                    GROUP BY bank_id, question_key"""
                )
            }

    # -- one question --------------------------------------------------------------------------

    def cards(self, bank_id: str, question_key: str) -> list[ArgumentCard]:
        """The cards of a question's arguments, retired ones too, in rubric order (retired
        last)."""
        with self._read() as db:
            rows = db.execute(
                """SELECT c.id, c.argument_id, c.stability, c.difficulty, c.due, c.last_review,
                c.changed_at IS NOT NULL, c.retired_at IS NOT NULL
                FROM cards AS c LEFT JOIN arguments AS ar ON ar.bank_id = c.bank_id
                AND ar.question_key = c.question_key AND ar.argument_id = c.argument_id
                WHERE c.bank_id = ? AND c.question_key = ? AND c.last_review IS NOT NULL
                ORDER BY c.retired_at IS NOT NULL, ar.position, c.argument_id""",
                [bank_id, question_key],
            ).fetchall()
        return [
            ArgumentCard(
                card_id,
                bank_id,
                question_key,
                argument_id,
                stability,
                difficulty,
                _time(due),
                _time(last_review),
                bool(changed),
                bool(retired),
            )
            for card_id, argument_id, stability, difficulty, due, last_review, changed, retired in (
                rows
            )
        ]

    def reviews(self, bank_id: str, question_key: str) -> list[Review]:
        """Every review of a question's arguments that counts (its attempt is not deleted),
        oldest first."""
        with self._read() as db:
            rows = db.execute(
                """SELECT r.card_id, c.argument_id, r.attempt_id, r.reviewed_at, r.rating,
                r.basis, r.stability, r.difficulty FROM reviews AS r
                JOIN cards AS c ON c.id = r.card_id
                JOIN attempts AS a ON a.id = r.attempt_id
                WHERE c.bank_id = ? AND c.question_key = ? AND a.deleted_at IS NULL
                ORDER BY r.reviewed_at, r.id""",
                [bank_id, question_key],
            ).fetchall()
        return [
            Review(
                row[0],
                row[1],
                row[2],
                _time(row[3]),
                Rating(row[4]),
                Basis(row[5]),
                row[6],
                row[7],
            )
            for row in rows
        ]

    def recall(self, stability: float, last_review: datetime, when: datetime) -> float:
        """The scheduler's chance of recalling an argument at `when`, reviewed last at
        `last_review` and left with `stability` (0 to 1)."""
        card = Card(card_id=0, state=State.Review, stability=stability, last_review=last_review)
        with self._read() as db:
            fsrs = scheduler(retention(db))
        return float(fsrs.get_card_retrievability(card, current_datetime=when))

    def recall_history(
        self, bank_id: str, question_key: str, now: datetime, points: int = 160
    ) -> RecallHistory:
        """Each argument's chance of recall, from its question's first review until `now` (or
        its arguments' next due date, up to 60 days ahead), as the scheduler models it.

        Args:
            bank_id: the question's bank.
            question_key: the question.
            now: the present: the chart shows the past up to it, and what follows until the
                arguments fall due.
            points: how many times to sample between the first review and the end.
        """
        cards = self.cards(bank_id, question_key)
        reviews = self.reviews(bank_id, question_key)
        with self._read() as db:
            keep = retention(db)
            titles = dict(
                db.execute(
                    "SELECT argument_id, title FROM arguments WHERE bank_id = ? "
                    "AND question_key = ?",
                    [bank_id, question_key],
                ).fetchall()
            )
        if not reviews:
            return RecallHistory((), (), keep)
        fsrs = scheduler(keep)
        start = reviews[0].reviewed_at
        upcoming = [card.due for card in cards if not card.retired]
        end = max(now, min(max(upcoming, default=now), now + timedelta(days=60)))
        end = max(end, start + timedelta(days=1))
        step = (end - start) / max(points - 1, 1)
        times = (*(start + step * index for index in range(points - 1)), end)
        by_card: dict[int, list[Review]] = defaultdict(list)
        for review in reviews:
            by_card[review.card_id].append(review)
        curves = []
        for card in cards:
            own = by_card.get(card.id, [])
            values: list[float | None] = []
            index = -1
            for when in times:
                while index + 1 < len(own) and own[index + 1].reviewed_at <= when:
                    index += 1
                if index < 0:
                    values.append(None)
                    continue
                review = own[index]
                state = Card(
                    card_id=card.id,
                    state=State.Review,
                    stability=review.stability,
                    last_review=review.reviewed_at,
                )
                values.append(float(fsrs.get_card_retrievability(state, current_datetime=when)))
            curves.append(
                RecallCurve(
                    card.argument_id,
                    titles.get(card.argument_id, card.argument_id),
                    tuple(values),
                    tuple(own),
                    card.due,
                    card.changed,
                    card.retired,
                )
            )
        return RecallHistory(times, tuple(curves), keep)

    # -- keeping it whole ----------------------------------------------------------------------

    def catch_up(self) -> int:
        """Review the submitted attempts the plan has not seen (those made before Casewise had
        a study plan); the number reviewed. Cheap when there are none: run it on every start."""
        with self._read() as db:
            pending = [row[0] for row in db.execute(_UNREVIEWED)]
        if not pending:
            return 0
        now = self.store._stamp()
        with self.store._write() as db:
            touched: set[int] = set()
            for attempt_id in pending:
                touched |= _record(db, attempt_id)
            replay(db, touched)
            # An attempt at a question an update removed makes a card that retires at once.
            for (bank_id,) in db.execute("SELECT id FROM banks").fetchall():
                mark_bank(db, bank_id, now)
        return len(pending)

    def rebuild(self) -> Rebuilt:
        """Derive the review log afresh from every submitted attempt and replay every card.

        The result depends only on the attempts, the banks' rubrics, the desired retention and
        the pauses: rebuilding twice gives the same schedule.
        """
        with self.store._write() as db:
            db.execute("DELETE FROM cards")  # their reviews go with them
            attempts = [
                row[0]
                for row in db.execute(
                    "SELECT id FROM attempts WHERE submitted_at IS NOT NULL "
                    "ORDER BY submitted_at, id"
                )
            ]
            touched: set[int] = set()
            for attempt_id in attempts:
                touched |= _record(db, attempt_id)
            replay(db, touched)
            for bank_id, updated_at in db.execute("SELECT id, updated_at FROM banks").fetchall():
                mark_bank(db, bank_id, updated_at)
            reviews = db.execute("SELECT count(*) FROM reviews").fetchone()[0]
        return Rebuilt(len(attempts), int(reviews), len(touched))

    @contextmanager
    def _read(self) -> Iterator[Database]:
        from desktop.store.db import guarded  # the store imports this module

        with guarded(self.store.data_dir):
            yield self.store.db


# Per question with arguments due: how many, the card with the most days since its review for
# its stability (with one max() in the query, SQLite takes the bare columns from the row where
# it found its value), the earliest due date of the question's cards (the earliest of those
# due), how many cards it has, and how many an update changed.
_DUE = """
SELECT c.bank_id, c.question_key, count(*), c.state,
       max(CAST(julianday(:now) - julianday(c.last_review) AS INTEGER) / c.stability),
       c.stability, c.last_review,
       (SELECT min(o.due) FROM cards AS o WHERE o.bank_id = c.bank_id
        AND o.question_key = c.question_key AND o.retired_at IS NULL
        AND o.last_review IS NOT NULL),
       (SELECT count(*) FROM cards AS o WHERE o.bank_id = c.bank_id
        AND o.question_key = c.question_key AND o.retired_at IS NULL
        AND o.last_review IS NOT NULL),
       (SELECT count(*) FROM cards AS o WHERE o.bank_id = c.bank_id
        AND o.question_key = c.question_key AND o.retired_at IS NULL
        AND o.last_review IS NOT NULL AND o.changed_at IS NOT NULL)
FROM cards AS c
WHERE c.retired_at IS NULL AND c.due <= :until AND c.last_review IS NOT NULL
GROUP BY c.bank_id, c.question_key
"""

# Submitted attempts that could review something and have no reviews yet.
_UNREVIEWED = """
SELECT a.id FROM attempts AS a
WHERE a.submitted_at IS NOT NULL
AND NOT EXISTS (SELECT 1 FROM reviews AS r WHERE r.attempt_id = a.id)
AND EXISTS (SELECT 1 FROM self_assessments AS s WHERE s.attempt_id = a.id
    AND (s.level IS NOT NULL OR s.detected IN ('covered', 'partly', 'missing')))
ORDER BY a.submitted_at, a.id
"""


def end_of_day(now: datetime) -> datetime:
    """The end of `now`'s day in local time: what "due today" counts up to."""
    local = now.astimezone()
    return local.replace(hour=23, minute=59, second=59, microsecond=999999)
