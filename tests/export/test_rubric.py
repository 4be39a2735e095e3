"""Detected status against self-assessment: what "agrees" means, and the totals."""

from __future__ import annotations

import pytest

from casebank.coverage import check
from casebank.errors import UserError
from casebank.pdf import agreement, rubric
from casebank.vocabulary import Agreement, SelfAssessment, Status
from tests.export.conftest import QUESTION, answer


@pytest.mark.parametrize(
    ("status", "assessed", "expected"),
    [
        (Status.COVERED, SelfAssessment.FULLY, Agreement.AGREES),
        (Status.PARTLY, SelfAssessment.PARTLY, Agreement.AGREES),
        (Status.MISSING, SelfAssessment.NONE, Agreement.AGREES),
        (Status.COVERED, SelfAssessment.PARTLY, Agreement.DIFFERS),
        (Status.MISSING, SelfAssessment.FULLY, Agreement.DIFFERS),
        (Status.PARTLY, SelfAssessment.NONE, Agreement.DIFFERS),
        (Status.COVERED, None, Agreement.NOT_ASSESSED),
        (Status.SELF_ASSESSED, SelfAssessment.FULLY, Agreement.SELF_ONLY),
    ],
)
def test_agreement(status, assessed, expected):
    assert agreement(status, assessed) is expected


def test_rows_and_totals(starter):
    question = starter("en").question(QUESTION)
    coverage = check(question, answer("en"))
    ids = [a.id for a in question.arguments]
    table = rubric(coverage, {ids[0]: SelfAssessment.FULLY, ids[1]: SelfAssessment.PARTLY})
    assert [row.number for row in table.rows] == list(range(1, len(ids) + 1))
    assert table.marks == sum(a.marks for a in question.arguments)
    assert table.detected_marks == pytest.approx(
        sum(r.marks * r.coverage.score for r in table.rows)
    )
    assert table.self_marks == pytest.approx(
        question.arguments[0].marks + question.arguments[1].marks / 2
    )
    assert table.compared == 2
    assert table.agreeing == sum(1 for r in table.rows if r.agreement is Agreement.AGREES)


def test_no_self_assessment_claims_no_marks(starter):
    question = starter("de").question(QUESTION)
    table = rubric(check(question, answer("de")), {})
    assert table.self_marks is None
    assert table.compared == 0
    assert {row.agreement for row in table.rows} == {Agreement.NOT_ASSESSED}


def test_an_unknown_argument_is_a_user_error(starter):
    question = starter("en").question(QUESTION)
    with pytest.raises(UserError, match="no argument nonsense"):
        rubric(check(question, answer("en")), {"nonsense": SelfAssessment.FULLY})
