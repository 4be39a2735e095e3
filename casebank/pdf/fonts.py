"""The fonts the PDF embeds, and which font draws each character.

Every font is an OFL or Bitstream-licensed file in ``resources/fonts/`` (see its README). Text is
shaped by HarfBuzz, so the PDF must be able to show *glyphs*, not characters: a Persian letter has
up to four shapes and "لا" is one glyph for two letters. ReportLab embeds TrueType subsets keyed
by character codes, so `GlyphFont` gives every (glyph, text) pair a private code of its own and
writes the PDF's ToUnicode map from the text, not from the glyph. That is what lets a reader copy
the text back: the same glyph drawn for "(" in English and for ")" in mirrored Persian is two codes
with two meanings.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from functools import cached_property
from pathlib import Path
from typing import Any, cast

import uharfbuzz as hb  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont  # type: ignore[import-untyped]

from casebank.resources import RESOURCES

FONTS_DIR = RESOURCES / "fonts"

# Codes for glyphs start in Unicode's supplementary private use area, which no text uses, and
# never reach the PDF: ReportLab numbers each subset's codes 0-255 in order of first use.
_FIRST_CODE = 0xF0000


class Family(Enum):
    """A typeface for Latin, Greek and Cyrillic text; Arabic script has one face for both."""

    SERIF = "serif"  # reading text: the answer, the model answer, the case
    SANS = "sans"  # labels, headings, tables and tags


@dataclass(frozen=True, slots=True)
class Style:
    """How a run of text looks, independent of the script it is in."""

    family: Family = Family.SERIF
    bold: bool = False
    italic: bool = False


SERIF = Style()
SANS = Style(Family.SANS)
SANS_BOLD = Style(Family.SANS, bold=True)

# Which file draws each kind of text. Arabic script has no italic; bold italic is bold.
_LATIN = {
    (Family.SERIF, False, False): "NotoSerif-Regular.ttf",
    (Family.SERIF, True, False): "NotoSerif-Bold.ttf",
    (Family.SERIF, False, True): "NotoSerif-Italic.ttf",
    (Family.SERIF, True, True): "NotoSerif-Bold.ttf",
    (Family.SANS, False, False): "NotoSans-Regular.ttf",
    (Family.SANS, True, False): "NotoSans-Bold.ttf",
    (Family.SANS, False, True): "NotoSans-Regular.ttf",
    (Family.SANS, True, True): "NotoSans-Bold.ttf",
}
_ARABIC = {False: "NotoNaskhArabic-Regular.ttf", True: "NotoNaskhArabic-Bold.ttf"}
# The last resort for symbols, arrows and scripts the Noto faces above lack.
_FALLBACK = "DejaVuSans.ttf"
# Naskh letters look smaller than Latin ones at the same size; this evens out their x-heights.
_SCALE = dict.fromkeys(_ARABIC.values(), 1.15)

# Arabic-script letters, presentation forms included.
_ARABIC_RANGES = (
    (0x0600, 0x06FF),
    (0x0750, 0x077F),
    (0x0870, 0x08FF),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFF),
)


class GlyphFont(TTFont):  # type: ignore[misc]
    """A ReportLab TrueType font addressed by glyph, with an exact ToUnicode map."""

    def __init__(self, name: str, path: Path) -> None:
        super().__init__(name, str(path), asciiReadable=False, shapable=False)
        self._codes: dict[tuple[int, str], int] = {}
        self._text: dict[int, str] = {}
        self._lock = threading.Lock()

    def code(self, glyph: int, text: str, advance: float) -> str:
        """The character that stands for `glyph` showing `text`, registering it on first use.

        Args:
            glyph: the glyph id in the font.
            text: what the glyph means, for copying; "" for the second glyph of a cluster.
            advance: the glyph's default advance in thousandths of an em (the PDF's /Widths).
        """
        key = (glyph, text)
        code = self._codes.get(key)
        if code is None:
            with self._lock:
                code = self._codes.get(key)
                if code is None:
                    code = _FIRST_CODE + len(self._codes)
                    self.face.charToGlyph[code] = glyph
                    self.face.charWidths[code] = advance
                    self._text[code] = text
                    self._codes[key] = code
        return chr(code)

    def addObjects(self, doc: Any) -> None:  # noqa: N802 (ReportLab's name)
        """Write the font's subsets, then replace each ToUnicode map with the glyphs' text."""
        subsets = [list(s) for s in self.state[doc].subsets]
        super().addObjects(doc)
        face = self.face
        for n, subset in enumerate(subsets):
            name = b"".join((SUBSETN(n), b"+", face.name, face.subfontNameX)).decode("pdfdoc")
            stream = doc.idToObject["toUnicodeCMap:" + name]
            stream.content = _to_unicode_cmap([self._text.get(code, chr(code)) for code in subset])


def _to_unicode_cmap(texts: Sequence[str]) -> str:
    entries = [
        f"<{index:02X}> <{text.encode('utf-16-be').hex().upper()}>"
        for index, text in enumerate(texts)
        if text and index
    ]
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
        "/CMapName /Adobe-Identity-UCS def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        "<00> <FF>",
        "endcodespacerange",
    ]
    # A bfchar block holds at most 100 entries.
    for start in range(0, len(entries), 100):
        block = entries[start : start + 100]
        lines += [f"{len(block)} beginbfchar", *block, "endbfchar"]
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


class Face:
    """One font file: HarfBuzz shapes with it, ReportLab embeds it (loaded on first use)."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.path = FONTS_DIR / file
        try:
            data = self.path.read_bytes()
        except OSError as exc:
            raise RuntimeError(
                f"the font {self.path} is missing; reinstall Casewise ({exc.strerror})"
            ) from exc
        self.hb_font = hb.Font(hb.Face(data))
        face = self.hb_font.face
        self.upem = int(face.upem)
        self.unicodes: frozenset[int] = frozenset(face.unicodes)
        self.name = "Casewise-" + file.removesuffix(".ttf")
        self.scale = _SCALE.get(file, 1.0)
        self._lock = threading.Lock()

    @cached_property
    def pdf(self) -> GlyphFont:
        """The ReportLab font, parsed and registered the first time a glyph is drawn."""
        font = GlyphFont(self.name, self.path)
        pdfmetrics.registerFont(font)
        return font

    def has(self, char: str) -> bool:
        """Whether the font has a glyph for `char`."""
        return ord(char) in self.unicodes

    def advance(self, glyph: int) -> float:
        """The glyph's default advance, in thousandths of an em."""
        return cast(int, self.hb_font.get_glyph_h_advance(glyph)) * 1000 / self.upem

    def __repr__(self) -> str:
        return f"Face({self.file!r})"


