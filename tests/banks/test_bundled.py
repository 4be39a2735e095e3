"""The bundled banks: each validates (rubric tests included) and meets the quality bar."""

from __future__ import annotations

from pathlib import Path

import pytest

from casebank.coverage import check
from casebank.validate import validate
from casebank.vocabulary import Status

BANKS = sorted((Path(__file__).resolve().parents[2] / "resources" / "banks").iterdir())
STYLES = {"plain", "academic", "stuffed", "offtopic", "partial"}


@pytest.fixture(scope="module", params=BANKS, ids=lambda p: p.name)
def report(request):
    return validate(request.param)


def test_every_bundled_bank_is_shipped():
    assert {p.name for p in BANKS} >= {
        "brands-social-media",
        "amazon-botschafter",
        "fa-social-media",
    }


@pytest.mark.slow
def test_bank_validates_with_its_rubric_tests(report):
    errors = [str(p) for p in report.problems if p.severity.value == "error"]
    assert not errors, "\n".join(errors)
    assert report.ok


def test_every_question_has_a_full_rubric_and_five_styled_samples(report):
    bank = report.bank
    for case in bank.cases:
        assert case.sources, f"{case.id} has no source notes"
        assert "|" in case.text, f"{case.id} has no table"
        for question in case.questions:
            assert 5 <= len(question.arguments) <= 10, question.key
            assert question.max_words and question.minutes, question.key
            styles = {s.name for s in case.samples if s.question_id == question.id}
            assert styles >= STYLES, f"{question.key} lacks samples: {STYLES - styles}"


def test_keyword_stuffing_never_reaches_full_coverage(report):
    for case in report.bank.cases:
        for sample in case.samples:
            if sample.name != "stuffed":
                continue
            coverage = check(case.question(sample.question_id), sample.text)
            statuses = [a.status for a in coverage.arguments]
            assert statuses.count(Status.COVERED) < len(statuses), sample.path
            for verdict in coverage.arguments:
                if any(c.with_ for c in verdict.argument.cues):
                    assert verdict.status is not Status.COVERED, f"{sample.path}: {verdict.id}"


def test_good_answers_are_detected_and_off_topic_ones_are_not(report):
    for case in report.bank.cases:
        for sample in case.samples:
            coverage = check(case.question(sample.question_id), sample.text)
            if sample.name == "academic":
                assert coverage.score >= 0.7, f"{sample.path}: {coverage.score:.2f}"
            if sample.name == "offtopic":
                assert coverage.score <= 0.3, f"{sample.path}: {coverage.score:.2f}"
