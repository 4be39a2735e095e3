"""Lines of shaped, bidirectional text, and how they are drawn into a PDF page.

A `Block` is a paragraph of styled runs. `lay_out` gives each character a bidi level and a face
(falling back to a face that has the glyph), cuts the text into atoms (a word's pieces of one face
and one direction, and the spaces between words), shapes each atom with HarfBuzz, breaks lines
greedily at spaces and puts each line's atoms in visual order. `draw_line` writes the glyphs
with exact positions, and a text layer in which every glyph stands for the characters it shows.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache
from typing import Any

from casebank.pdf import bidi
from casebank.pdf.drawable import drawable
from casebank.pdf.fonts import FONTS, SERIF, Face, Style
from casebank.pdf.shaping import Shaped, shape

Colour = tuple[float, float, float]
BLACK: Colour = (0.0, 0.0, 0.0)
# Spaces that do not allow a line break.
_NO_BREAK = frozenset("\u00a0\u202f\u2007\u2060")
# Widths are sums of floats: a word measured to fit exactly must not wrap by a rounding error.
_SLACK = 0.01
# More characters than any line holds at the sizes the export uses (a column is under 500 points,
# a narrow glyph over a point wide); only marks and joiners, which take no width, could pass it.
_MOST_PER_LINE = 1000


class Align(Enum):
    """Where lines stand: at the paragraph's start side, its end side, or centred."""

    START = "start"
    END = "end"
    CENTRE = "centre"


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of text in one style and colour."""

    text: str
    style: Style = SERIF
    colour: Colour = BLACK


@dataclass(frozen=True)
class Block:
    """A paragraph: styled runs, a size, a line spacing and an alignment.

    `level` fixes the paragraph direction (0 left to right, 1 right to left); `None` takes it
    from the first strong character, or from `default_level` when there is none.
    """

    runs: tuple[Run, ...]
    size: float = 10.0
    leading: float = 14.0
    align: Align = Align.START
    level: int | None = None
    default_level: int = 0

    @property
    def text(self) -> str:
        """The paragraph's text."""
        return "".join(run.text for run in self.runs)


@dataclass(frozen=True, slots=True)
class Atom:
    """A shaped piece of a line: characters start:end of the block, in one face and level."""

    start: int
    end: int
    shaped: Shaped
    level: int
    size: float
    colour: Colour
    space: bool

    @property
    def width(self) -> float:
        """The width in points."""
        return self.shaped.width * self.size / 1000


@dataclass(slots=True)
class Line:
    """A line: atoms in visual order with their x offsets, and the characters it holds."""

    atoms: list[Atom]
    xs: list[float]
    width: float
    start: int
    end: int


@dataclass(slots=True)
class Laid:
    """A block broken into lines for one width."""

    block: Block
    width: float
    level: int
    lines: list[Line] = field(default_factory=list)

    @property
    def height(self) -> float:
        """The height in points."""
        return len(self.lines) * self.block.leading


class _Text:
    """Per-character facts about a block: text, level, face, run."""

    def __init__(self, block: Block) -> None:
        self.block = block
        # One character for one: offsets into the block (highlights, cuts) stay what they were.
        text = drawable(block.text).replace("\t", " ")
        self.text = text
        level = block.level
        if level is None:
            level = bidi.base_level(text, block.default_level)
        self.level = level
        self.levels = bidi.levels(text, level)
        self.faces: list[Face] = []
        self.runs: list[int] = []
        start = 0
        for index, run in enumerate(block.runs):
            face: Face | None = None
            end = start + len(run.text)
            for char in text[start:end]:
                face = FONTS.for_char(char, run.style, face)
                self.faces.append(face)
                self.runs.append(index)
            start = end
        # Spaces and punctuation that open a run take the face of the first letter after them,
        # so that "«" before Persian text is drawn in the Persian face.
        start = 0
        for run in block.runs:
            end = start + len(run.text)
            first = next((i for i in range(start, end) if not _weak(text[i])), None)
            if first is not None:
                for i in range(start, first):
                    if self.faces[first].has(text[i]):
                        self.faces[i] = self.faces[first]
            start = end

    def atoms(self, start: int, end: int) -> list[Atom]:
        """The atoms of characters start:end, in logical order."""
        result = []
        i = start
        text = self.text
        while i < end:
            space = _breaking_space(text[i])
            j = i + 1
            while (
                j < end
                and _breaking_space(text[j]) == space
                and self.faces[j] is self.faces[i]
                and self.levels[j] == self.levels[i]
                and self.runs[j] == self.runs[i]
            ):
                j += 1
            run = self.block.runs[self.runs[i]]
            level = self.levels[i]
            result.append(
                Atom(
                    i,
                    j,
                    shape(self.faces[i], text[i:j], level % 2 == 1),
                    level,
                    self.block.size * self.faces[i].scale,
                    run.colour,
                    space,
                )
            )
            i = j
        return result

    def words(self) -> Iterator[tuple[int, int, bool]]:
        """Spans of words and of the spaces between them, with whether each is space."""
        text = self.text
        i = 0
        while i < len(text):
            space = _breaking_space(text[i])
            j = i + 1
            while j < len(text) and _breaking_space(text[j]) == space:
                j += 1
            yield i, j, space
            i = j


