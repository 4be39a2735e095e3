"""Reading a bank's files safely, from a folder or a packed ``.casebank`` zip.

Nothing here writes to disk, follows a link or runs anything: a bank is read into memory, entry by
entry, within fixed limits, and every name is checked before its bytes are read. A hostile archive
(path traversal, links, zip bombs, colliding names) is refused with a message naming the entry.

The limits are one rule for both forms of a bank, applied to the same numbers: how many files it
holds and how large they are (its checksum list aside), and how well each file over 1 MiB packs.
A folder's files are measured as `casebank pack` would store them, so whatever a folder passes
with, its packed file passes with too: nothing `casebank pack` writes, or the app keeps of a bank
it imported, is refused when it is loaded again.
"""

from __future__ import annotations

import hashlib
import os
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

from casebank import archiveguard as guard
from casebank.archiveguard import MAX_RATIO, MAX_TOTAL_BYTES, RATIO_FROM, shown, too_compressed
from casebank.problems import BankError, Problem

# The limits a zip's entries share with every archive are the guard's (`casebank.archiveguard`);
# these are a bank's own. MAX_RATIO, RATIO_FROM, MAX_TOTAL_BYTES, `shown` and `too_compressed`
# are imported from there for this module's readers.
__all__ = [
    "BANK_SUFFIX",
    "CHECKSUMS",
    "IMAGE_SUFFIXES",
    "MAX_FILES",
    "MAX_FILE_BYTES",
    "MAX_IMAGE_BYTES",
    "MAX_RATIO",
    "MAX_TOTAL_BYTES",
    "RATIO_FROM",
    "SUFFIXES",
    "TEXT_SUFFIXES",
    "checksum_text",
    "packed_size",
    "read_files",
    "shown",
    "too_compressed",
]
MAX_FILES = 2000  # besides the checksum list
MAX_FILE_BYTES = guard.MAX_ENTRY_BYTES
MAX_IMAGE_BYTES = 5 * 1024 * 1024
PACK_LEVEL = 9  # the deflate level `casebank pack` writes, and folders are measured with
CHECKSUMS = "CHECKSUMS.sha256"
TEXT_SUFFIXES = frozenset({".toml", ".md", ".txt"})
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp"})
SUFFIXES = TEXT_SUFFIXES | IMAGE_SUFFIXES
BANK_SUFFIX = ".casebank"  # the one spelling; compare it with a name's suffix lowercased


def read_files(path: Path) -> dict[str, bytes]:
    """Read every file of a bank folder or ``.casebank`` file into memory.

    Returns:
        The files' bytes keyed by their path relative to the bank, with ``/`` separators.

    Raises:
        BankError: the path is not a bank, or breaks a safety rule or a limit.
    """
    if not path.exists():
        raise BankError(str(path), [Problem(str(path), 0, "no such file or folder")])
    if not path.is_dir() and not path.is_file():
        # A named pipe or a device would block or stream for ever when opened.
        raise BankError(str(path), [Problem(str(path), 0, "not a bank folder or a .casebank file")])
    files = _read_folder(path) if path.is_dir() else _read_zip(path)
    if "bank.toml" not in files:
        raise BankError(
            str(path),
            [
                Problem(
                    path.name,
                    0,
                    "no bank.toml at the top of the bank",
                    "a bank is a folder with bank.toml and cases/; see docs/bank-format.md",
                )
            ],
        )
    return files


def _skipped(parts: tuple[str, ...]) -> bool:
    """Hidden files, editor backups and macOS resource forks are not part of a bank."""
    return any(p.startswith(".") or p == "__MACOSX" for p in parts) or parts[-1].endswith("~")


def _refuse(name: str, refusal: guard.Refusal) -> Problem:
    return Problem(shown(name), 0, refusal.message, refusal.hint)


def _check_kind(name: str, seen: dict[str, str], problems: list[Problem]) -> bool:
    """Check that a name is new (up to case and accents) and of a kind a bank holds; record a
    problem and return False when not."""
    if refusal := guard.collision_refusal(name, seen):
        problems.append(_refuse(name, refusal))
        return False
    suffix = PurePosixPath(name).suffix.lower()
    if suffix not in SUFFIXES and name != CHECKSUMS:
        kinds = ", ".join(sorted(SUFFIXES))
        problems.append(
            Problem(
                shown(name),
                0,
                f"a bank does not hold {shown(suffix) or 'extensionless'} files",
                f"allowed kinds: {kinds}",
            )
        )
        return False
    return True


