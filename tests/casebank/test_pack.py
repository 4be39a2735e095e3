"""``casebank pack``: the same bank always gives the same bytes; a failure leaves nothing behind."""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import sys
import zipfile
from pathlib import Path

import pytest

from casebank.archive import CHECKSUMS
from casebank.errors import UserError
from casebank.loader import load
from casebank.pack import pack
from casebank.problems import BankError
from tests.fixtures.hostile import build, corpus
from tests.fixtures.hostile.guard import Sandbox, contents, snapshot


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_packing_twice_gives_the_same_bytes(starter: Path, tmp_path: Path):
    first = pack(starter, tmp_path / "first.casebank")
    second = pack(starter, tmp_path / "second.casebank")
    assert first.sha256 == second.sha256 == sha256(first.path) == sha256(second.path)
    assert first.size == first.path.stat().st_size
    # Every file but the rubric test, and the checksums.
    assert first.files == len(build.starter_files(tmp_path / "count")) - 1 + 1


def test_the_bytes_depend_on_contents_not_on_when_or_where(starter: Path, tmp_path: Path):
    copy = tmp_path / "elsewhere" / "another-name"
    shutil.copytree(starter, copy)
    for number, path in enumerate(sorted(copy.rglob("*"))):
        os.utime(path, (1_000_000_000 + number * 86_400, 1_700_000_000 - number * 3_600))
        if path.is_file():
            path.chmod(0o600 if number % 2 else 0o755)
    # Editor and system droppings are not part of the bank, so they do not change it either.
    (copy / ".DS_Store").write_bytes(b"\0\0\0\1Bud1")
    (copy / "cases" / "corner-bakery" / "case.md~").write_text("backup")

    assert (
        pack(starter, tmp_path / "a.casebank").sha256 == pack(copy, tmp_path / "b.casebank").sha256
    )


def test_a_change_in_contents_changes_the_bytes(starter: Path, tmp_path: Path):
    before = pack(starter, tmp_path / "before.casebank").sha256
    path = starter / build.CASE_MD
    path.write_text(path.read_text() + "\nOne more sentence.\n")
    assert pack(starter, tmp_path / "after.casebank").sha256 != before


def test_entries_are_sorted_with_fixed_times_and_permissions(starter: Path, tmp_path: Path):
    packed = pack(starter, tmp_path / "bank.casebank").path
    with zipfile.ZipFile(packed) as zipped:
        infos = zipped.infolist()
    names = [i.filename for i in infos]
    assert names == sorted(names)
    assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}
    assert {stat.S_IMODE(i.external_attr >> 16) for i in infos} == {0o644}
    assert {i.compress_type for i in infos} == {zipfile.ZIP_DEFLATED}


def test_the_packed_bank_loads_and_its_checksums_verify(
    starter: Path, tmp_path: Path, sandbox: Sandbox
):
    packed = pack(starter, tmp_path / "bank.casebank").path
    with sandbox.untouched():
        bank = load(packed)
    assert bank.id == load(starter).id
    assert [q.key for q in bank.questions()] == ["corner-bakery/channel"]

    # The list reads like `sha256sum` output, and every digest is right (checked independently).
    with zipfile.ZipFile(packed) as zipped:
        listed = zipped.read(CHECKSUMS).decode().splitlines()
        entries = {n: zipped.read(n) for n in zipped.namelist() if n != CHECKSUMS}
    assert [line.split("  ", 1)[1] for line in listed] == sorted(entries)
    for line in listed:
        digest, name = line.split("  ", 1)
        assert digest == hashlib.sha256(entries[name]).hexdigest()


def test_a_bank_packed_from_an_unpacked_bank_is_the_same(starter: Path, tmp_path: Path):
    # Unpacking a .casebank and packing it again (its checksum list included) changes nothing.
    packed = pack(starter, tmp_path / "bank.casebank")
    with zipfile.ZipFile(packed.path) as zipped:
        zipped.extractall(tmp_path / "unpacked")
    assert pack(tmp_path / "unpacked", tmp_path / "again.casebank").sha256 == packed.sha256


