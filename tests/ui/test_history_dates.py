"""The history shows each attempt's date and time in full, in the interface's locale."""

from __future__ import annotations

import datetime

import pytest

from desktop.ui import i18n
from desktop.ui.history import cell_text
from desktop.ui.qt import QtWidgets
from tests.ui.conftest import AMAZON, EN_BANK

# A late hour on a two-digit day of a two-digit month: as wide as a moment gets.
LATE = datetime.datetime(2026, 12, 28, 23, 58, 58, tzinfo=datetime.UTC)


@pytest.mark.parametrize("language", ["en", "de", "fa"])
def test_the_date_column_shows_the_time_in_full(window, monkeypatch, language):
    monkeypatch.setattr(window.store, "_clock", lambda: LATE)  # the store's clock, for its stamps
    attempt = window.store.start_attempt(EN_BANK, AMAZON)
    window.store.save_revision(attempt.id, "Written late at night.")
    i18n.install(i18n.LANGUAGES[language])
    dialog = window.show_history(EN_BANK, AMAZON)
    text = cell_text(window.store.attempt(attempt.id), 0)
    assert text == i18n.date_time(LATE)
    hours = LATE.astimezone().strftime("%H")
    assert i18n.digits(hours) in text or hours in text  # the time is part of it
    table = dialog.table
    metric = QtWidgets.QStyle.PixelMetric.PM_FocusFrameHMargin
    margin = table.style().pixelMetric(metric, None, table) + 1
    needed = table.fontMetrics().horizontalAdvance(text) + 2 * margin
    assert table.horizontalHeader().sectionSize(0) >= needed
    dialog.reject()
