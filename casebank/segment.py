"""Paragraphs and sentences of an answer, with their spans.

Sentences are the unit of co-occurrence ("a platform name together with a purpose word in the same
sentence") and of incremental re-checking: a sentence whose text did not change is not analysed
again. The splitter is deliberately simple and predictable; it knows common abbreviations so that
"e.g." or "z. B." do not cut a sentence in two.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r]*\n\s*")
# A new line that starts a list item or a heading starts a new sentence.
_LINE_ITEM = re.compile(r"\n[ \t]*(?:[-*+•·▪–]|\d{1,3}[.)]|#{1,6})\s")
_END = re.compile(r"[.!?؟…。！？]+[\"'”’»)\]]*(?=\s|$)|[;؛](?=\s)")
_ABBREVIATIONS = frozenset(
    {
        "e.g",
        "i.e",
        "etc",
        "vs",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "inc",
        "ltd",
        "co",
        "corp",
        "st",
        "no",
        "fig",
        "approx",
        "cf",
        "al",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.k",
        "z.b",
        "d.h",
        "u.a",
        "bzw",
        "ca",
        "nr",
        "usw",
        "vgl",
        "ggf",
        "sog",
        "s",
        "bspw",
        "evtl",
        "inkl",
        "zzgl",
        "mio",
        "mrd",
        "dt",
    }
)
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_LONGEST_ABBREVIATION = 8


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: its span in the answer and the index of the paragraph it stands in."""

    start: int
    end: int
    paragraph: int


def sentences(text: str) -> list[Sentence]:
    """Split `text` into sentences, trimmed of surrounding white space, in order."""
    result: list[Sentence] = []
    paragraph = 0
    pos = 0
    for brk in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = brk.start() if brk else len(text)
        if text[pos:end].strip():
            result.extend(
                Sentence(pos + s, pos + e, paragraph) for s, e in _split_paragraph(text[pos:end])
            )
            paragraph += 1
        if brk:
            pos = brk.end()
    return result


@lru_cache(maxsize=4096)
def _split_paragraph(text: str) -> tuple[tuple[int, int], ...]:
    """The sentences of one paragraph as (start, end) in it. Cached: a re-check after a keystroke
    splits only the paragraph that changed."""
    cuts = [m.start() + 1 for m in _LINE_ITEM.finditer(text)]
    for m in _END.finditer(text):
        if m.group()[0] == "." and _is_abbreviation(text, 0, m.start()):
            continue
        cuts.append(m.end())
    out: list[tuple[int, int]] = []
    pos = 0
    for cut in [*sorted(cuts), len(text)]:
        _add(text, pos, cut, out)
        pos = max(pos, cut)
    return tuple(out)


def _is_abbreviation(text: str, start: int, dot: int) -> bool:
    # Only the few characters before the dot can hold an abbreviation; searching from the start of
    # the paragraph would make splitting quadratic in its length.
    match = _WORD_BEFORE.search(text[max(start, dot - _LONGEST_ABBREVIATION) : dot])
    if not match:
        return False
    word = match.group(1).lower().strip(".")
    # A single letter before a dot is an initial or part of "z. B.", not a sentence end.
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def _add(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append((start, end))
