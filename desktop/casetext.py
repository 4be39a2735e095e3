"""A case text as the study view shows it: safe HTML for a text browser, and its outline.

Qt-free. The Markdown is rendered with raw HTML **off** (a bank cannot inject markup), every
heading gets an anchor the outline can scroll to, and images point at the bank's own files
(``bank:<path in the bank>``), which the window serves from memory: nothing reaches the network.
"""

from __future__ import annotations

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
            outline.append(Heading(int(token.tag[1]), inline.content.strip(), anchor))
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
