"""Platypus flowables that draw text through `layout`: paragraphs, tags and marked answers.

ReportLab's own Paragraph cannot shape Persian without rlbidi (which is not on PyPI), so every
piece of text in the document, down to a table cell and a tag, is a `Text` flowable. Platypus
still does what it is good at: pages, frames, tables, keeping a heading with what follows it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reportlab.platypus import Flowable  # type: ignore[import-untyped]

from casebank.pdf.colours import ink_on, tint
from casebank.pdf.drawable import drawable
from casebank.pdf.fonts import Family, Style
from casebank.pdf.layout import (
    Align,
    Block,
    Colour,
    Laid,
    Line,
    Run,
    baseline,
    draw_line,
    extents,
    fill_rects,
    lay_out,
    line_left,
)

TAG_SIZE = 7.0
TAG_HEIGHT = 10.0
TAG_GAP = 2.0


@dataclass(frozen=True, slots=True)
class Outline:
    """A bookmark: the title shown in the reader's outline, a unique key and a level."""

    title: str
    key: str
    level: int = 0


@dataclass(frozen=True, slots=True)
class Tagging:
    """Coverage marks on a block: evidence spans, and the tags shown in the margin beside them.

    `spans` are (start, end, argument index) in the block's characters. The gutter is `gutter`
    points wide on the `right` or left side of the text column.
    """

    spans: tuple[tuple[int, int, int], ...]
    labels: tuple[str, ...]
    colours: tuple[Colour, ...]
    gutter: float
    right: bool


class Text(Flowable):  # type: ignore[misc]
    """A paragraph of shaped text, split across pages between lines.

    Args:
        block: the text and its style.
        indent: space on the paragraph's start side (list items, quotations).
        bullet: a marker drawn in the indent beside the first line ("•", "2.").
        tagging: coverage marks for an answer paragraph.
        rule: a colour for a vertical rule in the indent (quotations).
        outline: a bookmark to the paragraph (headings).
    """

    def __init__(
        self,
        block: Block,
        *,
        indent: float = 0.0,
        bullet: str = "",
        tagging: Tagging | None = None,
        rule: Colour | None = None,
        outline: Outline | None = None,
        space_before: float = 0.0,
        space_after: float = 0.0,
        keep_with_next: bool = False,
    ) -> None:
        super().__init__()
        self.block = block
        self.indent = indent
        self.bullet = bullet
        self.tagging = tagging
        self.rule = rule
        self.outline = outline
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self.keepWithNext = keep_with_next
        self._laid: Laid | None = None
        self._from = 0  # the first line this piece shows, after a split
        self._to: int | None = None
        self.width = 0.0
        self.height = 0.0

    def _column(self, width: float) -> float:
        gutter = self.tagging.gutter if self.tagging else 0.0
        return max(width - self.indent - gutter, 1.0)

    def laid(self, width: float) -> Laid:
        """The block laid out for a frame `width` points wide."""
        column = self._column(width)
        if self._laid is None or abs(self._laid.width - column) > 0.01:
            self._laid = lay_out(self.block, column)
        return self._laid

    def lines(self) -> list[Line]:
        """The lines this piece shows."""
        assert self._laid is not None
        return self._laid.lines[self._from : self._to]

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Lay out for the frame's width; the height is the lines' height."""
        self.laid(available_width)
        self.width = available_width
        self.height = len(self.lines()) * self.block.leading
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Text]:
        """Split between lines, keeping at least two lines on each side when there are four."""
        self.wrap(available_width, available_height)
        lines = len(self.lines())
        fit = int((available_height + 0.001) // self.block.leading)
        if fit >= lines:
            return [self]
        if lines >= 4:
            fit = min(fit, lines - 2)
            if fit < 2:
                return []
        elif fit < 1:
            return []
        first, second = (
            self._piece(self._from, self._from + fit),
            self._piece(self._from + fit, self._to),
        )
        first.spaceAfter = 0.0
        second.spaceBefore = 0.0
        second.outline = None
        second.bullet = ""
        return [first, second]

    def _piece(self, start: int, end: int | None) -> Text:
        piece = Text(
            self.block,
            indent=self.indent,
            bullet=self.bullet,
            tagging=self.tagging,
            rule=self.rule,
            outline=self.outline,
            space_before=self.spaceBefore,
            space_after=self.spaceAfter,
            keep_with_next=self.keepWithNext,
        )
        piece._laid = self._laid
        piece._from = start
        piece._to = end
        return piece

    def draw(self) -> None:
        """Draw the lines, the evidence highlights, the margin tags, bullet, rule and bookmark."""
        canvas = self.canv
        laid = self.laid(self.width)
        column = self._column(self.width)
        block = self.block
        rtl = laid.level == 1
        gutter = self.tagging.gutter if self.tagging else 0.0
        left = gutter if self.tagging and not self.tagging.right else 0.0
        if not rtl:
            left += self.indent
        if self.outline:
            canvas.bookmarkHorizontal(self.outline.key, 0, self.height)
            title = drawable(self.outline.title)
            canvas.addOutlineEntry(title, self.outline.key, self.outline.level)
        if self.rule:
            x = left - self.indent / 2 if not rtl else left + column + self.indent / 2
            canvas.saveState()
            canvas.setStrokeColorRGB(*self.rule)
            canvas.setLineWidth(1.5)
            canvas.line(x, 1, x, self.height - 1)
            canvas.restoreState()
        top = self.height
        for index, line in enumerate(self.lines()):
            x = left + line_left(laid, line, column)
            y = top - baseline(block)
            if self.tagging:
                self._marks(line, x, y, left, column)
            draw_line(canvas, line, x, y)
            if index == 0 and self.bullet and self._from == 0:
                marker = label_line(self.bullet, block.size, Style(block.runs[0].style.family))
                gap = 4.0
                bx = left - gap - marker.width if not rtl else left + column + gap
                draw_line(canvas, marker, bx, y)
            top -= block.leading

    def _marks(self, line: Line, x: float, y: float, left: float, column: float) -> None:
        assert self.tagging is not None
        tagging = self.tagging
        size = self.block.size
        shown: list[int] = []
        underlines: list[tuple[float, float, int]] = []
        for start, end, index in tagging.spans:
            if end <= line.start or start >= line.end:
                continue
            if index not in shown:
                shown.append(index)
            colour = tagging.colours[index]
            for low, high in extents(line, start, end):
                # Where several arguments share a word, their underlines stack.
                under = {i for a, b, i in underlines if a < x + high and x + low < b}
                if index in under:
                    continue
                depth = len(under)
                underlines.append((x + low, x + high, index))
                if depth == 0:
                    fill_rects(
                        self.canv,
                        [(x + low, y - 0.32 * size, high - low, 1.28 * size)],
                        tint(colour, 0.28),
                    )
                fill_rects(
                    self.canv, [(x + low, y - 0.32 * size - 1.6 * depth, high - low, 0.9)], colour
                )
        if not shown:
            return
        shown.sort()
        widths = [tag_width(tagging.labels[i]) for i in shown]
        if tagging.right:
            tx = left + column + 6.0
            for i, w in zip(shown, widths, strict=True):
                draw_tag(self.canv, tagging.labels[i], tagging.colours[i], tx, y)
                tx += w + TAG_GAP
        else:
            tx = left - 6.0
            for i, w in zip(shown, widths, strict=True):
                tx -= w
                draw_tag(self.canv, tagging.labels[i], tagging.colours[i], tx, y)
                tx -= TAG_GAP


@lru_cache(maxsize=512)
def label_line(text: str, size: float, style: Style, colour: Colour = (0, 0, 0)) -> Line:
    """A short text laid out on one line, for tags, bullets and page furniture."""
    laid = lay_out(Block((Run(text, style, colour),), size=size, leading=size), 10_000)
    return laid.lines[0]


def tag_width(label: str) -> float:
    """The width of a tag's pill."""
    line = label_line(label, TAG_SIZE, Style(Family.SANS, bold=True))
    return max(line.width + 5.0, TAG_HEIGHT)


