"""Every way out of an attempt on a full disk saves or asks; nothing is lost without a word.

The reproductions of issue 20: quitting (Ctrl+Q) while the last save failed closed the window
and lost all but the first 52 of 41,072 typed characters; going back to the library stopped
autosave for good; Submit said "Saved" and Reveal, like the end of an exam's time, gave the bug
dialog. The disk is filled with SQLite's page limit, as in test_full_disk.py.

The question the window asks is the real `UnsavedDialog`; `answer` makes its `exec` click the
button of a choice, as a student would.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from casebank.vocabulary import Mode, SelfAssessment
from desktop.session import Phase, StudySession, Unsaved
from desktop.store import Store
from desktop.ui.main_window import MainWindow
from desktop.ui.qt import QFileDialog, QTextCursor
from desktop.ui.unsaved import UnsavedDialog
from tests.core import banks
from tests.helpers import Ticker, said, type_text
from tests.reliability.disk import FILLER, fill, full_folder, small_disk
from tests.reliability.test_full_disk import LONG, fill_the_disk, free_the_disk, newest_on_disk
from tests.ui.conftest import AMAZON, EN_BANK, FACEBOOK

FIRST = "Amazon was late."


class Answers:
    """The student's answers to the unsaved-answer question, in turn, and what it said.

    Asked once more than expected, the student loses the changes (so that the window can close
    when the test ends, which pytest-qt does before any fixture's teardown) and the test fails.
    A test that leaves the disk full must free it at its end for the window to close quietly.
    """

    def __init__(self) -> None:
        self.choices: list[Unsaved] = []
        self.asked: list[str] = []
        self.unexpected: list[str] = []

    def __call__(self, *choices: Unsaved) -> Answers:
        self.choices.extend(choices)
        return self


@pytest.fixture(autouse=True)
def answer(monkeypatch: pytest.MonkeyPatch) -> Iterator[Answers]:
    """Every test here answers the question through this (a real modal dialog would block)."""
    answers = Answers()

    def exec_(dialog: UnsavedDialog) -> int:
        answers.asked.append(dialog.text())
        if answers.choices:
            dialog.choices[answers.choices.pop(0)].click()
        else:
            answers.unexpected.append(dialog.text())
            dialog.choices[Unsaved.LOSE].click()
        return 0

    monkeypatch.setattr(UnsavedDialog, "exec", exec_)
    yield answers
    assert answers.unexpected == [], "asked more often than expected"
    assert answers.choices == [], "asked less often than expected"


@pytest.fixture
def text_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Path]:
    """Where the student saves the answer as a text file (the file dialog answers at once)."""
    chosen = [tmp_path / "elsewhere" / "answer.txt"]
    chosen[0].parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args: (str(chosen[0]), ""))
    )
    return chosen


def unsaved_on_a_full_disk(window: MainWindow, ticker: Ticker, mode: str = "practice") -> int:
    """An attempt whose first sentence is saved, then a long paste that the full disk refused."""
    session = window.start(EN_BANK, AMAZON, mode)  # type: ignore[arg-type]
    type_text(window.study.editor, FIRST)
    ticker.now += 3.5
    window.study.tick()
    assert window.study.save_state.text() == "Saved"
    fill_the_disk(window.store)
    window.study.editor.setPlainText(LONG)
    ticker.now += 3.5
    window.study.tick()
    assert window.study.save_state.text().startswith("Not saved:")
    return session.attempt.id


# -- 1. quitting ----------------------------------------------------------------------------------


def test_quitting_keeps_the_window_and_the_text_until_the_student_chooses(
    window: MainWindow, ticker: Ticker, answer: Answers
):
    attempt_id = unsaved_on_a_full_disk(window, ticker)

    answer(Unsaved.STAY)
    assert not window.close()

    assert window.isVisible() and window.study.editor.toPlainText() == LONG
    [asked] = answer.asked
    assert "could not save your latest changes" in asked and "is full" in asked
    assert newest_on_disk(window.store.data_dir, attempt_id) == FIRST

    free_the_disk(window.store)
    assert window.close()  # the save on closing works now: nothing to ask
    assert newest_on_disk(window.store.data_dir, attempt_id) == LONG
    assert len(answer.asked) == 1


def test_try_again_while_the_disk_is_still_full_asks_again(
    window: MainWindow, ticker: Ticker, answer: Answers
):
    attempt_id = unsaved_on_a_full_disk(window, ticker)
    answer(Unsaved.RETRY, Unsaved.RETRY, Unsaved.STAY)
    assert not window.close()
    assert len(answer.asked) == 3 and window.study.editor.toPlainText() == LONG
    assert newest_on_disk(window.store.data_dir, attempt_id) == FIRST
    free_the_disk(window.store)


def test_the_answer_can_be_saved_as_a_text_file_elsewhere(
    window: MainWindow, ticker: Ticker, answer: Answers, text_file: list[Path]
):
    attempt_id = unsaved_on_a_full_disk(window, ticker)
    answer(Unsaved.SAVE_AS_TEXT)

    assert window.close()

    assert text_file[0].read_text(encoding="utf-8") == LONG
    assert newest_on_disk(window.store.data_dir, attempt_id) == FIRST  # the store is as it was


def test_leaving_for_the_library_after_saving_a_text_file_says_where_it_is(
    window: MainWindow, ticker: Ticker, answer: Answers, text_file: list[Path]
):
    unsaved_on_a_full_disk(window, ticker)
    answer(Unsaved.SAVE_AS_TEXT)

    window.show_library()

    assert text_file[0].read_text(encoding="utf-8") == LONG
    assert window.statusBar().currentMessage() == f"Saved the answer as \u2068{text_file[0]}\u2069."


def test_a_text_file_that_cannot_be_written_is_said_and_asked_again(
    window: MainWindow,
    ticker: Ticker,
    answer: Answers,
    text_file: list[Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
):
    unsaved_on_a_full_disk(window, ticker)
    with full_folder(tmp_path, monkeypatch) as folder:
        text_file[0] = folder / "answer.txt"
        answer(Unsaved.SAVE_AS_TEXT, Unsaved.STAY)
        assert not window.close()
        assert sorted(p.name for p in folder.iterdir()) == [FILLER]
    assert "The text file was not written" in answer.asked[1]
    assert window.study.editor.toPlainText() == LONG
    free_the_disk(window.store)


def test_quit_and_lose_it_is_a_choice_the_student_makes(
    window: MainWindow, ticker: Ticker, answer: Answers
):
    attempt_id = unsaved_on_a_full_disk(window, ticker)
    answer(Unsaved.LOSE)
    assert window.close()
    assert newest_on_disk(window.store.data_dir, attempt_id) == FIRST


def test_the_dialog_names_each_choice(window: MainWindow, ticker: Ticker, qtbot):
    unsaved_on_a_full_disk(window, ticker)
    session = window.study.session
    assert session is not None and session.autosaver.error is not None
    quitting = UnsavedDialog(session.autosaver.error, quitting=True, parent=window)
    leaving = UnsavedDialog(session.autosaver.error, quitting=False, parent=window)
    labels = {choice: button.text() for choice, button in quitting.choices.items()}
    assert labels == {
        Unsaved.RETRY: "&Try again",
        Unsaved.SAVE_AS_TEXT: "&Save as text file…",
        Unsaved.LOSE: "&Quit and lose it",
        Unsaved.STAY: "S&tay",
    }
    assert leaving.choices[Unsaved.LOSE].text() == "&Leave and lose it"
    assert quitting.escapeButton() is quitting.choices[Unsaved.STAY]
    assert quitting.defaultButton() is quitting.choices[Unsaved.RETRY]
    assert quitting.choice() is Unsaved.STAY  # closed without a choice: nothing is given up
    free_the_disk(window.store)


# -- 2. back to the library, submitting, revealing, time running out, another attempt -----------


def test_back_to_the_library_asks_and_autosave_goes_on(
    window: MainWindow, ticker: Ticker, answer: Answers
):
    attempt_id = unsaved_on_a_full_disk(window, ticker)
    answer(Unsaved.STAY)

    window.show_library()

    assert window.pages.currentWidget() is window.study
    assert window.study.tick_timer.isActive()
    free_the_disk(window.store)
    window.study.editor.moveCursor(QTextCursor.MoveOperation.End)
    type_text(window.study.editor, " More.")  # typing goes on, and is saved
    ticker.now += 10
    window.study.tick()
    assert window.study.save_state.text() == "Saved"
    assert newest_on_disk(window.store.data_dir, attempt_id) == LONG + " More."
    window.show_library()
    assert window.pages.currentWidget() is window.library_view
    assert len(answer.asked) == 1


def test_submitting_on_a_full_disk_does_not_say_saved_and_reveal_retries(
    window: MainWindow, ticker: Ticker
):
    attempt_id = unsaved_on_a_full_disk(window, ticker)
    session = window.study.session
    assert session is not None

    window.study.submit()

    assert session.phase is Phase.ASSESSING
    assert window.study.save_state.text().startswith("Not saved:")
    window.study.set_assessment({"facebook-network": SelfAssessment.FULLY})
    window.study.reveal()  # the disk is still full: said, not a bug
    assert session.phase is Phase.ASSESSING
    assert "is full" in said(window)[-1]
    assert not window.store.attempt(attempt_id).submitted

    free_the_disk(window.store)
    window.study.reveal()
    assert session.phase.value == "revealed"  # (mypy keeps the narrowing of the assert above)
    assert window.study.save_state.text() == "Saved"
    stored = window.store.attempt(attempt_id)
    assert stored.submitted and stored.text == LONG
    assert stored.self_assessment == {"facebook-network": "fully"}


def test_an_exam_whose_time_runs_out_on_a_full_disk_keeps_its_answer(
    window: MainWindow, ticker: Ticker
):
    attempt_id = unsaved_on_a_full_disk(window, ticker, "exam")
    session = window.study.session
    assert session is not None

    window.study.minutes.setValue(2)
    ticker.now += 121
    window.study.tick()

    assert session.phase is Phase.ASSESSING and window.study.editor.isReadOnly()
    assert window.study.save_state.text().startswith("Not saved:")
    window.study.reveal()
    assert session.phase is Phase.ASSESSING and "is full" in said(window)[-1]

    free_the_disk(window.store)
    ticker.now += 10
    window.study.tick()  # autosave kept trying after the exam ended
    assert window.study.save_state.text() == "Saved"
    assert newest_on_disk(window.store.data_dir, attempt_id) == LONG
    window.study.reveal()
    assert window.store.attempt(attempt_id).submitted


def test_opening_another_attempt_asks_first(window: MainWindow, ticker: Ticker, answer: Answers):
    other = window.start(EN_BANK, AMAZON, Mode.PRACTICE)
    type_text(window.study.editor, FACEBOOK)
    window.show_library()
    attempt_id = unsaved_on_a_full_disk(window, ticker)

    answer(Unsaved.STAY)
    window.reopen(other.attempt.id)
    session = window.study.session
    assert session is not None and session.attempt.id == attempt_id

    free_the_disk(window.store)
    window.reopen(other.attempt.id)  # the save on leaving works now: nothing to ask
    session = window.study.session
    assert session is not None and session.attempt.id == other.attempt.id
    assert newest_on_disk(window.store.data_dir, attempt_id) == LONG
    assert len(answer.asked) == 1


# -- on a real full disk (a small tmpfs, where the tests may mount one) ---------------------------


def test_leaving_on_a_really_full_disk_keeps_the_text_until_there_is_room(tmp_path: Path):
    """As reproduced: a small tmpfs as the data folder, typing until it is full, then leaving.

    Here SQLite cannot even grow its log, so closing the attempt fails as well as saving.
    """
    asked: list[str] = []

    def stay(session: StudySession) -> Unsaved:
        asked.append(str(session.autosaver.error))
        return Unsaved.STAY

    with small_disk(tmp_path) as folder:
        store = Store.open(folder / "data")
        try:
            store.import_bank(banks.bank())
            question = banks.bank().question(banks.PRICING)
            attempt = store.start_attempt(banks.BANK_ID, banks.PRICING)
            now = [0.0]
            session = StudySession(store, question, attempt, clock=lambda: now[0])
            session.edit(FIRST)
            assert session.save_now()
            fill(folder)
            session.edit(LONG)
            now[0] += 60
            session.tick()
            assert not session.saved

            assert not session.leave(stay, lambda text: False)

            assert len(asked) == 1 and "is full" in asked[0]
            assert session.text == LONG and session.editable
            (folder / FILLER).unlink()
            assert session.leave(stay, lambda text: False)
            assert len(asked) == 1
            assert store.attempt(attempt.id).text == LONG
        finally:
            (folder / FILLER).unlink(missing_ok=True)
            store.close()


def test_why_a_save_failed_does_not_widen_the_window(window: MainWindow, ticker: Ticker, qtbot):
    """Seen running the app on a full 6 MB tmpfs: the long reason in the save-state label pushed
    the window past the screen's edge and squeezed the case to a column of letters."""
    window.start(EN_BANK, AMAZON, Mode.PRACTICE)
    qtbot.wait(10)
    width, case = window.width(), window.study.case_pane.width()
    unsaved_on_a_full_disk(window, ticker)
    try:
        qtbot.wait(200)  # the layout settles in the event loop
        label = window.study.save_state
        assert "is full" in label.text()
        assert window.width() == width and window.study.case_pane.width() == case
        assert label.height() <= 4 * label.fontMetrics().lineSpacing()  # a few lines at most
    finally:
        free_the_disk(window.store)
