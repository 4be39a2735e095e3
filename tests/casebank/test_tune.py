"""``casebank tune``: a rubric measured on answers a tutor marked, and what to change, proposed."""

from __future__ import annotations

import json
import shutil
import tomllib
from pathlib import Path

import pytest

from casebank.evaluation import COVERED
from casebank.judged import read_judged
from casebank.loader import load
from casebank.tuning import Change, tune
from casebank.validate import validate
from tests.casebank.test_cli import QUESTION, casebank
from tests.fixtures.hostile.guard import snapshot

ROOT = Path(__file__).resolve().parents[2]
MARKING = ROOT / "tests" / "fixtures" / "marking"


@pytest.fixture
def marking(tmp_path: Path) -> Path:
    """The marked class of tests/fixtures/marking: answers, the filled CSV, labelled answers."""
    folder = tmp_path / "class"
    shutil.copytree(MARKING, folder)
    return folder


def tuned(starter: Path, *inputs: Path, min_answers: int = 2):
    bank = load(starter)
    question = bank.question(QUESTION)
    judged = read_judged(list(inputs), bank, question)
    result = tune(
        question, bank.case(question.case_id).text, judged.answers, min_answers=min_answers
    )
    return judged, {a.argument.id: a for a in result.arguments}


def test_scores_misses_and_false_hits_per_argument(starter: Path, marking: Path) -> None:
    judged, arguments = tuned(starter, marking / "marks-excel-de.csv")
    assert len(judged.answers) == 5
    visual = arguments["visual-product"]
    before = visual.before
    assert (before.tp, before.fp, before.fn) == (1, 1, 2)
    assert visual.counts.confusion == {
        ("covered", "covered"): 1,
        ("covered", "partly"): 2,
        ("missing", "covered"): 1,
        ("missing", "partly"): 1,
    }
    ben, cleo = visual.misses
    assert cleo.answer == "answers/cleo.md"
    assert ben.answer == "answers/ben.md" and ben.verdict == "partly"
    assert ben.pointed_by == "likeness"
    assert any("snapshot of a cake" in s for s in ben.sentences), "the likeliest sentence"
    (unmet,) = ben.unmet
    assert (unmet.group, unmet.kind) == ("photos show the product", "lacks a part")
    (dan,) = visual.false_hits
    assert dan.answer == "answers/dan.md" and dan.label == "missing"
    assert {(f.group, f.term) for f in dan.fired} >= {
        ("photos show the product", "look"),
        ("photos show the product", "photo*"),
    }
    assert arguments["time"].before.f1 == 1.0 and not arguments["time"].misses


def test_terms_of_the_covered_answers_are_suggested_with_where_they_help(
    starter: Path, marking: Path
) -> None:
    _, arguments = tuned(starter, marking / "marks-excel-de.csv", marking / "labelled")
    visual = arguments["visual-product"]
    terms = {t.term: t for t in visual.terms}
    eyes = terms["eyes"]
    assert (eyes.covered, eyes.missing, eyes.case) == (3, 0, 0)
    assert eyes.change == Change(0, 0, "eyes")
    assert eyes.effect is not None and (eyes.effect.hits, eyes.effect.false_hits) == (4, 2)
    assert terms["people"].case == 1, "'people' stands in the case text"
    # 'look' fired only where the tutor said missing: a candidate to narrow.
    look = next(n for n in visual.narrowing if n.term == "look")
    assert (look.covered, look.other) == (0, 2)
    assert visual.proposal == (Change(0, 0, "eyes"), Change(0, 0, "look", add=False))
    assert round(visual.after.f1, 2) == 0.89
    (fay,) = [m for m in visual.misses if m.answer == "fay"]
    assert fay.pointed_by == "evidence"
    assert fay.sentences == (
        "Shoppers eat with their eyes first, and one snapshot of a strawberry cake does more "
        "than a page of text.",
    )


def test_a_change_one_answer_asks_for_is_only_proposed_when_asked(
    starter: Path, marking: Path
) -> None:
    # fay alone uses "eyes"; gus alone is a false hit through "look" or "cake".
    _, arguments = tuned(starter, marking / "labelled")
    assert arguments["visual-product"].proposal == ()
    _, arguments = tuned(starter, marking / "labelled", min_answers=1)
    assert arguments["visual-product"].proposal != ()


