"""The study plan: the rating rule, scheduling replayed from a history, what is due, bank updates,
pauses and the desired retention."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from fsrs import Rating

from casebank.coverage import check
from casebank.model import Question
from casebank.vocabulary import Mode, SelfAssessment, Status
from desktop.store import Store
from desktop.store.plan import Basis, StudyPlan, rate
from tests.core import banks
from tests.core.conftest import FakeClock

PRICING = banks.bank().question(banks.PRICING)
CHANNELS = banks.bank().question(banks.CHANNELS)
DAY = 24 * 3600


@pytest.mark.parametrize(
    ("level", "detected", "expected"),
    [
        ("fully", "missing", (Rating.Good, Basis.SELF)),
        ("partly", "covered", (Rating.Hard, Basis.SELF)),
        ("none", "covered", (Rating.Again, Basis.SELF)),
        ("fully", None, (Rating.Good, Basis.SELF)),
        (None, "covered", (Rating.Good, Basis.DETECTED)),
        (None, "partly", (Rating.Hard, Basis.DETECTED)),
        (None, "missing", (Rating.Again, Basis.DETECTED)),
        (None, "self-assessed", None),
        (None, None, None),
    ],
)
def test_the_students_own_mark_comes_first_then_the_detection(
    level: str | None, detected: str | None, expected: tuple[Rating, Basis] | None
):
    assessed = SelfAssessment(level) if level else None
    assert rate(assessed, Status(detected) if detected else None) == expected


def submit(
    store: Store,
    levels: dict[str, SelfAssessment],
    text: str = banks.COVERS_PRICE,
    mode: Mode = Mode.PRACTICE,
    key: str = banks.PRICING,
    question: Question | None = None,
) -> int:
    question = question or (PRICING if key == banks.PRICING else CHANNELS)
    attempt = store.start_attempt(banks.BANK_ID, key, mode)
    store.submit(attempt.id, levels, text=text, coverage=check(question, text))
    return attempt.id


def at(day: int, hour: int = 9) -> datetime:
    return datetime(2025, 3, day, hour, tzinfo=UTC)


def schedule(plan: StudyPlan, key: str = banks.PRICING) -> dict[str, datetime]:
    return {card.argument_id: card.due for card in plan.cards(banks.BANK_ID, key)}


def history(store: Store, clock: FakeClock) -> None:
    """A fixed sequence: an exam on 3 March, a drill on 5 March, a practice on 12 March."""
    # 3 March: price covered and marked fully; quality missing and not marked (detected: again).
    submit(store, {"price": SelfAssessment.FULLY}, mode=Mode.EXAM)
    clock.advance(2 * DAY)
    # 5 March: price only partly recalled; quality recalled.
    submit(
        store,
        {"price": SelfAssessment.PARTLY, "quality": SelfAssessment.FULLY},
        banks.COVERS_BOTH,
        mode=Mode.DRILL,
    )
    clock.advance(7 * DAY)
    # 12 March: both, by the detection alone.
    submit(store, {}, banks.COVERS_BOTH)


def test_a_replayed_history_gives_known_due_dates(store: Store, clock: FakeClock):
    plan = StudyPlan(store)
    submit(store, {"price": SelfAssessment.FULLY}, mode=Mode.EXAM)
    # Good on a first review is due in 2 days, Again the next day: whole days, no minutes.
    assert schedule(plan) == {"price": at(5), "quality": at(4)}

    clock.advance(2 * DAY)
    submit(
        store,
        {"price": SelfAssessment.PARTLY, "quality": SelfAssessment.FULLY},
        banks.COVERS_BOTH,
        mode=Mode.DRILL,
    )
    # Hard on the day it was due still lengthens the interval; Good after Again starts afresh.
    assert schedule(plan) == {"price": at(13), "quality": at(7)}

    clock.advance(7 * DAY)
    submit(store, {}, banks.COVERS_BOTH)
    assert schedule(plan) == {
        "price": datetime(2025, 4, 6, 9, tzinfo=UTC),
        "quality": at(24),
    }
    ratings = [
        (r.argument_id, r.rating, r.basis) for r in plan.reviews(banks.BANK_ID, banks.PRICING)
    ]
    assert ratings == [
        ("price", Rating.Good, Basis.SELF),
        ("quality", Rating.Again, Basis.DETECTED),
        ("price", Rating.Hard, Basis.SELF),
        ("quality", Rating.Good, Basis.SELF),
        ("price", Rating.Good, Basis.DETECTED),
        ("quality", Rating.Good, Basis.DETECTED),
    ]


def test_rebuilding_gives_the_same_schedule(store: Store, clock: FakeClock):
    plan = StudyPlan(store)
    history(store, clock)
    before = schedule(plan)
    stabilities = [r.stability for r in plan.reviews(banks.BANK_ID, banks.PRICING)]

    rebuilt = plan.rebuild()

    assert (rebuilt.attempts, rebuilt.reviews, rebuilt.cards) == (3, 6, 2)
    assert schedule(plan) == before
    assert [r.stability for r in plan.reviews(banks.BANK_ID, banks.PRICING)] == stabilities


def test_drafts_review_nothing_and_a_second_submission_replaces_the_first(
    store: Store, clock: FakeClock
):
    plan = StudyPlan(store)
    draft = store.start_attempt(banks.BANK_ID, banks.PRICING)
    store.save_revision(draft.id, banks.COVERS_PRICE)
    assert plan.cards(banks.BANK_ID, banks.PRICING) == []

    attempt = submit(store, {"price": SelfAssessment.NONE})
    store.submit(attempt, {"price": SelfAssessment.FULLY})

    assert [(r.argument_id, r.rating) for r in plan.reviews(banks.BANK_ID, banks.PRICING)] == [
        ("price", Rating.Good),
        ("quality", Rating.Again),
    ]


def test_a_deleted_attempt_stops_counting_and_counts_again_when_brought_back(
    store: Store, clock: FakeClock
):
    plan = StudyPlan(store)
    submit(store, {"price": SelfAssessment.FULLY, "quality": SelfAssessment.FULLY})
    clock.advance(DAY)
    second = submit(store, {"price": SelfAssessment.NONE, "quality": SelfAssessment.FULLY})
    with_both = schedule(plan)

    store.delete(second)
    assert schedule(plan) == {"price": at(5), "quality": at(5)}
    assert len(plan.reviews(banks.BANK_ID, banks.PRICING)) == 2

    store.undelete(second)
    assert schedule(plan) == with_both


def test_the_due_view_lists_what_is_due_the_most_at_risk_first(store: Store, clock: FakeClock):
    plan = StudyPlan(store)
    submit(store, {"price": SelfAssessment.FULLY, "quality": SelfAssessment.NONE})
    submit(
        store,
        {"reach": SelfAssessment.FULLY, "time": SelfAssessment.FULLY},
        banks.COVERS_REACH,
        key=banks.CHANNELS,
    )
    assert plan.due(at(3, 23)) == []

    due = plan.due(at(4, 23), now=at(4, 12))
    assert [(q.question_key, q.due, q.cards) for q in due] == [(banks.PRICING, 1, 2)]
    assert due[0].overdue(at(4, 12)) == timedelta(hours=3)

    later = plan.due(at(7, 23), now=at(7, 12))
    # Pricing's quality was forgotten (again) and is the most at risk; both of channels' are due.
    assert [(q.question_key, q.due) for q in later] == [(banks.PRICING, 2), (banks.CHANNELS, 2)]
    assert later[0].recall < later[1].recall
    assert plan.next_due() == {
        (banks.BANK_ID, banks.PRICING): at(4),
        (banks.BANK_ID, banks.CHANNELS): at(5),
    }


def test_a_changed_argument_keeps_its_card_marked_until_it_is_reviewed_again(
    store: Store, clock: FakeClock
):
    plan = StudyPlan(store)
    submit(store, {"price": SelfAssessment.FULLY, "quality": SelfAssessment.FULLY})
    [price, quality] = plan.cards(banks.BANK_ID, banks.PRICING)

    clock.advance(DAY)
    store.import_bank(banks.with_changed_price_cues())

    changed = {card.argument_id: card for card in plan.cards(banks.BANK_ID, banks.PRICING)}
    assert changed["price"].changed and not changed["quality"].changed
    assert (changed["price"].id, changed["price"].due) == (price.id, price.due)
    assert plan.due(at(5, 23))[0].changed == 1

    clock.advance(2 * DAY)
    submit(
        store,
        {"price": SelfAssessment.FULLY},
        question=banks.with_changed_price_cues().question(banks.PRICING),
    )
    assert not any(card.changed for card in plan.cards(banks.BANK_ID, banks.PRICING))
    assert len(plan.reviews(banks.BANK_ID, banks.PRICING)) == 4
    assert quality.id == changed["quality"].id


def test_a_removed_argument_retires_its_card_and_a_returning_one_comes_back(
    store: Store, clock: FakeClock
):
    plan = StudyPlan(store)
    submit(store, {"price": SelfAssessment.FULLY, "quality": SelfAssessment.NONE})
    only_price = banks.bank(
        "2.0.0",
        banks.question("pricing", banks.PRICE),
        banks.question("channels", banks.REACH, banks.TIME),
    )
    store.import_bank(only_price)

    cards = {card.argument_id: card.retired for card in plan.cards(banks.BANK_ID, banks.PRICING)}
    assert cards == {"price": False, "quality": True}
    assert [(q.question_key, q.due, q.cards) for q in plan.due(at(9, 23))] == [
        (banks.PRICING, 1, 1)
    ]
    assert plan.due(at(4, 23)) == []  # quality, due on the 4th, is no longer there to study

    store.import_bank(banks.bank("3.0.0"))
    assert not any(card.retired for card in plan.cards(banks.BANK_ID, banks.PRICING))


def test_a_removed_question_retires_every_card_of_it(store: Store):
    plan = StudyPlan(store)
    submit(store, {"price": SelfAssessment.FULLY, "quality": SelfAssessment.NONE})
    store.import_bank(banks.bank("2.0.0", banks.question("channels", banks.REACH, banks.TIME)))

    assert all(card.retired for card in plan.cards(banks.BANK_ID, banks.PRICING))
    assert plan.due(at(30)) == []
    assert plan.next_due() == {}


def test_nothing_is_due_while_paused_and_a_pause_moves_every_due_date(
    store: Store, clock: FakeClock
):
    plan = StudyPlan(store)
    submit(store, {"price": SelfAssessment.FULLY, "quality": SelfAssessment.NONE})
    clock.advance(DAY / 2)
    plan.pause()
    plan.pause()  # once is enough
    assert plan.paused_since() == at(3, 21)
    assert plan.due(at(30)) == []

    clock.advance(10 * DAY)
    plan.resume()

    assert plan.paused_since() is None
    assert schedule(plan) == {"price": at(15), "quality": at(14)}
    assert [q.due for q in plan.due(at(14, 23))] == [1]
    rebuilt = schedule(plan)
    plan.rebuild()
    assert schedule(plan) == rebuilt  # the pause is part of the history


def test_a_higher_desired_retention_brings_reviews_sooner(store: Store, clock: FakeClock):
    plan = StudyPlan(store)
    assert plan.retention() == 0.9
    history(store, clock)
    relaxed = schedule(plan)

    plan.set_retention(0.95)

    assert plan.retention() == 0.95
    strict = schedule(plan)
    assert all(strict[argument] < relaxed[argument] for argument in relaxed)
    with pytest.raises(ValueError, match=r"between 0\.7 and 0\.97"):
        plan.set_retention(0.99)


def test_catching_up_reviews_the_attempts_made_before_the_plan(store: Store, clock: FakeClock):
    plan = StudyPlan(store)
    history(store, clock)
    expected = schedule(plan)
    store.db.execute("DELETE FROM cards")  # as a database from before the study plan
    store.db.conn.commit()
    assert plan.cards(banks.BANK_ID, banks.PRICING) == []

    assert plan.catch_up() == 3
    assert schedule(plan) == expected
    assert plan.catch_up() == 0


def test_a_drill_is_stored_like_any_attempt(store: Store):
    attempt = submit(
        store, {"price": SelfAssessment.FULLY, "quality": SelfAssessment.PARTLY}, mode=Mode.DRILL
    )
    saved = store.attempt(attempt)
    assert (saved.mode, saved.submitted, dict(saved.self_assessment)) == (
        "drill",
        True,
        {"price": "fully", "quality": "partly"},
    )
    assert [a.mode for a in store.attempts_for(banks.BANK_ID, banks.PRICING)] == ["drill"]


def test_the_plan_command_says_what_is_due_and_rebuilds(data_dir, clock: FakeClock):
    from click.testing import CliRunner

    from desktop.cli import cli

    past = FakeClock()
    past.now = datetime.now(UTC) - timedelta(days=5)
    with Store.open(data_dir, clock=past) as store:
        store.import_bank(banks.bank())
        submit(store, {"price": SelfAssessment.FULLY}, mode=Mode.DRILL)

    def run(*args: str) -> str:
        result = CliRunner().invoke(
            cli, ["plan", "--data-dir", str(data_dir), *args], catch_exceptions=False
        )
        assert result.exit_code == 0
        return result.output

    due = "1 question due today, the most at risk first:\n- test.store shop/pricing: 2 of 2 "
    assert run().startswith(due)
    assert "arguments due, 4 days overdue. Discuss the shop." in run()
    rebuilt = run("--rebuild")
    assert rebuilt.startswith(
        "Rebuilt the study plan from 1 submitted attempt: 2 reviews of 2 arguments.\n" + due
    )
    with Store.open(data_dir) as store:
        StudyPlan(store).pause()
    assert run().startswith("The study plan is paused since ")


def test_the_recall_history_falls_between_reviews_and_jumps_at_each(store: Store, clock: FakeClock):
    plan = StudyPlan(store)
    history(store, clock)

    chart = plan.recall_history(banks.BANK_ID, banks.PRICING, now=at(14), points=300)

    assert chart.times[0] == at(3) and chart.times[-1] == datetime(2025, 4, 6, 9, tzinfo=UTC)
    assert chart.retention == 0.9
    [price, quality] = chart.curves
    assert (price.title, quality.title) == ("Price", "Quality")
    assert [r.rating for r in quality.reviews] == [Rating.Again, Rating.Good, Rating.Good]
    values = [v for v in quality.recall if v is not None]
    assert values[0] == 1.0  # just reviewed
    before = chart.times.index(max(t for t in chart.times if t < at(5)))
    after = chart.times.index(min(t for t in chart.times if t >= at(5, 12)))
    forgotten, recalled = quality.recall[before], quality.recall[after]
    assert forgotten is not None and recalled is not None
    assert forgotten < 0.9 < recalled  # forgotten, then recalled
    # At its due date an argument is down to the desired retention, give or take a day's decay.
    assert price.recall[-1] == pytest.approx(0.9, abs=0.01)
    assert plan.recall_history(banks.BANK_ID, banks.CHANNELS, now=at(14)).curves == ()
