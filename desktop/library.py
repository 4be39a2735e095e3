"""The student's library: the bundled banks, banks they import, and search across them.

Qt-free. Importing is split in two so that the slow half can run off the window's thread:
`read_bank` validates a folder or ``.casebank`` file and packs it into bytes (no writes
anywhere); `Library.install` then, on the store's thread, checks the version, writes the
app's copy into ``<data folder>/banks/`` and records the bank in the store. A broken or hostile
bank fails in `read_bank` with the validator's message and changes nothing.

>>> library = Library(store)                                         # doctest: +SKIP
>>> library.add_bundled()                                            # doctest: +SKIP
>>> result = library.install(read_bank(Path("my-bank.casebank")))    # doctest: +SKIP
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from casebank.atomic import write_atomically
from casebank.errors import UserError
from casebank.loader import load
from casebank.model import Bank, Question
from casebank.pack import packed_bytes
from casebank.problems import BankError, errors_in
from casebank.validate import validate
from desktop.store import BankImport, Store

BUNDLED_BANKS = Path(__file__).resolve().parent.parent / "resources" / "banks"
BANKS_FOLDER = "banks"
SUFFIX = ".casebank"


@dataclass(frozen=True, slots=True)
class ReadBank:
    """A bank read and validated from a file or folder, ready to install; nothing written yet."""

    bank: Bank
    source: Path
    data: bytes  # the packed bank, of which the app keeps a copy


def version_key(version: str) -> tuple[tuple[int, ...], int, str]:
    """A sortable key for a semantic version: ``1.10.0`` after ``1.9.2``, ``2.0.0`` after
    ``2.0.0-beta``."""
    release, dash, pre = version.partition("+")[0].partition("-")
    numbers = tuple(int(part) if part.isdigit() else -1 for part in release.split("."))
    return numbers, 0 if dash else 1, pre


def read_bank(path: Path) -> ReadBank:
    """Validate a bank folder or ``.casebank`` file and pack it; the slow half of an import.

    Raises:
        BankError: the bank is broken or unsafe, with the validator's problems.
        UserError: the file cannot be read.
    """
    path = Path(path)
    if not path.exists():
        raise UserError(f"{path} does not exist: choose a .casebank file or a bank folder")
    if not path.is_dir():
        return ReadBank(load(path), path, path.read_bytes())
    # A folder is validated as `casebank pack` would (rubric tests included), once; the app's
    # copy is packed from the files validation read, not read from the folder again.
    report = validate(path)
    if not report.ok or report.bank is None:
        raise BankError(str(path), errors_in(report.problems) or report.problems)
    return ReadBank(report.bank, path, packed_bytes(report.bank.files))


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
        self._banks: dict[str, Bank] = {}
        self.problems: list[str] = []  # banks in the store whose files could not be loaded

    # -- the banks -------------------------------------------------------------------------

    def banks(self) -> list[Bank]:
        """The loaded banks, by title."""
        return sorted(self._banks.values(), key=lambda b: (b.title.casefold(), b.id))

    def bank(self, bank_id: str) -> Bank:
        """A loaded bank; `KeyError` if it is not in the library."""
        return self._banks[bank_id]

    def question(self, bank_id: str, key: str) -> Question:
        """A question of a loaded bank; `KeyError` if there is none."""
        return self._banks[bank_id].question(key)

    def open(self) -> list[BankImport]:
        """On start: add bundled banks that are new or newer, then load every bank in the store.

        Returns:
            What adding the bundled banks changed.
        """
        imports = self.add_bundled()
        self.load_all()
        return imports

    def add_bundled(self) -> list[BankImport]:
        """Import each bundled bank that the store lacks or has in an older version."""
        known = {record.id: record for record in self.store.banks()}
        results: list[BankImport] = []
        if not self.bundled.is_dir():
            return results
        for folder in sorted(p for p in self.bundled.iterdir() if p.is_dir()):
            bank = load(folder)
            old = known.get(bank.id)
            if old is None or version_key(old.version) < version_key(bank.manifest.version):
                results.append(self.store.import_bank(bank, location=str(folder)))
                self._banks[bank.id] = bank
            elif old.location == str(folder) and old.version == bank.manifest.version:
                self._banks[bank.id] = bank  # loaded already: `load_all` need not load it again
        return results

    def load_all(self) -> None:
        """Load every bank the store knows from its location; note those that fail."""
        self.problems = []
        for record in self.store.banks():
            if record.id in self._banks and self._banks[record.id].manifest.version == (
                record.version
            ):
                continue
            try:
                self._banks[record.id] = load(record.location)
            except UserError as exc:
                self.problems.append(f"{record.title}: {exc}")

    def install(self, read: ReadBank) -> BankImport:
        """Install a bank `read_bank` read: keep its copy and record it in the store.

        A newer version of a bank already present updates it in place; every attempt stays.

        Raises:
            UserError: the library has a newer version of the bank, or the copy cannot be
                written. Nothing changed.
        """
        bank = read.bank
        known = {record.id: record for record in self.store.banks()}
        old = known.get(bank.id)
        if old is not None and version_key(old.version) > version_key(bank.manifest.version):
            raise UserError(
                f"your library has a newer version of {bank.title!r} ({old.version}) than "
                f"{read.source.name} ({bank.manifest.version}); nothing was changed"
            )
        location = self.folder / f"{bank.id}-{bank.manifest.version}{SUFFIX}"
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UserError(f"cannot keep a copy of the bank in {self.folder}: {exc}") from exc
        write_atomically(location, read.data)
        result = self.store.import_bank(bank, location=str(location))
        self._banks[bank.id] = bank
        return result


# -- search --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A place that matches a search: a section of a case text, or a question."""

    bank_id: str
    case_id: str
    question_key: str  # "" for a hit in the case text
    heading: str  # the case section's heading, or the question's prompt start
    snippet: str  # the matching words between [ and ]


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
                for heading, body in _sections(case.title, case.text):
                    rows.append((bank.id, case.id, "", heading, body))
                for question in case.questions:
                    rows.append((bank.id, case.id, question.key, case.title, question.prompt))
        self._db.executemany("INSERT INTO hits VALUES (?, ?, ?, ?, ?)", rows)

    def search(self, text: str, limit: int = 50) -> list[SearchHit]:
        """Places that hold every word of `text` (each word also as a prefix), best first."""
        words = _WORD.findall(text)
        if not words:
            return []
        query = " ".join(f'"{word}"*' for word in words)
        rows = self._db.execute(
            "SELECT bank_id, case_id, question_key, heading, "
            "snippet(hits, 4, '[', ']', '…', 12) FROM hits WHERE hits MATCH ? "
            "ORDER BY rank LIMIT ?",
            [query, limit],
        ).fetchall()
        return [SearchHit(*row) for row in rows]

    def close(self) -> None:
        """Free the index."""
        self._db.close()


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
