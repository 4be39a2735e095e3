"""``casewise export``: the command line over the export API, headless."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from desktop.cli import cli
from tests.export.conftest import GOLDEN, QUESTION, info, pdftotext

ROOT = Path(__file__).resolve().parents[2]
BANK = GOLDEN / "banks" / "en"
ANSWER = GOLDEN / "answer-en.md"


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, ["export", *args], input=input, catch_exceptions=False)


def test_export_writes_the_pdf(tmp_path):
    out = tmp_path / "answer.pdf"
    result = run(
        "--bank", str(BANK), "--question", QUESTION, "--answer", str(ANSWER), "-o", str(out),
        "--name", "Jo Student", "--self", "visual-product=fully", "--self", "time=partly",
        "--include", "feedback,model", "--mode", "exam", "--minutes", "20",
        "--date", "2025-11-23",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert f"Wrote {out}" in result.output
    text = " ".join(pdftotext(out).split())
    for expected in [
        "Jo Student",
        "23 November 2025",
        "Exam",
        "20 min",
        "Feedback",
        "Model answer",
    ]:
        assert expected in text
    assert "Appendix" not in text
    assert "fully agrees" in text and "partly differs" in text


def test_same_date_same_bytes(tmp_path):
    first, second = tmp_path / "1.pdf", tmp_path / "2.pdf"
    for out in (first, second):
        args = ["--bank", str(BANK), "-q", QUESTION, "--answer", str(ANSWER), "-o", str(out)]
        assert run(*args, "--date", "2025-11-23").exit_code == 0
    assert first.read_bytes() == second.read_bytes()


def test_answer_from_standard_input(tmp_path):
    out = tmp_path / "answer.pdf"
    result = run(
        "--bank", str(BANK), "-q", QUESTION, "--answer", "-", "-o", str(out),
        input="Mara should use Instagram because photos of cakes sell them.\n",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "Mara should use Instagram" in pdftotext(out)


def test_bad_self_assessment_is_a_usage_error(tmp_path):
    args = ["--bank", str(BANK), "-q", QUESTION, "--answer", str(ANSWER), "-o", str(tmp_path / "a")]
    result = run(*args, "--self", "time=mostly")
    assert result.exit_code == 2
    assert "none, partly, fully" in result.output
    result = run(*args, "--include", "model,appendix")
    assert result.exit_code == 2 and "feedback, model, case" in result.output
    assert not list(tmp_path.iterdir())


def headless(*args: str) -> subprocess.CompletedProcess[str]:
    """Run ``casewise`` in a fresh interpreter with no display at all."""
    environment = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    environment.pop("QT_QPA_PLATFORM", None)
    code = (
        "import sys\n"
        "from desktop.cli import main\n"
        "try:\n"
        "    main()\n"
        "finally:\n"
        "    qt = sorted(m for m in sys.modules if m.split('.')[0] in {'PySide6', 'shiboken6'})\n"
        "    print('qt:' + ','.join(qt), file=sys.stderr)\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code, "export", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_export_runs_without_a_display_and_without_qt(tmp_path):
    out = tmp_path / "answer.pdf"
    result = headless(
        "--bank", str(BANK), "-q", QUESTION, "--answer", str(ANSWER), "-o", str(out),
        "--date", "2025-11-23",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "qt:\n" in result.stderr, "the export loaded Qt"
    assert int(info(out)["Pages"]) >= 1


def test_user_errors_are_messages_not_tracebacks(tmp_path):
    missing = headless(
        "--bank", str(BANK), "-q", QUESTION, "--answer", str(tmp_path / "none.md"),
        "-o", str(tmp_path / "a.pdf"),
    )  # fmt: skip
    assert missing.returncode == 1
    assert "casewise: cannot read" in missing.stderr and "Traceback" not in missing.stderr
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Caf\xe9 au lait\n".encode("latin-1"))
    result = headless(
        "--bank", str(BANK), "-q", QUESTION, "--answer", str(latin1),
        "-o", str(tmp_path / "a.pdf"),
    )  # fmt: skip
    assert result.returncode == 1 and "is not UTF-8 text (line 1)" in result.stderr
    no_folder = headless(
        "--bank", str(BANK), "-q", QUESTION, "--answer", str(ANSWER),
        "-o", str(tmp_path / "missing" / "a.pdf"),
    )  # fmt: skip
    assert no_folder.returncode == 1 and "does not exist" in no_folder.stderr
    unknown = headless(
        "--bank", str(BANK), "-q", "nope/none", "--answer", str(ANSWER),
        "-o", str(tmp_path / "a.pdf"),
    )  # fmt: skip
    assert unknown.returncode == 1 and "no question 'nope/none'" in unknown.stderr
    assert not (tmp_path / "a.pdf").exists()


def test_the_documented_examples_work(tmp_path, monkeypatch):
    """docs/pdf-export.md: the shell commands and the Python example, as written."""
    import re
    import shlex

    from casebank.cli import cli as casebank_cli

    doc = (ROOT / "docs" / "pdf-export.md").read_text(encoding="utf-8")
    shell = re.search(r"```sh\n(casebank new.*?)```", doc, re.S)
    python = re.search(r"```python\n(.*?)```", doc, re.S)
    assert shell and python
    monkeypatch.chdir(tmp_path)
    (tmp_path / "my-answer.md").write_text(ANSWER.read_text(encoding="utf-8"), encoding="utf-8")
    commands = {"casebank": casebank_cli, "casewise": cli}
    for command in shell.group(1).replace("\\\n", " ").strip().splitlines():
        program, *args = shlex.split(command)
        result = CliRunner().invoke(commands[program], args, catch_exceptions=False)
        assert result.exit_code == 0, result.output
    assert "Feedback" in pdftotext(tmp_path / "my-answer.pdf")
    (tmp_path / "my-answer.pdf").unlink()
    exec(compile(python.group(1), "docs/pdf-export.md", "exec"), {})
    assert "Model answer" in pdftotext(tmp_path / "my-answer.pdf")


@pytest.mark.skipif(os.name != "posix", reason="Unix permissions")
def test_the_pdf_follows_the_umask_so_others_can_read_it(tmp_path):
    out = tmp_path / "answer.pdf"
    previous = os.umask(0o022)
    try:
        result = run("--bank", str(BANK), "-q", QUESTION, "--answer", str(ANSWER), "-o", str(out))
    finally:
        os.umask(previous)
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
