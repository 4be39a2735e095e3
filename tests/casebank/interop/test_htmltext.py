"""HTML from other systems as Markdown: emphasis that Markdown reads, punctuation once, JSON values.

Issue 15, point 12: ``<em>rechte Twix </em>will`` became ``*rechte Twix *will``, which Markdown
does not read as emphasis; imported feedback ended in "…May be…."; booleans printed as Python's
``True``.
"""

from __future__ import annotations

import json
from pathlib import Path
from xml.sax.saxutils import escape

from markdown_it import MarkdownIt

from casebank.interop import import_files
from casebank.interop.draft import sentence
from casebank.interop.htmltext import html_to_markdown
from casebank.loader import load
from tests.casebank.interop.conftest import FIXTURES, pack


def rendered(markdown: str) -> str:
    html: str = MarkdownIt("commonmark").render(markdown)
    return html


def test_spaces_inside_emphasis_move_outside_the_markers():
    text, _ = html_to_markdown("<p>Die <em>rechte Twix </em>will mehr.</p>")
    assert text == "Die *rechte Twix* will mehr."
    assert "<em>rechte Twix</em> will" in rendered(text)
    text, _ = html_to_markdown("<p>Ein<strong> fetter</strong> Satz und <b> </b>Luft.</p>")
    assert "<strong>fetter</strong>" in rendered(text)
    assert "**" not in text.replace("**fetter**", "")


def test_nested_and_adjacent_emphasis_stays_emphasis():
    text, _ = html_to_markdown("<p><strong>bold <em>both </em></strong>plain</p>")
    assert "<strong>bold <em>both</em></strong> plain" in rendered(text)


def test_a_sentence_ends_once():
    assert sentence("Not covered yet: May be…") == "Not covered yet: May be…"
    assert sentence("Not covered yet: Why?") == "Not covered yet: Why?"
    assert sentence("Not covered yet: Pricing") == "Not covered yet: Pricing."


def test_imported_feedback_ends_in_one_full_stop(tmp_path: Path):
    grader = "<ul><li>Cost plus a margin.</li><li>May be…</li></ul>"
    quiz = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<quiz><question type="essay">'
        "<name><text>Pricing</text></name>"
        '<questiontext format="html"><text>How should the roaster price?</text></questiontext>'
        "<defaultgrade>2</defaultgrade>"
        f'<graderinfo format="html"><text>{escape(grader)}</text></graderinfo>'
        "</question></quiz>"
    )
    source = tmp_path / "quiz.xml"
    source.write_text(quiz, encoding="utf-8")
    import_files([source], tmp_path / "bank")
    arguments = load(tmp_path / "bank").questions()[0].arguments
    texts = [t for a in arguments for t in (a.found, a.missing)]
    assert "Not covered yet: May be…" in texts
    assert not [t for t in texts if t.endswith(("..", "….", ".."))]


def test_settings_are_reported_as_h5p_writes_them(tmp_path: Path):
    folder = tmp_path / "essay"
    (folder / "content").mkdir(parents=True)
    source = FIXTURES / "h5p" / "essay-package"
    (folder / "h5p.json").write_bytes((source / "h5p.json").read_bytes())
    content = json.loads((source / "content" / "content.json").read_text("utf-8"))
    content["behaviour"]["enableRetry"] = True
    content["behaviour"]["enableSolutionsButton"] = False
    (folder / "content" / "content.json").write_text(json.dumps(content), encoding="utf-8")
    report = import_files([pack(folder, tmp_path / "essay.h5p")], tmp_path / "bank")
    text = report.markdown()
    assert "enableRetry = true" in text
    assert "enableSolutionsButton = false" in text
    assert "True" not in text and "False" not in text
