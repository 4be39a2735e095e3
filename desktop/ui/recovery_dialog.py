"""At start-up: a damaged study database, or one that is not the store Casewise left there (an
empty file, another database's log, another program's tables), is offered a backup to restore, or
a clear message.

`open_store` is what `desktop.ui.app.run` calls instead of `Store.open`. A database that fails
its check raises `CorruptStoreError`; the `RecoveryDialog` then says what happened, lists the
backups with their dates (the newest sound one chosen), and on the student's confirmation
restores it, keeping the damaged file aside as ``casewise.db.corrupt-<time>``. Any other
`UserError` (a folder that cannot be written, a database from a newer Casewise) is shown as it is.
The decisions live in `desktop.store.recovery`; this module only asks.
"""

from __future__ import annotations

from pathlib import Path

from casebank.errors import UserError
from desktop.display import isolate
from desktop.store import CorruptStoreError, Store
from desktop.store.ownership import WITHOUT_LOG
from desktop.store.paths import DATABASE
from desktop.store.recovery import KEPT_AS, BackupChoice, choices, newest_sound, restore
from desktop.ui import i18n
from desktop.ui.i18n import translate
from desktop.ui.qt import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QLocale,
    QMessageBox,
    Qt,
    QVBoxLayout,
    QWidget,
)

# How many times to restore and reopen before giving up (a backup damaged after the check).
ATTEMPTS = 3


class RecoveryDialog(QDialog):
    """Lists the backups of a damaged database and restores the chosen one on confirmation."""

    def __init__(self, error: CorruptStoreError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Casewise: the study database is damaged"))
        self.error = error
        self.offered = choices(error.data_dir)
        self.kept: Path | None = None  # where the damaged file went, once restored
        self.restored: BackupChoice | None = None

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.backups = QListWidget(self)
        for choice in self.offered:
            item = QListWidgetItem(self._label(choice), self.backups)
            if not choice.sound:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
        newest = newest_sound(self.offered)
        database = error.data_dir / DATABASE
        if error.foreign:
            what = self.tr(
                "The study database %1 is not the one Casewise left there, so Casewise does not "
                "use it: %2."
            )
            what = what.replace("%1", isolate(str(database))).replace("%2", error.detail)
        else:
            what = self.tr("The study database %1 is damaged, so Casewise cannot open it.")
            what = what.replace("%1", isolate(str(database)))
            if error.detail:
                what += " " + self.tr("(SQLite says: %1)").replace("%1", error.detail)
        if newest is not None:
            self.backups.setCurrentRow(self.offered.index(newest))
            advice = self.tr(
                "Choose a backup to restore; the newest sound one is selected. Work saved after "
                "it was taken is lost. The damaged file is kept beside the restored one as %1."
            ).replace("%1", f"{DATABASE}.{KEPT_AS}-<time>")
        else:
            advice = self.tr(
                "There is no backup to restore. Quit, move the damaged file away and start "
                "Casewise again to begin afresh; keep the file for someone who can repair SQLite "
                "databases."
            )
            self.backups.setVisible(bool(self.offered))
        self.message.setText(f"{what}\n\n{advice}")

        buttons = QDialogButtonBox(self)
        self.restore_button = buttons.addButton(
            self.tr("&Restore backup"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.quit_button = buttons.addButton(
            self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.restore_button.setEnabled(newest is not None)
        self.restore_button.setDefault(newest is not None)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.backups.currentRowChanged.connect(self._chosen)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.backups)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def chosen(self) -> BackupChoice | None:
        """The backup selected in the list, if it can be restored."""
        row = self.backups.currentRow()
        if 0 <= row < len(self.offered) and self.offered[row].sound:
            return self.offered[row]
        return None

    def accept(self) -> None:
        """Restore the chosen backup; on failure say why and stay open."""
        choice = self.chosen()
        if choice is None:
            return
        try:
            self.kept = restore(self.error.data_dir, choice)
        except UserError as exc:
            self.message.setText(self.tr("The backup was not restored: %1").replace("%1", str(exc)))
            return
        self.restored = choice
        super().accept()

    def _label(self, choice: BackupChoice) -> str:
        """One line for the list: when (in the interface's calendar), why, how large."""
        kind = choice.backup.reason
        if kind == "daily":
            reason = self.tr("daily backup")
        elif kind == WITHOUT_LOG:
            reason = self.tr("the database as it was, without the log beside it")
        elif kind.startswith("before-import-"):
            reason = self.tr("before importing a bank")
        elif kind.startswith("before-"):
            reason = self.tr("before updating the database")
        else:
            reason = kind
        # Qt writes the size in the interface's units and digits (kB, MB; Persian digits).
        size = QLocale().formattedDataSize(choice.size, 1)
        text = self.tr("%1, %2 (%3)").replace("%1", i18n.date_time(choice.backup.created))
        text = text.replace("%2", reason).replace("%3", size)
        if choice.sound:
            return text
        return self.tr("%1: damaged, cannot be restored").replace("%1", text)

    def _chosen(self, row: int) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)


def open_store(data_dir: Path, parent: QWidget | None = None) -> Store | None:
    """Open the store, offering a backup if the database is damaged; None if the student quits.

    A `UserError` that no backup can fix is shown in a message box.
    """
    for _ in range(ATTEMPTS):
        try:
            return Store.open(data_dir)
        except CorruptStoreError as exc:
            dialog = RecoveryDialog(exc, parent)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
        except UserError as exc:
            QMessageBox.critical(parent, "Casewise", str(exc))
            return None
    QMessageBox.critical(
        parent,
        "Casewise",
        translate(
            "RecoveryDialog",
            "The restored backup could not be opened either. Quit, and copy the data folder "
            "for someone who can repair SQLite databases.",
        ),
    )
    return None
