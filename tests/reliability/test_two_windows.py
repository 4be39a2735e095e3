"""An attempt open in one window belongs to it: another window can read it, not delete or edit it.

The reproduction of issue 20: window B's History › Delete removed the attempt window A was
writing; A's next autosave raised `KeyError`, the bug dialog said the work was saved, and every
later save failed. Both windows run in this process on one data folder, each with its own
`Store` (SQLite's locks tell them apart exactly as between two processes).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from casebank.errors import UserError
from casebank.vocabulary import Mode
from desktop.store import Store
from desktop.store.paths import DATABASE
from desktop.ui.app import build_window
from desktop.ui.history import HistoryDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.operations import ImmediateRunner
from desktop.ui.qt import Qt, QTextCursor
from tests.helpers import Recorded, Ticker, said, type_text
from tests.reliability.test_full_disk import newest_on_disk
from tests.ui.conftest import AMAZON, EN_BANK, FACEBOOK

STATE = 6  # the history's State column


def row_of(dialog: HistoryDialog, attempt_id: int) -> int:
    ids = [a.id for a in dialog.model.attempts]
    return ids.index(attempt_id)


def written_in(window: MainWindow, ticker: Ticker, text: str) -> int:
    """Window A starts an attempt, types `text` and autosaves it."""
    session = window.start(EN_BANK, AMAZON, Mode.PRACTICE)
    type_text(window.study.editor, text)
    ticker.now += 3.5
    window.study.tick()
    assert window.study.save_state.text() == "Saved"
    return session.attempt.id


def type_more(window: MainWindow, ticker: Ticker, text: str) -> None:
    window.study.editor.moveCursor(QTextCursor.MoveOperation.End)
    type_text(window.study.editor, text)
    ticker.now += 3.5
    window.study.tick()


@pytest.fixture
def other_window(qtbot, window: MainWindow) -> Iterator[MainWindow]:
    """Window B: a second Casewise on window A's data folder."""
    other = build_window(window.store.data_dir, runner=ImmediateRunner(), notices=Recorded())
    qtbot.addWidget(other)
    yield other
    other.close()
    other.store.close()


def test_another_window_cannot_delete_an_attempt_being_written(
    window: MainWindow, ticker: Ticker, other_window: MainWindow
):
    attempt_id = written_in(window, ticker, "Amazon was late.")

    dialog = other_window.show_history(EN_BANK, AMAZON)
    row = row_of(dialog, attempt_id)
    dialog.table.selectRow(row)
    assert "open in another window" in dialog.model.index(row, STATE).data()
    state = dialog.model.index(row, STATE)
    assert state.data(Qt.ItemDataRole.ToolTipRole) == state.data()  # wider than its column
    assert not dialog.delete_button.isEnabled()
    dialog.confirm_delete = lambda attempt_id: True
    dialog._delete()  # pressed all the same (say, by a shortcut): refused, and said why
    assert "open in another casewise window" in dialog.status.text().lower()
    with pytest.raises(UserError, match="open in another Casewise window"):
        other_window.store.delete(attempt_id)
    dialog.accept()
    other_window.close()
    other_window.store.close()  # B quits: it had nothing to delete for good

    type_more(window, ticker, " It said so.")
    assert window.study.save_state.text() == "Saved"
    assert newest_on_disk(window.store.data_dir, attempt_id) == "Amazon was late. It said so."


def test_the_history_says_where_an_attempt_is_open(window: MainWindow, ticker: Ticker):
    attempt_id = written_in(window, ticker, "Amazon was late.")
    dialog = window.show_history(EN_BANK, AMAZON)
    row = row_of(dialog, attempt_id)
    dialog.table.selectRow(row)
    assert dialog.model.index(row, STATE).data() == "draft, open in this window"
    assert not dialog.delete_button.isEnabled()  # not even here: leave it first
    dialog.confirm_delete = lambda attempt_id: True
    dialog._delete()
    assert "leave it before deleting it" in dialog.status.text()
    assert not window.store.attempt(attempt_id).deleted
    dialog.accept()
    window.show_library()
    dialog = window.show_history(EN_BANK, AMAZON)
    row = row_of(dialog, attempt_id)
    dialog.table.selectRow(row)
    assert dialog.model.index(row, STATE).data() == "draft"
    assert dialog.delete_button.isEnabled()


