"""The PDF read back: header block, marked answer, rubric, sections, metadata and robustness."""

from __future__ import annotations

import dataclasses
import datetime
import os
import re
import subprocess
from pathlib import Path

import pytest

from casebank import __version__
from casebank.coverage import check
from casebank.errors import UserError
from casebank.pdf import ExportOptions, Section, export_pdf, render_pdf
from casebank.pdf.document import GUTTER, display_lines
from casebank.pdf.page import MARGIN, PAGE_WIDTH
from casebank.vocabulary import Mode, SelfAssessment, Status
from casebank.words import count_words
from tests.export.conftest import QUESTION, answer, info, needs, outline, pdftotext, squeeze, words

DATE = datetime.date(2025, 11, 23)
PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
NAMES = {"en": "Jo Student", "de": "Jana Müller", "fa": "سارا احمدی"}


def options(language: str, **changes: object) -> ExportOptions:
    base = {
        "student": NAMES[language],
        "date": DATE,
        "mode": Mode.PRACTICE,
        "seconds": 25 * 60,
        "self_assessment": {"visual-product": SelfAssessment.FULLY, "time": SelfAssessment.PARTLY},
        "include": frozenset(),
    }
    base.update(changes)
    return ExportOptions(**base)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def pdfs(starter, tmp_path_factory):
    """The three answers exported with the same options, as files."""
    folder = tmp_path_factory.mktemp("pdf")
    made = {}
    for language in ("en", "de", "fa"):
        bank = starter(language)
        question = bank.question(QUESTION)
        path = folder / f"{language}.pdf"
        export_pdf(path, answer(language), question, options=options(language), bank=bank)
        made[language] = path
    return made


def test_header_block(pdfs, starter):
    text = pdftotext(pdfs["en"])
    question = starter("en").question(QUESTION)
    words_written = count_words(answer("en"), "en")
    for expected in [
        "My case bank",
        "The corner bakery goes online",
        "Question",
        " ".join(question.prompt.split()),
        "Student",
        "Jo Student",
        "23 November 2025",
        "Practice",
        f"25 min (suggested {question.minutes} min)",
        f"{words_written} (limit {question.min_words}–{question.max_words})",
    ]:
        assert expected in " ".join(text.split()), expected


def test_german_header_and_umlauts(pdfs):
    text = " ".join(pdftotext(pdfs["de"]).split())
    for expected in ["Aufgabe", "Jana Müller", "23. November 2025", "Übung", "Bearbeitungszeit"]:
        assert expected in text
    assert "Diese Kundschaft kennt die Bäckerei aber schon – Maras" in text


def test_persian_text_layer_is_in_logical_order(pdfs):
    text = pdftotext(pdfs["fa"])
    flat = " ".join(text.split())
    # Persian words come back exactly, joiners (ZWNJ) included, in reading order.
    assert "آن‌ها مغازه را از قبل می‌شناسند" in flat
    assert "کیک محصولی دیداری است و عکس کیک‌ها مردم" in flat
    for label in ["پرسش", "نام", "سارا احمدی", "تاریخ", "آذر ۱۴۰۴", "تمرین", "جدول ارزیابی"]:
        assert label in flat, label
    # With Latin words, digits and punctuation, every word, letter and digit is in order.
    # (Lines that are only a margin tag, a Persian digit, are left out.)
    body = "".join(line for line in text.splitlines() if not re.fullmatch(r"[۰-۹]+", line))
    for paragraph in answer("fa").split("\n\n"):
        assert squeeze(paragraph) in squeeze(body), paragraph


def tag_beside(pdf: Path, evidence: str, tag: str, *, right: bool) -> bool:
    """Whether `tag` stands in the answer's margin on the line of the word `evidence`."""
    found = words(pdf)
    column_edge = PAGE_WIDTH - MARGIN - GUTTER if right else MARGIN + GUTTER
    # Words of a right-to-left line are listed with their letters in visual order.
    lines = [w for w in found if evidence in (w.text, w.text[::-1]) and w.top > 300]
    assert lines, f"{evidence!r} is not in the answer"
    for word in lines:
        for other in found:
            in_margin = other.left > column_edge if right else other.right < column_edge
            if (
                other.text == tag
                and other.page == word.page
                and in_margin
                and abs(other.middle - word.middle) < 4
            ):
                return True
    return False


