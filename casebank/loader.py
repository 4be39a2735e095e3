"""Loading a bank: from files to a `Bank`, with every problem found on the way.

The loader reads what `archive.read_files` returns, parses the TOML and Markdown, and reports each
problem at its file and line rather than stopping at the first. `load` is what the app and the CLI
call: it returns a usable bank or raises `BankError` with every error.
"""

from __future__ import annotations

import difflib
import itertools
import math
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import Any

from casebank import markdown
from casebank.archive import CHECKSUMS, read_files
from casebank.characters import MAX_UNBROKEN, describe, unbroken, undrawable
from casebank.cues import TermError, parse_term
from casebank.errors import Cancel, CancelledError
from casebank.language import analyzer_for
from casebank.model import Argument, Bank, Case, Cue, Manifest, Question, Sample, Scope
from casebank.problems import BankError, Problem, Severity, errors_in
from casebank.tomlmap import key_lines, line_of, too_deep

try:
    # tomli is the code of Python's tomllib, compiled (mypyc): the same documents and the same
    # messages, about three times as fast; TOML is most of the time a large bank takes to read.
    import tomli as toml
except ImportError:  # a platform without its compiled wheel, or a build that left it out
    import tomllib as toml  # type: ignore[no-redef]

TOML_PARSER = toml.__name__  # "tomli", or "tomllib" when the compiled one is missing
FORMAT_VERSION = 1
MAX_CASES = 500
MAX_QUESTIONS = 50
MAX_ARGUMENTS = 50
MAX_CUES = 40
MAX_TERMS = 100
# Cue terms in one question (a real one has under a thousand) and in a bank: a question's terms
# are compiled when it opens and matched at each check; a bank's are all parsed when it loads.
MAX_QUESTION_TERMS = 5_000
MAX_BANK_TERMS = 50_000
MAX_TOML_BYTES = 2 * 1024 * 1024
# The Markdown parser is linear but slow on crafted input (about 13 µs a character); a case text
# of a megabyte is some 150,000 words, far beyond any real case, and parses in well under a minute.
MAX_CASE_TEXT_BYTES = 1024 * 1024
MAX_TOML_DEPTH = 20
# The app files its copy of a bank as <id>-<version>.casebank: with an id of at most 128
# characters, the name stays within the 255 bytes file systems allow.
MAX_VERSION_LENGTH = 64

# Written by `casebank import` beside bank.toml: what the import could not carry over.
IMPORT_REPORT = "import-report.md"
ID = re.compile(r"^[a-z][a-z0-9-]{0,63}$")
BANK_ID = re.compile(r"^[a-z][a-z0-9.-]{0,127}$")
SEMVER = re.compile(
    r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$"
)
LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")
STATUSES = frozenset({"covered", "partly", "missing"})
# Bidirectional embeddings, overrides and isolates can make a title read differently from what it
# holds ("Trojan Source"); titles and labels are short plain text and never need them.
# Unicode's control characters (category Cc) are exactly U+0000-U+001F and U+007F-U+009F: one
# regular expression finds the first in a text far faster than asking about each character.
_CONTROL_IN_PROSE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # tabs, line breaks are fine
_CONTROL_IN_TITLE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

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


