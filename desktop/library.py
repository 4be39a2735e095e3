"""The student's library: the bundled banks, banks they import, and search across them.

Qt-free. Importing is split in two so that the slow half can run off the window's thread:
`read_bank` validates a folder or ``.casebank`` file and packs it into bytes (no writes
anywhere); `Library.install` then, on the store's thread, checks the version, writes the
app's copy into ``<data folder>/banks/`` and records the bank in the store. A broken or hostile
bank fails in `read_bank` with the validator's message and changes nothing.

A bank takes the place of one in the library only when their ids match and it is a newer version
(`Change.UPDATE`). The very same version again changes nothing (`Change.SAME`); the same id and
version with other files is another bank, or one its author changed without saying so, and
replaces the library's only when the student confirms (`Change.REPLACE`, after `Library.plan`
has said which attempts it concerns). Attempts always stay with their question: one that a newer
version no longer has keeps them, from an earlier version of its bank.

Parsing a bank is most of what a start costs, and a bank's files rarely change, so the library
keeps each bank it parsed in `BankCache` (``<data folder>/cache/banks/``), keyed by a digest of
the bank's files and of the parser's code: the next start reads it back in a few milliseconds.

>>> library = Library(store)                                         # doctest: +SKIP
>>> library.add_bundled()                                            # doctest: +SKIP
>>> result = library.install(read_bank(Path("my-bank.casebank")))    # doctest: +SKIP
"""

from __future__ import annotations

import gc
import hashlib
import io
import logging
import pickle
import re
import sqlite3
import sys
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, fields, is_dataclass, replace
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Any

import casebank
from casebank import model
from casebank.archive import CHECKSUMS, read_files
from casebank.atomic import write_atomically
from casebank.errors import Cancel, UserError
from casebank.interop import IMPORTABLE_SUFFIXES, import_files
from casebank.loader import IMPORT_REPORT, load, load_files
from casebank.model import Bank, Question
from casebank.pack import is_sample, packed_bytes
from casebank.problems import BankError, errors_in
from casebank.resources import RESOURCES
from casebank.validate import validate
from desktop.casetext import plain
from desktop.store import BankImport, BankRecord, Store, rubric_hash

log = logging.getLogger(__name__)

BUNDLED_BANKS = RESOURCES / "banks"
BANKS_FOLDER = "banks"
CACHE_FOLDER = "cache/banks"
SUFFIX = ".casebank"


@dataclass(frozen=True, slots=True)
class ReadBank:
    """A bank read and validated from a file or folder, ready to install; nothing written yet."""

    bank: Bank
    source: Path
    data: bytes  # the packed bank, of which the app keeps a copy
    import_report: str = ""  # for a question file converted from H5P, Moodle or QTI


class Change(Enum):
    """What installing a bank would do to the library."""

    NEW = "new"  # no bank with its id yet
    UPDATE = "update"  # a newer version of a bank in the library takes its place
    SAME = "same"  # this version, with the same files, is in the library already
    REPLACE = "replace"  # the same id and version, other files: only if the student says so
    REPAIR = "repair"  # the library's copy of this version cannot be read: this one replaces it
    OLDER = "older"  # the library has a newer version: refused


@dataclass(frozen=True, slots=True)
class AffectedQuestion:
    """A question the student has attempts at, which installing a bank changes."""

    key: str
    prompt: str
    attempts: int


@dataclass(frozen=True, slots=True)
class Installation:
    """What installing a bank would do, worked out before anything is written."""

    read: ReadBank
    change: Change
    installed: BankRecord | None  # the bank as the library has it now
    # Questions with attempts that the newcomer no longer has: their attempts stay theirs, from
    # an earlier version of the bank.
    removed: tuple[AffectedQuestion, ...]
    # Questions with attempts whose rubric the newcomer changes: their attempts say so.
    changed: tuple[AffectedQuestion, ...]


class Unavailable(Enum):
    """Why the library cannot show a question the store has attempts at."""

    BANK = "bank"  # its bank is no longer in the library
    UNREADABLE = "unreadable"  # the library's copy of its bank cannot be read
    QUESTION = "question"  # an update of its bank removed it


