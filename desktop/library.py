"""The student's library: the bundled banks and the banks they import.

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
keeps each bank it parsed in `desktop.bank_cache.BankCache` (``<data folder>/cache/banks/``); the
search across the library's texts is `desktop.search.SearchIndex`.

>>> library = Library(store)                                         # doctest: +SKIP
>>> library.add_bundled()                                            # doctest: +SKIP
>>> result = library.install(read_bank(Path("my-bank.casebank")))    # doctest: +SKIP
"""

from __future__ import annotations

import gc
import logging
import tempfile
import unicodedata
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from casebank.archive import BANK_SUFFIX, CHECKSUMS
from casebank.atomic import write_atomically
from casebank.errors import Cancel, UserError
from casebank.interop import IMPORTABLE_SUFFIXES, import_files
from casebank.loader import IMPORT_REPORT, load
from casebank.model import Bank, Question
from casebank.pack import is_sample, packed_bytes
from casebank.problems import BankError, errors_in
from casebank.resources import RESOURCES
from casebank.validate import validate
from desktop.bank_cache import BankCache
from desktop.casetext import plain
from desktop.store import BankImport, BankRecord, Store, rubric_hash

log = logging.getLogger(__name__)

BUNDLED_BANKS = RESOURCES / "banks"
BANKS_FOLDER = "banks"
CACHE_FOLDER = "cache/banks"


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
        location = self.folder / f"{bank.id}-{bank.manifest.version}{BANK_SUFFIX}"
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
