"""The library: bundled banks on first start, importing and updating banks, search."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from casebank.errors import UserError
from casebank.pack import pack
from casebank.problems import BankError
from desktop.library import BUNDLED_BANKS, Library, read_bank, version_key
from desktop.search import SearchIndex
from desktop.store import Store

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests/fixtures"


@pytest.fixture
def empty_store(data_dir: Path, clock) -> Iterator[Store]:
    with Store.open(data_dir, clock=clock) as store:
        yield store


def test_first_start_has_the_bundled_banks(empty_store):
    library = Library(empty_store)
    imported = library.open()
    ids = {bank.id for bank in library.banks()}
    assert len(imported) == len(list(BUNDLED_BANKS.iterdir())) == len(ids)
    assert {record.id for record in empty_store.banks()} == ids
    assert library.open() == []  # the second start imports nothing
    assert library.problems == []


def _bank_copy(tmp_path: Path, version: str) -> Path:
    folder = tmp_path / f"bank-{version}"
    shutil.copytree(ROOT / "resources/banks/brands-social-media", folder)
    manifest = folder / "bank.toml"
    text = manifest.read_text(encoding="utf-8")
    import re

    manifest.write_text(
        re.sub(r'(?m)^version = ".*"$', f'version = "{version}"', text), encoding="utf-8"
    )
    return folder


@pytest.mark.slow
def test_importing_a_newer_version_updates_in_place_and_keeps_attempts(empty_store, tmp_path):
    library = Library(empty_store, bundled=tmp_path / "none")
    first = library.install(read_bank(_bank_copy(tmp_path, "1.0.0")))
    question = library.banks()[0].questions()[0]
    attempt = empty_store.start_attempt(first.bank_id, question.key)
    empty_store.save_revision(attempt.id, "An answer.")
    packed = pack(_bank_copy(tmp_path, "1.1.0"), tmp_path / "newer.casebank").path
    update = library.install(read_bank(packed))
    assert update.previous_version == "1.0.0" and update.version == "1.1.0"
    assert empty_store.attempt(attempt.id).text == "An answer."
    record = empty_store.banks()[0]
    assert record.version == "1.1.0" and Path(record.location).is_file()
    assert Path(record.location).parent == empty_store.data_dir / "banks"
    with pytest.raises(UserError, match="newer version"):
        library.install(read_bank(_bank_copy(tmp_path, "0.9.0")))
    assert empty_store.banks()[0].version == "1.1.0"


def test_a_broken_bank_is_refused_and_changes_nothing(empty_store):
    library = Library(empty_store, bundled=Path("/nonexistent"))
    broken = next(p for p in sorted((FIXTURES / "broken").iterdir()))
    with pytest.raises(BankError):
        library.install(read_bank(broken))
    assert empty_store.banks() == []
    assert not (empty_store.data_dir / "banks").exists()


def test_a_missing_file_is_a_user_error(tmp_path):
    with pytest.raises(UserError, match="does not exist"):
        read_bank(tmp_path / "nothing.casebank")


def test_version_key_orders_numbers_as_numbers():
    assert version_key("1.10.0") > version_key("1.9.2")
    assert version_key("2.0.0") > version_key("2.0.0-beta")


def test_version_key_compares_numbers_too_long_for_an_int():
    huge = "1" + "0" * 4999
    assert version_key(f"{huge}.0.0") > version_key(f"9{'9' * 4998}.0.0")
    assert version_key(f"{huge}.0.0") == version_key(f"{huge}.0.0")


def test_search_finds_case_sections_and_questions(empty_store):
    library = Library(empty_store)
    library.open()
    index = SearchIndex(library.banks())
    hits = index.search("garage")
    assert hits and hits[0].case_id == "amazon-international"
    assert ("garage", True) in hits[0].pieces() and "two-car garage" in hits[0].text
    assert hits[0].question_key == ""
    persian = index.search("اینستاگرام")
    assert any(hit.bank_id == "fa.social-media" or hit.case_id for hit in persian)
    assert index.search("  ") == []
    assert index.search("zzzqqq") == []
    index.close()


def test_search_snippets_are_plain_text(empty_store):
    """Issue 16: results showed Markdown, table pipes and [brackets] around the matches."""
    library = Library(empty_store)
    library.open()
    index = SearchIndex(library.banks())
    # case.md: "… on the planet as a **laggard** in social media." and, in a table row,
    # "| Pinterest | Extension of the store | Pins for *Handmade at Amazon* and …"
    laggard = index.search("laggard planet")[0]
    assert "as a laggard in social media" in laggard.text
    assert [part for part, matched in laggard.pieces() if matched] == ["planet", "laggard"]
    handmade = index.search("pins handmade")[0]
    assert "Extension of the store · Pins for Handmade at Amazon" in handmade.text
    for hit in (laggard, handmade):
        assert not any(mark in hit.text for mark in "*|[]")
    index.close()


@pytest.mark.slow
def test_the_same_version_again_changes_nothing(empty_store, tmp_path):
    from desktop.library import AlreadyInLibraryError, Change

    library = Library(empty_store, bundled=tmp_path / "none")
    folder = _bank_copy(tmp_path, "1.0.0")
    library.install(read_bank(folder))
    before = empty_store.banks()
    packed = pack(folder, tmp_path / "again.casebank").path
    again = read_bank(packed)
    assert library.plan(again).change is Change.SAME
    with pytest.raises(AlreadyInLibraryError, match="already in your library"):
        library.install(again)
    assert empty_store.banks() == before


@pytest.mark.slow
def test_other_files_under_the_same_version_need_the_students_word(empty_store, tmp_path):
    from desktop.library import Change

    library = Library(empty_store, bundled=tmp_path / "none")
    first = library.install(read_bank(_bank_copy(tmp_path, "1.0.0")))
    key = library.banks()[0].questions()[0].key
    attempt = empty_store.start_attempt(first.bank_id, key)
    empty_store.save_revision(attempt.id, "An answer.")
    other = tmp_path / "other"
    shutil.copytree(_bank_copy(tmp_path / "second", "1.0.0"), other)
    case_md = other / "cases" / library.banks()[0].cases[0].id / "case.md"
    case_md.write_text(case_md.read_text(encoding="utf-8") + "\nOne more line.\n", "utf-8")
    read = read_bank(other)
    plan = library.plan(read)
    assert plan.change is Change.REPLACE
    assert (plan.removed, plan.changed) == ((), ())  # the questions are as they were
    with pytest.raises(UserError, match="other files"):
        library.install(read)
    assert "One more line." not in library.bank(first.bank_id).cases[0].text
    library.install(read, replace=True)
    assert "One more line." in library.bank(first.bank_id).cases[0].text
    assert empty_store.attempt(attempt.id).text == "An answer."


@pytest.mark.slow
def test_an_unreadable_copy_is_repaired_by_importing_the_bank_again(empty_store, tmp_path):
    from desktop.library import Change, Unavailable

    library = Library(empty_store, bundled=tmp_path / "none")
    folder = _bank_copy(tmp_path, "1.0.0")
    result = library.install(read_bank(folder))
    Path(empty_store.banks()[0].location).write_bytes(b"damaged")
    reopened = Library(empty_store, bundled=tmp_path / "none")
    reopened.load_all()
    key = library.banks()[0].questions()[0].key
    assert reopened.unavailable(result.bank_id, key) is Unavailable.UNREADABLE
    assert reopened.problems and "not a readable .casebank file" in reopened.problems[0]
    read = read_bank(folder)
    assert reopened.plan(read).change is Change.REPAIR
    reopened.install(read)
    assert reopened.problems == []
    assert reopened.unavailable(result.bank_id, key) is None


def test_prompts_of_banks_imported_before_the_store_kept_them_are_filled_in(empty_store):
    library = Library(empty_store)
    library.open()
    bank = library.banks()[0]
    question = bank.questions()[0]
    empty_store.db.execute("UPDATE questions SET prompt = ''")  # as migration 0003 leaves them
    Library(empty_store).open()
    record = empty_store.question_record(bank.id, question.key)
    assert record is not None and record.prompt == question.prompt
