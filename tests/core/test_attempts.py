"""Attempts and their revisions: what the student writes is kept, and the history tells it back."""

from __future__ import annotations

import pytest

from casebank.coverage import check
from casebank.vocabulary import Mode, SelfAssessment
from desktop.store import Store
from tests.core import banks
from tests.core.conftest import FakeClock

PRICING = banks.bank().question(banks.PRICING)


def test_a_revision_keeps_the_text_its_word_count_and_coverage(store: Store):
    attempt = store.start_attempt(banks.BANK_ID, banks.PRICING, Mode.EXAM)
    revision = store.save_revision(
        attempt.id, banks.COVERS_PRICE, check(PRICING, banks.COVERS_PRICE)
    )

    assert revision is not None
    saved = store.attempt(attempt.id)
    assert saved.text == banks.COVERS_PRICE
    assert saved.words == 15
    assert saved.mode == "exam"
    assert saved.statuses == {"price": "covered", "quality": "missing"}
    assert saved.score == pytest.approx(0.5)
    assert not saved.rubric_changed


def test_unchanged_text_is_not_saved_twice_but_the_time_is(store: Store, clock: FakeClock):
    attempt = store.start_attempt(banks.BANK_ID, banks.PRICING)
    coverage = check(PRICING, banks.COVERS_PRICE)
    assert store.save_revision(attempt.id, banks.COVERS_PRICE, coverage) is not None
    clock.advance(5)

    assert store.save_revision(attempt.id, banks.COVERS_PRICE, seconds_spent=40) is None
    assert store.save_revision(attempt.id, banks.COVERS_PRICE, coverage) is None

    saved = store.attempt(attempt.id)
    assert saved.revisions == 1
    assert saved.seconds_spent == 40
    assert saved.score == pytest.approx(0.5)  # a save without a check keeps the last verdict


def test_an_empty_answer_is_not_a_revision(store: Store):
    attempt = store.start_attempt(banks.BANK_ID, banks.PRICING)
    assert store.save_revision(attempt.id, "", check(PRICING, "")) is None
    assert store.attempt(attempt.id).revisions == 0


def test_text_saved_without_a_check_is_kept_and_counted(store: Store):
    attempt = store.start_attempt(banks.BANK_ID, banks.PRICING)
    store.save_revision(attempt.id, "Drei Wörter hier")
    saved = store.attempt(attempt.id)
    assert (saved.text, saved.words, saved.score) == ("Drei Wörter hier", 3, None)


def test_every_revision_is_kept_in_order(store: Store, clock: FakeClock):
    attempt = store.start_attempt(banks.BANK_ID, banks.PRICING)
    for text in ("First", "First draft", "First draft, longer"):
        store.save_revision(attempt.id, text)
        clock.advance(3)
    assert [r.text for r in store.revisions(attempt.id)] == [
        "First",
        "First draft",
        "First draft, longer",
    ]


def test_coverage_of_another_question_is_refused(store: Store):
    attempt = store.start_attempt(banks.BANK_ID, banks.PRICING)
    other = banks.bank().question(banks.CHANNELS)
    with pytest.raises(ValueError, match="coverage of shop/channels"):
        store.save_revision(attempt.id, "text", check(other, "text"))
    assert store.attempt(attempt.id).revisions == 0


def test_submit_keeps_what_export_needs(store: Store, clock: FakeClock):
    attempt = store.start_attempt(banks.BANK_ID, banks.PRICING, Mode.EXAM)
    clock.advance(600)
    submitted = store.submit(
        attempt.id,
        {"price": SelfAssessment.FULLY, "quality": SelfAssessment.PARTLY},
        text=banks.COVERS_PRICE,
        coverage=check(PRICING, banks.COVERS_PRICE),
        seconds_spent=600,
    )

    again = store.attempt(attempt.id)
    assert again == submitted
    assert again.submitted
    assert (again.bank_id, again.bank_version, again.question_key) == (
        banks.BANK_ID,
        "1.0.0",
        banks.PRICING,
    )
    assert (again.mode, again.seconds_spent, again.text) == ("exam", 600, banks.COVERS_PRICE)
    assert dict(again.self_assessment) == {"price": "fully", "quality": "partly"}
    assert list(again.self_assessment) == ["price", "quality"]  # rubric order


def test_a_bad_self_assessment_level_is_refused(store: Store):
    attempt = store.start_attempt(banks.BANK_ID, banks.PRICING)
    with pytest.raises(ValueError, match="level"):
        store.submit(attempt.id, {"price": "mostly"})  # type: ignore[dict-item]
    assert not store.attempt(attempt.id).submitted


def test_history_lists_attempts_newest_first(store: Store, clock: FakeClock):
    first = store.start_attempt(banks.BANK_ID, banks.PRICING)
    clock.advance(60)
    second = store.start_attempt(banks.BANK_ID, banks.PRICING, Mode.EXAM)
    store.start_attempt(banks.BANK_ID, banks.CHANNELS)

    history = store.attempts_for(banks.BANK_ID, banks.PRICING)
    assert [a.id for a in history] == [second.id, first.id]


