"""Broken banks are refused with ``file:line: message`` and a hint; good text always loads.

The broken banks are committed in tests/fixtures/broken/ (README.md lists each with its message).
Hostile banks, and text that needs bytes an editor would not keep, are in test_archive.py.
"""

from __future__ import annotations

import tomllib
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casebank import markdown
from casebank.loader import load, parse, read
from casebank.model import Bank
from casebank.problems import BankError, Problem, Severity, errors_in
from casebank.starter import new_bank
from casebank.tomlmap import too_deep
from casebank.validate import validate
from tests.fixtures.hostile import build, corpus
from tests.fixtures.hostile.guard import Sandbox, forbid_side_effects

BROKEN = corpus.table(corpus.BROKEN / "README.md")
# These break the rubric, not the format: the bank opens, and `casebank validate` says why the
# rubric is wrong.
RUBRIC_ONLY = {"model-paragraph-not-covered", "model-answer-misses-argument", "rubric-test-fails"}
CASE_TOML = build.CASE_TOML
QUESTION = build.QUESTION
SAMPLE = "cases/corner-bakery/samples/channel/short.md"
BIDI = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def test_readme_lists_every_broken_bank():
    assert sorted(BROKEN) == corpus.broken_cases()


def test_the_base_of_the_broken_banks_is_clean():
    report = validate(corpus.BROKEN / "base")
    assert report.ok
    assert report.problems == ()


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_bank_is_refused_with_file_line_and_hint(case: str, sandbox: Sandbox):
    bank = corpus.lay_broken(case, sandbox.root / "bank")
    expected = BROKEN[case]

    with sandbox.untouched():
        report = validate(bank)
        if case in RUBRIC_ONLY:
            load(bank)
        else:
            with pytest.raises(BankError) as refused:
                load(bank)

    assert not report.ok
    found = expected.find(report.problems, bank)
    assert found is not None, f"{case}: expected {expected}, got:\n" + "\n".join(
        map(str, report.problems)
    )
    if case not in RUBRIC_ONLY:
        assert expected.find(refused.value.problems, bank) is not None


def test_a_problem_reads_file_line_message_and_hint():
    problem = Problem("bank.toml", 5, "unknown key 'titel'", "did you mean 'title'?")
    assert str(problem) == "bank.toml:5: unknown key 'titel'\n    hint: did you mean 'title'?"
    assert str(Problem("cases/x", 0, "no text")) == "cases/x: no text"
    assert str(Problem("", 0, "too large")) == "too large"
    warning = Problem("bank.toml", 2, "odd", severity=Severity.WARNING)
    assert str(warning) == "bank.toml:2: warning: odd"
    assert problem.as_dict() == {
        "file": "bank.toml",
        "line": 5,
        "severity": "error",
        "message": "unknown key 'titel'",
        "hint": "did you mean 'title'?",
    }


def test_the_error_lists_every_problem_for_the_user(tmp_path: Path):
    (tmp_path / "bank.toml").write_text('format = 1\ntitel = "x"\nversion = "1"\n')
    with pytest.raises(BankError) as refused:
        load(tmp_path)
    message = str(refused.value)
    assert message.startswith(f"{tmp_path} is not a usable case bank:\n")
    assert "bank.toml:2: unknown key 'titel'\n    hint: did you mean 'title'?" in message
    assert "bank.toml:3: version '1' is not a semantic version" in message
    assert "cases/: the bank has no cases" in message


# -- what a tutor's editor may do ----------------------------------------------------------------


def test_byte_order_marks_and_windows_line_ends_are_fine(starter: Path):
    for path in starter.rglob("*"):
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode())
    bank = load(starter)
    assert bank.case("corner-bakery").title == "The corner bakery goes online"


def test_line_numbers_count_windows_line_ends_once(starter: Path):
    path = starter / CASE_TOML
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.insert(2, "colour = 'red'")
    path.write_bytes("\r\n".join(lines).encode())
    problems = read(starter).problems
    assert [(p.file, p.line, p.message) for p in errors_in(problems)] == [
        (CASE_TOML, 3, "unknown key 'colour'")
    ]


