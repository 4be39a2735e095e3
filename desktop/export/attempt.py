"""Exporting a stored attempt: the answer as its newest revision has it, with its metadata."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from casebank.errors import UserError
from casebank.loader import load
from casebank.model import Bank
from casebank.problems import BankError
from desktop.export import ExportOptions, Mode, SelfAssessment, export_pdf
from desktop.store import Store


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
) -> tuple[Path, bool]:
    """Write the PDF of a stored attempt.

    The attempt's mode, time spent and self-assessment fill in `options`; the answer is checked
    against the question's current rubric, so the marks are those the student would see now.

    Returns:
        The PDF's path, and whether the rubric changed since the attempt was marked.

    Raises:
        UserError: no such attempt, its bank or question is gone, or the file cannot be written.
    """
    try:
        attempt = store.attempt(attempt_id)
    except KeyError:
        raise UserError(
            f"there is no attempt {attempt_id}; 'casewise' lists them in the history"
        ) from None
    bank = bank_of(store, attempt.bank_id)
    try:
        question = bank.question(attempt.question_key)
    except KeyError:
        raise UserError(
            f"the question {attempt.question_key!r} is no longer in the bank {bank.id!r}"
        ) from None
    base = options or ExportOptions()
    options = replace(
        base,
        mode=Mode(attempt.mode),
        seconds=round(attempt.seconds_spent),
        self_assessment={k: SelfAssessment(v) for k, v in attempt.self_assessment.items()},
        date=base.date or (attempt.submitted_at or attempt.updated_at).date(),
    )
    return export_pdf(
        path, attempt.text, question, None, options, bank=bank
    ), attempt.rubric_changed
