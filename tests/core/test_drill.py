"""A recall drill: a few minutes, no checklist while writing, ratings beside the detection, then
the model paragraphs of what was missed; stored and scheduled like any attempt."""

from __future__ import annotations

import pytest

from casebank.vocabulary import Mode, SelfAssessment, Status
from desktop.drill import DEFAULT_DRILL_MINUTES, DrillSession
from desktop.session import Phase
from desktop.store import Store
from desktop.store.plan import StudyPlan
from tests.core.test_session import BANK, FACEBOOK, QUESTION
from tests.helpers import Ticker


@pytest.fixture
def bank_store(store: Store) -> Store:
    store.import_bank(BANK)
    return store


def drill(store: Store, ticker: Ticker, **kwargs) -> DrillSession:
    attempt = store.start_attempt(BANK.id, QUESTION.key, Mode.DRILL)
    return DrillSession(store, QUESTION, attempt, clock=ticker, **kwargs)


def test_a_drill_lasts_five_minutes_and_shows_no_checklist_while_writing(bank_store):
    ticker = Ticker()
    session = drill(bank_store, ticker)
    session.edit(FACEBOOK)

    assert session.stopwatch.remaining() == DEFAULT_DRILL_MINUTES * 60
    assert not session.details_visible and not session.titles_visible
    assert all(item.title == "" and item.status is None for item in session.checklist())
    assert session.detected() == {} and session.results() == []

    ticker.now += DEFAULT_DRILL_MINUTES * 60
    assert session.tick()  # time is up: handed in
    assert session.phase is Phase.ASSESSING
    assert bank_store.attempt(session.attempt.id).text == FACEBOOK


def test_the_student_rates_each_argument_beside_the_detection(bank_store):
    session = drill(bank_store, Ticker(), minutes=3)
    assert session.stopwatch.limit == 180
    session.edit(FACEBOOK)
    session.submit()

    detected = session.detected()
    assert detected["facebook-network"] in (Status.COVERED, Status.PARTLY)
    assert detected["risks-limits"] is Status.MISSING
    session.assess("facebook-network", SelfAssessment.FULLY)
    session.assess("twitter-nature", SelfAssessment.PARTLY)
    results = {r.argument.id: r for r in session.results()}
    assert results["facebook-network"].rating is SelfAssessment.FULLY
    assert results["risks-limits"].rating is None
    assert session.missed() == []  # not before the reveal

    session.reveal()

    missed = [argument.id for argument in session.missed()]
    assert "twitter-nature" in missed  # rated partly
    assert "risks-limits" in missed  # not rated, detected missing
    assert "facebook-network" not in missed
    saved = bank_store.attempt(session.attempt.id)
    assert (saved.mode, saved.submitted) == ("drill", True)
    assert saved.self_assessment == {"facebook-network": "fully", "twitter-nature": "partly"}
    reviewed = {r.argument_id for r in StudyPlan(bank_store).reviews(BANK.id, QUESTION.key)}
    assert {"facebook-network", "twitter-nature", "risks-limits"} <= reviewed


def test_a_drill_needs_a_drill_attempt_and_some_time(bank_store):
    attempt = bank_store.start_attempt(BANK.id, QUESTION.key, "practice")
    with pytest.raises(ValueError, match="mode drill"):
        DrillSession(bank_store, QUESTION, attempt)
    session = drill(bank_store, Ticker())
    with pytest.raises(ValueError, match="some time"):
        session.set_minutes(0)
    session.set_minutes(8)
    assert session.stopwatch.limit == 480