def test_a_line_separator_inside_a_string_does_not_shift_line_numbers(starter: Path):
    # TOML counts lines by "\n" only; U+2028 inside a string is just a character.
    path = starter / CASE_TOML
    text = path.read_text(encoding="utf-8")
    text = text.replace('summary = "A small', 'summary = "A\u2028small')
    path.write_text(text + "colour = 'red'\n", encoding="utf-8")
    problems = errors_in(read(starter).problems)
    assert [(p.line, p.message) for p in problems] == [(4, "unknown key 'colour'")]


def test_a_hint_suggests_a_key_only_when_one_is_close(starter: Path):
    path = starter / "bank.toml"
    path.write_text(path.read_text() + "licence_url = 'x'\nlicense-name = 'y'\n")
    hints = {p.message: p.hint for p in errors_in(read(starter).problems)}
    assert hints["unknown key 'licence_url'"].startswith("allowed keys: authors, cases")
    assert hints["unknown key 'license-name'"].startswith("allowed keys:")
    path.write_text(path.read_text().replace("licence_url", "Licence").replace("license-", "x"))
    hints = {p.message: p.hint for p in errors_in(read(starter).problems)}
    assert hints["unknown key 'Licence'"] == "did you mean 'license'?"


def test_a_warning_does_not_stop_a_bank(starter: Path):
    path = starter / CASE_TOML
    path.write_text(
        path.read_text().replace('sources = ["Invented for the Casewise starter bank."]', "")
    )
    loaded = read(starter)
    assert loaded.ok
    assert [(p.file, p.severity) for p in loaded.problems] == [(CASE_TOML, Severity.WARNING)]
    load(starter)


def test_an_escaped_control_character_in_prose_is_refused_but_line_breaks_are_not(starter: Path):
    path = starter / QUESTION
    text = path.read_text()
    path.write_text(text.replace('found = "You connected', 'found = "Tab\\there\\nYou connected'))
    load(starter)
    path.write_text(text.replace('found = "You connected', 'found = "\\u001b[2JYou connected'))
    problems = errors_in(read(starter).problems)
    assert [(p.file, p.message) for p in problems] == [
        (QUESTION, "'found' holds the invisible control character U+001B")
    ]


@pytest.mark.parametrize("value", ["true", "1.0", '"1"'])
def test_a_format_that_only_equals_one_in_python_is_refused(value: str, starter: Path):
    path = starter / "bank.toml"
    path.write_text(path.read_text().replace("format = 1", f"format = {value}", 1))
    [problem] = errors_in(read(starter).problems)
    assert (problem.file, problem.line) == ("bank.toml", 1)
    assert problem.message.startswith("'format' must be a whole number")
    assert problem.hint == "write format = 1"


@pytest.mark.parametrize("language", ["en", "de", "fa"])
def test_every_starter_loads_and_validates(language: str, tmp_path: Path, sandbox: Sandbox):
    new_bank(tmp_path / "bank", language)
    with sandbox.untouched():
        report = validate(tmp_path / "bank")
    assert report.ok, "\n".join(map(str, report.problems))


def test_opening_a_bank_reads_it_into_memory_and_nothing_else(starter: Path, sandbox: Sandbox):
    with sandbox.untouched():
        bank = load(starter)
    (starter / build.CASE_MD).write_text("# Changed on disk after loading\n")
    assert bank.files[build.CASE_MD].startswith(b"# The corner bakery goes online")
    assert bank.case("corner-bakery").text.startswith("# The corner bakery goes online")


