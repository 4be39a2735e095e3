"""Importing H5P Essay, Moodle XML and QTI 3 files: banks that validate, meaning kept, reports."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from casebank.coverage import check
from casebank.errors import UserError
from casebank.interop import Format, detect, import_files
from casebank.loader import load
from casebank.model import Bank, Question
from casebank.validate import validate
from casebank.vocabulary import Status
from tests.casebank.interop.conftest import FIXTURES


def only_question(bank: Bank) -> Question:
    questions = bank.questions()
    assert len(questions) == 1
    return questions[0]


def terms(question: Question, argument_id: str) -> list[str]:
    return [t for cue in question.argument(argument_id).cues for t in cue.any]


def status(question: Question, argument_id: str, answer: str) -> Status:
    index = [a.id for a in question.arguments].index(argument_id)
    return check(question, answer).arguments[index].status


# -- H5P ---------------------------------------------------------------------------------------


def test_h5p_package_becomes_a_bank_that_validates(essay_h5p: Path, tmp_path: Path) -> None:
    out = tmp_path / "bank"
    report = import_files([essay_h5p], out)
    assert validate(out).ok
    question = only_question(load(out))
    assert [a.id for a in question.arguments] == ["costs", "customers", "competit", "subscriptions"]
    assert question.prompt.startswith("A small coffee roaster wants to sell a **monthly")
    assert "The roaster should begin with its unit costs" in question.model_answer
    bank = load(out)
    assert bank.manifest.authors == ("Casewise test suite",)
    assert bank.manifest.license == "CC-BY-SA-4.0"  # H5P's code and version, as SPDX
    # The report lands in the bank folder and says what did not make it.
    written = (out / "import-report.md").read_text(encoding="utf-8")
    assert written == report.markdown()
    for lost in ("/compet(e|ition)/", "'\\*price\\*'", "overall feedback", "character limits",
                 "percentagePassing", "images and media"):  # fmt: skip
        assert lost in written


def test_h5p_points_occurrences_and_feedback(essay_h5p: Path, tmp_path: Path) -> None:
    import_files([essay_h5p], tmp_path / "bank")
    question = only_question(load(tmp_path / "bank"))
    costs = question.argument("costs")
    assert costs.marks == 2
    assert costs.found == "You started from the costs."
    assert costs.missing == "Say what the box costs to make and send."
    # 1 point for each of up to 2 occurrences: the most H5P could award.
    assert question.argument("customers").marks == 2
    assert question.marks == 6


def test_h5p_case_sensitivity_is_kept(essay_h5p: Path, tmp_path: Path) -> None:
    import_files([essay_h5p], tmp_path / "bank")
    question = only_question(load(tmp_path / "bank"))
    assert terms(question, "customers") == ["==Customers", "==willing to pay"]
    assert terms(question, "costs") == ["=costs", "=cost", "=expenses"]
    said = "The roaster should ask what its Customers think about the price of a box."
    assert status(question, "customers", said) is Status.COVERED
    lower = said.replace("Customers", "customers")
    assert status(question, "customers", lower) is Status.MISSING


def test_h5p_exact_terms_do_not_inflect(essay_h5p: Path, tmp_path: Path) -> None:
    import_files([essay_h5p], tmp_path / "bank")
    question = only_question(load(tmp_path / "bank"))
    # H5P matches the written form: "costing" is not "cost".
    assert status(question, "costs", "The shop is costing each box before it sets a price.") is (
        Status.MISSING
    )
    assert status(question, "costs", "The shop adds up every COST before it sets a price.") is (
        Status.COVERED
    )


def test_h5p_wildcards_become_prefixes_or_are_reported(essay_h5p: Path, tmp_path: Path) -> None:
    report = import_files([essay_h5p], tmp_path / "bank")
    question = only_question(load(tmp_path / "bank"))
    assert terms(question, "competit") == ["competit*", "rival*"]
    said = "A roaster has to watch what its competitors charge for a similar box."
    assert status(question, "competit", said) is Status.COVERED
    assert any("ASCII letters only" in n.why for n in report.notes)


def test_h5p_forgiving_keyword_becomes_a_plain_term(essay_h5p: Path, tmp_path: Path) -> None:
    report = import_files([essay_h5p], tmp_path / "bank")
    question = only_question(load(tmp_path / "bank"))
    assert terms(question, "subscriptions") == ["subscriptions"]
    said = "The roaster compares what other subscribtions cost per month with its own box."
    assert status(question, "subscriptions", said) is Status.COVERED
    assert any("forgive minor mistakes" in n.what and "ignore case" in n.why for n in report.notes)


def test_h5p_essay_nested_in_a_column(column_h5p: Path, tmp_path: Path) -> None:
    report = import_files([column_h5p], tmp_path / "bank")
    question = only_question(load(tmp_path / "bank"))
    # "override case sensitive: off" makes every keyword case-insensitive.
    assert terms(question, "lease") == ["=lease", "=rent"]
    assert terms(question, "demand") == ["=demand"]
    assert "Read the case before you answer." in load(tmp_path / "bank").cases[0].text
    assert any("text block" in n.what for n in report.notes)


def test_h5p_essay_in_a_column_in_a_container(tmp_path: Path) -> None:
    column = json.loads(
        (FIXTURES / "h5p" / "column-package" / "content" / "content.json").read_text()
    )
    slides = {"presentation": {"slides": [{"elements": [{"action": {
        "library": "H5P.Column 1.16", "params": column}}]}]}}  # fmt: skip
    source = tmp_path / "content.json"
    source.write_text(json.dumps(slides), encoding="utf-8")
    report = import_files([source], tmp_path / "bank")
    assert [a.id for a in only_question(load(tmp_path / "bank")).arguments] == ["lease", "demand"]
    assert not any("H5P.Column" in n.what for n in report.notes)


def test_bare_content_json(tmp_path: Path) -> None:
    source = FIXTURES / "h5p" / "essay-package" / "content" / "content.json"
    assert detect(source) is Format.H5P_CONTENT
    import_files([source], tmp_path / "bank")
    assert len(only_question(load(tmp_path / "bank")).arguments) == 4


# -- Moodle ------------------------------------------------------------------------------------


def test_moodle_core_fixtures(tmp_path: Path) -> None:
    sources = [
        FIXTURES / "moodle" / "testquestion.moodle.xml",
        FIXTURES / "moodle" / "nested_categories_with_questions.xml",
    ]
    report = import_files(sources, tmp_path / "bank")
    bank = load(tmp_path / "bank")
    assert [c.title for c in bank.cases] == ["Default for C1", "Kappa"]
    essay, kappa = bank.questions()
    assert essay.prompt == "Write an essay with 500 words."
    assert essay.model_answer == "This is general feedback"
    # No grader information: one self-assessed argument, reported.
    assert [a.self_assessed_only for a in essay.arguments] == [True]
    assert kappa.prompt == "Testing Kappa Essay Question"
    assert any("4 question(s) of type 'truefalse'" in n.what for n in report.notes)


def test_moodle_essayautograde_target_phrases(tmp_path: Path) -> None:
    source = FIXTURES / "moodle" / "essayautograde-phrases.xml"
    report = import_files([source], tmp_path / "bank")
    question = only_question(load(tmp_path / "bank"))
    ids = [a.id for a in question.arguments]
    assert ids[:4] == ["data-or-information-shopping-habits", "margin-and-discount", "gdpr",
                       "first-then"]  # fmt: skip
    # OR and commas are alternatives; partial-word matching is a prefix.
    assert terms(question, "data-or-information-shopping-habits") == [
        "data*",
        "information*",
        "shopping habits*",
    ]
    # AND is a gap: co-occurrence within a paragraph; a full match is an exact term.
    (cue,) = question.argument("margin-and-discount").cues
    assert cue.any == ("=margin",) and cue.with_ == (("=discount",),)
    assert cue.scope.value == "paragraph"
    # casesensitive="1" is kept.
    assert terms(question, "gdpr") == ["==GDPR"]
    # '*' between words is a gap too, as the plugin's help describes it.
    (gap,) = question.argument("first-then").cues
    assert gap.any == ("first*",) or gap.any == ("first",)
    # Percentages of the grade become marks; grader information self-assessed arguments.
    assert question.argument("data-or-information-shopping-habits").marks == 2
    assert question.argument("gdpr").marks == 1
    assert question.marks == 10
    graded = [a for a in question.arguments if a.self_assessed_only]
    assert [a.title for a in graded] == ["Weighs the value of shopping data",
                                         "Names the cost of discounts"]  # fmt: skip
    assert question.max_words == 400
    assert "Gains:" in question.prompt  # the response template
    lost = " ".join(n.what for n in report.notes)
    assert "attachments (up to 2 files)" in lost
    assert "grade bands" in lost
    assert "multichoice" in lost


# -- QTI ---------------------------------------------------------------------------------------


def test_qti_item_with_rubric_blocks(tmp_path: Path) -> None:
    source = FIXTURES / "qti" / "extended-text-rubric.xml"
    assert detect(source) is Format.QTI_ITEM
    report = import_files([source], tmp_path / "bank")
    bank = load(tmp_path / "bank")
    question = only_question(bank)
    assert question.prompt.startswith("Recommend a pricing policy for the ferry")
    assert "Write about 300 words." in question.prompt  # the candidate's rubric block
    assert "In summer its boats are full" in bank.cases[0].text
    assert [a.title for a in question.arguments] == [
        "Proposes seasonal or peak pricing",
        "Explains the fixed costs of sailing a half-empty boat",
        "Considers how regular passengers react",
    ]
    assert all(a.self_assessed_only for a in question.arguments)
    assert [a.marks for a in question.arguments] == [2, 2, 2]
    assert question.marks == 6
    verdicts = check(question, "Any answer at all.").arguments
    assert {v.status for v in verdicts} == {Status.SELF_ASSESSED}
    assert any("expected-length" in n.what for n in report.notes)


def test_qti_conformance_item_without_a_rubric(tmp_path: Path) -> None:
    # A real item from 1EdTech's QTI 3 conformance set: a prompt and no rubric at all.
    source = FIXTURES / "qti" / "conformance-extended-text.xml"
    assert detect(source) is Format.QTI_ITEM
    report = import_files([source], tmp_path / "bank")
    assert validate(tmp_path / "bank").ok
    bank = load(tmp_path / "bank")
    question = only_question(bank)
    assert question.prompt == "Write your own Haiku."
    assert "5 syllables" in bank.cases[0].text
    [argument] = question.arguments
    assert argument.self_assessed_only
    assert any("no rubric block" in n.what for n in report.notes)
    assert any("expected-length" in n.what for n in report.notes)


def test_qti_package(qti_package: Path, tmp_path: Path) -> None:
    assert detect(qti_package) is Format.QTI_PACKAGE
    import_files([qti_package], tmp_path / "bank")
    assert len(only_question(load(tmp_path / "bank")).arguments) == 3


# -- one command for all -----------------------------------------------------------------------


def test_format_is_recognised_from_the_content(tmp_path: Path, essay_h5p: Path) -> None:
    moodle = tmp_path / "export.dat"
    shutil.copy(FIXTURES / "moodle" / "testquestion.moodle.xml", moodle)
    renamed = tmp_path / "essay.zip"
    shutil.copy(essay_h5p, renamed)
    assert detect(moodle) is Format.MOODLE
    assert detect(renamed) is Format.H5P
    import_files([moodle, renamed], tmp_path / "bank")
    assert len(load(tmp_path / "bank").cases) == 2


def test_unknown_format_is_refused(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("just some notes", encoding="utf-8")
    with pytest.raises(UserError, match="not a format casebank can import"):
        import_files([notes], tmp_path / "bank")
    assert not (tmp_path / "bank").exists()


def test_existing_output_is_never_overwritten(essay_h5p: Path, tmp_path: Path) -> None:
    out = tmp_path / "bank"
    out.mkdir()
    (out / "keep.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(UserError, match="already exists"):
        import_files([essay_h5p], out)
    assert (out / "keep.txt").read_text(encoding="utf-8") == "mine"


def test_a_qti_holistic_scale_is_one_self_assessed_argument(tmp_path: Path) -> None:
    """Issue 15, point 6: a 5-to-0-point scale became six arguments worth 15 marks against the
    question's 5, the model answer was made of the level descriptors, and the prompt was the
    generic "Write your response below" with the real task moved into the case text."""
    report = import_files([FIXTURES / "qti" / "holistic-scale.xml"], tmp_path / "bank")
    checked = validate(tmp_path / "bank")
    assert checked.ok and not checked.problems  # no "marks add up to 15" warning
    bank = load(tmp_path / "bank")
    question = only_question(bank)
    assert question.prompt.startswith("Assess whether Mara may send the newsletter")
    assert "Write your response below" not in question.prompt
    assert "Assess whether" not in bank.cases[0].text
    assert "collected the e-mail addresses of 400 customers" in bank.cases[0].text
    (argument,) = question.arguments
    assert argument.self_assessed_only
    assert argument.marks == question.marks == 5
    levels = [line for line in argument.guidance.splitlines() if line.startswith("- ")]
    assert [line.split(":")[0] for line in levels] == [
        "- 5 points", "- 4 points", "- 3 points", "- 2 points", "- 1 point", "- 0 points",
    ]  # fmt: skip
    assert "4 points" not in question.model_answer and "0 points" not in question.model_answer
    whats = [n.what for n in report.notes]
    assert "the rubric block is a holistic scale of 6 levels (5 to 0 points)" in whats
    assert any(w.startswith("the prompt 'Write your response below.'") for w in whats)


def test_points_that_add_up_are_still_arguments_of_their_own(tmp_path: Path) -> None:
    import_files([FIXTURES / "qti" / "extended-text-rubric.xml"], tmp_path / "bank")
    question = only_question(load(tmp_path / "bank"))
    assert [a.marks for a in question.arguments] == [2, 2, 2]
    assert question.prompt.startswith("Recommend a pricing policy")
