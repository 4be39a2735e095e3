"""Reading a bank's files as typed fields, reporting each problem at its file and line.

The lower of the loader's two layers: `Reader` turns a bank's bytes into text and TOML documents
and collects the problems found on the way; `Fields` is a cursor on one TOML table (a document,
or a table inside one, at a key path in a file) that reads a key as the type it must have: a
text, a number, a whole number, a list of texts, a table or a list of tables. A value of another
type is reported with what it is and what to write instead, and read as nothing. The bank's
schema (`casebank.loader`) is written on top of these, in the bank's words.
"""

from __future__ import annotations

import difflib
import itertools
import math
import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from casebank.characters import MAX_UNBROKEN, describe, unbroken, undrawable
from casebank.problems import Problem, Severity
from casebank.tomlmap import key_lines, line_of, too_deep

try:
    # tomli is the code of Python's tomllib, compiled (mypyc): the same documents and the same
    # messages, about three times as fast; TOML is most of the time a large bank takes to read.
    import tomli as toml
except ImportError:  # a platform without its compiled wheel, or a build that left it out
    import tomllib as toml  # type: ignore[no-redef]

TOML_PARSER = toml.__name__  # "tomli", or "tomllib" when the compiled one is missing
MAX_TOML_BYTES = 2 * 1024 * 1024
MAX_TOML_DEPTH = 20
# Bidirectional embeddings, overrides and isolates can make a title read differently from what it
# holds ("Trojan Source"); titles and labels are short plain text and never need them.
# Unicode's control characters (category Cc) are exactly U+0000-U+001F and U+007F-U+009F: one
# regular expression finds the first in a text far faster than asking about each character.
CONTROL_IN_PROSE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # tabs, line breaks are fine
CONTROL_IN_TITLE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

Doc = dict[str, Any]
KeyPath = tuple[str | int, ...]


class LineIndex(Mapping[str, dict[KeyPath, int]]):
    """Where the keys of each TOML file read stand (`tomlmap.key_lines`), by file name.

    A file's keys are placed when a problem in it needs a line, not before: placing every key of
    a large bank takes a tenth of reading it, and a good bank needs none of them.
    """

    def __init__(self) -> None:
        self._texts: dict[str, tuple[str, int]] = {}
        self._placed: dict[str, dict[KeyPath, int]] = {}

    def add(self, name: str, text: str, first_line: int) -> None:
        """Note the TOML `text` of file `name`, whose first line is the file's `first_line`."""
        self._texts[name] = (text, first_line)
        self._placed.pop(name, None)

    def __getitem__(self, name: str) -> dict[KeyPath, int]:
        placed = self._placed.get(name)
        if placed is None:
            text, first_line = self._texts[name]
            placed = {k: v + first_line - 1 for k, v in key_lines(text).items()}
            self._placed[name] = placed
        return placed

    def __iter__(self) -> Iterator[str]:
        return iter(self._texts)

    def __len__(self) -> int:
        return len(self._texts)


def shape(value: object) -> str:
    """What a TOML value is, in the words of a message: "a text ('order ahead')", "a number"."""
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:39] + "…"
        return f"a text ({shown!r})"
    if isinstance(value, bool):
        return f"{str(value).lower()} (true or false)"
    if isinstance(value, int | float):
        return f"a number ({value!r})"
    if isinstance(value, list):
        return "a list of something else" if value else "an empty list"
    if isinstance(value, dict):
        return "a table"
    return "a date or time"


def _squashed(key: str) -> str:
    return key.replace("_", "").replace("-", "").lower()


def _number_example(value: object, minimum: float, *, whole: bool = False) -> str:
    """A number for a key that was given something else: the number a text holds, if any."""
    try:
        number = float(value) if isinstance(value, str) else None
    except ValueError:
        number = None
    if number is None or not math.isfinite(number) or number < minimum:
        number = max(minimum, 2)
    return str(round(number)) if whole else f"{number:g}"


