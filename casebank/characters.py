"""Text that not every reader can show as written.

The directional isolates (U+2066-U+2069) are unknown to the bidirectional algorithm the PDF
export uses, and code points Unicode leaves unassigned (noncharacters such as U+FDD0 among them)
have no direction and no glyph. The export replaces them (`casebank.pdf.drawable`); validation
warns about them in a bank, so the author can take them out.

A run of characters with nowhere to break a line is laid out by Qt in time that grows with the
square of its length: a line of a million letters froze the window for minutes. Validation
refuses a run longer than `MAX_UNBROKEN` (`unbroken`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

ISOLATES = frozenset("\u2066\u2067\u2068\u2069")
# The format characters that prose uses and every reader shows: joiners, marks of direction,
# embeddings and overrides, the soft hyphen, the byte order mark. Without them, text that is
# printable apart from line breaks and tabs needs no closer look.
_FORMATS_SHOWN = re.compile("[\t\n\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060\ufeff]")
_ISOLATE = re.compile("[\u2066-\u2069]")


def undrawable(text: str) -> Iterator[int]:
    """The index of every isolate and unassigned code point in `text`, in order.

    Control characters are not reported here: a bank refuses them outright.
    """
    if _FORMATS_SHOWN.sub("", text).isprintable():
        return
    for index, char in enumerate(text):
        if char in ISOLATES or unicodedata.category(char) == "Cn":
            yield index


def describe(char: str) -> str:
    """How a message names the character and what the PDF export does with it."""
    code = f"U+{ord(char):04X}"
    if _ISOLATE.fullmatch(char):
        return (
            f"the directional isolate {code} ({unicodedata.name(char)}), which the PDF export "
            "draws as an embedding: the words beside it may be ordered differently"
        )
    kind = "a noncharacter" if _is_noncharacter(char) else "a code point Unicode leaves unassigned"
    return f"{code}, {kind}, which the PDF export shows as \ufffd"


def _is_noncharacter(char: str) -> bool:
    code = ord(char)
    return 0xFDD0 <= code <= 0xFDEF or code & 0xFFFE == 0xFFFE


# No real word comes near this; a web address seldom passes 300 characters.
MAX_UNBROKEN = 2_000
# Where a line may break without a space: between the letters of scripts written without spaces
# (Chinese, Japanese, Thai, Lao, Myanmar, Khmer), whose lines break between any two of them.
_BREAKS = (
    "\\s\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u2e80-\u9fff\uac00-\ud7a3"
    "\uf900-\ufaff\uff00-\uffef\U00020000-\U0003ffff"
)
# A run is only tried from its start (the look-behind), so the search is linear in the text.
_LONG_RUN = re.compile(f"(?<![^{_BREAKS}])[^{_BREAKS}]{{{MAX_UNBROKEN + 1}}}")
_RUN = re.compile(f"[^{_BREAKS}]*")


def unbroken(text: str) -> tuple[int, int] | None:
    """The start and length of the first run of more than `MAX_UNBROKEN` characters without a
    place to break a line, or None."""
    found = _LONG_RUN.search(text)
    if found is None:
        return None
    run = _RUN.match(text, found.start())
    assert run is not None
    return found.start(), run.end() - found.start()
