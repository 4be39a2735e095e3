"""The hostile corpus (tests/fixtures/hostile/) fed to every loader a bank reaches.

The bank loader's own test (tests/casebank/test_archive.py) opens each case with
`casebank.load`. Here each case also goes through the app's import (`desktop.library.read_bank`,
and `MainWindow.import_bank` as the window runs it), ``casebank validate`` and ``casebank check``.
Each must refuse the bank with the message the corpus README names, write nothing anywhere, reach
no network, start no process, and finish within a few seconds.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from casebank.cli import main
from casebank.errors import UserError
from casebank.problems import BankError
from desktop.library import read_bank
from desktop.ui.app import application
from desktop.ui.main_window import MainWindow
from desktop.ui.qt import QMessageBox
from tests.fixtures.hostile import build, corpus
from tests.fixtures.hostile.guard import contents, forbid_side_effects, snapshot
from tests.helpers import said, window_on

HOSTILE = corpus.table(corpus.HOSTILE / "README.md")
QUESTION = "corner-bakery/channel"
SECONDS = 20  # per case and loader; the slowest takes well under one


def buildable(case: str) -> bool:
    if case.startswith("folder-symlink") and sys.platform == "win32":
        return False
    return case != "folder-fifo" or hasattr(os, "mkfifo")


CASES = [case for case in sorted(HOSTILE) if buildable(case)]


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("corpus")


@pytest.fixture(scope="module")
def banks(corpus_dir: Path) -> dict[str, Path]:
    """Every case, built once for all the loaders."""
    return {case: build.build(case, corpus_dir / case) for case in CASES}


@pytest.fixture(scope="module")
def answer(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("answers") / "answer.txt"
    path.write_text("Selling online reaches customers beyond the town.\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def app_window(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MainWindow]:
    """One window for every case: importing a hostile bank must leave it as it was."""
    application()
    data_dir = tmp_path_factory.mktemp("data")
    window = window_on(data_dir)
    yield window
    window.close()
    window.deleteLater()
    window.store.close()


def message_names_the_problem(case: str, error: UserError, path: Path) -> None:
    expected = HOSTILE[case]
    message = str(error)
    assert printable(message), f"invisible characters: {message!r}"
    if isinstance(error, BankError):
        found = expected.find(error.problems, path)
        assert found is not None, f"{case}: expected {expected}, got:\n{message}"
        assert str(found) in message
    else:  # refused before it was opened: a path that is not there
        assert str(path) in message, message


def casebank(monkeypatch: pytest.MonkeyPatch, *args: str | Path) -> tuple[int, str]:
    """Run the ``casebank`` command as its console script does, in this process."""
    monkeypatch.setattr(sys, "argv", ["casebank", *map(str, args)])
    with CliRunner().isolation() as (stdout, stderr, _):
        try:
            main()
        except SystemExit as exc:
            status = exc.code if isinstance(exc.code, int) else 1
        else:
            status = 0
    return status, stdout.getvalue().decode() + stderr.getvalue().decode()


def database_files(data_dir: Path) -> dict[str, str]:
    """The data folder's files by content; SQLite's shared-memory index changes on reads."""
    return {k: v for k, v in contents(data_dir).items() if not k.endswith("-shm")}


def printable(text: str) -> bool:
    return all(c.isprintable() or c == "\n" for c in text)


@pytest.mark.timeout(SECONDS)
@pytest.mark.parametrize("case", CASES)
def test_every_loader_refuses_it_and_writes_nothing(
    case: str,
    banks: dict[str, Path],
    corpus_dir: Path,
    answer: Path,
    app_window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
):
    path = banks[case]
    data_dir = app_window.store.data_dir
    # Any write anywhere is caught by the audit hook; these catch what bypasses Python (SQLite).
    corpus_before, data_before = snapshot(corpus_dir / case), database_files(data_dir)
    banks_before = app_window.store.banks()
    shown = len(said(app_window))

    with forbid_side_effects() as seen:
        with pytest.raises(UserError) as refused:
            read_bank(path)
        app_window.import_bank(path)
        validated = casebank(monkeypatch, "validate", path)
        checked = casebank(monkeypatch, "check", path, "-q", QUESTION, answer)

    assert seen == []
    message_names_the_problem(case, refused.value, path)
    # The window shows the same message, as it is (no markup, nothing invisible).
    assert said(app_window)[shown:] == [str(refused.value)]
    for box in app_window.findChildren(QMessageBox):
        box.close()
    for status, output in (validated, checked):
        assert status == 1, output
        folded = output.casefold()
        assert all(f.casefold() in folded for f in HOSTILE[case].fragments), output
        assert "Traceback" not in output and printable(output), repr(output)
    assert app_window.store.banks() == banks_before
    assert snapshot(corpus_dir / case) == corpus_before
    assert database_files(data_dir) == data_before
    assert sorted(p.name for p in corpus_dir.iterdir()) == sorted(banks)


@pytest.fixture
def starter_bank(tmp_path: Path) -> Path:
    return build.starter(tmp_path)


@pytest.mark.timeout(SECONDS)
def test_an_answer_of_a_megabyte_is_checked(
    starter_bank: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    sentence = "Selling online reaches customers far beyond the town, at a low price. "
    answer = tmp_path / "long.txt"
    answer.write_text(sentence * (1024 * 1024 // len(sentence) + 1), encoding="utf-8")
    assert answer.stat().st_size > 1024 * 1024

    with forbid_side_effects() as seen:
        status, output = casebank(monkeypatch, "check", starter_bank, "-q", QUESTION, answer)

    assert seen == []
    assert status == 0, output
    assert f"{answer}" in output and "words" in output


@pytest.mark.timeout(SECONDS)
@pytest.mark.parametrize(
    ("data", "says"),
    [
        (b"x" * (5 * 1024 * 1024 + 1), "larger than 5 MB"),
        ("Caf\u00e9 prices are high".encode("latin-1"), "not UTF-8"),
        ("Prices are high".encode("utf-16"), "not UTF-8"),
        (b"\x00\x01\x02binary\xff\xfe", "not UTF-8"),
    ],
)
def test_an_answer_that_is_not_text_is_refused_clearly(
    data: bytes, says: str, starter_bank: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    answer = tmp_path / "answer.txt"
    answer.write_bytes(data)
    status, output = casebank(monkeypatch, "check", starter_bank, "-q", QUESTION, answer)
    assert status == 1
    assert f"casebank: {answer}" in output or f"casebank: cannot read {answer}" in output, output
    assert says in output and "Traceback" not in output
