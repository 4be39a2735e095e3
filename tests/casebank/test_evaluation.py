"""Measuring detection: labelled answers, the scores, and the H5P-style keyword baseline."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casebank.errors import UserError
from casebank.evaluation import (
    COVERED,
    COVERED_OR_PARTLY,
    Counts,
    Labelled,
    difference,
    evaluate,
    interval,
    read_labelled,
)
from casebank.keywords import _within, alternatives, found
from casebank.model import Argument, Cue, Question

ROOT = Path(__file__).resolve().parents[2]


def question() -> Question:
    offers = Argument(
        "offers",
        "Offers",
        2,
        "",
        "",
        "",
        "",
        (Cue(("facebook",), (("promot*", "=deal"),)), Cue(("social proof",))),
        2,
        1,
    )
    news = Argument("news", "News", 2, "", "", "", "", (Cue(("newsworthy",)),), 1, 1)
    judged = Argument("judged", "Judged", 2, "", "", "", "")
    return Question("q", "c", "Why?", 6, "", (offers, news, judged), "en")


def test_counts_give_precision_recall_and_f1() -> None:
    counts = Counts()
    for label, verdict in [
        ("covered", "covered"),
        ("covered", "partly"),
        ("partly", "covered"),
        ("missing", "missing"),
        ("missing", "partly"),
    ]:
        counts.add(label, verdict)
    covered = counts.scores(COVERED)
    assert (covered.tp, covered.fp, covered.fn) == (1, 1, 1)
    assert covered.precision == covered.recall == covered.f1 == 0.5
    either = counts.scores(COVERED_OR_PARTLY)
    assert (either.tp, either.fp, either.fn) == (3, 1, 0)
    assert either.recall == 1.0 and either.precision == 0.75


def test_nothing_said_scores_zero_not_a_division_error() -> None:
    counts = Counts()
    counts.add("missing", "missing")
    assert counts.scores(COVERED).f1 == 0.0


def test_keyword_alternatives_are_every_term_of_every_group() -> None:
    offers = question().arguments[0]
    assert alternatives(offers) == ("facebook", "promot*", "deal", "social proof")


def test_keywords_match_written_forms_wildcards_and_forgive_small_mistakes() -> None:
    q = question()
    assert found(q, "A promotional post.")["offers"] is not None  # promot* -> promot[A-z]*
    assert found(q, "Social  proof works.")["offers"] is not None  # a phrase across spaces
    assert found(q, "They were newsworthy.")["news"] is not None
    # "newsworthy" has 10 letters: H5P forgives two mistakes, not three.
    assert found(q, "It was nwsworty.")["news"] is not None
    assert found(q, "It was nwswrty.")["news"] is None
    assert found(q, "Deals!")["offers"] is not None  # "deal" forgives the plural's s
    assert found(q, "Ideally.")["offers"] is None  # whole words only: not inside "ideally"
    assert "judged" not in found(q, "anything"), "no cues, nothing to find"


def _distance(a: str, b: str) -> int:
    """Levenshtein distance worked out in full: what the banded check must agree with."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


_LETTERS = "abcdefgh "


@st.composite
def _near_pairs(draw: st.DrawFn) -> tuple[str, str]:
    """A word, and the word after zero to three random edits: pairs on both sides of a limit."""
    a = draw(st.text(_LETTERS, max_size=12))
    b = list(a)
    for _ in range(draw(st.integers(0, 3))):
        kind = draw(st.sampled_from(("insert", "delete", "replace")))
        at = draw(st.integers(0, len(b)))
        letter = draw(st.sampled_from(_LETTERS))
        if kind == "insert":
            b.insert(at, letter)
        elif b and at < len(b):
            if kind == "delete":
                del b[at]
            else:
                b[at] = letter
    return (a, "".join(b)) if draw(st.booleans()) else ("".join(b), a)


@given(_near_pairs(), st.integers(0, 2))
def test_the_keyword_baseline_forgives_exactly_the_mistakes_h5p_does(
    pair: tuple[str, str], limit: int
) -> None:
    a, b = pair
    assert _within(a, b, limit) is (_distance(a, b) <= limit)


def _twenty_answers(tmp_path: Path) -> list[Labelled]:
    """Twenty labelled copies of one answer: what the keyword baseline calls covered each time."""
    text = "On Facebook, Amazon promotes its deals to many fans every single week of the year."
    return [
        read_labelled(
            write(
                tmp_path / f"a{n}.md",
                f'+++\nquestion = "b:c/q"\n[expect]\noffers = "{label}"\n+++\n{text}\n',
            )
        )
        for n, label in enumerate(["partly", "covered", "covered", "missing"] * 5)
    ]


def test_an_interval_is_wide_on_few_passages_and_holds_the_figure(tmp_path: Path) -> None:
    answers = _twenty_answers(tmp_path)
    keyword = evaluate(answers, {"b:c/q": question()})["keyword"]
    f1 = keyword.total().scores(COVERED).f1
    low, high = interval(answers, keyword)
    assert low <= f1 <= high and 0 < high - low < 1
    assert interval(answers, keyword) == (low, high), "the same seed, the same interval"
    assert interval(answers[:4], keyword)[1] - interval(answers[:4], keyword)[0] > high - low


