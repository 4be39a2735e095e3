"""Full disks, damaged databases and folders that cannot be written: clear messages, no loss."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from casebank.errors import UserError
from desktop.store import (
    Autosaver,
    CorruptStoreError,
    DiskFullError,
    Store,
    list_backups,
    restore_backup,
)
from desktop.store.paths import DATABASE
from tests.core import banks
from tests.core.conftest import FakeClock

LONG_ANSWER = "The price matters because margins are thin. " * 5000  # about 220 KB


def fill_the_disk(store: Store) -> None:
    """Let the database grow no further, as if the disk were full."""
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")


def free_the_disk(store: Store) -> None:
    store.db.execute("PRAGMA max_page_count = 1073741823")


def test_a_full_disk_is_a_user_error_and_keeps_the_last_good_revision(store: Store):
    attempt = store.start_attempt(banks.BANK_ID, banks.PRICING)
    store.save_revision(attempt.id, banks.COVERS_PRICE)
    fill_the_disk(store)

    with pytest.raises(DiskFullError, match=r"disk .* is full") as caught:
        store.save_revision(attempt.id, LONG_ANSWER)

    assert isinstance(caught.value, UserError)
    assert "free some space" in str(caught.value)
    kept = store.attempt(attempt.id)
    assert (kept.text, kept.revisions) == (banks.COVERS_PRICE, 1)
    free_the_disk(store)
    assert store.integrity() == "ok"


def test_autosave_retries_after_a_full_disk(store: Store):
    attempt = store.start_attempt(banks.BANK_ID, banks.PRICING)
    text = LONG_ANSWER
    saver = Autosaver(lambda: store.save_revision(attempt.id, text))
    fill_the_disk(store)

    saver.text_changed(0.0)
    assert not saver.tick(3.0)
    assert isinstance(saver.error, DiskFullError)
    assert saver.dirty

    free_the_disk(store)
    assert not saver.tick(4.0)  # waits before retrying
    assert saver.tick(8.0)
    assert saver.error is None and not saver.dirty
    assert store.attempt(attempt.id).text == text


def test_a_damaged_file_offers_the_newest_backup(data_dir: Path, clock: FakeClock):
    with Store.open(data_dir, clock=clock) as store:
        store.import_bank(banks.bank())
        attempt = store.start_attempt(banks.BANK_ID, banks.PRICING)
        store.save_revision(attempt.id, banks.COVERS_PRICE)
        store.backup("first")
        clock.advance(3600)
        newest = store.backup("second")
    (data_dir / DATABASE).write_bytes(b"this is not a database, it is garbage " * 200)

    with pytest.raises(CorruptStoreError, match="damaged") as caught:
        Store.open(data_dir, clock=clock)

    error = caught.value
    assert isinstance(error, UserError)
    assert [b.reason for b in error.backups] == ["second", "first"]
    assert newest.path.name in str(error)

    kept = restore_backup(data_dir, error.backups[0].path)

    assert kept is not None and kept.read_bytes().startswith(b"this is not a database")
    with Store.open(data_dir, clock=clock) as store:
        assert store.attempt(attempt.id).text == banks.COVERS_PRICE
        assert store.integrity() == "ok"


def test_damaged_pages_are_found_on_start(data_dir: Path, clock: FakeClock):
    with Store.open(data_dir, clock=clock) as store:
        store.import_bank(banks.bank())
        for n in range(40):
            attempt = store.start_attempt(banks.BANK_ID, banks.PRICING)
            store.save_revision(attempt.id, f"Answer {n}. " + "words " * 300)
    path = data_dir / DATABASE
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) > 8 * page
    data[5 * page : 7 * page] = b"\xff" * (2 * page)
    path.write_bytes(bytes(data))

    with pytest.raises(CorruptStoreError) as caught:
        Store.open(data_dir, clock=clock)
    assert caught.value.backups == ()
    assert "no backup" in str(caught.value)


def test_a_damaged_backup_is_not_restored(data_dir: Path, clock: FakeClock):
    with Store.open(data_dir, clock=clock) as store:
        backup = store.backup()
    backup.path.write_bytes(b"garbage" * 100)
    with pytest.raises(UserError, match="damaged too"):
        restore_backup(data_dir, backup.path)


def test_no_restore_while_another_window_uses_the_folder(data_dir: Path, clock: FakeClock):
    with Store.open(data_dir, clock=clock) as store:
        backup = store.backup()
        with pytest.raises(UserError, match="another Casewise window"):
            restore_backup(data_dir, backup.path)


def test_a_data_folder_under_a_file_is_a_clear_user_error(tmp_path: Path):
    (tmp_path / "file").write_text("not a folder")
    with pytest.raises(UserError, match=r"cannot write to the data folder .*--data-dir"):
        Store.open(tmp_path / "file" / "data")


READ_ONLY = """
import sys
from pathlib import Path
from casebank.errors import UserError
from desktop.store import Store

folder, existing = Path(sys.argv[1]), Path(sys.argv[2])
for target in (folder, existing):
    try:
        Store.open(target)
    except UserError as exc:
        print(exc)
"""


def without_root_powers() -> list[str]:
    """A command prefix under which root, too, is stopped by file permissions."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("root ignores file permissions, and setpriv is not there to drop that power")
    caps = "-dac_override,-dac_read_search,-fowner"
    return [setpriv, f"--inh-caps={caps}", f"--bounding-set={caps}"]


def test_a_read_only_data_folder_is_a_clear_user_error(tmp_path: Path):
    folder = tmp_path / "read-only"
    folder.mkdir()
    existing = tmp_path / "read-only-database"
    Store.open(existing).close()
    (existing / DATABASE).chmod(0o400)
    folder.chmod(0o500)
    try:
        result = subprocess.run(
            [*without_root_powers(), sys.executable, "-c", READ_ONLY, str(folder), str(existing)],
            cwd=Path(__file__).resolve().parents[2],
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
    finally:
        folder.chmod(0o700)
    messages = result.stdout.splitlines()
    assert len(messages) == 2, result.stdout + result.stderr
    for message, path in zip(messages, (folder, existing), strict=True):
        assert message.startswith(f"cannot write to the data folder {path} (")
        assert "--data-dir" in message


def test_only_sound_backups_are_listed_and_kept(data_dir: Path, clock: FakeClock):
    with Store.open(data_dir, clock=clock) as store:
        for _ in range(8):
            store.backup("manual")
            clock.advance(60)
    backups = list_backups(data_dir)
    assert len(backups) == 6  # the newest five, and the newest older one of this week
    assert backups == sorted(backups, key=lambda b: b.created, reverse=True)
    assert not list((data_dir / "backups").glob(".*partial"))
