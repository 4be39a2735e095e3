"""The data folder: the platform's, or the one given with --data-dir."""

from __future__ import annotations

from pathlib import Path

from desktop.store import data_dir, default_data_dir


def test_the_default_is_the_platforms_data_folder_for_casewise():
    assert default_data_dir().name == "Casewise"
    assert data_dir(None) == default_data_dir()
    assert data_dir("") == default_data_dir()


def test_data_dir_overrides_the_default(tmp_path: Path):
    assert data_dir(tmp_path / "mine") == tmp_path / "mine"
    assert data_dir("~/notes").is_absolute()
