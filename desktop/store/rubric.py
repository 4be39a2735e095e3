"""Which arguments of a stored attempt were marked against another rubric than the bank's now.

The fingerprints themselves are `casebank.fingerprint`'s, so that the app and ``casebank tune``
(which reads students' feedback files) agree on them.
"""

from __future__ import annotations

from casebank.fingerprint import argument_hash, rubric_hash
from casebank.model import Question

__all__ = ["argument_hash", "changed_arguments", "rubric_hash"]


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
