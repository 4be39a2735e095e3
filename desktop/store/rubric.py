"""Fingerprints of rubrics, so that a changed rubric is noticed instead of trusted.

A bank can be updated after a student has answered its questions. Old marks only fit the rubric
they were made against, so the store keeps, with every revision and self-assessment, a hash of the
parts of the rubric that decide marks: each argument's id, marks, cues and thresholds. Wording
(titles, guidance, feedback, the model paragraph) is left out, since rewording a hint does not make
an old verdict wrong.
"""

from __future__ import annotations

import hashlib
import json

from casebank.model import Argument, Question


def argument_hash(argument: Argument) -> str:
    """A stable fingerprint of what decides an argument's verdict and marks."""
    doc = {
        "id": argument.id,
        "marks": float(argument.marks),
        "covered_at": argument.covered_at,
        "partly_at": argument.partly_at,
        "cues": [
            {
                "any": list(cue.any),
                "with": [list(group) for group in cue.with_],
                "scope": cue.scope.value,
            }
            for cue in argument.cues
        ],
    }
    return _digest(doc)


def rubric_hash(question: Question) -> str:
    """A stable fingerprint of a question's rubric; the order of its arguments does not count."""
    return _digest(sorted(argument_hash(a) for a in question.arguments))


def changed_arguments(verdicts: dict[str, str], question: Question) -> list[str]:
    """The ids of arguments whose rubric differs between `verdicts` and `question`.

    Args:
        verdicts: argument id -> argument hash, as saved with an attempt.
        question: the question as the bank now has it.

    Returns:
        Arguments that changed, were added or were removed, in rubric order (removed ones last).
    """
    current = {a.id: argument_hash(a) for a in question.arguments}
    changed = [a.id for a in question.arguments if verdicts.get(a.id) != current[a.id]]
    return changed + sorted(set(verdicts) - set(current))


def _digest(doc: object) -> str:
    text = json.dumps(doc, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
