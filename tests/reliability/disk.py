"""A folder on a disk that is full: a tiny tmpfs when the tests may mount one (as root in CI),
otherwise ENOSPC injected where Casewise writes files (`casebank.atomic.write_atomically` opens
its temporary file with `os.fdopen`)."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

FILLER = "filler.bin"
_fdopen = os.fdopen


def _mount_tiny(folder: Path, size: str = "64k") -> bool:
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0777", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
        timeout=10,
    )
    return result.returncode == 0


def _fill(folder: Path) -> None:
    handle = os.open(folder / FILLER, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        with contextlib.suppress(OSError):
            while os.write(handle, b"\0" * 512):
                pass
    finally:
        os.close(handle)


class _FullStream:
    """A file opened on a full disk: every write fails as the kernel would fail it."""

    def __init__(self, handle: int) -> None:
        self._file = _fdopen(handle, "wb")

    def __enter__(self) -> _FullStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self._file.close()

    def write(self, data: bytes) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._file, name)


@contextlib.contextmanager
def full_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder whose disk has no room left. Holds only `FILLER` (on a real small disk)."""
    folder = tmp_path / "full"
    folder.mkdir()
    if _mount_tiny(folder):
        try:
            _fill(folder)
            yield folder
        finally:
            subprocess.run(["umount", str(folder)], check=False, timeout=10)
        return
    (folder / FILLER).write_bytes(b"")
    monkeypatch.setattr(os, "fdopen", lambda handle, mode: _FullStream(handle))
    yield folder


@contextlib.contextmanager
def small_disk(tmp_path: Path, size: str = "2m") -> Iterator[Path]:
    """A real small disk (a tmpfs), to be filled with `fill` and freed by deleting `FILLER`.

    Skips the test where the tests may not mount one: SQLite's own writes cannot be made to
    fail from Python, so there is nothing to fall back to.
    """
    folder = tmp_path / "small"
    folder.mkdir()
    if not _mount_tiny(folder, size):
        pytest.skip("mounting a tmpfs needs root")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False, timeout=10)


def fill(folder: Path) -> None:
    """Fill the disk holding `folder` to the last byte (`FILLER` holds the space)."""
    _fill(folder)
