"""Fingerprints of rubrics, so that a changed rubric is noticed instead of trusted.

A bank can be updated after a student has answered its questions. Old marks only fit the rubric
they were made against, so the app keeps, with every revision and self-assessment, a hash of the
parts of the rubric that decide marks: each argument's id, marks, cues and thresholds. Wording
(titles, guidance, feedback, the model paragraph) is left out, since rewording a hint does not make
an old verdict wrong. A student's feedback file carries the same hash, so that ``casebank tune``
can tell the tutor which answers were marked against another version of the rubric.

The values are stored in students' data folders: the same rubric must always give the same hash.
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


def _digest(doc: object) -> str:
    text = json.dumps(doc, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
