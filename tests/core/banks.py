"""A small bank built in code, with versions whose rubrics differ, for the store's tests."""

from __future__ import annotations

from dataclasses import replace

from casebank.model import Argument, Bank, Case, Cue, Manifest, Question

BANK_ID = "test.store"
PRICING = "shop/pricing"
CHANNELS = "shop/channels"


def argument(arg_id: str, *terms: str, title: str = "", marks: float = 2) -> Argument:
    return Argument(
        arg_id,
        title or arg_id.title(),
        marks,
        "guidance",
        "found",
        "missing",
        "model",
        (Cue(tuple(terms)),),
        covered_at=1,
    )


PRICE = argument("price", "price", "cost")
QUALITY = argument("quality", "quality", "craft")
REACH = argument("reach", "reach", "audience")
TIME = argument("time", "time", "hours")


def question(question_id: str, *arguments: Argument) -> Question:
    return Question(question_id, "shop", "Discuss the shop.", 4, "model answer", arguments, "en")


def bank(version: str = "1.0.0", *questions: Question) -> Bank:
    if not questions:
        questions = (question("pricing", PRICE, QUALITY), question("channels", REACH, TIME))
    manifest = Manifest(1, BANK_ID, "Store test bank", version, "en", (), "CC0-1.0", "")
    case = Case("shop", "The shop", "en", "A shop.", tuple(questions))
    return Bank(manifest, (case,), {})


def with_changed_price_cues(version: str = "2.0.0") -> Bank:
    """Version 2: the price argument is detected differently; the rest is as in version 1."""
    new_price = replace(PRICE, cues=(Cue(("price", "cost", "margin")),))
    return bank(version, question("pricing", new_price, QUALITY), question("channels", REACH, TIME))


# Full sentences, so that the engine counts their cue words as prose, not as a keyword list.
COVERS_PRICE = "The price of the cakes is far too high for the people who live nearby."
COVERS_BOTH = COVERS_PRICE + " Their quality is what makes the shop known in the town."
COVERS_REACH = "Posting photos online will reach a wider audience of people in the town."
