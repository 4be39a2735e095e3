"""Files the ``casebank`` command writes for its user get the permissions the user's umask gives
(0644 with the usual 022), as any program's would: a tutor shares a packed bank or a CSV of marks
with colleagues or puts it in a shared folder."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from casebank.atomic import PRIVATE, write_atomically
from casebank.starter import new_bank

pytestmark = pytest.mark.skipif(os.name != "posix", reason="Unix permissions")

ANSWER = "Mara should use Instagram, because photos of her cakes show what people miss.\n"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def casebank(*args: str | Path, cwd: Path, umask: int) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "casebank", *map(str, args)],
        cwd=cwd,
        capture_output=True,
        umask=umask,
        env={**os.environ, "PYTHONIOENCODING": "utf-8", "NO_COLOR": "1"},
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode()


@pytest.mark.parametrize(("umask", "expected"), [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_a_packed_bank_and_a_csv_of_marks_follow_the_umask(tmp_path: Path, umask, expected):
    new_bank(tmp_path / "bank", "en")
    (tmp_path / "a.md").write_text(ANSWER, encoding="utf-8")
    casebank("pack", "bank", "-o", "bank.casebank", cwd=tmp_path, umask=umask)
    casebank(
        "check", "bank", "-q", "corner-bakery/channel", "a.md", "--csv", "marks.csv",
        cwd=tmp_path, umask=umask,
    )  # fmt: skip
    assert mode(tmp_path / "bank.casebank") == expected
    assert mode(tmp_path / "marks.csv") == expected


def test_writing_atomically_follows_the_umask_unless_private(tmp_path: Path):
    previous = os.umask(0o022)
    try:
        write_atomically(tmp_path / "shared.txt", b"for anyone")
        write_atomically(tmp_path / "mine.txt", b"for me", private=True)
    finally:
        os.umask(previous)
    assert mode(tmp_path / "shared.txt") == 0o644
    assert mode(tmp_path / "mine.txt") == PRIVATE
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.txt", "shared.txt"]
