"""Fixtures for the store's tests: a data folder, a fake clock and an open store with a bank."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.store import Store
from tests.core import banks


class FakeClock:
    """A clock that moves only when told to, so that timestamps in tests are exact."""

    def __init__(self) -> None:
        self.now = datetime(2025, 3, 3, 9, 0, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path, clock: FakeClock) -> Iterator[Store]:
    store = Store.open(data_dir, clock=clock)
    store.import_bank(banks.bank())
    yield store
    store.close()
