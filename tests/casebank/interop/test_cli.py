"""The ``casebank import`` and ``casebank export-question`` commands, as a tutor runs them."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from casebank.cli import cli
from casebank.starter import new_bank
from tests.casebank.interop.conftest import FIXTURES


def test_import_command_prints_and_writes_the_report(essay_h5p: Path, tmp_path: Path) -> None:
    out = tmp_path / "bank"
    moodle = FIXTURES / "moodle" / "essayautograde-phrases.xml"
    result = CliRunner().invoke(cli, ["import", str(essay_h5p), str(moodle), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "## Not carried over" in result.output
    assert "attachments (up to 2 files)" in result.output
    assert (out / "import-report.md").read_text(encoding="utf-8") in result.output
    validated = CliRunner().invoke(cli, ["validate", str(out)])
    assert validated.exit_code == 0, validated.output


def test_import_command_refuses_a_hostile_file(tmp_path: Path) -> None:
    package = tmp_path / "evil.h5p"
    with zipfile.ZipFile(package, "w") as archive:
        archive.writestr("../../escape.txt", b"x")
    result = CliRunner().invoke(cli, ["import", str(package), "-o", str(tmp_path / "bank")])
    assert result.exit_code != 0
    assert isinstance(result.exception, Exception)
    assert "the entry name leaves the package" in str(result.exception)
    assert not (tmp_path / "bank").exists()


@pytest.mark.parametrize(("target", "suffix"), [("h5p", ".h5p"), ("moodle", ".xml")])
def test_export_question_command(tmp_path: Path, target: str, suffix: str) -> None:
    bank = tmp_path / "starter"
    new_bank(bank, "en")
    out = tmp_path / f"channel{suffix}"
    args = ["export-question", str(bank), "-q", "corner-bakery/channel", "--to", target]
    result = CliRunner().invoke(cli, [*args, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.is_file()
    assert "## Carried over with a difference" in result.output
