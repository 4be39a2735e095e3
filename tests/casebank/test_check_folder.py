"""``casebank check`` over a folder of answers: .txt, .md and .docx, a class CSV, PDFs."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import docx
import pytest

from casebank.answers import answers_in, read_answer
from casebank.errors import UserError
from casebank.loader import load
from tests.casebank.test_cli import ANSWER, QUESTION, casebank


def write_docx(path: Path, paragraphs: list[str], items: tuple[str, ...] = ()) -> None:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    for text in items:
        document.add_paragraph(text, style="List Bullet")
    document.save(str(path))


def test_a_word_answer_reads_as_paragraphs_and_list_items(tmp_path: Path):
    write_docx(tmp_path / "a.docx", ["First paragraph.", "Second one."], ("one", "two"))
    assert read_answer(str(tmp_path / "a.docx")) == (
        "First paragraph.\n\nSecond one.\n\n- one\n- two"
    )


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("broken.docx", b"PK\x03\x04 not really", "not a readable Word document"),
        ("essay.odt", b"x", "an OpenDocument text, which Casewise cannot read"),
        ("essay.pdf", b"%PDF", "save it as .docx, .txt or .md"),
        ("latin1.txt", "café".encode("latin-1"), "is not UTF-8 text (line 1)"),
    ],
)
def test_unreadable_answers_say_what_to_do(tmp_path: Path, name: str, data: bytes, message: str):
    (tmp_path / name).write_bytes(data)
    with pytest.raises(UserError, match=message.replace("(", r"\(").replace(")", r"\)")):
        read_answer(str(tmp_path / name))


def test_a_folder_lists_answers_and_skips_the_rest(tmp_path: Path):
    for name in ("b.md", "a.txt", "c.docx", "notes.pdf", "data.csv", ".hidden.md", "~$c.docx"):
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "sub").mkdir()
    found, skipped = answers_in(tmp_path)
    assert [p.name for p in found] == ["a.txt", "b.md", "c.docx"]
    assert sorted(s.path.name for s in skipped) == ["data.csv", "notes.pdf"]
    assert "a PDF" in str(next(s for s in skipped if s.path.name == "notes.pdf"))


def test_check_a_folder_writes_the_class_csv(starter: Path, tmp_path: Path):
    answers = tmp_path / "answers"
    answers.mkdir()
    (answers / "anna.md").write_text(ANSWER, encoding="utf-8")
    write_docx(answers / "ben.docx", ANSWER.strip().split("\n\n"))
    (answers / "cleo.txt").write_bytes("Mara's café".encode("latin-1"))
    (answers / "notes.pdf").write_bytes(b"%PDF")
    bank = load(starter)
    model = bank.question(QUESTION).model_answer
    (answers / "dan.md").write_text("In my view:\n\n" + model, encoding="utf-8")

    result = casebank(
        "check",
        starter,
        "-q",
        QUESTION,
        "--format",
        "json",
        "answers",
        "--csv",
        "marks.csv",
        cwd=tmp_path,
    )
    assert result.returncode == 1  # cleo.txt could not be read; the others are still marked
    assert "cleo.txt is not UTF-8 text" in result.stderr
    assert "skipped answers/notes.pdf: a PDF" in result.stderr
    assert "Wrote marks.csv (3 answers marked, 2 not read)" in result.stderr
    rows = list(csv.DictReader(io.StringIO((tmp_path / "marks.csv").read_text("utf-8"))))
    # Issue 15, point 10: every file given is listed, in name order, the unread ones with why.
    assert [r["answer"] for r in rows] == [
        "answers/anna.md",
        "answers/ben.docx",
        "answers/cleo.txt",
        "answers/dan.md",
        "answers/notes.pdf",
    ]
    anna, ben, cleo, dan, notes = rows
    assert anna["visual-product"] == ben["visual-product"] == "covered"
    assert anna["words"] == ben["words"]
    assert anna["copied_words"] == "0" and anna["copied_passages"] == ""
    assert float(dan["copied_share"]) > 0.8
    assert "from the model answer" in dan["copied_passages"]
    assert dan["covered"] == "3"
    assert anna["status"] == ben["status"] == dan["status"] == "marked"
    assert cleo["status"].startswith("not read: answers/cleo.txt is not UTF-8 text (line 1)")
    assert notes["status"] == "not read: a PDF; save it as .docx, .txt or .md to include it"
    assert cleo["words"] == cleo["score"] == cleo["visual-product"] == ""
    payload = json.loads(result.stdout)
    assert [u["answer"] for u in payload["unread"]] == ["answers/cleo.txt", "answers/notes.pdf"]


def test_answers_outside_the_word_limits_are_flagged(starter: Path, tmp_path: Path):
    """Issue 15, point 10: an answer under the word minimum was flagged nowhere."""
    model = load(starter).question(QUESTION).model_answer  # within the limits of 60–250 words
    (tmp_path / "anna.md").write_text(model, encoding="utf-8")
    (tmp_path / "ben.txt").write_text("Instagram, because cakes look good.\n", encoding="utf-8")
    (tmp_path / "cleo.txt").write_text("Instagram. " * 260, encoding="utf-8")
    names = ["anna.md", "ben.txt", "cleo.txt"]
    result = casebank("check", starter, "-q", QUESTION, *names, "--csv", "marks.csv", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO((tmp_path / "marks.csv").read_text("utf-8"))))
    assert [r["length"] for r in rows] == ["", "under 60", "over 250"]
    assert "(5 words, limit 60–250: 55 short of the minimum of 60)" in result.stdout
    assert "(260 words, limit 60–250: 10 over the maximum of 250)" in result.stdout
    json_result = casebank(
        "check", starter, "-q", QUESTION, "--format", "json", *names, cwd=tmp_path
    )
    lengths = [r["length"] for r in json.loads(json_result.stdout)["results"]]
    assert lengths == ["within", "under", "over"]


def test_the_summary_lists_every_file_and_flags_lengths(starter: Path, tmp_path: Path):
    (tmp_path / "anna.md").write_text(ANSWER, encoding="utf-8")
    (tmp_path / "ben.txt").write_text("Instagram, because cakes look good.\n", encoding="utf-8")
    (tmp_path / "cleo.txt").write_bytes("Mara's café".encode("latin-1"))
    (tmp_path / "dan.pdf").write_bytes(b"%PDF")
    names = ["anna.md", "ben.txt", "cleo.txt", "dan.pdf"]
    result = casebank(
        "check", starter, "-q", QUESTION, *names, "--summary", "class.pdf", cwd=tmp_path
    )
    assert result.returncode == 1
    text = pdftotext(tmp_path / "class.pdf")
    assert "Answers 2 marked, 2 not read" in text
    assert "Files that could not be read (2)" in text
    assert "cleo.txt is not UTF-8 text" in text and "dan.pdf" in text
    assert "under 60" in text


def pdftotext(path: Path) -> str:
    import shutil
    import subprocess

    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (poppler-utils) is missing")
    out = subprocess.run([tool, str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())


def test_pdfs_and_a_summary_for_the_class(starter: Path, tmp_path: Path):
    (tmp_path / "anna.md").write_text(ANSWER, encoding="utf-8")
    (tmp_path / "ben.txt").write_text("I do not know.\n", encoding="utf-8")
    result = casebank(
        "check",
        starter,
        "-q",
        QUESTION,
        "--format",
        "csv",
        "anna.md",
        "ben.txt",
        "--pdf",
        "pdfs",
        "--summary",
        "class.pdf",
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "pdfs").iterdir()) == ["anna.pdf", "ben.pdf"]
    assert (tmp_path / "class.pdf").read_bytes().startswith(b"%PDF")
    # --format csv keeps its documented columns; the copying columns are in --csv only.
    assert result.stdout.splitlines()[0].endswith("covered,partly,missing,score,status,length")


def test_without_the_pdf_export_the_message_says_what_to_install(
    starter: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    from click.testing import CliRunner

    from casebank.cli import cli

    (tmp_path / "a.md").write_text(ANSWER, encoding="utf-8")
    monkeypatch.setitem(sys.modules, "casebank.pdf.document", None)  # as if not installed
    result = CliRunner().invoke(
        cli, ["check", str(starter), "-q", QUESTION, str(tmp_path / "a.md"), "--pdf", "out"]
    )
    assert isinstance(result.exception, UserError)
    assert "pip install '/path/to/casewise[pdf]'" in str(result.exception)


@pytest.mark.slow
def test_answer_pdfs_say_marked_by_tutor_and_take_the_export_sections(
    starter: Path, tmp_path: Path
):
    """Issue 15, point 10: `check --pdf` wrote "Mode: Practice" and had no choice of sections."""
    (tmp_path / "anna.md").write_text(ANSWER, encoding="utf-8")
    plain = casebank("check", starter, "-q", QUESTION, "anna.md", "--pdf", "plain", cwd=tmp_path)
    assert plain.returncode == 0, plain.stderr
    text = pdftotext(tmp_path / "plain" / "anna.pdf")
    assert "Assessment Marked by tutor" in text
    assert "Mode" not in text and "Practice" not in text
    assert "Model answer" not in text

    full = casebank(
        "check", starter, "-q", QUESTION, "anna.md", "--pdf", "full", "--include", "model,feedback",
        cwd=tmp_path,
    )  # fmt: skip
    assert full.returncode == 0, full.stderr
    text = pdftotext(tmp_path / "full" / "anna.pdf")
    assert "Model answer" in text and "Feedback" in text
    assert "Appendix: the case" not in text

    wrong = casebank(
        "check", starter, "-q", QUESTION, "anna.md", "--pdf", "x", "--include", "essay",
        cwd=tmp_path,
    )  # fmt: skip
    assert wrong.returncode == 2
    assert "'essay' is not a section; choose from feedback, model, case" in wrong.stderr
    alone = casebank(
        "check", starter, "-q", QUESTION, "anna.md", "--include", "model", cwd=tmp_path
    )
    assert alone.returncode == 2
    assert "add --pdf DIR" in alone.stderr


def test_text_output_names_the_term_and_shows_the_whole_sentence(starter: Path, tmp_path: Path):
    """Issue 15, point 10: evidence was cut at about 110 characters and named no term."""
    sentence = (
        "Mara should use Instagram, because her cakes are a visual product: photos of the cakes "
        "show people nearby what they are missing before they ever walk past the shop window."
    )
    (tmp_path / "anna.md").write_text(sentence + "\n", encoding="utf-8")
    result = casebank("check", starter, "-q", QUESTION, "anna.md", cwd=tmp_path)
    assert f"“{sentence}”" in result.stdout
    assert "«photos» for 'photo*'" in result.stdout
    assert "Instagram: «Instagram» for 'instagram'" in result.stdout
