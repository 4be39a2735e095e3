"""The Qt binding itself: guards against a PySide6 release that would crash a long session."""

from __future__ import annotations

import sys

from desktop.ui.qt import QLabel


def test_qt_calls_that_return_nothing_keep_none_alive(qtbot):
    # PySide6-Essentials 6.12.0 on Python 3.11 drops one reference to None on every Qt call
    # that returns nothing; after some thousands of calls Python aborts ("deallocating None").
    # pyproject.toml pins below 6.12 for this; this test fails if a bad release slips in.
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
    assert sys.getrefcount(None) >= before - 50  # other code may release a few meanwhile
