"""Validation: everything `load` checks, plus the rubric's sanity and the bank's own rubric tests.

A rubric is sane when each argument's model paragraph is detected as covered by its own cues, the
model answer covers every argument and keeps to the word limit, and the sample answers kept in the
bank are detected as their author expects.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from casebank.coverage import Checker, Coverage
from casebank.cuehelp import CueAdvisor
from casebank.cuelint import lint
from casebank.errors import Cancel, CancelledError
from casebank.loader import KeyPath, read
from casebank.model import Bank, Question, Sample
from casebank.problems import BankError, Problem, Severity, errors_in
from casebank.tomlmap import line_of
from casebank.vocabulary import Status
from casebank.words import count_words


@dataclass(frozen=True, slots=True)
class Report:
    """The outcome of validating one bank."""

    origin: str
    problems: tuple[Problem, ...]
    bank: Bank | None

    @property
    def ok(self) -> bool:
        """True when the bank has no errors (warnings are allowed)."""
        return self.bank is not None and not errors_in(self.problems)


def validate(path: Path, cancelled: Cancel | None = None) -> Report:
    """Check a bank folder or ``.casebank`` file and report every problem found.

    Raises:
        CancelledError: `cancelled` returned True (it is asked before each case and question).
    """
    try:
        loaded = read(path, cancelled)
    except BankError as exc:
        return Report(str(path), exc.problems, None)
    problems = list(loaded.problems)
    if loaded.bank is not None and not errors_in(problems):
        problems.extend(rubric_problems(loaded.bank, loaded.lines, cancelled))
    return Report(str(path), tuple(problems), loaded.bank)


Lines = Mapping[str, Mapping[KeyPath, int]]  # by file, where its keys stand (`loader.Loaded`)


def rubric_problems(bank: Bank, lines: Lines, cancelled: Cancel | None = None) -> list[Problem]:
    """Problems with the rubrics: model paragraphs, model answers, marks and samples.

    Raises:
        CancelledError: `cancelled` returned True (it is asked before each question).
    """
    problems: list[Problem] = []
    for case in bank.cases:
        checkers = {q.id: Checker(q) for q in case.questions}
        for question in case.questions:
            if cancelled is not None and cancelled():
                raise CancelledError(f"checking {bank.origin or bank.id} was cancelled")
            file = f"cases/{case.id}/questions/{question.id}.toml"
            problems.extend(_question_problems(question, checkers[question.id], file, lines))
            problems.extend(_broad_cue_problems(question, case.text, file, lines))
            problems.extend(_cue_lint_problems(question, case.text, file, lines))
        for sample in case.samples:
            problems.extend(_sample_problems(sample, checkers[sample.question_id], lines))
    return problems


def _question_problems(
    question: Question, checker: Checker, file: str, lines: Lines
) -> list[Problem]:
    problems = []
    for index, argument in enumerate(question.arguments):
        if argument.self_assessed_only:
            continue
        verdict = checker.check(argument.model_paragraph).arguments[index]
        if verdict.status is not Status.COVERED:
            problems.append(
                Problem(
                    file,
                    _line(lines, file, ("arguments", index, "model_paragraph")),
                    f"the model paragraph of {argument.id!r} is detected as "
                    f"{verdict.status.value}, not covered, by its own cues "
                    f"({_groups(verdict.met, verdict.unmet)})",
                    "add the paragraph's wording to the unmet cue groups, or lower covered_at",
                )
            )
    coverage = checker.check(question.model_answer)
    for index, verdict in enumerate(coverage.arguments):
        if verdict.status not in {Status.COVERED, Status.SELF_ASSESSED}:
            problems.append(
                Problem(
                    file,
                    _line(lines, file, ("model_answer",)),
                    f"the model answer does not cover {verdict.id!r} "
                    f"(detected {verdict.status.value}; {_groups(verdict.met, verdict.unmet)})",
                    f"work the argument into the model answer, or widen the cues at line "
                    f"{_line(lines, file, ('arguments', index))}",
                )
            )
    words = count_words(question.model_answer, question.language)
    if question.max_words and words > question.max_words:
        problems.append(
            Problem(
                file,
                _line(lines, file, ("model_answer",)),
                f"the model answer has {words} words, above the limit of {question.max_words}",
                "shorten it: students are held to the same limit",
            )
        )
    if question.min_words and words < question.min_words:
        problems.append(
            Problem(
                file,
                _line(lines, file, ("model_answer",)),
                f"the model answer has {words} words, below the minimum of {question.min_words}",
            )
        )
    total = sum(a.marks for a in question.arguments)
    if question.arguments and abs(total - question.marks) > 1e-9:
        problems.append(
            Problem(
                file,
                _line(lines, file, ("marks",)),
                f"the arguments' marks add up to {total:g}, the question's to {question.marks:g}",
                "make them agree, unless some marks are for style",
                Severity.WARNING,
            )
        )
    return problems


def _broad_cue_problems(
    question: Question, case_text: str, file: str, lines: Lines
) -> list[Problem]:
    """Warnings for arguments that almost any answer would cover (see casebank.cuehelp).

    A single over-broad group among several that are needed does little harm, so validation
    only warns when the over-broad groups alone are enough to cover the argument;
    ``casebank cues`` lists every over-broad group.
    """
    broad = CueAdvisor(question, case_text).broad_cues()
    problems = []
    for index, argument in enumerate(question.arguments):
        mine = [b for b in broad if b.argument == argument.id]
        if not mine or len(mine) < min(argument.covered_at, len(argument.cues)):
            continue
        groups = "; ".join(f"'{b.cue}': " + " + ".join(f"'{t}'" for t in b.terms) for b in mine)
        problems.append(
            Problem(
                file,
                _line(lines, file, ("arguments", index, "cues", mine[0].index)),
                f"almost any answer would cover {argument.id!r}: its cue groups meet on words "
                f"of the prompt or of most of the case text ({groups})",
                "add a 'with' list that only an answer making this argument would use; "
                f"'casebank cues BANK --question {question.key} --argument {argument.id}' "
                "suggests terms",
                Severity.WARNING,
            )
        )
    return problems


def _cue_lint_problems(
    question: Question, case_text: str, file: str, lines: Lines
) -> list[Problem]:
    """Warnings for cue terms that match more or less than meant (see casebank.cuelint)."""
    index = {a.id: i for i, a in enumerate(question.arguments)}
    return [
        Problem(
            file,
            _line(lines, file, ("arguments", index[f.argument], "cues", f.cue, f.part[0])),
            f"{f.argument!r}, cue group {f.cue + 1}: {f.message}",
            f.hint,
            Severity.WARNING,
        )
        for f in lint(question, case_text)
    ]


def _sample_problems(sample: Sample, checker: Checker, lines: Lines) -> list[Problem]:
    coverage: Coverage = checker.check(sample.text)
    problems = []
    for verdict in coverage.arguments:
        expected = sample.expect.get(verdict.id)
        if expected is None or expected == verdict.status.value:
            continue
        problems.append(
            Problem(
                sample.path,
                _line(lines, sample.path, ("expect", verdict.id)),
                f"rubric test: {verdict.id!r} expected {expected}, detected {verdict.status.value} "
                f"({_groups(verdict.met, verdict.unmet)})",
                "tune the argument's cues, or correct the expectation if it was unfair",
            )
        )
    return problems


def _groups(met: tuple[str, ...], unmet: tuple[str, ...]) -> str:
    parts = []
    if met:
        parts.append("met: " + "; ".join(met))
    if unmet:
        parts.append("unmet: " + "; ".join(unmet))
    return ", ".join(parts) or "no cue groups"


def _line(lines: Lines, file: str, path: KeyPath) -> int:
    """The line of `path` in `file`, looked up only for a problem (see `loader.LineIndex`)."""
    return line_of(lines.get(file, {}), path)
