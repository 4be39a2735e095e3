"""The case-sensitive exact term ``==Word`` that H5P's case-sensitive keywords need."""

from __future__ import annotations

import pytest

from casebank.coverage import check
from casebank.cues import Kind, TermError, parse_term
from casebank.language import analyzer_for
from casebank.model import Argument, Cue, Question
from casebank.vocabulary import Status


def question(*terms: str, language: str = "en") -> Question:
    argument = Argument("brand", "Names the brand", 1, "g", "f", "m", "p", (Cue(terms),), 1, 1)
    return Question("q", "c", "Which company?", 1, "m", (argument,), language)


def verdict(q: Question, answer: str) -> Status:
    return check(q, answer).arguments[0].status


def test_case_must_match_as_written() -> None:
    q = question("==Apple")
    assert verdict(q, "The company Apple sells its phones to many people.") is Status.COVERED
    assert verdict(q, "The company apple sells its phones to many people.") is Status.MISSING
    assert verdict(q, "The company APPLE sells its phones to many people.") is Status.MISSING
    # Exact form: no inflection and no typo tolerance.
    assert verdict(q, "The company Apples sells its phones to many people.") is Status.MISSING


def test_phrases_and_accents_are_exact() -> None:
    q = question("==New York", language="de")
    assert verdict(q, "Die Firma hat ihren Sitz in New York seit vielen Jahren.") is Status.COVERED
    assert verdict(q, "Die Firma hat ihren Sitz in new york seit vielen Jahren.") is Status.MISSING
    accented = question("==Zoë")
    assert verdict(accented, "The founder Zoë wrote the first business plan alone.") is (
        Status.COVERED
    )
    assert verdict(accented, "The founder Zoe wrote the first business plan alone.") is (
        Status.MISSING
    )


def test_case_insensitive_exact_term_is_unchanged() -> None:
    q = question("=Apple")
    assert verdict(q, "The company apple sells its phones to many people.") is Status.COVERED


def test_cased_term_is_parsed_as_written() -> None:
    (word,) = parse_term("==Apple", analyzer_for("en"))
    assert word.kind is Kind.CASED and word.form == "Apple"
    with pytest.raises(TermError, match="mixes"):
        parse_term("==Appl*", analyzer_for("en"))
