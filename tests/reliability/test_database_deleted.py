"""The database deleted while Casewise runs is noticed at the next save and written anew.

The reproduction of issue 20: saves went on into the deleted (unlinked) file without a word, and
the next start was empty. Casewise still has the whole database open, so it writes it back
from there, and says so; a file put in its place by someone else is not written over.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from casebank.errors import UserError
from casebank.vocabulary import Mode
from desktop.store import Store
from desktop.store.paths import DATABASE
from desktop.ui.main_window import MainWindow
from desktop.ui.qt import QTextCursor
from tests.core import banks
from tests.helpers import Ticker, said, type_text
from tests.reliability.test_full_disk import newest_on_disk
from tests.ui.conftest import AMAZON, EN_BANK


def store_with_an_attempt(data_dir: Path) -> tuple[Store, int]:
    store = Store.open(data_dir)
    store.import_bank(banks.bank())
    attempt = store.start_attempt(banks.BANK_ID, banks.PRICING)
    store.save_revision(attempt.id, banks.COVERS_PRICE)
    return store, attempt.id


@pytest.mark.parametrize("deleted", ["the file", "the whole data folder"])
def test_a_deleted_database_is_written_back_at_the_next_save(tmp_path: Path, deleted: str):
    data_dir = tmp_path / "data"
    store, attempt_id = store_with_an_attempt(data_dir)
    try:
        if deleted == "the file":
            (data_dir / DATABASE).unlink()
        else:
            shutil.rmtree(data_dir)

        store.save_revision(attempt_id, banks.COVERS_BOTH)

        assert store.rewritten == 1
        assert newest_on_disk(data_dir, attempt_id) == banks.COVERS_BOTH
        store.save_revision(attempt_id, banks.COVERS_BOTH + " More.")  # and saves go on there
        assert newest_on_disk(data_dir, attempt_id) == banks.COVERS_BOTH + " More."
        assert store.rewritten == 1
    finally:
        store.close()
    with Store.open(data_dir) as again:  # the next start has everything
        assert again.attempt(attempt_id).text == banks.COVERS_BOTH + " More."
        assert again.integrity() == "ok"


def test_closing_writes_a_deleted_database_back_too(tmp_path: Path):
    data_dir = tmp_path / "data"
    store, attempt_id = store_with_an_attempt(data_dir)
    (data_dir / DATABASE).unlink()
    store.close()
    with Store.open(data_dir) as again:
        assert again.attempt(attempt_id).text == banks.COVERS_PRICE


def test_a_database_replaced_by_another_file_is_not_written_over(tmp_path: Path):
    data_dir = tmp_path / "data"
    store, attempt_id = store_with_an_attempt(data_dir)
    try:
        other = tmp_path / "other"
        Store.open(other).close()
        (data_dir / DATABASE).unlink()
        shutil.copyfile(other / DATABASE, data_dir / DATABASE)
        theirs = (data_dir / DATABASE).read_bytes()

        with pytest.raises(UserError, match="replaced by another file"):
            store.save_revision(attempt_id, banks.COVERS_BOTH)

        assert (data_dir / DATABASE).read_bytes() == theirs
    finally:
        with pytest.raises(UserError, match="replaced by another file"):
            store.close()  # closing cannot record the clean exit there either; it still closes
    assert (data_dir / DATABASE).read_bytes() == theirs


def test_the_window_says_so_and_goes_on_saving(window: MainWindow, ticker: Ticker):
    session = window.start(EN_BANK, AMAZON, Mode.PRACTICE)
    type_text(window.study.editor, "Amazon was late.")
    ticker.now += 3.5
    window.study.tick()
    data_dir = window.store.data_dir
    (data_dir / DATABASE).unlink()

    window.study.editor.moveCursor(QTextCursor.MoveOperation.End)
    type_text(window.study.editor, " It said so.")
    ticker.now += 3.5
    window.study.tick()

    assert window.study.save_state.text() == "Saved"
    assert "was deleted while Casewise was running" in said(window)[-1]
    assert newest_on_disk(data_dir, session.attempt.id) == "Amazon was late. It said so."
