"""Characters a text may hold that not every reader can show as written.

The directional isolates (U+2066-U+2069) are unknown to the bidirectional algorithm the PDF
export uses, and code points Unicode leaves unassigned (noncharacters such as U+FDD0 among them)
have no direction and no glyph. The export replaces them (`desktop.export.drawable`); validation
warns about them in a bank, so the author can take them out.
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
