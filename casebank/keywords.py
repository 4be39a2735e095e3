"""A keyword baseline in the manner of H5P Essay, for measuring the coverage engine against.

H5P Essay, the most widely used essay checker in open learning platforms, looks for keywords and
their alternatives in the written text. This module applies its matching rules to a Casewise
rubric: each argument is one H5P keyword whose alternatives are every term of every cue group of
that argument, and the argument counts as covered when any alternative is found. The rules follow
H5P Essay's scoring code:

- matching is case-insensitive here (each keyword's "case sensitive" box unticked), of the written
  form as an isolated word or phrase, with no inflection;
- ``*`` stands for any run of ASCII letters, possibly none (``[A-z]*``);
- "forgive minor mistakes" is on: a window of as many words as the alternative matches within a
  Levenshtein distance of 1 for alternatives of 3 to 9 characters and 2 for longer ones.

A Casewise term's markers are read as an author would have typed the keyword into H5P: ``=US`` and
``==Apple`` become ``us`` and ``apple``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from casebank.model import Argument, Question

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_PART = re.compile(r"[^\W_]+(?:['’][^\W_]+)*\*?")
_SHORTEST_FORGIVEN = 3
_LONGEST_ONE_MISTAKE = 9


@dataclass(frozen=True, slots=True)
class KeywordHit:
    """Which alternative of an argument's keyword an answer contains."""

    argument: str
    alternative: str


def alternatives(argument: Argument) -> tuple[str, ...]:
    """Every term of every cue group of `argument`, as H5P keyword alternatives."""
    seen: dict[str, None] = {}
    for cue in argument.cues:
        for term in (*cue.any, *(t for group in cue.with_ for t in group)):
            seen.setdefault(term.lstrip("=").strip().casefold(), None)
    return tuple(seen)


def found(question: Question, answer: str) -> dict[str, KeywordHit | None]:
    """For each argument with cues, the first alternative the answer contains, or None."""
    words = tuple(_WORD.findall(answer.casefold()))
    return {
        argument.id: _first(argument, words) for argument in question.arguments if argument.cues
    }


def _first(argument: Argument, words: tuple[str, ...]) -> KeywordHit | None:
    for alternative in alternatives(argument):
        if _contains(words, alternative):
            return KeywordHit(argument.id, alternative)
    return None


def _contains(words: tuple[str, ...], alternative: str) -> bool:
    parts = tuple(_PART.findall(alternative))
    if not parts:
        return False
    pattern = _pattern(parts)
    written = " ".join(parts)
    size = len(parts)
    limit = 0 if "*" in written else _mistakes_forgiven(written)
    # An answer says most words many times: each distinct window is compared once.
    windows = dict.fromkeys(" ".join(words[i : i + size]) for i in range(len(words) - size + 1))
    return any(
        pattern.fullmatch(window) or (limit and _within(window, written, limit))
        for window in windows
    )


@lru_cache(maxsize=4096)
def _pattern(parts: tuple[str, ...]) -> re.Pattern[str]:
    words = [re.escape(p.rstrip("*")) + ("[A-Za-z]*" if p.endswith("*") else "") for p in parts]
    return re.compile(" ".join(words))


def _mistakes_forgiven(alternative: str) -> int:
    length = len(alternative)
    if length < _SHORTEST_FORGIVEN:
        return 0
    return 1 if length <= _LONGEST_ONE_MISTAKE else 2


@lru_cache(maxsize=65536)
def _pairs(word: str) -> frozenset[str]:
    """The pairs of neighbouring letters of `word`."""
    return frozenset(word[i : i + 2] for i in range(len(word) - 1))


def _within(a: str, b: str, limit: int) -> bool:
    """Whether the Levenshtein distance of `a` and `b` is at most `limit`.

    Only the diagonal band of `limit` cells either side is worked out: a path that leaves it has
    already made more than `limit` edits. The baseline asks this of every window of every answer,
    so the band is what keeps `make eval` to seconds.
    """
    if abs(len(a) - len(b)) > limit:
        return False
    if a == b:
        return True
    # One edit takes at most two letter pairs away from a word: a word that lacks more than
    # twice `limit` of the other's pairs is further away than that, and most words are.
    if len(_pairs(b) - _pairs(a)) > 2 * limit:
        return False
    over = limit + 1
    previous = [j if j <= limit else over for j in range(len(b) + 1)]
    for i, ca in enumerate(a, 1):
        low, high = max(1, i - limit), min(len(b), i + limit)
        current = [over] * (len(b) + 1)
        current[0] = i if i <= limit else over
        best = current[0]
        for j in range(low, high + 1):
            cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != b[j - 1]))
            current[j] = cost if cost <= limit else over
            best = min(best, current[j])
        if best > limit:
            return False
        previous = current
    return previous[-1] <= limit