def _table_name(path: KeyPath, key: str) -> str:
    """The header of an array of tables: ``arguments``, ``arguments.cues``."""
    return ".".join([*(part for part in path if isinstance(part, str)), key])


def _list_example(value: object) -> str:
    """A list of texts for a key that was given something else: the text itself, in a list."""
    if isinstance(value, str) and value.strip():
        return (
            "[" + ", ".join(f'"{part.strip()}"' for part in value.split(",") if part.strip()) + "]"
        )
    return '["…", "…"]'


class Reader:
    """A bank's files as text and TOML, and every problem found reading them."""

    def __init__(self, files: Mapping[str, bytes]) -> None:
        self.files = files
        self.problems: list[Problem] = []
        self.lines = LineIndex()
        # The files whose raw text was warned about for characters the PDF cannot draw: a TOML
        # value of theirs is not warned about again.
        self.undrawable_files: set[str] = set()

    # -- reporting ---------------------------------------------------------------------------

    def error(self, file: str, line: int, message: str, hint: str = "") -> None:
        """Report an error at `file`, `line` (0: the file as a whole)."""
        self.problems.append(Problem(file, line, message, hint))

    def warn(self, file: str, line: int, message: str, hint: str = "") -> None:
        """Report a warning at `file`, `line` (0: the file as a whole)."""
        self.problems.append(Problem(file, line, message, hint, Severity.WARNING))

    def at(self, file: str, path: KeyPath) -> int:
        """The line of the key at `path` in the TOML file `file` (placed on first use)."""
        return line_of(self.lines.get(file, {}), path)

    # -- text ------------------------------------------------------------------------------

    def text(self, name: str) -> str | None:
        """The text of file `name`, or None when it is missing or not plain UTF-8 (reported)."""
        data = self.files.get(name)
        if data is None:
            return None
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            self.error(
                name,
                line,
                "the file is not UTF-8 text",
                "save it as UTF-8 in your editor ('Save with encoding')",
            )
            return None
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        bad = CONTROL_IN_PROSE.search(text)
        if bad:
            self.error(
                name,
                text.count("\n", 0, bad.start()) + 1,
                f"control character U+{ord(bad.group()):04X} in the text",
                "remove it; it may come from copying out of a PDF or a word processor",
            )
            return None
        self.undrawable(name, text, 1)
        return text

    def undrawable(self, file: str, text: str, line: int, escaped: bool = False) -> None:
        """Warn about the first isolate or unassigned code point in `text` (see `characters`).

        `line` is where `text` starts; an `escaped` value (a TOML string) is reported at it, as
        its characters were written as escapes such as ``\\u2068``.
        """
        found = list(itertools.islice(undrawable(text), 2))
        if not found:
            return
        self.undrawable_files.add(file)
        index = found[0]
        where = line if escaped else line + text.count("\n", 0, index)
        more = " (and more in this file)" if len(found) > 1 else ""
        self.warn(
            file,
            where,
            f"{describe(text[index])}{more}",
            "remove it unless the text needs it; it may come from copying out of another program",
        )

    def plain(
        self, value: str, file: str, path: KeyPath, what: str, *, prose: bool = False
    ) -> None:
        """Report control characters; in a title or label also line breaks and bidi controls.

        The file's raw text has been checked already, but TOML escapes (``\\u001b``) can still
        put a terminal escape into a value. Prose may break lines and use bidi marks. The line
        of `path` is looked up only for a problem: a bank has some 100,000 values.
        """
        bad = (CONTROL_IN_PROSE if prose else CONTROL_IN_TITLE).search(value)
        if bad:
            self.error(
                file,
                self.at(file, path),
                f"{what!r} holds the invisible control character U+{ord(bad.group()):04X}",
                "retype the text; such characters can make it display differently",
            )
        elif file not in self.undrawable_files and next(undrawable(value), None) is not None:
            self.undrawable(file, value, self.at(file, path), escaped=True)
        self.unbroken(file, value, lambda index: self.at(file, path))

    def unbroken(self, file: str, text: str, line: Callable[[int], int]) -> None:
        """Report a run of characters too long to lay out (`characters.unbroken`); `line` gives
        the line of an index into `text`."""
        found = unbroken(text)
        if found is not None:
            start, length = found
            self.error(
                file,
                line(start),
                f"{length:,} characters without a space; the limit is {MAX_UNBROKEN:,}, as no "
                "screen can lay out so long a word",
                "break the text with spaces or line breaks",
            )

    # -- TOML ------------------------------------------------------------------------------

    def toml(self, name: str, text: str | None = None, first_line: int = 1) -> Fields | None:
        """The TOML document of file `name` (or its front matter `text`, which starts on the
        file's `first_line`), or None when it cannot be read (reported)."""
        if text is None:
            text = self._toml_text(name)
        elif len(text) > MAX_TOML_BYTES:
            self.error(
                name,
                first_line,
                "the front matter is too large",
                f"keep it under {MAX_TOML_BYTES:,} characters",
            )
            return None
        if text is None:
            return None
        deep = too_deep(text, MAX_TOML_DEPTH)
        if deep is not None:
            self.error(
                name,
                deep + first_line - 1,
                f"the TOML is nested more than {MAX_TOML_DEPTH} levels deep",
                "flatten the structure; a bank's files need only a few levels",
            )
            return None
        doc = self._parsed(name, text, first_line)
        if doc is None:
            return None
        self.lines.add(name, text, first_line)
        return Fields(self, doc, name, ())

    def _toml_text(self, name: str) -> str | None:
        if name in self.files and len(self.files[name]) > MAX_TOML_BYTES:
            self.error(
                name,
                0,
                "the file is too large for a TOML file",
                f"keep TOML files under {MAX_TOML_BYTES:,} bytes",
            )
            return None
        return self.text(name)

    def _parsed(self, name: str, text: str, first_line: int) -> Doc | None:
        try:
            return toml.loads(text)
        except toml.TOMLDecodeError as exc:
            match = re.search(r"line (\d+)", str(exc))
            line = int(match.group(1)) + first_line - 1 if match else first_line
            message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
            self.error(
                name,
                line,
                f"not valid TOML: {message}",
                "check quotes, brackets and '=' signs; see https://toml.io",
            )
        except ValueError:
            # tomli reads integers of any length, and Python refuses to convert one of more
            # than 4,300 digits with a ValueError that is not a TOMLDecodeError.
            self.error(
                name,
                first_line,
                "not valid TOML: a value is too large to read",
                "TOML integers have at most 19 digits",
            )
        except RecursionError:
            self.error(name, first_line, "the TOML is nested too deeply", "flatten the structure")
        return None


