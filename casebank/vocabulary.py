"""The words Casewise's data is made of, each defined once (as Anki's ``consts.py``).

Every layer uses these: the engine (`Status`), the store (which keeps their values as they are,
so reading old data needs no migration), the app, the PDF and the command lines. They are
`StrEnum`s: a member is its stored string, so a value read from the store or a file becomes a
member with ``Status(text)`` and goes back out unchanged.
"""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    """How far an answer covers an argument, as the coverage engine detects it."""

    COVERED = "covered"
    PARTLY = "partly"
    MISSING = "missing"
    SELF_ASSESSED = "self-assessed"  # the argument has no cues: only the student can judge it

    @property
    def matching(self) -> SelfAssessment | None:
        """The self-assessment that says the same as this detection; None for `SELF_ASSESSED`,
        which nothing was detected for."""
        return _MATCHING.get(self)


class SelfAssessment(StrEnum):
    """How far the student thinks the answer covers an argument."""

    NONE = "none"
    PARTLY = "partly"
    FULLY = "fully"

    @property
    def share(self) -> float:
        """The share of the argument's marks this assessment claims."""
        return _SHARE[self]

    @property
    def matching(self) -> Status:
        """The detected status that says the same as this assessment."""
        return next(status for status, assessed in _MATCHING.items() if assessed is self)


class Agreement(StrEnum):
    """Whether detection and self-assessment say the same."""

    AGREES = "agrees"
    DIFFERS = "differs"
    NOT_ASSESSED = "not-assessed"  # the student gave no self-assessment
    SELF_ONLY = "self-only"  # the argument has no cues: only the student judges it


class Mode(StrEnum):
    """How an answer was written; `MARKED` when a tutor checked a handed-in answer with
    ``casebank check --pdf``, which cannot know how it was written (the store never holds it)."""

    PRACTICE = "practice"
    EXAM = "exam"
    DRILL = "drill"  # a recall drill of the study plan
    MARKED = "marked"

    @property
    def written(self) -> bool:
        """Whether a student wrote the answer in the app in this mode (what the store keeps)."""
        return self is not Mode.MARKED


_MATCHING = {
    Status.COVERED: SelfAssessment.FULLY,
    Status.PARTLY: SelfAssessment.PARTLY,
    Status.MISSING: SelfAssessment.NONE,
}
_SHARE = {SelfAssessment.NONE: 0.0, SelfAssessment.PARTLY: 0.5, SelfAssessment.FULLY: 1.0}
