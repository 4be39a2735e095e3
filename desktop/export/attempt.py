"""Exporting a stored attempt: the answer as its newest revision has it, with its metadata.

An attempt outlives its question: a bank update can remove the question, and the app's copy of a
bank can become unreadable. Such an attempt is still exported, as plain text under the question's
prompt as the store remembers it, without a rubric; `ExportedAttempt.plain` says why.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from casebank.errors import UserError
from casebank.loader import load
from casebank.model import Bank, Question
from casebank.pdf import ExportOptions, export_pdf
from casebank.problems import BankError
from desktop.store import Attempt, Store


@dataclass(frozen=True, slots=True)
class ExportedAttempt:
    """What `export_attempt` wrote."""

    path: Path
    rubric_changed: bool  # the rubric changed since the attempt was marked
    plain: str = ""  # why the answer was exported as plain text, without a rubric; "" if not


def bank_of(store: Store, bank_id: str) -> Bank:
    """Load the bank an attempt answers, from where it was imported.

    Raises:
        UserError: the bank is not in the store, or its files are gone or broken.
    """
    record = next((b for b in store.banks() if b.id == bank_id), None)
    if record is None or not record.location:
        raise UserError(f"the bank {bank_id!r} is not in Casewise's library; import it again")
    try:
        bank = load(Path(record.location))
    except BankError as exc:
        raise UserError(
            f"the bank {bank_id!r} can no longer be read from {record.location}; "
            f"import it again.\n{exc}"
        ) from exc
    if bank.id != bank_id:
        raise UserError(
            f"{record.location} now holds another bank ({bank.id}); import {bank_id!r} again"
        )
    return bank


def export_attempt(
    store: Store, attempt_id: int, path: Path | str, options: ExportOptions | None = None
) -> ExportedAttempt:
    """Write the PDF of a stored attempt.

    The attempt's mode, time spent and self-assessment fill in `options`; the answer is checked
    against the question's current rubric, so the marks are those the student would see now.
    When the question is no longer in its bank, or the bank cannot be read, the answer is
    exported as plain text instead (without the optional sections, which need the bank).

    Raises:
        UserError: no such attempt, or the file cannot be written.
    """
    try:
        attempt = store.attempt(attempt_id)
    except KeyError:
        raise UserError(
            f"there is no attempt {attempt_id}; 'casewise' lists them in the history"
        ) from None
    base = options or ExportOptions()
    options = replace(
        base,
        mode=attempt.mode,
        seconds=round(attempt.seconds_spent),
        self_assessment=dict(attempt.self_assessment),
        date=base.date or (attempt.submitted_at or attempt.updated_at).date(),
    )
    try:
        bank = bank_of(store, attempt.bank_id)
    except UserError as exc:
        return _plain(store, attempt, path, options, f"{exc}".rstrip("."))
    try:
        question = bank.question(attempt.question_key)
    except KeyError:
        why = (
            f"the question {attempt.question_key!r} is no longer in {bank.title!r} (version "
            f"{bank.manifest.version}): an update of the bank removed it"
        )
        return _plain(store, attempt, path, options, why)
    written = export_pdf(path, attempt.text, question, None, options, bank=bank)
    return ExportedAttempt(written, attempt.rubric_changed)


def _plain(
    store: Store, attempt: Attempt, path: Path | str, options: ExportOptions, why: str
) -> ExportedAttempt:
    """The answer under its question's prompt as the store remembers it, without a rubric."""
    record = store.question_record(attempt.bank_id, attempt.question_key)
    case_id, _, question_id = attempt.question_key.partition("/")
    question = Question(
        question_id,
        case_id,
        (record.prompt if record else "") or attempt.question_key,
        0,
        "",
        (),
        record.language if record else "en",
    )
    plain = replace(options, self_assessment={}, include=frozenset())
    written = export_pdf(path, attempt.text, question, None, plain)
    return ExportedAttempt(
        written, False, f"{why}; the answer was exported as plain text, without its rubric"
    )
