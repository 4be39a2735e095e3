"""Thinning: recent backups all stay, older ones one a week, the oldest go."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop.store.backups import KEEP_NEWEST, KEEP_WEEKS, thinned
from desktop.store.records import Backup


def backups_every(hours: int, count: int) -> list[Backup]:
    start = datetime(2025, 6, 2, 12, tzinfo=UTC)  # a Monday
    times = [start - timedelta(hours=hours * n) for n in range(count)]
    return [Backup(Path(f"{t:%Y%m%dT%H}.db"), t, "daily") for t in times]


def test_few_backups_are_all_kept():
    assert thinned(backups_every(24, KEEP_NEWEST)) == []


def test_daily_backups_thin_to_one_a_week_for_some_weeks():
    backups = backups_every(24, 200)
    kept = [b for b in backups if b not in thinned(backups)]

    assert kept[:KEEP_NEWEST] == backups[:KEEP_NEWEST]
    older = kept[KEEP_NEWEST:]
    weeks = [b.created.isocalendar()[:2] for b in older]
    assert len(weeks) == len(set(weeks))  # at most one a week
    assert len(older) <= KEEP_WEEKS + 1
    assert min(b.created for b in kept) >= backups[0].created - timedelta(weeks=KEEP_WEEKS)
    assert backups[-1] not in kept
