"""Explanations: what matched where, and the near misses that did not count, and why."""

from __future__ import annotations

from casebank.explain import Miss, explain
from casebank.model import Argument, Cue, Question
from casebank.vocabulary import Status

ARGUMENT = Argument(
    id="offers",
    title="Facebook spreads offers",
    marks=2,
    guidance="",
    found="",
    missing="",
    model_paragraph="",
    cues=(
        Cue(("facebook",), (("promotion", "special offer"),), label="Facebook and offers"),
        Cue(("content",), label="content"),
    ),
    covered_at=2,
)
QUESTION = Question(
    id="q",
    case_id="c",
    prompt="Why does the company use Facebook for its weekly promotions and deals?",
    marks=2,
    model_answer="",
    arguments=(ARGUMENT,),
    language="en",
)


def groups(answer: str):
    (item,) = explain(QUESTION, answer)
    return item, {g.name: g for g in item.groups}


def test_a_met_group_shows_its_evidence():
    item, found = groups(
        "On Facebook every promotion reaches the friends of the customer who shares it."
    )
    assert found["Facebook and offers"].met
    assert [e.text for e in found["Facebook and offers"].evidence] == ["Facebook", "promotion"]
    assert item.coverage.status is Status.PARTLY
    assert "1 of 2 cue groups met, 2 needed" in item.summary


def test_a_group_with_a_part_missing_names_what_is_lacking():
    _, found = groups("Facebook is where the customers of the shop spend most of their evenings.")
    (miss,) = found["Facebook and offers"].near_misses
    assert miss.kind is Miss.PARTIAL
    assert miss.text == "Facebook"
    assert "none of: promotion / special offer" in miss.reason


def test_a_keyword_list_is_a_near_miss():
    _, found = groups("Facebook, promotion, reach, friends")
    (miss,) = found["Facebook and offers"].near_misses
    assert miss.kind is Miss.LIST


def test_words_quoting_the_prompt_do_not_count():
    _, found = groups("The company use Facebook for its weekly promotions, the question says.")
    kinds = {m.kind for m in found["Facebook and offers"].near_misses}
    assert Miss.QUOTED in kinds
    assert not found["Facebook and offers"].met


def test_a_real_word_one_letter_off_is_not_taken_for_a_typo():
    _, found = groups("Their contnet is great.")
    assert found["content"].met  # a typing mistake counts, and says so
    assert found["content"].evidence[0].fuzzy
    _, found = groups("Customers give their consent before the shop writes to them.")
    (miss,) = found["content"].near_misses
    assert miss.kind is Miss.TYPO
    assert "'consent' is one letter away from 'content'" in miss.reason
    assert "real word" in miss.reason


def test_why_a_group_is_unmet_in_one_line():
    def why(answer: str, name: str = "Facebook and offers") -> tuple[str, str]:
        reason: tuple[str, str] | None = groups(answer)[1][name].why
        assert reason is not None, "met"
        return reason

    assert groups("On Facebook every promotion reaches the customers.")[1][
        "Facebook and offers"
    ].met
    assert groups("On Facebook every promotion reaches them.")[1]["Facebook and offers"].why is None
    kind, text = why("Twitter is where the news goes, nothing else, for all the world.")
    assert kind == "no term" and "none of its terms" in text
    kind, text = why(
        # Neighbouring sentences meet a group together (towards partly); these stand apart.
        "Facebook is where the customers of the shop spend their evenings. "
        "The shop itself is small and old. "
        "A promotion works best on a Friday, when people plan their weekend."
    )
    assert kind == "in another sentence"
    assert "not in one sentence" in text
    kind, text = why("Facebook is where the customers of the shop spend most of their evenings.")
    assert kind == "lacks a part" and "none of: promotion / special offer" in text
    assert why("Facebook, promotion, reach, friends")[0] == "list"
    assert why("The company use Facebook for its weekly promotions, the question says.")[0] == (
        "quoted"
    )
    assert why("Customers give their consent first.", "content")[0] == "typo"
