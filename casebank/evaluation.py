"""Measuring detection against labelled answers: precision, recall and F1 of "covered".

A labelled answer is a text with TOML front matter between ``+++`` lines whose ``[expect]`` table
gives, per argument, the label a careful reader gave it (``covered``, ``partly`` or ``missing``),
as a bank's ``samples/`` do. `read_labelled` reads one; `evaluate` runs a detector over many and
counts, per argument, how its verdicts meet the labels.

Two questions are asked of every verdict, as a student and a tutor would ask them:

- **covered**: the detector says covered where the label says covered (the checklist's tick);
- **covered or partly**: the detector says covered or partly where the label says either (the
  checklist's "something is there").

These are measurements, not tests: nothing here passes or fails.
"""

from __future__ import annotations

import random
import tomllib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from enum import Enum
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from casebank.coverage import DEFAULT_OPTIONS, Checker, Options, checker_for
from casebank.errors import UserError
from casebank.keywords import found
from casebank.loader import split_front_matter
from casebank.model import Argument, Question
from casebank.vocabulary import Status

T = TypeVar("T")

LABELS = tuple(s.value for s in Status if s is not Status.SELF_ASSESSED)

# A detector maps a question and an answer to a label per argument with cues.
Detector = Callable[[Question, str], Mapping[str, str]]


class Judge(Enum):
    """Who gave an answer its labels."""

    TUTOR = "tutor"  # a careful reader: a tutor marking, or the evaluation corpus's labellers
    STUDENT = "student"  # the student who wrote it, assessing themself: a weak label


@dataclass(frozen=True, slots=True)
class Labelled:
    """An answer with the labels a reader gave it. `question` is ``bank-id:case/question``."""

    id: str
    path: Path
    question: str
    text: str
    expect: Mapping[str, str]
    evidence: Mapping[str, str] = field(default_factory=dict)
    meta: Mapping[str, object] = field(default_factory=dict)
    judge: Judge = Judge.TUTOR


def read_labelled(path: Path, question: str | None = None) -> Labelled:
    """Read a labelled answer (front matter with ``question`` and ``[expect]``, then the text).

    Args:
        path: the file.
        question: the question (``bank-id:case/question``) to assume when the front matter names
            none, as when a command names the question once for a folder of answers.

    Raises:
        UserError: the file is not UTF-8, has no front matter, or its front matter is not valid
            TOML or names no question (and none was given).
    """
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"cannot read {path}: {exc}") from exc
    parts = split_front_matter(raw)
    if parts is None:
        raise UserError(f"{path}: a labelled answer starts with front matter between '+++' lines")
    front, body, _ = parts
    try:
        meta = tomllib.loads(front)
    except tomllib.TOMLDecodeError as exc:
        raise UserError(f"{path}: the front matter is not valid TOML: {exc}") from exc
    named = meta.get("question", question)
    if not isinstance(named, str) or ":" not in named:
        raise UserError(f"{path}: 'question' must name the question as 'bank-id:case/question'")
    expect = _strings(meta.get("expect", {}), path, "expect")
    for argument, label in expect.items():
        if label not in LABELS:
            raise UserError(f"{path}: [expect] {argument} = {label!r} is not one of {LABELS}")
    return Labelled(
        str(meta.get("id", path.stem)),
        path,
        named,
        body.strip("\n"),
        expect,
        _strings(meta.get("evidence", {}), path, "evidence"),
        meta,
    )


def _strings(table: object, path: Path, name: str) -> dict[str, str]:
    if not isinstance(table, dict) or not all(isinstance(v, str) for v in table.values()):
        raise UserError(f"{path}: [{name}] must be a table of strings")
    return dict(table)


