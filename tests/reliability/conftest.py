"""The reliability suite shares the window fixtures of the widget tests (offscreen Qt, background
work run at once, a clock that moves only when told to)."""

from __future__ import annotations

from tests.ui.conftest import (
    _banks_loaded_once,
    _no_blocking_question,
    submitting_asks,
    ticker,
    window,
)

__all__ = ["_banks_loaded_once", "_no_blocking_question", "submitting_asks", "ticker", "window"]
