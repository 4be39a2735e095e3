"""Casewise's A4 page, shared by the answer PDF (`casebank.pdf.document`) and the class summary
(`casebank.pdf.summary`): its geometry, the header's table of facts, the running head and
footer, and the building of a document on it, so that the two PDFs look alike.
"""

from __future__ import annotations

import datetime
import io
import threading
from dataclasses import dataclass
from typing import Any

from reportlab.lib.colors import Color  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    BaseDocTemplate,
    Frame,
    PageTemplate,
)

from casebank import __version__
from casebank.pdf.colours import MUTED, RULE, SHADE
from casebank.pdf.drawable import drawable
from casebank.pdf.flowables import label_line
from casebank.pdf.fonts import FONTS, Family, Style
from casebank.pdf.labels import Labels
from casebank.pdf.layout import Colour, draw_line

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 20 * mm
TOP = 25 * mm
BOTTOM = 22 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN

RULE_TEXT: Colour = (0.6, 0.6, 0.63)

# Only one document is built at a time: ReportLab fonts keep per-document state.
_BUILDING = threading.Lock()


def mirror(command: tuple[Any, ...], columns: int) -> tuple[Any, ...]:
    """A TableStyle command for the same cells with the columns in reverse order."""
    name, (c0, r0), (c1, r1), *rest = command
    c0 = c0 if c0 >= 0 else columns + c0
    c1 = c1 if c1 >= 0 else columns + c1
    return (name, (columns - 1 - c1, r0), (columns - 1 - c0, r1), *rest)


FACTS_LABEL_WIDTH = 34 * mm
FACTS_WIDTHS = [FACTS_LABEL_WIDTH, FRAME_WIDTH - FACTS_LABEL_WIDTH]


def facts_style() -> list[tuple[Any, ...]]:
    """The header's table of facts (label, value): shaded labels, a rule under each row.

    The answer PDF and the class summary open with one, so they look alike.
    """
    return [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (0, -1), _colour(SHADE)),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, _colour(RULE)),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, _colour(MUTED)),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
    ]


def build_document(
    story: list[Any],
    furniture: Furniture,
    *,
    title: str,
    subject: str,
    language: str,
    author: str = "",
    keywords: str = "",
) -> bytes:
    """Lay `story` out on Casewise's A4 page, with `furniture` on every page; the PDF's bytes.

    The answer PDF and the class summary share this, so their pages, metadata and fonts agree.
    """
    buffer = io.BytesIO()
    template = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=drawable(title),
        author=drawable(author),
        subject=drawable(" ".join(subject.split())),
        creator=f"Casewise {__version__}",
        keywords=drawable(keywords),
        lang=language,
        invariant=1,
        pageCompression=1,
        initialFontName=FONTS.primary(Style(Family.SANS), arabic=False).pdf.fontName,
    )
    frame = Frame(
        MARGIN,
        BOTTOM,
        FRAME_WIDTH,
        PAGE_HEIGHT - TOP - BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    template.addPageTemplates([PageTemplate(id="page", frames=[frame])])

    def make_canvas(*args: Any, **kwargs: Any) -> Canvas:
        return _PagedCanvas(furniture, *args, **kwargs)

    with _BUILDING:
        template.build(story, canvasmaker=make_canvas)
    return buffer.getvalue()


def _colour(colour: Colour) -> Any:
    return Color(*colour)


@dataclass(frozen=True, slots=True)
class Furniture:
    """The running head and the page footer, drawn once the page count is known."""

    labels: Labels
    level: int  # the paragraph level: 1 mirrors the page for a right-to-left language
    start: str  # the head's text at the line's start: where the page is from
    end: str  # at its end: whose it is
    date: datetime.date

    def draw(self, canvas: Canvas, page: int, pages: int) -> None:
        """Draw the running head and the page number on the current page."""
        style = Style(Family.SANS)
        size = 7.8
        y = PAGE_HEIGHT - 13 * mm
        start = label_line(self.start, size, style, MUTED)
        end = label_line(self.end, size, style, MUTED)
        left, right = (start, end) if self.level == 0 else (end, start)
        draw_line(canvas, left, MARGIN, y)
        draw_line(canvas, right, PAGE_WIDTH - MARGIN - right.width, y)
        canvas.saveState()
        canvas.setStrokeColorRGB(*RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, y - 4, PAGE_WIDTH - MARGIN, y - 4)
        canvas.restoreState()
        number = self.labels.page.format(page=self.labels.num(page), pages=self.labels.num(pages))
        footer = label_line(number, size, style, MUTED)
        draw_line(canvas, footer, (PAGE_WIDTH - footer.width) / 2, 11 * mm)
        brand = label_line(f"Casewise {__version__}", size - 0.6, style, RULE_TEXT)
        x = PAGE_WIDTH - MARGIN - brand.width if self.level == 0 else MARGIN
        draw_line(canvas, brand, x, 11 * mm)


class _PagedCanvas(Canvas):  # type: ignore[misc]
    """A canvas that holds pages back until the end, to print "page 2 of 5" on each."""

    def __init__(self, furniture: Furniture, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._furniture = furniture
        self._pages: list[dict[str, Any]] = []
        when = furniture.date
        stamp = f"D:{when.year:04d}{when.month:02d}{when.day:02d}000000Z"
        self.setDateFormatter(lambda *_: stamp)

    def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
        """Keep the page; it is finished in `save`."""
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        """Draw the furniture on every page, now that their number is known, and write."""
        pages = len(self._pages)
        for number, state in enumerate(self._pages, 1):
            self.__dict__.update(state)
            self._furniture.draw(self, number, pages)
            super().showPage()
        self.showOutline()
        super().save()
