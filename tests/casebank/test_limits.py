"""One rule for a bank's limits, in a folder or packed: what validates and packs, loads again.

Issue 20, point 7: a bank folder with a file over 1 MiB that compresses better than 100:1 was
imported, and on the next start the app refused its own packed copy as a possible zip bomb (the
bank vanished, its attempts out of reach); `casebank pack` wrote files that loading refused. The
rule chosen: such a file is refused when the folder is validated, packed or imported, with a
message that says why; every limit counts the same files and bytes in a folder and in its packed
file, so a bank at a limit packs and loads.
"""

from __future__ import annotations

import random
import shutil
import string
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

from casebank import archive
from casebank.archive import CHECKSUMS, MAX_FILES, RATIO_FROM, read_files
from casebank.interop import import_files
from casebank.loader import load
from casebank.pack import pack
from casebank.problems import BankError
from casebank.validate import validate
from desktop.library import BUNDLED_BANKS, Library, read_bank
from desktop.store import Store
from tests.casebank.interop.conftest import FIXTURES as INTEROP
from tests.casebank.interop.conftest import pack as zip_folder
from tests.casebank.test_cli import casebank

ROOT = Path(__file__).resolve().parents[2]
CASE = "cases/corner-bakery"

# Every bank the project ships or keeps as a fixture: the bundled ones, the valid base of the broken
# banks, and a bank imported from each question file of the interop fixtures.
BANKS = [f"bundled/{p.name}" for p in sorted(BUNDLED_BANKS.iterdir()) if p.is_dir()]
BANKS += ["broken/base"]
SOURCES = {
    "h5p/essay-package": "essay.h5p",
    "h5p/column-package": "column.h5p",
    "moodle/testquestion.moodle.xml": "",
    "moodle/nested_categories_with_questions.xml": "",
    "moodle/essayautograde-phrases.xml": "",
    "qti/conformance-extended-text.xml": "",
    "qti/extended-text-rubric.xml": "",
}
BANKS += [f"interop/{name}" for name in SOURCES]


def bank_folder(name: str, tmp_path: Path) -> Path:
    kind, _, rest = name.partition("/")
    if kind == "bundled":
        return BUNDLED_BANKS / rest
    if kind == "broken":
        return ROOT / "tests/fixtures/broken" / rest
    source = INTEROP / rest
    if SOURCES[rest]:
        source = zip_folder(source, tmp_path / SOURCES[rest])
    import_files([source], tmp_path / "imported")
    return tmp_path / "imported"


def contents(files: Mapping[str, bytes]) -> dict[str, bytes]:
    return {name: data for name, data in files.items() if name != CHECKSUMS}


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "data") as opened:
        yield opened


@pytest.mark.slow
@pytest.mark.parametrize("name", BANKS)
def test_every_bundled_and_fixture_bank_packs_and_loads_back(
    name: str, tmp_path: Path, store: Store
):
    # Packed for other tutors, rubric tests included, so that every file of the folder is there.
    folder = bank_folder(name, tmp_path)
    bank = load(folder)
    packed = pack(folder, tmp_path / "packed.casebank", with_samples=True)
    again = load(packed.path)
    assert contents(again.files) == contents(bank.files)
    assert again.questions() == bank.questions()
    # The app's path: the folder imported, then the library opened again as on the next start,
    # and the bank read back from the copy the app keeps.
    Library(store, bundled=tmp_path / "none").install(read_bank(folder))
    reopened = Library(store, bundled=tmp_path / "none")
    reopened.load_all()
    assert reopened.problems == []
    assert reopened.bank(bank.id).questions() == bank.questions()


def _repetitive(size: int) -> bytes:
    return b"All work and no play makes a dull bank. " * (size // 40 + 1)


def test_a_file_that_packs_over_100_to_1_is_refused_when_validated_packed_or_imported(
    starter: Path, tmp_path: Path
):
    notes = starter / CASE / "notes.txt"
    notes.write_bytes(_repetitive(2 * RATIO_FROM))

    report = validate(starter)
    assert not report.ok
    [problem] = [p for p in report.problems if p.file == f"{CASE}/notes.txt"]
    assert "packs more than 100:1" in problem.message and "zip bomb" in problem.message
    assert "repeated part" in (problem.hint or "")
    with pytest.raises(BankError, match="packs more than 100:1"):
        pack(starter, tmp_path / "out.casebank")
    assert not (tmp_path / "out.casebank").exists()
    with pytest.raises(BankError, match="packs more than 100:1"):
        read_bank(starter)  # the app's import
    result = casebank("pack", starter, "-o", tmp_path / "cli.casebank", cwd=tmp_path)
    assert result.returncode == 1
    assert "packs more than 100:1" in result.stderr
    assert not (tmp_path / "cli.casebank").exists()


def test_a_large_file_that_packs_less_well_and_a_repetitive_one_of_1_mib_pack_and_load(
    starter: Path, tmp_path: Path
):
    words = random.Random(7)
    text = " ".join(
        "".join(words.choice(string.ascii_lowercase) for _ in range(words.randint(2, 9)))
        for _ in range(400_000)
    )
    (starter / CASE / "notes.txt").write_text(text, encoding="ascii")
    (starter / CASE / "edge.txt").write_bytes(_repetitive(RATIO_FROM)[:RATIO_FROM])
    assert validate(starter).ok
    packed = pack(starter, tmp_path / "out.casebank", with_samples=True)
    assert contents(load(packed.path).files) == contents(read_files(starter))


def test_a_bank_at_the_file_limit_packs_and_loads(starter: Path, tmp_path: Path):
    present = len(read_files(starter))
    for number in range(MAX_FILES - present):
        (starter / CASE / f"n{number}.txt").write_bytes(b"note\n")
    assert len(read_files(starter)) == MAX_FILES
    packed = pack(starter, tmp_path / "out.casebank", with_samples=True)
    assert len(contents(load(packed.path).files)) == MAX_FILES

    (starter / CASE / "one-more.txt").write_bytes(b"note\n")
    with pytest.raises(BankError, match="too large"):
        read_files(starter)


def test_a_bank_at_the_size_limit_packs_and_loads(
    starter: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    # The limit made small, so that the bank need not be 100 MB: the rule is the same.
    total = sum(len(data) for data in read_files(starter).values())
    monkeypatch.setattr(archive, "MAX_TOTAL_BYTES", total)
    packed = pack(starter, tmp_path / "out.casebank", with_samples=True)
    assert contents(load(packed.path).files) == contents(read_files(starter))

    monkeypatch.setattr(archive, "MAX_TOTAL_BYTES", total - 1)
    for path in (starter, packed.path):
        with pytest.raises(BankError, match="too large"):
            read_files(path)


def test_a_checksum_list_in_the_folder_does_not_count_twice(starter: Path, tmp_path: Path):
    # A folder unpacked from a .casebank holds the checksum list; packing it again replaces it.
    unpacked = tmp_path / "unpacked"
    shutil.copytree(starter, unpacked)
    packed = pack(starter, tmp_path / "first.casebank", with_samples=True)
    (unpacked / CHECKSUMS).write_bytes(read_files(packed.path)[CHECKSUMS])
    assert pack(unpacked, tmp_path / "second.casebank", with_samples=True).sha256 == packed.sha256
