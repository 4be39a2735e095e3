"""``casebank check`` over a folder of answers: .txt, .md and .docx, a class CSV, PDFs."""

from __future__ import annotations

import csv
import io
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
    rows = list(csv.DictReader(io.StringIO((tmp_path / "marks.csv").read_text("utf-8"))))
    assert [r["answer"] for r in rows] == ["answers/anna.md", "answers/ben.docx", "answers/dan.md"]
    anna, ben, dan = rows
    assert anna["visual-product"] == ben["visual-product"] == "covered"
    assert anna["words"] == ben["words"]
    assert anna["copied_words"] == "0" and anna["copied_passages"] == ""
    assert float(dan["copied_share"]) > 0.8
    assert "from the model answer" in dan["copied_passages"]
    assert dan["covered"] == "3"


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
    assert result.stdout.splitlines()[0].endswith("covered,partly,missing,score")


def test_without_the_pdf_export_the_message_says_what_to_install(
    starter: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    from click.testing import CliRunner

    from casebank.cli import cli

    (tmp_path / "a.md").write_text(ANSWER, encoding="utf-8")
    monkeypatch.setitem(sys.modules, "desktop.export.document", None)  # as if not installed
    result = CliRunner().invoke(
        cli, ["check", str(starter), "-q", QUESTION, str(tmp_path / "a.md"), "--pdf", "out"]
    )
    assert isinstance(result.exception, UserError)
    assert "pip install 'casewise[pdf]'" in str(result.exception)