@dataclass
class Loaded:
    """What loading found: the bank (None when it could not be built) and every problem."""

    bank: Bank | None
    problems: list[Problem]
    lines: Mapping[str, Mapping[KeyPath, int]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """Whether the bank is usable (warnings allowed)."""
        return self.bank is not None and not errors_in(self.problems)


def load(path: Path | str, cancelled: Cancel | None = None) -> Bank:
    """Load a bank folder or ``.casebank`` file.

    Raises:
        BankError: the bank is unsafe or broken; its `problems` say where and why.
        CancelledError: `cancelled` returned True (it is asked before each case).
    """
    return load_files(read_files(Path(path)), str(path), cancelled)


def load_files(files: Mapping[str, bytes], origin: str, cancelled: Cancel | None = None) -> Bank:
    """Build a bank from its files (as `archive.read_files` returns them); `origin` names it.

    Raises:
        BankError: the bank is broken; its `problems` say where and why.
        CancelledError: `cancelled` returned True.
    """
    loaded = parse(files, origin, cancelled)
    if not loaded.ok or loaded.bank is None:
        raise BankError(origin, loaded.problems)
    return loaded.bank


def read(path: Path, cancelled: Cancel | None = None) -> Loaded:
    """Read and parse a bank, collecting problems instead of raising on broken content.

    Raises:
        BankError: the files themselves cannot be read safely (hostile archive, limits).
        CancelledError: `cancelled` returned True.
    """
    return parse(read_files(path), str(path), cancelled)


def parse(files: Mapping[str, bytes], origin: str, cancelled: Cancel | None = None) -> Loaded:
    """Build a bank from its files (as `archive.read_files` returns them).

    Raises:
        CancelledError: `cancelled` returned True (it is asked before each case).
    """
    return _Parser(files, origin, cancelled).run()


def _squashed(key: str) -> str:
    return key.replace("_", "").replace("-", "").lower()


@lru_cache(maxsize=65536)
def _term_problem(term: str, language: str) -> tuple[str, str] | None:
    """Why a cue term cannot be used and what to write instead, or None. Banks repeat their terms
    from question to question (and the app loads several banks), so each term is parsed once."""
    try:
        parse_term(term, analyzer_for(language))
    except TermError as exc:
        return str(exc), exc.hint
    return None


def _shape(value: object) -> str:
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


def _mixed(value: object) -> bool:
    """Whether a `with` value mixes terms and lists of terms."""
    return (
        isinstance(value, list)
        and any(isinstance(v, str) for v in value)
        and any(isinstance(v, list) for v in value)
    )


def split_front_matter(text: str) -> tuple[str, str, int] | None:
    """Split ``+++``-fenced TOML front matter from a text: (front matter, body, body's line)."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "+++":
        return None
    for index, line in enumerate(lines[1:], 1):
        if line.strip() == "+++":
            return "\n".join(lines[1:index]), "\n".join(lines[index + 1 :]), index + 2
    return None


class _Parser:
    def __init__(
        self, files: Mapping[str, bytes], origin: str, cancelled: Cancel | None = None
    ) -> None:
        self.files = files
        self.origin = origin
        self.cancelled = cancelled
        self.problems: list[Problem] = []
        self.lines = LineIndex()
        self.manifest_doc: Doc = {}
        # Each case's files, in the bank's order: a case looks only at its own, not at all of them.
        self.case_files: dict[str, list[str]] = {}
        # The files whose raw text was warned about for characters the PDF cannot draw: a TOML
        # value of theirs is not warned about again.
        self.undrawable_files: set[str] = set()
        # Cue terms counted so far, in the bank and in the question being read: past a limit,
        # terms are counted but no longer parsed.
        self.bank_terms = 0
        self.question_terms = 0
        # Questions ("case/question") with an argument that could not be read: its problem is
        # reported once, and the samples that expect it say nothing more about it.
        self.incomplete: set[str] = set()

    # -- reporting ---------------------------------------------------------------------------

    def error(self, file: str, line: int, message: str, hint: str = "") -> None:
        self.problems.append(Problem(file, line, message, hint))

    def warn(self, file: str, line: int, message: str, hint: str = "") -> None:
        self.problems.append(Problem(file, line, message, hint, Severity.WARNING))

    def at(self, file: str, path: KeyPath) -> int:
        return line_of(self.lines.get(file, {}), path)

    # -- reading -----------------------------------------------------------------------------

    def text(self, name: str) -> str | None:
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
        bad = _CONTROL_IN_PROSE.search(text)
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

    def toml(self, name: str, text: str | None = None, first_line: int = 1) -> Doc | None:
        if text is None:
            if name in self.files and len(self.files[name]) > MAX_TOML_BYTES:
                self.error(
                    name,
                    0,
                    "the file is too large for a TOML file",
                    f"keep TOML files under {MAX_TOML_BYTES:,} bytes",
                )
                return None
            text = self.text(name)
            if text is None:
                return None
        elif len(text) > MAX_TOML_BYTES:
            self.error(
                name,
                first_line,
                "the front matter is too large",
                f"keep it under {MAX_TOML_BYTES:,} characters",
            )
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
        try:
            doc = toml.loads(text)
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
            return None
        except ValueError:
            # tomli reads integers of any length, and Python refuses to convert one of more
            # than 4,300 digits with a ValueError that is not a TOMLDecodeError.
            self.error(
                name,
                first_line,
                "not valid TOML: a value is too large to read",
                "TOML integers have at most 19 digits",
            )
            return None
        except RecursionError:
            self.error(name, first_line, "the TOML is nested too deeply", "flatten the structure")
            return None
        self.lines.add(name, text, first_line)
        return doc

    # -- typed fields ------------------------------------------------------------------------

    def keys(self, doc: Doc, allowed: set[str], file: str, path: KeyPath) -> None:
        for key in doc:
            if key not in allowed:
                # The same key in another spelling (modelAnswer, model-answer), else a typo.
                near = [a for a in sorted(allowed) if _squashed(a) == _squashed(key)]
                near = near or difflib.get_close_matches(key.lower(), sorted(allowed), 1, 0.75)
                hint = (
                    f"did you mean {near[0]!r}?"
                    if near
                    else f"allowed keys: {', '.join(sorted(allowed))}"
                )
                self.error(file, self.at(file, (*path, key)), f"unknown key {key!r}", hint)

    def string(
        self,
        doc: Doc,
        key: str,
        file: str,
        path: KeyPath,
        *,
        required: bool = True,
        plain: bool = False,
    ) -> str:
        value = doc.get(key)
        if value is None:
            if required:
                self.error(file, self.at(file, path), f"missing {key!r}", f'add {key} = "…"')
            return ""
        if not isinstance(value, str):
            self.error(
                file,
                self.at(file, (*path, key)),
                f"{key!r} must be text, not {_shape(value)}",
                f'write {key} = "…" (in quotes)',
            )
            return ""
        if required and not value.strip():
            self.error(file, self.at(file, (*path, key)), f"{key!r} is empty")
        self.plain(value, file, (*path, key), key, prose=not plain)
        return value.strip()

    def plain(
        self, value: str, file: str, path: KeyPath, what: str, *, prose: bool = False
    ) -> None:
        """Report control characters; in a title or label also line breaks and bidi controls.

        The file's raw text has been checked already, but TOML escapes (``\\u001b``) can still
        put a terminal escape into a value. Prose may break lines and use bidi marks. The line
        of `path` is looked up only for a problem: a bank has some 100,000 values.
        """
        bad = (_CONTROL_IN_PROSE if prose else _CONTROL_IN_TITLE).search(value)
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

    def number(
        self,
        doc: Doc,
        key: str,
        file: str,
        path: KeyPath,
        *,
        required: bool = True,
        minimum: float = 0,
    ) -> float | None:
        value = doc.get(key)
        if value is None:
            if required:
                self.error(file, self.at(file, path), f"missing {key!r}", f"add {key} = 10")
            return None
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
            or value < minimum
        ):
            self.error(
                file,
                self.at(file, (*path, key)),
                f"{key!r} must be a number of at least {minimum:g}, not {_shape(value)}",
                f"write {key} = {_number_example(value, minimum)} (no quotes)",
            )
            return None
        return float(value)

    def integer(self, doc: Doc, key: str, file: str, path: KeyPath, minimum: int = 0) -> int | None:
        value = doc.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            self.error(
                file,
                self.at(file, (*path, key)),
                f"{key!r} must be a whole number of at least {minimum}, not {_shape(value)}",
                f"write {key} = {_number_example(value, minimum, whole=True)} (no quotes)",
            )
            return None
        return value

    def strings(
        self, doc: Doc, key: str, file: str, path: KeyPath, *, plain: bool = False
    ) -> list[str] | None:
        value = doc.get(key)
        if value is None:
            return None
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.error(
                file,
                self.at(file, (*path, key)),
                f"{key!r} must be a list of texts, not {_shape(value)}",
                f"write {key} = {_list_example(value)}",
            )
            return None
        # One search of them all finds whether any holds a control character (a space between
        # them is never one); only then is each searched, to report each that does.
        if (_CONTROL_IN_PROSE if not plain else _CONTROL_IN_TITLE).search(" ".join(value)):
            for item in value:
                self.plain(item, file, (*path, key), key, prose=not plain)
        return [v.strip() for v in value]

    def table_list(self, doc: Doc, key: str, file: str, path: KeyPath) -> list[Doc]:
        value = doc.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.error(
                file,
                self.at(file, (*path, key)),
                f"{key!r} must be a list of tables, not {_shape(value)}",
                f"write each one under a [[{_table_name(path, key)}]] header",
            )
            return []
        return value

    # -- the bank ----------------------------------------------------------------------------

    def run(self) -> Loaded:
        manifest = self.manifest()
        cases = self.cases(manifest.language if manifest else "en")
        if self.bank_terms > MAX_BANK_TERMS:
            self.error(
                "",
                0,
                f"the bank has {self.bank_terms:,} cue terms; the limit is {MAX_BANK_TERMS:,}",
                "split it into several banks; each question's cues are compiled when it opens",
            )
        bank = None
        if manifest is not None:
            bank = Bank(manifest, tuple(cases), dict(self.files), self.origin)
        return Loaded(bank, self.problems, self.lines)

    def manifest(self) -> Manifest | None:
        file = "bank.toml"
        doc = self.toml(file)
        if doc is None:
            return None
        self.manifest_doc = doc
        allowed = {
            "format",
            "id",
            "title",
            "version",
            "language",
            "authors",
            "license",
            "description",
            "cases",
        }
        self.keys(doc, allowed, file, ())
        fmt = doc.get("format")
        if fmt is None:
            self.error(file, 1, "missing 'format'", f"add format = {FORMAT_VERSION}")
        elif type(fmt) is not int:  # `true` and `1.0` equal 1 in Python, but are not a format
            self.error(
                file,
                self.at(file, ("format",)),
                f"'format' must be a whole number, not {fmt!r}",
                f"write format = {FORMAT_VERSION}",
            )
            return None
        elif fmt != FORMAT_VERSION:
            self.error(
                file,
                self.at(file, ("format",)),
                f"this bank is in format {fmt!r}; this Casewise reads format {FORMAT_VERSION}",
                "a newer format needs a newer Casewise: update the app",
            )
            return None
        bank_id = self.string(doc, "id", file, ())
        if bank_id and not BANK_ID.match(bank_id):
            self.error(
                file,
                self.at(file, ("id",)),
                f"the bank id {bank_id!r} is not valid",
                "use lowercase letters, digits, dots and hyphens, like org.example.my-bank",
            )
        version = self.string(doc, "version", file, ())
        if len(version) > MAX_VERSION_LENGTH:
            self.error(
                file,
                self.at(file, ("version",)),
                f"the version {version[:20] + '…'!r} is {len(version):,} characters long; the "
                f"limit is {MAX_VERSION_LENGTH}",
                "write MAJOR.MINOR.PATCH, like 1.0.0, with a short label after a '-' if needed",
            )
        elif version and not SEMVER.match(version):
            self.error(
                file,
                self.at(file, ("version",)),
                f"version {version!r} is not a semantic version",
                "write MAJOR.MINOR.PATCH, like 1.0.0",
            )
        language = self.language(doc, file, ()) or "en"
        authors = self.strings(doc, "authors", file, (), plain=True)
        if not authors:
            self.error(
                file,
                self.at(file, ("authors",)),
                "the bank needs at least one author",
                'add authors = ["Your Name"]',
            )
        return Manifest(
            format=FORMAT_VERSION,
            id=bank_id,
            title=self.string(doc, "title", file, (), plain=True),
            version=version,
            language=language,
            authors=tuple(authors or ()),
            license=self.string(doc, "license", file, ()),
            description=self.string(doc, "description", file, ()),
        )

    def valid_id(self, value: str, file: str, line: int, what: str) -> bool:
        """Whether `value` is a valid id; reports the problem when it is not."""
        if ID.match(value):
            return True
        self.error(
            file,
            line,
            f"the {what} {value!r} is not a valid id",
            "use lowercase letters, digits and hyphens, starting with a letter",
        )
        return False

    def language(self, doc: Doc, file: str, path: KeyPath, required: bool = True) -> str | None:
        tag = self.string(doc, "language", file, path, required=required)
        if tag and not LANGUAGE.match(tag):
            self.error(
                file,
                self.at(file, (*path, "language")),
                f"{tag!r} is not a language tag",
                "use a BCP 47 tag such as en, de, fa or pt-BR",
            )
            return None
        return tag or None

    def ordered(
        self, found: list[str], order: list[str] | None, file: str, key: str, what: str
    ) -> list[str]:
        if order is None:
            return sorted(found)
        for name in order:
            if name not in found:
                self.error(
                    file,
                    self.at(file, (key,)),
                    f"{key!r} names {what} {name!r}, which does not exist",
                )
        if len(set(order)) != len(order):
            self.error(file, self.at(file, (key,)), f"{key!r} names a {what} twice")
        rest = sorted(set(found) - set(order))
        for name in rest:
            self.warn(
                file,
                self.at(file, (key,)),
                f"{what} {name!r} is not listed in {key!r}; it is shown last",
            )
        return [n for n in dict.fromkeys(order) if n in found] + rest

    def cases(self, language: str) -> list[Case]:
        found: list[str] = []
        for name in self.files:
            parts = name.split("/")
            if parts[0] == "cases" and len(parts) > 2:
                self.case_files.setdefault(parts[1], []).append(name)
            if parts[0] == "cases" and len(parts) == 3 and parts[2] == "case.toml":
                found.append(parts[1])
            elif (
                name not in {"bank.toml", CHECKSUMS, IMPORT_REPORT}
                and parts[0] != "cases"
                and not name.endswith(".txt")
            ):
                self.warn(name, 0, "this file is not part of any case and is not used")
        for case_id in found:
            self.valid_id(case_id, f"cases/{case_id}", 0, "case folder name")
        if not found:
            self.error(
                "cases/",
                0,
                "the bank has no cases",
                "add cases/<case-id>/case.toml and case.md; 'casebank new' makes an example",
            )
        if len(found) > MAX_CASES:
            self.error("cases/", 0, f"the bank has {len(found)} cases; the limit is {MAX_CASES}")
            return []
        order = None
        listed = self.manifest_doc.get("cases")
        if listed is not None:
            if isinstance(listed, list) and all(isinstance(v, str) for v in listed):
                order = listed
            else:
                self.error(
                    "bank.toml",
                    self.at("bank.toml", ("cases",)),
                    "'cases' must be a list of case ids",
                )
        ids = self.ordered([c for c in found if ID.match(c)], order, "bank.toml", "cases", "case")
        return [case for case_id in ids if (case := self.case(case_id, language)) is not None]

    def case(self, case_id: str, bank_language: str) -> Case | None:
        if self.cancelled is not None and self.cancelled():
            raise CancelledError(f"reading {self.origin} was cancelled")
        base = f"cases/{case_id}"
        file = f"{base}/case.toml"
        doc = self.toml(file)
        if doc is None:
            return None
        self.keys(doc, {"title", "language", "summary", "sources", "questions"}, file, ())
        title = self.string(doc, "title", file, (), plain=True)
        language = self.language(doc, file, (), required=False) or bank_language
        summary = self.string(doc, "summary", file, (), required=False, plain=True)
        sources = self.strings(doc, "sources", file, ())
        if not sources:
            self.warn(
                file,
                1,
                "the case has no source notes",
                'add sources = ["where the facts come from"]',
            )
        text = self.case_text(base)
        question_ids = []
        for name in self.case_files.get(case_id, ()):
            if name.startswith(f"{base}/questions/") and name.count("/") == 3:
                stem = PurePosixPath(name)
                if stem.suffix != ".toml":
                    self.warn(name, 0, "only .toml files are read in questions/")
                elif self.valid_id(stem.stem, name, 0, "question file name"):
                    question_ids.append(stem.stem)
            elif name.startswith(f"{base}/") and not self.known_case_file(base, name):
                self.warn(
                    name,
                    0,
                    "this file is not used",
                    "a case holds case.toml, case.md, questions/, media/ and samples/",
                )
        if not question_ids:
            self.error(
                file, 1, "the case has no questions", f"add {base}/questions/<question-id>.toml"
            )
        if len(question_ids) > MAX_QUESTIONS:
            self.error(
                file, 1, f"the case has {len(question_ids)} questions; the limit is {MAX_QUESTIONS}"
            )
            return None
        order = self.strings(doc, "questions", file, ())
        ids = self.ordered(question_ids, order, file, "questions", "question")
        questions = [
            q for qid in ids if (q := self.question(base, case_id, qid, language)) is not None
        ]
        samples = self.samples(base, case_id, {q.id: q for q in questions})
        return Case(
            case_id,
            title,
            language,
            text,
            tuple(questions),
            summary,
            tuple(sources or ()),
            tuple(samples),
        )

    def known_case_file(self, base: str, name: str) -> bool:
        rest = name[len(base) + 1 :]
        return (
            rest in {"case.toml", "case.md"}
            or rest.startswith(("media/", "samples/"))
            or rest.endswith(".txt")
        )

    def case_text(self, base: str) -> str:
        file = f"{base}/case.md"
        if file not in self.files:
            self.error(file, 0, "the case has no text", f"write the case in Markdown in {file}")
            return ""
        if len(self.files[file]) > MAX_CASE_TEXT_BYTES:
            self.error(
                file,
                0,
                f"the case text is larger than {MAX_CASE_TEXT_BYTES:,} bytes",
                "split it into several cases",
            )
            return ""
        text = self.text(file)
        if text is None:
            return ""
        if not text.strip():
            self.error(file, 1, "the case text is empty")
        self.unbroken(file, text, lambda index: text.count("\n", 0, index) + 1)
        for issue in markdown.check(text):
            self.error(file, issue.line, issue.message, issue.hint)
        for line, src in markdown.images(text):
            if not markdown.is_relative(src):
                continue  # a web address or an absolute path: markdown.check reported it
            target = PurePosixPath(base, src)
            if ".." in PurePosixPath(src).parts or str(target) not in self.files:
                self.error(
                    file,
                    line,
                    f"the image {src!r} is not in the bank",
                    f"put it in {base}/media/ and write media/NAME.png",
                )
        return text

    def question(self, base: str, case_id: str, question_id: str, language: str) -> Question | None:
        file = f"{base}/questions/{question_id}.toml"
        doc = self.toml(file)
        if doc is None:
            return None
        self.keys(
            doc, {"prompt", "marks", "words", "minutes", "model_answer", "arguments"}, file, ()
        )
        prompt = self.string(doc, "prompt", file, ())
        model_answer = self.string(doc, "model_answer", file, ())
        for key, value in (("prompt", prompt), ("model_answer", model_answer)):
            for issue in markdown.check(value, images_allowed=False):
                self.error(file, self.at(file, (key,)) + issue.line, issue.message, issue.hint)
        marks = self.number(doc, "marks", file, ()) or 0.0
        minutes = self.integer(doc, "minutes", file, (), minimum=1)
        min_words = max_words = None
        words = doc.get("words")
        if words is not None:
            if not isinstance(words, dict):
                self.error(
                    file,
                    self.at(file, ("words",)),
                    "'words' must be a table",
                    "write words = { min = 250, max = 500 }",
                )
            else:
                self.keys(words, {"min", "max"}, file, ("words",))
                min_words = self.integer(words, "min", file, ("words",), minimum=1)
                max_words = self.integer(words, "max", file, ("words",), minimum=1)
                if min_words and max_words and min_words > max_words:
                    self.error(
                        file, self.at(file, ("words",)), "the word minimum is above the maximum"
                    )
        tables = self.table_list(doc, "arguments", file, ())
        self.question_terms = 0
        if not tables:
            self.error(
                file,
                1,
                "the question has no arguments",
                "add at least one [[arguments]] table: the rubric",
            )
        if len(tables) > MAX_ARGUMENTS:
            self.error(
                file, 1, f"the question has {len(tables)} arguments; the limit is {MAX_ARGUMENTS}"
            )
            return None
        arguments: list[Argument] = []
        seen: set[str] = set()
        for index, table in enumerate(tables):
            argument = self.argument(table, file, ("arguments", index), language)
            if argument is None:
                self.incomplete.add(f"{case_id}/{question_id}")
                continue
            if argument.id in seen:
                self.error(
                    file,
                    self.at(file, ("arguments", index, "id")),
                    f"argument id {argument.id!r} is used twice in this question",
                )
                continue
            seen.add(argument.id)
            arguments.append(argument)
        return Question(
            question_id,
            case_id,
            prompt,
            marks,
            model_answer,
            tuple(arguments),
            language,
            min_words,
            max_words,
            minutes,
        )

    def argument(self, doc: Doc, file: str, path: KeyPath, language: str) -> Argument | None:
        allowed = {
            "id",
            "title",
            "marks",
            "guidance",
            "found",
            "missing",
            "model_paragraph",
            "covered_at",
            "partly_at",
            "cues",
        }
        self.keys(doc, allowed, file, path)
        argument_id = self.string(doc, "id", file, path)
        if argument_id and not ID.match(argument_id):
            self.valid_id(argument_id, file, self.at(file, (*path, "id")), "argument id")
            return None
        title = self.string(doc, "title", file, path, plain=True)
        marks = self.number(doc, "marks", file, path)
        texts = {
            k: self.string(doc, k, file, path)
            for k in ("guidance", "found", "missing", "model_paragraph")
        }
        tables = self.table_list(doc, "cues", file, path)
        if len(tables) > MAX_CUES:
            self.error(
                file,
                self.at(file, path),
                f"the argument has {len(tables)} cue groups; the limit is {MAX_CUES}",
            )
            return None
        cues = [
            c
            for i, t in enumerate(tables)
            if (c := self.cue(t, file, (*path, "cues", i), language))
        ]
        covered_at = self.integer(doc, "covered_at", file, path, minimum=1)
        partly_at = self.integer(doc, "partly_at", file, path, minimum=1)
        if covered_at is None:
            covered_at = min(2, len(cues)) or 1
        if partly_at is None:
            partly_at = 1
        if cues and covered_at > len(tables):
            self.error(
                file,
                self.at(file, (*path, "covered_at")),
                f"covered_at is {covered_at} but the argument has only {len(tables)} cue groups",
                "lower covered_at or add cue groups",
            )
        if partly_at > covered_at:
            self.error(
                file,
                self.at(file, (*path, "partly_at")),
                "partly_at is above covered_at",
                "partly covered must need fewer cue groups than covered",
            )
        if not argument_id or not title or marks is None:
            return None
        return Argument(
            argument_id,
            title,
            marks,
            texts["guidance"],
            texts["found"],
            texts["missing"],
            texts["model_paragraph"],
            tuple(cues),
            covered_at,
            partly_at,
        )

    def cue(self, doc: Doc, file: str, path: KeyPath, language: str) -> Cue | None:
        self.keys(doc, {"label", "any", "with", "within"}, file, path)
        label = self.string(doc, "label", file, path, required=False, plain=True)
        any_terms = self.strings(doc, "any", file, path)
        if any_terms is None and "any" in doc:
            return None  # 'any' is there but not a list of texts: reported, once, by strings()
        if not any_terms:
            self.error(
                file,
                self.at(file, path),
                "a cue group needs 'any': the terms one of which must appear",
                'write any = ["term", "synonym"]',
            )
            return None
        raw_with = doc.get("with", [])
        groups: list[list[str]] = []
        if isinstance(raw_with, list) and all(isinstance(v, str) for v in raw_with):
            groups = [raw_with] if raw_with else []
        elif isinstance(raw_with, list) and all(
            isinstance(g, list) and g and all(isinstance(v, str) for v in g) for g in raw_with
        ):
            groups = raw_with
        else:
            self.error(
                file,
                self.at(file, (*path, "with")),
                "'with' must be a list of terms, or a list of such lists"
                + (", not a mix of both" if _mixed(raw_with) else f", not {_shape(raw_with)}"),
                'write with = ["cake", "product"] (one of them must stand with an \'any\' term), '
                'or with = [["cake", "bun"], ["photo", "picture"]] (one of each list)',
            )
            return None
        within = doc.get("within", "sentence")
        if not isinstance(within, str) or within not in {"sentence", "paragraph"}:
            self.error(
                file,
                self.at(file, (*path, "within")),
                '\'within\' must be "sentence" or "paragraph"',
            )
            return None
        terms = [*any_terms, *(t for g in groups for t in g)]
        if len(terms) > MAX_TERMS:
            self.error(
                file,
                self.at(file, path),
                f"the cue group has {len(terms)} terms; the limit is {MAX_TERMS}",
            )
            return None
        before = self.question_terms
        self.question_terms += len(terms)
        self.bank_terms += len(terms)
        if self.question_terms > MAX_QUESTION_TERMS:
            if before <= MAX_QUESTION_TERMS:
                self.error(
                    file,
                    self.at(file, path),
                    f"the question has more than {MAX_QUESTION_TERMS:,} cue terms",
                    "split the question, or keep the terms that matter: every answer is matched "
                    "against all of them",
                )
            return None
        if self.bank_terms > MAX_BANK_TERMS:
            return None  # reported once the whole bank is counted
        ok = True
        for term in terms:
            problem = _term_problem(term, language)
            if problem is not None:
                message, hint = problem
                self.error(
                    file,
                    self.at(file, path),
                    f"cue term: {message}",
                    hint or "see 'Cues' in docs/bank-format.md",
                )
                ok = False
        if not ok:
            return None
        return Cue(tuple(any_terms), tuple(tuple(g) for g in groups), label, Scope(within))

    def samples(self, base: str, case_id: str, questions: dict[str, Question]) -> list[Sample]:
        samples = []
        prefix = f"{base}/samples/"
        for name in sorted(self.case_files.get(case_id, ())):
            if not name.startswith(prefix):
                continue
            parts = name[len(prefix) :].split("/")
            if len(parts) != 2 or not parts[1].endswith(".md"):
                self.warn(name, 0, "samples are read from samples/<question-id>/<name>.md")
                continue
            question_id, filename = parts
            if question_id not in questions:
                self.error(name, 0, f"no question {question_id!r} in this case for this sample")
                continue
            sample = self.sample(name, case_id, questions[question_id], filename[:-3])
            if sample is not None:
                samples.append(sample)
        return samples

    def sample(self, name: str, case_id: str, question: Question, stem: str) -> Sample | None:
        text = self.text(name)
        if text is None:
            return None
        split = split_front_matter(text)
        if split is None:
            self.error(
                name,
                1,
                "a sample starts with TOML front matter between '+++' lines",
                "see 'rubric tests' in docs/bank-format.md",
            )
            return None
        front, body, body_line = split
        doc = self.toml(name, front, first_line=2)
        if doc is None:
            return None
        self.keys(doc, {"style", "expect"}, name, ())
        style = self.string(doc, "style", name, (), required=False, plain=True)
        expect = doc.get("expect", {})
        if not isinstance(expect, dict):
            self.error(
                name,
                self.at(name, ("expect",)),
                f"'expect' must be a table, not {_shape(expect)}",
                'write [expect] on a line of its own, then a line per argument: its-id = "covered"',
            )
            return None
        known = {a.id for a in question.arguments}
        clean: dict[str, str] = {}
        for arg_id, status in expect.items():
            if arg_id not in known and question.key in self.incomplete:
                continue  # an argument the question file got wrong, reported there already
            if arg_id not in known:
                self.error(
                    name,
                    self.at(name, ("expect", arg_id)),
                    f"the question has no argument {arg_id!r}",
                )
            elif not isinstance(status, str) or status not in STATUSES:
                self.error(
                    name,
                    self.at(name, ("expect", arg_id)),
                    f"expected status {status!r} is not one of covered, partly, missing",
                )
            else:
                clean[arg_id] = status
        if not body.strip():
            self.error(name, body_line, "the sample has no answer text after the front matter")
        return Sample(case_id, question.id, stem, name, style, clean, body, body_line)
