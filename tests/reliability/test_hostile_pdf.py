"""Text that once broke the PDF: Unicode isolates, noncharacters and other controls.

python-bidi, which orders the PDF's lines, knows neither the isolates (U+2066-U+2069) nor any
character Unicode leaves unassigned (a noncharacter such as U+FDD0), and raised on them; a lone
surrogate could not be written into the PDF at all. Any of them in an answer, a case text or a
model answer stopped `casewise export`, the window's export and `casebank check --pdf`, where one
student's file aborted the whole class. The export now draws what it can and replaces the rest,
and validation warns about such characters in a bank.
"""

from __future__ import annotations

import dataclasses
import re
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from casebank.cli import main
from casebank.loader import load
from casebank.model import Bank, Question
from casebank.pdf import ExportOptions, Section, document, render_pdf
from casebank.problems import Severity
from casebank.starter import new_bank
from casebank.validate import validate
from tests.export.conftest import pdftotext

QUESTION = "corner-bakery/channel"
ISOLATES = {
    "LRI": "\u2066",
    "RLI": "\u2067",
    "FSI": "\u2068",
    "PDI": "\u2069",
}
# What a bank's UTF-8 files can hold: the isolates, noncharacters and unassigned code points.
IN_A_BANK = {
    **ISOLATES,
    "noncharacter U+FDD0": "\ufdd0",
    "noncharacter U+FFFE": "\ufffe",
    "noncharacter U+10FFFF": "\U0010ffff",
    "unassigned U+0378": "\u0378",
}
# An answer can hold more: controls come from pasting, a lone surrogate from a name on the
# command line that is not UTF-8.
IN_AN_ANSWER = {
    **IN_A_BANK,
    "bell U+0007": "\x07",
    "escape U+001B": "\x1b",
    "NUL": "\x00",
    "carriage return": "\r",
    "next line U+0085": "\x85",
    "lone surrogate": "\udc80",
}
WHOLE_ISOLATES = (
    f"Order {ISOLATES['FSI']}online{ISOLATES['PDI']} and {ISOLATES['RLI']}ﺍﯾﻦ{ISOLATES['PDI']}."
)
EVERY_SECTION = frozenset({Section.FEEDBACK, Section.MODEL, Section.CASE})


@pytest.fixture(scope="module")
def banks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Bank]:
    made = {}
    for language in ("en", "fa"):
        folder = tmp_path_factory.mktemp(f"starter-{language}") / "bank"
        new_bank(folder, language)
        made[language] = load(folder)
    return made


def with_texts(bank: Bank, case_text: str, model_answer: str) -> tuple[Bank, Question]:
    """The bank with its first case's text and its channel question's model answer replaced."""
    case = bank.cases[0]
    question = dataclasses.replace(case.questions[0], model_answer=model_answer)
    case = dataclasses.replace(case, text=case_text, questions=(question, *case.questions[1:]))
    return dataclasses.replace(bank, cases=(case, *bank.cases[1:])), question


@pytest.mark.parametrize("language", ["en", "fa"])
@pytest.mark.parametrize("name", sorted(IN_AN_ANSWER))
def test_an_answer_with_it_is_exported(banks: dict[str, Bank], language: str, name: str):
    bank = banks[language]
    question = bank.cases[0].questions[0]
    answer = f"{question.model_answer[:200]} Dea{IN_AN_ANSWER[name]}ls online.\n\nMore text."

    pdf = render_pdf(
        answer, question, bank=bank, options=ExportOptions(student=f"A{IN_AN_ANSWER[name]}")
    )

    assert pdf.startswith(b"%PDF")


@pytest.mark.parametrize("language", ["en", "fa"])
@pytest.mark.parametrize("name", sorted(IN_A_BANK))
def test_a_case_text_and_model_answer_with_it_are_exported(
    banks: dict[str, Bank], language: str, name: str
):
    char = IN_A_BANK[name]
    bank = banks[language]
    original = bank.cases[0]
    bank, question = with_texts(
        bank,
        f"# Title {char}\n\n{original.text}\n\nA {char}word.",
        f"{original.questions[0].model_answer}\n\nOne {char}more.",
    )

    pdf = render_pdf(
        f"Deals {char} online.",
        question,
        bank=bank,
        options=ExportOptions(include=EVERY_SECTION),
    )

    assert pdf.startswith(b"%PDF")


def test_text_inside_isolates_keeps_its_words_in_the_pdf(banks: dict[str, Bank], tmp_path: Path):
    bank = banks["en"]
    question = bank.cases[0].questions[0]
    path = tmp_path / "answer.pdf"

    path.write_bytes(render_pdf(WHOLE_ISOLATES, question, bank=bank))

    text = pdftotext(path)
    # A zero-width glyph before a space hides the space from pdftotext, as it does for an
    # embedding or a zero-width space: the words are there, in order.
    assert re.search(r"Order\s+online\s*and", text), text
    assert "ﺍﯾﻦ" in text or "این" in text