def test_another_window_opens_the_attempt_to_read_only(
    window: MainWindow, ticker: Ticker, other_window: MainWindow
):
    attempt_id = written_in(window, ticker, FACEBOOK)

    viewing = other_window.reopen(attempt_id)

    assert viewing is not None and viewing.read_only
    assert other_window.study.editor.toPlainText() == FACEBOOK
    assert other_window.study.editor.isReadOnly()
    assert not other_window.study.submit_button.isEnabled()
    assert "open in another Casewise window" in said(other_window)[-1]
    other_window.show_library()  # B leaves: the attempt stays A's
    other_window.close()
    other_window.store.close()

    type_more(window, ticker, " More.")
    assert newest_on_disk(window.store.data_dir, attempt_id) == FACEBOOK + " More."
    window.show_library()
    assert window.store.attempt(attempt_id).text == FACEBOOK + " More."


def test_a_save_that_finds_its_attempt_gone_keeps_the_text_in_a_new_one(
    window: MainWindow, ticker: Ticker
):
    attempt_id = written_in(window, ticker, "Amazon was late.")
    # As an older Casewise, or one whose deletion became final, would: the row is gone.
    conn = sqlite3.connect(window.store.data_dir / DATABASE)
    with conn:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("DELETE FROM attempts WHERE id = ?", [attempt_id])
    conn.close()

    type_more(window, ticker, " It said so.")

    session = window.study.session
    assert session is not None  # (SQLite may give the new attempt the gone one's free id)
    assert window.study.save_state.text() == "Saved"
    assert "kept in a new attempt" in said(window)[-1]
    text = "Amazon was late. It said so."
    assert newest_on_disk(window.store.data_dir, session.attempt.id) == text
    type_more(window, ticker, " Again.")  # and later saves go on into it
    assert newest_on_disk(window.store.data_dir, session.attempt.id) == text + " Again."
    window.show_library()
    assert [a.text for a in window.store.attempts_for(EN_BANK, AMAZON)] == [text + " Again."]


def test_the_store_refuses_to_delete_an_open_attempt_and_to_save_into_a_gone_one(
    tmp_path: Path,
):
    from desktop.store import AttemptGoneError
    from tests.core import banks

    with Store.open(tmp_path / "data") as store, Store.open(tmp_path / "data") as other:
        store.import_bank(banks.bank())
        attempt = store.start_attempt(banks.BANK_ID, banks.PRICING)
        with pytest.raises(UserError, match="open in another Casewise window"):
            other.delete(attempt.id)
        with pytest.raises(UserError, match="open in another Casewise window"):
            other.save_revision(attempt.id, "Written over from the other window.")
        store.save_revision(attempt.id, "Written in its own window.")
        store.close_attempt(attempt.id)
        other.delete(attempt.id)  # closed: any window may delete it
        with pytest.raises(AttemptGoneError):
            store.save_revision(attempt.id, "Into a deleted attempt.")


def test_undo_of_a_deletion_works_until_casewise_quits(window: MainWindow, ticker: Ticker):
    """docs/app.md: "Delete asks, and Undo brings it back until Casewise quits" (it worked only
    until the history dialog closed)."""
    attempt_id = written_in(window, ticker, "Amazon was late.")
    window.show_library()
    dialog = window.show_history(EN_BANK, AMAZON)
    dialog.table.selectRow(row_of(dialog, attempt_id))
    dialog.confirm_delete = lambda attempt_id: True
    dialog._delete()
    assert attempt_id not in [a.id for a in dialog.model.attempts]
    dialog.accept()

    again = window.show_history(EN_BANK, AMAZON)  # another day, another dialog: same session
    assert again.undo_button.isEnabled()
    again.undo_delete()
    assert attempt_id in [a.id for a in again.model.attempts]
    assert not again.undo_button.isEnabled()
    assert window.store.attempt(attempt_id).text == "Amazon was late."
