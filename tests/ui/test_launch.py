"""Starting the app from the command line: `casewise`, `casewise run`, `casewise open FILE`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import desktop.ui.app
from desktop.cli import cli
from tests.helpers import said

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def launched(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Path, Path | None]]:
    calls: list[tuple[Path, Path | None]] = []

    def fake_run(data_dir: Path, open_path: Path | None = None) -> int:
        calls.append((data_dir, open_path))
        return 0

    monkeypatch.setattr(desktop.ui.app, "run", fake_run)
    return calls


def test_casewise_alone_opens_the_app_with_the_data_dir(launched, tmp_path):
    result = CliRunner().invoke(cli, ["--data-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert launched == [(tmp_path.absolute(), None)]


def test_open_imports_a_bank(launched, tmp_path):
    bank = ROOT / "resources/banks/amazon-botschafter"
    result = CliRunner().invoke(cli, ["open", str(bank), "--data-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert launched == [(tmp_path.absolute(), bank.absolute())]


def test_without_a_display_it_says_so(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    env.pop("QT_QPA_PLATFORM", None)
    if not sys.platform.startswith("linux"):
        pytest.skip("only Linux can lack a display this way")
    result = subprocess.run(
        [sys.executable, "-c", "from desktop.cli import main; main()", "--data-dir", str(tmp_path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2, result.stderr
    assert "no display found" in result.stderr


def test_a_file_the_system_asks_to_open_is_imported(window, tmp_path):
    # macOS hands a double-clicked .casebank to the running app as a QFileOpenEvent.
    from casebank.pack import pack
    from desktop.ui.app import FileOpener, application
    from desktop.ui.qt import QApplication, QFileOpenEvent, QUrl

    bank = tmp_path / "de.casebank"
    pack(ROOT / "resources" / "banks" / "amazon-botschafter", bank)
    app = application()
    opener = FileOpener(window)
    app.installEventFilter(opener)
    try:
        before = len(said(window))
        QApplication.sendEvent(app, QFileOpenEvent(QUrl.fromLocalFile(str(bank))))
        assert len(said(window)) == before + 1
        assert "Amazon-Botschafter" in said(window)[-1]
    finally:
        app.removeEventFilter(opener)


def test_the_app_names_its_desktop_entry_for_wayland():
    from desktop.ui.app import DESKTOP_ID, application

    assert application().desktopFileName() == DESKTOP_ID
    assert (ROOT / "packaging" / "linux" / f"{DESKTOP_ID}.desktop").is_file()


def test_lang_chooses_the_interface_language_for_one_run(launched, monkeypatch):
    from desktop.cli import LANGUAGE_VARIABLE
    from desktop.ui import i18n

    assert LANGUAGE_VARIABLE == i18n.ENVIRONMENT
    monkeypatch.setenv(i18n.ENVIRONMENT, "en")  # so that the test's end puts back what was
    result = CliRunner().invoke(cli, ["--lang", "fa", "run"])
    assert result.exit_code == 0, result.output
    assert i18n.choose().code == "fa"
    assert CliRunner().invoke(cli, ["--lang", "xx"]).exit_code == 2


def test_a_bank_file_is_dropped_whatever_the_case_of_its_suffix(tmp_path: Path):
    from desktop.ui.main_window import _droppable

    assert _droppable(str(tmp_path / "bank.casebank"))
    assert _droppable(str(tmp_path / "BANK.CASEBANK"))
    assert _droppable(str(tmp_path / "quiz.H5P"))
    assert not _droppable(str(tmp_path / "notes.pdf"))