def test_a_paired_difference_cancels_what_the_passages_share(tmp_path: Path) -> None:
    answers = _twenty_answers(tmp_path)
    results = evaluate(answers, {"b:c/q": question()})
    engine, keyword = results["casewise"], results["keyword"]
    assert difference(answers, keyword, keyword) == (0.0, 0.0), "a detector against itself"
    gap = engine.total().scores(COVERED).f1 - keyword.total().scores(COVERED).f1
    low, high = difference(answers, engine, keyword)
    assert low <= gap <= high
    assert difference(answers, keyword, engine) == (-high, -low)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_labelled_answer_is_read_with_its_labels_and_evidence(tmp_path: Path) -> None:
    path = write(
        tmp_path / "en-001.md",
        '+++\nid = "en-001"\nquestion = "b:c/q"\nurl = "https://example.org"\n'
        '[expect]\noffers = "covered"\nnews = "missing"\n[evidence]\noffers = "Facebook"\n+++\n'
        "Facebook promotes deals.\n",
    )
    labelled = read_labelled(path)
    assert labelled.question == "b:c/q"
    assert labelled.expect == {"offers": "covered", "news": "missing"}
    assert labelled.evidence == {"offers": "Facebook"}
    assert labelled.text == "Facebook promotes deals."


@pytest.mark.parametrize(
    ("front", "message"),
    [
        ('id = "x"', "'question' must name"),
        ('question = "b:c/q"\n[expect]\noffers = "yes"', "is not one of"),
        ('question = "b:c/q"\nexpect = 3', "must be a table"),
        ("question = ", "not valid TOML"),
    ],
)
def test_a_badly_labelled_answer_is_refused_with_the_reason(
    tmp_path: Path, front: str, message: str
) -> None:
    path = write(tmp_path / "bad.md", f"+++\n{front}\n+++\ntext\n")
    with pytest.raises(UserError, match=message):
        read_labelled(path)


def test_evaluate_counts_each_detector_per_argument(tmp_path: Path) -> None:
    text = "On Facebook, Amazon promotes its deals to many fans every single week of the year."
    path = write(
        tmp_path / "a.md",
        f'+++\nquestion = "b:c/q"\n[expect]\noffers = "partly"\nnews = "missing"\n'
        f'judged = "covered"\n+++\n{text}\n',
    )
    results = evaluate([read_labelled(path)], {"b:c/q": question()})
    engine, keyword = results["casewise"], results["keyword"]
    assert engine.verdicts[("a", "offers")] == "partly"
    assert keyword.verdicts[("a", "offers")] == "covered"
    assert ("a", "judged") not in engine.verdicts, "self-assessed arguments are not measured"
    assert engine.total().scores(COVERED_OR_PARTLY).tp == 1
    assert keyword.total().scores(COVERED).fp == 1


def test_an_unknown_question_is_a_clear_error(tmp_path: Path) -> None:
    path = write(tmp_path / "a.md", '+++\nquestion = "b:c/none"\n[expect]\n+++\ntext\n')
    with pytest.raises(UserError, match="no question 'b:c/none'"):
        evaluate([read_labelled(path)], {"b:c/q": question()})


def test_make_eval_runs_on_the_fixture_corpus(tmp_path: Path) -> None:
    fixture = ROOT / "tests" / "fixtures" / "eval"
    out = tmp_path / "results.json"
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "eval" / "run.py"),
            "--corpus",
            str(fixture / "passages"),
            "--split-file",
            str(fixture / "split.toml"),
            "--json",
            str(out),
            "--arguments",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "all (micro)" in result.stdout
    report = json.loads(out.read_text(encoding="utf-8"))
    assert set(report["languages"]) == {"en", "de", "fa"}
    for language in report["languages"].values():
        micro = language["casewise"]["micro"]
        assert micro["cells"] > 0
        assert 0.0 <= micro["covered"]["f1"] <= 1.0
        assert set(language) >= {"casewise", "keyword", "keyword-any", "passages"}


def test_a_labelled_answer_may_leave_the_question_to_the_caller(tmp_path: Path) -> None:
    path = write(tmp_path / "anna.md", '+++\n[expect]\noffers = "covered"\n+++\nFacebook deals.\n')
    labelled = read_labelled(path, question="b:c/q")
    assert labelled.question == "b:c/q"
    assert labelled.expect == {"offers": "covered"}
    named = write(tmp_path / "ben.md", '+++\nquestion = "b:c/other"\n[expect]\n+++\ntext\n')
    assert read_labelled(named, question="b:c/q").question == "b:c/other", "the file's own wins"
    with pytest.raises(UserError, match="'question' must name"):
        read_labelled(path)


