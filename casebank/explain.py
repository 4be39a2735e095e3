"""Why an answer covers an argument or not: matches, and the near misses that did not count.

`explain(question, answer)` runs the coverage engine and says, per argument and cue group, which
terms matched where, and which near misses did not count, and why:

- a co-occurrence group with some of its parts in a sentence but not all (``partial``);
- a group whose parts stand together only in a list of keywords, not in a sentence (``list``);
- cue words inside a passage that quotes the question prompt (``quoted``);
- a word one letter away from a cue word that is not taken for a typing mistake, because it is a
  real word, starts with another letter, or is too short (``typo``).

It is what the author view of the app shows a tutor trying sample answers; it never changes a
verdict, which stays the engine's alone.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import Enum

from casebank.coverage import ArgumentCoverage, Checker, Evidence, checker_for
from casebank.cues import (
    FUZZY_MIN_LENGTH,
    Kind,
    TermError,
    one_edit,  # the engine's own notion of "one typing mistake"
    parse_term,
)
from casebank.lexicon import function_words, is_known_word
from casebank.model import Cue, Question, Scope
from casebank.segment import Sentence, sentences
from casebank.vocabulary import Status

# Enough near misses per cue group to see the pattern, few enough to read.
MAX_NEAR_MISSES = 6
_SHORTEST_TYPO = 5


class Miss(Enum):
    """Why something that looks like evidence did not count."""

    PARTIAL = "partial"
    LIST = "list"
    QUOTED = "quoted"
    TYPO = "typo"


@dataclass(frozen=True, slots=True)
class NearMiss:
    """A span of the answer that almost met a cue group, and why it did not."""

    kind: Miss
    start: int
    end: int
    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class GroupExplanation:
    """One cue group: whether it was met, its evidence, and its near misses.

    `parts_found` says, for the group's `any` list and then each `with` list, whether a term of
    it stands anywhere in the answer (outside words quoting the prompt).
    """

    cue: Cue
    met: bool
    evidence: tuple[Evidence, ...]
    near_misses: tuple[NearMiss, ...]
    parts_found: tuple[bool, ...] = ()

    @property
    def name(self) -> str:
        """The group's label (or its first terms)."""
        return self.cue.name

    @property
    def why(self) -> tuple[str, str] | None:
        """Why the group is not met, as (kind, one line); None when it is met.

        The kind is one of ``no term``, ``in another sentence``, ``lacks a part``, ``list``,
        ``quoted`` and ``typo``, the most telling first: a group whose parts all stand in the
        answer, but never together, is ``in another sentence`` even if a typo stands nearby.
        """
        if self.met:
            return None
        first = {m.kind: m.reason for m in reversed(self.near_misses)}
        where = "paragraph" if self.cue.scope is Scope.PARAGRAPH else "sentence"
        if Miss.LIST in first:
            return "list", first[Miss.LIST]
        if len(self.parts_found) > 1 and all(self.parts_found):
            return (
                "in another sentence",
                f"each part of the group stands in the answer, but not in one {where}",
            )
        if Miss.QUOTED in first:
            return "quoted", first[Miss.QUOTED]
        if Miss.TYPO in first and not any(self.parts_found):
            return "typo", first[Miss.TYPO]
        if any(self.parts_found) and Miss.PARTIAL in first:
            return "lacks a part", first[Miss.PARTIAL]
        return "no term", "none of its terms is in the answer"


@dataclass(frozen=True, slots=True)
class ArgumentExplanation:
    """The verdict on one argument and the reasons for it."""

    coverage: ArgumentCoverage
    groups: tuple[GroupExplanation, ...]

    @property
    def summary(self) -> str:
        """One line: the verdict and what it rests on."""
        c = self.coverage
        if c.status is Status.SELF_ASSESSED:
            return "no cues: the student judges this argument"
        text = f"{c.status.value}: {c.groups_met} of {len(self.groups)} cue groups met"
        text += f", {c.groups_needed} needed"
        if c.only_in_lists:
            text += "; only in lists of keywords, so at most partly"
        if c.developed:
            text += "; covered because the answer develops it over several sentences"
        return text


def explain(question: Question, answer: str) -> list[ArgumentExplanation]:
    """Explain the coverage of `answer`, argument by argument, in rubric order."""
    checker = checker_for(question)
    # The same rubric with no prompt: its hits include the words that quote the prompt.
    unquoted = checker_for(replace(question, prompt=""))
    coverage = checker.check(answer)
    units = _units(answer, checker, unquoted)
    result = []
    for verdict in coverage.arguments:
        groups = tuple(
            _group(cue, verdict, units, checker, answer) for cue in verdict.argument.cues
        )
        result.append(ArgumentExplanation(verdict, groups))
    return result


@dataclass(frozen=True, slots=True)
class _Unit:
    """A sentence of the answer: where it is, whether it is prose, and the terms it holds."""

    span: Sentence
    prose: bool
    counted: tuple[tuple[str, int, int], ...]  # (term text, start, end) in the answer
    quoted: tuple[tuple[str, int, int], ...]


def _units(answer: str, checker: Checker, unquoted: Checker) -> list[_Unit]:
    units = []
    for span in sentences(answer):
        text = answer[span.start : span.end]
        counted = _terms(checker, checker.hits(text), span.start)
        every = _terms(unquoted, unquoted.hits(text), span.start)
        quoted = tuple(h for h in every if h not in set(counted))
        units.append(_Unit(span, checker.is_prose(text), counted, quoted))
    return units


