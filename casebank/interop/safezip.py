"""Reading source files, and the few entries an importer needs from an ``.h5p`` or QTI zip,
within fixed limits.

An H5P package also carries libraries (JavaScript, CSS) and media that an import does not use;
they are never extracted. Every entry name is still checked, and a package with a name that leaves
the archive (``../``, an absolute path, a drive letter) is refused as hostile. Entries are read
into memory with a size bound and a compression-ratio bound (zip bombs, by the rule banks follow:
`casebank.archive.too_compressed`); nothing is written.
"""

from __future__ import annotations

import stat
import zipfile
import zlib
from pathlib import Path, PurePosixPath

from casebank.archive import MAX_RATIO, too_compressed
from casebank.errors import UserError

MAX_ENTRIES = 10_000
MAX_ENTRY_BYTES = 20 * 1024 * 1024


class Package:
    """A zip opened for import: its entry names, and the bytes of chosen entries on request."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self._zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
            raise UserError(f"{path.name} is not a readable zip file ({exc})") from exc
        infos = self._zip.infolist()
        if len(infos) > MAX_ENTRIES:
            self._zip.close()
            raise UserError(
                f"{path.name} has {len(infos):,} entries (the limit is {MAX_ENTRIES:,}); "
                "it is not a question package"
            )
        self._infos: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            _check_name(path, info)
            if info.filename in self._infos:
                # Two entries of one name: which one a reader takes depends on the reader.
                self._zip.close()
                shown = info.filename.encode("unicode_escape").decode("ascii")
                raise UserError(
                    f"{path.name} holds two entries named {shown!r}; the file may be hostile "
                    "and was not read"
                )
            if not info.is_dir():
                self._infos[info.filename] = info

    def __enter__(self) -> Package:
        return self

    def __exit__(self, *exc: object) -> None:
        self._zip.close()

    @property
    def names(self) -> list[str]:
        """Every file entry's name, in archive order."""
        return list(self._infos)

    def read(self, name: str, limit: int = MAX_ENTRY_BYTES) -> bytes:
        """The bytes of one entry.

        Raises:
            UserError: no such entry, or it is encrypted, too large, too compressed or damaged.
        """
        info = self._infos.get(name)
        where = f"{self.path.name}: {name}"
        if info is None:
            raise UserError(f"{self.path.name} has no {name}")
        if info.flag_bits & 0x1:
            raise UserError(f"{where} is encrypted; export the package without a password")
        if info.compress_type not in {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED}:
            raise UserError(f"{where} uses compression method {info.compress_type}, not deflate")
        if info.file_size > limit:
            raise UserError(f"{where} expands to {info.file_size:,} bytes; the limit is {limit:,}")
        if too_compressed(info.file_size, info.compress_size):
            raise UserError(f"{where} is compressed more than {MAX_RATIO}:1 (a zip bomb?)")
        try:
            with self._zip.open(info) as stream:
                data = stream.read(info.file_size + 1)
        except (zipfile.BadZipFile, OSError, EOFError, zlib.error, ValueError) as exc:
            raise UserError(f"{where} is damaged ({exc})") from exc
        if len(data) != info.file_size:
            raise UserError(f"{where}: the entry's size does not match its header (damaged?)")
        return data


def _check_name(path: Path, info: zipfile.ZipInfo) -> None:
    name = info.filename
    parts = PurePosixPath(name).parts
    hostile = (
        "\\" in name
        or name.startswith("/")
        or (len(name) > 1 and name[1] == ":")
        or ".." in name.split("/")
        or any(ord(c) < 32 for c in name)
        or stat.S_ISLNK(info.external_attr >> 16)
    )
    if hostile or not parts:
        shown = name.encode("unicode_escape").decode("ascii")
        raise UserError(
            f"{path.name} holds an entry named {shown!r} that would leave the package (an "
            "absolute path, '..', or a link); the file may be hostile and was not imported"
        )


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
