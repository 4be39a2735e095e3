"""Backups go by the order they were taken and by what they hold, not by the clock alone.

The reproduction of issue 20: one start with the clock set to 2099 stopped the daily backups
(the newest backup was "from 2099", never a day old), and after damage the restore dialog
preselected that backup, which held 4 of the 25 attempts.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop.store import CorruptStoreError, Store, list_backups
from desktop.store.backups import KEEP_NEWEST, KEEP_WEEKS, thinned
from desktop.store.paths import DATABASE
from desktop.store.records import Backup
from desktop.store.recovery import choices, newest_sound
from tests.core import banks
from tests.core.conftest import FakeClock
from tests.reliability.test_not_our_store import attempts_in

FUTURE = datetime(2099, 1, 1, 12, tzinfo=UTC)


def work(data_dir: Path, clock: FakeClock, attempts: int) -> None:
    """Start Casewise at the clock's time and add attempts."""
    with Store.open(data_dir, clock=clock) as store:
        store.import_bank(banks.bank())
        for n in range(attempts):
            attempt = store.start_attempt(banks.BANK_ID, banks.PRICING)
            store.save_revision(attempt.id, f"{banks.COVERS_PRICE} Answer {n}.")


def test_a_start_with_the_clock_in_2099_does_not_stop_the_daily_backups(tmp_path: Path):
    data_dir = tmp_path / "data"
    clock = FakeClock()
    work(data_dir, clock, 4)
    today = clock.now
    clock.now = FUTURE
    work(data_dir, clock, 0)  # the daily backup is "from 2099", with 4 attempts
    [from_2099] = [b for b in list_backups(data_dir) if b.created.year == 2099]

    clock.now = today
    for day in range(1, 21):  # twenty days of study, a start each day
        clock.now = today + timedelta(days=day)
        work(data_dir, clock, 1 if day < 20 else 2)
        newest = list_backups(data_dir)[0]
        assert newest.created.date() == clock.now.date(), f"no daily backup on day {day}"
    assert from_2099 in list_backups(data_dir)  # kept, in its place

    (data_dir / DATABASE).write_bytes(b"the disk failed here " * 500)
    try:
        Store.open(data_dir, clock=clock)
    except CorruptStoreError as error:
        assert error.backups[0] != from_2099
    else:
        raise AssertionError("a damaged database opened")
    chosen = newest_sound(choices(data_dir))
    assert chosen is not None and chosen.backup != from_2099
    assert attempts_in(chosen.backup.path) == 4 + 19  # the start of day 20 backed up day 19's


def test_a_backup_dated_in_the_future_does_not_thin_away_the_weekly_ones():
    start = datetime(2025, 6, 2, 12, tzinfo=UTC)
    daily = [Backup(Path(f"{n}.db"), start - timedelta(days=n), "daily") for n in range(120)]
    taken_last = Backup(Path("2099.db"), FUTURE, "daily")  # in taken order, the newest

    removed = thinned([taken_last, *daily])

    kept = [b for b in [taken_last, *daily] if b not in removed]
    assert kept[:KEEP_NEWEST] == [taken_last, *daily[: KEEP_NEWEST - 1]]
    weeks = {b.created.isocalendar()[:2] for b in kept[KEEP_NEWEST:]}
    assert len(weeks) == KEEP_WEEKS  # a week of backups for each of the twelve weeks


def test_among_backups_named_before_numbering_the_one_holding_the_work_is_offered(
    tmp_path: Path,
):
    """Backups taken by an earlier Casewise carry no number: their dates are all there is to
    order them by, and one is from 2099. What they hold decides which one is offered."""
    data_dir = tmp_path / "data"
    clock = FakeClock()
    work(data_dir, clock, 4)
    with Store.open(data_dir, clock=clock) as store:
        few = store.backup("manual").path
    work(data_dir, clock, 21)
    with Store.open(data_dir, clock=clock) as store:
        many = store.backup("manual").path
    folder = data_dir / "backups"
    for path in folder.iterdir():
        if path not in (few, many):
            path.unlink()
    few.rename(folder / "casewise-20990101T120000Z-daily.db")  # as the bug named it
    many.rename(folder / "casewise-20250310T090000Z-daily.db")
    (data_dir / DATABASE).write_bytes(b"the disk failed here " * 500)

    chosen = newest_sound(choices(data_dir))

    assert chosen is not None and chosen.backup.path.name == "casewise-20250310T090000Z-daily.db"
    assert attempts_in(chosen.backup.path) == 25
