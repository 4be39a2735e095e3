"""What a student sends their tutor from File › Send my attempts to my tutor…: their submitted
attempts at one bank as a `casebank.feedback.Feedback`, ready to write as a feedback file.

Only what the format holds leaves the store: each submitted attempt's newest text, the verdicts
detected in it and the rubric hash they belong to, and the student's own levels. Drafts and
deleted attempts stay; so do dates, modes, times and every path.
"""

from __future__ import annotations

from casebank.feedback import Feedback, FeedbackAttempt
from desktop.store.db import Store


def feedback_for(store: Store, bank_id: str, student: str = "") -> Feedback:
    """The student's submitted attempts at `bank_id`, with the name they typed, if any.

    Raises:
        KeyError: the bank is not imported.
    """
    version = next((b.version for b in store.banks() if b.id == bank_id), None)
    if version is None:
        raise KeyError(bank_id)
    attempts = tuple(
        FeedbackAttempt(
            question=attempt.question_key,
            rubric_hash=attempt.rubric_hash,
            answer=attempt.text,
            detected=attempt.statuses,
            self_assessment=dict(attempt.self_assessment),
        )
        for attempt in store.submitted_attempts(bank_id)
    )
    return Feedback(bank_id, version, attempts, " ".join(student.split()))