@pytest.mark.parametrize(
    ("language", "evidence", "tags", "right"),
    [
        ("en", "Instagram,", ["1"], True),
        ("en", "hours", ["3"], True),
        ("en", "newsletter", ["2"], True),
        ("de", "Instagram", ["1"], True),
        ("fa", "اینستاگرام", ["۱"], False),
        ("fa", "مشتری", ["۲", "۳"], False),
    ],
)
def test_tags_stand_in_the_margin_beside_the_evidence(pdfs, language, evidence, tags, right):
    for tag in tags:
        assert tag_beside(pdfs[language], evidence, tag, right=right), (evidence, tag)


def test_legend_maps_tags_to_argument_titles(pdfs, starter):
    lines = pdftotext(pdfs["en"], "-layout").splitlines()
    for number, argument in enumerate(starter("en").question(QUESTION).arguments, 1):
        assert any(
            line.split()[:1] == [str(number)] and argument.title in line for line in lines
        ), argument.title


def test_rubric_table(pdfs, starter):
    question = starter("en").question(QUESTION)
    coverage = check(question, answer("en"))
    lines = [" ".join(line.split()) for line in pdftotext(pdfs["en"], "-layout").splitlines()]
    header = lines.index("Tag Key argument Marks Detected Self-assessment Agreement")
    lines = lines[header:]
    status_words = {Status.COVERED: "covered", Status.PARTLY: "partly", Status.MISSING: "missing"}
    expected_self = {"visual-product": "fully", "time": "partly"}
    for number, result in enumerate(coverage.arguments, 1):
        argument = result.argument
        row = next(line for line in lines if line.startswith(f"{number} {argument.title}"))
        assert f"{argument.marks:g} {status_words[result.status]}" in row
        self_word = expected_self.get(argument.id)
        if self_word is None:
            assert row.endswith("– –")
        else:
            agrees = (result.status, self_word) in {
                (Status.COVERED, "fully"),
                (Status.PARTLY, "partly"),
            }
            assert row.endswith(f"{self_word} {'agrees' if agrees else 'differs'}")
    total = next(line for line in lines if line.startswith("Total"))
    assert f"{sum(a.marks for a in question.arguments):g}" in total
    assert "of 2 agree" in total


def test_metadata(pdfs, starter):
    fields = info(pdfs["fa"])
    assert fields["Title"] == "پاسخ: نانوایی سر کوچه آنلاین می‌شود (corner-bakery/channel)"
    assert fields["Author"] == "سارا احمدی"
    assert fields["Subject"].startswith("آیا مارا باید وقتش را")
    assert fields["Creator"] == f"Casewise {__version__}"
    assert fields["Keywords"] == f"{starter('fa').id}, corner-bakery/channel"
    assert fields["CreationDate"].startswith("Sun Nov 23 00:00:00 2025")
    assert b"/Lang (fa)" in pdfs["fa"].read_bytes()
    assert b"/Lang (en)" in pdfs["en"].read_bytes()


def test_fonts_are_embedded(pdfs):
    for pdf in pdfs.values():
        result = subprocess.run(
            [needs("pdffonts"), str(pdf)], capture_output=True, check=True, text=True
        )
        fonts = result.stdout.splitlines()[2:]
        assert fonts
        assert all(line.split()[-5] == "yes" for line in fonts), result.stdout  # emb


def test_page_numbers_and_running_head(pdfs):
    pages = int(info(pdfs["en"])["Pages"])
    text = pdftotext(pdfs["en"])
    for page in range(1, pages + 1):
        assert f"Page {page} of {pages}" in text
    assert text.count("My case bank · The corner bakery goes online") == pages
    persian = str(int(info(pdfs["fa"])["Pages"])).translate(PERSIAN_DIGITS)
    assert squeeze(f"صفحهٔ ۱ از {persian}") in squeeze(pdftotext(pdfs["fa"]))


def test_bookmarks_for_sections(starter, tmp_path):
    bank = starter("en")
    question = bank.question(QUESTION)
    path = tmp_path / "all.pdf"
    everything = options("en", include=frozenset(Section))
    export_pdf(path, answer("en"), question, options=everything, bank=bank)
    titles = outline(path)
    assert titles[:6] == [
        "The corner bakery goes online",
        "Answer",
        "Rubric",
        "Feedback",
        "Model answer",
        "Appendix: the case",
    ]
    assert "Two options" in titles[6:], "the case's headings are bookmarked under the appendix"


