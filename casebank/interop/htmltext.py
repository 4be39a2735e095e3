"""HTML from other systems (H5P, Moodle, QTI) turned into the safe Markdown a bank holds.

A bank may not hold raw HTML, remote images or links (see docs/bank-format.md). Text, emphasis,
lists, headings, tables (as plain rows) and line breaks are kept; scripts and styles are removed
with their content; images, media, links' addresses and other markup are dropped, and every kind of
thing dropped is returned so the importer can report it.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCKS = frozenset(
    {"p", "div", "section", "article", "blockquote", "table", "tr", "pre", "figure", "header",
     "footer", "main", "aside", "dl", "dt", "dd", "hr", "center"}
)  # fmt: skip
_INLINE = {"strong": "**", "b": "**", "em": "*", "i": "*", "code": "`"}
_HEADINGS = {"h1": 2, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_SILENT = frozenset(
    {"script", "style", "template", "head", "title", "noscript", "iframe", "object"}
)
_MEDIA = frozenset({"img", "video", "audio", "source", "embed", "svg", "math", "canvas", "picture"})
_KEPT_INLINE = frozenset(
    {"span", "font", "u", "sub", "sup", "small", "big", "abbr", "cite", "q", "mark", "s",
     "strike", "del", "ins", "label", "bdi", "bdo", "tbody", "thead", "tfoot", "th", "td",
     "html", "body", "caption", "colgroup", "col", "kbd", "samp", "var", "time", "wbr", "nobr"}
)  # fmt: skip
_ESCAPE = re.compile(r"([\\`*_\[\]<>#|])")


class _Converter(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.dropped: set[str] = set()
        self.lists: list[list[int]] = []  # per open list: [kind (0 = ul, 1 = ol), next number]
        self.silent = 0
        self.link_depth = 0
        self.emphasis: list[int] = []  # where in `out` each open emphasis marker stands

    def _block(self) -> None:
        self.out.append("\n\n")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.silent:
            if tag in _SILENT:
                self.silent += 1
            return
        if tag in _SILENT:
            self.silent += 1
            self.dropped.add(f"<{tag}> elements and their content")
        elif tag in _MEDIA:
            self.dropped.add("images and media (a bank keeps images in its own media folder)")
        elif tag in _HEADINGS:
            self._block()
            self.out.append("#" * _HEADINGS[tag] + " ")
        elif tag in _INLINE:
            self.emphasis.append(len(self.out))
            self.out.append(_INLINE[tag])
        elif tag == "br":
            self.out.append("\n")
        elif tag in {"ul", "ol"}:
            self.lists.append([1 if tag == "ol" else 0, 1])
            self._block()
        elif tag == "li":
            depth = max(len(self.lists) - 1, 0)
            marker = "-"
            if self.lists and self.lists[-1][0]:
                marker = f"{self.lists[-1][1]}."
                self.lists[-1][1] += 1
            self.out.append("\n" + "  " * depth + marker + " ")
        elif tag == "a":
            self.link_depth += 1
            if any(k == "href" and v for k, v in attrs):
                self.dropped.add("link addresses (a bank never links out; the link text is kept)")
        elif tag in {"td", "th"}:
            self.out.append(" ")
        elif tag in _BLOCKS:
            self._block()
        elif tag not in _KEPT_INLINE:
            self.dropped.add(f"<{tag}> markup (its text is kept)")

    def handle_endtag(self, tag: str) -> None:
        if self.silent:
            if tag in _SILENT:
                self.silent -= 1
            return
        if tag in _HEADINGS or tag in _BLOCKS:
            self._block()
        elif tag in _INLINE:
            self._close(_INLINE[tag])
        elif tag in {"ul", "ol"}:
            if self.lists:
                self.lists.pop()
            self._block()
        elif tag == "a":
            self.link_depth = max(self.link_depth - 1, 0)

    def _close(self, marker: str) -> None:
        """Close an emphasis so that Markdown reads it as one: spaces just inside the markers
        move outside them ("<em>rechte Twix </em>will" is "*rechte Twix* will", not "*rechte
        Twix *will"), and an emphasis of nothing but spaces is left out."""
        start = self.emphasis.pop() if self.emphasis else None
        if start is None or start >= len(self.out) or self.out[start] != marker:
            self.out.append(marker)
            return
        inner = "".join(self.out[start + 1 :])
        del self.out[start:]
        if not inner.strip():
            self.out.append(inner)
            return
        stripped = inner.strip(" ")
        before = " " if inner.startswith(" ") else ""
        after = " " if inner.endswith(" ") else ""
        self.out.append(f"{before}{marker}{stripped}{marker}{after}")

    def handle_data(self, data: str) -> None:
        if self.silent:
            return
        self.out.append(_ESCAPE.sub(r"\\\1", re.sub(r"\s+", " ", data)))

    def handle_comment(self, data: str) -> None:
        self.dropped.add("HTML comments")


def html_to_markdown(html: str) -> tuple[str, set[str]]:
    """Convert HTML to bank-safe Markdown.

    Returns:
        The Markdown, and a description of each kind of thing that was dropped.
    """
    converter = _Converter()
    converter.feed(html)
    converter.close()
    text = "".join(converter.out)
    text = text.replace("\u00a0", " ")
    text = re.sub(r"\*\*(\s*)\*\*", r"\1", text)  # empty emphasis left by <b></b>
    lines = [line.rstrip() for line in text.split("\n")]
    cleaned: list[str] = []
    for line in lines:
        stripped = line.strip()
        if stripped.startswith(("-", "#")) or re.match(r"\d+\.\s", stripped):
            cleaned.append(line.lstrip() if not line.startswith("  ") else line)
        else:
            cleaned.append(stripped)
    text = "\n".join(cleaned)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    return text, converter.dropped


def plain_text(html: str) -> str:
    """The text of a short piece of HTML on one line, without any markup (for titles)."""
    converter = _Converter()
    converter.feed(html)
    converter.close()
    text = "".join(converter.out).replace("\u00a0", " ")
    text = re.sub(r"\\([\\`*_\[\]<>#|])", r"\1", text)
    text = re.sub(r"(\*\*|(?<!\w)\*|\*(?!\w)|`)", "", text)
    return " ".join(text.split())


def markdown_to_html(markdown: str) -> str:
    """Render a bank's Markdown as HTML for an LMS (HTML in the source is escaped, not passed)."""
    from markdown_it import MarkdownIt

    html: str = MarkdownIt("commonmark", {"html": False}).enable("table").render(markdown)
    return html.strip()
