"""Loading a bank: from files to a `Bank`, with every problem found on the way.

The loader reads what `archive.read_files` returns, parses the TOML and Markdown, and reports each
problem at its file and line rather than stopping at the first. `load` is what the app and the CLI
call: it returns a usable bank or raises `BankError` with every error.

It is the upper of two layers: this module is the bank's schema (which files, which keys, which
values, which limits), written with the typed-field cursor of `casebank.fields`, which reads each
key as the type it must have and reports a problem at the key's line.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path, PurePosixPath

from casebank import markdown
from casebank.archive import CHECKSUMS, read_files
from casebank.cues import TermError, parse_term
from casebank.errors import Cancel, CancelledError
from casebank.fields import TOML_PARSER, Fields, KeyPath, Reader, shape
from casebank.language import analyzer_for
from casebank.model import Argument, Bank, Case, Cue, Manifest, Question, Sample, Scope
from casebank.problems import BankError, Problem, errors_in

__all__ = [
    "BANK_ID",
    "FORMAT_VERSION",
    "ID",
    "IMPORT_REPORT",
    "LANGUAGE",
    "MAX_ARGUMENTS",
    "MAX_BANK_TERMS",
    "MAX_CASES",
    "MAX_CASE_TEXT_BYTES",
    "MAX_CUES",
    "MAX_QUESTIONS",
    "MAX_QUESTION_TERMS",
    "MAX_TERMS",
    "MAX_VERSION_LENGTH",
    "TOML_PARSER",
    "KeyPath",
    "Loaded",
    "load",
    "load_files",
    "parse",
    "read",
    "split_front_matter",
]
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
# The Markdown parser is linear but slow on crafted input (about 13 µs a character); a case text
# of a megabyte is some 150,000 words, far beyond any real case, and parses in well under a minute.
MAX_CASE_TEXT_BYTES = 1024 * 1024
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


@lru_cache(maxsize=65536)
def _term_problem(term: str, language: str) -> tuple[str, str] | None:
    """Why a cue term cannot be used and what to write instead, or None. Banks repeat their terms
    from question to question (and the app loads several banks), so each term is parsed once."""
    try:
        parse_term(term, analyzer_for(language))
    except TermError as exc:
        return str(exc), exc.hint
    return None


def _mixed(value: object) -> bool:
    """Whether a `with` value mixes terms and lists of terms."""
    return (
        isinstance(value, list)
        and any(isinstance(v, str) for v in value)
        and any(isinstance(v, list) for v in value)
    )


def _with_groups(value: object) -> list[list[str]] | None:
    """A cue's `with`: one list of terms, or a list of such lists; None when it is neither."""
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return [value] if value else []
    if isinstance(value, list) and all(
        isinstance(g, list) and g and all(isinstance(v, str) for v in g) for g in value
    ):
        return value
    return None