def test_optional_sections(starter, tmp_path):
    bank = starter("en")
    question = bank.question(QUESTION)
    plain = tmp_path / "plain.pdf"
    export_pdf(plain, answer("en"), question, options=options("en"), bank=bank)
    text = pdftotext(plain)
    assert "Model answer" not in text and "Feedback" not in text
    full = tmp_path / "full.pdf"
    everything = options("en", include=frozenset(Section))
    export_pdf(full, answer("en"), question, options=everything, bank=bank)
    text = " ".join(pdftotext(full).split())
    for argument in question.arguments:
        assert " ".join(argument.found.split()) in text
    assert " ".join(question.model_answer.split()[:8]) in text
    assert "Reaches" in text and "people nearby who do not know the shop yet" in text


def test_same_inputs_give_the_same_bytes(starter):
    bank = starter("fa")
    question = bank.question(QUESTION)
    first = render_pdf(answer("fa"), question, options=options("fa"), bank=bank)
    second = render_pdf(answer("fa"), question, options=options("fa"), bank=bank)
    assert first == second
    later = render_pdf(
        answer("fa"), question, options=options("fa", date=datetime.date(2026, 1, 5)), bank=bank
    )
    assert later != first


def test_an_empty_answer_still_exports(starter, tmp_path):
    bank = starter("en")
    path = export_pdf(tmp_path / "empty.pdf", "", bank.question(QUESTION), bank=bank)
    text = pdftotext(path)
    assert "0 (limit" in text and "0 covered, 0 partly" in text


def test_a_long_answer_runs_over_pages_with_its_tags(starter, tmp_path):
    bank = starter("en")
    question = bank.question(QUESTION)
    # Each copy numbered, sentence by sentence: a sentence repeated word for word counts once.
    long_answer = "\n\n".join(
        re.sub(r"\.(\s|$)", rf" (part {n}).\1", answer("en")) for n in range(12)
    )
    path = export_pdf(
        tmp_path / "long.pdf", long_answer, question, options=options("en"), bank=bank
    )
    pages = int(info(path)["Pages"])
    assert pages >= 3
    tags_by_page = {
        w.page for w in words(path) if w.text == "1" and w.left > PAGE_WIDTH - MARGIN - GUTTER
    }
    assert set(range(2, pages)) <= tags_by_page


def test_exam_mode_and_no_name(starter, tmp_path):
    bank = starter("de")
    path = export_pdf(
        tmp_path / "exam.pdf",
        answer("de"),
        bank.question(QUESTION),
        options=ExportOptions(date=DATE, mode=Mode.EXAM),
        bank=bank,
    )
    text = pdftotext(path)
    assert "Prüfung" in text and "Name" not in text and "Bearbeitungszeit" not in text


def test_case_text_needs_the_bank(starter):
    question = starter("en").question(QUESTION)
    with pytest.raises(UserError, match="needs the bank"):
        render_pdf("text", question, options=ExportOptions(include=frozenset({Section.CASE})))


def test_coverage_of_another_question_is_refused(starter):
    question = starter("en").question(QUESTION)
    other = dataclasses.replace(question, id="other")
    with pytest.raises(UserError, match="coverage is of corner-bakery/other"):
        render_pdf(answer("en"), question, check(other, answer("en")))


def test_missing_folder_is_a_user_error(starter, tmp_path):
    question = starter("en").question(QUESTION)
    with pytest.raises(UserError, match="does not exist"):
        export_pdf(tmp_path / "no" / "answer.pdf", "text", question)
    assert list(tmp_path.iterdir()) == []


def test_a_folder_as_output_is_a_user_error(starter, tmp_path):
    question = starter("en").question(QUESTION)
    with pytest.raises(UserError, match="is a folder"):
        export_pdf(tmp_path, "text", question)


def test_full_disk_leaves_nothing_half_written(starter, tmp_path, monkeypatch):
    question = starter("en").question(QUESTION)
    target = tmp_path / "answer.pdf"
    target.write_bytes(b"the previous export")

    def no_space(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(UserError, match="No space left on device"):
        export_pdf(target, "text", question)
    assert target.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["answer.pdf"]


def test_hard_wrapped_lines_are_joined_but_line_breaks_are_kept():
    text = (
        "Mara should choose Instagram, because her cakes are a visual product and\n"
        "photos reach people nearby.\n"
        "A second line.\r\n"
        "\r\n"
        "- a list item that is long enough to look wrapped but is a list\n"
        "- another item\n"
    )
    shown = [None if span is None else text[span[0] : span[1]] for span in display_lines(text)]
    assert shown == [
        "Mara should choose Instagram, because her cakes are a visual product and\n"
        "photos reach people nearby.",
        "A second line.",
        None,
        "- a list item that is long enough to look wrapped but is a list",
        "- another item",
        None,
    ]
