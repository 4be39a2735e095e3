"""Cue help: candidate cue terms for an argument, and cues that would fire on almost any answer.

Good cues are words an answer uses when it makes *this* argument and rarely otherwise. So
`suggest` scores the words and two-word phrases of an argument's model paragraph, guidance and
title, tf-idf style on stems: frequent in the argument, rare in the case text, the prompt and the
other arguments. Function words never count.

A cue is over-broad when every part of it names something any answer to the question mentions:
words of the prompt, or words that stand in most paragraphs of the case (the company's name, the
platform the case is about). `broad_cues` finds such groups; `casebank validate` warns about them.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from casebank.cues import Kind, TermError, TermWord, parse_term
from casebank.language import Analyzer, Token, analyzer_for
from casebank.lexicon import function_words
from casebank.model import Argument, Cue, Question

# A word that stands in this share of the case's paragraphs is something every answer mentions.
COMMON_SHARE = 0.4
_MIN_PARAGRAPHS = 3
_MIN_LETTERS = 3


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A candidate cue term and why: how often it stands in the argument and elsewhere."""

    term: str
    score: float
    in_argument: int
    in_case: int  # paragraphs of the case text holding it
    in_others: int  # other arguments whose texts hold it
    in_cues: bool  # already a term of the argument's cues
    broad: bool  # in the prompt or most of the case: would fire on almost any answer


@dataclass(frozen=True, slots=True)
class BroadCue:
    """A cue group that any answer to the question would meet."""

    argument: str
    index: int  # of the group in the argument's cues
    cue: str
    terms: tuple[str, ...]

    @property
    def message(self) -> str:
        """What is wrong, for a warning."""
        listed = ", ".join(f"'{t}'" for t in self.terms)
        return (
            f"the cue group '{self.cue}' of {self.argument!r} would fire on almost any answer: "
            f"{listed} {'stands' if len(self.terms) == 1 else 'stand'} in the prompt or in most "
            "of the case text"
        )


