"""The loader's lower layer: a cursor on a TOML table reads each key as its type, or says why not.

The bank's schema on top of it (`casebank.loader`) is pinned message by message by the broken
banks in tests/fixtures/broken/ (test_loader.py); here the cursor is driven on its own.
"""

from __future__ import annotations

import ast
import inspect
from types import ModuleType

import pytest

from casebank import fields, loader
from casebank.fields import Fields, Reader

QUESTION = """\
prompt = "Should the bakery sell online?"
marks = "ten"
tags = ["delivery", 3]

[words]
min = 250

[[arguments]]
id = "reach"
title = "Reach\\u202e"

[[arguments]]
id = 7
"""


def question() -> tuple[Reader, Fields]:
    reader = Reader({"q.toml": QUESTION.encode("utf-8")})
    cursor = reader.toml("q.toml")
    assert cursor is not None
    return reader, cursor


def reported(reader: Reader) -> list[tuple[int, str, str]]:
    return [(p.line, p.message, p.hint) for p in reader.problems]


def test_a_key_of_the_right_type_is_read_and_nothing_is_reported():
    reader, q = question()
    assert q.string("prompt") == "Should the bakery sell online?"
    words = q.child("words", "'words' must be a table", "")
    assert words is not None and words.integer("min", minimum=1) == 250
    assert words.integer("max") is None  # absent, and not required
    assert [t.path for t in q.tables("arguments")] == [("arguments", 0), ("arguments", 1)]
    assert reader.problems == []


def test_a_value_of_another_type_is_reported_at_its_key_with_what_to_write():
    reader, q = question()
    assert q.number("marks") is None
    assert q.strings("tags") is None
    assert q.string("model_answer") == ""
    assert reported(reader) == [
        (
            2,
            "'marks' must be a number of at least 0, not a text ('ten')",
            "write marks = 2 (no quotes)",
        ),
        (
            3,
            "'tags' must be a list of texts, not a list of something else",
            'write tags = ["…", "…"]',
        ),
        (1, "missing 'model_answer'", 'add model_answer = "…"'),
    ]


def test_a_cursor_on_a_table_in_an_array_reports_at_that_table():
    reader, q = question()
    first, second = q.tables("arguments")
    assert first.string("title", plain=True) == "Reach\u202e"
    assert second.string("id") == ""
    second.keys({"id", "title"})
    assert second.string("title") == ""
    assert reported(reader) == [
        (
            10,
            "'title' holds the invisible control character U+202E",
            "retype the text; such characters can make it display differently",
        ),
        (13, "'id' must be text, not a number (7)", 'write id = "…" (in quotes)'),
        (12, "missing 'title'", 'add title = "…"'),
    ]


def test_a_table_that_is_not_one_is_reported_and_read_as_nothing():
    reader, q = question()
    assert q.child("prompt", "'prompt' must be a table, not {shape}", "write [prompt]") is None
    assert q.tables("prompt") == []
    assert reported(reader) == [
        (
            1,
            "'prompt' must be a table, not a text ('Should the bakery sell online?')",
            "write [prompt]",
        ),
        (
            1,
            "'prompt' must be a list of tables, not a text ('Should the bakery sell online?')",
            "write each one under a [[prompt]] header",
        ),
    ]


@pytest.mark.parametrize("module", [loader, fields])
def test_no_function_of_the_loader_is_longer_than_forty_lines(module: ModuleType):
    tree = ast.parse(inspect.getsource(module))
    long = {
        node.name: node.end_lineno - node.lineno + 1
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef) and node.end_lineno is not None
        if node.end_lineno - node.lineno + 1 > 40
    }
    assert long == {}
