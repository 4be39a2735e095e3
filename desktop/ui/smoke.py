"""The window half of ``casewise --smoke``: start Qt offscreen and open the real window.

This is what proves a bundle carries a working Qt: the platform plugin loads, the bundled banks
reach the library through a fresh store, the icon is found, and the window shows and closes.
The headless half (banks, coverage, PDF) is `desktop.smoke`.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from desktop.smoke import SmokeError, bundled_bank_folders
from desktop.ui.about import app_icon
from desktop.ui.app import application, build_window
from desktop.ui.operations import ImmediateRunner


def check_window(data_dir: Path, *, say: Callable[[str], None] = print) -> None:
    """Open the window offscreen on a new data folder and check it lists every bundled bank.

    Args:
        data_dir: an empty folder for the store the window opens.
        say: receives one line when the window checks out.

    Raises:
        SmokeError: Qt cannot start, the icon is missing, or a bundled bank is not listed.
    """
    # Before the QApplication exists: the smoke test never needs (or opens) a display.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = application(["casewise"])
    if app_icon().isNull():
        raise SmokeError("the Casewise icon is missing from resources/icons")
    expected = len(bundled_bank_folders())
    window = build_window(data_dir, runner=ImmediateRunner())
    try:
        window.show()
        app.processEvents()
        listed = [bank.id for bank in window.library.banks()]
        if len(listed) != expected or window.library.problems:
            raise SmokeError(
                f"the library lists {len(listed)} of the {expected} bundled banks"
                + "".join(f"\n  {problem}" for problem in window.library.problems)
            )
        say(f"ok  window ({app.platformName()}): the library lists {', '.join(listed)}")
    finally:
        window.close()
        window.store.close()