def split_front_matter(text: str) -> tuple[str, str, int] | None:
    """Split ``+++``-fenced TOML front matter from a text: (front matter, body, body's line)."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "+++":
        return None
    for index, line in enumerate(lines[1:], 1):
        if line.strip() == "+++":
            return "\n".join(lines[1:index]), "\n".join(lines[index + 1 :]), index + 2
    return None


MANIFEST_KEYS = {
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
CASE_KEYS = {"title", "language", "summary", "sources", "questions"}
QUESTION_KEYS = {"prompt", "marks", "words", "minutes", "model_answer", "arguments"}
ARGUMENT_KEYS = {
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
ARGUMENT_TEXTS = ("guidance", "found", "missing", "model_paragraph")
CUE_KEYS = {"label", "any", "with", "within"}


class _Parser:
    """The bank's schema, read file by file with a `Reader` and its `Fields` cursors."""

    def __init__(
        self, files: Mapping[str, bytes], origin: str, cancelled: Cancel | None = None
    ) -> None:
        self.files = files
        self.origin = origin
        self.cancelled = cancelled
        self.reader = Reader(files)
        self.manifest_fields = Fields(self.reader, {}, "bank.toml", ())
        # Each case's files, in the bank's order: a case looks only at its own, not at all of them.
        self.case_files: dict[str, list[str]] = {}
        # Cue terms counted so far, in the bank and in the question being read: past a limit,
        # terms are counted but no longer parsed.
        self.bank_terms = 0
        self.question_terms = 0
        # Questions ("case/question") with an argument that could not be read: its problem is
        # reported once, and the samples that expect it say nothing more about it.
        self.incomplete: set[str] = set()

    def error(self, file: str, line: int, message: str, hint: str = "") -> None:
        self.reader.error(file, line, message, hint)

    def warn(self, file: str, line: int, message: str, hint: str = "") -> None:
        self.reader.warn(file, line, message, hint)

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
        return Loaded(bank, self.reader.problems, self.reader.lines)

    def manifest(self) -> Manifest | None:
        f = self.reader.toml("bank.toml")
        if f is None:
            return None
        self.manifest_fields = f
        f.keys(MANIFEST_KEYS)
        if not self.format(f):
            return None
        bank_id = f.string("id")
        if bank_id and not BANK_ID.match(bank_id):
            f.error(
                ("id",),
                f"the bank id {bank_id!r} is not valid",
                "use lowercase letters, digits, dots and hyphens, like org.example.my-bank",
            )
        version = self.version(f)
        language = self.language(f) or "en"
        authors = f.strings("authors", plain=True)
        if not authors:
            f.error(
                ("authors",), "the bank needs at least one author", 'add authors = ["Your Name"]'
            )
        return Manifest(
            format=FORMAT_VERSION,
            id=bank_id,
            title=f.string("title", plain=True),
            version=version,
            language=language,
            authors=tuple(authors or ()),
            license=f.string("license"),
            description=f.string("description"),
        )

    def format(self, f: Fields) -> bool:
        """Whether the bank is in the format this Casewise reads (a missing one is reported,
        and read as this one)."""
        fmt = f.get("format")
        if fmt is None:
            self.error(f.file, 1, "missing 'format'", f"add format = {FORMAT_VERSION}")
        elif type(fmt) is not int:  # `true` and `1.0` equal 1 in Python, but are not a format
            f.error(
                ("format",),
                f"'format' must be a whole number, not {fmt!r}",
                f"write format = {FORMAT_VERSION}",
            )
            return False
        elif fmt != FORMAT_VERSION:
            f.error(
                ("format",),
                f"this bank is in format {fmt!r}; this Casewise reads format {FORMAT_VERSION}",
                "a newer format needs a newer Casewise: update the app",
            )
            return False
        return True

    def version(self, f: Fields) -> str:
        version = f.string("version")
        if len(version) > MAX_VERSION_LENGTH:
            f.error(
                ("version",),
                f"the version {version[:20] + '…'!r} is {len(version):,} characters long; the "
                f"limit is {MAX_VERSION_LENGTH}",
                "write MAJOR.MINOR.PATCH, like 1.0.0, with a short label after a '-' if needed",
            )
        elif version and not SEMVER.match(version):
            f.error(
                ("version",),
                f"version {version!r} is not a semantic version",
                "write MAJOR.MINOR.PATCH, like 1.0.0",
            )
        return version

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

    def language(self, f: Fields, required: bool = True) -> str | None:
        tag = f.string("language", required=required)
        if tag and not LANGUAGE.match(tag):
            f.error(
                ("language",),
                f"{tag!r} is not a language tag",
                "use a BCP 47 tag such as en, de, fa or pt-BR",
            )
            return None
        return tag or None

    def ordered(
        self, found: list[str], order: list[str] | None, f: Fields, key: str, what: str
    ) -> list[str]:
        """The names `found`, in the `order` the list under `key` gives (the others last)."""
        if order is None:
            return sorted(found)
        for name in order:
            if name not in found:
                f.error((key,), f"{key!r} names {what} {name!r}, which does not exist")
        if len(set(order)) != len(order):
            f.error((key,), f"{key!r} names a {what} twice")
        rest = sorted(set(found) - set(order))
        for name in rest:
            f.warn((key,), f"{what} {name!r} is not listed in {key!r}; it is shown last")
        return [n for n in dict.fromkeys(order) if n in found] + rest

    # -- cases -------------------------------------------------------------------------------

    def case_ids(self) -> list[str]:
        """The case folders, each case's files noted; a stray file is warned about."""
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
        return found

    def cases(self, language: str) -> list[Case]:
        found = self.case_ids()
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
        f = self.manifest_fields
        order = None
        listed = f.get("cases")
        if listed is not None:
            if isinstance(listed, list) and all(isinstance(v, str) for v in listed):
                order = listed
            else:
                f.error(("cases",), "'cases' must be a list of case ids")
        ids = self.ordered([c for c in found if ID.match(c)], order, f, "cases", "case")
        return [case for case_id in ids if (case := self.case(case_id, language)) is not None]

    def case(self, case_id: str, bank_language: str) -> Case | None:
        if self.cancelled is not None and self.cancelled():
            raise CancelledError(f"reading {self.origin} was cancelled")
        base = f"cases/{case_id}"
        f = self.reader.toml(f"{base}/case.toml")
        if f is None:
            return None
        f.keys(CASE_KEYS)
        title = f.string("title", plain=True)
        language = self.language(f, required=False) or bank_language
        summary = f.string("summary", required=False, plain=True)
        sources = f.strings("sources")
        if not sources:
            self.warn(
                f.file,
                1,
                "the case has no source notes",
                'add sources = ["where the facts come from"]',
            )
        text = self.case_text(base)
        question_ids = self.question_ids(f, base, case_id)
        if question_ids is None:
            return None
        ids = self.ordered(question_ids, f.strings("questions"), f, "questions", "question")
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

    def question_ids(self, f: Fields, base: str, case_id: str) -> list[str] | None:
        """The case's question files; a stray file is warned about. None: too many."""
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
                f.file, 1, "the case has no questions", f"add {base}/questions/<question-id>.toml"
            )
        if len(question_ids) > MAX_QUESTIONS:
            self.error(
                f.file,
                1,
                f"the case has {len(question_ids)} questions; the limit is {MAX_QUESTIONS}",
            )
            return None
        return question_ids

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
        text = self.reader.text(file)
        if text is None:
            return ""
        if not text.strip():
            self.error(file, 1, "the case text is empty")
        self.reader.unbroken(file, text, lambda index: text.count("\n", 0, index) + 1)
        for issue in markdown.check(text):
            self.error(file, issue.line, issue.message, issue.hint)
        self.case_images(base, file, text)
        return text

    def case_images(self, base: str, file: str, text: str) -> None:
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

    # -- questions ---------------------------------------------------------------------------

    def question(self, base: str, case_id: str, question_id: str, language: str) -> Question | None:
        f = self.reader.toml(f"{base}/questions/{question_id}.toml")
        if f is None:
            return None
        f.keys(QUESTION_KEYS)
        prompt = f.string("prompt")
        model_answer = f.string("model_answer")
        for key, value in (("prompt", prompt), ("model_answer", model_answer)):
            for issue in markdown.check(value, images_allowed=False):
                self.error(f.file, f.line(key) + issue.line, issue.message, issue.hint)
        marks = f.number("marks") or 0.0
        minutes = f.integer("minutes", minimum=1)
        min_words, max_words = self.words(f)
        arguments = self.arguments(f, f"{case_id}/{question_id}", language)
        if arguments is None:
            return None
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

    def words(self, f: Fields) -> tuple[int | None, int | None]:
        """A question's word limits: the table ``words = { min = …, max = … }``."""
        words = f.child(
            "words", "'words' must be a table", "write words = { min = 250, max = 500 }"
        )
        if words is None:
            return None, None
        words.keys({"min", "max"})
        min_words = words.integer("min", minimum=1)
        max_words = words.integer("max", minimum=1)
        if min_words and max_words and min_words > max_words:
            f.error(("words",), "the word minimum is above the maximum")
        return min_words, max_words

    def arguments(self, f: Fields, key: str, language: str) -> list[Argument] | None:
        """A question's rubric; None when it has too many arguments to read."""
        tables = f.tables("arguments")
        self.question_terms = 0
        if not tables:
            self.error(
                f.file,
                1,
                "the question has no arguments",
                "add at least one [[arguments]] table: the rubric",
            )
        if len(tables) > MAX_ARGUMENTS:
            self.error(
                f.file, 1, f"the question has {len(tables)} arguments; the limit is {MAX_ARGUMENTS}"
            )
            return None
        arguments: list[Argument] = []
        seen: set[str] = set()
        for table in tables:
            argument = self.argument(table, language)
            if argument is None:
                self.incomplete.add(key)
            elif argument.id in seen:
                table.error(("id",), f"argument id {argument.id!r} is used twice in this question")
            else:
                seen.add(argument.id)
                arguments.append(argument)
        return arguments

    def argument(self, t: Fields, language: str) -> Argument | None:
        t.keys(ARGUMENT_KEYS)
        argument_id = t.string("id")
        if argument_id and not ID.match(argument_id):
            self.valid_id(argument_id, t.file, t.line("id"), "argument id")
            return None
        title = t.string("title", plain=True)
        marks = t.number("marks")
        texts = {k: t.string(k) for k in ARGUMENT_TEXTS}
        tables = t.tables("cues")
        if len(tables) > MAX_CUES:
            t.error((), f"the argument has {len(tables)} cue groups; the limit is {MAX_CUES}")
            return None
        cues = [c for table in tables if (c := self.cue(table, language))]
        covered_at, partly_at = self.thresholds(t, len(cues), len(tables))
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

    def thresholds(self, t: Fields, cues: int, groups: int) -> tuple[int, int]:
        """An argument's `covered_at` and `partly_at`, defaults filled in, checked against its
        `cues` read and cue `groups` written."""
        covered_at = t.integer("covered_at", minimum=1)
        partly_at = t.integer("partly_at", minimum=1)
        if covered_at is None:
            covered_at = min(2, cues) or 1
        if partly_at is None:
            partly_at = 1
        if cues and covered_at > groups:
            t.error(
                ("covered_at",),
                f"covered_at is {covered_at} but the argument has only {groups} cue groups",
                "lower covered_at or add cue groups",
            )
        if partly_at > covered_at:
            t.error(
                ("partly_at",),
                "partly_at is above covered_at",
                "partly covered must need fewer cue groups than covered",
            )
        return covered_at, partly_at

    # -- cues --------------------------------------------------------------------------------

    def cue(self, c: Fields, language: str) -> Cue | None:
        c.keys(CUE_KEYS)
        label = c.string("label", required=False, plain=True)
        any_terms = c.strings("any")
        if any_terms is None and "any" in c:
            return None  # 'any' is there but not a list of texts: reported, once, by strings()
        if not any_terms:
            c.error(
                (),
                "a cue group needs 'any': the terms one of which must appear",
                'write any = ["term", "synonym"]',
            )
            return None
        groups = self.with_groups(c)
        within = c.get("within", "sentence")
        if groups is None:
            return None
        if not isinstance(within, str) or within not in {"sentence", "paragraph"}:
            c.error(("within",), '\'within\' must be "sentence" or "paragraph"')
            return None
        if not self.terms_ok(c, [*any_terms, *(t for g in groups for t in g)], language):
            return None
        return Cue(tuple(any_terms), tuple(tuple(g) for g in groups), label, Scope(within))

    def with_groups(self, c: Fields) -> list[list[str]] | None:
        raw_with = c.get("with", [])
        groups = _with_groups(raw_with)
        if groups is None:
            c.error(
                ("with",),
                "'with' must be a list of terms, or a list of such lists"
                + (", not a mix of both" if _mixed(raw_with) else f", not {shape(raw_with)}"),
                'write with = ["cake", "product"] (one of them must stand with an \'any\' term), '
                'or with = [["cake", "bun"], ["photo", "picture"]] (one of each list)',
            )
        return groups

    def terms_ok(self, c: Fields, terms: list[str], language: str) -> bool:
        """Whether a cue group's terms are within the limits and each can be matched."""
        if len(terms) > MAX_TERMS:
            c.error((), f"the cue group has {len(terms)} terms; the limit is {MAX_TERMS}")
            return False
        before = self.question_terms
        self.question_terms += len(terms)
        self.bank_terms += len(terms)
        if self.question_terms > MAX_QUESTION_TERMS:
            if before <= MAX_QUESTION_TERMS:
                c.error(
                    (),
                    f"the question has more than {MAX_QUESTION_TERMS:,} cue terms",
                    "split the question, or keep the terms that matter: every answer is matched "
                    "against all of them",
                )
            return False
        if self.bank_terms > MAX_BANK_TERMS:
            return False  # reported once the whole bank is counted
        ok = True
        for term in terms:
            problem = _term_problem(term, language)
            if problem is not None:
                message, hint = problem
                c.error((), f"cue term: {message}", hint or "see 'Cues' in docs/bank-format.md")
                ok = False
        return ok

    # -- samples -----------------------------------------------------------------------------

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
        text = self.reader.text(name)
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
        f = self.reader.toml(name, front, first_line=2)
        if f is None:
            return None
        f.keys({"style", "expect"})
        style = f.string("style", required=False, plain=True)
        expect = self.expected(f, question)
        if expect is None:
            return None
        if not body.strip():
            self.error(name, body_line, "the sample has no answer text after the front matter")
        return Sample(case_id, question.id, stem, name, style, expect, body, body_line)

    def expected(self, f: Fields, question: Question) -> dict[str, str] | None:
        """A sample's ``[expect]`` table: each argument's status; None when it is not a table."""
        expect = f.child(
            "expect",
            "'expect' must be a table, not {shape}",
            'write [expect] on a line of its own, then a line per argument: its-id = "covered"',
        )
        if expect is None:
            return None
        known = {a.id for a in question.arguments}
        clean: dict[str, str] = {}
        for arg_id, status in expect.doc.items():
            if arg_id not in known and question.key in self.incomplete:
                continue  # an argument the question file got wrong, reported there already
            if arg_id not in known:
                expect.error((arg_id,), f"the question has no argument {arg_id!r}")
            elif not isinstance(status, str) or status not in STATUSES:
                expect.error(
                    (arg_id,), f"expected status {status!r} is not one of covered, partly, missing"
                )
            else:
                clean[arg_id] = status
        return clean
