"""Banks updated in place, rubric changes, progress per question and the weakest arguments."""

from __future__ import annotations

from dataclasses import replace

import pytest

from casebank.coverage import check
from casebank.model import Question
from casebank.vocabulary import SelfAssessment
from desktop.store import Store, changed_arguments, list_backups, rubric_hash
from tests.core import banks
from tests.core.conftest import FakeClock


def answer(store: Store, question: Question, text: str, levels: dict[str, SelfAssessment]) -> int:
    attempt = store.start_attempt(banks.BANK_ID, question.key)
    store.submit(attempt.id, levels, text=text, coverage=check(question, text))
    return attempt.id


def test_updating_a_bank_keeps_every_attempt_and_flags_changed_rubrics(store: Store):
    v1 = banks.bank()
    pricing = answer(
        store, v1.question(banks.PRICING), banks.COVERS_PRICE, {"price": SelfAssessment.FULLY}
    )
    channels = answer(store, v1.question(banks.CHANNELS), banks.COVERS_REACH, {})

    update = store.import_bank(banks.with_changed_price_cues("2.0.0"))

    assert (update.previous_version, update.version) == ("1.0.0", "2.0.0")
    assert update.changed_rubrics == (banks.PRICING,)
    assert update.added == update.removed == ()
    assert update.backup is not None and update.backup in [
        b.path for b in list_backups(store.data_dir)
    ]
    old = store.attempt(pricing)
    assert old.rubric_changed and old.text == banks.COVERS_PRICE
    assert old.bank_version == "1.0.0"
    assert not store.attempt(channels).rubric_changed
    new_question = banks.with_changed_price_cues().question(banks.PRICING)
    hashes = {v.argument_id: v.rubric_hash for v in old.verdicts}
    assert changed_arguments(hashes, new_question) == ["price"]


def test_rewording_a_rubric_is_not_a_change_of_rubric():
    question = banks.bank().question(banks.PRICING)
    reworded = replace(
        question,
        prompt="Discuss the shop's prices.",
        arguments=tuple(
            replace(a, title=a.title + "!", guidance="new", model_paragraph="new")
            for a in reversed(question.arguments)
        ),
    )
    assert rubric_hash(reworded) == rubric_hash(question)
    assert rubric_hash(replace(question, arguments=question.arguments[:1])) != rubric_hash(question)
    more_marks = replace(question.arguments[0], marks=3)
    assert rubric_hash(replace(question, arguments=(more_marks, question.arguments[1]))) != (
        rubric_hash(question)
    )


def test_continuing_under_the_new_rubric_makes_the_marks_fit_again(store: Store):
    attempt = store.start_attempt(banks.BANK_ID, banks.PRICING)
    store.save_revision(attempt.id, banks.COVERS_PRICE)
    store.import_bank(banks.with_changed_price_cues())
    assert store.attempt(attempt.id).rubric_changed

    new_question = banks.with_changed_price_cues().question(banks.PRICING)
    revision = store.save_revision(
        attempt.id, banks.COVERS_PRICE, check(new_question, banks.COVERS_PRICE)
    )

    assert revision is not None  # same text, but checked against the new rubric
    assert not store.attempt(attempt.id).rubric_changed


def test_reimporting_the_same_bank_changes_nothing(store: Store):
    again = store.import_bank(banks.bank(), location="/banks/test.casebank")
    assert again.changed_rubrics == again.added == again.removed == ()
    assert again.backup is None
    assert [b.location for b in store.banks()] == ["/banks/test.casebank"]


def test_a_question_dropped_from_the_bank_keeps_its_attempts(store: Store):
    attempt = store.start_attempt(banks.BANK_ID, banks.CHANNELS)
    pricing_only = banks.bank("1.1.0", banks.bank().question(banks.PRICING))

    update = store.import_bank(pricing_only)

    assert update.removed == (banks.CHANNELS,)
    assert [p.question_key for p in store.progress(banks.BANK_ID)] == [banks.PRICING]
    assert store.attempt(attempt.id).question_key == banks.CHANNELS
    with pytest.raises(ValueError, match="no longer"):
        store.start_attempt(banks.BANK_ID, banks.CHANNELS)
    assert store.import_bank(banks.bank("1.2.0")).added == (banks.CHANNELS,)
    assert len(store.attempts_for(banks.BANK_ID, banks.CHANNELS)) == 1


def test_progress_per_question(store: Store, clock: FakeClock):
    v1 = banks.bank()
    pricing = v1.question(banks.PRICING)
    first = store.start_attempt(banks.BANK_ID, banks.PRICING)
    store.save_revision(
        first.id, banks.COVERS_BOTH, check(pricing, banks.COVERS_BOTH), seconds_spent=300
    )
    clock.advance(60)
    second = store.start_attempt(banks.BANK_ID, banks.PRICING)
    store.save_revision(
        second.id, banks.COVERS_PRICE, check(pricing, banks.COVERS_PRICE), seconds_spent=120
    )
    store.submit(second.id, {})

    progress = {p.question_key: p for p in store.progress(banks.BANK_ID)}

    mine = progress[banks.PRICING]
    assert (mine.attempts, mine.submitted) == (2, 1)
    assert mine.best_score == pytest.approx(1.0)
    assert mine.last_score == pytest.approx(0.5)
    assert mine.seconds_spent == 420
    assert mine.last_at == clock.now
    assert progress[banks.CHANNELS].attempts == 0
    assert progress[banks.CHANNELS].best_score is None
    assert not mine.last_draft and mine.last_words == 15


