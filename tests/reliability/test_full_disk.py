"""A full disk: saving and exporting fail with a clear message and lose nothing.

The store's disk is filled with SQLite's page limit (``PRAGMA max_page_count``: the database may
grow no further, exactly as on a full disk); the PDF's with a 64 KB tmpfs filled to the brim
(or, where the tests may not mount one, ENOSPC from the write itself).
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from casebank.errors import UserError
from casebank.pdf import export_pdf
from casebank.vocabulary import Mode
from desktop.session import StudySession
from desktop.store import DiskFullError, Store
from desktop.store.errors import from_sqlite
from desktop.store.paths import DATABASE
from desktop.ui.main_window import MainWindow
from tests.core import banks
from tests.helpers import Ticker, said, type_text
from tests.reliability.disk import FILLER, fill, full_folder, small_disk
from tests.ui.conftest import AMAZON, EN_BANK

FIRST = "The price of the cakes is too high for the town."
LONG = FIRST + " Their quality and craft make the shop known well beyond the town." * 200


def fill_the_disk(store: Store) -> None:
    """Let the database grow no further, as if the disk were full (free pages dropped first)."""
    store.db.execute("VACUUM")
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")


def free_the_disk(store: Store) -> None:
    store.db.execute("PRAGMA max_page_count = 1073741823")


def newest_on_disk(data_dir: Path, attempt_id: int) -> str:
    """The newest revision as another process would read it from the file."""
    conn = sqlite3.connect(f"{(data_dir / DATABASE).as_uri()}?mode=ro", uri=True)
    try:
        row = conn.execute(
            "SELECT text FROM revisions WHERE attempt_id = ? ORDER BY id DESC LIMIT 1",
            [attempt_id],
        ).fetchone()
    finally:
        conn.close()
    return str(row[0])


def test_autosave_on_a_full_disk_keeps_the_text_and_saves_once_there_is_room(tmp_path: Path):
    now = [0.0]
    with Store.open(tmp_path / "data") as store:
        store.import_bank(banks.bank())
        question = banks.bank().question(banks.PRICING)
        attempt = store.start_attempt(banks.BANK_ID, banks.PRICING)
        session = StudySession(store, question, attempt, clock=lambda: now[0])
        session.edit(FIRST)
        assert session.focus_changed()
        fill_the_disk(store)

        session.edit(LONG)
        now[0] += 60
        session.tick()

        error = session.autosaver.error
        assert isinstance(error, DiskFullError)
        assert "is full" in str(error) and "free some space" in str(error)
        assert session.text == LONG and session.autosaver.dirty
        assert newest_on_disk(tmp_path / "data", attempt.id) == FIRST
        assert store.integrity() == "ok"

        free_the_disk(store)
        now[0] += 60
        session.tick()
        assert session.autosaver.error is None and not session.autosaver.dirty
        assert newest_on_disk(tmp_path / "data", attempt.id) == LONG


def test_exporting_onto_a_full_disk_says_so_and_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    question = banks.bank().question(banks.PRICING)
    with full_folder(tmp_path, monkeypatch) as folder:
        target = folder / "answer.pdf"
        with pytest.raises(UserError) as caught:
            export_pdf(target, LONG, question)
        message = str(caught.value)
        assert f"cannot write {target}" in message
        assert "nothing was written" in message and "Free some disk space" in message
        assert sorted(p.name for p in folder.iterdir()) == [FILLER]


def test_the_window_on_a_full_disk(
    window: MainWindow, ticker: Ticker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    session = window.start(EN_BANK, AMAZON, Mode.PRACTICE)
    type_text(window.study.editor, "Amazon was late.")
    ticker.now += 3.5
    window.study.tick()
    assert window.study.save_state.text() == "Saved"
    data_dir = window.store.data_dir

    fill_the_disk(window.store)
    window.study.editor.setPlainText(LONG)  # pasted: more than any free space in the file
    ticker.now += 3.5
    window.study.tick()
    shown = window.study.save_state.text()
    assert shown.startswith("Not saved:") and "is full" in shown and "free some space" in shown

    with full_folder(tmp_path, monkeypatch) as folder:
        window.export(folder / "answer.pdf")
        assert sorted(p.name for p in folder.iterdir()) == [FILLER]
    assert "nothing was written" in said(window)[-1]
    assert "Free some disk space" in said(window)[-1]
    assert window.study.editor.toPlainText() == LONG
    assert newest_on_disk(data_dir, session.attempt.id) == "Amazon was late."

    free_the_disk(window.store)
    ticker.now += 10
    window.study.tick()
    assert window.study.save_state.text() == "Saved"
    assert newest_on_disk(data_dir, session.attempt.id) == LONG


def test_a_full_disk_at_start_says_it_is_full(tmp_path: Path):
    """Reproduced on a small tmpfs: SQLite cannot make room for its shared-memory file and
    reports a disk I/O error (SQLITE_IOERR_SHMSIZE), which read "check the disk"."""
    with small_disk(tmp_path) as folder:
        with Store.open(folder / "data") as store:
            store.import_bank(banks.bank())
        fill(folder)
        with pytest.raises(DiskFullError) as caught:
            Store.open(folder / "data")
        (folder / FILLER).unlink()
    message = str(caught.value)
    assert "is full" in message and "free some space" in message
    assert "start Casewise again" in message and "check the disk" not in message
    assert "latest changes" not in message  # there are none yet


def test_a_disk_io_error_with_no_room_left_is_a_full_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """Where the tests may not mount a tmpfs: the same SQLite error, on a disk with no room."""
    error = sqlite3.OperationalError("disk I/O error")
    error.sqlite_errorcode = 4874  # SQLITE_IOERR_SHMSIZE
    error.sqlite_errorname = "SQLITE_IOERR_SHMSIZE"
    usage = shutil.disk_usage(tmp_path)
    monkeypatch.setattr(
        shutil, "disk_usage", lambda path: usage._replace(free=0) if path == tmp_path else usage
    )
    assert isinstance(from_sqlite(error, tmp_path, []), DiskFullError)
    other = tmp_path / "room"
    other.mkdir()
    still = from_sqlite(error, other, [])  # with room left, it is the disk's error after all
    assert still is not None and "check the disk" in str(still)
