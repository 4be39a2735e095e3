"""A damaged, missing or unwritable data folder at start-up: the app offers the newest sound
backup (restoring it on confirmation, the damaged file kept aside) or says what to do."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.store import CorruptStoreError, Store
from desktop.store.paths import DATABASE
from desktop.ui import i18n
from desktop.ui.app import application
from desktop.ui.qt import QDialog, QMessageBox, Qt
from desktop.ui.recovery_dialog import RecoveryDialog, open_store
from tests.core import banks
from tests.core.conftest import FakeClock

GARBAGE = b"this file was a database until the disk failed " * 100


@pytest.fixture
def damaged(tmp_path: Path) -> tuple[Path, int]:
    """A data folder whose database is garbage, with two sound backups and a damaged one."""
    data_dir = tmp_path / "data"
    clock = FakeClock()
    with Store.open(data_dir, clock=clock) as store:
        store.import_bank(banks.bank())
        attempt = store.start_attempt(banks.BANK_ID, banks.PRICING)
        store.save_revision(attempt.id, "An early draft.")
        store.backup("first")
        clock.advance(3600)
        store.save_revision(attempt.id, banks.COVERS_BOTH)
        store.backup("second")
        clock.advance(3600)
        store.backup("third").path.write_bytes(GARBAGE)  # damaged after it was taken
    (data_dir / DATABASE).write_bytes(GARBAGE)
    for leftover in ("-wal", "-shm"):
        Path(f"{data_dir / DATABASE}{leftover}").unlink(missing_ok=True)
    return data_dir, attempt.id


def corrupt_error(data_dir: Path) -> CorruptStoreError:
    with pytest.raises(CorruptStoreError) as caught:
        Store.open(data_dir)
    return caught.value


def test_the_dialog_lists_the_backups_and_restores_the_newest_sound_one(qtbot, damaged):
    data_dir, attempt_id = damaged
    application()
    i18n.install(i18n.LANGUAGES["en"])
    dialog = RecoveryDialog(corrupt_error(data_dir))
    qtbot.addWidget(dialog)

    rows = [dialog.backups.item(i).text() for i in range(dialog.backups.count())]
    assert [row.split(", ")[1].split(" (")[0] for row in rows] == ["third", "second", "first"]
    assert rows[0].endswith("damaged, cannot be restored")
    assert rows[0].startswith(i18n.date_time(dialog.offered[0].backup.created))
    assert dialog.offered[0].backup.created.isoformat().startswith("2025-03-03T11:00")
    assert not dialog.backups.item(0).flags() & Qt.ItemFlag.ItemIsEnabled
    assert dialog.backups.currentRow() == 1 and dialog.restore_button.isEnabled()
    assert "is damaged" in dialog.message.text() and "Choose a backup" in dialog.message.text()
    assert "corrupt-<time>" in dialog.message.text()

    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.kept is not None and dialog.kept.name.startswith(f"{DATABASE}.corrupt-")
    assert dialog.kept.read_bytes() == GARBAGE
    with Store.open(data_dir) as store:
        assert store.integrity() == "ok"
        assert store.attempt(attempt_id).text == banks.COVERS_BOTH


def test_starting_on_a_damaged_database_restores_on_confirmation(qtbot, damaged, monkeypatch):
    data_dir, attempt_id = damaged
    application()
    shown: list[RecoveryDialog] = []

    def confirm(dialog: RecoveryDialog) -> int:
        shown.append(dialog)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(RecoveryDialog, "exec", confirm)
    store = open_store(data_dir)
    assert store is not None and len(shown) == 1
    try:
        assert store.attempt(attempt_id).text == banks.COVERS_BOTH
    finally:
        store.close()
    assert len(list(data_dir.glob(f"{DATABASE}.corrupt-*"))) == 1


def test_quitting_or_having_no_backup_changes_nothing(qtbot, tmp_path, monkeypatch):
    data_dir = tmp_path / "data"
    Store.open(data_dir).close()
    (data_dir / DATABASE).write_bytes(GARBAGE)
    application()
    dialogs: list[RecoveryDialog] = []

    def quit_(dialog: RecoveryDialog) -> int:
        dialogs.append(dialog)
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(RecoveryDialog, "exec", quit_)
    assert open_store(data_dir) is None
    [dialog] = dialogs
    assert not dialog.restore_button.isEnabled()
    assert "There is no backup to restore" in dialog.message.text()
    assert (data_dir / DATABASE).read_bytes() == GARBAGE


def test_an_unwritable_data_folder_is_explained(qtbot, tmp_path, monkeypatch):
    (tmp_path / "a-file").write_text("not a folder")
    application()
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda parent, title, text: told.append(text))
    )
    assert open_store(tmp_path / "a-file" / "data") is None
    assert len(told) == 1 and told[0].startswith("cannot write to the data folder")
    assert "--data-dir" in told[0]


def test_a_missing_data_folder_is_created(tmp_path):
    data_dir = tmp_path / "not" / "there" / "yet"
    with Store.open(data_dir) as store:
        assert store.integrity() == "ok"
    assert (data_dir / DATABASE).is_file()
