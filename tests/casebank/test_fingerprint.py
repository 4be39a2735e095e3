"""Rubric fingerprints: what the app stores with every verdict and a feedback file carries."""

from __future__ import annotations

from dataclasses import replace

from casebank.fingerprint import argument_hash, rubric_hash
from casebank.model import Argument, Cue, Question, Scope


def question() -> Question:
    offers = Argument(
        "offers",
        "Offers",
        2,
        "",
        "",
        "",
        "",
        (Cue(("facebook",), (("promot*", "=deal"),), "", Scope.PARAGRAPH),),
        2,
        1,
    )
    return Question("q", "c", "Why?", 6, "", (offers,), "en")


def test_the_fingerprints_never_change_for_the_same_rubric() -> None:
    # Stores in the field hold these values: a new value for the same rubric would make every
    # stored attempt look as if it had been marked against another rubric.
    q = question()
    assert argument_hash(q.arguments[0]) == "6a22366c5a69d603"
    assert rubric_hash(q) == "2728bec6f395845c"


def test_wording_does_not_count_but_cues_do() -> None:
    q = question()
    reworded = replace(q.arguments[0], title="Deals", guidance="Say more.")
    assert argument_hash(reworded) == argument_hash(q.arguments[0])
    narrower = replace(q.arguments[0], cues=(Cue(("facebook",)),))
    assert rubric_hash(replace(q, arguments=(narrower,))) != rubric_hash(q)


def test_the_app_uses_the_same_fingerprints() -> None:
    from desktop.store import rubric

    assert rubric.rubric_hash is rubric_hash
    assert rubric.argument_hash is argument_hash
