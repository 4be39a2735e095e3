"""The class summary PDF: per-argument tallies, copying, and its text in English and Persian."""

from __future__ import annotations

import datetime
import subprocess
from pathlib import Path

import pytest

from casebank.classreport import class_csv, mark_class
from casebank.loader import load
from casebank.pdf.summary import export_answers, render_summary

BANKS = Path(__file__).resolve().parents[2] / "resources" / "banks"
DAY = datetime.date(2026, 3, 2)


def report_for(bank_name: str, question_key: str):
    bank = load(BANKS / bank_name)
    question = bank.question(question_key)
    case = bank.case(question.case_id)
    samples = [(f"{s.name}.md", s.text) for s in case.samples if s.question_id == question.id]
    samples.append(("copier.md", "Here goes.\n\n" + question.model_answer[:700]))
    return mark_class(bank, question, samples)


def pdf_text(data: bytes, tmp_path: Path) -> str:
    (tmp_path / "s.pdf").write_bytes(data)
    return subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "s.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def test_tallies_count_every_answer_per_argument():
    report = report_for("brands-social-media", "amazon-international/platform-roles")
    for tally in report.tallies():
        assert tally.answers == len(report.answers)
    (copier,) = [a for a in report.copying() if a.name == "copier.md"]
    assert copier.flagged
    assert "copier.md" in class_csv(report)


def test_the_english_summary_lists_arguments_and_the_copier(tmp_path: Path):
    report = report_for("brands-social-media", "amazon-international/platform-roles")
    data = render_summary(report, DAY)
    assert data == render_summary(report, DAY)  # reproducible
    text = pdf_text(data, tmp_path)
    assert "Class summary" in text
    assert "Facebook spreads offers through friends" in text
    assert "copier.md" in text and "from the model answer" in text


def test_the_persian_summary_is_in_persian(tmp_path: Path):
    report = report_for("fa-social-media", "instagram-child-safety/platform-responsibility")
    text = pdf_text(render_summary(report, DAY), tmp_path)
    assert "گزارش کلاس" in text
    assert "پاسخ نمونه" in text


def test_answer_pdfs_get_distinct_names(tmp_path: Path):
    bank = load(BANKS / "brands-social-media")
    question = bank.question("amazon-international/platform-roles")
    report = mark_class(
        bank, question, [("anna.md", "One."), ("anna.txt", "Two."), ("b/c.md", "x")]
    )
    written = export_answers(report, tmp_path / "out", DAY)
    assert [p.name for p in written] == ["anna-md.pdf", "anna-txt.pdf", "c.pdf"]


def test_a_missing_parent_folder_is_a_user_error(tmp_path: Path):
    from casebank.errors import UserError

    report = report_for("brands-social-media", "amazon-international/platform-roles")
    with pytest.raises(UserError, match="cannot make the folder"):
        export_answers(report, tmp_path / "no" / "such")


def test_with_the_tutor_s_verdicts_the_summary_says_where_tutor_and_detector_agree(
    tmp_path: Path,
):
    report = report_for("brands-social-media", "amazon-international/platform-roles")
    first = report.question.arguments[0]
    verdicts = {a.name: a.coverage.arguments[0].status.value for a in report.answers}
    marked = dict.fromkeys(verdicts, "covered")  # the tutor saw the argument everywhere
    report = report.with_tutor({name: {first.id: label} for name, label in marked.items()})
    (agreement, *others) = report.agreement()
    assert agreement.argument == first and not others, "only arguments the tutor marked"
    assert agreement.marked == len(report.answers)
    assert agreement.agreed == sum(v == "covered" for v in verdicts.values())
    assert agreement.missed == agreement.marked - agreement.agreed
    assert agreement.false_hits == 0
    text = pdf_text(render_summary(report, DAY), tmp_path)
    assert "Where you and the detector agree" in text
    assert f"{agreement.agreed} of {agreement.marked}" in text
    plain = pdf_text(render_summary(report.with_tutor({}), DAY), tmp_path)
    assert "Where you and the detector agree" not in plain


def test_the_german_agreement_is_in_german(tmp_path: Path):
    report = report_for("amazon-botschafter", "fc-botschafter/glaubwuerdigkeit")
    first = report.question.arguments[0].id
    report = report.with_tutor({a.name: {first: "missing"} for a in report.answers})
    text = pdf_text(render_summary(report, DAY), tmp_path)
    assert "Wo Sie und die Erkennung übereinstimmen" in text
