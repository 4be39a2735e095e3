"""The app's import path: question files are converted; self-assessed arguments work end to end.

Qt-free: the conversion lives in `desktop.library.read_bank`; calibration and the PDF export take
self-assessed arguments as they come.
"""

from __future__ import annotations

from pathlib import Path

from casebank.coverage import check
from casebank.pdf import render_pdf, rubric
from casebank.vocabulary import Agreement, SelfAssessment, Status
from desktop.calibration import Direction, calibrate
from desktop.library import read_bank
from tests.casebank.interop.conftest import FIXTURES


def test_read_bank_converts_an_h5p_file(essay_h5p: Path) -> None:
    read = read_bank(essay_h5p)
    assert read.source == essay_h5p
    assert read.bank.id.startswith("imported.pricing-a-subscription-box-")
    assert read.import_report.startswith("# Import of pricing.h5p")
    assert "/compet(e|ition)/" in read.import_report
    assert read.data.startswith(b"PK")


def test_self_assessed_arguments_are_not_detected_but_judged(tmp_path: Path) -> None:
    read = read_bank(FIXTURES / "qti" / "extended-text-rubric.xml")
    (question,) = read.bank.questions()
    answer = "Peak fares in summer pay for the winter crossings, which cost almost as much."
    coverage = check(question, answer)
    assert {a.status for a in coverage.arguments} == {Status.SELF_ASSESSED}
    assert coverage.score == 0.0
    ids = [a.id for a in question.arguments]
    assessed = {ids[0]: SelfAssessment.FULLY}
    calibration = calibrate(coverage, assessed)
    assert {row.direction for row in calibration.rows} == {Direction.UNKNOWN}
    rows = rubric(coverage, assessed).rows
    assert {row.agreement for row in rows} == {Agreement.SELF_ONLY}
    pdf = render_pdf(answer, question, coverage, bank=read.bank)
    assert pdf.startswith(b"%PDF")
