"""The ``casebank`` command, run as a tutor runs it: a real process, its output and exit status."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from casebank.starter import new_bank
from tests.fixtures.hostile import build, corpus
from tests.fixtures.hostile.guard import snapshot

QUESTION = "corner-bakery/channel"
ANSWER = (
    "Mara should use Instagram, because her cakes are a visual product: photos of the cakes "
    "show people nearby what they are missing.\n\nThe newsletter only reaches regular customers "
    "who already know the shop.\n"
)


def casebank(*args: str | Path, cwd: Path, stdin: bytes = b"") -> subprocess.CompletedProcess[str]:
    """Run ``python -m casebank`` with `args` in `cwd`, as a separate process."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "NO_COLOR": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "casebank", *map(str, args)],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        env=env,
        timeout=60,
        check=False,
    )
    out = result.stdout.decode("utf-8")
    err = result.stderr.decode("utf-8")
    assert "Traceback" not in err, err
    return subprocess.CompletedProcess(result.args, result.returncode, out, err)


@pytest.fixture
def bank(tmp_path: Path) -> Path:
    # Made in-process for speed: `casebank new` itself is tested through the command below.
    new_bank(tmp_path / "bank", "en")
    return tmp_path / "bank"


def test_new_makes_a_bank_that_validates(tmp_path: Path):
    result = casebank("new", "my-bank", "--language", "de", cwd=tmp_path)
    assert result.returncode == 0
    assert "Created a starter bank in my-bank (5 files)" in result.stdout
    assert "casebank validate my-bank" in result.stdout
    assert 'id = "org.example.my-bank"' in (tmp_path / "my-bank" / "bank.toml").read_text()

    result = casebank("validate", "my-bank", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == "my-bank: ok (1 question, 1 rubric test)"


def test_new_refuses_a_folder_that_holds_files(bank: Path, tmp_path: Path):
    before = snapshot(tmp_path)
    result = casebank("new", "bank", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "casebank: bank exists and is not empty; choose a new folder for the bank"
    )
    assert snapshot(tmp_path) == before


def test_new_refuses_a_bad_language_tag(tmp_path: Path):
    result = casebank("new", "bank", "--language", "english!", cwd=tmp_path)
    assert result.returncode == 1
    assert "'english!' is not a language tag" in result.stderr
    assert not (tmp_path / "bank").exists()


def test_validate_reports_file_line_message_and_hint(tmp_path: Path):
    broken = corpus.lay_broken("unknown-key", tmp_path / "broken")
    result = casebank("validate", "broken", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "broken/bank.toml:5: unknown key 'titel'",
        "    hint: did you mean 'title'?",
        "broken/bank.toml:1: missing 'title'",
        '    hint: add title = "…"',
        "broken: 2 errors, 0 warnings",
    ]
    assert broken.is_dir()


def test_validate_checks_every_bank_and_fails_if_one_fails(bank: Path, tmp_path: Path):
    corpus.lay_broken("cue-prefix-too-short", tmp_path / "broken")
    result = casebank("validate", "bank", "broken", cwd=tmp_path)
    assert result.returncode == 1
    assert "bank: ok" in result.stdout
    assert "broken/cases/shop/questions/bread.toml:20: cue term:" in result.stderr


def test_validate_names_a_hostile_entry_without_passing_on_its_escape_codes(tmp_path: Path):
    hostile = build.build("zip-control-name", tmp_path / "corpus")
    before = snapshot(tmp_path)
    result = casebank("validate", hostile, cwd=tmp_path)
    assert result.returncode == 1
    assert "\x1b" not in result.stdout + result.stderr
    assert "cases/corner-bakery/\\x1b[2Jnotes.md: control or formatting" in result.stderr
    assert snapshot(tmp_path) == before


def test_validate_reports_a_problem_with_the_whole_bank_cleanly(tmp_path: Path):
    hostile = build.build("zip-too-many-files", tmp_path / "corpus")
    result = casebank("validate", hostile, cwd=tmp_path)
    assert result.returncode == 1
    assert f"{hostile}: the bank is too large (2,006 files" in result.stderr
    assert ": :" not in result.stderr


def test_validate_as_json(bank: Path, tmp_path: Path):
    corpus.lay_broken("bad-semver", tmp_path / "broken")
    result = casebank("validate", "--format", "json", "bank", "broken", cwd=tmp_path)
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["schema"] == "casebank.validate/1"
    assert [(r["path"], r["ok"]) for r in report["results"]] == [("bank", True), ("broken", False)]
    assert report["results"][1]["problems"] == [
        {
            "file": "bank.toml",
            "line": 6,
            "severity": "error",
            "message": "version '1.0' is not a semantic version",
            "hint": "write MAJOR.MINOR.PATCH, like 1.0.0",
        }
    ]


def test_info_as_json_has_the_documented_keys(bank: Path, tmp_path: Path):
    result = casebank("info", "bank", "--format", "json", cwd=tmp_path)
    assert result.returncode == 0
    info = json.loads(result.stdout)
    assert {
        "schema",
        "path",
        "id",
        "title",
        "version",
        "language",
        "authors",
        "license",
        "description",
        "counts",
        "cases",
    } <= info.keys()
    assert info["schema"] == "casebank.info/1"
    assert (info["path"], info["id"], info["version"]) == ("bank", "org.example.bank", "0.1.0")
    assert info["counts"] == {"cases": 1, "questions": 1, "arguments": 3, "samples": 1}
    (case,) = info["cases"]
    assert {"id", "title", "language", "summary", "sources", "questions"} <= case.keys()
    (question,) = case["questions"]
    assert {"id", "key", "prompt", "marks", "words", "minutes", "arguments"} <= question.keys()
    assert question["key"] == QUESTION
    assert question["words"] == {"min": 60, "max": 250}
    argument = question["arguments"][0]
    assert {"id", "title", "marks", "cue_groups", "self_assessed_only"} <= argument.keys()
    assert (argument["id"], argument["cue_groups"]) == ("visual-product", 2)


def test_info_as_text(bank: Path, tmp_path: Path):
    result = casebank("info", "bank", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.startswith("My case bank (org.example.bank 0.1.0, en)\n")
    assert f"  {QUESTION} (6 marks, limit 60–250, 15 min)" in result.stdout


def test_info_refuses_a_broken_bank_with_its_problems(tmp_path: Path):
    corpus.lay_broken("future-format", tmp_path / "broken")
    result = casebank("info", "broken", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith("casebank: broken is not a usable case bank:\n")
    assert "bank.toml:3: this bank is in format 2" in result.stderr


def test_check_as_json(bank: Path, tmp_path: Path):
    (tmp_path / "answer.txt").write_text(ANSWER, encoding="utf-8")
    result = casebank(
        "check", "bank", "-q", QUESTION, "--format", "json", "answer.txt", cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["schema"] == "casebank.check/1"
    assert report["bank"] == {"id": "org.example.bank", "version": "0.1.0"}
    (answer,) = report["results"]
    assert {"answer", "question", "language", "words", "limits", "score", "counts"} <= answer.keys()
    assert (answer["answer"], answer["question"]) == ("answer.txt", QUESTION)
    statuses = {a["id"]: a["status"] for a in answer["arguments"]}
    assert statuses["visual-product"] == "covered"
    assert set(statuses.values()) <= {"covered", "partly", "missing", "self"}


def test_check_reads_standard_input(bank: Path, tmp_path: Path):
    result = casebank(
        "check",
        "bank",
        "-q",
        QUESTION,
        "--format",
        "json",
        "-",
        cwd=tmp_path,
        stdin=ANSWER.encode(),
    )
    assert result.returncode == 0, result.stderr
    (answer,) = json.loads(result.stdout)["results"]
    assert answer["answer"] == "-"
    assert answer["words"] > 20


def test_check_as_csv_and_text(bank: Path, tmp_path: Path):
    (tmp_path / "a.md").write_text(ANSWER, encoding="utf-8")
    (tmp_path / "b.md").write_text("I do not know.\n", encoding="utf-8")
    result = casebank(
        "check", "bank", "-q", QUESTION, "--format", "csv", "a.md", "b.md", cwd=tmp_path
    )
    assert result.returncode == 0
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == [
        "answer",
        "question",
        "words",
        "visual-product",
        "regulars",
        "time",
        "covered",
        "partly",
        "missing",
        "score",
        "status",
        "length",
    ]
    assert [row[0] for row in rows[1:]] == ["a.md", "b.md"]
    assert rows[2][3:6] == ["missing", "missing", "missing"]

    result = casebank("check", "bank", "-q", QUESTION, "b.md", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.startswith(
        f"b.md: {QUESTION} (4 words, limit 60–250: 56 short of the minimum of 60)\n"
    )
    assert "✘ missing  Cakes are a visual product  [visual-product]" in result.stdout


def test_check_refuses_an_answer_that_is_not_utf8_and_reports_the_others(
    bank: Path, tmp_path: Path
):
    (tmp_path / "good.txt").write_text(ANSWER, encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes(
        "Line one.\nMara's caf\u00e9 sells cakes.\n".encode("latin-1")
    )
    result = casebank(
        "check", "bank", "-q", QUESTION, "--format", "json", "latin1.txt", "good.txt", cwd=tmp_path
    )
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "casebank: latin1.txt is not UTF-8 text (line 2); save it as UTF-8 and try again"
    )
    assert [r["answer"] for r in json.loads(result.stdout)["results"]] == ["good.txt"]


def test_check_refuses_non_utf8_standard_input(bank: Path, tmp_path: Path):
    result = casebank("check", "bank", "-q", QUESTION, "-", cwd=tmp_path, stdin=b"\xff\xfeA\x00")
    assert result.returncode == 1
    assert "casebank: - is not UTF-8 text (line 1)" in result.stderr


def test_check_names_the_questions_when_one_is_unknown(bank: Path, tmp_path: Path):
    result = casebank("check", "bank", "-q", "corner-bakery/nope", "-", cwd=tmp_path, stdin=b"x")
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"casebank: the bank has no question 'corner-bakery/nope'; its questions are: {QUESTION}"
    )


def test_check_reports_a_missing_answer_file(bank: Path, tmp_path: Path):
    result = casebank("check", "bank", "-q", QUESTION, "nowhere.txt", cwd=tmp_path)
    assert result.returncode == 1
    assert "casebank: cannot read nowhere.txt: No such file or directory" in result.stderr


def test_pack_writes_a_reproducible_bank_that_loads(bank: Path, tmp_path: Path):
    result = casebank("pack", "bank", "-o", "handout.casebank", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    packed = tmp_path / "handout.casebank"
    digest = hashlib.sha256(packed.read_bytes()).hexdigest()
    assert result.stdout.splitlines() == [
        f"Wrote handout.casebank (5 files, {packed.stat().st_size:,} bytes)",
        f"sha256 {digest}",
        "Left out 1 rubric test (samples/): sample answers are not for students; "
        "--with-samples packs them for other tutors",
    ]
    again = casebank("pack", "bank", "-o", "again.casebank", cwd=tmp_path)
    assert again.stdout.splitlines()[1] == f"sha256 {digest}"

    result = casebank("validate", "handout.casebank", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == "handout.casebank: ok (1 question, 0 rubric tests)"

    shared = casebank("pack", "bank", "--with-samples", "-o", "shared.casebank", cwd=tmp_path)
    assert shared.stdout.splitlines()[0].startswith("Wrote shared.casebank (6 files, ")
    assert "Left out" not in shared.stdout
    result = casebank("validate", "shared.casebank", cwd=tmp_path)
    assert result.stdout.strip() == "shared.casebank: ok (1 question, 1 rubric test)"


def test_pack_refuses_a_broken_bank_and_writes_nothing(tmp_path: Path):
    corpus.lay_broken("raw-html", tmp_path / "broken")
    before = snapshot(tmp_path)
    result = casebank("pack", "broken", "-o", "broken.casebank", cwd=tmp_path)
    assert result.returncode == 1
    assert "casebank: broken is not a usable case bank:" in result.stderr
    assert "cases/shop/case.md:3: raw HTML is not allowed" in result.stderr
    assert snapshot(tmp_path) == before


def test_pack_to_an_unwritable_place_says_so(bank: Path, tmp_path: Path):
    (tmp_path / "a-file").write_text("not a folder")
    result = casebank("pack", "bank", "-o", "a-file/bank.casebank", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "casebank: cannot write to a-file: Not a directory; choose another folder"
    )


def test_usage_errors_exit_2_without_a_traceback(tmp_path: Path):
    result = casebank("check", "bank", cwd=tmp_path)
    assert result.returncode == 2
    assert "Missing option '--question'" in result.stderr or "Missing" in result.stderr


def test_the_installed_script_is_the_same_command(tmp_path: Path):
    script = Path(sys.executable).parent / "casebank"
    if not script.exists():
        pytest.skip("the casebank script is not installed next to this Python")
    result = subprocess.run(
        [str(script), "--version"], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0
    assert result.stdout.startswith("casebank, version ")
