"""Opening a bank can never harm a student: hostile folders and archives are refused, untouched.

The corpus is in tests/fixtures/hostile/ (README.md lists each case and its message; build.py
writes the banks at test time). Each case must be refused by `casebank.load` with an error that
names the file and the problem, in a message without invisible characters, and without writing
anything anywhere.
"""

from __future__ import annotations

import io
import os
import shutil
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casebank import archive
from casebank.archive import CHECKSUMS, read_files
from casebank.loader import load, parse
from casebank.pack import pack
from casebank.problems import BankError
from tests.fixtures.hostile import build, corpus
from tests.fixtures.hostile.guard import Sandbox, forbid_side_effects

HOSTILE = corpus.table(corpus.HOSTILE / "README.md")
STARTER_FILES = {
    "bank.toml",
    "cases/corner-bakery/case.md",
    "cases/corner-bakery/case.toml",
    "cases/corner-bakery/questions/channel.toml",
    "cases/corner-bakery/samples/channel/short.md",
}
# Hypothesis runs within CI's patience and the same way every time.
FUZZ = settings(
    max_examples=200,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def _case_sensitive(folder: Path) -> bool:
    probe = folder / "Probe"
    probe.touch()
    try:
        return not (folder / "probe").exists()
    finally:
        probe.unlink()


def _keeps_unicode_forms(folder: Path) -> bool:
    (folder / "caf\u00e9").touch()
    try:
        return "cafe\u0301" not in {p.name for p in folder.iterdir()}
    finally:
        (folder / "caf\u00e9").unlink()


def _cannot_build(case: str, folder: Path) -> str | None:
    """Why this system cannot hold the case, if it cannot."""
    if case == "folder-case-collision" and not _case_sensitive(folder):
        return "the file system ignores case"
    if case == "folder-unicode-collision" and not _keeps_unicode_forms(folder):
        return "the file system normalises Unicode names"
    if case == "folder-fifo" and not hasattr(os, "mkfifo"):
        return "no named pipes here"
    if case.startswith("folder-symlink") and sys.platform == "win32":
        return "symbolic links need privileges on Windows"
    return None


def test_readme_lists_every_case_that_build_makes():
    assert HOSTILE.keys() == build.CASES.keys()


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_bank_is_refused_and_nothing_is_written(case: str, sandbox: Sandbox):
    reason = _cannot_build(case, sandbox.root)
    if reason:
        pytest.skip(reason)
    path = build.build(case, sandbox.root / "corpus")
    expected = HOSTILE[case]

    with sandbox.untouched(), pytest.raises(BankError) as refused:
        load(path)

    problems = refused.value.problems
    found = expected.find(problems, path)
    assert found is not None, f"{case}: expected {expected}, got:\n" + "\n".join(map(str, problems))
    message = str(refused.value)
    assert str(found) in message, "the message shown to the user names the problem"
    assert all(c.isprintable() or c == "\n" for c in message), f"invisible characters: {message!r}"


def test_a_hostile_entry_name_is_refused_even_when_it_looks_hidden(sandbox: Sandbox):
    # Hidden files are skipped; "../.x" must not be, or a traversal would pass unreported.
    path = build.build("zip-traversal-hidden", sandbox.root / "corpus")
    with pytest.raises(BankError) as refused:
        read_files(path)
    assert [p.file for p in refused.value.problems] == ["../.evil.md"]


def test_names_in_messages_are_shown_escaped():
    assert archive.shown("a\x1b[2Jb\u202ec\u00e9") == "a\\x1b[2Jb\\u202ec\u00e9"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_given_as_the_bank_is_refused_without_blocking(sandbox: Sandbox):
    pipe = sandbox.root / "bank.casebank"
    os.mkfifo(pipe)
    with sandbox.untouched(), pytest.raises(BankError) as refused:
        load(pipe)
    assert refused.value.problems[0].message == "not a bank folder or a .casebank file"


# -- what a bank is made of ----------------------------------------------------------------------


def test_a_folder_bank_is_read_whole_into_memory(starter: Path, sandbox: Sandbox):
    with sandbox.untouched():
        files = read_files(starter)
    assert files.keys() == STARTER_FILES
    assert files["bank.toml"] == (starter / "bank.toml").read_bytes()


def test_hidden_files_backups_and_resource_forks_are_not_part_of_a_bank(starter: Path):
    (starter / ".DS_Store").write_bytes(b"\0\0\0\1Bud1")
    (starter / ".git").mkdir()
    (starter / ".git" / "config").write_text("[core]\n")
    (starter / "__MACOSX").mkdir()
    (starter / "__MACOSX" / "bank.toml").write_text("junk")
    (starter / "cases" / "corner-bakery" / "case.md~").write_text("an editor's backup")

    assert read_files(starter).keys() == STARTER_FILES
    load(starter)


def test_a_packed_bank_holds_the_folders_files_and_their_checksums(
    starter: Path, tmp_path: Path, sandbox: Sandbox
):
    packed = pack(starter, tmp_path / "bank.casebank", with_samples=True).path
    with sandbox.untouched():
        files = read_files(packed)
    assert files.keys() == STARTER_FILES | {CHECKSUMS}
    for name in STARTER_FILES:
        assert files[name] == (starter / name).read_bytes()


def test_a_checksum_list_in_a_folder_is_verified_too(starter: Path, tmp_path: Path):
    # An unpacked .casebank keeps its checksum list; changing a file afterwards is noticed.
    packed = pack(starter, tmp_path / "bank.casebank").path
    unpacked = tmp_path / "unpacked"
    with zipfile.ZipFile(packed) as zipped:
        zipped.extractall(unpacked)
    load(unpacked)
    with (unpacked / "cases" / "corner-bakery" / "case.md").open("a") as stream:
        stream.write("\nOne more line.\n")

    with pytest.raises(BankError) as refused:
        load(unpacked)
    assert [(p.file, p.message) for p in refused.value.problems] == [
        ("cases/corner-bakery/case.md", "the file does not match its checksum")
    ]


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="root reads files whatever their mode"
)
def test_an_unreadable_file_is_reported_not_raised(starter: Path):
    text = starter / "cases" / "corner-bakery" / "case.md"
    text.chmod(0)
    try:
        with pytest.raises(BankError) as refused:
            load(starter)
    finally:
        text.chmod(0o644)
    problem = refused.value.problems[0]
    assert problem.file == "cases/corner-bakery/case.md"
    assert "cannot read the file" in problem.message


