"""A bank's Markdown as the window shows it: safe HTML for a text browser, and plain text.

Qt-free. Every text a bank provides is Markdown (the case, the prompt, guidance, feedback, model
paragraphs and the model answer), and wherever the window shows one it goes through here:

- `render`: a case text, with an anchor in every heading the outline can scroll to, and images
  pointing at the bank's own files (``bank:<path in the bank>``), which the window serves from
  memory: nothing reaches the network;
- `fragment`: any other bank text as HTML (images only name themselves: a bank may show images
  in its case texts alone);
- `plain`: the text a reader sees, without the markup, for labels, lists and the search index.

The Markdown is rendered with raw HTML **off**: a bank cannot inject markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import PurePosixPath

from markdown_it import MarkdownIt
from markdown_it.renderer import RendererHTML
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict

IMAGE_SCHEME = "bank"


@dataclass(frozen=True, slots=True)
class Heading:
    """One entry of a case's outline."""

    level: int  # 1 for a top heading
    title: str
    anchor: str  # the name to scroll to


@dataclass(frozen=True, slots=True)
class RenderedCase:
    """A case text rendered for display."""

    html: str
    outline: tuple[Heading, ...]
    images: tuple[str, ...]  # the bank paths of the images it shows


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")


def render(text: str, base: str = "") -> RenderedCase:
    """Render a case's Markdown.

    Args:
        text: the case text.
        base: the case's folder inside the bank (``cases/<id>``), for image paths.
    """
    parser = _parser()
    tokens = parser.parse(text)
    outline: list[Heading] = []
    images: list[str] = []
    for index, token in enumerate(tokens):
        if token.type == "heading_open":
            inline = tokens[index + 1]
            anchor = f"h{len(outline) + 1}"
            token.attrSet("id", anchor)
            title = "".join(_inline_text(inline.children or [])).strip()  # as the pane reads
            outline.append(Heading(int(token.tag[1]), title, anchor))
        elif token.type == "inline":
            for child in token.children or []:
                if child.type == "image":
                    source = str(child.attrGet("src") or "")
                    path = str(PurePosixPath(base) / source) if base else source
                    images.append(path)
                    child.attrSet("src", f"{IMAGE_SCHEME}:{path}")
    renderer = _Renderer(parser)
    html = renderer.render(tokens, parser.options, {})
    return RenderedCase(html, tuple(outline), tuple(images))


class _Renderer(RendererHTML):
    """Adds a named anchor inside each heading: Qt's rich text scrolls to ``<a name>``."""

    def heading_open(
        self, tokens: list[Token], idx: int, options: OptionsDict, env: EnvType
    ) -> str:
        token = tokens[idx]
        anchor = token.attrGet("id")
        return f'<{token.tag}><a name="{anchor}"></a>'


@lru_cache(maxsize=256)
def fragment(text: str) -> str:
    """A bank text other than a case (a prompt, guidance, feedback, a model answer) as HTML.

    It is shown inside a pane or a message that has a heading of its own, beside the student's
    words, so it stays plain where a case would not: its headings are no larger than bold text
    (``h4`` and below), an image only names itself (a bank shows images in its case texts
    alone), and a link is its words without a target (there is no outline here to scroll to,
    and clicking one must not take a pane or a message elsewhere).
    """
    parser = _parser()
    tokens = parser.parse(text)
    for token in tokens:
        if token.type in ("heading_open", "heading_close"):
            token.tag = f"h{min(int(token.tag[1]) + 3, 6)}"
        elif token.type == "inline":
            token.children = [
                Token("text", "", 0, content="".join(_inline_text(child.children or [])))
                if child.type == "image"
                else child
                for child in token.children or []
                if child.type not in ("link_open", "link_close")
            ]
    return str(parser.renderer.render(tokens, parser.options, {}))


_BREAKS = frozenset(
    {"paragraph_close", "heading_close", "list_item_close", "tr_close", "blockquote_close"}
)


def plain(text: str) -> str:
    """What a reader of the rendered `text` sees, without its markup: blocks on lines of their
    own (a table's cells side by side, between " · "), inline markup and link targets gone.

    Prompts, titles and most paragraphs hold no markup at all: those are read without the
    Markdown parser, which costs about a millisecond a text (the library's view shows thousands,
    and its search index reads every case). Both ways give the same (tests/core/test_casetext.py).
    """
    if _is_prose(text):
        return "\n".join(" ".join(lines) for lines in _paragraphs(text))
    return _plain_markdown(text)


# What may be markup anywhere in a line (backslash escapes, code, emphasis, links, autolinks,
# entities, tables, fences) or whitespace a parser treats its own way; and what may start a block
# at a line's start (headings, quotes, lists, rules, setext underlines).
_MARKUP = re.compile(r"[\\`*_\[\]<>&|~\x00-\x09\x0b-\x1f\x7f]")
_BLOCK_START = re.compile(r"[#>=+\-]|\d{1,9}[.)]")


def _is_prose(text: str) -> bool:
    """Whether `text` is plain lines a Markdown reader shows as they are: no markup, no line
    that starts a block, no whitespace at either end of a line."""
    if _MARKUP.search(text):
        return False
    return all(
        not line or (line == line.strip() and not _BLOCK_START.match(line))
        for line in text.split("\n")
    )


def _paragraphs(text: str) -> list[list[str]]:
    """The lines of each paragraph of prose: blank lines separate them."""
    found: list[list[str]] = [[]]
    for line in text.split("\n"):
        if line:
            found[-1].append(line)
        elif found[-1]:
            found.append([])
    return [lines for lines in found if lines]


def _plain_markdown(text: str) -> str:
    lines: list[str] = []
    line: list[str] = []
    cells: list[str] = []
    in_cell = False
    for token in _parser().parse(text):
        kind = token.type
        if kind in ("th_open", "td_open"):
            in_cell = True
        elif kind in ("th_close", "td_close"):
            in_cell = False
        elif kind == "inline":
            words = "".join(_inline_text(token.children or [])).strip()
            (cells if in_cell else line).append(words)
        elif kind in ("code_block", "fence"):
            line.append(" ".join(token.content.split()))  # one line, as a label shows it
        if kind in _BREAKS or kind in ("code_block", "fence"):
            if cells:
                line.append(" · ".join(c for c in cells if c))
                cells = []
            joined = " ".join(part for part in line if part)
            if joined:
                lines.append(joined)
            line = []
    return "\n".join(lines)


def _inline_text(children: list[Token]) -> list[str]:
    parts = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":  # its description, as the reader would see it
            parts.extend(_inline_text(child.children or []))
    return parts
