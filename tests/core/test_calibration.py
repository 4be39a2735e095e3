"""Calibration: where the student's self-assessment and detection disagree."""

from __future__ import annotations

from casebank.vocabulary import SelfAssessment, Status
from desktop.calibration import Direction, calibrate, direction
from tests.core import banks


def test_direction_compares_levels():
    assert direction(Status.COVERED, SelfAssessment.FULLY) is Direction.SAME
    assert direction(Status.MISSING, SelfAssessment.PARTLY) is Direction.HIGHER
    assert direction(Status.COVERED, SelfAssessment.NONE) is Direction.LOWER
    assert direction(Status.PARTLY, None) is Direction.UNKNOWN
    assert direction(Status.SELF_ASSESSED, SelfAssessment.FULLY) is Direction.UNKNOWN


def test_calibrate_summarises_agreement_and_disagreement():
    from casebank import check

    question = banks.question("pricing", banks.PRICE, banks.QUALITY)
    coverage = check(question, banks.COVERS_PRICE)
    summary = calibrate(coverage, {"price": SelfAssessment.NONE, "quality": SelfAssessment.FULLY})
    assert [r.direction for r in summary.rows] == [Direction.LOWER, Direction.HIGHER]
    assert summary.compared == 2 and summary.agreeing == 0
    assert [r.argument_id for r in summary.higher] == ["quality"]
    assert summary.headline() == (
        "You and the detection agree on 0 of 2 arguments; you rated 1 higher than it found "
        "and you rated 1 lower than it found."
    )
    agreeing = calibrate(coverage, {"price": SelfAssessment.FULLY})
    assert agreeing.headline() == "You and the detection agree on 1 of 1 arguments."
    assert calibrate(coverage, {}).headline().startswith("There is nothing to compare")


def test_an_assessment_held_as_its_stored_text_counts_as_the_same_word():
    from casebank import check

    question = banks.question("pricing", banks.PRICE, banks.QUALITY)
    coverage = check(question, banks.COVERS_PRICE)
    as_text = calibrate(coverage, {"price": "fully"})  # type: ignore[dict-item]

    assert as_text.headline() == "You and the detection agree on 1 of 1 arguments."
    assert as_text.rows[0].assessed is SelfAssessment.FULLY