@dataclass(slots=True)
class Counts:
    """Verdicts against labels for one argument or a group of them, and the scores they give."""

    confusion: dict[tuple[str, str], int] = field(default_factory=dict)

    def add(self, label: str, verdict: str) -> None:
        """Count one verdict given where a reader gave `label`."""
        key = (label, verdict)
        self.confusion[key] = self.confusion.get(key, 0) + 1

    def merge(self, other: Counts) -> None:
        """Add another set of counts to these."""
        for (label, verdict), n in other.confusion.items():
            self.confusion[(label, verdict)] = self.confusion.get((label, verdict), 0) + n

    @property
    def cells(self) -> int:
        """How many verdicts were counted."""
        return sum(self.confusion.values())

    def scores(self, positive: frozenset[str]) -> Scores:
        """Precision, recall and F1 where labels and verdicts in `positive` count as positive."""
        tp = fp = fn = 0
        for (label, verdict), n in self.confusion.items():
            truth, said = label in positive, verdict in positive
            tp += n if truth and said else 0
            fp += n if said and not truth else 0
            fn += n if truth and not said else 0
        return Scores(tp, fp, fn)


@dataclass(frozen=True, slots=True)
class Scores:
    """True positives, false positives and false negatives, and the scores they make."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        """Of the verdicts said positive, the share that were; 0 when none was said."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """Of the labels that were positive, the share found; 0 when there were none."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


COVERED = frozenset({Status.COVERED})
COVERED_OR_PARTLY = frozenset({Status.COVERED, Status.PARTLY})


@dataclass(slots=True)
class Evaluation:
    """One detector's verdicts on a set of labelled answers, counted per question and argument."""

    detector: str
    by_argument: dict[tuple[str, str], Counts] = field(default_factory=dict)
    verdicts: dict[tuple[str, str], str] = field(default_factory=dict)

    def total(self, questions: Iterable[str] | None = None) -> Counts:
        """All counts, or those of the named questions, summed (micro-averaging)."""
        wanted = None if questions is None else set(questions)
        result = Counts()
        for (question, _), counts in self.by_argument.items():
            if wanted is None or question in wanted:
                result.merge(counts)
        return result


def casewise(question: Question, answer: str, options: Options = DEFAULT_OPTIONS) -> dict[str, str]:
    """The coverage engine's verdict per argument with cues, under the given rules."""
    coverage = _checker(question, options).check(answer)
    return {
        a.id: a.status.value for a in coverage.arguments if a.status is not Status.SELF_ASSESSED
    }


@lru_cache(maxsize=256)
def _checker(question: Question, options: Options) -> Checker:
    return checker_for(question) if options == DEFAULT_OPTIONS else Checker(question, options)


def keyword_baseline(question: Question, answer: str) -> dict[str, str]:
    """H5P Essay's keyword matching over every term of every cue group (`casebank.keywords`)."""
    return {
        argument: Status.COVERED if hit else Status.MISSING
        for argument, hit in found(question, answer).items()
    }


def keyword_baseline_any(question: Question, answer: str) -> dict[str, str]:
    """The same with each group's `any` terms only, as a more careful keyword author would."""
    narrowed = replace(question, arguments=tuple(_any_only(a) for a in question.arguments))
    return keyword_baseline(narrowed, answer)


def _any_only(argument: Argument) -> Argument:
    return replace(argument, cues=tuple(replace(c, with_=()) for c in argument.cues))


DETECTORS: dict[str, Detector] = {
    "casewise": casewise,
    "keyword": keyword_baseline,
    "keyword-any": keyword_baseline_any,
}


def evaluate(
    answers: Iterable[Labelled],
    questions: Mapping[str, Question],
    detectors: Mapping[str, Detector] = DETECTORS,
) -> dict[str, Evaluation]:
    """Run every detector over every labelled answer and count its verdicts against the labels.

    An argument the labels leave out, or that has no cues (only the student can judge it), is not
    counted.

    Raises:
        UserError: an answer names a question that is not in `questions`.
    """
    results = {name: Evaluation(name) for name in detectors}
    for answer in answers:
        question = questions.get(answer.question)
        if question is None:
            raise UserError(f"{answer.path}: no question {answer.question!r} among the banks read")
        for name, detector in detectors.items():
            verdicts = detector(question, answer.text)
            evaluation = results[name]
            for argument, label in answer.expect.items():
                verdict = verdicts.get(argument)
                if verdict is None:
                    continue
                key = (answer.question, argument)
                evaluation.by_argument.setdefault(key, Counts()).add(label, verdict)
                evaluation.verdicts[(answer.id, argument)] = verdict
    return results


