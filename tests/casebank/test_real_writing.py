"""Detection on writing its cues did not foresee: the misses and false hits found on real texts.

Each test is a reproduction from the issue that measured the engine on writing by other people: an
argument made across two sentences, a paraphrase that only resembles the model paragraph, a
restatement of the question, an answer that repeats itself.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from casebank.coverage import RESEMBLANCE_CUE, Basis, Checker, Options, check
from casebank.loader import load
from casebank.model import Argument, Cue, Question
from casebank.vocabulary import Status

BANKS = Path(__file__).resolve().parents[2] / "resources" / "banks"
OLD_RULES = Options(window=1, promote_margin=None, restate_share=None)


@pytest.fixture(scope="module")
def platform_roles() -> Question:
    return load(BANKS / "brands-social-media").question("amazon-international/platform-roles")


def status(q: Question, answer: str, argument: str, options: Options | None = None) -> Status:
    coverage = Checker(q, options).check(answer) if options else check(q, answer)
    return next(a.status for a in coverage.arguments if a.id == argument)


def test_a_restated_question_earns_nothing(platform_roles: Question) -> None:
    # The prompt gives the platforms "different jobs"; saying so again, with "site" for
    # "platform" and "role" for "job", is the question, not an argument.
    answer = (
        "Amazon gives its two social sites two different jobs, and each site has its own role. "
        "Both of them drive shoppers back to the Amazon website in the end."
    )
    assert status(platform_roles, answer, "integrated-strategy", OLD_RULES) is Status.COVERED
    assert status(platform_roles, answer, "integrated-strategy") is Status.PARTLY
    coverage = check(platform_roles, answer)
    verdict = next(a for a in coverage.arguments if a.id == "integrated-strategy")
    restated = answer.split(". ")[0]
    assert all(e.text not in restated for e in verdict.evidence)


def test_a_sentence_that_adds_a_reason_to_prompt_words_still_counts(
    platform_roles: Question,
) -> None:
    answer = (
        "On Facebook people mostly keep up with their friends and family, so a deal that one of "
        "them shares arrives with a personal recommendation attached."
    )
    assert status(platform_roles, answer, "facebook-network") is Status.COVERED


def test_an_argument_made_across_two_sentences_is_partly_covered(
    platform_roles: Question,
) -> None:
    answer = (
        "Most people log in to Facebook every day to see what is new. "
        "Their friends and family are all there."
    )
    assert status(platform_roles, answer, "facebook-network", OLD_RULES) is Status.MISSING
    coverage = check(platform_roles, answer)
    verdict = next(a for a in coverage.arguments if a.id == "facebook-network")
    assert verdict.status is not Status.MISSING
    cued = {e.basis for e in verdict.evidence if e.cue != RESEMBLANCE_CUE}
    assert cued == {Basis.NEIGHBOURS}


def two_arguments() -> Question:
    def arg(arg_id: str, cues: tuple[Cue, ...], model: str) -> Argument:
        return Argument(arg_id, arg_id, 2, model, "", "", model, cues, 2, 1)

    service = arg(
        "service",
        (Cue(("complaint",), (("respond", "reply"),)), Cue(("apolog*",))),
        "Angry customers complain in public, so a brand must respond to every complaint quickly, "
        "politely and in the open, or the anger spreads to everyone watching.",
    )
    measure = arg(
        "measure",
        (Cue(("metric",), (("track",),)), Cue(("dashboard",))),
        "Track the metrics that matter: reach, engagement and sales, not vanity counts.",
    )
    return Question(
        "q", "c", "How should a brand handle social media?", 10, "", (service, measure), "en"
    )


def test_a_partly_covered_argument_that_resembles_its_model_paragraph_is_covered() -> None:
    q = two_arguments()
    answer = (
        "Customers who are angry post a complaint where everyone can see it, so the brand has to "
        "respond quickly and politely in public before the anger spreads."
    )
    assert status(q, answer, "service", OLD_RULES) is Status.PARTLY
    coverage = check(q, answer)
    verdict = next(a for a in coverage.arguments if a.id == "service")
    assert verdict.status is Status.COVERED
    resembling = [e for e in verdict.evidence if e.basis is Basis.RESEMBLANCE]
    assert resembling, "the evidence says why it was promoted"
    assert "anger" in {e.text for e in resembling}
    assert all(e.sentence_start == 0 and e.sentence_end == len(answer) for e in resembling)


def test_resemblance_never_finds_an_argument_from_nothing() -> None:
    q = two_arguments()
    # Close to the model paragraph, but no cue term at all: the cues must see something first.
    answer = "Angry customers are loud in public, and the anger spreads to everyone watching fast."
    assert check(q, answer).arguments[0].evidence == ()
    assert status(q, answer, "service") is Status.MISSING


def test_a_sentence_resembling_another_argument_more_is_not_promoted() -> None:
    q = two_arguments()
    answer = (
        "One complaint is not a trend: track the metrics that matter, reach, engagement and "
        "sales, and do not reply to vanity counts."
    )
    assert status(q, answer, "service") is Status.PARTLY


def test_repeating_a_paragraph_gains_nothing_and_is_reported(platform_roles: Question) -> None:
    paragraph = (
        "Facebook is where people keep up with their friends, so a shared deal travels with a "
        "recommendation. Twitter is a fast public feed where constant adverts would feel like "
        "spam, so Amazon tweets news and links instead."
    )
    once = check(platform_roles, paragraph)
    pasted = check(platform_roles, "\n\n".join([paragraph] * 60))
    assert pasted.score == once.score
    assert [a.status for a in pasted.arguments] == [a.status for a in once.arguments]
    assert once.repeated_words == 0
    assert pasted.repeated_words == pasted.words - once.words