class Fonts:
    """The shipped faces, loaded once per process, and the choice of a face per character."""

    def __init__(self) -> None:
        self._faces: dict[str, Face] = {}
        self._lock = threading.Lock()

    def face(self, file: str) -> Face:
        """The face of a file in resources/fonts."""
        face = self._faces.get(file)
        if face is None:
            with self._lock:
                face = self._faces.get(file)
                if face is None:
                    face = self._faces[file] = Face(file)
        return face

    def primary(self, style: Style, arabic: bool) -> Face:
        """The face a style uses for Latin-like text, or for Arabic script."""
        if arabic:
            return self.face(_ARABIC[style.bold])
        return self.face(_LATIN[(style.family, style.bold, style.italic)])

    def chain(self, style: Style) -> tuple[Face, ...]:
        """The faces to try, in order, for a character of no particular script."""
        return (
            self.primary(style, arabic=False),
            self.primary(style, arabic=True),
            self.face(_FALLBACK),
        )

    def for_char(self, char: str, style: Style, current: Face | None) -> Face:
        """The face that draws `char`: its script's face, else the first in the chain that has it.

        Marks, joiners, spaces, digits and punctuation stay in `current` (the face of the text
        before them) when it has them, so that a cluster is never split and "2024" inside Persian
        text takes the Persian face's digits.
        """
        code = ord(char)
        if is_arabic(code):
            face = self.primary(style, arabic=True)
            if face.has(char):
                return face
        elif unicodedata.category(char)[0] == "L":
            face = self.primary(style, arabic=False)
            if face.has(char):
                return face
        elif current is not None and (current.has(char) or _is_ignorable(char)):
            return current
        for face in self.chain(style):
            if face.has(char):
                return face
        # No face has it: the first draws its "missing glyph" box rather than nothing.
        return current or self.primary(style, arabic=False)


def is_arabic(code: int) -> bool:
    """Whether a code point is an Arabic-script letter or form."""
    return any(low <= code <= high for low, high in _ARABIC_RANGES)


def _is_ignorable(char: str) -> bool:
    # ZWNJ, ZWJ, directional marks and variation selectors: HarfBuzz hides them in any font.
    return unicodedata.category(char) in {"Cf", "Mn", "Me"}


FONTS = Fonts()


def table_font() -> str:
    """The font name tables set for their cells (they draw no text of their own: every cell is
    a flowable), so that ReportLab does not add an unembedded Helvetica to the PDF."""
    return str(FONTS.primary(SANS, arabic=False).pdf.fontName)
