"""The Linux desktop integration validates, and a .casebank file opens in Casewise."""

from __future__ import annotations

import configparser
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from casebank import __version__
from casebank.pack import pack
from tests.packaging.tools import APP_ID, LINUX, ROOT, script, tool

metainfo = script(LINUX / "metainfo.py")

DESKTOP = LINUX / f"{APP_ID}.desktop"
MIME = LINUX / "casewise-casebank.xml"
MIME_TYPE = "application/x-casebank"


def run(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, check=False, env=env, timeout=60
    )


def desktop_entry(path: Path = DESKTOP) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_validates():
    result = run(tool("desktop-file-validate"), DESKTOP)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_desktop_file_opens_banks_with_the_open_command():
    entry = desktop_entry()
    assert entry["Exec"] == "casewise open %f"
    assert entry["MimeType"] == f"{MIME_TYPE};"
    assert (ROOT / "resources" / "icons" / f"{entry['Icon']}.svg").is_file()


def test_open_without_a_file_starts_the_app(monkeypatch: pytest.MonkeyPatch):
    # From the menu, %f expands to nothing: `casewise open` alone must start the app.
    from click.testing import CliRunner

    from desktop import cli

    launched: list[tuple[object, object]] = []
    monkeypatch.setattr(cli, "_launch", lambda data_dir, bank: launched.append((data_dir, bank)))
    result = CliRunner().invoke(cli.cli, ["open"])
    assert result.exit_code == 0, result.output
    assert launched == [(None, None)]


@pytest.mark.parametrize("screenshots_url", [None, "https://example.org/casewise/"])
def test_metainfo_validates(tmp_path: Path, screenshots_url: str | None):
    target = tmp_path / f"{APP_ID}.metainfo.xml"
    argv = ["-o", str(target)] + (["--screenshots-url", screenshots_url] if screenshots_url else [])
    assert metainfo.main(argv) == 0
    result = run(tool("appstreamcli"), "validate", "--no-net", target)
    assert result.returncode == 0, result.stdout + result.stderr
    text = target.read_text(encoding="utf-8")
    assert f'<release version="{__version__}"' in text
    if screenshots_url:
        assert f"{screenshots_url}docs/screenshots/practice.png" in text
    else:
        assert "<screenshot" not in text


def test_metainfo_refuses_a_missing_screenshot_or_an_old_release(tmp_path: Path):
    source = metainfo.SOURCE.read_text(encoding="utf-8")
    broken = tmp_path / "missing-screenshot.xml.in"
    broken.write_text(source.replace("practice.png", "no-such.png"), encoding="utf-8")
    with pytest.raises(metainfo.MetainfoError, match=re.escape("docs/screenshots/no-such.png")):
        metainfo.build(None, source=broken)
    old = tmp_path / "old-release.xml.in"
    old.write_text(source.replace(f'version="{__version__}"', 'version="0.0.1"'), "utf-8")
    with pytest.raises(metainfo.MetainfoError, match=f"code is version {__version__}"):
        metainfo.build(None, source=old)


def test_changelog_describes_this_version():
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## [{__version__}] - " in changelog


# The parent type, defined here in brief: building the database from all of freedesktop.org's
# types takes seconds, and only zip matters to .casebank.
ZIP_TYPE = """<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="application/zip">
    <comment>Zip archive</comment>
    <glob pattern="*.zip"/>
    <magic priority="40"><match type="string" offset="0" value="PK\\003\\004"/></magic>
  </mime-type>
</mime-info>
"""


@pytest.fixture(scope="module")
def mime_share(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A MIME database of zip and .casebank, as update-mime-database builds it."""
    share = tmp_path_factory.mktemp("share")
    packages = share / "mime" / "packages"
    packages.mkdir(parents=True)
    (packages / "zip.xml").write_text(ZIP_TYPE, encoding="utf-8")
    (packages / f"{APP_ID}.xml").write_bytes(MIME.read_bytes())
    result = run(tool("update-mime-database"), "-V", share / "mime")
    assert result.returncode == 0, result.stderr
    assert "error" not in result.stderr.lower() and "warning" not in result.stderr.lower(), (
        result.stderr
    )
    return share


def test_mime_type_matches_the_extension_and_is_a_zip(mime_share: Path):
    mime = mime_share / "mime"
    assert f"{MIME_TYPE}:*.casebank" in (mime / "globs2").read_text()
    assert f"{MIME_TYPE} application/zip" in (mime / "subclasses").read_text()


def content_type(share: Path, path: Path) -> str:
    env = {**os.environ, "XDG_DATA_HOME": str(share), "XDG_DATA_DIRS": str(share)}
    result = run(tool("gio"), "info", "-a", "standard::content-type", path, env=env)
    assert result.returncode == 0, result.stderr
    return result.stdout.split("standard::content-type:")[1].strip()


def test_a_packed_bank_is_recognised_by_name_and_by_content(mime_share: Path, tmp_path: Path):
    share = mime_share
    packed = pack(ROOT / "resources" / "banks" / "amazon-botschafter", tmp_path / "b.casebank")
    renamed = packed.path.rename(tmp_path / "bank-without-extension")
    plain_zip = tmp_path / "other.zip"
    with zipfile.ZipFile(plain_zip, "w") as archive:
        archive.writestr("notes.txt", "not a bank")
    assert content_type(share, renamed) == MIME_TYPE  # the magic: CHECKSUMS.sha256 comes first
    assert content_type(share, plain_zip) == "application/zip"


def test_install_script_registers_casewise_for_banks(tmp_path: Path):
    command = Path(sys.executable).with_name("casewise")
    share = tmp_path / "home" / "share"
    env = {**os.environ, "XDG_DATA_HOME": str(share), "CASEWISE": str(command)}
    env.pop("PREFIX", None)
    result = run("sh", LINUX / "install.sh", env=env)
    assert result.returncode == 0, result.stderr
    installed = share / "applications" / f"{APP_ID}.desktop"
    assert desktop_entry(installed)["Exec"] == f'"{command}" open %f'
    assert run(tool("desktop-file-validate"), installed).returncode == 0
    for size in (16, 48, 256):
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "casewise.png").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    gio_env = {**env, "XDG_DATA_DIRS": "/usr/share"}
    default = run(tool("gio"), "mime", MIME_TYPE, env=gio_env)
    assert f"Default application for “{MIME_TYPE}”: {APP_ID}.desktop" in default.stdout, (
        default.stdout + default.stderr
    )
    assert run("sh", LINUX / "install.sh", "--uninstall", env=env).returncode == 0
    assert not installed.exists()
    assert not (share / "mime" / "packages" / f"{APP_ID}.xml").exists()


def test_install_script_refuses_a_missing_command(tmp_path: Path):
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path), "CASEWISE": str(tmp_path / "nothing")}
    result = run("sh", LINUX / "install.sh", env=env)
    assert result.returncode == 1
    assert "is not an executable file" in result.stderr
    assert not (tmp_path / "applications").exists()
