"""The bank cache: banks parsed before, read back in milliseconds instead of parsed again.

Parsing a bank is most of what a start costs, and a bank's files rarely change, so the library
(`desktop.library`) keeps each bank it parsed here (``<data folder>/cache/banks/``), keyed by a
digest of the bank's files and of the parser's code. Qt-free.
"""

from __future__ import annotations

import hashlib
import io
import logging
import pickle
import sys
from dataclasses import fields, is_dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

import casebank
from casebank import model
from casebank.archive import read_files
from casebank.atomic import write_atomically
from casebank.errors import UserError
from casebank.loader import load, load_files
from casebank.model import Bank

log = logging.getLogger(__name__)


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
