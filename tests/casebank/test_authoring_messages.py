"""Authoring messages: each mistake is one message that says what is wrong and what to write.

Issue 15, point 11: a regular expression validated and silently became a phrase, a text where a
list belongs added a false second error, a remote image gave two messages that did not say why,
a mixed `with` list got no hint, and counts were never in the singular.
"""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from casebank.cli import cli
from casebank.cues import TermError, parse_term
from casebank.language import analyzer_for
from casebank.loader import read
from casebank.problems import Problem, errors_in
from casebank.starter import new_bank

QUESTION = Path("cases/corner-bakery/questions/channel.toml")
CASE_TEXT = Path("cases/corner-bakery/case.md")


def edit(bank: Path, file: Path, old: str, new: str) -> None:
    path = bank / file
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def errors(bank: Path) -> list[Problem]:
    return errors_in(read(bank).problems)


def test_a_regular_expression_is_refused_with_its_alternatives_as_terms(starter: Path):
    edit(starter, QUESTION, 'any = ["instagram", "insta"]', 'any = ["/gdpr|dsgvo/"]')
    (problem,) = errors(starter)
    assert "'/gdpr|dsgvo/' looks like a regular expression" in problem.message
    assert problem.hint == 'write each alternative as a term of its own: any = ["gdpr", "dsgvo"]'


def test_what_gives_a_term_away_as_a_pattern():
    analyzer = analyzer_for("en")
    for pattern, hint in [
        (r"\bprice\b", 'any = ["price"]'),
        ("discount.*", 'any = ["discount*"]'),
        ("compet(e|ition)", "terms of their own"),
        ("/colou?r/i", "terms of their own"),
    ]:
        try:
            parse_term(pattern, analyzer)
        except TermError as exc:
            assert hint in exc.hint, (pattern, exc.hint)
        else:
            raise AssertionError(f"{pattern!r} was taken for a term")
    for term in ["C++", "24/7", "A/B test", "e-mail", "don't", "discount*", "==GDPR"]:
        parse_term(term, analyzer)


def test_a_text_where_a_list_belongs_is_one_error_with_an_example(starter: Path):
    edit(starter, QUESTION, 'any = ["instagram", "insta"]', 'any = "order ahead"')
    (problem,) = errors(starter)
    assert problem.message == "'any' must be a list of texts, not a text ('order ahead')"
    assert problem.hint == 'write any = ["order ahead"]'


def test_a_number_in_quotes_is_one_error_with_the_number_as_example(starter: Path):
    edit(starter, QUESTION, "marks = 6", 'marks = "6"')
    (problem,) = errors(starter)
    assert problem.message == "'marks' must be a number of at least 0, not a text ('6')"
    assert problem.hint == "write marks = 6 (no quotes)"


def test_a_mixed_with_list_gets_a_hint(starter: Path):
    edit(starter, QUESTION, 'with = ["cake", "product"]', 'with = ["cake", ["product", "bun"]]')
    (problem,) = errors(starter)
    assert problem.message.endswith("not a mix of both")
    assert 'with = [["cake", "bun"], ["photo", "picture"]]' in problem.hint


def test_a_remote_image_is_one_message_that_says_why(starter: Path):
    path = starter / CASE_TEXT
    path.write_text(path.read_text("utf-8") + "\n![Shop](https://example.org/shop.png)\n", "utf-8")
    (problem,) = errors(starter)
    assert problem.message == (
        "the image 'https://example.org/shop.png' is on the web: a bank may not show remote "
        "images, because Casewise never goes online"
    )
    assert "download the image" in problem.hint


def test_counts_of_one_are_in_the_singular(tmp_path: Path):
    new_bank(tmp_path / "bank", "en")
    result = CliRunner().invoke(cli, ["validate", str(tmp_path / "bank")])
    assert result.output.strip() == f"{tmp_path / 'bank'}: ok (1 question, 1 rubric test)"
    edit(tmp_path / "bank", QUESTION, "marks = 6", 'marks = "6"')
    case = tmp_path / "bank" / "cases" / "corner-bakery" / "case.toml"
    case.write_text(case.read_text("utf-8").replace("sources =", "# sources ="), "utf-8")
    result = CliRunner().invoke(cli, ["validate", str(tmp_path / "bank")])
    assert result.output.splitlines()[-1] == f"{tmp_path / 'bank'}: 1 error, 1 warning"
    new_bank(tmp_path / "other", "en")
    info = CliRunner().invoke(cli, ["info", str(tmp_path / "other")])
    assert "1 case, 1 question, 3 arguments, 1 sample answer" in info.output
