"""Bank text beside interface words, safe to show in either direction.

Qt-free. A prompt shown in a list is cut to fit and set in a Unicode isolate (FSI … PDI), so
that a Persian prompt in an English window reads right to left with its ellipsis at its own end,
on the left, and never drags neighbouring text (a version, a count) into its run. `direction`
says which way a text runs (its first strong letter, as Unicode's rule P2 has it), and `quote`
quotes a piece of bank text as its own language does. `desktop.ui.bidi` lays panes out by them.
"""

from __future__ import annotations

import unicodedata
from typing import Literal

FIRST_STRONG_ISOLATE = "\u2068"
POP_DIRECTIONAL_ISOLATE = "\u2069"
ELLIPSIS = "…"
_ISOLATE_OPENERS = frozenset({"\u2066", "\u2067", "\u2068"})  # LRI, RLI, FSI

# The quotation marks of the languages banks are written in; others get English's.
QUOTES = {"fa": ("«", "»"), "ar": ("«", "»"), "de": ("„", "“"), "en": ("“", "”")}

Direction = Literal["ltr", "rtl"]


def direction(text: str) -> Direction | None:
    """Which way `text` runs: that of its first strong letter, skipping isolated runs (Unicode's
    rule P2). None when it has no letter that decides (digits, punctuation, nothing)."""
    depth = 0
    for char in text:
        if char in _ISOLATE_OPENERS:
            depth += 1
        elif char == POP_DIRECTIONAL_ISOLATE:
            depth = max(depth - 1, 0)
        elif depth == 0:
            kind = unicodedata.bidirectional(char)
            if kind == "L":
                return "ltr"
            if kind in ("R", "AL"):
                return "rtl"
    return None


def quote(text: str, language: str) -> str:
    """`text` between the quotation marks of its own `language` (a bank's language tag such as
    ``de`` or ``fa-IR``), as an isolate: Persian words in an English sentence get «…»."""
    opening, closing = QUOTES.get(language.replace("_", "-").split("-")[0].lower(), QUOTES["en"])
    return isolate(f"{opening}{text}{closing}")


def isolate(text: str) -> str:
    """`text` in a first-strong isolate: it takes its direction from its own first letter."""
    return f"{FIRST_STRONG_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}"


def shorten(text: str, width: int) -> str:
    """`text` on one line, cut at a word boundary to at most `width` characters.

    The ellipsis goes at the logical end, so inside an isolate it lands on the left of a
    right-to-left text. A single word longer than `width` is cut inside the word.
    """
    line = " ".join(text.split())
    if len(line) <= width:
        return line
    head = line[: width - 1]
    if line[width - 1] != " " and " " in head:  # the last word does not fit whole
        head = head.rsplit(" ", 1)[0]
    return head.rstrip(" ,;:،؛") + ELLIPSIS


def label(text: str, width: int) -> str:
    """`shorten` then `isolate`: the form for lists and trees."""
    return isolate(shorten(text, width))


def _astral(text: str) -> list[int]:
    """Indices of the characters that UTF-16 stores as two units (emoji, rare CJK)."""
    if text.isascii():
        return []
    return [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]


def to_utf16(text: str, index: int) -> int:
    """A Python string index in `text` as a Qt text position, which counts UTF-16 units."""
    return index + sum(1 for i in _astral(text) if i < index)


def from_utf16(text: str, position: int) -> int:
    """A Qt text position in `text` as a Python string index (inside a pair: its start)."""
    index = position
    for i in _astral(text):
        if i >= index:
            break
        index -= 1  # every pair before the position counts one unit more than one character
    return index