def test_the_limits_are_the_ones_documented():
    documented = (corpus.HOSTILE.parents[2] / "docs" / "bank-format.md").read_text()
    for row in (
        "| files in a bank | 2,000 |",
        "| one file | 20 MB (images 5 MB, a case text 1 MB) |",
        "| whole bank, expanded | 100 MB |",
        "| TOML nesting | 20 levels |",
        "| cue terms per question / per bank | 5,000 / 50,000 |",
        "in one text | 10,000 |",
        '| characters without a space (a "word") in any text | 2,000 ',
        "| the bank's `version` | 64 characters ",
    ):
        assert row in documented
    assert (archive.MAX_FILES, archive.MAX_TOTAL_BYTES) == (2000, 100 * 1024 * 1024)
    assert (archive.MAX_FILE_BYTES, archive.MAX_IMAGE_BYTES) == (20 * 1024 * 1024, 5 * 1024 * 1024)
    assert archive.MAX_RATIO == 100
    from casebank import characters, loader, markdown

    assert loader.MAX_CASE_TEXT_BYTES == 1024 * 1024
    assert (loader.MAX_QUESTION_TERMS, loader.MAX_BANK_TERMS) == (5_000, 50_000)
    assert (markdown.MAX_MARKUP, characters.MAX_UNBROKEN) == (10_000, 2_000)
    assert loader.MAX_VERSION_LENGTH == 64