def draw_tag(canvas: Any, label: str, colour: Colour, x: float, y: float) -> None:
    """Draw a tag: a pill in the argument's colour with its label, centred on baseline `y`."""
    width = tag_width(label)
    bottom = y - 2.4
    canvas.saveState()
    canvas.setFillColorRGB(*colour)
    canvas.roundRect(x, bottom, width, TAG_HEIGHT, TAG_HEIGHT / 2, stroke=0, fill=1)
    canvas.restoreState()
    line = label_line(label, TAG_SIZE, Style(Family.SANS, bold=True), ink_on(colour))
    draw_line(canvas, line, x + (width - line.width) / 2, bottom + 2.9)


class Tag(Flowable):  # type: ignore[misc]
    """A tag on its own, for the legend and the rubric table."""

    def __init__(self, label: str, colour: Colour, size: float = 10.0) -> None:
        super().__init__()
        self.label = label
        self.colour = colour
        self.line_height = size * 1.4
        self.width = tag_width(label)
        self.height = self.line_height
        self.right = False

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """A tag is as wide as its pill and as tall as a line of text beside it."""
        self.available = available_width
        return available_width, self.height

    def draw(self) -> None:
        """Draw the pill at the start of the cell."""
        x = self.available - self.width if self.right else 0.0
        draw_tag(self.canv, self.label, self.colour, x, self.height - 10.0)


def texts(blocks: Sequence[Block], **kwargs: Any) -> list[Text]:
    """One `Text` per block, all with the same options."""
    return [Text(block, **kwargs) for block in blocks]


def plain(
    text: str,
    size: float,
    style: Style,
    colour: Colour,
    level: int | None,
    default_level: int,
    align: Align = Align.START,
    leading: float | None = None,
) -> Block:
    """A block of one run."""
    return Block(
        (Run(text, style, colour),),
        size=size,
        leading=leading or size * 1.45,
        align=align,
        level=level,
        default_level=default_level,
    )
