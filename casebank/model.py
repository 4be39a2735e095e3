"""The objects a bank is made of, as the loader builds them. Immutable and Qt-free."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum

from casebank.errors import NoSuchQuestionError


class Scope(Enum):
    """Where the terms of a cue group must stand together."""

    SENTENCE = "sentence"
    PARAGRAPH = "paragraph"


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue group: one of `any`, plus one term of each list in `with_`, within one `scope`."""

    any: tuple[str, ...]
    with_: tuple[tuple[str, ...], ...] = ()
    label: str = ""
    scope: Scope = Scope.SENTENCE

    @property
    def name(self) -> str:
        """What the evidence calls this group: its label, or its first terms."""
        if self.label:
            return self.label
        parts = [" / ".join(self.any[:3])]
        parts += [" / ".join(group[:3]) for group in self.with_]
        return " + ".join(parts)


@dataclass(frozen=True, slots=True)
class Argument:
    """A key argument of a question's rubric, as the checklist shows it."""

    id: str
    title: str
    marks: float
    guidance: str
    found: str
    missing: str
    model_paragraph: str
    cues: tuple[Cue, ...] = ()
    covered_at: int = 1
    partly_at: int = 1

    @property
    def self_assessed_only(self) -> bool:
        """An argument without cues is judged by the student's self-assessment alone."""
        return not self.cues


@dataclass(frozen=True, slots=True)
class Question:
    """An exam question on a case, with its rubric and model answer."""

    id: str
    case_id: str
    prompt: str
    marks: float
    model_answer: str
    arguments: tuple[Argument, ...]
    language: str
    min_words: int | None = None
    max_words: int | None = None
    minutes: int | None = None

    @property
    def key(self) -> str:
        """``case-id/question-id``, as the command line names a question."""
        return f"{self.case_id}/{self.id}"

    @property
    def detectable(self) -> bool:
        """Whether detection can say anything about an answer: some argument has cues.

        A question whose arguments are all self-assessed has no coverage score: its answers are
        "not detected automatically", never 0 %.
        """
        return any(not argument.self_assessed_only for argument in self.arguments)

    def argument(self, argument_id: str) -> Argument:
        """The argument with this id; `KeyError` if there is none."""
        for argument in self.arguments:
            if argument.id == argument_id:
                return argument
        raise KeyError(argument_id)


@dataclass(frozen=True, slots=True)
class Sample:
    """A sample answer kept in the bank with the coverage its author expects (a rubric test)."""

    case_id: str
    question_id: str
    name: str
    path: str
    style: str
    expect: Mapping[str, str]
    text: str
    text_line: int


@dataclass(frozen=True, slots=True)
class Case:
    """A case study: its Markdown text and its questions."""

    id: str
    title: str
    language: str
    text: str
    questions: tuple[Question, ...]
    summary: str = ""
    sources: tuple[str, ...] = ()
    samples: tuple[Sample, ...] = ()

    def question(self, question_id: str) -> Question:
        """The question with this id; `KeyError` if there is none."""
        for question in self.questions:
            if question.id == question_id:
                return question
        raise KeyError(question_id)


@dataclass(frozen=True, slots=True)
class Manifest:
    """What `bank.toml` says about the bank."""

    format: int
    id: str
    title: str
    version: str
    language: str
    authors: tuple[str, ...]
    license: str
    description: str


@dataclass(frozen=True, slots=True)
class Bank:
    """A loaded, checked case bank. `files` holds every file's bytes, keyed by relative path."""

    manifest: Manifest
    cases: tuple[Case, ...]
    files: Mapping[str, bytes] = field(repr=False)
    origin: str = ""

    @property
    def id(self) -> str:
        """The bank's stable id."""
        return self.manifest.id

    @property
    def title(self) -> str:
        """The bank's title."""
        return self.manifest.title

    def case(self, case_id: str) -> Case:
        """The case with this id; `KeyError` if there is none."""
        for case in self.cases:
            if case.id == case_id:
                return case
        raise KeyError(case_id)

    def question(self, key: str) -> Question:
        """The question named ``case-id/question-id``.

        Raises:
            NoSuchQuestionError: the bank has none of that key (a `UserError` and a `KeyError`).
        """
        case_id, _, question_id = key.partition("/")
        try:
            return self.case(case_id).question(question_id)
        except KeyError:
            raise NoSuchQuestionError(key, [q.key for q in self.questions()]) from None

    def questions(self) -> list[Question]:
        """Every question of the bank, in order."""
        return [q for case in self.cases for q in case.questions]