def by_argument(question: Question, answers: Iterable[Labelled]) -> dict[str, Counts]:
    """The engine's verdicts on `answers` to `question` against their labels, per argument id.

    Arguments without cues, and labels for arguments the question does not have, are not counted.
    """
    checker = checker_for(question)
    counts: dict[str, Counts] = {}
    for answer in answers:
        coverage = checker.check(answer.text)
        for verdict in coverage.arguments:
            label = answer.expect.get(verdict.id)
            if label is None or verdict.status is Status.SELF_ASSESSED:
                continue
            counts.setdefault(verdict.id, Counts()).add(label, verdict.status.value)
    return counts


def interval(
    answers: Iterable[Labelled],
    evaluation: Evaluation,
    positive: frozenset[str] = COVERED,
    *,
    rounds: int = 2000,
    seed: int = 20261203,
) -> tuple[float, float]:
    """A 95 % interval for the micro F1 of `evaluation`, by bootstrap over the answers.

    The answers are drawn again with replacement `rounds` times, and each draw's F1 taken over its
    answers' cells; the interval runs from the 2.5th to the 97.5th percentile of those F1s. It
    says how far the figure could move on another set of passages like these: with few positive
    labels it is wide. Two detectors' intervals that overlap do not show that either is better;
    `difference` compares them on the same draws. The seed makes it repeatable.
    """
    scored = _per_answer(list(answers), evaluation, positive)
    f1s = sorted(_f1(draw) for draw in _draws(scored, rounds, seed))
    return _percentiles(f1s, rounds)


def difference(
    answers: Iterable[Labelled],
    first: Evaluation,
    second: Evaluation,
    positive: frozenset[str] = COVERED,
    *,
    rounds: int = 2000,
    seed: int = 20261203,
) -> tuple[float, float]:
    """A 95 % interval for F1(`first`) minus F1(`second`) on the same answers, paired.

    Each bootstrap draw takes the same answers for both detectors, so what the passages have in
    common (an easy one, a hard one) cancels out: an interval that lies wholly above zero shows
    that `first` is better on passages like these.
    """
    chosen = list(answers)
    pairs = list(
        zip(
            _per_answer(chosen, first, positive), _per_answer(chosen, second, positive), strict=True
        )
    )
    gaps = sorted(
        _f1([a for a, _ in draw]) - _f1([b for _, b in draw])
        for draw in _draws(pairs, rounds, seed)
    )
    return _percentiles(gaps, rounds)


def _per_answer(
    answers: list[Labelled], evaluation: Evaluation, positive: frozenset[str]
) -> list[Scores]:
    found: list[Scores] = []
    for answer in answers:
        counts = Counts()
        for argument, label in answer.expect.items():
            verdict = evaluation.verdicts.get((answer.id, argument))
            if verdict is not None:
                counts.add(label, verdict)
        found.append(counts.scores(positive))
    return found


def _draws(items: list[T], rounds: int, seed: int) -> Iterator[list[T]]:
    """`rounds` samples of `items` drawn with replacement, each as long as `items`."""
    if not items:
        return
    draw = random.Random(seed).choices
    for _ in range(rounds):
        yield draw(items, k=len(items))


def _f1(sample: list[Scores]) -> float:
    return Scores(
        sum(s.tp for s in sample), sum(s.fp for s in sample), sum(s.fn for s in sample)
    ).f1


def _percentiles(ordered: list[float], rounds: int) -> tuple[float, float]:
    if not ordered:
        return (0.0, 0.0)
    return ordered[int(0.025 * (rounds - 1))], ordered[int(0.975 * (rounds - 1))]
