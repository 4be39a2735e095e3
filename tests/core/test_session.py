"""The study session: phases, what the checklist may show, exam time, autosave, submitting."""

from __future__ import annotations

from pathlib import Path

import pytest

from casebank import load
from casebank.vocabulary import SelfAssessment, Status
from desktop.session import Phase, Stopwatch, StudySession, Unsaved, WordLimit, clock_text
from desktop.store import Store
from desktop.store.autosave import AutosavePolicy
from tests.helpers import Ticker

ROOT = Path(__file__).resolve().parents[2]
BANK = load(ROOT / "resources/banks/brands-social-media")
QUESTION = BANK.question("amazon-international/platform-roles")
FACEBOOK = (
    "Amazon uses Facebook to reach a network of friends who share its offers and special "
    "deals with each other, so promotions spread from one customer to the next."
)


@pytest.fixture
def bank_store(store: Store) -> Store:
    store.import_bank(BANK)
    return store


def phase(s: StudySession) -> Phase:
    """The session's phase, read afresh (mypy would keep an earlier assert's narrowing)."""
    return s.phase


def session(store: Store, ticker: Ticker, mode: str = "practice", **kwargs) -> StudySession:
    attempt = store.start_attempt(BANK.id, QUESTION.key, mode)  # type: ignore[arg-type]
    return StudySession(store, QUESTION, attempt, clock=ticker, **kwargs)


def test_practice_checklist_shows_titles_and_updates_with_the_text(bank_store):
    s = session(bank_store, Ticker())
    before = s.checklist()
    assert [i.title for i in before] == [a.title for a in QUESTION.arguments]
    assert all(i.status is Status.MISSING for i in before if i.status is not Status.SELF_ASSESSED)
    s.edit(FACEBOOK)
    after = {i.argument_id: i.status for i in s.checklist()}
    assert after["facebook-network"] in (Status.COVERED, Status.PARTLY)


def test_exam_checklist_hides_titles_until_the_reveal(bank_store):
    ticker = Ticker()
    s = session(bank_store, ticker, "exam")
    s.edit(FACEBOOK)
    hidden = s.checklist()
    assert len(hidden) == len(QUESTION.arguments)
    assert all(i.title == "" and i.status is None for i in hidden)
    assert s.arguments_at(5) == []
    s.submit()
    assert s.phase is Phase.ASSESSING and not s.editable
    assessing = s.checklist()
    assert assessing[0].title and assessing[0].status is None  # titles to assess, no detection
    s.assess("facebook-network", SelfAssessment.FULLY)
    s.assess(QUESTION.arguments[1].id, SelfAssessment.NONE)
    calibration = s.reveal()
    assert phase(s) is Phase.REVEALED
    assert any(i.status is not None for i in s.checklist())
    assert calibration is not None and calibration.compared >= 1
    stored = bank_store.attempt(s.attempt.id)
    assert stored.submitted and stored.self_assessment["facebook-network"] == "fully"
    assert stored.text == FACEBOOK


def test_text_is_locked_after_submitting(bank_store):
    s = session(bank_store, Ticker())
    s.edit("First words.")
    s.submit()
    s.edit("Changed afterwards.")
    assert s.text == "First words."


def test_reveal_needs_a_submission_and_assess_a_known_argument(bank_store):
    s = session(bank_store, Ticker())
    with pytest.raises(ValueError):
        s.reveal()
    with pytest.raises(ValueError):
        s.assess("facebook-network", SelfAssessment.FULLY)
    s.submit()
    with pytest.raises(KeyError):
        s.assess("no-such-argument", SelfAssessment.FULLY)
    s.assess("facebook-network", SelfAssessment.PARTLY)
    s.assess("facebook-network", None)
    assert "facebook-network" in s.unassessed


def test_exam_ends_when_its_time_is_up(bank_store):
    ticker = Ticker()
    s = session(bank_store, ticker, "exam")
    assert s.stopwatch.limit == (QUESTION.minutes or 0) * 60
    s.set_exam_minutes(1)
    s.edit(FACEBOOK)
    ticker.now += 59
    assert s.tick() is False and s.phase is Phase.WRITING
    assert s.stopwatch.remaining() == pytest.approx(1)
    ticker.now += 1
    assert s.tick() is True
    assert phase(s) is Phase.ASSESSING
    assert bank_store.attempt(s.attempt.id).text == FACEBOOK


def test_exam_time_must_be_positive_and_only_exams_have_one(bank_store):
    exam = session(bank_store, Ticker(), "exam")
    with pytest.raises(ValueError):
        exam.set_exam_minutes(0)
    with pytest.raises(ValueError):
        session(bank_store, Ticker()).set_exam_minutes(10)


