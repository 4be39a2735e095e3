"""The bank's Markdown (model answers, case texts) as flowables.

The same CommonMark parser as the bank checker (`casebank.markdown.parser`), so what validates is
what prints: headings, paragraphs, emphasis, lists, quotations, tables, rules and the bank's own
images. Raw HTML cannot occur: the loader refuses banks that contain it.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

from markdown_it.token import Token
from reportlab.lib.utils import ImageReader  # type: ignore[import-untyped]
from reportlab.platypus import HRFlowable, Image, Table, TableStyle  # type: ignore[import-untyped]

from casebank.markdown import parser
from casebank.pdf.colours import INK, MUTED, RULE, SHADE
from casebank.pdf.flowables import Text
from casebank.pdf.fonts import Family, Style, table_font
from casebank.pdf.layout import Block, Colour, Run, lay_out

# Width of one level of list or quotation indent, in points.
INDENT = 16.0


@dataclass
class Theme:
    """Sizes for the document's reading text."""

    size: float
    leading: float
    default_level: int
    width: float
    heading_sizes: tuple[float, ...] = (14.0, 12.5, 11.5, 11.0, 11.0, 11.0)


@dataclass
class _Context:
    lists: list[list[int]] = field(default_factory=list)  # [ordered?, next number]
    quote: int = 0
    item_first: bool = False


class MarkdownRenderer:
    """Turns a Markdown text into flowables.

    Args:
        theme: sizes and direction.
        files: the bank's files, to find images; `base` is the folder image paths start from.
        bookmark: called with (title, level) for each heading, returns an outline key or "".
    """

    def __init__(
        self,
        theme: Theme,
        files: Mapping[str, bytes] | None = None,
        base: str = "",
        bookmark: Callable[[str, int], Any] | None = None,
        heading_offset: int = 0,
    ) -> None:
        self.theme = theme
        self.files = files or {}
        self.base = base
        self.bookmark = bookmark
        self.heading_offset = heading_offset

    def render(self, text: str) -> list[Any]:
        """The flowables for `text`."""
        tokens = parser().parse(text)
        out: list[Any] = []
        context = _Context()
        i = 0
        while i < len(tokens):
            token = tokens[i]
            kind = token.type
            if kind == "heading_open":
                level = int(token.tag[1])
                out.append(self._heading(tokens[i + 1], level))
                i += 3
                continue
            if kind == "paragraph_open":
                inline = tokens[i + 1]
                out.extend(self._paragraph(inline, context))
                i += 3
                continue
            if kind in {"bullet_list_open", "ordered_list_open"}:
                start = int(token.attrGet("start") or 1)
                context.lists.append([kind == "ordered_list_open", start])
            elif kind in {"bullet_list_close", "ordered_list_close"}:
                context.lists.pop()
            elif kind == "list_item_open":
                context.item_first = True
            elif kind == "list_item_close":
                context.lists[-1][1] += 1
            elif kind == "blockquote_open":
                context.quote += 1
            elif kind == "blockquote_close":
                context.quote -= 1
            elif kind == "table_open":
                end = _closing(tokens, i, "table_close")
                out.append(self._table(tokens[i:end]))
                i = end + 1
                continue
            elif kind in {"fence", "code_block"}:
                out.append(self._code(token.content))
            elif kind == "hr":
                out.append(HRFlowable(width="100%", thickness=0.6, color=_rl(RULE)))
            i += 1
        return out

    def runs(self, inline: Token, base: Style, colour: Colour = INK) -> list[Run]:
        """The styled runs of an inline token (emphasis, strong, code, breaks)."""
        runs: list[Run] = []
        bold = base.bold
        italic = base.italic
        for child in inline.children or ():
            kind = child.type
            if kind == "strong_open":
                bold = True
            elif kind == "strong_close":
                bold = base.bold
            elif kind == "em_open":
                italic = True
            elif kind == "em_close":
                italic = base.italic
            elif kind in {"text", "code_inline"}:
                runs.append(Run(child.content, Style(base.family, bold, italic), colour))
            elif kind == "softbreak":
                runs.append(Run(" ", Style(base.family, bold, italic), colour))
            elif kind == "hardbreak":
                runs.append(Run("\n", Style(base.family, bold, italic), colour))
            elif kind == "image":
                alt = child.content or str(child.attrGet("src") or "")
                runs.append(Run(alt, Style(base.family, bold, True), colour))
        return runs or [Run("", base, colour)]

    def _block(self, runs: list[Run], size: float, leading: float) -> Block:
        return Block(
            tuple(runs),
            size=size,
            leading=leading,
            default_level=self.theme.default_level,
        )

    def _heading(self, inline: Token, level: int) -> Text:
        size = self.theme.heading_sizes[min(level - 1 + self.heading_offset, 5)]
        runs = self.runs(inline, Style(Family.SANS, bold=True))
        title = "".join(r.text for r in runs)
        key = self.bookmark(title, level) if self.bookmark else None
        return Text(
            self._block(runs, size, size * 1.4),
            space_before=size * 0.8,
            space_after=size * 0.35,
            keep_with_next=True,
            outline=key,
        )

    def _paragraph(self, inline: Token, context: _Context) -> list[Any]:
        theme = self.theme
        colour = MUTED if context.quote else INK
        base = Style(Family.SERIF, italic=bool(context.quote))
        block = self._block(self.runs(inline, base, colour), theme.size, theme.leading)
        indent = INDENT * (len(context.lists) + context.quote)
        bullet = ""
        if context.lists and context.item_first:
            ordered, number = context.lists[-1]
            bullet = f"{number}." if ordered else "•"
            context.item_first = False
        flowables: list[Any] = [
            Text(
                block,
                indent=indent,
                bullet=bullet,
                rule=RULE if context.quote and not context.lists else None,
                space_after=theme.size * (0.3 if context.lists else 0.6),
            )
        ]
        for child in inline.children or ():
            if child.type == "image":
                image = self._image(str(child.attrGet("src") or ""))
                if image is not None:
                    flowables.insert(0, image)
        return flowables

    def _image(self, src: str) -> Any:
        path = str(PurePosixPath(self.base, src)) if self.base else src
        data = self.files.get(path)
        if data is None:
            return None
        try:
            reader = ImageReader(io.BytesIO(data))
            width, height = reader.getSize()
        except (OSError, ValueError):  # an image ReportLab cannot read is left out
            return None
        most = 400.0
        scale = min(1.0, most / max(width, 1))
        image = Image(io.BytesIO(data), width=width * scale, height=height * scale)
        image.spaceAfter = self.theme.size * 0.6
        return image

    def _code(self, text: str) -> Any:
        theme = self.theme
        block = Block(
            (Run(text.rstrip("\n"), Style(Family.SANS), INK),),
            size=theme.size * 0.9,
            leading=theme.leading * 0.9,
            level=0,
        )
        return Text(block, indent=INDENT, rule=SHADE, space_after=theme.size * 0.6)

    def _table(self, tokens: list[Token]) -> Any:
        theme = self.theme
        rows: list[list[Any]] = []
        header_rows = 0
        row: list[Any] = []
        in_head = False
        for i, token in enumerate(tokens):
            if token.type == "thead_open":
                in_head = True
            elif token.type == "thead_close":
                in_head = False
            elif token.type == "tr_open":
                row = []
            elif token.type == "tr_close":
                rows.append(row)
                header_rows += 1 if in_head else 0
            elif token.type in {"th_open", "td_open"}:
                inline = tokens[i + 1]
                style = Style(Family.SANS, bold=token.type == "th_open")
                block = Block(
                    tuple(self.runs(inline, style)),
                    size=theme.size * 0.85,
                    leading=theme.size * 0.85 * 1.45,
                    default_level=theme.default_level,
                    level=None,
                )
                row.append(Text(block))
        if not rows:
            return HRFlowable(width=0)
        columns = max(len(r) for r in rows)
        for r in rows:
            r.extend([""] * (columns - len(r)))
        if theme.default_level == 1:
            rows = [list(reversed(r)) for r in rows]
        widths = auto_widths(rows, theme.width, padding=13.0)
        table = Table(rows, colWidths=widths, repeatRows=header_rows, hAlign="CENTER")
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), table_font()),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, max(header_rows - 1, 0)), 0.8, _rl(MUTED)),
                    ("LINEBELOW", (0, header_rows), (-1, -1), 0.4, _rl(RULE)),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        table.spaceAfter = theme.size * 0.8
        table.spaceBefore = theme.size * 0.2
        return table