def test_a_noncharacter_is_shown_as_the_replacement_character(
    banks: dict[str, Bank], tmp_path: Path
):
    bank = banks["fa"]
    question = bank.cases[0].questions[0]
    path = tmp_path / "answer.pdf"

    path.write_bytes(render_pdf("کتاب\ufdd0 خوب", question, bank=bank))

    assert "\ufffd" in pdftotext(path)


def casebank(monkeypatch: pytest.MonkeyPatch, *args: str | Path) -> tuple[int, str]:
    """Run the ``casebank`` command as its console script does, in this process."""
    monkeypatch.setattr(sys, "argv", ["casebank", *map(str, args)])
    with CliRunner().isolation() as (stdout, stderr, _):
        try:
            main()
        except SystemExit as exc:
            status = exc.code if isinstance(exc.code, int) else 1
        else:
            status = 0
    return status, stdout.getvalue().decode() + stderr.getvalue().decode()


def test_one_answer_with_isolates_does_not_stop_the_class(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    bank = tmp_path / "bank"
    new_bank(bank, "en")
    answers = tmp_path / "answers"
    answers.mkdir()
    (answers / "anna.txt").write_text("Selling online reaches customers.\n", encoding="utf-8")
    (answers / "ben.txt").write_text(WHOLE_ISOLATES + "\n", encoding="utf-8")
    (answers / "cleo.txt").write_text("Deals \ufdd0 on Instagram.\n", encoding="utf-8")
    pdfs = tmp_path / "pdfs"

    status, output = casebank(monkeypatch, "check", bank, "-q", QUESTION, "--pdf", pdfs, answers)

    assert status == 0, output
    assert "Traceback" not in output
    assert sorted(p.name for p in pdfs.iterdir()) == ["anna.pdf", "ben.pdf", "cleo.pdf"]


@pytest.mark.parametrize("name", sorted(IN_A_BANK))
def test_validate_warns_about_it_in_a_case_text(tmp_path: Path, name: str):
    bank = tmp_path / "bank"
    new_bank(bank, "en")
    case_md = bank / "cases" / "corner-bakery" / "case.md"
    lines = case_md.read_text(encoding="utf-8").split("\n")
    lines[4] += f" a {IN_A_BANK[name]}word"
    case_md.write_text("\n".join(lines), encoding="utf-8")

    report = validate(bank)

    assert report.ok
    warnings = [p for p in report.problems if p.severity is Severity.WARNING]
    found = [p for p in warnings if p.file == "cases/corner-bakery/case.md"]
    assert [p.line for p in found] == [5], [str(p) for p in report.problems]
    assert f"U+{ord(IN_A_BANK[name]):04X}" in found[0].message
    assert "PDF" in found[0].message


def test_validate_warns_about_an_isolate_written_as_an_escape_in_a_model_answer(tmp_path: Path):
    bank = tmp_path / "bank"
    new_bank(bank, "en")
    question = bank / "cases" / "corner-bakery" / "questions" / "channel.toml"
    text = question.read_text(encoding="utf-8")
    assert "Mara should start with Instagram." in text
    question.write_text(
        text.replace("should start", "should \\u2068start\\u2069", 1), encoding="utf-8"
    )

    report = validate(bank)

    assert report.ok
    found = [
        p
        for p in report.problems
        if p.severity is Severity.WARNING
        and p.file.endswith("channel.toml")
        and "U+2068" in p.message
    ]
    assert found and found[0].line == 7, [str(p) for p in report.problems]


def test_a_pdf_that_fails_for_one_answer_leaves_the_others_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    bank = tmp_path / "bank"
    new_bank(bank, "en")
    answers = tmp_path / "answers"
    answers.mkdir()
    for name in ("anna", "ben", "cleo"):
        (answers / f"{name}.txt").write_text(f"{name} sells online.\n", encoding="utf-8")
    real = document.render_pdf

    def render(answer: str, *args: Any, **kwargs: Any) -> bytes:
        if answer.startswith("ben"):
            raise AssertionError("FSI not allowed here")
        return real(answer, *args, **kwargs)

    monkeypatch.setattr(document, "render_pdf", render)
    pdfs = tmp_path / "pdfs"

    status, output = casebank(monkeypatch, "check", bank, "-q", QUESTION, "--pdf", pdfs, answers)

    assert status == 1
    assert sorted(p.name for p in pdfs.iterdir()) == ["anna.pdf", "cleo.pdf"]
    assert f"casebank: no PDF for {answers / 'ben.txt'}: a bug in Casewise" in output
