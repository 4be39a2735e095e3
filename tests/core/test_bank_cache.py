"""The cache of parsed banks: a start reads banks back instead of parsing them, and never trusts
an entry it did not write for exactly those files."""

from __future__ import annotations

import hashlib
import pickle
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

import desktop.bank_cache
import desktop.library
from casebank.loader import load, load_files
from casebank.model import Bank
from desktop.bank_cache import BankCache
from desktop.library import BUNDLED_BANKS, CACHE_FOLDER, Library, read_bank
from desktop.store import Store

SMALL = BUNDLED_BANKS / "amazon-botschafter"


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The origins of the banks parsed from now on."""
    seen: list[str] = []

    def counting(files: dict[str, bytes], origin: str) -> Bank:
        seen.append(origin)
        return load_files(files, origin)

    monkeypatch.setattr("desktop.bank_cache.load_files", counting)
    return seen


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    copy = tmp_path / "bank"
    shutil.copytree(SMALL, copy)
    return copy


def test_a_bank_is_parsed_once_and_read_back_equal(tmp_path, folder, parses):
    first = BankCache(tmp_path / "cache").load(folder)
    again = BankCache(tmp_path / "cache").load(folder)
    assert parses == [str(folder)]
    assert again == first == load(folder)


def test_an_edited_bank_is_parsed_afresh(tmp_path, folder, parses):
    cache = BankCache(tmp_path / "cache")
    cache.load(folder)
    manifest = folder / "bank.toml"
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(text.replace('version = "', 'version = "9', 1), encoding="utf-8")
    assert cache.load(folder).manifest.version.startswith("9")
    assert len(parses) == 2


def _entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.bank"))


def test_a_damaged_entry_is_ignored(tmp_path, folder, parses):
    cache = BankCache(tmp_path / "cache")
    expected = cache.load(folder)
    (entry,) = _entries(cache.folder)
    data = bytearray(entry.read_bytes())
    data[-10] ^= 0xFF
    entry.write_bytes(bytes(data))
    assert BankCache(cache.folder).load(folder) == expected
    assert len(parses) == 2


class _Payload:
    """What a hostile entry would unpickle: an object that runs code when it is built."""

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (print, ("this must never run",))


def test_an_entry_naming_other_classes_is_refused_unread(tmp_path, folder, parses, capsys):
    cache = BankCache(tmp_path / "cache")
    expected = cache.load(folder)
    (entry,) = _entries(cache.folder)
    magic = entry.read_bytes()[: len(desktop.bank_cache._MAGIC)]
    payload = pickle.dumps(_Payload())
    entry.write_bytes(magic + hashlib.sha256(payload).digest() + payload)
    assert BankCache(cache.folder).load(folder) == expected
    assert "must never run" not in capsys.readouterr().out
    assert len(parses) == 2


def test_an_unwritable_cache_only_costs_time(tmp_path, folder):
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache folder would go")
    assert BankCache(blocker / "banks").load(folder) == load(folder)


@pytest.fixture
def empty_store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "data") as store:
        yield store


def test_an_installed_bank_is_not_parsed_on_the_next_start(empty_store, folder, parses):
    manifest = folder / "bank.toml"
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(text.replace('id = "', 'id = "copy.', 1), encoding="utf-8")
    library = Library(empty_store)
    library.open()
    library.install(read_bank(folder))
    parses.clear()
    restarted = Library(empty_store)
    restarted.open()
    assert parses == []
    assert [b.id for b in restarted.banks()] == [b.id for b in library.banks()]
    installed = next(b for b in restarted.banks() if b.id.startswith("copy."))
    assert installed == load(installed.origin)
    # Only the entries of the banks in the library stay.
    entries = _entries(empty_store.data_dir / CACHE_FOLDER)
    assert len(entries) == len(restarted.banks())
