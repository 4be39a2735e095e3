"""Autosave: after a pause, on focus changes, and at least every few seconds while typing."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casebank.errors import UserError
from desktop.store import AutosavePolicy, Autosaver


class Recorder:
    """Counts saves and fails on demand, like a store whose disk fills up."""

    def __init__(self) -> None:
        self.saves = 0
        self.fail: Exception | None = None

    def __call__(self) -> None:
        if self.fail is not None:
            raise self.fail
        self.saves += 1


def test_saves_a_few_seconds_after_typing_stops():
    save = Recorder()
    saver = Autosaver(save)
    for t in (0.0, 0.5, 1.0, 2.0):
        saver.text_changed(t)

    assert saver.next_due() == 5.0
    assert not saver.tick(4.9)
    assert saver.tick(5.0)
    assert save.saves == 1
    assert not saver.tick(9.0)  # nothing new to save
    assert saver.next_due() is None


def test_continuous_typing_still_saves_every_ten_seconds():
    save = Recorder()
    saver = Autosaver(save)
    saved_at = []
    for step in range(250):  # 25 s of a keystroke every 0.1 s, the timer ticking as often
        now = step / 10
        saver.text_changed(now)
        if saver.tick(now):
            saved_at.append(now)

    assert saved_at == [10.0, 20.1]


def test_a_focus_change_saves_at_once_but_only_if_something_changed():
    save = Recorder()
    saver = Autosaver(save)
    assert not saver.focus_changed(0.0)
    saver.text_changed(1.0)
    assert saver.focus_changed(1.2)
    assert save.saves == 1 and not saver.dirty
    assert not saver.focus_changed(1.5)
    assert save.saves == 1


def test_a_failed_save_is_kept_for_the_ui_and_retried():
    save = Recorder()
    save.fail = UserError("the disk is full")
    saver = Autosaver(save, AutosavePolicy(idle=3, longest=10, retry=5))
    saver.text_changed(0.0)

    assert not saver.tick(3.0)
    assert str(saver.error) == "the disk is full" and saver.dirty
    assert saver.next_due() == 8.0
    save.fail = None
    assert not saver.tick(7.9)
    assert saver.tick(8.0)
    assert saver.error is None and save.saves == 1


def test_a_bug_in_saving_is_not_swallowed():
    save = Recorder()
    save.fail = RuntimeError("bug")
    saver = Autosaver(save)
    saver.text_changed(0.0)
    with pytest.raises(RuntimeError):
        saver.flush(0.1)


def test_the_policy_needs_sensible_intervals():
    with pytest.raises(ValueError):
        AutosavePolicy(idle=5, longest=2)


@given(st.lists(st.floats(min_value=0.0, max_value=0.5), min_size=1, max_size=300))
def test_no_change_stays_unsaved_longer_than_the_policy_allows(gaps: list[float]):
    """Whatever the rhythm of typing, a change is saved within `longest` seconds, and within
    `idle` seconds of the last keystroke (to the timer's resolution)."""
    policy = AutosavePolicy()
    saver = Autosaver(lambda: None, policy)
    resolution = 0.05
    changes = []
    now = 0.0
    for gap in gaps:
        now += gap
        changes.append(now)
    unsaved_since: float | None = None
    tick = 0.0
    pending = list(changes)
    end = changes[-1] + policy.idle + resolution
    while tick <= end:
        while pending and pending[0] <= tick:
            change = pending.pop(0)
            saver.text_changed(change)
            if unsaved_since is None:
                unsaved_since = change
        if saver.tick(tick):
            assert unsaved_since is not None
            assert tick - unsaved_since <= policy.longest + resolution + 1e-9
            unsaved_since = None
        tick = round(tick + resolution, 10)
    assert unsaved_since is None
    assert not saver.dirty
