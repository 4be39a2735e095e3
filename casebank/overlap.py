"""Copying: the passages of an answer that repeat the case text or the model answer word for word.

Two texts share a passage when they share a run of at least `MIN_WORDS` words after
normalisation (case, accents, Persian letter variants: the engine's word forms, not stems, so a
passage has to be copied, not merely about the same thing). Overlapping runs merge into one
passage. Each passage says where it stands in the answer (paragraph and line) and in the source.

Quoting a short phrase is normal; a run of eight or more identical words rarely happens by chance,
which is why a passage is flagged for a tutor to look at, never marked down automatically.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from casebank.language import Token, analyzer_for

MIN_WORDS = 8
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")


@dataclass(frozen=True, slots=True)
class Source:
    """A text an answer may copy from: its name (``case text``, ``model answer``) and text."""

    name: str
    text: str


@dataclass(frozen=True, slots=True)
class Place:
    """Where a span stands in a text: 1-based paragraph (blank-line separated) and line."""

    paragraph: int
    line: int

    def __str__(self) -> str:
        return f"¶{self.paragraph} l.{self.line}"


@dataclass(frozen=True, slots=True)
class Passage:
    """A run of words the answer shares with a source."""

    source: str
    start: int  # offsets into the answer, in code points
    end: int
    words: int
    where: Place  # in the answer
    source_where: Place  # in the source

    def describe(self) -> str:
        """A short description: ``12 words at ¶2 l.3 from the case text (¶4)``."""
        return (
            f"{self.words} words at {self.where} from the {self.source} "
            f"(¶{self.source_where.paragraph})"
        )


@dataclass(frozen=True, slots=True)
class Overlap:
    """The copied passages of one answer."""

    words: int  # words of the answer (tokens, as the engine counts them)
    passages: tuple[Passage, ...]

    @property
    def copied_words(self) -> int:
        """How many of the answer's words stand in copied passages."""
        return sum(p.words for p in self.passages)

    @property
    def share(self) -> float:
        """The share of the answer's words that are copied, from 0 to 1."""
        return self.copied_words / self.words if self.words else 0.0

    def describe(self) -> str:
        """All passages, ``; ``-separated, or "" when nothing is copied."""
        return "; ".join(p.describe() for p in self.passages)


class OverlapFinder:
    """Finds passages shared with a fixed set of sources; build it once per question."""

    def __init__(self, sources: list[Source], language: str, min_words: int = MIN_WORDS) -> None:
        if min_words < 2:
            raise ValueError("a passage is at least two words long")
        self.min_words = min_words
        self.analyzer = analyzer_for(language)
        self._sources = sources
        # Each n-gram of a source, mapped to the first source and token index it stands at.
        self._ngrams: dict[tuple[str, ...], tuple[int, int]] = {}
        self._tokens: list[list[Token]] = []
        for index, source in enumerate(sources):
            tokens = self.analyzer.tokens(source.text)
            self._tokens.append(tokens)
            forms = [t.form for t in tokens]
            for i in range(len(forms) - min_words + 1):
                self._ngrams.setdefault(tuple(forms[i : i + min_words]), (index, i))

    def find(self, answer: str) -> Overlap:
        """The passages of `answer` that stand word for word in a source."""
        tokens = self.analyzer.tokens(answer)
        forms = [t.form for t in tokens]
        n = self.min_words
        passages: list[Passage] = []
        i = 0
        while i <= len(forms) - n:
            hit = self._ngrams.get(tuple(forms[i : i + n]))
            if hit is None:
                i += 1
                continue
            source, at = hit
            source_forms = self._tokens[source]
            # Extend the run as far as answer and source keep agreeing, then look past its end.
            length = n
            while (
                i + length < len(forms)
                and at + length < len(source_forms)
                and forms[i + length] == source_forms[at + length].form
            ):
                length += 1
            first, last = tokens[i], tokens[i + length - 1]
            merged = passages and passages[-1].source == self._sources[source].name
            if merged and passages[-1].end >= first.start:
                previous = passages.pop()
                start = previous.start
                words = previous.words + sum(
                    1 for t in tokens[i : i + length] if t.start >= previous.end
                )
                where, source_where = previous.where, previous.source_where
            else:
                start, words = first.start, length
                where = place(answer, first.start)
                source_where = place(self._sources[source].text, source_forms[at].start)
            passages.append(
                Passage(self._sources[source].name, start, last.end, words, where, source_where)
            )
            i += max(1, length - n + 1)
        return Overlap(len(tokens), tuple(passages))


def place(text: str, offset: int) -> Place:
    """The paragraph and line of `offset` in `text` (paragraphs are separated by blank lines)."""
    before = text[:offset]
    paragraphs = len(_PARAGRAPH_BREAK.findall(before.lstrip()))
    return Place(paragraphs + 1, before.count("\n") + 1)
