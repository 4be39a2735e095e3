"""Starting the window: the Qt application, the store, the library, and a clean exit."""

from __future__ import annotations

import gc
import logging
import os
import sys
import time
import traceback
from pathlib import Path
from types import TracebackType

from casebank.errors import UserError
from desktop.library import Library
from desktop.store import Store
from desktop.store.plan import StudyPlan
from desktop.ui import i18n
from desktop.ui.i18n import translate
from desktop.ui.main_window import MainWindow
from desktop.ui.notices import Notices
from desktop.ui.operations import Runner, ThreadRunner
from desktop.ui.qt import (
    QApplication,
    QEvent,
    QFileOpenEvent,
    QMessageBox,
    QObject,
    QSettings,
    QTimer,
)
from desktop.ui.recovery_dialog import open_store

log = logging.getLogger(__name__)
SETTINGS = "settings.ini"
DESKTOP_ID = "org.casewise.Casewise"  # packaging/linux/org.casewise.Casewise.desktop


def has_display() -> bool:
    """Whether Qt can show a window here (or was told to draw offscreen)."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def settings_for(data_dir: Path) -> QSettings:
    """Window layout lives beside the data, so ``--data-dir`` keeps everything together."""
    return QSettings(str(data_dir / SETTINGS), QSettings.Format.IniFormat)


def application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, made once and named as Casewise (also when a test made it)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or ["casewise"])
    app.setApplicationName("Casewise")
    app.setOrganizationName("Casewise")
    # Wayland matches the window to its menu entry (and icon) by this name.
    app.setDesktopFileName(DESKTOP_ID)
    if not isinstance(app.style(), i18n.InterfaceStyle):
        # Fusion follows the system's light or dark colour scheme; the proxy hides mnemonic
        # underlines in Persian.
        app.setStyle(i18n.InterfaceStyle("Fusion"))
    return app


class FileOpener(QObject):
    """Imports the bank files the system asks to open (macOS sends a double-clicked file as an
    event to the running app, not on the command line)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Import the file of a file-open event; let every other event through."""
        if isinstance(event, QFileOpenEvent) and event.type() == QEvent.Type.FileOpen:
            name = event.file()
            if name:
                self.window.import_bank(Path(name))
                return True
        return False


def build_window(
    data_dir: Path,
    *,
    runner: Runner | None = None,
    store: Store | None = None,
    notices: Notices | None = None,
) -> MainWindow:
    """Open the store and the library (adding the bundled banks) and make the window; it says
    what it has to through `notices` (Qt's dialogs when None)."""
    store = store or Store.open(data_dir)
    library = Library(store)
    library.open()
    # Attempts submitted before Casewise had a study plan join it (once; cheap afterwards).
    StudyPlan(store).catch_up()
    window = MainWindow(
        store, library, settings_for(data_dir), runner or ThreadRunner(), notices=notices
    )
    for problem in library.problems:
        window.show_message(translate("App", "A bank could not be opened"), problem, warning=True)
    return window


def run(data_dir: Path, open_path: Path | None = None) -> int:
    """Run Casewise until its window closes; the exit status.

    Args:
        data_dir: the data folder.
        open_path: a bank file or folder to import once the window shows.
    """
    if not has_display():
        print(
            "casewise: no display found (DISPLAY and WAYLAND_DISPLAY are unset).\n"
            "Run it in a desktop session, or set QT_QPA_PLATFORM=offscreen to start it "
            "without one (nothing is shown; useful for tests and screenshots).",
            file=sys.stderr,
        )
        return 2
    started = time.perf_counter()
    app = application(sys.argv[:1])
    i18n.install(i18n.choose(settings_for(data_dir)))
    store = open_store(data_dir)  # offers a backup to restore if the database is damaged
    if store is None:
        return 1
    runner = ThreadRunner()
    window = build_window(data_dir, runner=runner, store=store)
    _install_excepthook(window)
    app.installEventFilter(FileOpener(window))
    window.show()
    log.info("first window after %.0f ms", (time.perf_counter() - started) * 1000)
    QTimer.singleShot(0, window.offer_unsaved_work)
    QTimer.singleShot(0, settle_memory)
    if open_path is not None:
        QTimer.singleShot(0, lambda: window.import_bank(open_path))
    status = 1
    try:
        status = app.exec()
    finally:
        stopped = close_down(runner, store)
    if not stopped:
        # A step of the work that does not ask whether it was cancelled; the store is closed
        # and nothing is lost, but Qt's pool would hold the process open until it ends.
        log.warning("background work still running %d s after the window closed", STOP_WAIT_S)
        logging.shutdown()
        os._exit(status)
    return status


# How long quitting waits for background work to stop once it has been cancelled.
STOP_WAIT_S = 10


def close_down(runner: ThreadRunner, store: Store) -> bool:
    """After the window has closed: cancel the background work, close the store, and wait.

    The store is closed first, releasing the session's lock: background work never touches it
    (`desktop.ui.operations`), and another Casewise must not find this session alive while an
    import winds down. Returns whether the work stopped within `STOP_WAIT_S` seconds.
    """
    runner.cancel_all()
    try:
        store.close()
    except UserError as exc:
        # The window closed only once every answer was saved or given up by the student;
        # what failed is recording the clean exit, so the next start treats this session as
        # one that crashed and offers back any attempt it left open.
        log.warning("Casewise could not record its clean exit (%s)", type(exc).__name__)
    return runner.wait(STOP_WAIT_S * 1000)


def settle_memory() -> None:
    """Once the window shows: set what the start built aside from the garbage collector.

    The banks, the caches and Qt's wrappers (some half a million objects) live as long as the
    window. Left in the collector's care, each full collection walks them all, a pause of up to a
    tenth of a second that lands on whatever keystroke triggers it. Frozen, only what is made
    afterwards is walked.
    """
    gc.collect()
    gc.freeze()


def _install_excepthook(window: MainWindow) -> None:
    """A bug is logged with its traceback and shown once, with the report to copy."""
    shown = False

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        nonlocal shown
        report = "".join(traceback.format_exception(kind, value, tb))
        log.error("unexpected error\n%s", report)
        sys.stderr.write(report)
        if not shown:
            shown = True
            session = window.study.session
            if session is None or session.saved:
                work = translate("App", "Your work is saved.")
            else:
                work = translate(
                    "App",
                    "Your latest changes are not saved yet: they stay in the window, Casewise "
                    "keeps trying to save them, and it asks before you leave them.",
                )
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                translate("App", "Casewise hit a bug"),
                translate("App", "Something went wrong that is not your fault.")
                + " "
                + work
                + " "
                + translate("App", "Please send the details below to the Casewise team."),
                QMessageBox.StandardButton.Ok,
                window,
            )
            box.setDetailedText(report)
            box.open()

    sys.excepthook = hook