class CueAdvisor:
    """What the case and the prompt of one question make common, and what is distinctive."""

    def __init__(self, question: Question, case_text: str) -> None:
        self.question = question
        self.analyzer: Analyzer = analyzer_for(question.language)
        self._function = {self.analyzer.form(w) for w in function_words(question.language)}
        paragraphs = [p for p in case_text.split("\n\n") if len(p.split()) >= 5]
        self._case = [self._keys(p) for p in paragraphs]
        self._prompt = self._keys(question.prompt)
        counts = Counter(k for keys in self._case for k in keys)
        enough = len(self._case) >= _MIN_PARAGRAPHS
        self.common = frozenset(self._prompt) | frozenset(
            k for k, n in counts.items() if enough and n >= COMMON_SHARE * len(self._case)
        )
        self._case_counts = counts
        self._known: dict[tuple[Cue, ...], tuple[set[str], set[str]]] = {}

    def _content(self, text: str) -> list[Token]:
        return [
            t
            for t in self.analyzer.tokens(text)
            if t.form not in self._function and len(t.form) >= _MIN_LETTERS and not t.form.isdigit()
        ]

    def _keys(self, text: str) -> set[str]:
        """Every stem of `text`'s content words, and of its adjacent pairs of them."""
        return set(self.grams(text))

    def grams(self, text: str) -> dict[str, tuple[int, str]]:
        """The stems of `text`'s content words and of adjacent pairs of them, each with how often
        it stands there and its spelling where it first does (a term a cue can use)."""
        return _grams(self.analyzer, self._content(text), text)

    @property
    def case_paragraphs(self) -> int:
        """How many paragraphs the case text has (of five words or more)."""
        return len(self._case)

    def in_case(self, key: str) -> int:
        """How many paragraphs of the case text hold a stem (or pair of stems) of `grams`."""
        return self._case_counts.get(key, 0)

    def in_cues(self, key: str, cues: tuple[Cue, ...]) -> bool:
        """Whether a stem (or pair of stems) of `grams` is already a term of `cues`."""
        known = self._known.get(cues)
        if known is None:
            known = self._known[cues] = self._cue_keys(cues)
        cue_keys, cue_prefixes = known
        return key in cue_keys or (" " not in key and any(key.startswith(p) for p in cue_prefixes))

    def suggest(self, argument: Argument, limit: int = 15) -> list[Suggestion]:
        """The best candidate cue terms for `argument`, best first."""
        text = "\n\n".join((argument.title, argument.guidance, argument.model_paragraph))
        grams = self.grams(text)
        others = [
            self._keys("\n\n".join((a.title, a.guidance, a.model_paragraph)))
            for a in self.question.arguments
            if a.id != argument.id
        ]
        documents = len(self._case) + len(others) + 1
        suggestions = []
        for key, (count, written) in grams.items():
            case = self.in_case(key)
            other = sum(1 for keys in others if key in keys)
            idf = math.log((documents + 1) / (case + other + 1))
            phrase = " " in written
            score = count * idf * (1.3 if phrase else 1.0)
            broad = key in self.common
            if broad:
                score *= 0.2
            in_cues = self.in_cues(key, argument.cues)
            suggestions.append(
                Suggestion(written, round(score, 3), count, case, other, in_cues, broad)
            )
        suggestions.sort(key=lambda s: (-s.score, s.term))
        return suggestions[:limit]

    def _cue_keys(self, cues: tuple[Cue, ...]) -> tuple[set[str], set[str]]:
        """The stems the cues name, and their one-word prefixes (``photo*``)."""
        keys: set[str] = set()
        prefixes: set[str] = set()
        for cue in cues:
            for term in (*cue.any, *(t for part in cue.with_ for t in part)):
                try:
                    words = parse_term(term, self.analyzer)
                except TermError:
                    continue
                if len(words) == 1 and words[0].kind is Kind.PREFIX:
                    prefixes.add(words[0].form)
                elif len(words) <= 2 and all(w.kind is Kind.STEM for w in words):
                    keys.add(" ".join(sorted(w.keys)[0] for w in words))
        return keys, prefixes

    def broad(self, term: str) -> bool:
        """Whether a cue term names something (nearly) every answer mentions."""
        try:
            words = parse_term(term, self.analyzer)
        except TermError:
            return False
        return all(self._word_common(w) for w in words)

    def _word_common(self, word: TermWord) -> bool:
        single = {k for k in self.common if " " not in k}
        if word.kind is Kind.STEM:
            return bool(word.keys & single)
        if word.kind is Kind.PREFIX:
            return any(k.startswith(word.form) for k in single)
        return bool(self.analyzer.keys(word.form) & single)

    def broad_cues(self) -> list[BroadCue]:
        """The cue groups of the question each of whose parts holds a common term."""
        found = []
        for argument in self.question.arguments:
            for index, cue in enumerate(argument.cues):
                parts = [cue.any, *cue.with_]
                common = [next((t for t in part if self.broad(t)), None) for part in parts]
                if all(c is not None for c in common):
                    terms = tuple(c for c in common if c is not None)
                    found.append(BroadCue(argument.id, index, cue.name, terms))
        return found


def _grams(analyzer: Analyzer, tokens: list[Token], text: str) -> dict[str, tuple[int, str]]:
    """Stems of words and of adjacent word pairs: (count, the spelling seen first)."""
    found: dict[str, tuple[int, str]] = {}

    def add(key: str, written: str) -> None:
        count, first = found.get(key, (0, written))
        found[key] = (count + 1, first)

    for i, token in enumerate(tokens):
        add(_key(token), token.text)
        if i + 1 < len(tokens):
            after = tokens[i + 1]
            between = text[token.end : after.start]
            # Only words written next to each other make a phrase: no punctuation, no skipped word.
            if between.strip() == "" and "\n\n" not in between:
                add(f"{_key(token)} {_key(after)}", f"{token.text} {after.text}")
    return found


def _key(token: Token) -> str:
    return sorted(token.keys)[0]


def suggest(
    question: Question, case_text: str, argument_id: str, limit: int = 15
) -> list[Suggestion]:
    """Candidate cue terms for one argument of `question`; see `CueAdvisor.suggest`.

    Raises:
        KeyError: the question has no such argument.
    """
    return CueAdvisor(question, case_text).suggest(question.argument(argument_id), limit)


def broad_cues(question: Question, case_text: str) -> list[BroadCue]:
    """The question's over-broad cue groups; see `CueAdvisor.broad_cues`."""
    return CueAdvisor(question, case_text).broad_cues()