def _terms(
    checker: Checker, hits: Iterable[tuple[int, int, int, bool]], offset: int
) -> tuple[tuple[str, int, int], ...]:
    return tuple((checker.matcher.terms[t].text, offset + s, offset + e) for t, s, e, _ in hits)


def _group(
    cue: Cue, verdict: ArgumentCoverage, units: list[_Unit], checker: Checker, answer: str
) -> GroupExplanation:
    evidence = tuple(e for e in verdict.evidence if e.cue == cue.name)
    met = cue.name in verdict.met
    parts = [frozenset(cue.any), *(frozenset(w) for w in cue.with_)]
    found = tuple(any(h[0] in part for u in units for h in u.counted) for part in parts)
    if met:
        return GroupExplanation(cue, True, evidence, (), found)
    misses: list[NearMiss] = []
    for members in _scopes(cue, units):
        misses.extend(_partial(cue, parts, members, answer))
    for unit in units:
        for term, start, end in unit.quoted:
            if any(term in part for part in parts):
                misses.append(
                    NearMiss(
                        Miss.QUOTED,
                        start,
                        end,
                        answer[start:end],
                        f"'{answer[start:end]}' stands in words quoted from the question; "
                        "quoting the question earns nothing",
                    )
                )
    misses.extend(_typos(cue, units, checker, answer))
    unique = sorted(set(misses), key=lambda m: (m.start, m.end, m.kind.value))
    return GroupExplanation(cue, False, evidence, tuple(unique[:MAX_NEAR_MISSES]), found)


def _scopes(cue: Cue, units: list[_Unit]) -> list[list[_Unit]]:
    """The stretches of the answer a group must be met in: sentences, or paragraphs."""
    if cue.scope is Scope.SENTENCE:
        return [[u] for u in units]
    paragraphs: dict[int, list[_Unit]] = {}
    for unit in units:
        paragraphs.setdefault(unit.span.paragraph, []).append(unit)
    return list(paragraphs.values())


def _partial(
    cue: Cue, parts: list[frozenset[str]], members: list[_Unit], answer: str
) -> list[NearMiss]:
    hits = [h for u in members for h in u.counted if any(h[0] in p for p in parts)]
    if not hits:
        return []
    present = [any(h[0] in part for h in hits) for part in parts]
    start = min(h[1] for h in hits)
    end = max(h[2] for h in hits)
    found = ", ".join(dict.fromkeys(f"'{answer[s:e]}'" for _, s, e in hits))
    where = "paragraph" if cue.scope is Scope.PARAGRAPH else "sentence"
    if all(present):
        if not all(u.prose for u in members):
            reason = (
                f"{found} stand together only in a list of keywords, not in a {where}: "
                "a list is not an argument"
            )
            return [NearMiss(Miss.LIST, start, end, answer[start:end], reason)]
        reason = f"{found}: one word cannot meet two parts of the group"
        return [NearMiss(Miss.PARTIAL, start, end, answer[start:end], reason)]
    if len(parts) == 1:
        return []
    lacking = [
        " / ".join(sorted(part)[:4]) + (" …" if len(part) > 4 else "")
        for part, there in zip(parts, present, strict=True)
        if not there
    ]
    reason = f"found {found}, but this {where} has none of: " + "; ".join(lacking)
    return [NearMiss(Miss.PARTIAL, start, end, answer[start:end], reason)]


def _typos(cue: Cue, units: list[_Unit], checker: Checker, answer: str) -> list[NearMiss]:
    """Words one letter off a cue word that the engine did not take for typing mistakes."""
    analyzer = checker.analyzer
    common = {analyzer.form(w) for w in function_words(analyzer.language)}
    words: dict[str, str] = {}
    for term in (*cue.any, *(t for part in cue.with_ for t in part)):
        try:
            parsed = parse_term(term, analyzer)
        except TermError:
            continue
        for word in parsed:
            if (
                word.kind is Kind.STEM
                and len(word.form) >= _SHORTEST_TYPO
                and word.form not in common
            ):
                words.setdefault(word.form, term)
    if not words:
        return []
    counted = {(s, e) for u in units for _, s, e in (*u.counted, *u.quoted)}
    misses = []
    for unit in units:
        for token in analyzer.tokens(answer[unit.span.start : unit.span.end], unit.span.start):
            if any(s <= token.start and token.end <= e for s, e in counted):
                continue
            for form, term in words.items():
                if token.form == form or not one_edit(token.form, form):
                    continue
                if any(key in analyzer.keys(form) for key in token.keys):
                    continue
                reason = _why_not_a_typo(token.text, token.form, form, analyzer.language)
                misses.append(
                    NearMiss(
                        Miss.TYPO,
                        token.start,
                        token.end,
                        answer[token.start : token.end],
                        f"'{answer[token.start : token.end]}' is one letter away from "
                        f"'{term}' but {reason}",
                    )
                )
    return misses


def _why_not_a_typo(written: str, form: str, cue: str, language: str) -> str:
    if len(cue) < FUZZY_MIN_LENGTH:
        return f"typos only count in words of {FUZZY_MIN_LENGTH} letters or more"
    if form[0] != cue[0]:
        return "starts with another letter, so it is taken for another word"
    if is_known_word(written, language):
        return "is itself a real word, so it is not taken for a typo"
    return "is not taken for a typo"
