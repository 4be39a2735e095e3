"""Calibration: where the student's self-assessment and the engine's detection disagree.

Qt-free. After an attempt is submitted the student marks each argument (not covered, partly,
fully) before seeing what was detected; this module compares the two. "Agrees" means what
`casebank.pdf.rubric.agreement` says, so the window, the PDF and the tests agree on it.

>>> from casebank import check, load                                 # doctest: +SKIP
>>> assessed = {"facebook-network": SelfAssessment.FULLY}              # doctest: +SKIP
>>> summary = calibrate(check(question, answer), assessed)             # doctest: +SKIP
>>> summary.headline()                                                # doctest: +SKIP
'You and the detection agree on 3 of 4 arguments; you rated 1 higher than it found.'
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum

from casebank.coverage import ArgumentCoverage, Coverage
from casebank.pdf.rubric import agreement
from casebank.vocabulary import Agreement, SelfAssessment, Status

_DETECTED_RANK = {Status.MISSING: 0, Status.PARTLY: 1, Status.COVERED: 2}
_ASSESSED_RANK = {SelfAssessment.NONE: 0, SelfAssessment.PARTLY: 1, SelfAssessment.FULLY: 2}


class Direction(Enum):
    """How a self-assessment compares with detection."""

    SAME = "same"
    HIGHER = "higher"  # the student claimed more than was detected
    LOWER = "lower"  # the student claimed less than was detected
    UNKNOWN = "unknown"  # nothing to compare: no self-assessment, or no cues


@dataclass(frozen=True, slots=True)
class CalibrationRow:
    """One argument: what was detected, what the student said, and how the two compare."""

    coverage: ArgumentCoverage
    assessed: SelfAssessment | None
    agreement: Agreement
    direction: Direction

    @property
    def argument_id(self) -> str:
        """The argument's id."""
        return self.coverage.id

    @property
    def title(self) -> str:
        """The argument's title, as the checklist shows it."""
        return self.coverage.argument.title


@dataclass(frozen=True, slots=True)
class Calibration:
    """The comparison for a whole answer, in rubric order."""

    rows: tuple[CalibrationRow, ...]

    @property
    def compared(self) -> int:
        """Arguments with both a detection and a self-assessment."""
        return sum(1 for row in self.rows if row.direction is not Direction.UNKNOWN)

    @property
    def agreeing(self) -> int:
        """Arguments where the two agree."""
        return sum(1 for row in self.rows if row.direction is Direction.SAME)

    @property
    def higher(self) -> tuple[CalibrationRow, ...]:
        """Arguments the student rated higher than detection found."""
        return tuple(row for row in self.rows if row.direction is Direction.HIGHER)

    @property
    def lower(self) -> tuple[CalibrationRow, ...]:
        """Arguments the student rated lower than detection found."""
        return tuple(row for row in self.rows if row.direction is Direction.LOWER)

    def headline(self) -> str:
        """One sentence for the summary above the table."""
        if not self.compared:
            return "There is nothing to compare: no argument was both assessed and detected."
        text = f"You and the detection agree on {self.agreeing} of {self.compared} arguments"
        parts = []
        if self.higher:
            parts.append(f"you rated {len(self.higher)} higher than it found")
        if self.lower:
            parts.append(f"you rated {len(self.lower)} lower than it found")
        return text + ("; " + " and ".join(parts) if parts else "") + "."


def direction(status: Status, assessed: SelfAssessment | None) -> Direction:
    """Compare one detected status with one self-assessment."""
    if assessed is None or status is Status.SELF_ASSESSED:
        return Direction.UNKNOWN
    claimed, found = _ASSESSED_RANK[assessed], _DETECTED_RANK[status]
    if claimed == found:
        return Direction.SAME
    return Direction.HIGHER if claimed > found else Direction.LOWER


def calibrate(coverage: Coverage, assessed: Mapping[str, SelfAssessment | None]) -> Calibration:
    """Compare the detected coverage of an answer with the student's self-assessment.

    Args:
        coverage: what the engine detected in the submitted answer.
        assessed: argument id -> the student's level;
            arguments left out or None were not assessed.
    """
    rows = []
    for item in coverage.arguments:
        own = assessed.get(item.id)
        own = None if own is None else SelfAssessment(own)  # a stored or typed "fully" alike
        rows.append(
            CalibrationRow(item, own, agreement(item.status, own), direction(item.status, own))
        )
    return Calibration(tuple(rows))
