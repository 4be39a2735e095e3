"""Cue lints: terms that match more, or less, than their author meant (issue: real writing)."""

from __future__ import annotations

from casebank.cuelint import lint
from casebank.model import Argument, Cue, Question


def question(cue: Cue, language: str = "en", model: str = "") -> Question:
    argument = Argument("a", "A", 2, "", "", "", model, (cue,), 1, 1)
    return Question("q", "c", "Discuss the case.", 2, "", (argument,), language)


def test_a_stem_that_fires_on_another_word_of_the_case_is_flagged() -> None:
    case = (
        "Amazon's marketing differs by country. Its marketing team in Germany runs other "
        "marketing campaigns than at home.\n\nLocal marketing is hard."
    )
    findings = lint(question(Cue(("country",), (("market",),))), case)
    assert len(findings) == 1
    assert "'market' also matches 'marketing'" in findings[0].message
    assert "'=market'" in findings[0].hint
    exact = lint(question(Cue(("country",), (("=market",),))), case)
    assert exact == []


def test_a_stem_used_in_its_own_sense_is_not_flagged() -> None:
    case = "Amazon entered a new market. The market in Germany is large. Marketing is one thing."
    assert lint(question(Cue(("country",), (("market",),))), case) == []


def test_a_prefix_that_misses_its_own_derived_forms_is_flagged() -> None:
    model = "Die kritische Berichterstattung und kritischen Stimmen nahmen zu."
    cue = Cue(("Beschäftigte",), (("Kritik*",),))
    findings = lint(question(cue, "de", model), "Ein Fall.")
    assert len(findings) == 1
    assert "'Kritik*' does not match 'kritische', 'kritischen'" in findings[0].message
    assert "'kriti*'" in findings[0].hint
    covered = Cue(("Beschäftigte",), (("Kritik*", "kritisch*"),))
    assert lint(question(covered, "de", model), "Ein Fall.") == []


def test_a_with_list_met_by_most_of_the_case_is_flagged() -> None:
    case = " ".join(f"Amazon posted message number {n} about its shop today." for n in range(8))
    findings = lint(question(Cue(("friend",), (("amazon", "shop"),))), case)
    assert [f.part for f in findings] == [("with", 0)]
    assert "stands in 8 of 8 sentences" in findings[0].message
    narrow = lint(question(Cue(("friend",), (("recommend*",),))), case)
    assert narrow == []