def auto_widths(rows: list[list[Any]], width: float, padding: float) -> list[float]:
    """Column widths that fill `width` the way a browser lays out a table: each column gets at
    least its longest word, and the rest is shared out in proportion to what each needs to stand
    on one line."""
    columns = len(rows[0])
    least = [padding] * columns
    most = [padding] * columns
    for row in rows:
        for index, cell in enumerate(row):
            if isinstance(cell, Text):
                whole, word = natural_widths(cell.block)
                least[index] = max(least[index], word + padding)
                most[index] = max(most[index], whole + padding)
    if sum(most) <= width:
        spare = width - sum(most)
        return [w + spare * w / sum(most) for w in most]
    spare = max(width - sum(least), 0.0)
    wanted = [m - n for m, n in zip(most, least, strict=True)]
    total = sum(wanted) or 1.0
    return [n + spare * w / total for n, w in zip(least, wanted, strict=True)]


def natural_widths(block: Block) -> tuple[float, float]:
    """A block's width on one line, and the width of its longest word."""
    whole = max((line.width for line in lay_out(block, 100_000).lines), default=0.0)
    longest = 0.0
    for word in block.text.split():
        single = Block((Run(word, block.runs[0].style),), size=block.size, leading=block.leading)
        longest = max(longest, lay_out(single, 100_000).lines[0].width)
    return whole, longest


def _closing(tokens: list[Token], start: int, kind: str) -> int:
    for j in range(start, len(tokens)):
        if tokens[j].type == kind:
            return j
    return len(tokens) - 1


def _rl(colour: tuple[float, float, float]) -> Any:
    from reportlab.lib.colors import Color  # type: ignore[import-untyped]

    return Color(*colour)