def test_make_eval_can_measure_one_question(starter: Path, tmp_path: Path) -> None:
    """eval/run.py on a corpus of two questions, asked for one: only that one is measured."""
    banks = tmp_path / "banks"
    banks.mkdir()
    starter.rename(banks / "starter")
    other = banks / "starter" / "cases" / "corner-bakery" / "questions"
    (other / "again.toml").write_text((other / "channel.toml").read_text(), encoding="utf-8")
    corpus = tmp_path / "corpus"
    labels = '[expect]\nvisual-product = "covered"\nregulars = "missing"\ntime = "missing"\n'
    text = "Instagram is better because people can see pictures of the cakes and buy them.\n"
    for name, key in (("en-001", "channel"), ("en-002", "again")):
        front = f'question = "org.example.starter:corner-bakery/{key}"\n{labels}'
        write(corpus / "en" / f"{name}.md", f"+++\n{front}+++\n{text}")
    split = write(tmp_path / "split.toml", '[en]\ntune = []\ntest = ["en-001", "en-002"]\n')
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "eval" / "run.py"),
            *("--banks", banks, "--corpus", corpus, "--split-file", split),
            *("--json", tmp_path / "out.json", "--question", "corner-bakery/again"),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "en: 1 passages, test half" in result.stdout
    assert "corner-bakery/again" in result.stdout
    assert "corner-bakery/channel" not in result.stdout
    report = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert report["languages"]["en"]["passages"] == ["en-002"]


def _eval_copy(tmp_path: Path) -> Path:
    """A copy of eval/split.py beside a small corpus of its own: the script works on its folder."""
    folder = tmp_path / "eval"
    (folder / "passages" / "en").mkdir(parents=True)
    (folder / "split.py").write_text(
        (ROOT / "eval" / "split.py").read_text(encoding="utf-8"), encoding="utf-8"
    )
    return folder


def _passage(folder: Path, passage: str, question: str) -> None:
    text = f'+++\nid = "{passage}"\nquestion = "b:{question}"\n+++\nSome words.\n'
    write(folder / "passages" / "en" / f"{passage}.md", text)


def _split(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    script = str(folder / "split.py")
    return subprocess.run([sys.executable, script, *args], capture_output=True, text=True)


def test_a_later_batch_is_dealt_once_and_leaves_the_split_passages_where_they_are(
    tmp_path: Path,
) -> None:
    folder = _eval_copy(tmp_path)
    for n in range(1, 7):
        _passage(folder, f"en-{n:03}", "c/one" if n % 2 else "c/two")
    assert _split(folder).returncode == 0
    first = tomllib.loads((folder / "split.toml").read_text(encoding="utf-8"))["en"]
    assert _split(folder).returncode == 1, "the first split is made once"

    for n in range(7, 11):
        _passage(folder, f"en-{n:03}", "c/one" if n % 2 else "c/two")
    assert _split(folder, "--add", "1").returncode == 2, "batch 1 is the first split"
    assert _split(folder, "--add", "2").returncode == 0
    text = (folder / "split.toml").read_text(encoding="utf-8")
    after = tomllib.loads(text)["en"]
    assert set(first["tune"]) <= set(after["tune"])
    assert set(first["test"]) <= set(after["test"])
    new = {f"en-{n:03}" for n in range(7, 11)}
    assert set(after["tune"]) | set(after["test"]) == {f"en-{n:03}" for n in range(1, 11)}
    assert len(new & set(after["tune"])) == 2, "each question's new passages go to both halves"
    assert "# Batch 2:" in text and "seed 20261203" in text

    again = _split(folder, "--add", "2")
    assert again.returncode == 1 and "dealt once" in again.stdout
    assert _split(folder, "--add", "3").returncode == 1, "nothing new to deal"
    skipped = _split(folder, "--add", "4")
    assert skipped.returncode == 2 and "next batch to deal is batch 3" in skipped.stdout


def test_make_eval_can_measure_one_batch_of_the_corpus(tmp_path: Path) -> None:
    corpus = tmp_path / "eval"
    shutil.copytree(ROOT / "tests" / "fixtures" / "eval", corpus)
    (corpus / "labels" / "batch2").mkdir(parents=True)
    (corpus / "labels" / "batch2" / "passages.txt").write_text("en-034\nde-005\n", "utf-8")

    def passages(batch: str) -> dict[str, list[str]]:
        out = tmp_path / f"batch{batch}.json"
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "eval" / "run.py"),
                "--corpus",
                str(corpus / "passages"),
                "--split-file",
                str(corpus / "split.toml"),
                "--json",
                str(out),
                "--batch",
                batch,
            ],
            capture_output=True,
            check=True,
        )
        report = json.loads(out.read_text(encoding="utf-8"))["languages"]
        return {language: value["passages"] for language, value in report.items()}

    assert passages("2") == {"en": ["en-034"], "de": ["de-005"]}
    assert passages("1") == {"en": ["en-003"], "de": ["de-002"], "fa": ["fa-002", "fa-011"]}