def test_duplicate_starts_a_new_attempt_from_the_old_text(store: Store):
    attempt = store.start_attempt(banks.BANK_ID, banks.PRICING, Mode.EXAM)
    store.save_revision(attempt.id, banks.COVERS_PRICE, check(PRICING, banks.COVERS_PRICE))
    store.submit(attempt.id, {"price": SelfAssessment.FULLY})

    copy = store.duplicate(attempt.id, mode=Mode.PRACTICE)

    assert copy.id != attempt.id
    assert (copy.text, copy.mode, copy.duplicated_from) == (
        banks.COVERS_PRICE,
        "practice",
        attempt.id,
    )
    assert not copy.submitted and not copy.self_assessment
    assert copy.revisions == 1
    assert store.attempt(attempt.id).text == banks.COVERS_PRICE


def test_a_duplicate_is_written_in_a_mode_a_student_writes_in(store: Store):
    attempt = store.start_attempt(banks.BANK_ID, banks.PRICING)

    with pytest.raises(ValueError, match="mode must be practice, exam or drill"):
        store.duplicate(attempt.id, mode=Mode.MARKED)  # a tutor's PDF mode, never stored
    assert [a.id for a in store.attempts_for(banks.BANK_ID, banks.PRICING)] == [attempt.id]


def test_delete_can_be_undone_until_the_session_closes(data_dir, clock):
    store = Store.open(data_dir, clock=clock)
    store.import_bank(banks.bank())
    kept = store.start_attempt(banks.BANK_ID, banks.PRICING)
    gone = store.start_attempt(banks.BANK_ID, banks.PRICING)
    store.save_revision(kept.id, "keep me")

    store.delete(kept.id)
    store.delete(gone.id)
    assert store.attempts_for(banks.BANK_ID, banks.PRICING) == []
    assert store.attempt(kept.id).deleted
    assert store.undelete(kept.id).text == "keep me"
    store.close()

    store = Store.open(data_dir, clock=clock)
    assert [a.id for a in store.attempts_for(banks.BANK_ID, banks.PRICING)] == [kept.id]
    with pytest.raises(KeyError):
        store.attempt(gone.id)
    store.close()


def test_closing_an_attempt_keeps_the_newest_revision_of_each_minute(
    store: Store, clock: FakeClock
):
    attempt = store.start_attempt(banks.BANK_ID, banks.PRICING)
    for n in range(18):  # three minutes of typing, saved every ten seconds
        store.save_revision(attempt.id, "word " * (n + 1))
        clock.advance(10)

    store.close_attempt(attempt.id)

    revisions = store.revisions(attempt.id)
    assert [r.words for r in revisions] == [6, 12, 18]
    assert store.attempt(attempt.id).text == "word " * 18


def test_an_attempt_needs_an_imported_question(store: Store):
    with pytest.raises(KeyError):
        store.start_attempt(banks.BANK_ID, "shop/nothing")
    with pytest.raises(ValueError, match="mode"):
        store.start_attempt(banks.BANK_ID, banks.PRICING, "homework")  # type: ignore[arg-type]


def test_an_attempt_that_never_got_a_word_is_not_kept(store: Store):
    empty = store.start_attempt(banks.BANK_ID, banks.PRICING)
    store.save_revision(empty.id, "", seconds_spent=30)  # opened, read the case, left
    written = store.start_attempt(banks.BANK_ID, banks.PRICING)
    store.save_revision(written.id, "The price.")
    store.save_revision(written.id, "")  # written, then emptied: its history stays
    handed_in = store.start_attempt(banks.BANK_ID, banks.PRICING, Mode.EXAM)
    store.submit(handed_in.id, {})  # an empty exam handed in is a result

    for attempt in (empty, written, handed_in):
        store.close_attempt(attempt.id)

    kept = [a.id for a in store.attempts_for(banks.BANK_ID, banks.PRICING)]
    assert sorted(kept) == sorted([written.id, handed_in.id])


def test_closing_the_store_drops_open_attempts_that_never_got_a_word(data_dir, clock):
    with Store.open(data_dir, clock=clock) as store:
        store.import_bank(banks.bank())
        store.start_attempt(banks.BANK_ID, banks.PRICING)
    with Store.open(data_dir, clock=clock) as store:
        assert store.attempts_for(banks.BANK_ID, banks.PRICING) == []


def test_the_draft_to_continue_is_the_newest_practice_draft(store: Store, clock: FakeClock):
    older = store.start_attempt(banks.BANK_ID, banks.PRICING)
    store.save_revision(older.id, "An older draft.")
    clock.advance(60)
    newer = store.start_attempt(banks.BANK_ID, banks.PRICING)
    store.save_revision(newer.id, "A newer draft.")
    clock.advance(60)
    exam = store.start_attempt(banks.BANK_ID, banks.PRICING, Mode.EXAM)
    store.save_revision(exam.id, "An exam is not continued as practice.")
    clock.advance(60)
    submitted = store.start_attempt(banks.BANK_ID, banks.PRICING)
    store.submit(submitted.id, {}, text="Handed in.")
    clock.advance(60)
    deleted = store.start_attempt(banks.BANK_ID, banks.PRICING)
    store.save_revision(deleted.id, "Deleted.")
    store.delete(deleted.id)

    draft = store.latest_draft(banks.BANK_ID, banks.PRICING)
    assert draft is not None and draft.id == newer.id
    exam_draft = store.latest_draft(banks.BANK_ID, banks.PRICING, Mode.EXAM)
    assert exam_draft is not None and exam_draft.id == exam.id
    assert store.latest_draft(banks.BANK_ID, banks.CHANNELS) is None
