"""What a student sends their tutor: each submitted attempt at a bank, and nothing else."""

from __future__ import annotations

import zipfile
from io import BytesIO
from pathlib import Path

from casebank.coverage import check
from casebank.feedback import feedback_bytes, read_feedback
from casebank.fingerprint import rubric_hash
from casebank.vocabulary import Mode, SelfAssessment
from desktop.store import Store
from desktop.store.feedback import feedback_for
from tests.core import banks

PRICING = banks.bank().question(banks.PRICING)
CHANNELS = banks.bank().question(banks.CHANNELS)


def submitted(store: Store, key: str, text: str, levels: dict[str, SelfAssessment]) -> int:
    question = banks.bank().question(key)
    attempt = store.start_attempt(banks.BANK_ID, key, Mode.EXAM)
    store.submit(attempt.id, levels, text=text, coverage=check(question, text))
    return attempt.id


def test_each_submitted_attempt_with_its_verdicts_and_self_assessment(store: Store) -> None:
    submitted(
        store,
        banks.PRICING,
        banks.COVERS_PRICE,
        {"price": SelfAssessment.FULLY, "quality": SelfAssessment.NONE},
    )
    draft = store.start_attempt(banks.BANK_ID, banks.PRICING)
    store.save_revision(draft.id, banks.COVERS_BOTH, check(PRICING, banks.COVERS_BOTH))
    gone = submitted(store, banks.PRICING, banks.COVERS_BOTH, {"price": SelfAssessment.FULLY})
    store.delete(gone)
    submitted(store, banks.CHANNELS, banks.COVERS_REACH, {})

    feedback = feedback_for(store, banks.BANK_ID)
    assert (feedback.bank_id, feedback.bank_version, feedback.student) == (
        banks.BANK_ID,
        "1.0.0",
        "",
    )
    first, second = feedback.attempts
    assert first.question == banks.PRICING and second.question == banks.CHANNELS
    assert first.answer == banks.COVERS_PRICE
    assert first.detected == {"price": "covered", "quality": "missing"}
    assert first.self_assessment == {"price": "fully", "quality": "none"}
    assert first.rubric_hash == rubric_hash(PRICING)
    assert second.self_assessment == {}, "arguments the student did not assess are left out"
    assert store.submitted_counts() == {banks.BANK_ID: 2}


def test_a_name_only_when_typed_and_no_dates_or_paths(store: Store, data_dir: Path) -> None:
    submitted(store, banks.PRICING, banks.COVERS_PRICE, {"price": SelfAssessment.PARTLY})
    data = feedback_bytes(feedback_for(store, banks.BANK_ID, student="  Jo Ng "))
    with zipfile.ZipFile(BytesIO(data)) as archive:
        text = b"".join(archive.read(name) for name in archive.namelist()).decode("utf-8")
    assert '"student": "Jo Ng"' in text
    assert str(data_dir) not in text and "2025" not in text and "exam" not in text


def test_the_file_written_reads_back(store: Store, tmp_path: Path) -> None:
    from casebank.feedback import write_feedback

    submitted(store, banks.PRICING, banks.COVERS_PRICE, {"price": SelfAssessment.FULLY})
    feedback = feedback_for(store, banks.BANK_ID)
    assert read_feedback(write_feedback(tmp_path / "mine", feedback)) == feedback
