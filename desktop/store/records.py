"""What the store hands out: plain, immutable records of attempts, revisions and progress."""

from __future__ import annotations

import json
import operator
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from pathlib import Path

from casebank.vocabulary import Mode, SelfAssessment, Status


@dataclass(frozen=True, slots=True)
class ArgumentVerdict:
    """What the coverage engine detected for one argument when a revision was saved."""

    argument_id: str
    status: Status
    score: float
    rubric_hash: str  # the argument's fingerprint then (see `rubric.argument_hash`)


_VERDICT_FIELDS = operator.itemgetter("id", "status", "score", "hash")


@lru_cache(maxsize=256)
def parse_verdicts(stored: str | None) -> tuple[ArgumentVerdict, ...]:
    """The verdicts of a revision as the store keeps them: a JSON list of objects."""
    if not stored:
        return ()
    return tuple(
        ArgumentVerdict(argument_id, Status(status), score, rubric_hash)
        for argument_id, status, score, rubric_hash in map(_VERDICT_FIELDS, json.loads(stored))
    )


@dataclass(frozen=True, slots=True)
class Revision:
    """One saved state of an answer's text, with the coverage detected in it."""

    id: int
    attempt_id: int
    saved_at: datetime
    text: str
    words: int
    score: float | None  # None when the revision was saved without a coverage check
    verdicts: tuple[ArgumentVerdict, ...]
    rubric_hash: str

    @property
    def statuses(self) -> dict[str, Status]:
        """Argument id -> detected status."""
        return {v.argument_id: v.status for v in self.verdicts}


@dataclass(frozen=True, slots=True)
class Attempt:
    """An answer to a question, as its newest revision has it.

    `rubric_changed` is true when the question's rubric has changed since the attempt's coverage
    was detected: its score and verdicts describe the old rubric and must be shown as such.
    """

    id: int
    bank_id: str
    bank_version: str
    question_key: str
    mode: Mode
    started_at: datetime
    updated_at: datetime
    submitted_at: datetime | None
    seconds_spent: float
    text: str
    words: int
    score: float | None
    # Kept as stored and read when asked for: a history lists thousands of attempts and never
    # shows their verdicts, and building them was a third of the time it took to load one.
    verdicts_json: str = field(repr=False)
    self_assessment: Mapping[str, SelfAssessment]
    revisions: int
    rubric_hash: str
    current_rubric_hash: str
    duplicated_from: int | None = None
    deleted: bool = False
    open_in: str | None = None  # the session whose window has it open (see `RunningSession`)

    @property
    def verdicts(self) -> tuple[ArgumentVerdict, ...]:
        """What was detected per argument in the newest revision."""
        return parse_verdicts(self.verdicts_json)

    @property
    def submitted(self) -> bool:
        """Whether the student has handed the attempt in (and assessed themself)."""
        return self.submitted_at is not None

    @property
    def rubric_changed(self) -> bool:
        """Whether the question's rubric changed since this attempt's marks were made."""
        return self.rubric_hash != self.current_rubric_hash

    @property
    def statuses(self) -> dict[str, Status]:
        """Argument id -> detected status, from the newest revision."""
        return {v.argument_id: v.status for v in self.verdicts}


@dataclass(frozen=True, slots=True)
class QuestionProgress:
    """How a student is doing on one question."""

    bank_id: str
    question_key: str
    attempts: int
    submitted: int
    best_score: float | None  # best detected coverage among attempts whose rubric still fits
    last_score: float | None  # the newest attempt's coverage
    last_rubric_changed: bool  # the newest attempt's marks were made against an older rubric
    seconds_spent: float
    last_at: datetime | None
    last_draft: bool = False  # the newest attempt is a draft (Practice continues it)
    last_words: int = 0  # the newest attempt's word count


@dataclass(frozen=True, slots=True)
class WeakArgument:
    """An argument the student misses often, across the submitted attempts whose rubric fits.

    `missed` and `partly` count the attempts where the detection or the student's own mark
    (the lower of the two) said so; `disagreed` those where both spoke and differed.
    """

    bank_id: str
    question_key: str
    argument_id: str
    title: str
    attempts: int
    missed: int
    partly: int
    last_attempt_at: datetime
    disagreed: int = 0

    @property
    def miss_rate(self) -> float:
        """The share of attempts that missed the argument."""
        return self.missed / self.attempts if self.attempts else 0.0


@dataclass(frozen=True, slots=True)
class BankRecord:
    """A bank the student has imported."""

    id: str
    version: str
    title: str
    language: str
    location: str
    imported_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class QuestionRecord:
    """A question as the store knows it, also after an update removed it from its bank."""

    bank_id: str
    key: str
    prompt: str  # "" for a question last imported before Casewise kept prompts
    language: str
    rubric_hash: str  # its rubric's fingerprint as last imported (see `rubric.rubric_hash`)
    removed_at: datetime | None  # when an update of its bank left it out; None while in it

    @property
    def removed(self) -> bool:
        """Whether the question is from an earlier version of its bank."""
        return self.removed_at is not None


@dataclass(frozen=True, slots=True)
class BankImport:
    """What importing a bank changed. Attempts are never touched."""

    bank_id: str
    version: str
    previous_version: str | None  # None for a bank imported for the first time
    added: tuple[str, ...]  # question keys new in this version
    changed_rubrics: tuple[str, ...]  # questions whose old attempts no longer fit their rubric
    removed: tuple[str, ...]  # questions gone from this version; their attempts stay
    backup: Path | None  # the backup taken before an update


@dataclass(frozen=True, slots=True)
class Backup:
    """A copy of the database in the backups folder."""

    path: Path
    created: datetime
    reason: str
    number: int = 0  # the order it was taken in; 0 for one named before backups were numbered


@dataclass(frozen=True, slots=True)
class RunningSession:
    """A Casewise running on the data folder now: a window, or the ``casewise`` command."""

    id: str
    started_at: datetime
    host: str
    pid: int
    here: bool  # the store's own session: this window
