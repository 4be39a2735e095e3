"""Marking a class: every answer to one question checked, tallied per argument, copying flagged.

`mark_class(bank, question, answers)` checks each answer, finds the passages it shares with the
case text or the model answer (see `casebank.overlap`), and returns a `ClassReport`: every file
given, in the order given (an answer that could not be read with the reason, so that no student is
missed), and per argument how many answers cover it, partly cover it or miss it. The CSV
(`class_csv`) and the class summary PDF (``casebank.pdf.summary``) are views of it.

With the tutor's own verdicts (`with_tutor`, read from the class CSV's tutor columns by
`casebank.tutorcsv`), the report also says per argument where tutor and detector agree.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from casebank.answers import Unread
from casebank.coverage import Coverage, checker_for
from casebank.model import Argument, Bank, Question
from casebank.overlap import MIN_WORDS, Overlap, OverlapFinder, Source
from casebank.report import MARKED, NOT_DETECTED, Length, length, length_cell
from casebank.tutorcsv import TUTOR_PREFIX
from casebank.vocabulary import Status

# An answer is flagged for copying when this share of its words stands in copied passages.
FLAG_SHARE = 0.2
CASE_TEXT = "case text"
MODEL_ANSWER = "model answer"


@dataclass(frozen=True, slots=True)
class MarkedAnswer:
    """One answer of the class: its name (usually the file name), text, coverage and copying."""

    name: str
    text: str
    coverage: Coverage
    overlap: Overlap

    @property
    def flagged(self) -> bool:
        """Whether the answer repeats enough of the case or the model answer to look at."""
        return self.overlap.share >= FLAG_SHARE

    @property
    def length(self) -> Length:
        """Whether the answer keeps to the question's word limits."""
        return length(self.coverage.question, self.coverage.words)


@dataclass(frozen=True, slots=True)
class ArgumentTally:
    """How the class did on one argument."""

    argument: Argument
    covered: int
    partly: int
    missing: int
    self_assessed: int

    @property
    def answers(self) -> int:
        """How many answers were checked."""
        return self.covered + self.partly + self.missing + self.self_assessed


@dataclass(frozen=True, slots=True)
class TutorAgreement:
    """How the tutor's verdicts on one argument meet the detector's, over the answers marked."""

    argument: Argument
    marked: int  # answers the tutor gave a verdict on
    agreed: int  # the same verdict: covered, partly or missing alike
    missed: int  # the tutor says covered, the detector does not
    false_hits: int  # the detector says covered, the tutor does not


@dataclass(frozen=True, slots=True)
class ClassReport:
    """The class's answers to one question: every file given, marked or not read, and the
    tutor's verdicts on them when given."""

    bank: Bank | None
    question: Question
    files: tuple[MarkedAnswer | Unread, ...]
    tutor: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # name -> id -> label

    @property
    def answers(self) -> tuple[MarkedAnswer, ...]:
        """The answers that were read and marked, in the order given."""
        return tuple(item for item in self.files if isinstance(item, MarkedAnswer))

    @property
    def unread(self) -> tuple[Unread, ...]:
        """The files that could not be read, in the order given."""
        return tuple(item for item in self.files if isinstance(item, Unread))

    def with_tutor(self, verdicts: Mapping[str, Mapping[str, str]]) -> ClassReport:
        """The report with the tutor's verdicts: answer name -> argument id -> label."""
        return replace(self, tutor=dict(verdicts))

    def agreement(self) -> list[TutorAgreement]:
        """Per argument with cues that the tutor marked, in rubric order, how they agree."""
        result = []
        for index, argument in enumerate(self.question.arguments):
            if not argument.cues:
                continue
            marked = agreed = missed = false_hits = 0
            for answer in self.answers:
                label = self.tutor.get(answer.name, {}).get(argument.id)
                if label is None:
                    continue
                verdict = answer.coverage.arguments[index].status.value
                marked += 1
                agreed += label == verdict
                missed += label == Status.COVERED and verdict != Status.COVERED
                false_hits += verdict == Status.COVERED and label != Status.COVERED
            if marked:
                result.append(TutorAgreement(argument, marked, agreed, missed, false_hits))
        return result

    def tallies(self) -> list[ArgumentTally]:
        """Per argument, in rubric order, how many answers cover, partly cover and miss it."""
        result = []
        for index, argument in enumerate(self.question.arguments):
            counts = dict.fromkeys(Status, 0)
            for answer in self.answers:
                counts[answer.coverage.arguments[index].status] += 1
            result.append(
                ArgumentTally(
                    argument,
                    counts[Status.COVERED],
                    counts[Status.PARTLY],
                    counts[Status.MISSING],
                    counts[Status.SELF_ASSESSED],
                )
            )
        return result

    def copying(self) -> list[MarkedAnswer]:
        """The answers with copied passages, the largest share first."""
        found = [a for a in self.answers if a.overlap.passages]
        return sorted(found, key=lambda a: (-a.overlap.share, a.name))

    @property
    def mean_score(self) -> float:
        """The class's mean coverage score, from 0 to 1 (0 for an empty class, and for a question
        without cues, whose answers are `NOT_DETECTED`: ask `question.detectable` first)."""
        if not self.answers:
            return 0.0
        return sum(a.coverage.score for a in self.answers) / len(self.answers)