class AlreadyInLibraryError(UserError):
    """The bank, this very version, is in the library already: nothing to install."""


def version_key(version: str) -> tuple[tuple[tuple[int, str], ...], int, str]:
    """A sortable key for a semantic version: ``1.10.0`` after ``1.9.2``, ``2.0.0`` after
    ``2.0.0-beta``."""
    release, dash, pre = version.partition("+")[0].partition("-")
    return tuple(_number(part) for part in release.split(".")), 0 if dash else 1, pre


def _number(part: str) -> tuple[int, str]:
    """A version number as a sortable key: its digits' count, then its digits. Nothing is
    converted to an int, so no number is too long to compare."""
    if not part.isdecimal():
        return -1, ""
    digits = "".join(str(unicodedata.decimal(c)) for c in part).lstrip("0") or "0"
    return len(digits), digits


def read_bank(path: Path, cancelled: Cancel | None = None) -> ReadBank:
    """Validate a bank folder or ``.casebank`` file and pack it; the slow half of an import.

    An H5P Essay, Moodle XML or QTI 3 file is first converted into a bank in a temporary folder
    (`casebank.interop.import_files`); its import report travels in `ReadBank.import_report`.

    Args:
        path: the bank, or the file to convert.
        cancelled: asked between the steps of the work (each case, question, paragraph); when
            it returns True the work stops with `CancelledError`.

    Raises:
        BankError: the bank is broken or unsafe, with the validator's problems.
        UserError: the file cannot be read.
        CancelledError: the import was cancelled; nothing was changed.
    """
    path = Path(path)
    if not path.exists():
        raise UserError(f"{path} does not exist: choose a .casebank file or a bank folder")
    if path.is_file() and path.suffix.lower() in IMPORTABLE_SUFFIXES:
        return _convert(path, cancelled)
    if not path.is_dir():
        return ReadBank(load(path, cancelled), path, path.read_bytes())
    # A folder is validated as `casebank pack` would (rubric tests included), once; the app's
    # copy is packed from the files validation read, not read from the folder again.
    report = validate(path, cancelled)
    if not report.ok or report.bank is None:
        raise BankError(str(path), errors_in(report.problems) or report.problems)
    return ReadBank(report.bank, path, packed_bytes(report.bank.files))


