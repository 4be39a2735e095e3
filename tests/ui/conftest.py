"""Widget tests without a screen (as Picard does): offscreen Qt, background work run at once,
a clock that moves only when told to, and a temporary data folder per test."""

from __future__ import annotations

import os

from tests.helpers import Ticker, window_on

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

import pytest

import desktop.library
from casebank.loader import load
from desktop.ui.main_window import MainWindow

EN_BANK = "org.casewise.brands-social-media"
FA_BANK = "org.casewise.social-media-fa"
AMAZON = "amazon-international/platform-roles"
FACEBOOK = (
    "Amazon uses Facebook to reach a network of friends who share its offers and special "
    "deals with each other, so promotions spread from one customer to the next."
)

_cached_load = cache(load)


@pytest.fixture(autouse=True)
def _banks_loaded_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # Banks are immutable: loading each bundled bank once per test run keeps the tests fast.
    monkeypatch.setattr(desktop.library, "load", _cached_load)


@pytest.fixture(autouse=True)
def _english_interface() -> None:
    # As the app starts: English with its plural forms ("1 word", "5 words"). Tests of other
    # languages install theirs; each test starts from English again.
    from desktop.ui import i18n
    from desktop.ui.app import application

    application()
    i18n.install(i18n.LANGUAGES["en"])


@pytest.fixture(autouse=True)
def _no_blocking_question(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A window asked what to do with an unsaved answer would block in its modal dialog: here
    it fails the test instead (and gives the changes up, so that the window can close).

    Tests that expect the question answer it themselves (tests/reliability/test_full_disk_exits).
    """
    from desktop.session import Unsaved
    from desktop.ui.unsaved import UnsavedDialog

    asked: list[str] = []

    def exec_(dialog: UnsavedDialog) -> int:
        asked.append(dialog.text())
        dialog.choices[Unsaved.LOSE].click()
        return 0

    monkeypatch.setattr(UnsavedDialog, "exec", exec_)
    yield
    assert asked == [], "a window asked what to do with an unsaved answer"


@pytest.fixture(autouse=True)
def submitting_asks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Submitting an answer outside its word limits, or an exam with time left, asks first
    (`StudyView.confirm_submit`, a window-modal box). Here the student says "Hand it in" at once;
    the questions asked are listed. tests/ui/test_submit.py answers the real box."""
    from desktop.ui.study import StudyView

    asked: list[str] = []

    def confirm(view: StudyView, text: str, hand_in: Callable[[], None]) -> None:
        asked.append(text)
        hand_in()

    monkeypatch.setattr(StudyView, "confirm_submit", confirm, raising=False)
    return asked


@pytest.fixture
def ticker() -> Ticker:
    return Ticker()


@pytest.fixture
def window(qtbot, tmp_path: Path, ticker: Ticker) -> Iterator[MainWindow]:
    from desktop.ui.app import application

    application()
    win = window_on(tmp_path / "data", clock=ticker)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    win.store.close()
