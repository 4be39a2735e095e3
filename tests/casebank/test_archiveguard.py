"""One archive guard for both zip readers: the bank reader and the import reader.

The hostile corpus's zips (tests/fixtures/hostile/) whose refusal is an archive rule, not a bank's
own (its kinds of file, its checksums, its file count), go through both `casebank.archive` and
`casebank.interop.safezip.Package`; each must refuse the zip with the guard's reason, in the
guard's words. A rule added to the guard reaches both readers.
"""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from casebank import archiveguard as guard
from casebank.archive import read_files
from casebank.archiveguard import Reason
from casebank.errors import UserError
from casebank.interop.safezip import Package
from casebank.pack import pack
from casebank.problems import BankError
from tests.casebank.interop.test_export import PNG
from tests.fixtures.hostile import build

RESOURCES = Path(__file__).parents[2] / "resources"

R = Reason
SHARED: dict[str, Reason] = {
    "zip-traversal": R.LEAVES,
    "zip-traversal-nested": R.LEAVES,
    "zip-traversal-hidden": R.LEAVES,
    "zip-dot-part": R.LEAVES,
    "zip-empty-part": R.LEAVES,
    "zip-absolute": R.OUTSIDE,
    "zip-backslash": R.OUTSIDE,
    "zip-drive-letter": R.OUTSIDE,
    "zip-drive-relative": R.OUTSIDE,
    "zip-control-name": R.INVISIBLE,
    "zip-bidi-name": R.INVISIBLE,
    "zip-symlink": R.LINK,
    "zip-symlink-dir": R.LINK,
    "zip-duplicate-name": R.COLLISION,
    "zip-nul-in-name": R.COLLISION,
    "zip-case-collision": R.COLLISION,
    "zip-unicode-collision": R.COLLISION,
    "zip-ratio-bomb": R.TOO_COMPRESSED,
    "zip-entry-too-large": R.TOO_LARGE,
    "zip-size-larger-than-data": R.SIZE_MISMATCH,
    "zip-size-smaller-than-data": R.DAMAGED,
    "zip-bad-crc": R.DAMAGED,
    "zip-encrypted": R.ENCRYPTED,
    "zip-bzip2": R.METHOD,
    "zip-bzip2-bomb": R.METHOD,
    "zip-unknown-method": R.METHOD,
}


def read_as_package(path: Path) -> None:
    """Open a zip as an import does, and read every entry."""
    with Package(path) as package:
        for name in package.names:
            package.read(name)


def the_refusal(path: Path, within: guard.Container) -> guard.Refusal:
    """The guard's refusal of the one hostile entry in `path`, found entry by entry."""
    seen: dict[str, str] = {}
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            refusal = guard.entry_refusal(info, within) or guard.collision_refusal(
                info.filename, seen
            )
            refusal = refusal or guard.read_refusal(info, guard.MAX_ENTRY_BYTES, within)
            if refusal is None:
                try:
                    guard.read_entry(archive, info, within)
                except guard.UnsafeEntryError as exc:
                    refusal = exc.refusal
            if refusal is not None:
                return refusal
    raise AssertionError(f"the guard lets every entry of {path} through")


@pytest.mark.parametrize("case", sorted(SHARED))
def test_both_readers_refuse_a_hostile_zip_for_the_guards_reason(case: str, tmp_path: Path):
    path = build.build(case, tmp_path)
    for_bank, for_package = the_refusal(path, guard.BANK), the_refusal(path, guard.PACKAGE)
    assert for_bank.reason == for_package.reason == SHARED[case]

    with pytest.raises(BankError) as bank:
        read_files(path)
    with pytest.raises(UserError) as package:
        read_as_package(path)

    assert any(
        (p.message, p.hint) == (for_bank.message, for_bank.hint) for p in bank.value.problems
    ), str(bank.value)
    assert f"is refused: {for_package.message}; {for_package.hint}" in str(package.value)


def test_a_rule_made_stricter_in_the_guard_reaches_both_readers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    path = build.build("zip-file-not-in-checksums", tmp_path)  # a harmless notes.txt, unlisted
    lenient = guard.name_refusal

    def no_notes(name: str, within: guard.Container) -> guard.Refusal | None:
        if name.endswith("/notes.txt"):
            return guard.Refusal(Reason.INVISIBLE, "notes are not allowed", "remove them")
        return lenient(name, within)

    monkeypatch.setattr(guard, "name_refusal", no_notes)

    with pytest.raises(BankError) as bank:
        read_files(path)
    with pytest.raises(UserError) as package:
        read_as_package(path)

    assert [p.message for p in bank.value.problems] == ["notes are not allowed"]
    assert "notes.txt' is refused: notes are not allowed; remove them" in str(package.value)


def test_an_import_reads_no_more_than_a_bank_may_hold(tmp_path: Path):
    path = tmp_path / "big.h5p"
    entry = b"x" * (18 * 1024 * 1024)  # stored: within the entry limit, packed 1:1
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        for n in range(6):
            archive.writestr(f"content/part-{n}.json", entry)

    with Package(path) as package, pytest.raises(UserError) as refused:
        for name in package.names:
            package.read(name)

    assert "expand to more than 104,857,600 bytes" in str(refused.value)


# Persian writes the zero-width non-joiner (U+200C) inside words ("نیم‌فاصله"), so a Persian
# tutor's file names hold it; the joiner (U+200D) serves other scripts alike. Neither reorders
# or hides text the way the bidirectional controls do.
PERSIAN_NAME = "cases/instagram-child-safety/نمودار\u200cفروش.png"


@pytest.mark.parametrize("name", [PERSIAN_NAME, "cases/c/\u0915\u094d\u200d\u0937.png"])
def test_joiners_in_a_name_are_allowed_in_both_readers(name: str):
    assert guard.name_refusal(name, guard.BANK) is None
    assert guard.name_refusal(name, guard.PACKAGE) is None


@pytest.mark.parametrize("control", ["\u200e", "\u200f", "\u202e", "\u2066", "\u200b", "\ufeff"])
def test_direction_marks_overrides_and_invisible_spaces_are_still_refused(control: str):
    refusal = guard.name_refusal(f"cases/c/a{control}b.md", guard.BANK)
    assert refusal is not None and refusal.reason is Reason.INVISIBLE


def test_names_that_differ_only_by_a_joiner_collide():
    seen: dict[str, str] = {}
    assert guard.collision_refusal("cases/c/نیم\u200cفاصله.png", seen) is None
    refusal = guard.collision_refusal("cases/c/نیمفاصله.png", seen)
    assert refusal is not None and refusal.reason is Reason.COLLISION


def test_a_persian_file_name_with_a_non_joiner_reads_from_a_folder_and_its_packed_copy(
    tmp_path: Path,
):
    bank = tmp_path / "fa-social-media"
    shutil.copytree(RESOURCES / "banks" / "fa-social-media", bank)
    image = bank / PERSIAN_NAME
    image.write_bytes(PNG)
    packed = tmp_path / "fa.casebank"
    pack(bank, packed)

    assert read_files(bank)[PERSIAN_NAME] == PNG
    assert read_files(packed)[PERSIAN_NAME] == PNG
