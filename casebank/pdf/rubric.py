"""The rubric table's content: detected status against the student's self-assessment.

Plain data, so that the app's checklist, the PDF and the tests agree on what "agrees" means:
detected *covered* matches a self-assessment of *fully*, *partly* matches *partly* and *missing*
matches *none*. Arguments without cues are judged by the student alone, so there is nothing to
agree with.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from casebank.coverage import ArgumentCoverage, Coverage
from casebank.errors import UserError
from casebank.vocabulary import Agreement, SelfAssessment, Status


def agreement(status: Status, assessed: SelfAssessment | None) -> Agreement:
    """Compare a detected status with a self-assessment."""
    if status is Status.SELF_ASSESSED:
        return Agreement.SELF_ONLY
    if assessed is None:
        return Agreement.NOT_ASSESSED
    # `==`, not `is`: a caller may hold the assessment as its stored text ("fully").
    return Agreement.AGREES if status.matching == assessed else Agreement.DIFFERS


@dataclass(frozen=True, slots=True)
class RubricRow:
    """One argument of the rubric table."""

    number: int  # 1-based, as its tag shows it
    coverage: ArgumentCoverage
    assessed: SelfAssessment | None
    agreement: Agreement

    @property
    def marks(self) -> float:
        """The argument's marks."""
        return self.coverage.argument.marks

    @property
    def detected_marks(self) -> float | None:
        """The marks detection would give: marks times the coverage score; None without cues."""
        if self.coverage.status is Status.SELF_ASSESSED:
            return None
        return self.marks * self.coverage.score

    @property
    def self_marks(self) -> float | None:
        """The marks the self-assessment claims, if there is one."""
        return None if self.assessed is None else self.marks * self.assessed.share


@dataclass(frozen=True, slots=True)
class Rubric:
    """The rubric table: rows in rubric order, and its totals."""

    rows: tuple[RubricRow, ...]

    @property
    def marks(self) -> float:
        """The question's marks from its arguments."""
        return sum(row.marks for row in self.rows)

    @property
    def detected_marks(self) -> float:
        """Estimated marks from detection, over the arguments that have cues."""
        return sum(row.detected_marks or 0.0 for row in self.rows)

    @property
    def self_marks(self) -> float | None:
        """Estimated marks from the self-assessment; None when the student gave none."""
        claimed = [row.self_marks for row in self.rows if row.self_marks is not None]
        return sum(claimed) if claimed else None

    @property
    def compared(self) -> int:
        """How many arguments have both a detection and a self-assessment."""
        return sum(1 for row in self.rows if row.agreement in _COMPARED)

    @property
    def agreeing(self) -> int:
        """How many of those agree."""
        return sum(1 for row in self.rows if row.agreement is Agreement.AGREES)


_COMPARED = frozenset({Agreement.AGREES, Agreement.DIFFERS})


def rubric(coverage: Coverage, assessed: Mapping[str, SelfAssessment]) -> Rubric:
    """The rubric rows for a coverage and the student's self-assessment.

    Raises:
        UserError: a self-assessment names an argument the question does not have.
    """
    ids = [a.id for a in coverage.arguments]
    unknown = sorted(set(assessed) - set(ids))
    if unknown:
        raise UserError(
            f"the question {coverage.question.key} has no argument {', '.join(unknown)}; "
            f"its arguments are: {', '.join(ids)}"
        )
    rows = tuple(
        RubricRow(n, a, assessed.get(a.id), agreement(a.status, assessed.get(a.id)))
        for n, a in enumerate(coverage.arguments, 1)
    )
    return Rubric(rows)