def test_the_suffix_is_added_when_missing(starter: Path, tmp_path: Path):
    packed = pack(starter, tmp_path / "handout")
    assert packed.path == tmp_path / "handout.casebank"
    assert packed.path.is_file()


def test_packing_does_not_touch_the_source(starter: Path, tmp_path: Path):
    before = snapshot(starter)
    pack(starter, tmp_path / "bank.casebank")
    assert snapshot(starter) == before


@pytest.mark.parametrize("case", ["unknown-key", "no-case-text", "model-paragraph-not-covered"])
def test_a_broken_bank_is_not_packed_and_nothing_is_left(case: str, tmp_path: Path):
    bank = corpus.lay_broken(case, tmp_path / "bank")
    out = tmp_path / "out"
    out.mkdir()
    before = snapshot(tmp_path)

    with pytest.raises(BankError) as refused:
        pack(bank, out / "bank.casebank")

    assert snapshot(tmp_path) == before
    assert refused.value.problems
    assert f"{bank} is not a usable case bank" in str(refused.value)


def test_a_hostile_folder_is_not_packed(tmp_path: Path):
    bank = build.build("folder-symlink-file", tmp_path / "corpus")
    before = snapshot(tmp_path)
    with pytest.raises(BankError, match="symbolic links"):
        pack(bank, tmp_path / "bank.casebank")
    assert snapshot(tmp_path) == before


def test_only_a_folder_is_packed(starter: Path, tmp_path: Path):
    packed = pack(starter, tmp_path / "bank.casebank").path
    with pytest.raises(UserError, match="is not a folder"):
        pack(packed, tmp_path / "again.casebank")


@pytest.mark.parametrize(
    "where",
    [
        "missing-folder/bank.casebank",  # the folder does not exist
        "a-file/bank.casebank",  # the "folder" is a file
        "a-folder",  # the output is an existing folder
        "x" * 300,  # a name longer than the file system allows
    ],
)
def test_an_unwritable_output_is_a_clear_user_error(starter: Path, tmp_path: Path, where: str):
    (tmp_path / "a-file").write_text("not a folder")
    (tmp_path / "a-folder.casebank").mkdir()
    before = contents(tmp_path)

    with pytest.raises(UserError) as refused:
        pack(starter, tmp_path / where)

    assert not isinstance(refused.value, BankError)
    assert "cannot write" in str(refused.value)
    assert contents(tmp_path) == before, "no temporary file is left behind"


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="root writes whatever the permissions"
)
def test_a_read_only_folder_is_a_clear_user_error(starter: Path, tmp_path: Path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        with pytest.raises(UserError, match=r"cannot write to .*locked.*choose another folder"):
            pack(starter, locked / "bank.casebank")
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o755)


def test_rubric_tests_are_run_but_not_packed_for_students(starter: Path, tmp_path: Path):
    """Issue 15, point 3: a .casebank carried samples/ (full-mark answers, or real students'
    answers kept as rubric tests) to every student."""
    packed = pack(starter, tmp_path / "handout.casebank")
    assert packed.samples_left_out == 1
    with zipfile.ZipFile(packed.path) as zipped:
        names = zipped.namelist()
    assert not [n for n in names if "/samples/" in n]
    assert load(packed.path).cases[0].samples == ()

    shared = pack(starter, tmp_path / "for-tutors.casebank", with_samples=True)
    assert shared.samples_left_out == 0
    assert [s.name for s in load(shared.path).cases[0].samples] == ["short"]
    assert shared.files == packed.files + 1


def test_a_failing_rubric_test_still_stops_the_pack(starter: Path, tmp_path: Path):
    sample = starter / "cases" / "corner-bakery" / "samples" / "channel" / "short.md"
    sample.write_text(sample.read_text().replace('regulars = "missing"', 'regulars = "covered"'))
    with pytest.raises(BankError, match="rubric test: 'regulars' expected covered"):
        pack(starter, tmp_path / "handout.casebank")
    assert not (tmp_path / "handout.casebank").exists()
