"""Reading source files, and the few entries an importer needs from an ``.h5p`` or QTI zip,
within fixed limits.

An H5P package also carries libraries (JavaScript, CSS) and media that an import does not use;
they are never extracted. Every entry is still checked when the package is opened, and a package
with one that is hostile (a name that leaves the archive or hides what it says, a link, two names
for one entry) is refused whole. Entries are read into memory within the limits banks have; the
rules are the archive guard's (`casebank.archiveguard`), the bank reader's too. Nothing is written.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from casebank import archiveguard as guard
from casebank.errors import UserError


class Package:
    """A zip opened for import: its entry names, and the bytes of chosen entries on request."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self._zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
            raise UserError(f"{path.name} is not a readable zip file ({exc})") from exc
        self._infos: dict[str, zipfile.ZipInfo] = {}
        self._read = 0  # bytes read so far, against guard.MAX_TOTAL_BYTES
        try:
            self._check(self._zip.infolist())
        except UserError:
            self._zip.close()
            raise

    def _check(self, infos: list[zipfile.ZipInfo]) -> None:
        if len(infos) > guard.MAX_ENTRIES:
            raise UserError(
                f"{self.path.name} has {len(infos):,} entries (the limit is "
                f"{guard.MAX_ENTRIES:,}); it is not a question package"
            )
        seen: dict[str, str] = {}
        for info in infos:
            refusal = guard.entry_refusal(info, guard.PACKAGE)
            if refusal is None and not info.is_dir():
                refusal = guard.collision_refusal(info.filename, seen)
            if refusal is not None:
                raise self._refused(info.filename, refusal)
            if not info.is_dir():
                self._infos[info.filename] = info

    def _refused(self, name: str, refusal: guard.Refusal) -> UserError:
        return UserError(
            f"{self.path.name}: the entry '{guard.shown(name)}' is refused: {refusal.message}; "
            f"{refusal.hint}. The file was not read."
        )

    def __enter__(self) -> Package:
        return self

    def __exit__(self, *exc: object) -> None:
        self._zip.close()

    @property
    def names(self) -> list[str]:
        """Every file entry's name, in archive order."""
        return list(self._infos)

    def read(self, name: str, limit: int = guard.MAX_ENTRY_BYTES) -> bytes:
        """The bytes of one entry.

        Raises:
            UserError: no such entry, or it is encrypted, too large, too compressed or damaged,
                or the entries read so far expand to more than `guard.MAX_TOTAL_BYTES`.
        """
        info = self._infos.get(name)
        if info is None:
            raise UserError(f"{self.path.name} has no {name}")
        if refusal := guard.read_refusal(info, limit, guard.PACKAGE):
            raise self._refused(name, refusal)
        if self._read + info.file_size > guard.MAX_TOTAL_BYTES:
            raise UserError(
                f"{self.path.name}: the entries read expand to more than "
                f"{guard.MAX_TOTAL_BYTES:,} bytes; it is not a question package"
            )
        try:
            data = guard.read_entry(self._zip, info, guard.PACKAGE)
        except guard.UnsafeEntryError as exc:
            raise self._refused(name, exc.refusal) from exc
        self._read += len(data)
        return data


def is_zip(path: Path) -> bool:
    """Whether a file is a zip archive (by its content, not its name)."""
    return read_limited(path, 4, head=True) in {b"PK\x03\x04", b"PK\x05\x06"}


def read_limited(path: Path, limit: int, *, head: bool = False) -> bytes:
    """A file's bytes, refusing a file larger than `limit`; with `head`, only its first bytes.

    Raises:
        UserError: the file cannot be read, or is too large.
    """
    try:
        with path.open("rb") as stream:
            data = stream.read(limit + (0 if head else 1))
    except OSError as exc:
        raise UserError(f"cannot read {path}: {exc.strerror}") from exc
    if not head and len(data) > limit:
        raise UserError(f"{path.name} is too large to import (over {limit:,} bytes)")
    return data