def _breaking_space(char: str) -> bool:
    return char.isspace() and char not in _NO_BREAK


def _weak(char: str) -> bool:
    return not unicodedata.category(char).startswith("L")


def lay_out(block: Block, width: float) -> Laid:
    """Break a block into lines no wider than `width` points, each in visual order."""
    facts = _Text(block)
    laid = Laid(block, width, facts.level)
    line: list[Atom] = []
    line_width = 0.0
    pending: list[Atom] = []  # spaces since the last word, kept only if a word follows
    for start, end, space in facts.words():
        atoms = facts.atoms(start, end)
        if space:
            if "\n" in facts.text[start:end]:  # a hard line break
                _finish(laid, facts, line)
                line, line_width, pending = [], 0.0, []
                continue
            pending.extend(atoms)
            continue
        word_width = sum(a.width for a in atoms)
        space_width = sum(a.width for a in pending)
        if line and line_width + space_width + word_width > width + _SLACK:
            _finish(laid, facts, line)
            line, line_width, pending, space_width = [], 0.0, [], 0.0
        if not line and word_width > width + _SLACK:
            # A word longer than the line (a URL, a long compound): cut it where it fits.
            for piece in _cut(facts, start, end, width - space_width):
                if line:
                    _finish(laid, facts, line)
                    line, pending, space_width = [], [], 0.0
                line = pending + piece
                pending = []
            line_width = sum(a.width for a in line)
            continue
        line.extend(pending)
        line.extend(atoms)
        line_width += space_width + word_width
        pending = []
    if line or not laid.lines:
        _finish(laid, facts, line)
    return laid


def _cut(facts: _Text, start: int, end: int, width: float) -> list[list[Atom]]:
    """Cut the word start:end into pieces that each fit `width` (at least one character).

    A piece is sought among the next `_MOST_PER_LINE` characters only, so that a pasted "word"
    of a megabyte is cut in time linear in its length, not shaped whole for every piece.
    """
    pieces = []
    while start < end:
        low, high = start + 1, min(end, start + _MOST_PER_LINE)
        while low < high:
            middle = (low + high + 1) // 2
            if sum(a.width for a in facts.atoms(start, middle)) <= width + _SLACK:
                low = middle
            else:
                high = middle - 1
        while low < end and unicodedata.combining(facts.text[low]):
            low += 1
        pieces.append(facts.atoms(start, low))
        start = low
    return pieces


def _finish(laid: Laid, facts: _Text, atoms: list[Atom]) -> None:
    while atoms and atoms[-1].space:
        atoms = atoms[:-1]
    if laid.lines:  # a wrapped line does not start with the spaces it was wrapped at
        while atoms and atoms[0].space:
            atoms = atoms[1:]
    if not atoms:
        previous = laid.lines[-1].end if laid.lines else 0
        laid.lines.append(Line([], [], 0.0, previous, previous))
        return
    ordered = bidi.visual_order(atoms, [a.level for a in atoms])
    xs = []
    x = 0.0
    for atom in ordered:
        xs.append(x)
        x += atom.width
    laid.lines.append(Line(ordered, xs, x, min(a.start for a in atoms), max(a.end for a in atoms)))


def line_left(laid: Laid, line: Line, width: float) -> float:
    """Where a line starts, from the left edge of a column `width` points wide."""
    align = laid.block.align
    if align is Align.CENTRE:
        return (width - line.width) / 2
    at_right = (align is Align.START) == (laid.level == 1)
    return width - line.width if at_right else 0.0


def baseline(block: Block) -> float:
    """How far below the top of a line its baseline lies."""
    return (block.leading + 0.72 * block.size) / 2