@pytest.mark.parametrize(
    "text",
    [
        "[on disk](file:///etc/passwd)",
        "[click](javascript:alert(1))",
        "![x](file:///etc/x.png)",
        "[x](vbscript:msgbox)",
        "![x](data:image/svg+xml;base64,PHN2Zz4=)",
    ],
)
def test_dangerous_link_schemes_are_reported_and_never_rendered_as_links(text: str):
    # markdown-it's renderer keeps these schemes as plain text; the checker still tells the
    # tutor, since the bank was written to link somewhere it may not.
    [issue] = markdown.check(text)
    assert text[text.index("(") + 1 : -1] in issue.message
    html = markdown.parser().render(text)
    assert "<a" not in html
    assert "<img" not in html


@pytest.mark.parametrize(
    "text",
    [
        'a = "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["',
        "a = '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[['",
        'a = """\n[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["""',
        "a = '''\n[[[[[[[[[[[[[[[[[[[[[[[[[[[[[['''",
        'a = """ends with quotes"""""\nb = "[[[[[[[[[[[[[[[[[[[[[[[[[["',
        'a = "an \\" escaped quote [[[[[[[[[[[[[[[[[[[[[[[[["',
        "# a comment [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\na = 1",
        "a = [1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5, 10.5, 11.5, 12.5, 13.5, 14.5, 15.5,"
        " 16.5, 17.5, 18.5, 19.5, 20.5, 21.5, 22.5]",
        "a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s = 1",
        "[[a.b.c]]\nd = [[[1]], [[2]]]\ne = { f = { g = [1.5] } }",
    ],
)
def test_nesting_is_measured_outside_strings_and_comments(text: str):
    tomllib.loads(text)
    assert too_deep(text, 20) is None


def test_nesting_past_the_limit_is_found_on_its_line():
    assert too_deep("a = 1\nb = 2\nc = " + "[" * 21 + "]" * 21, 20) == 3
    assert too_deep("a = 1\n" + ".".join("k" * 22) + " = 1", 20) == 2
    assert too_deep("a = [\n" + "[" * 20 + "]" * 20 + "]", 20) == 2


# -- fuzzing: text in a TOML string either round-trips or is reported, never crashes -------------

