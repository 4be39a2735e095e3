"""The wheel `pip install` builds: every package, and the bundled files under our own name."""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from pathlib import Path

import pytest

from tests.packaging.tools import ROOT


def _resource_packages() -> set[str]:
    """The folders of resources/ that setuptools takes for packages: each whose path is made of
    identifiers and that holds files, directly or further down."""
    resources = ROOT / "resources"
    found = {"casewise_resources"}
    for folder in resources.rglob("*"):
        parts = folder.relative_to(resources).parts
        if (
            folder.is_dir()
            and all(part.isidentifier() for part in parts)
            and any(path.is_file() for path in folder.rglob("*"))
        ):
            found.add(".".join(("casewise_resources", *parts)))
    return found


def test_every_package_of_the_source_is_listed_for_the_wheel():
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for top in ("casebank", "desktop")
        for init in (ROOT / top).rglob("__init__.py")
    }
    # A resource folder missing from the list is still installed, with a warning of some 40
    # lines each on every fresh install.
    assert listed == found | _resource_packages()


# What a fresh checkout does not hold: built files, caches, and the compiled translations.
_NOT_IN_A_CHECKOUT = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".*_cache", "*.qm", ".bench"
)


@pytest.mark.slow
def test_an_installed_wheel_finds_its_banks_fonts_and_translations(tmp_path: Path):
    # Built from a copy of the checkout without the .qm files `make translations` leaves in this
    # one (issue 15, point 8): the build step must compile them itself.
    checkout = tmp_path / "checkout"
    shutil.copytree(ROOT, checkout, ignore=_NOT_IN_A_CHECKOUT)
    assert not list(checkout.rglob("*.qm"))
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), checkout],
        check=True,
        capture_output=True,
        text=True,
    )
    assert "Warning" not in built.stdout + built.stderr  # a quiet build says nothing
    [wheel] = tmp_path.glob("casewise-*.whl")
    target = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        tops = {name.split("/")[0] for name in names}
        archive.extractall(target)
    assert "resources" not in tops  # a generic top-level name could clash in site-packages
    translations = sorted(n for n in names if "/translations/" in n)
    assert translations == [
        f"casewise_resources/translations/casewise_{language}.qm" for language in ("de", "en", "fa")
    ]
    # Import from the unpacked wheel only: no site processing, so the editable install of this
    # checkout is not on the path; the venv's site-packages only for third-party packages.
    probe = (
        "import sys; sys.path.insert(0, sys.argv[1]); sys.path.append(sys.argv[2]);"
        "import desktop; from casebank.resources import RESOURCES;"
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
    assert (resources / "languages" / "fa" / "pdf.toml").is_file()
    assert (resources / "languages" / "de" / "starter" / "bank.toml").is_file()