def extents(line: Line, start: int, end: int) -> list[tuple[float, float]]:
    """The horizontal extents, from the line's start, of the characters start:end of the block."""
    found: list[tuple[float, float]] = []
    for atom, x in zip(line.atoms, line.xs, strict=True):
        if atom.end <= start or atom.start >= end:
            continue
        extent = atom.shaped.extent(start - atom.start, end - atom.start)
        if extent is None:
            continue
        scale = atom.size / 1000
        low, high = x + extent[0] * scale, x + extent[1] * scale
        if found and abs(found[-1][1] - low) < 0.5:
            found[-1] = (found[-1][0], high)
        else:
            found.append((low, high))
    return found


def draw_line(canvas: Any, line: Line, x: float, y: float) -> None:
    """Draw a line's glyphs with its left edge at `x` and its baseline at `y`."""
    if not line.atoms:
        return
    doc = canvas._doc
    out = ["q BT"]
    font_name = ""
    size = -1.0
    colour: Colour | None = None
    for atom, offset in zip(line.atoms, line.xs, strict=True):
        shaped = atom.shaped
        if atom.colour != colour:
            colour = atom.colour
            out.append(f"{_num(colour[0])} {_num(colour[1])} {_num(colour[2])} rg")
        font = shaped.face.pdf
        program = _program(shaped.face, shaped.text, shaped.rtl)
        codes = "".join(step[1] for step in program)
        out.append(f"1 0 0 1 {_num(x + offset)} {_num(y)} Tm")
        steps = iter(program)
        for subset, data in font.splitString(codes, doc):
            name = font.getSubsetInternalName(subset, doc)
            if name != font_name or atom.size != size:
                font_name, size = name, atom.size
                out.append(f"{name} {_num(size)} Tf")
            out.append(_show(data, steps, atom.size))
    out.append("ET Q")
    canvas.addLiteral("\n".join(out))


# A step: the adjustment before a glyph, its code, the adjustment after it (in TJ units:
# thousandths of an em, positive moves left), its rise in thousandths of an em, and its width.
_Step = tuple[float, str, float, float, float]


@lru_cache(maxsize=32768)
def _program(face: Face, text: str, rtl: bool) -> tuple[_Step, ...]:
    """How to draw a shaped text, glyph by glyph."""
    shaped = shape(face, text, rtl)
    font = face.pdf
    steps = []
    for glyph in shaped.glyphs:
        default = face.advance(glyph.id)
        code = font.code(glyph.id, glyph.text, default)
        steps.append((-glyph.dx, code, default - glyph.advance + glyph.dx, glyph.dy, default))
    return tuple(steps)


def _show(data: bytes, steps: Iterator[_Step], size: float) -> str:
    """The operators that show one subset's glyphs of an atom."""
    parts: list[str] = []
    hex_run: list[str] = []
    out: list[str] = []

    def flush_hex() -> None:
        if hex_run:
            parts.append("<" + "".join(hex_run) + ">")
            hex_run.clear()

    def flush_tj() -> None:
        flush_hex()
        if parts:
            out.append("[" + " ".join(parts) + "] TJ")
            parts.clear()

    for byte in data:
        before, _code, after, dy, width = next(steps)
        code = f"{byte:02X}"
        if dy:
            # A raised or lowered mark (a Persian kasra, a stacked accent). Readers put a glyph
            # off the baseline on a line of its own, so the visible mark carries no text (an
            # empty ActualText) and an invisible copy on the baseline carries it instead.
            flush_tj()
            out.append(f"3 Tr [<{code}> {_num(width)}] TJ 0 Tr")
            out.append(f"/Span <</ActualText <FEFF>>> BDC {_num(dy * size / 1000)} Ts")
            out.append(f"[{_num(before)} <{code}> {_num(after)}] TJ 0 Ts EMC")
            continue
        if abs(before) >= 0.005:
            flush_hex()
            parts.append(_num(before))
        hex_run.append(code)
        if abs(after) >= 0.005:
            flush_hex()
            parts.append(_num(after))
    flush_tj()
    return "\n".join(out)


def _num(value: float) -> str:
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return "0" if text in {"-0", ""} else text


def fill_rects(
    canvas: Any, rects: Sequence[tuple[float, float, float, float]], colour: Colour
) -> None:
    """Fill rectangles (x, y, width, height) in one colour."""
    if not rects:
        return
    ops = [f"q {_num(colour[0])} {_num(colour[1])} {_num(colour[2])} rg"]
    ops += [f"{_num(x)} {_num(y)} {_num(w)} {_num(h)} re" for x, y, w, h in rects]
    ops.append("f Q")
    canvas.addLiteral("\n".join(ops))
