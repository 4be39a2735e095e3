"""Fixtures for the import and export tests: real and hand-written sources, packed at test time."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "interop"


def pack(folder: Path, target: Path, prefix: str = "") -> Path:
    """Zip every file under `folder` into `target` (how an H5P or QTI package is made)."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, prefix + path.relative_to(folder).as_posix())
    return target


@pytest.fixture
def essay_h5p(tmp_path: Path) -> Path:
    """An .h5p package with one H5P Essay."""
    return pack(FIXTURES / "h5p" / "essay-package", tmp_path / "pricing.h5p")


@pytest.fixture
def column_h5p(tmp_path: Path) -> Path:
    """An .h5p package whose Column holds a text and an Essay."""
    return pack(FIXTURES / "h5p" / "column-package", tmp_path / "column.h5p")


@pytest.fixture
def qti_package(tmp_path: Path) -> Path:
    """A QTI 3 content package: a manifest and one extended-text item."""
    folder = tmp_path / "qti-source"
    (folder / "items").mkdir(parents=True)
    (folder / "imsmanifest.xml").write_bytes((FIXTURES / "qti" / "imsmanifest.xml").read_bytes())
    item = (FIXTURES / "qti" / "extended-text-rubric.xml").read_bytes()
    (folder / "items" / "extended-text-rubric.xml").write_bytes(item)
    return pack(folder, tmp_path / "ferry.zip")
