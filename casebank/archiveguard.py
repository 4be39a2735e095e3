"""The archive guard: every rule that keeps a hostile zip out, written once.

Both zip readers go through these functions: the bank reader (`casebank.archive`, for folders and
``.casebank`` files) and the import reader (`casebank.interop.safezip`, for ``.h5p`` and QTI
packages and feedback files). Each rule answers with a `Refusal` (why, in words a message can
show, and what to do) or ``None``; the reader turns it into its own kind of error. So a rule made
stricter here is stricter for every reader, and tests/casebank/test_archiveguard.py proves it.

What stays with each reader is what only it needs: which kinds of file a bank holds, its checksum
list and file count; which entries an import reads.
"""

from __future__ import annotations

import unicodedata
import zipfile
import zlib
from dataclasses import dataclass
from enum import StrEnum
from stat import S_ISLNK

MAX_ENTRIES = (
    10_000  # entries in one zip, folders and skipped files included: refused before reading
)
MAX_ENTRY_BYTES = 20 * 1024 * 1024  # one entry, expanded
MAX_TOTAL_BYTES = 100 * 1024 * 1024  # everything read from one zip, expanded
MAX_RATIO = 100  # an entry over RATIO_FROM may not pack smaller than 1/MAX_RATIO of its size
RATIO_FROM = 1024 * 1024
# bzip2 and LZMA are decompressed without an output bound: a few kilobytes could expand to
# gigabytes in memory before the size check. `casebank pack` and every exporter we read deflate.
METHODS = frozenset({zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED})
HOSTILE = "this archive may be hostile; do not open it"


class Reason(StrEnum):
    """Why an entry is refused: one value per rule."""

    OUTSIDE = "outside"  # an absolute path, a drive letter or a backslash
    LEAVES = "leaves"  # a '..', '.' or empty part
    INVISIBLE = "invisible"  # control or formatting characters in the name
    LINK = "link"
    COLLISION = "collision"  # the same name as another entry, up to case and accents
    ENCRYPTED = "encrypted"
    METHOD = "method"  # a compression method other than stored or deflated
    TOO_LARGE = "too-large"
    TOO_COMPRESSED = "too-compressed"  # a zip bomb
    DAMAGED = "damaged"
    SIZE_MISMATCH = "size-mismatch"  # more or fewer bytes than the header says


@dataclass(frozen=True, slots=True)
class Container:
    """What a reader calls what it opens, for the words of a refusal.

    Attributes:
        noun: what the archive is to the user ("bank", "package").
        example: a well-formed entry name of that kind.
        remedy: how to make a clean copy.
        rename: what to do about a name with invisible characters.
    """

    noun: str
    example: str
    remedy: str
    rename: str


BANK = Container(
    "bank",
    "cases/x/case.md",
    "pack the bank with 'casebank pack'",
    "rename the file with plain letters, digits and hyphens",
)
# A package comes from another program: its user cannot rename what is inside.
PACKAGE = Container("package", "content/content.json", "export the package again", HOSTILE)


@dataclass(frozen=True, slots=True)
class Refusal:
    """Why an entry is refused (`message`) and what to do about it (`hint`)."""

    reason: Reason
    message: str
    hint: str


class UnsafeEntryError(Exception):
    """An entry that could not be read safely; the reader reports `refusal`."""

    def __init__(self, refusal: Refusal) -> None:
        super().__init__(refusal.message)
        self.refusal = refusal


# The zero-width non-joiner and joiner are formatting characters that spelling needs: Persian
# writes the non-joiner inside words ("نیم‌فاصله"), Indic scripts the joiner, so a tutor's file
# names hold them. Unlike the other formatting characters (direction marks and overrides,
# invisible spaces) they neither reorder nor hide what a name says; names that differ only by
# them collide (`folded`).
JOINERS = frozenset("\u200c\u200d")
_NO_JOINERS = dict.fromkeys(map(ord, JOINERS))


def shown(name: str) -> str:
    """A name as a message may show it, with control and invisible characters escaped.

    A hostile entry name could otherwise rewrite the terminal (escape sequences) or read
    differently from what it holds (bidirectional overrides) in the very message that refuses it.
    """
    return "".join(
        c if c.isprintable() or c in JOINERS else c.encode("unicode_escape").decode("ascii")
        for c in name
    )


