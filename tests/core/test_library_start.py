"""A start reads the banks back from the cache: each equal text once, the collector paused."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from casebank.loader import load
from desktop.bank_cache import BankCache
from desktop.library import BUNDLED_BANKS, Library
from desktop.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "data") as opened:
        yield opened


@pytest.fixture
def collector() -> Iterator[None]:
    """Give the collector back as the test found it, whatever the test did."""
    enabled = gc.isenabled()
    yield
    if enabled:
        gc.enable()
    else:
        gc.disable()


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_paused_while_banks_load_and_left_as_it_was(
    store, collector, monkeypatch, enabled
):
    seen: list[bool] = []
    load_all = Library.load_all

    def watched(self: Library) -> None:
        seen.append(gc.isenabled())
        load_all(self)

    monkeypatch.setattr(Library, "load_all", watched)
    if enabled:
        gc.enable()
    else:
        gc.disable()
    library = Library(store)
    library.open()
    assert seen == [False]
    assert gc.isenabled() is enabled
    assert library.banks()


def test_a_failing_start_gives_the_collector_back(store, collector, monkeypatch):
    def broken(self: Library) -> None:
        raise RuntimeError("the disk went away")

    monkeypatch.setattr(Library, "load_all", broken)
    gc.enable()
    with pytest.raises(RuntimeError):
        Library(store).open()
    assert gc.isenabled()


def test_equal_texts_are_read_back_as_one_object(tmp_path: Path):
    folder = BUNDLED_BANKS / "brands-social-media"
    BankCache(tmp_path / "cache").load(folder)
    bank = BankCache(tmp_path / "cache").load(folder)
    assert bank == load(folder)
    cues = [cue for question in bank.questions() for a in question.arguments for cue in a.cues]
    terms: dict[str, list[str]] = {}
    for cue in cues:
        for term in cue.any:
            terms.setdefault(term, []).append(term)
    repeated = [found for found in terms.values() if len(found) > 1]
    assert repeated, "the bundled bank repeats some cue terms"
    assert all(term is found[0] for found in repeated for term in found)
    languages = {id(question.language) for question in bank.questions()}
    assert len(languages) == 1
