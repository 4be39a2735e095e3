"""Fixtures for the case-bank tests: starter banks, and a sandbox to open banks in."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from casebank.starter import new_bank
from tests.fixtures.hostile.guard import Sandbox


@pytest.fixture
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Sandbox:
    """Point HOME, TMPDIR and the working folder into the test's temporary folder."""
    for name in ("home", "tmp", "work"):
        (tmp_path / name).mkdir()
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for variable in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(variable, str(tmp_path / "tmp"))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    monkeypatch.chdir(tmp_path / "work")
    return Sandbox(tmp_path)


@pytest.fixture
def starter(tmp_path: Path) -> Path:
    """A fresh English starter bank, as ``casebank new`` makes it."""
    path = tmp_path / "starter"
    new_bank(path, "en")
    return path