def name_refusal(name: str, within: Container) -> Refusal | None:
    """Whether a name (``/``-separated, relative) would leave the archive or hide what it says.

    A folder's trailing ``/`` is allowed; every other part must be a real name.
    """
    if "\\" in name or name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return Refusal(
            Reason.OUTSIDE,
            "absolute path or backslash in an entry name",
            f"a {within.noun} holds only relative paths like {within.example}",
        )
    parts = name.split("/")
    # Split by hand: PurePosixPath drops "." parts, which would let "a/./b.md" through.
    if not name or any(part in {"..", "."} for part in parts) or "" in parts[:-1]:
        return Refusal(
            Reason.LEAVES,
            f"the entry name leaves the {within.noun} ('..' or an empty part)",
            HOSTILE,
        )
    if any(unicodedata.category(c) in {"Cc", "Cf"} and c not in JOINERS for c in name):
        return Refusal(
            Reason.INVISIBLE,
            "control or formatting characters in a file name",
            within.rename,
        )
    return None


def entry_refusal(info: zipfile.ZipInfo, within: Container) -> Refusal | None:
    """What refuses an entry whether or not it is read: its name, or its being a link."""
    if refusal := name_refusal(info.filename, within):
        return refusal
    if S_ISLNK(info.external_attr >> 16):
        return Refusal(Reason.LINK, f"symbolic links are not allowed in a {within.noun}", HOSTILE)
    return None


def folded(name: str) -> str:
    """A name as a case-insensitive file system or a reader that normalises it might see it,
    and as a person reads it: without joiners, which do not show where they stand."""
    name = name.translate(_NO_JOINERS)
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", name).casefold())


def collision_refusal(name: str, seen: dict[str, str]) -> Refusal | None:
    """Whether `name` is another entry's name up to case and accents; if not, remember it.

    Args:
        name: the entry's name.
        seen: the names so far, keyed by `folded`; `name` is added when it does not collide.
    """
    key = folded(name)
    if key in seen:
        return Refusal(
            Reason.COLLISION,
            f"the name collides with {seen[key]!r}",
            "names that differ only in case or accents are not allowed",
        )
    seen[key] = name
    return None


def too_compressed(size: int, packed: int) -> bool:
    """The zip-bomb rule: an entry over 1 MiB that packs more than 100:1.

    Args:
        size: the entry's size, expanded.
        packed: its size in the zip (what the entry's header says, or what deflating gives).
    """
    return size > RATIO_FROM and size > MAX_RATIO * max(packed, 1)


def read_refusal(info: zipfile.ZipInfo, limit: int, within: Container) -> Refusal | None:
    """What refuses an entry before its bytes are read: encryption, method, size and ratio.

    Args:
        info: the entry.
        limit: the most bytes it may expand to, at most `MAX_ENTRY_BYTES`.
        within: what the archive is, for the words.
    """
    if info.flag_bits & 0x1:
        return Refusal(
            Reason.ENCRYPTED, "the entry is encrypted", f"{within.remedy}, without a password"
        )
    if info.compress_type not in METHODS:
        return Refusal(
            Reason.METHOD,
            f"the entry uses compression method {info.compress_type}, "
            f"which a {within.noun} does not use",
            f"{within.remedy}; a {within.noun} only stores or deflates its files",
        )
    limit = min(limit, MAX_ENTRY_BYTES)
    if info.file_size > limit:
        return Refusal(
            Reason.TOO_LARGE,
            f"the entry expands to {info.file_size:,} bytes",
            f"the limit is {limit:,} bytes",
        )
    if too_compressed(info.file_size, info.compress_size):
        return Refusal(
            Reason.TOO_COMPRESSED,
            f"the entry is compressed more than {MAX_RATIO}:1 (a zip bomb?)",
            HOSTILE,
        )
    return None


def read_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo, within: Container) -> bytes:
    """An entry's bytes, never more than its header declares (call `read_refusal` first).

    Raises:
        UnsafeEntryError: the entry is damaged, or holds more or fewer bytes than its header says.
    """
    try:
        with archive.open(info) as stream:
            data = stream.read(info.file_size + 1)
    except (
        zipfile.BadZipFile,
        OSError,
        EOFError,
        zlib.error,
        NotImplementedError,
        ValueError,
    ) as exc:
        raise UnsafeEntryError(
            Refusal(
                Reason.DAMAGED,
                f"the entry is damaged ({exc})",
                f"get a fresh copy of the {within.noun}",
            )
        ) from exc
    if len(data) != info.file_size:
        raise UnsafeEntryError(
            Refusal(
                Reason.SIZE_MISMATCH,
                "the entry's size does not match its header",
                "this archive is damaged or hostile",
            )
        )
    return data