def sources_for(bank: Bank | None, question: Question) -> list[Source]:
    """What a student might copy from: the case text (with a bank) and the model answer."""
    sources = []
    if bank is not None:
        sources.append(Source(CASE_TEXT, bank.case(question.case_id).text))
    sources.append(Source(MODEL_ANSWER, question.model_answer))
    return sources


def mark_class(
    bank: Bank | None,
    question: Question,
    answers: Iterable[tuple[str, str] | Unread],
    *,
    min_words: int = MIN_WORDS,
) -> ClassReport:
    """Check every (name, text) answer against `question` and look for copied passages.

    A file that could not be read (`Unread`, as `casebank.answers.read_answers` gives it) keeps
    its place in the report, with the reason.
    """
    checker = checker_for(question)
    finder = OverlapFinder(sources_for(bank, question), question.language, min_words)
    files = tuple(
        item
        if isinstance(item, Unread)
        else MarkedAnswer(item[0], item[1], checker.check(item[1]), finder.find(item[1]))
        for item in answers
    )
    return ClassReport(bank, question, files)


def class_csv(report: ClassReport) -> str:
    """One row per file given: its words, one column per argument, totals, score, copying, and
    whether it was read (the reason when not) and keeps to the word limits. A file that could not
    be read has a row too, so that no student is missed.

    Last come the tutor's columns, ``tutor:<argument-id>``, for the tutor's own verdicts (see
    `casebank.tutorcsv`): empty, or holding the verdicts the report was given. They come last so
    that the other columns keep their places.
    """
    ids = [a.id for a in report.question.arguments]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        [
            "answer",
            "question",
            "words",
            *ids,
            "covered",
            "partly",
            "missing",
            "score",
            "copied_words",
            "copied_share",
            "copied_passages",
            "status",
            "length",
            *(f"{TUTOR_PREFIX}{i}" for i in ids),
        ]
    )
    detectable = report.question.detectable
    for answer in report.files:
        if isinstance(answer, Unread):
            blank = [""] * (len(ids) + 8)
            tutor = [""] * len(ids)
            writer.writerow([answer.name, report.question.key, *blank, answer.status, "", *tutor])
            continue
        counts = answer.coverage.counts()
        overlap = answer.overlap
        writer.writerow(
            [
                answer.name,
                report.question.key,
                answer.coverage.words,
                *(a.status.value for a in answer.coverage.arguments),
                counts[Status.COVERED],
                counts[Status.PARTLY],
                counts[Status.MISSING],
                f"{answer.coverage.score:.4f}" if detectable else NOT_DETECTED,
                overlap.copied_words,
                f"{overlap.share:.2f}",
                overlap.describe(),
                MARKED,
                length_cell(report.question, answer.coverage.words),
                *(report.tutor.get(answer.name, {}).get(i, "") for i in ids),
            ]
        )
    return out.getvalue()
