"""A bank's Markdown as the window shows it: `fragment` for the texts beside a case (prompt,
guidance, feedback, model paragraph, model answer), `plain` for labels and the search index."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop import casetext
from desktop.casetext import fragment, plain, render

ROOT = Path(__file__).resolve().parents[2]


def test_a_model_answer_is_rendered_not_shown_as_markdown():
    # Issue 16: the model answer showed "**Facebook is a network of friends.**".
    html = fragment("**Facebook is a network of friends.** Facebook is built around networks.")
    assert "<strong>Facebook is a network of friends.</strong>" in html
    assert "**" not in html


def test_a_fragment_keeps_the_words_of_links_and_images_but_goes_nowhere():
    html = fragment("See [the case](#h2) and ![sales by *region*](media/sales.png).")
    assert "See the case and sales by region." in html
    assert "<a" not in html and "<img" not in html and "media/sales.png" not in html


def test_a_fragment_heading_is_no_larger_than_the_pane_heading():
    html = fragment("# What to use\n\n## Evidence\n\nFriends.")
    assert "<h4>What to use</h4>" in html and "<h5>Evidence</h5>" in html
    assert "<h1" not in html and "<h2" not in html and "<h3" not in html


def test_a_fragment_never_passes_on_html():
    html = fragment('<b onclick="x()">bold</b> <script>alert(1)</script>')
    assert "<b" not in html and "<script" not in html and "&lt;script&gt;" in html


def test_plain_is_what_a_reader_sees():
    text = (
        "# The *rise*\n\nAmazon was a **laggard** in [social media](#h1).\n\n"
        "| Channel | Role |\n| --- | --- |\n| Pinterest | *Handmade at Amazon* |\n\n"
        "- one\n- two `code`\n"
    )
    assert plain(text) == (
        "The rise\nAmazon was a laggard in social media.\n"
        "Channel · Role\nPinterest · Handmade at Amazon\none\ntwo code"
    )


def test_a_case_outline_shows_headings_without_their_marks():
    rendered = render("# The *rise* of `#amazonfail`\n\nText.\n\n## **Lessons**\n")
    assert [h.title for h in rendered.outline] == ["The rise of #amazonfail", "Lessons"]


# Prose is read without the parser (`plain`'s quick way); it must say what the parser says.
PROSE_ALPHABET = st.sampled_from(
    list("abcxyz ABC")
    + list("0123456789")
    + list(".,;:!?'\"()-=+#/%@$^{}")
    + ["\n", "\n\n"]
    + list("äßé")
    + list("سلام ای")
    + ["\u200c", "\u00a0", "\u2009", "\u2028", "\t", "\r"]
    + ["  ", "   ", "    ", "- ", "1. ", "# ", "> ", "==", "--", "&amp;", "*", "_", "|", "`"]
)


@settings(max_examples=600, deadline=None, derandomize=True, database=None)
@given(st.lists(PROSE_ALPHABET, max_size=60).map("".join))
def test_prose_read_the_quick_way_says_what_the_parser_says(text: str):
    assert plain(text) == casetext._plain_markdown(text)


def test_every_bank_text_read_the_quick_way_says_what_the_parser_says():
    quick = 0
    for folder in sorted((ROOT / "resources" / "banks").iterdir()):
        for path in sorted(folder.rglob("*.md")) + sorted(folder.rglob("*.toml")):
            for block in path.read_text(encoding="utf-8").split("\n\n"):
                for text in (block, *block.split("\n")):
                    quick += casetext._is_prose(text)
                    assert plain(text) == casetext._plain_markdown(text), (path, text)
    assert quick > 1000  # the quick way is taken, not only checked
