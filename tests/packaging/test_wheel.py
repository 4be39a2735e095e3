"""The wheel `pip install` builds: every package, and the bundled files under our own name."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from pathlib import Path

import pytest

from tests.packaging.tools import ROOT


def test_every_package_of_the_source_is_listed_for_the_wheel():
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for top in ("casebank", "desktop")
        for init in (ROOT / top).rglob("__init__.py")
    }
    assert listed == found | {"casewise_resources"}


@pytest.mark.slow
def test_an_installed_wheel_finds_its_banks_fonts_and_translations(tmp_path: Path):
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
    )
    [wheel] = tmp_path.glob("casewise-*.whl")
    target = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        tops = {name.split("/")[0] for name in archive.namelist()}
        archive.extractall(target)
    assert "resources" not in tops  # a generic top-level name could clash in site-packages
    # Import from the unpacked wheel only: no site processing, so the editable install of this
    # checkout is not on the path; the venv's site-packages only for third-party packages.
    probe = (
        "import sys; sys.path.insert(0, sys.argv[1]); sys.path.append(sys.argv[2]);"
        "import desktop; from desktop.resources import RESOURCES;"
        "print(desktop.__file__); print(RESOURCES)"
    )
    result = subprocess.run(
        [sys.executable, "-S", "-c", probe, str(target), sysconfig.get_paths()["purelib"]],
        check=True,
        capture_output=True,
        text=True,
    )
    module, resources = (Path(line) for line in result.stdout.splitlines())
    assert module.is_relative_to(target)
    assert resources == target / "casewise_resources"
    assert (resources / "banks" / "brands-social-media" / "bank.toml").is_file()
    assert list((resources / "fonts").glob("*.ttf"))
    assert (resources / "icons" / "casewise.svg").is_file()
