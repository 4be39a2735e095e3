"""Fuzzing the Markdown paths a bank's text takes: the bank checker, the study view's case
renderer, its renderer for the other bank texts (and their plain text), and the PDF's. Whatever
the text, none crashes (a `UserError` is the only failure allowed), none emits markup the bank
wrote, and no link or image can reach outside the bank.

The bank loader itself is fuzzed in tests/casebank/test_archive.py and test_loader.py.
"""

from __future__ import annotations

import io
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.platypus import SimpleDocTemplate  # type: ignore[import-untyped]

from casebank import markdown
from casebank.errors import UserError
from casebank.pdf.markdown import MarkdownRenderer, Theme
from desktop.casetext import IMAGE_SCHEME, fragment, plain, render

FUZZ = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
# Pieces that make Markdown (and attacks on it) likelier than random characters would.
PIECES = [
    "[",
    "]",
    "(",
    ")",
    "!",
    "<",
    ">",
    "*",
    "_",
    "`",
    "#",
    "|",
    "-",
    ":",
    "\\",
    "\n",
    "\n\n",
    " ",
    "    ",
    "1. ",
    "> ",
    "---",
    "|---|",
    "&amp;",
    "&#x6a;",
    "&lt;",
    '"',
    "'",
    "<script>",
    "</script>",
    "<img src=x onerror=alert(1)>",
    "<a href='x'>",
    "<!--",
    "-->",
    "javascript:",
    "JaVaScRiPt:",
    "vbscript:",
    "file:///etc/passwd",
    "data:text/html,",
    "data:image/png;base64,AAAA",
    "https://evil.example/",
    "//evil.example/",
    "#top",
    "media/chart.png",
    "\u202e",
    "\u2066",
    "\x00",
    "\x1b[2J",
    "\u200b",
    "é",
    "ß",
    "\u0633\u0644\u0627\u0645",
    "word",
]
TEXT = st.one_of(
    st.lists(st.sampled_from(PIECES), max_size=60).map("".join),
    st.text(max_size=300),
)
UNSAFE = re.compile(r"^\s*(javascript|vbscript|file|data):", re.IGNORECASE)
# What markdown-it itself writes for CommonMark and tables; anything else came from the bank.
TAGS = {
    "p",
    "a",
    "img",
    "em",
    "strong",
    "code",
    "pre",
    "ul",
    "ol",
    "li",
    "blockquote",
    "hr",
    "br",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
}
ATTRIBUTES = {"href", "src", "alt", "title", "name", "start", "style", "class"}
TAG = re.compile(r"<(?!/)([A-Za-z][A-Za-z0-9]*)((?:[^>\"]|\"[^\"]*\")*)>")
ATTRIBUTE = re.compile(r"\s([A-Za-z-]+)=")
HREF = re.compile(r"""\bhref="([^"]*)\"""")
SRC = re.compile(r"""\bsrc="([^"]*)\"""")


@FUZZ
@given(TEXT)
def test_the_checker_reports_and_never_crashes(text: str):
    issues = markdown.check(text)
    assert all(issue.line >= 1 and issue.message for issue in issues)
    # Whatever the renderers would turn into a link or image, the checker has reported.
    for link in HREF.findall(markdown.parser().render(text)):
        if not link.startswith("#"):
            assert any(link in issue.message or "HTML" in issue.message for issue in issues)


@FUZZ
@given(TEXT, st.sampled_from(["", "cases/corner-bakery"]))
def test_the_case_view_never_emits_markup_or_unsafe_links(text: str, base: str):
    rendered = render(text, base)
    for tag, attributes in TAG.findall(rendered.html):
        assert tag.lower() in TAGS, f"markup from the bank: <{tag}{attributes}>"
        names = set(ATTRIBUTE.findall(attributes))
        assert names <= ATTRIBUTES, f"attributes from the bank: {attributes}"
    for link in HREF.findall(rendered.html):
        assert not UNSAFE.match(link), link
    # Every image is served from the bank's own files, never fetched.
    for source in SRC.findall(rendered.html):
        assert source.startswith(f"{IMAGE_SCHEME}:"), source
    assert all(f"{IMAGE_SCHEME}:{path}" in rendered.html for path in rendered.images)


@FUZZ
@given(TEXT)
def test_the_other_bank_texts_never_emit_markup_links_or_images(text: str):
    html = fragment(text)
    for tag, attributes in TAG.findall(html):
        assert tag.lower() in TAGS - {"a", "img", "h1", "h2", "h3"}, f"<{tag}{attributes}>"
        assert set(ATTRIBUTE.findall(attributes)) <= ATTRIBUTES, attributes
    read = plain(text)  # one line per block, none of them blank
    assert read == read.strip() and "\n\n" not in read


@FUZZ
@given(TEXT)
def test_the_pdf_renders_any_text(text: str):
    renderer = MarkdownRenderer(Theme(10.5, 14.0, 0, 400.0), files={}, base="cases/x")
    try:
        flowables = renderer.render(text)
        out = io.BytesIO()
        SimpleDocTemplate(out).build(flowables)
    except UserError:
        return
    assert out.getvalue().startswith(b"%PDF")
