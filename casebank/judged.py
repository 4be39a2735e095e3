"""Answers with a person's verdicts, from wherever they are kept, for ``casebank tune``.

- A labelled answer: a ``.md`` or ``.txt`` file with ``+++`` front matter whose ``[expect]`` table
  gives a label per argument (`casebank.evaluation.read_labelled`), as a bank's ``samples/``
  and the evaluation corpus have them. It may leave out ``question``: the command names it.
- A folder of labelled answers: its ``.md`` and ``.txt`` files (not its subfolders).
- The class CSV with the tutor's columns filled in (`casebank.tutorcsv`): the answers are read
  from the files its ``answer`` column names.
- A student's feedback file (``.casewise-feedback``, `casebank.feedback`): their submitted
  attempts, each self-assessment a weak label (`Judge.STUDENT`). A folder's feedback files are
  read too.

A file that cannot be read is refused with the reason; a labelled answer for another question is
left out and counted; a cell or a label that cannot be used is reported and the rest is read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from casebank.answers import read_answer
from casebank.errors import UserError
from casebank.evaluation import Judge, Labelled, read_labelled
from casebank.feedback import SUFFIX as FEEDBACK_SUFFIX
from casebank.feedback import read_feedback
from casebank.fingerprint import rubric_hash
from casebank.model import Bank, Question
from casebank.tutorcsv import read_tutor_csv
from casebank.vocabulary import SelfAssessment

LABELLED_SUFFIXES = frozenset({".md", ".txt"})
CSV_SUFFIX = ".csv"
# The author view's labelled answers stand in a folder of this name beside the bank's folder,
# where packing never reaches them.
LABELLED_FOLDER = "labelled"


@dataclass(frozen=True, slots=True)
class Judged:
    """What could be read: the answers, and what was refused or left out, and why."""

    answers: tuple[Labelled, ...]
    refused: tuple[str, ...] = field(default=())  # files that could not be read at all
    problems: tuple[str, ...] = field(default=())  # cells, rows and labels left out
    elsewhere: int = 0  # labelled answers for another question, left out
    notes: tuple[str, ...] = field(default=())  # worth knowing, not a problem


def read_judged(paths: Sequence[Path], bank: Bank, question: Question) -> Judged:
    """Read every answer with a person's verdicts on `question` from `paths`."""
    key = f"{bank.id}:{question.key}"
    known = {a.id for a in question.arguments}
    answers: list[Labelled] = []
    refused: list[str] = []
    problems: list[str] = []
    elsewhere = 0
    notes: list[str] = []
    for path in _files(paths, refused):
        try:
            if path.name.endswith(FEEDBACK_SUFFIX):
                found, other, note = _from_feedback(path, bank, question, key)
                answers += found
                elsewhere += other
                notes += note
                continue
            if path.suffix.lower() == CSV_SUFFIX:
                found, cells = _from_csv(path, question, key)
                answers += found
                problems += cells
                continue
            labelled = read_labelled(path, key)
        except UserError as exc:
            refused.append(str(exc))
            continue
        if labelled.question != key:
            elsewhere += 1
            continue
        unknown = sorted(set(labelled.expect) - known)
        if unknown:
            problems.append(
                f"{path}: [expect] names {', '.join(map(repr, unknown))}, which "
                f"{question.key} does not have; left out"
            )
            expect = {k: v for k, v in labelled.expect.items() if k in known}
            labelled = replace(labelled, expect=expect)
        answers.append(labelled)
    return Judged(tuple(answers), tuple(refused), tuple(problems), elsewhere, tuple(notes))


def _files(paths: Sequence[Path], refused: list[str]) -> list[Path]:
    """The files named, with each folder replaced by its labelled answers."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            inside = sorted(
                p
                for p in path.iterdir()
                if p.is_file()
                and not p.name.startswith(".")
                and (p.suffix.lower() in LABELLED_SUFFIXES or p.name.endswith(FEEDBACK_SUFFIX))
            )
            if not inside:
                refused.append(
                    f"{path} holds no labelled answers (.md or .txt files) or feedback files"
                )
            found += inside
        elif not path.exists():
            refused.append(f"cannot read {path}: no such file or folder")
        else:
            found.append(path)
    return found


def _from_csv(path: Path, question: Question, key: str) -> tuple[list[Labelled], list[str]]:
    sheet = read_tutor_csv(path, question)
    problems = [str(p) for p in sheet.problems]
    answers = []
    for row in sheet.rows:
        if not row.labels:
            continue
        where = sheet.answer_path(row)
        try:
            text = read_answer(str(where))
        except UserError as exc:
            problems.append(f"{path}:{row.row}: {exc}; the row is left out")
            continue
        answers.append(Labelled(row.answer, where, key, text.strip("\n"), dict(row.labels)))
    return answers, problems


def _from_feedback(
    path: Path, bank: Bank, question: Question, key: str
) -> tuple[list[Labelled], int, list[str]]:
    """A feedback file's attempts at `question`, their self-assessments as weak labels."""
    feedback = read_feedback(path)
    if feedback.bank_id != bank.id:
        return [], len(feedback.attempts), []
    known = {a.id for a in question.arguments}
    current = rubric_hash(question)
    answers = []
    older = 0
    for number, attempt in enumerate(feedback.attempts, 1):
        if attempt.question != question.key:
            continue
        older += attempt.rubric_hash != current
        labels = {
            argument: SelfAssessment(level).matching
            for argument, level in attempt.self_assessment.items()
            if argument in known
        }
        answers.append(
            Labelled(
                f"{path.name}#{number}", path, key, attempt.answer, labels, judge=Judge.STUDENT
            )
        )
    notes = []
    if older:
        notes.append(
            f"{path}: {older} of its attempts were checked against another version of the rubric; "
            "they are checked again against this one"
        )
    return answers, len(feedback.attempts) - len(answers), notes


def samples_of(bank: Bank, question: Question) -> list[Labelled]:
    """The bank's sample answers to `question` (its rubric tests), as labelled answers."""
    key = f"{bank.id}:{question.key}"
    return [
        Labelled(f"samples/{s.name}", Path(s.path), key, s.text, dict(s.expect))
        for s in bank.case(question.case_id).samples
        if s.question_id == question.id
    ]


def labelled_beside(folder: Path, bank: Bank) -> Judged:
    """The labelled answers in the ``labelled/`` folder beside a bank folder, for its questions.

    Each must name its question (``question = "bank-id:case/question"``); answers for other banks
    are left out and counted, since banks side by side may share the folder.
    """
    place = folder.parent / LABELLED_FOLDER
    if not place.is_dir():
        return Judged(())
    answers: list[Labelled] = []
    refused: list[str] = []
    problems: list[str] = []
    elsewhere = 0
    keys = {f"{bank.id}:{q.key}": q for q in bank.questions()}
    for path in _files([place], []):
        if path.name.endswith(FEEDBACK_SUFFIX):
            continue
        try:
            labelled = read_labelled(path)
        except UserError as exc:
            refused.append(str(exc))
            continue
        question = keys.get(labelled.question)
        if question is None:
            elsewhere += 1
            continue
        known = {a.id for a in question.arguments}
        unknown = sorted(set(labelled.expect) - known)
        if unknown:
            problems.append(
                f"{path}: [expect] names {', '.join(map(repr, unknown))}, which "
                f"{question.key} does not have; left out"
            )
        answers.append(labelled)
    return Judged(tuple(answers), tuple(refused), tuple(problems), elsewhere)