class BankCache:
    """Banks parsed before, kept in a folder by a digest of their files and of the parser.

    A ``.casebank`` file is keyed by its bytes, a folder by the files read from it; the parser's
    source code is part of every key, so an updated Casewise parses afresh. An entry is the
    pickled `Bank` behind a SHA-256 of the pickle, read back allowing only `casebank.model`'s
    classes: a damaged or foreign file is a miss, never code that runs. The cache only ever saves
    time: when its folder cannot be written, banks are parsed as without it.

    Args:
        folder: where the entries are kept (created when the first is written).
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.used: set[str] = set()  # the entries read or written since this cache was made

    def load(self, path: Path | str) -> Bank:
        """The bank at `path`, from the cache when its files are unchanged.

        Raises:
            BankError: the bank is unsafe or broken (it is parsed, so the message is the
                loader's).
        """
        path = Path(path)
        files: dict[str, bytes] | None = None
        if path.is_dir():
            files = read_files(path)
            key = _key(b"folder", _files_digest(files))
        else:
            try:
                key = _key(b"file", hashlib.sha256(path.read_bytes()).digest())
            except OSError:
                return load(path)  # the loader says what is wrong with the path
        bank = self._read(key)
        if bank is not None:
            return bank if bank.origin == str(path) else replace(bank, origin=str(path))
        bank = load_files(read_files(path) if files is None else files, str(path))
        self._write(key, bank)
        return bank

    def keep(self, path: Path, bank: Bank) -> None:
        """Keep the bank just written to the ``.casebank`` file `path`: no parse on next start.

        `bank` must be what parsing `path` gives (the `ReadBank` it was packed from).
        """
        try:
            data = path.read_bytes()
            files = read_files(path)
        except (OSError, UserError) as exc:
            log.warning("not caching %s: %s", path, exc)
            return
        key = _key(b"file", hashlib.sha256(data).digest())
        self._write(key, replace(bank, files=files, origin=str(path)))

    def prune(self) -> None:
        """Remove the entries this cache did not use: banks since updated, removed or moved."""
        try:
            entries = list(self.folder.glob("*.bank"))
        except OSError:
            return
        for entry in entries:
            if entry.stem not in self.used:
                entry.unlink(missing_ok=True)

    def _read(self, key: str) -> Bank | None:
        try:
            data = (self.folder / f"{key}.bank").read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            log.warning("cannot read the bank cache: %s", exc)
            return None
        header, digest, payload = data[: len(_MAGIC)], data[len(_MAGIC) : _BODY], data[_BODY:]
        if header != _MAGIC or hashlib.sha256(payload).digest() != digest:
            return None
        try:
            bank = _ModelUnpickler(io.BytesIO(payload)).load()
        except (pickle.UnpicklingError, EOFError, AttributeError, TypeError, ValueError) as exc:
            log.warning("ignoring a damaged bank cache entry %s: %s", key, exc)
            return None
        if not isinstance(bank, Bank):
            return None
        self.used.add(key)
        return bank

    def _write(self, key: str, bank: Bank) -> None:
        buffer = io.BytesIO()
        _ModelPickler(buffer).dump(bank)
        payload = buffer.getvalue()
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            write_atomically(
                self.folder / f"{key}.bank", _MAGIC + hashlib.sha256(payload).digest() + payload
            )
        except (OSError, UserError) as exc:
            log.warning("cannot keep %s in the bank cache: %s", bank.id, exc)
            return
        self.used.add(key)


_MAGIC = b"casewise bank cache 2\n"
_BODY = len(_MAGIC) + hashlib.sha256().digest_size
_MODEL = frozenset({"Argument", "Bank", "Case", "Cue", "Manifest", "Question", "Sample", "Scope"})


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


class _ModelPickler(pickle.Pickler):
    """Pickles a model object as a call of its class with its fields: reading it back then costs
    one constructor call, not the much slower ``__setstate__`` of a frozen dataclass.

    Equal texts, and equal tuples of them, are written once and referred to after that. A bank
    repeats its cue terms, languages and case ids from question to question, each parsed into an
    object of its own; reading one back then makes each of them once (and keeps it once).
    """

    def __init__(self, file: io.BytesIO) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        # Every text and tuple written so far, by value. Holding them also keeps the tuples
        # made here alive while pickling, as the pickler's memo needs (it goes by identity).
        self._written: dict[object, object] = {}

    def reducer_override(self, obj: Any) -> Any:
        cls = type(obj)
        if cls.__module__ != "casebank.model" or not is_dataclass(obj):
            return NotImplemented
        names = _FIELD_NAMES.get(cls)
        if names is None:
            names = _FIELD_NAMES[cls] = tuple(field.name for field in fields(obj))
        return cls, tuple(self._once(getattr(obj, name)) for name in names)

    def _once(self, value: object) -> object:
        shared = self._shared(value)
        return value if shared is None else shared

    def _shared(self, value: object) -> object | None:
        """The first object written equal to `value`, a text or a tuple of texts (or of such
        tuples); None for anything else."""
        if type(value) is str:
            return self._written.setdefault(value, value)
        if type(value) is not tuple:
            return None
        items = []
        for item in value:
            shared = self._shared(item)
            if shared is None:
                return None
            items.append(shared)
        key = tuple(items)
        return self._written.setdefault(key, key)


class _ModelUnpickler(pickle.Unpickler):
    """Unpickles a bank and nothing else: only `casebank.model`'s classes may be named."""

    def find_class(self, module_name: str, name: str) -> Any:
        if module_name == "casebank.model" and name in _MODEL:
            return getattr(model, name)
        raise pickle.UnpicklingError(f"{module_name}.{name} is not part of a bank")


def _files_digest(files: dict[str, bytes]) -> bytes:
    digest = hashlib.sha256()
    for name in sorted(files):
        encoded = name.encode("utf-8")
        digest.update(len(encoded).to_bytes(4, "big") + encoded)
        digest.update(len(files[name]).to_bytes(8, "big") + files[name])
    return digest.digest()


def _key(kind: bytes, content: bytes) -> str:
    return hashlib.sha256(_parser_fingerprint() + kind + content).hexdigest()


@cache
def _parser_fingerprint() -> bytes:
    """What the parsed form of a bank depends on besides its files: Python and casebank's code."""
    digest = hashlib.sha256(f"{sys.version} {casebank.__version__}".encode())
    for source in sorted(Path(casebank.__file__).resolve().parent.rglob("*.py")):
        try:
            digest.update(source.read_bytes())
        except OSError:  # a frozen build has no sources: its version stands for them
            continue
    return digest.digest()


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Keep the garbage collector out of reading the banks.

    Reading 50 large banks back builds millions of objects (cases, rubrics, cue terms), none of
    them in a reference cycle. The collector walks everything each time the heap has grown by a
    quarter, so while they are read it walks them again and again: together about as long as
    reading them. Paused, it walks them once, later (the app collects and freezes them once its
    window shows, see `desktop.ui.app.settle_memory`).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _convert(path: Path, cancelled: Cancel | None) -> ReadBank:
    """Turn an H5P, Moodle XML or QTI file into a bank (in a temporary folder), and read it."""
    with tempfile.TemporaryDirectory(prefix="casewise-import-") as folder:
        report = import_files([path], Path(folder) / "bank", cancelled=cancelled)
        read = read_bank(Path(folder) / "bank", cancelled)
    return ReadBank(read.bank, path, read.data, report.markdown())


class Library:
    """The banks in the store, loaded, with the app's copies of their files.

    Args:
        store: the open store.
        bundled: the folder of banks shipped with Casewise.
    """

    def __init__(self, store: Store, bundled: Path = BUNDLED_BANKS) -> None:
        self.store = store
        self.bundled = bundled
        self.folder = store.data_dir / BANKS_FOLDER
        self.cache = BankCache(store.data_dir / CACHE_FOLDER)
        self._banks: dict[str, Bank] = {}
        # The banks in the store whose files could not be loaded: id -> (title, what is wrong).
        self.unreadable: dict[str, tuple[str, str]] = {}

    # -- the banks -------------------------------------------------------------------------

    @property
    def problems(self) -> list[str]:
        """What is wrong with each bank in the store whose files could not be loaded."""
        return [f"{title}: {message}" for title, message in self.unreadable.values()]

    def banks(self) -> list[Bank]:
        """The loaded banks, by title."""
        return sorted(self._banks.values(), key=lambda b: (b.title.casefold(), b.id))

    def bank(self, bank_id: str) -> Bank:
        """A loaded bank; `KeyError` if it is not in the library."""
        return self._banks[bank_id]

    def question(self, bank_id: str, key: str) -> Question:
        """A question of a loaded bank; `KeyError` if there is none."""
        return self._banks[bank_id].question(key)

    def unavailable(self, bank_id: str, key: str) -> Unavailable | None:
        """Why a question cannot be shown, or None when it can (see `question`)."""
        bank = self._banks.get(bank_id)
        if bank is None:
            return Unavailable.UNREADABLE if bank_id in self.unreadable else Unavailable.BANK
        try:
            bank.question(key)
        except KeyError:
            return Unavailable.QUESTION
        return None

    def prompt(self, bank_id: str, key: str) -> str:
        """A question's prompt as plain text (its Markdown read out, `casetext.plain`), for
        titles and labels: from its bank, else as the store remembers it, else its key."""
        try:
            return plain(self.question(bank_id, key).prompt)
        except KeyError:
            record = self.store.question_record(bank_id, key)
            return plain(record.prompt if record else "") or key

    def open(self) -> list[BankImport]:
        """On start: add bundled banks that are new or newer, then load every bank in the store.

        Returns:
            What adding the bundled banks changed.
        """
        with _collector_paused():
            imports = self.add_bundled()
            self.load_all()
        self.cache.prune()
        self.store.fill_prompts(self._banks.values())
        return imports

    def add_bundled(self) -> list[BankImport]:
        """Import each bundled bank that the store lacks or has in an older version."""
        known = {record.id: record for record in self.store.banks()}
        results: list[BankImport] = []
        if not self.bundled.is_dir():
            return results
        for folder in sorted(p for p in self.bundled.iterdir() if p.is_dir()):
            bank = self.cache.load(folder)
            old = known.get(bank.id)
            if old is None or version_key(old.version) < version_key(bank.manifest.version):
                results.append(self.store.import_bank(bank, location=str(folder)))
                self._banks[bank.id] = bank
            elif old.location == str(folder) and old.version == bank.manifest.version:
                self._banks[bank.id] = bank  # loaded already: `load_all` need not load it again
        return results

    def load_all(self) -> None:
        """Load every bank the store knows from its location; note those that fail."""
        self.unreadable = {}
        for record in self.store.banks():
            if record.id in self._banks and self._banks[record.id].manifest.version == (
                record.version
            ):
                continue
            try:
                self._banks[record.id] = self.cache.load(record.location)
            except UserError as exc:
                self.unreadable[record.id] = (record.title, str(exc))

    def plan(self, read: ReadBank) -> Installation:
        """What installing `read` would do, and which of the student's attempts it concerns."""
        bank = read.bank
        installed = next((r for r in self.store.banks() if r.id == bank.id), None)
        current = self._banks.get(bank.id)
        if installed is None:
            change = Change.NEW
        elif version_key(installed.version) > version_key(bank.manifest.version):
            change = Change.OLDER
        elif version_key(installed.version) < version_key(bank.manifest.version):
            change = Change.UPDATE
        elif current is None or current.manifest.version != installed.version:
            change = Change.REPAIR
        elif _contents(current.files) == _contents(bank.files):
            change = Change.SAME
        else:
            change = Change.REPLACE
        removed: list[AffectedQuestion] = []
        changed: list[AffectedQuestion] = []
        if installed is not None:
            attempts = {p.question_key: p.attempts for p in self.store.progress(bank.id)}
            hashes = {q.key: rubric_hash(q) for q in bank.questions()}
            for record in self.store.questions(bank.id):
                count = attempts.get(record.key, 0)
                if record.removed or not count:
                    continue
                prompt = plain(record.prompt) or self._prompt(current, record.key)
                if record.key not in hashes:
                    removed.append(AffectedQuestion(record.key, prompt, count))
                elif hashes[record.key] != record.rubric_hash:
                    changed.append(AffectedQuestion(record.key, prompt, count))
        return Installation(read, change, installed, tuple(removed), tuple(changed))

    def install(self, read: ReadBank, *, replace: bool = False) -> BankImport:
        """Install a bank `read_bank` read: keep its copy and record it in the store.

        A newer version of a bank already present updates it in place; every attempt stays.

        Args:
            read: the bank.
            replace: install it although the library has the same version with other files
                (`Change.REPLACE`): only once the student has confirmed.

        Raises:
            AlreadyInLibraryError: the library has this very version already.
            UserError: the library has a newer version of the bank, or the same version with
                other files and `replace` is false, or the copy cannot be written. Nothing
                changed.
        """
        bank = read.bank
        plan = self.plan(read)
        old = plan.installed
        if plan.change is Change.OLDER and old is not None:
            raise UserError(
                f"your library has a newer version of {bank.title!r} ({old.version}) than "
                f"{read.source.name} ({bank.manifest.version}); nothing was changed"
            )
        if plan.change is Change.SAME:
            raise AlreadyInLibraryError(
                f"{bank.title!r}, version {bank.manifest.version}, is already in your library; "
                "nothing was changed"
            )
        if plan.change is Change.REPLACE and not replace:
            raise UserError(
                f"your library has {bank.title!r}, version {bank.manifest.version}, with other "
                f"files than {read.source.name}; nothing was changed"
            )
        location = self.folder / f"{bank.id}-{bank.manifest.version}{SUFFIX}"
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UserError(f"cannot keep a copy of the bank in {self.folder}: {exc}") from exc
        write_atomically(location, read.data)
        result = self.store.import_bank(bank, location=str(location))
        self._banks[bank.id] = bank
        self.unreadable.pop(bank.id, None)
        self.cache.keep(location, bank)
        return result

    def _prompt(self, bank: Bank | None, key: str) -> str:
        try:
            return "" if bank is None else plain(bank.question(key).prompt)
        except KeyError:
            return ""


def _contents(files: Mapping[str, bytes]) -> dict[str, bytes]:
    """A bank's files as they matter to a student: without the checksum list, which packing
    writes afresh, the import report, which the loader ignores, and the rubric tests, which
    `casebank pack` leaves out of a student's copy (the bank folder still has them)."""
    return {
        name: data
        for name, data in files.items()
        if name not in {CHECKSUMS, IMPORT_REPORT} and not is_sample(name)
    }


# -- search --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A place that matches a search: a section of a case text, or a question."""

    bank_id: str
    case_id: str
    question_key: str  # "" for a hit in the case text
    heading: str  # the case section's heading, or the question's prompt start
    snippet: str  # plain text around the matching words, each between `MATCH` and `END`

    def pieces(self) -> list[tuple[str, bool]]:
        """The snippet as (text, whether it is a matching word), in order."""
        found: list[tuple[str, bool]] = []
        for index, part in enumerate(_MARKED.split(self.snippet)):
            if part:
                found.append((part, index % 2 == 1))
        return found

    @property
    def text(self) -> str:
        """The snippet without its marks."""
        return "".join(part for part, _ in self.pieces())


# Around each matching word of a snippet: control characters, which no indexed text holds.
MATCH, END = "\x02", "\x03"
_MARKED = re.compile(f"{MATCH}(.*?){END}", re.DOTALL)
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f]")


