"""Case texts and model answers are Markdown: checked here, so the app can render them safely.

The parser is markdown-it-py (CommonMark plus tables). Raw HTML is parsed only to be reported:
the app renders with HTML off, and nothing a bank says can make it reach the network.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import PurePosixPath

from markdown_it import MarkdownIt
from markdown_it.token import Token

from casebank.archive import IMAGE_SUFFIXES

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
# The characters that start a link, an image, emphasis, code, raw HTML, an entity or an escape.
# markdown-it-py tries its inline rules at each of them, at some 10-60 µs a time (emphasis
# grows faster than its count): a megabyte of "![" took two minutes to parse. A real case text
# holds a few hundred; the limit keeps any text's parse, here and in the app, under a second.
MAX_MARKUP = 10_000
_MARKUP_CHARACTERS = "[]!*_<&`~\\"
_MARKUP = re.compile(f"[{re.escape(_MARKUP_CHARACTERS)}]")
_WEB = re.compile(r"^(?:(?:https?|ftp):|//)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class MarkdownIssue:
    """Something a bank's Markdown may not do, at a line of the text (1-based)."""

    line: int
    message: str
    hint: str


@lru_cache(maxsize=1)
def parser() -> MarkdownIt:
    """The shared CommonMark parser with tables; it reports HTML rather than passing it on."""
    return MarkdownIt("commonmark", {"html": True, "linkify": False}).enable("table")


class _EveryLink(MarkdownIt):
    """markdown-it turns links to ``javascript:``, ``vbscript:``, ``file:`` and most ``data:``
    targets into plain text. The renderers rely on that; the checker must see them to report them.
    """

    def validateLink(self, url: str) -> bool:  # noqa: N802 (markdown-it's name)
        return True


@lru_cache(maxsize=1)
def _checker() -> MarkdownIt:
    return _EveryLink("commonmark", {"html": True, "linkify": False}).enable("table")


def images(text: str) -> list[tuple[int, str]]:
    """Every image the text shows: (line, source); none in a text `check` refuses as too marked
    up, which is not parsed."""
    if not _may_hold_markup(text) or _too_marked_up(text) is not None:
        return []
    found = []
    for block, token in _inline_tokens(text):
        if token.type == "image":
            found.append((_line(block), str(token.attrGet("src") or "")))
    return found


_IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)\s]*)(?:\s+\"[^\"]*\")?\)")


def replace_images(text: str, replacement: str) -> str:
    """The text with each image replaced by `replacement` (``{alt}`` and ``{src}`` stand for the
    image's alternative text and source): for a target that cannot show the bank's images."""
    return _IMAGE.sub(lambda m: replacement.format(alt=m.group(1), src=m.group(2)), text)


def check(text: str, *, images_allowed: bool = True) -> list[MarkdownIssue]:
    """Report raw HTML, remote or absolute links and images, and unsupported image kinds, or a
    text with more than `MAX_MARKUP` characters that start markup (then nothing else: it is not
    parsed)."""
    excess = _too_marked_up(text)
    if excess is not None:
        return [excess]
    if not _may_hold_markup(text):
        return []
    issues: list[MarkdownIssue] = []
    for token in _parsed(text):
        if token.type == "html_block":
            issues.append(_html(_line(token)))
    for block, token in _inline_tokens(text):
        line = _line(block)
        if token.type == "html_inline":
            issues.append(_html(line))
        elif token.type == "link_open":
            href = str(token.attrGet("href") or "")
            if not href.startswith("#"):
                issues.append(
                    MarkdownIssue(
                        line,
                        f"a link to {href!r}: links may only point within the text (#heading)",
                        "Casewise never goes online; cite web sources in 'sources' in case.toml",
                    )
                )
        elif token.type == "image":
            src = str(token.attrGet("src") or "")
            if not images_allowed:
                issues.append(
                    MarkdownIssue(
                        line,
                        "images are only allowed in the case text",
                        "describe the figure in words here",
                    )
                )
            elif _WEB.match(src):
                issues.append(
                    MarkdownIssue(
                        line,
                        f"the image {_shown(src)!r} is on the web: a bank may not show remote "
                        "images, because Casewise never goes online",
                        "download the image, put it in the case's media/ folder and write "
                        "media/NAME.png",
                    )
                )
            elif not is_relative(src):
                issues.append(
                    MarkdownIssue(
                        line,
                        f"the image {_shown(src)!r} is not a file of the bank",
                        "put the image in the case's media/ folder and write media/NAME.png",
                    )
                )
            elif PurePosixPath(src).suffix.lower() not in IMAGE_SUFFIXES:
                issues.append(
                    MarkdownIssue(
                        line,
                        f"the image {src!r} is not a PNG, JPEG, GIF or WebP file",
                        "convert it to PNG",
                    )
                )
    return issues


def is_relative(src: str) -> bool:
    """Whether an image source names a file inside the bank (not a web address, a ``data:``
    URL or an absolute path)."""
    return not (_SCHEME.match(src) or src.startswith(("/", "//", "\\")))


def _shown(src: str) -> str:
    """An image source as a message quotes it: a ``data:`` URL can be megabytes long."""
    return src if len(src) <= 80 else src[:79] + "…"


def _html(line: int) -> MarkdownIssue:
    return MarkdownIssue(
        line,
        "raw HTML is not allowed in a bank's Markdown",
        "write Markdown instead: **bold**, *italic*, lists, tables",
    )


def _too_marked_up(text: str) -> MarkdownIssue | None:
    """The issue of a text with more than `MAX_MARKUP` markup characters, at the line of the
    first one over; None for any other text."""
    over = next(itertools.islice(_MARKUP.finditer(text), MAX_MARKUP, None), None)
    if over is None:
        return None
    count = sum(text.count(c) for c in _MARKUP_CHARACTERS)
    return MarkdownIssue(
        text.count("\n", 0, over.start()) + 1,
        f"the text holds {count:,} characters that start Markdown markup "
        f"({' '.join(_MARKUP_CHARACTERS)}); "
        f"the limit is {MAX_MARKUP:,}",
        "a case text needs a few hundred; remove the repeated ones",
    )


def _may_hold_markup(text: str) -> bool:
    """Whether the text could hold raw HTML, a link or an image: each of them starts with "<" or
    "[", so a text without either needs no parse to be checked (most case texts have neither)."""
    return "<" in text or "[" in text


@lru_cache(maxsize=4)
def _parsed(text: str) -> tuple[Token, ...]:
    """The text's tokens. The loader checks a text and then looks for its images: one parse."""
    return tuple(_checker().parse(text))


def _inline_tokens(text: str) -> list[tuple[Token, Token]]:
    pairs = []
    for block in _parsed(text):
        for child in block.children or ():
            pairs.append((block, child))
    return pairs


def _line(token: Token) -> int:
    return token.map[0] + 1 if token.map else 1
