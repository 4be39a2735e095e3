"""Saving never depends on checking: the answer is saved first, then checked, and a check that
fails (a 50,000-letter pasted token under a memory limit gave `MemoryError`) leaves the answer
saved and the checklist saying it could not check.

The failure is injected into the engine (`Checker.check` raises `MemoryError` for the token), so
the test holds whatever the engine's limits become.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from casebank.coverage import Checker, Coverage
from casebank.vocabulary import Mode, SelfAssessment
from desktop.session import Phase, StudySession
from desktop.store import Store
from desktop.ui.main_window import MainWindow
from tests.core import banks
from tests.helpers import Ticker
from tests.reliability.test_full_disk import newest_on_disk
from tests.ui.conftest import AMAZON, EN_BANK, FACEBOOK

TOKEN = "x" * 50_000


@pytest.fixture
def failing_check(monkeypatch: pytest.MonkeyPatch) -> None:
    """The engine runs out of memory on any text holding `TOKEN`, as it did under a limit."""
    real = Checker.check

    def check(self: Checker, text: str) -> Coverage:
        if TOKEN in text:
            raise MemoryError
        return real(self, text)

    monkeypatch.setattr(Checker, "check", check)


def test_autosave_saves_the_text_when_the_check_fails(tmp_path: Path, failing_check: None):
    now = [0.0]
    with Store.open(tmp_path / "data") as store:
        store.import_bank(banks.bank())
        question = banks.bank().question(banks.PRICING)
        attempt = store.start_attempt(banks.BANK_ID, banks.PRICING)
        session = StudySession(store, question, attempt, clock=lambda: now[0])
        pasted = f"{banks.COVERS_PRICE} {TOKEN}"

        session.edit(pasted)
        now[0] += 60
        session.tick()

        assert newest_on_disk(tmp_path / "data", attempt.id) == pasted
        assert not session.autosaver.dirty and session.autosaver.error is None
        assert session.check_failed
        assert [item.status for item in session.checklist()] == [None, None]
        assert store.attempt(attempt.id).score is None  # saved without a check, and says so

        session.edit(banks.COVERS_BOTH)  # the token is gone: checking works again
        now[0] += 60
        session.tick()
        assert not session.check_failed
        saved = store.attempt(attempt.id)
        assert saved.text == banks.COVERS_BOTH and saved.score == 1.0
        assert saved.revisions == 2  # one revision per save, its check attached to it


def test_submitting_when_the_check_fails_records_the_answer(tmp_path: Path, failing_check: None):
    now = [0.0]
    with Store.open(tmp_path / "data") as store:
        store.import_bank(banks.bank())
        question = banks.bank().question(banks.PRICING)
        attempt = store.start_attempt(banks.BANK_ID, banks.PRICING, Mode.EXAM)
        session = StudySession(store, question, attempt, clock=lambda: now[0])
        pasted = f"{banks.COVERS_PRICE} {TOKEN}"
        session.edit(pasted)
        session.submit()
        session.assess("price", SelfAssessment.FULLY)

        assert session.reveal() is None  # nothing to compare the self-assessment with

        assert session.phase is Phase.REVEALED
        stored = store.attempt(attempt.id)
        assert stored.submitted and stored.text == pasted
        assert stored.self_assessment == {"price": "fully"}


def test_the_window_says_saved_and_that_it_could_not_check(
    window: MainWindow, ticker: Ticker, failing_check: None
):
    session = window.start(EN_BANK, AMAZON, Mode.PRACTICE)
    pasted = f"{FACEBOOK} {TOKEN}"
    window.study.editor.setPlainText(pasted)
    window.study.refresh_checklist()  # the pause after typing: the check fails here first
    ticker.now += 3.5
    window.study.tick()

    assert window.study.save_state.text() == "Saved"
    assert newest_on_disk(window.store.data_dir, session.attempt.id) == pasted
    assert "could not check" in window.study.checklist.heading.text()
    assert window.study.editor.toPlainText() == pasted
