"""A bank's Markdown as the window shows it: `fragment` for the texts beside a case (prompt,
guidance, feedback, model paragraph, model answer), `plain` for labels and the search index."""

from __future__ import annotations

from desktop.casetext import fragment, plain, render


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