def test_autosave_after_a_pause_and_on_focus_change(bank_store):
    ticker = Ticker()
    s = session(bank_store, ticker, autosave=AutosavePolicy(idle=3, longest=10))
    s.edit("Amazon was late to social media.")
    ticker.now += 2
    s.tick()
    assert bank_store.revisions(s.attempt.id) == []
    ticker.now += 1
    s.tick()
    assert [r.text for r in bank_store.revisions(s.attempt.id)] == [
        "Amazon was late to social media."
    ]
    s.edit("Amazon was late to social media. It caught up.")
    assert s.focus_changed() is True
    assert bank_store.attempt(s.attempt.id).text.endswith("It caught up.")


def test_time_spent_counts_only_while_writing_and_carries_over(bank_store):
    ticker = Ticker()
    s = session(bank_store, ticker)
    s.edit("Some words here.")
    ticker.now += 90
    s.close()
    ticker.now += 1000  # away from the attempt: not counted
    attempt = bank_store.open_attempt(s.attempt.id)
    assert attempt.seconds_spent == pytest.approx(90)
    again = StudySession(bank_store, QUESTION, attempt, clock=ticker)
    ticker.now += 30
    assert again.stopwatch.elapsed() == pytest.approx(120)


def test_a_submitted_attempt_reopens_revealed(bank_store):
    ticker = Ticker()
    s = session(bank_store, ticker)
    s.edit(FACEBOOK)
    s.submit()
    s.assess("facebook-network", SelfAssessment.FULLY)
    s.reveal()
    reopened = StudySession(bank_store, QUESTION, bank_store.attempt(s.attempt.id), clock=ticker)
    assert reopened.phase is Phase.REVEALED and not reopened.editable
    assert reopened.assessment == {"facebook-network": SelfAssessment.FULLY}
    calibration = reopened.calibration()
    assert calibration is not None and calibration.rows[0].assessed is SelfAssessment.FULLY


def test_word_limits(bank_store):
    s = session(bank_store, Ticker())
    assert s.word_limit() is WordLimit.UNDER
    s.edit("word " * (QUESTION.min_words or 0))
    assert s.word_limit() is WordLimit.WITHIN
    s.edit("word " * ((QUESTION.max_words or 0) + 1))
    assert s.word_limit() is WordLimit.OVER


def test_stopwatch_and_clock_text():
    ticker = Ticker()
    watch = Stopwatch(ticker, spent=10, limit=None)
    assert watch.remaining() is None and not watch.expired
    watch.start()
    ticker.now += 5
    watch.stop()
    ticker.now += 100
    assert watch.elapsed() == 15
    assert clock_text(65) == "1:05"
    assert clock_text(3725) == "1:02:05"


def test_leaving_while_the_save_fails_asks_until_the_student_decides(bank_store):
    """The decision is the session's (the window only asks): a text file that could not be
    written asks again; losing the changes is only ever the student's choice."""
    ticker = Ticker()
    s = session(bank_store, ticker)
    s.edit(FACEBOOK)
    assert s.save_now()
    pages = bank_store.db.execute("PRAGMA page_count").fetchone()[0]
    bank_store.db.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full
    s.edit(FACEBOOK + " And more. " * 2000)
    choices = [Unsaved.SAVE_AS_TEXT, Unsaved.SAVE_AS_TEXT, Unsaved.LOSE]
    written: list[str] = []

    def ask(asking: StudySession) -> Unsaved:
        assert asking is s and asking.autosaver.error is not None
        return choices.pop(0)

    def save_as_text(text: str) -> bool:
        written.append(text)
        return False  # that disk is full too

    assert s.leave(ask, save_as_text)

    assert choices == [] and written == [s.text, s.text]
    assert s.discarded and s.saved
    stored = bank_store.attempt(s.attempt.id)
    assert stored.text == FACEBOOK and stored.open_in is None  # as last saved, and closed
    bank_store.db.execute("PRAGMA max_page_count = 1073741823")


def test_before_submitting_the_length_and_an_exams_time_are_worth_asking_about(bank_store):
    ticker = Ticker()
    practice = session(bank_store, ticker)
    practice.edit(FACEBOOK)  # 28 words of 300–650
    short = practice.before_submit()
    assert (short.limit, short.time_left, short.worth_asking) == (WordLimit.UNDER, None, True)
    practice.edit(" ".join([FACEBOOK] * 15))
    assert not practice.before_submit().worth_asking  # within the limits, no clock
    exam = session(bank_store, ticker, "exam")
    exam.edit(" ".join([FACEBOOK] * 15))
    limit = exam.stopwatch.limit
    assert limit is not None
    ticker.now += 60
    early = exam.before_submit()
    assert early.limit is WordLimit.WITHIN and early.time_left == limit - 60
    assert early.worth_asking
    ticker.now += limit
    assert not exam.before_submit().worth_asking  # the time is up: nothing left to lose