_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$")
_WORD = re.compile(r"\w+", re.UNICODE)


class SearchIndex:
    """Full-text search (SQLite FTS5) over case texts and questions of some banks.

    Building it reads every case; do it off the window's thread for a large library. The index
    lives in memory and may be used from one thread at a time.
    """

    def __init__(
        self, banks: Iterable[Bank], cancelled: Callable[[], bool] = lambda: False
    ) -> None:
        self._db = sqlite3.connect(":memory:", check_same_thread=False)
        self._db.execute(
            "CREATE VIRTUAL TABLE hits USING fts5(bank_id UNINDEXED, case_id UNINDEXED, "
            "question_key UNINDEXED, heading, body, tokenize='unicode61 remove_diacritics 2')"
        )
        rows = []
        for bank in banks:
            for case in bank.cases:
                if cancelled():
                    return
                # Plain text: a snippet shows what the reader sees, not Markdown's marks.
                for heading, body in _sections(case.title, case.text):
                    rows.append((bank.id, case.id, "", plain(heading), _indexable(body)))
                for question in case.questions:
                    rows.append(
                        (bank.id, case.id, question.key, case.title, _indexable(question.prompt))
                    )
        self._db.executemany("INSERT INTO hits VALUES (?, ?, ?, ?, ?)", rows)

    def search(self, text: str, limit: int = 50) -> list[SearchHit]:
        """Places that hold every word of `text` (each word also as a prefix), best first."""
        words = _WORD.findall(text)
        if not words:
            return []
        query = " ".join(f'"{word}"*' for word in words)
        rows = self._db.execute(
            "SELECT bank_id, case_id, question_key, heading, "
            "snippet(hits, 4, ?, ?, '…', 12) FROM hits WHERE hits MATCH ? "
            "ORDER BY rank LIMIT ?",
            [MATCH, END, query, limit],
        ).fetchall()
        return [SearchHit(*row) for row in rows]

    def close(self) -> None:
        """Free the index."""
        self._db.close()


def _indexable(markdown: str) -> str:
    """A bank text as the search index keeps it: plain, without the snippet's marks."""
    return _CONTROL.sub(" ", plain(markdown))


def _sections(title: str, text: str) -> list[tuple[str, str]]:
    """The case text cut at its headings: (heading, body) in order."""
    sections: list[tuple[str, list[str]]] = [(title, [])]
    for line in text.splitlines():
        match = _HEADING.match(line)
        if match:
            sections.append((match.group(1), []))
        else:
            sections[-1][1].append(line)
    return [(heading, "\n".join(lines)) for heading, lines in sections if "".join(lines).strip()]
