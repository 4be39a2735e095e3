"""Start the real app (``casewise --data-dir DIR``) and quit at its first paint.

Run by the cold-start benchmark as ``python benchmarks/first_paint.py DIR``. It goes through the
same entry point as the ``casewise`` command; the only addition is an event filter on the
application that, when the main window first paints, prints the wall-clock time (``time.time()``)
and quits. The parent process notes the time just before it starts this one, so the difference is
what a student waits for: the interpreter, the imports, the store, the library and the first paint.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop import cli
from desktop.ui import app as app_module
from desktop.ui.qt import QApplication, QEvent, QMainWindow, QObject, QTimer

MARK = "first-paint "


class _FirstPaint(QObject):
    """Notes the first paint of a main window, then quits the application."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if not self.done and event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
            self.done = True
            print(f"{MARK}{time.time():.6f}", flush=True)
            QTimer.singleShot(0, self.app.quit)
        return False


def main(data_dir: str) -> None:
    """Run ``casewise --data-dir data_dir`` until its window first paints."""
    real_application = app_module.application

    def application(argv: list[str] | None = None) -> QApplication:
        app = real_application(argv)
        app.installEventFilter(_FirstPaint(app))
        return app

    app_module.application = application
    sys.argv = ["casewise", "--data-dir", data_dir]
    cli.main()


if __name__ == "__main__":
    main(sys.argv[1])