# -- fuzzing: nothing but a BankError comes out --------------------------------------------------


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@pytest.fixture(scope="module")
def packed_starter(scratch: Path) -> bytes:
    folder = build.starter(scratch, "packed-source")
    path = pack(folder, scratch / "starter.casebank").path
    data = path.read_bytes()
    shutil.rmtree(folder)
    path.unlink()
    return data


def _open(data: bytes, folder: Path) -> None:
    """Open `data` as a .casebank file; only a BankError may come out."""
    path = folder / "fuzzed.casebank"
    path.write_bytes(data)
    with forbid_side_effects() as seen:
        try:
            loaded = parse(read_files(path), str(path))
        except BankError as exc:
            assert exc.problems
        else:
            assert loaded.problems or loaded.ok
    assert seen == []


@FUZZ
@given(data=st.binary(max_size=4096))
def test_random_bytes_are_refused_cleanly(data: bytes, scratch: Path):
    _open(data, scratch)


@FUZZ
@given(
    flips=st.lists(
        st.tuples(st.integers(min_value=0), st.integers(min_value=1, max_value=255)),
        min_size=1,
        max_size=8,
    )
)
def test_a_damaged_packed_bank_is_refused_cleanly(
    flips: list[tuple[int, int]], packed_starter: bytes, scratch: Path
):
    data = bytearray(packed_starter)
    for position, mask in flips:
        data[position % len(data)] ^= mask
    _open(bytes(data), scratch)


NAMES = st.one_of(
    st.sampled_from(
        [
            "bank.toml",
            "BANK.toml",
            CHECKSUMS,
            "cases/a/case.toml",
            "cases/a/case.md",
            "cases/a/questions/q.toml",
            "cases/a/samples/q/s.md",
            "cases/a/media/x.png",
            "../x.md",
            "/x.md",
            "a\\b.md",
            "C:x.md",
            "cases/",
            ".hidden.md",
            "x.exe",
        ]
    ),
    st.text(min_size=1, max_size=40),
)
ENTRIES = st.lists(
    st.builds(
        build.Entry,
        name=NAMES,
        data=st.one_of(st.binary(max_size=300), st.text(max_size=300).map(str.encode)),
        method=st.sampled_from([build.STORED, build.DEFLATED, build.BZIP2, 99]),
        flags=st.sampled_from([0, 0, 0, 1, 8]),
        mode=st.sampled_from([build.FILE_MODE, build.FILE_MODE, build.LINK_MODE, 0o040755, 0]),
        size=st.one_of(st.none(), st.integers(min_value=0, max_value=2**32 - 1)),
        compressed_size=st.one_of(st.none(), st.integers(min_value=0, max_value=2**32 - 1)),
        crc=st.one_of(st.none(), st.integers(min_value=0, max_value=2**32 - 1)),
    ),
    max_size=8,
)


@FUZZ
@given(entries=ENTRIES)
def test_random_zips_are_refused_cleanly(entries: list[build.Entry], scratch: Path):
    _open(build.zip_bytes(entries), scratch)


@FUZZ
@given(
    files=st.dictionaries(
        # zipfile itself cuts names at NUL and cannot write an empty name.
        NAMES.filter(lambda name: name and "\x00" not in name),
        st.one_of(st.binary(max_size=300), st.text(max_size=300).map(str.encode)),
        max_size=8,
    )
)
def test_random_honest_zips_load_or_are_refused_cleanly(files: dict[str, bytes], scratch: Path):
    # Well-formed zips of random files, with or without a correct checksum list.
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zipped:
        for name, data in build.with_checksums(files).items():
            zipped.writestr(name, data)
    _open(buffer.getvalue(), scratch)


@FUZZ
@given(
    files=st.dictionaries(
        st.text(min_size=1, max_size=30), st.binary(max_size=200), max_size=8
    ).map(lambda f: {"bank.toml": b"format = 1\n", **f})
)
def test_parse_never_raises_whatever_the_files(files: dict[str, bytes]):
    with forbid_side_effects() as seen:
        loaded = parse(files, "fuzz")
    assert seen == []
    assert loaded.problems or loaded.ok