def _limit_for(name: str) -> int:
    return (
        MAX_IMAGE_BYTES if PurePosixPath(name).suffix.lower() in IMAGE_SUFFIXES else MAX_FILE_BYTES
    )


def packed_size(data: bytes) -> int:
    """How many bytes `data` takes in a ``.casebank`` file: deflated as `casebank pack` does."""
    packer = zlib.compressobj(PACK_LEVEL, zlib.DEFLATED, -zlib.MAX_WBITS)
    return len(packer.compress(data)) + len(packer.flush())


def _counted(name: str) -> bool:
    """Whether a file counts towards the limits: every file but the checksum list, which
    `casebank pack` writes afresh."""
    return name != CHECKSUMS


def _read_folder(root: Path) -> dict[str, bytes]:
    problems: list[Problem] = []
    files: dict[str, bytes] = {}
    seen: dict[str, str] = {}
    count = total = 0
    for rel, entry in _walk(root, problems):
        size = _admitted(rel, entry, seen, problems)
        if size is None:
            continue
        if _counted(rel):
            count += 1
            total += size
        if count > MAX_FILES or total > MAX_TOTAL_BYTES:
            raise BankError(str(root), [*problems, _too_big(count, total)])
        data = _read_file(rel, entry, problems)
        if data is not None:
            files[rel] = data
    if problems:
        raise BankError(str(root), problems)
    if CHECKSUMS in files:
        _verify_checksums(str(root), files)
    return files


def _walk(root: Path, problems: list[Problem]) -> Iterator[tuple[str, os.DirEntry[str]]]:
    """A folder's regular files with their paths in the bank, depth first and in name order;
    links and special files are recorded as problems, hidden and backup files skipped."""
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            raise BankError(
                str(root), [Problem(str(folder), 0, f"cannot read folder: {exc.strerror}")]
            ) from exc
        for entry in entries:
            rel = Path(entry.path).relative_to(root).as_posix()
            if _skipped(tuple(rel.split("/"))):
                continue
            if entry.is_symlink():
                problems.append(
                    Problem(
                        shown(rel),
                        0,
                        "symbolic links are not allowed in a bank",
                        "replace the link with the file itself",
                    )
                )
            elif entry.is_dir(follow_symlinks=False):
                stack.append(Path(entry.path))
            elif not entry.is_file(follow_symlinks=False):
                problems.append(Problem(shown(rel), 0, "not a regular file"))
            else:
                yield rel, entry


def _admitted(
    rel: str, entry: os.DirEntry[str], seen: dict[str, str], problems: list[Problem]
) -> int | None:
    """The size of a folder's file when the bank may hold it; None when not (recorded)."""
    if refusal := guard.name_refusal(rel, guard.BANK):
        problems.append(_refuse(rel, refusal))
        return None
    if not _check_kind(rel, seen, problems):
        return None
    size = entry.stat(follow_symlinks=False).st_size
    if size > _limit_for(rel):
        problems.append(
            Problem(
                shown(rel),
                0,
                f"the file is too large ({size:,} bytes)",
                f"the limit is {_limit_for(rel):,} bytes",
            )
        )
        return None
    return size


def _read_file(rel: str, entry: os.DirEntry[str], problems: list[Problem]) -> bytes | None:
    """A folder's file's bytes; None when it cannot be read or packs too well (recorded)."""
    try:
        data = Path(entry.path).read_bytes()
    except OSError as exc:
        problems.append(
            Problem(shown(rel), 0, f"cannot read the file: {exc.strerror}", "check its permissions")
        )
        return None
    if len(data) > RATIO_FROM and too_compressed(len(data), packed := packed_size(data)):
        problems.append(_packs_too_well(rel, len(data), packed))
        return None
    return data


def _too_big(count: int, total: int) -> Problem:
    return Problem(
        "",
        0,
        f"the bank is too large ({count:,} files, {total:,} bytes)",
        f"a bank may hold {MAX_FILES:,} files and {MAX_TOTAL_BYTES:,} bytes",
    )


