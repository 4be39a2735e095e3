"""A question whose arguments are all self-assessed reads "not detected automatically" everywhere.

Issue 15, point 7: such a question (a QTI rubric imported as it is) scored 0 % in `casebank
check`: text, CSV and summary ("Mean coverage 0 %"), as if every answer had failed.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from casebank.interop import import_files
from casebank.loader import load
from tests.casebank.interop.conftest import FIXTURES
from tests.casebank.test_cli import casebank

ANSWER = "Peak fares in summer pay for the winter crossings, which cost almost as much.\n"


@pytest.fixture
def ferry(tmp_path: Path) -> tuple[Path, str]:
    """The QTI rubric item imported as a bank: three self-assessed arguments, no cues."""
    import_files([FIXTURES / "qti" / "extended-text-rubric.xml"], tmp_path / "ferry")
    (question,) = load(tmp_path / "ferry").questions()
    assert not question.detectable
    (tmp_path / "anna.txt").write_text(ANSWER, encoding="utf-8")
    return tmp_path / "ferry", question.key


def pdftotext(path: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (poppler-utils) is missing")
    out = subprocess.run([tool, str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())


def test_text_json_and_csv_say_not_detected(ferry: tuple[Path, str], tmp_path: Path):
    bank, key = ferry
    text = casebank("check", bank, "-q", key, "anna.txt", cwd=tmp_path)
    assert "coverage not detected automatically" in text.stdout
    assert "0%" not in text.stdout

    result = casebank("check", bank, "-q", key, "--format", "json", "anna.txt", cwd=tmp_path)
    (record,) = json.loads(result.stdout)["results"]
    assert record["detected"] is False
    assert record["score"] is None

    result = casebank("check", bank, "-q", key, "--format", "csv", "anna.txt", cwd=tmp_path)
    (row,) = csv.DictReader(io.StringIO(result.stdout))
    assert row["score"] == "not detected automatically"

    casebank("check", bank, "-q", key, "anna.txt", "--csv", "marks.csv", cwd=tmp_path)
    (row,) = csv.DictReader(io.StringIO((tmp_path / "marks.csv").read_text("utf-8")))
    assert row["score"] == "not detected automatically"


def test_the_summary_and_the_answer_pdf_say_not_detected(ferry: tuple[Path, str], tmp_path: Path):
    bank, key = ferry
    result = casebank(
        "check", bank, "-q", key, "anna.txt", "--summary", "class.pdf", "--pdf", "pdfs",
        cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    summary = pdftotext(tmp_path / "class.pdf")
    assert "Mean coverage not detected automatically: all 3 arguments are self-assessed" in summary
    assert "0 %" not in summary
    answer = pdftotext(tmp_path / "pdfs" / "anna.pdf")
    assert "Coverage not detected automatically: all 3 arguments are self-assessed" in answer
    assert "≈ 0" not in answer