def test_the_snippet_pasted_in_place_of_its_group_gives_the_scores_it_promised(
    starter: Path, marking: Path, tmp_path: Path
) -> None:
    result = casebank(
        "tune",
        starter,
        "-q",
        QUESTION,
        "marks-excel-de.csv",
        "labelled",
        "--suggest-toml",
        tmp_path / "suggested.toml",
        cwd=marking,
    )
    assert "Wrote" in result.stderr
    snippet = (tmp_path / "suggested.toml").read_text(encoding="utf-8")
    (group,) = tomllib.loads(snippet)["arguments"]["cues"]
    assert group["label"] == "photos show the product"
    assert "eyes" in group["any"] and "look" not in group["any"]
    # A tutor replaces the group of the same label with the table, and nothing else.
    rubric = starter / "cases" / "corner-bakery" / "questions" / "channel.toml"
    text = rubric.read_text(encoding="utf-8")
    old = text[text.index('[[arguments.cues]]\nlabel = "photos show the product"') :]
    old = old[: old.index("\n\n")]
    table = snippet[snippet.index("\n[[arguments.cues]]\n") :].strip()
    rubric.write_text(text.replace(old, table), encoding="utf-8")
    assert validate(starter).ok
    _, arguments = tuned(starter, marking / "marks-excel-de.csv", marking / "labelled")
    assert round(arguments["visual-product"].before.f1, 2) == 0.89


def test_the_command_reports_and_changes_nothing(starter: Path, marking: Path) -> None:
    before = snapshot(starter)
    result = casebank(
        "tune", starter, "-q", QUESTION, "marks-excel-de.csv", "labelled", cwd=marking
    )
    assert snapshot(starter) == before, "tune never edits the bank"
    assert result.returncode == 1, "a cell of the CSV was left out"
    assert result.stderr.splitlines()[0] == (
        "casebank: marks-excel-de.csv:5:E: tutor:regulars = 'ja' is not a verdict; write "
        "covered, partly or missing (or c, p, m)"
    )
    out = result.stdout
    assert out.startswith("corner-bakery/channel: 7 answers marked by a tutor\n")
    assert "visual-product: Cakes are a visual product" in out
    assert "  precision 0.33, recall 0.25, F1 0.29 (1 hit, 2 false hits, 3 misses)" in out
    assert "    answers/ben.md: detected partly (no evidence given: the likeliest sentences)" in out
    assert "'photos show the product' unmet, lacks a part" in out
    assert "    gus: the tutor says missing" in out
    assert "  proposal (F1 0.29 -> 0.89 on these answers):" in out


def test_json_for_tools(starter: Path, marking: Path) -> None:
    result = casebank("tune", starter, "-q", QUESTION, "labelled", "--format", "json", cwd=marking)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["schema"] == "casebank.tune/1"
    assert report["answers"] == {"tutor": 2, "student": 0}
    visual = next(a for a in report["arguments"] if a["id"] == "visual-product")
    assert visual["confusion"]["covered"] == {"covered": 0, "partly": 1, "missing": 0}
    assert visual["misses"][0]["unmet"][0]["kind"] == "lacks a part"
    assert visual["false_hits"][0]["answer"] == "gus"


def test_labelled_answers_for_other_questions_are_left_out_and_counted(
    starter: Path, marking: Path
) -> None:
    other = marking / "labelled" / "other.md"
    other.write_text(
        '+++\nquestion = "org.example.starter:corner-bakery/elsewhere"\n[expect]\n+++\nText.\n',
        encoding="utf-8",
    )
    result = casebank("tune", starter, "-q", QUESTION, "labelled", cwd=marking)
    assert "left out 1 labelled answers for other questions or banks" in result.stderr
    assert "2 answers marked by a tutor" in result.stdout


def test_a_refused_input_writes_no_snippet(starter: Path, marking: Path) -> None:
    (marking / "labelled" / "broken.md").write_bytes(b"+++\n[expect]\n+++\ncaf\xe9\n")
    result = casebank(
        "tune", starter, "-q", QUESTION, "labelled", "--suggest-toml", "out.toml", cwd=marking
    )
    assert result.returncode == 1
    assert "broken.md" in result.stderr
    assert "out.toml not written: an input was refused" in result.stderr
    assert not (marking / "out.toml").exists()


