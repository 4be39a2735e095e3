"""`casewise --smoke` passes on a working installation and names what is wrong on a broken one;
`casewise` without the app extra says how to get it, and `casebank` needs none of it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import desktop.smoke
from casebank import __version__
from desktop.cli import APP_EXTRA
from desktop.smoke import SmokeError, bundled_bank_folders, check_installation
from tests.packaging.tools import ROOT

BANKS = ROOT / "resources" / "banks"
GERMAN = "amazon-botschafter"  # the smallest bundled bank: three questions


def casewise(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the venv's `casewise` entry point, as a student's shell would."""
    command = Path(sys.executable).with_name("casewise")
    return subprocess.run(
        [str(command), *args], capture_output=True, text=True, env=env, timeout=100, check=False
    )


@pytest.mark.slow
def test_smoke_passes_on_this_installation(tmp_path: Path):
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    env["HOME"] = str(tmp_path)  # the smoke test must not need, or touch, the student's data
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    result = casewise("--smoke", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    banks_checked = [line for line in result.stdout.splitlines() if "rubric tests, PDF" in line]
    assert len(banks_checked) == len(bundled_bank_folders()) == 3
    assert "ok  window (offscreen): the library lists" in result.stdout
    assert result.stdout.rstrip().endswith(f"casewise {__version__}: the smoke test passed")
    assert not (tmp_path / "data").exists()


def test_smoke_checks_each_bank_and_exports_its_pdf(tmp_path: Path):
    bundled = tmp_path / "banks"
    shutil.copytree(BANKS / GERMAN, bundled / GERMAN)
    said: list[str] = []
    (result,) = check_installation(tmp_path, bundled=bundled, say=said.append)
    assert result.bank_id == "org.casewise.amazon-botschafter"
    assert (result.questions, result.samples) == (3, 15)
    assert result.pdf.read_bytes().startswith(b"%PDF-")
    assert said == [
        "ok  TOML read with tomli",
        f"ok  {result.bank_id} (de): 3 questions, 15 rubric tests, PDF {result.pdf_bytes:,} bytes",
    ]


def test_smoke_fails_without_bundled_banks(tmp_path: Path):
    with pytest.raises(SmokeError, match=r"(?s)is not a folder.*rebuild it with 'make dist'"):
        check_installation(tmp_path, bundled=tmp_path / "missing")
    (tmp_path / "empty").mkdir()
    with pytest.raises(SmokeError, match=r"holds no bank"):
        check_installation(tmp_path, bundled=tmp_path / "empty")


def test_smoke_fails_when_detection_disagrees_with_a_rubric_test(tmp_path: Path):
    # What a build missing the engine's word lists looks like: samples no longer get the
    # coverage their author expects.
    bank = tmp_path / "banks" / GERMAN
    shutil.copytree(BANKS / GERMAN, bank)
    sample = next((bank / "cases").glob("*/samples/*/offtopic.md"))
    text = sample.read_text(encoding="utf-8")
    assert "missing" in text
    sample.write_text(text.replace("missing", "covered"), encoding="utf-8")
    with pytest.raises(SmokeError, match=f"the bundled bank {GERMAN} fails validation"):
        check_installation(tmp_path, bundled=tmp_path / "banks")
    assert not list(tmp_path.glob("*.pdf"))


def test_smoke_names_the_step_an_unexpected_error_broke(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    # A word list missing from a build fails deep inside a library, as an OSError.
    def missing(*_: object) -> None:
        raise FileNotFoundError("stopwords-iso.json")

    monkeypatch.setattr(desktop.smoke, "validate", missing)
    with pytest.raises(SmokeError) as failure:
        check_installation(tmp_path, bundled=BANKS)
    assert str(failure.value).startswith(
        f"checking the bundled bank {GERMAN} failed: FileNotFoundError: stopwords-iso.json\n"
        "The installation is broken"
    )
    assert "Traceback" in capsys.readouterr().err  # for the developer who built it


def blocked(modules: frozenset[str], argv: list[str]) -> subprocess.CompletedProcess[str]:
    """Run a command's `main` with `modules` unimportable, as in an install without them."""
    code = (
        "import sys\n"
        f"for name in {sorted(modules)!r}:\n"
        "    sys.modules[name] = None\n"
        f"sys.argv = {argv!r}\n"
        f"from {'desktop' if argv[0] == 'casewise' else 'casebank'}.cli import main\n"
        "main()\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=100,
        check=False,
    )


@pytest.mark.parametrize("argv", [["casewise", "--smoke"], ["casewise", "run"]])
def test_casewise_without_the_app_extra_says_how_to_install_it(argv: list[str]):
    result = blocked(APP_EXTRA, argv)
    assert result.returncode == 1
    assert "Casewise was installed without its app extra" in result.stderr
    assert "pip install '/path/to/casewise[app]'" in result.stderr
    assert f"casewise-{__version__}-py3-none-any.whl[app]" in result.stderr
    assert "Traceback" not in result.stderr


def test_casebank_needs_nothing_from_the_app_extra():
    result = blocked(APP_EXTRA | {"shiboken6"}, ["casebank", "validate", str(BANKS / GERMAN)])
    assert result.returncode == 0, result.stderr
    assert "ok (3 questions, 15 rubric tests" in result.stdout


def test_the_app_extra_is_what_casewise_names():
    # pyproject's `app` extra and the modules `casewise` reports missing must stay in step.
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    distributions = {"pyside6-essentials": "PySide6", "python-bidi": "bidi"}
    extra = {
        distributions.get(name, name.replace("-", "_"))
        for name in (
            r.split(">")[0].split("<")[0].split("=")[0].strip().lower()
            for r in project["optional-dependencies"]["app"]
        )
    }
    assert {name.lower() for name in APP_EXTRA} == {name.lower() for name in extra}
    assert not any("pyside" in r.lower() for r in project["dependencies"])