class Fields:
    """A cursor on one TOML table: its keys read as typed values, each problem reported at the
    line of the key it is about.

    Args:
        reader: what reports the problems and knows where each key stands.
        doc: the table.
        file: the file it is in.
        path: the keys and indexes that lead to it from the top of the file.
    """

    def __init__(self, reader: Reader, doc: Doc, file: str, path: KeyPath) -> None:
        self.reader = reader
        self.doc = doc
        self.file = file
        self.path = path

    def get(self, key: str, default: object = None) -> Any:
        """The raw value of `key`, for a check of its own."""
        return self.doc.get(key, default)

    def __contains__(self, key: str) -> bool:
        return key in self.doc

    def line(self, *keys: str | int) -> int:
        """The line of the key at `keys` below this table, or of the table itself."""
        return self.reader.at(self.file, (*self.path, *keys))

    def error(self, keys: tuple[str | int, ...], message: str, hint: str = "") -> None:
        """Report an error at the line of the key at `keys` below this table."""
        self.reader.error(self.file, self.line(*keys), message, hint)

    def warn(self, keys: tuple[str | int, ...], message: str, hint: str = "") -> None:
        """Report a warning at the line of the key at `keys` below this table."""
        self.reader.warn(self.file, self.line(*keys), message, hint)

    def keys(self, allowed: set[str]) -> None:
        """Report every key that is not `allowed`, with the allowed key it most looks like."""
        for key in self.doc:
            if key not in allowed:
                # The same key in another spelling (modelAnswer, model-answer), else a typo.
                near = [a for a in sorted(allowed) if _squashed(a) == _squashed(key)]
                near = near or difflib.get_close_matches(key.lower(), sorted(allowed), 1, 0.75)
                hint = (
                    f"did you mean {near[0]!r}?"
                    if near
                    else f"allowed keys: {', '.join(sorted(allowed))}"
                )
                self.error((key,), f"unknown key {key!r}", hint)

    def string(self, key: str, *, required: bool = True, plain: bool = False) -> str:
        """A text, stripped; "" when it is missing or not a text.

        Args:
            key: the key.
            required: whether a missing or empty text is an error.
            plain: a title or label: no line breaks and no bidirectional controls either.
        """
        value = self.doc.get(key)
        if value is None:
            if required:
                self.error((), f"missing {key!r}", f'add {key} = "…"')
            return ""
        if not isinstance(value, str):
            self.error(
                (key,),
                f"{key!r} must be text, not {shape(value)}",
                f'write {key} = "…" (in quotes)',
            )
            return ""
        if required and not value.strip():
            self.error((key,), f"{key!r} is empty")
        self.reader.plain(value, self.file, (*self.path, key), key, prose=not plain)
        return value.strip()

    def number(self, key: str, *, required: bool = True, minimum: float = 0) -> float | None:
        """A finite number of at least `minimum`; None when it is missing or not one."""
        value = self.doc.get(key)
        if value is None:
            if required:
                self.error((), f"missing {key!r}", f"add {key} = 10")
            return None
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
            or value < minimum
        ):
            self.error(
                (key,),
                f"{key!r} must be a number of at least {minimum:g}, not {shape(value)}",
                f"write {key} = {_number_example(value, minimum)} (no quotes)",
            )
            return None
        return float(value)

    def integer(self, key: str, *, minimum: int = 0) -> int | None:
        """A whole number of at least `minimum`; None when it is missing or not one."""
        value = self.doc.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            self.error(
                (key,),
                f"{key!r} must be a whole number of at least {minimum}, not {shape(value)}",
                f"write {key} = {_number_example(value, minimum, whole=True)} (no quotes)",
            )
            return None
        return value

    def strings(self, key: str, *, plain: bool = False) -> list[str] | None:
        """A list of texts, each stripped; None when it is missing or not one."""
        value = self.doc.get(key)
        if value is None:
            return None
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.error(
                (key,),
                f"{key!r} must be a list of texts, not {shape(value)}",
                f"write {key} = {_list_example(value)}",
            )
            return None
        # One search of them all finds whether any holds a control character (a space between
        # them is never one); only then is each searched, to report each that does.
        if (CONTROL_IN_PROSE if not plain else CONTROL_IN_TITLE).search(" ".join(value)):
            for item in value:
                self.reader.plain(item, self.file, (*self.path, key), key, prose=not plain)
        return [v.strip() for v in value]

    def tables(self, key: str) -> list[Fields]:
        """An array of tables (``[[key]]``), each as a cursor; none when it is not one."""
        value = self.doc.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.error(
                (key,),
                f"{key!r} must be a list of tables, not {shape(value)}",
                f"write each one under a [[{_table_name(self.path, key)}]] header",
            )
            return []
        return [
            Fields(self.reader, v, self.file, (*self.path, key, i)) for i, v in enumerate(value)
        ]

    def child(self, key: str, message: str, hint: str) -> Fields | None:
        """The table under `key` (empty when there is none); None when it is something else, and
        then `message` (which may name what it is with ``{shape}``) and `hint` are reported."""
        value = self.doc.get(key, {})
        if not isinstance(value, dict):
            self.error((key,), message.format(shape=shape(value)), hint)
            return None
        return Fields(self.reader, value, self.file, (*self.path, key))