def test_nothing_to_learn_from_is_a_clear_error(starter: Path, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = casebank("tune", starter, "-q", QUESTION, "empty", cwd=tmp_path)
    assert result.returncode == 1
    assert "empty holds no labelled answers" in result.stderr
    assert "no answers labelled for corner-bakery/channel to learn from" in result.stderr


def feedback_file(folder: Path, rubric: str, bank_id: str = "org.example.starter") -> Path:
    from casebank.feedback import Feedback, FeedbackAttempt, write_feedback

    def attempt(text: str, levels: dict[str, str]) -> FeedbackAttempt:
        return FeedbackAttempt(QUESTION, rubric, text, {"visual-product": "missing"}, levels)

    return write_feedback(
        folder / "jo",
        Feedback(
            bank_id,
            "0.1.0",
            (
                attempt(
                    "Shoppers eat with their eyes, and a snapshot of fresh tarts says more than "
                    "any words could.",
                    {"visual-product": "fully", "time": "none"},
                ),
                attempt(
                    "People eat with their eyes first, so one snapshot of a tart in the window is "
                    "worth a lot.",
                    {"visual-product": "fully"},
                ),
                attempt("I do not know what to say about this.", {"visual-product": "none"}),
            ),
        ),
    )


def test_students_self_assessments_are_weak_labels_counted_apart(
    starter: Path, marking: Path
) -> None:
    from casebank.fingerprint import rubric_hash

    rubric = rubric_hash(load(starter).question(QUESTION))
    judged, arguments = tuned(
        starter, marking / "marks-excel-de.csv", feedback_file(marking, rubric)
    )
    assert not judged.notes, "marked against this very rubric"
    visual = arguments["visual-product"]
    assert visual.counts.cells == 5, "the tutor's labels only"
    students = visual.students
    assert students.counts.confusion == {("covered", "missing"): 2, ("missing", "missing"): 1}
    assert [m.answer for m in students.unclaimed] == [
        "jo.casewise-feedback#1",
        "jo.casewise-feedback#2",
    ]
    first, second = students.unclaimed
    assert first.pointed_by == "start", "no sentence shares a word with the argument"
    assert first.sentences == (
        "Shoppers eat with their eyes, and a snapshot of fresh tarts says more than any words "
        "could.",
    )
    assert second.pointed_by == "likeness"
    words = {t.term for t in students.terms}
    assert {"eyes", "snapshot"} <= words
    assert visual.proposal == (Change(0, 0, "eyes"),), "weak labels never drive the proposal"


def test_the_command_reads_feedback_files_and_says_when_the_rubric_was_another(
    starter: Path, marking: Path
) -> None:
    feedback_file(marking, "0000000000000000")
    result = casebank("tune", starter, "-q", QUESTION, "jo.casewise-feedback", cwd=marking)
    assert result.returncode == 0, result.stderr
    assert (
        "jo.casewise-feedback: 3 of its attempts were checked against another version of the "
        "rubric; they are checked again against this one"
    ) in result.stderr
    out = result.stdout
    assert out.startswith("corner-bakery/channel: 0 answers marked by a tutor, 3 answers ")
    assert "  judged covered by the student, detected missing: 2" in out
    assert "their words the cues do not know (in answers): eat (2), eyes (2), snapshot (2), " in out


def test_a_hostile_feedback_file_is_refused_by_the_command_and_nothing_is_written(
    starter: Path, marking: Path
) -> None:
    from tests.fixtures.hostile.build import Entry, write_zip
    from tests.fixtures.hostile.guard import contents

    write_zip(marking / "evil.casewise-feedback", [Entry("../../evil.txt", b"x")])
    before = contents(marking.parent)
    result = casebank(
        "tune",
        starter,
        "-q",
        QUESTION,
        "marks-excel-de.csv",
        "evil.casewise-feedback",
        "--suggest-toml",
        "out.toml",
        cwd=marking,
    )
    assert result.returncode == 1
    assert "evil.casewise-feedback: the entry '../../evil.txt' is refused" in result.stderr
    assert "out.toml not written" in result.stderr
    assert contents(marking.parent) == before


def test_labelled_answers_beside_a_bank_are_read_for_its_questions(tmp_path: Path) -> None:
    from casebank.evaluation import by_argument
    from casebank.judged import labelled_beside, samples_of
    from casebank.starter import new_bank

    new_bank(tmp_path / "my-bank", "en")
    bank = load(tmp_path / "my-bank")
    question = bank.question(QUESTION)
    assert labelled_beside(tmp_path / "my-bank", bank).answers == (), "no labelled/ folder"
    labelled = tmp_path / "labelled"
    shutil.copytree(MARKING / "labelled", labelled)
    for path in labelled.iterdir():  # beside a bank, each names its question
        text = path.read_text(encoding="utf-8")
        key = f'question = "{bank.id}:{QUESTION}"\n'
        path.write_text(text.replace("+++\n", "+++\n" + key, 1), encoding="utf-8")
    (labelled / "neighbour.md").write_text(
        '+++\nquestion = "org.example.other:x/y"\n[expect]\n+++\nText.\n', encoding="utf-8"
    )
    judged = labelled_beside(tmp_path / "my-bank", bank)
    assert sorted(a.id for a in judged.answers) == ["fay", "gus"]
    assert judged.elsewhere == 1 and not judged.refused
    counts = by_argument(question, judged.answers)
    visual = counts["visual-product"].scores(COVERED)
    assert (visual.tp, visual.fp, visual.fn) == (0, 1, 1)
    samples = by_argument(question, samples_of(bank, question))
    assert samples["visual-product"].confusion == {("covered", "covered"): 1}