FUZZ = settings(
    max_examples=100,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
TEXTS = st.one_of(
    st.text(max_size=60),
    st.text(
        alphabet=st.sampled_from("ab \n\t\r\x00\x1b\x7f\x85\u202e\u2066\u2028é\"\\'#[]="),
        max_size=20,
    ),
)


@pytest.fixture(scope="module")
def starter_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    return build.starter_files(tmp_path_factory.mktemp("starter"))


def toml_string(text: str) -> str:
    """`text` as a TOML basic string, escaping what a basic string cannot hold as it is."""
    out = []
    for c in text:
        if c in '"\\':
            out.append("\\" + c)
        elif unicodedata.category(c) == "Cc":
            out.append(f"\\u{ord(c):04X}")
        else:
            out.append(c)
    return '"' + "".join(out) + '"'


def _with(files: dict[str, bytes], name: str, old: str, new: str) -> dict[str, bytes]:
    text = files[name].decode()
    assert old in text, f"the starter bank changed: {old!r} is not in {name}"
    return {**files, name: text.replace(old, new, 1).encode()}


def _plain_ok(text: str, required: bool) -> bool:
    bad = any(c in BIDI or unicodedata.category(c) == "Cc" for c in text)
    return not bad and (bool(text.strip()) or not required)


def _prose_ok(text: str) -> bool:
    bad = any(unicodedata.category(c) == "Cc" and c not in "\n\t" for c in text)
    return not bad and bool(text.strip())


class Field(NamedTuple):
    """A text field of the starter bank, and how the loader treats it."""

    file: str
    starter: str  # the line that holds it in the starter bank
    kind: str  # "title": plain and required; "label": plain, may be empty; "prose"
    loaded: Callable[[Bank], str]


FIELDS = {
    "bank title": Field("bank.toml", 'title = "My case bank"', "title", lambda b: b.title),
    "case title": Field(
        CASE_TOML,
        'title = "The corner bakery goes online"',
        "title",
        lambda b: b.case("corner-bakery").title,
    ),
    "cue label": Field(
        QUESTION,
        'label = "Instagram"',
        "label",
        lambda b: b.question("corner-bakery/channel").arguments[0].cues[1].label,
    ),
    "sample style": Field(
        SAMPLE,
        'style = "short and plain"',
        "label",
        lambda b: b.case("corner-bakery").samples[0].style,
    ),
    "feedback": Field(
        QUESTION,
        'found = "You connected the product to a visual channel."',
        "prose",
        lambda b: b.question("corner-bakery/channel").arguments[0].found,
    ),
}


@pytest.mark.parametrize("field", sorted(FIELDS))
@FUZZ
@given(text=TEXTS)
def test_text_in_a_field_round_trips_or_is_reported(
    field: str, text: str, starter_files: dict[str, bytes]
):
    name, old, kind, loaded_as = FIELDS[field]
    key = old.split(" = ")[0]
    files = _with(starter_files, name, old, f"{key} = {toml_string(text)}")

    with forbid_side_effects() as seen:
        loaded = parse(files, "fuzz")
    assert seen == []

    expected_ok = {
        "title": _plain_ok(text, required=True),
        "label": _plain_ok(text, required=False),
        "prose": _prose_ok(text),
    }[kind]
    assert loaded.ok == expected_ok, "\n".join(map(str, loaded.problems))
    if loaded.ok:
        assert loaded.bank is not None
        assert loaded_as(loaded.bank) == text.strip()
    else:
        assert {p.file for p in errors_in(loaded.problems)} == {name}


@FUZZ
@given(term=TEXTS)
def test_any_cue_term_is_compiled_or_reported(term: str, starter_files: dict[str, bytes]):
    files = _with(starter_files, QUESTION, '"instagram", "insta"', f'{toml_string(term)}, "insta"')
    loaded = parse(files, "fuzz")
    if loaded.ok:
        assert loaded.bank is not None
        cue = loaded.bank.question("corner-bakery/channel").arguments[0].cues[1]
        assert cue.any[0] == term.strip()
    else:
        assert all(p.file == QUESTION for p in errors_in(loaded.problems))


@settings(FUZZ, max_examples=200)
@given(text=st.text(max_size=200), where=st.sampled_from(sorted(FIELDS)))
def test_raw_text_anywhere_in_a_toml_file_never_crashes(
    text: str, where: str, starter_files: dict[str, bytes]
):
    name, old, _, _ = FIELDS[where]
    files = _with(starter_files, name, old, old + "\n" + text)
    loaded = parse(files, "fuzz")
    assert loaded.ok or errors_in(loaded.problems)


@settings(FUZZ, max_examples=200)
@given(text=st.text(max_size=300))
def test_any_case_text_is_accepted_or_reported(text: str, starter_files: dict[str, bytes]):
    files = {**starter_files, build.CASE_MD: text.encode("utf-8")}
    loaded = parse(files, "fuzz")
    assert all(p.file == build.CASE_MD for p in errors_in(loaded.problems))


def test_an_oversized_case_text_is_refused_before_parsing(starter):
    from casebank.loader import read

    # Numbered, so that the file is refused for its size, not as one that packs too well.
    text = "".join(f"*a{i}* " for i in range(150_000))
    (starter / "cases/corner-bakery/case.md").write_text(text, encoding="utf-8")
    loaded = read(starter)
    assert not loaded.ok
    assert any("case text is larger" in p.message for p in loaded.problems)


def test_a_missing_question_is_one_error_that_names_the_bank_s_questions(starter: Path):
    from casebank.errors import NoSuchQuestionError, UserError

    bank = load(starter)
    for key in ("corner-bakery/nothing", "no-case/channel", "nonsense"):
        with pytest.raises(NoSuchQuestionError) as raised:
            bank.question(key)
        assert isinstance(raised.value, UserError) and isinstance(raised.value, KeyError)
        assert str(raised.value) == (
            f"the bank has no question {key!r}; its questions are: corner-bakery/channel"
        )
