"""Text the PDF can draw: isolates, noncharacters and stray controls replaced before shaping.

Answers come from anywhere (a pasted web page, a Word file, a name on the command line), and a
bank's prose may hold any character its UTF-8 files can. Three kinds would break the export:

- The directional isolates (U+2066-U+2069), which python-bidi's algorithm does not know. Each
  becomes the embedding that asks for the same direction (LRI -> LRE, RLI -> RLE, PDI -> PDF; FSI
  takes the direction of the first strong letter after it). An embedding differs from an isolate
  only in how neutral characters at its edges are ordered.
- Characters Unicode leaves unassigned (noncharacters such as U+FDD0 included) have no direction
  at all; lone surrogates cannot be written into a PDF. Each becomes U+FFFD, the replacement
  character, so the reader sees that something stood there.
- Control characters other than tabs and line breaks (a bell, a terminal escape) draw as nothing
  or as a missing glyph. They become U+FFFD too; a carriage return becomes a space.

Every character is replaced by exactly one, so offsets into the text (the evidence the checklist
highlights) stay valid.
"""

from __future__ import annotations

import unicodedata

REPLACEMENT = "\ufffd"
_LRE, _RLE, _PDF = "\u202a", "\u202b", "\u202c"
_EMBEDDING_OF = {"\u2066": _LRE, "\u2067": _RLE, "\u2069": _PDF}
FSI = "\u2068"
_KEPT_CONTROLS = frozenset("\t\n")
_STRONG = {"L": _LRE, "R": _RLE, "AL": _RLE}


def drawable(text: str) -> str:
    """`text` with every character the PDF cannot draw replaced, one for one (see the module)."""
    if text.isprintable():  # the usual case, answered in C: nothing to replace
        return text
    out = list(text)
    fsi: list[int] = []
    for i, char in enumerate(text):
        if char.isprintable() or char in _KEPT_CONTROLS:
            continue
        if char in _EMBEDDING_OF:
            out[i] = _EMBEDDING_OF[char]
        elif char == FSI:
            fsi.append(i)
        elif char == "\r":
            out[i] = " "
        elif unicodedata.category(char) in {"Cc", "Cn", "Cs"}:
            out[i] = REPLACEMENT
    if fsi:
        _resolve_first_strong(text, out, fsi)
    return "".join(out)


def _resolve_first_strong(text: str, out: list[str], positions: list[int]) -> None:
    """Each first-strong isolate becomes the embedding of the next strong letter's direction.

    One pass from the end finds, for every position, the direction of the strong letter after it:
    linear however many isolates there are.
    """
    embedding = _LRE  # none follows: left to right, as the algorithm's default
    pending = len(positions) - 1
    for i in range(len(text) - 1, -1, -1):
        if pending < 0:
            break
        if i == positions[pending]:
            out[i] = embedding
            pending -= 1
            continue
        strong = _STRONG.get(unicodedata.bidirectional(text[i]))
        if strong is not None:
            embedding = strong