def test_progress_says_when_the_newest_attempt_is_a_draft(store: Store, clock: FakeClock):
    pricing = banks.bank().question(banks.PRICING)
    handed_in = store.start_attempt(banks.BANK_ID, banks.PRICING)
    store.submit(
        handed_in.id, {}, text=banks.COVERS_BOTH, coverage=check(pricing, banks.COVERS_BOTH)
    )
    clock.advance(60)
    draft = store.start_attempt(banks.BANK_ID, banks.PRICING)
    store.save_revision(draft.id, "Three words here.")

    [mine] = [p for p in store.progress(banks.BANK_ID) if p.question_key == banks.PRICING]

    assert mine.last_draft and mine.last_words == 3 and mine.last_at == clock.now


def test_progress_does_not_count_old_marks_as_best(store: Store):
    pricing = banks.bank().question(banks.PRICING)
    attempt = store.start_attempt(banks.BANK_ID, banks.PRICING)
    store.save_revision(attempt.id, banks.COVERS_BOTH, check(pricing, banks.COVERS_BOTH))

    store.import_bank(banks.with_changed_price_cues())

    mine = store.progress(banks.BANK_ID)[0]
    assert mine.best_score is None
    assert mine.last_score == pytest.approx(1.0) and mine.last_rubric_changed


def test_weakest_arguments_are_those_missed_most_often(store: Store, clock: FakeClock):
    bank = banks.bank()
    pricing, channels = bank.question(banks.PRICING), bank.question(banks.CHANNELS)
    # quality: missed twice (the second time only the student says so); time: missed by
    # detection, once not assessed and once assessed as partly; price and reach: always made.
    answer(
        store,
        pricing,
        banks.COVERS_PRICE,
        {"price": SelfAssessment.FULLY, "quality": SelfAssessment.NONE},
    )
    clock.advance(60)
    answer(
        store,
        pricing,
        banks.COVERS_BOTH,
        {"price": SelfAssessment.FULLY, "quality": SelfAssessment.NONE},
    )
    clock.advance(60)
    answer(store, channels, banks.COVERS_REACH, {"reach": SelfAssessment.FULLY})
    clock.advance(60)
    answer(
        store,
        channels,
        banks.COVERS_REACH,
        {"reach": SelfAssessment.FULLY, "time": SelfAssessment.PARTLY},
    )
    draft = store.start_attempt(banks.BANK_ID, banks.PRICING)  # drafts do not count
    store.save_revision(draft.id, "Nothing about anything.")
    deleted = answer(
        store,
        channels,
        banks.COVERS_REACH,
        {"time": SelfAssessment.NONE, "reach": SelfAssessment.NONE},
    )
    store.delete(deleted)

    weakest = store.weakest_arguments()

    assert [(w.argument_id, w.attempts, w.missed, w.partly, w.disagreed) for w in weakest] == [
        ("time", 2, 2, 0, 1),  # answered last
        ("quality", 2, 2, 0, 1),
    ]
    assert weakest[1].title == "Quality" and weakest[1].miss_rate == 1.0
    assert store.weakest_arguments(limit=1, bank_id="other.bank") == []
    assert len(store.weakest_arguments(limit=1)) == 1


def test_weakest_arguments_hear_the_detection_and_the_student_alike(store: Store):
    pricing = banks.bank().question(banks.PRICING)
    # Detected: price covered, quality missing. The student rates quality fully (the
    # detection says missed) and price partly (the detection says made).
    answer(
        store,
        pricing,
        banks.COVERS_PRICE,
        {"price": SelfAssessment.PARTLY, "quality": SelfAssessment.FULLY},
    )

    weakest = {w.argument_id: (w.missed, w.partly, w.disagreed) for w in store.weakest_arguments()}

    assert weakest == {"quality": (1, 0, 1), "price": (0, 1, 1)}


def test_an_argument_both_say_was_made_is_not_weak(store: Store):
    pricing = banks.bank().question(banks.PRICING)
    answer(
        store,
        pricing,
        banks.COVERS_BOTH,
        {"price": SelfAssessment.FULLY, "quality": SelfAssessment.FULLY},
    )

    assert store.weakest_arguments() == []


def test_weakest_arguments_leave_out_marks_made_against_an_older_rubric(store: Store):
    pricing = banks.bank().question(banks.PRICING)
    answer(
        store,
        pricing,
        banks.COVERS_BOTH,
        {"price": SelfAssessment.NONE, "quality": SelfAssessment.NONE},
    )

    store.import_bank(banks.with_changed_price_cues())

    assert [w.argument_id for w in store.weakest_arguments()] == ["quality"]
