"""Measuring a TOML text's nesting before it is parsed: strings and separators read whole.

`too_deep` reads a one-line string, and a separator with the plain text and strings after it, as
one token each; these check that doing so counts exactly what reading them a character at a
time counted (the common cases are in test_loader.py).
"""

from __future__ import annotations

import tomllib

import pytest

from casebank.tomlmap import too_deep


def _dotted(parts: int, part: str = "k{}") -> str:
    return ".".join(part.format(n) for n in range(parts))


def test_quoted_parts_of_a_dotted_key_count_as_levels():
    assert too_deep("a = 1\n" + _dotted(22, '"k{}"') + " = 1", 20) == 2
    assert too_deep("a = 1\n" + _dotted(22, "'k{}'") + " = 1", 20) == 2
    assert too_deep(_dotted(22, '"k{}, = []"') + " = 1", 20) == 1
    text = _dotted(21, '"k{}"') + " = 1"
    tomllib.loads(text)
    assert too_deep(text, 20) is None


def test_a_separator_ends_a_dotted_key_whatever_follows_it():
    # 15 dots, strings holding brackets, dots and quotes, then 15 dots again: never 21 at once.
    strings = """["[", "{", '[[', "a.b", "x\\"y"]"""
    text = f"{_dotted(16)} = {strings}\n{_dotted(16, 'm{}')} = 1"
    tomllib.loads(text)
    assert too_deep(text, 20) is None
    assert too_deep(text, 14) == 1


@pytest.mark.parametrize(
    ("text", "line"),
    [
        # A string left open ends at its line: the brackets on the next line count.
        ('a = "[[[\nb = ' + "[" * 21 + "]" * 21, 2),
        ("a = '[[[\nb = " + "[" * 21 + "]" * 21, 2),
        # An escaped line break does not end a string: the brackets are inside it.
        ('a = "x\\\n' + "[" * 30 + '"\nb = 1', None),
        # A multi-line string after a separator is read as one, not as two quotes and one more.
        ('a = """\n' + "[" * 30 + '\n"""\nb = ' + "[" * 21 + "]" * 21, 4),
        ("a = '''\n" + "[" * 30 + "\n'''\nb = 1", None),
        # An empty string is a string.
        ('a = ["", ""]\nb = "' + "[" * 30 + '"', None),
    ],
)
def test_strings_are_ended_where_toml_ends_them(text: str, line: int | None):
    assert too_deep(text, 20) == line