def _packs_too_well(name: str, size: int, packed: int) -> Problem:
    """A folder's file that a packed bank would refuse as a possible zip bomb."""
    return Problem(
        shown(name),
        0,
        f"the file packs more than {MAX_RATIO}:1 ({size:,} bytes into {packed:,}), which a "
        ".casebank file refuses as a possible zip bomb, so no bank may hold it",
        f"a file over {RATIO_FROM:,} bytes this repetitive is most likely a mistake: remove the "
        "repeated part",
    )


def _plan(origin: str, infos: list[zipfile.ZipInfo]) -> list[zipfile.ZipInfo]:
    """The entries of a zip to read, once every entry has passed the guard and the limits.

    Raises:
        BankError: with every problem found, when any entry or the whole breaks a rule.
    """
    if len(infos) > guard.MAX_ENTRIES:
        raise BankError(origin, [_too_big(len(infos), 0)])
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    plan: list[zipfile.ZipInfo] = []
    for info in infos:
        name = info.filename
        # Before anything else: a hostile entry is refused even when it would be skipped.
        if refusal := guard.entry_refusal(info, guard.BANK):
            problems.append(_refuse(name, refusal))
            continue
        if name.endswith("/") or _skipped(tuple(name.split("/"))):
            continue
        if not _check_kind(name, seen, problems):
            continue
        if refusal := guard.read_refusal(info, _limit_for(name), guard.BANK):
            problems.append(_refuse(name, refusal))
            continue
        plan.append(info)
    counted = [info for info in plan if _counted(info.filename)]
    declared = sum(info.file_size for info in counted)
    if len(counted) > MAX_FILES or declared > MAX_TOTAL_BYTES:
        problems.append(_too_big(len(counted), declared))
    if problems:
        raise BankError(origin, problems)
    return plan


def _read_zip(path: Path) -> dict[str, bytes]:
    origin = str(path)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        hint = "a .casebank file is made by 'casebank pack'; this one is damaged or not a bank"
        raise BankError(
            origin, [Problem(path.name, 0, f"not a readable .casebank file ({exc})", hint)]
        ) from exc
    with archive:
        plan = _plan(origin, archive.infolist())
        files: dict[str, bytes] = {}
        for info in plan:
            try:
                files[info.filename] = guard.read_entry(archive, info, guard.BANK)
            except guard.UnsafeEntryError as exc:
                raise BankError(origin, [_refuse(info.filename, exc.refusal)]) from exc
    if CHECKSUMS not in files:
        raise BankError(
            origin,
            [
                Problem(
                    CHECKSUMS,
                    0,
                    "the packed bank has no checksum list",
                    "pack banks with 'casebank pack DIR -o FILE.casebank'",
                )
            ],
        )
    _verify_checksums(origin, files)
    return files


def checksum_text(files: dict[str, bytes]) -> str:
    """The checksum list of a bank's files, in the format ``sha256sum -c`` reads."""
    lines = [
        f"{hashlib.sha256(data).hexdigest()}  {name}\n"
        for name, data in sorted(files.items())
        if name != CHECKSUMS
    ]
    return "".join(lines)


def _verify_checksums(origin: str, files: dict[str, bytes]) -> None:
    problems: list[Problem] = []
    listed: dict[str, str] = {}
    try:
        text = files[CHECKSUMS].decode("utf-8")
    except UnicodeDecodeError:
        text = ""
    for number, line in enumerate(text.splitlines(), 1):
        digest, sep, name = line.partition("  ")
        if not sep or len(digest) != 64:
            problems.append(Problem(CHECKSUMS, number, "not a checksum line"))
            continue
        listed[name] = digest
    for name, data in files.items():
        if name == CHECKSUMS:
            continue
        if name not in listed:
            problems.append(
                Problem(
                    shown(name),
                    0,
                    "the file is not in the checksum list",
                    "the bank was changed after packing; pack it again",
                )
            )
        elif hashlib.sha256(data).hexdigest() != listed[name]:
            problems.append(
                Problem(
                    shown(name),
                    0,
                    "the file does not match its checksum",
                    "the bank is damaged or was changed after packing; get a fresh copy",
                )
            )
    for name in listed.keys() - files.keys():
        problems.append(
            Problem(
                shown(name),
                0,
                "a file in the checksum list is missing from the bank",
                "the bank is incomplete; get a fresh copy",
            )
        )
    if problems:
        raise BankError(origin, problems)
