"""Writing a file so that it is either whole or absent: never half-written.

Every file Casewise writes for the user (a packed bank, a PDF, a CSV of marks, the app's copy of
a bank) goes through `write_atomically`: the bytes go to a temporary file beside the target, are
flushed to the disk, and only then renamed over the target. A full disk or a crash leaves the
previous file, if any, untouched.

A file written for the user gets the permissions any program would give it: read and write for
everyone, less the user's umask (0644 with the usual 022), so that a classmate or a shared folder
can read the PDF. Only what is the student's alone, the study database and its backups, is
`PRIVATE`.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from casebank.errors import UserError

PRIVATE = 0o600  # readable and writable by the owner alone
_SHARED = 0o666  # the umask takes away what the user does not give others
_TRIES = 100


def write_atomically(target: Path, data: bytes, *, private: bool = False) -> None:
    """Write `data` to `target` atomically.

    Args:
        target: the file to write; an existing file is replaced.
        data: its new content.
        private: readable by the owner alone (`PRIVATE`) instead of as the umask allows.

    Raises:
        UserError: the target is a folder, its folder is missing or not writable, or the disk is
            full; the message says what to do, and nothing was written.
    """
    folder = target.parent if str(target.parent) else Path()
    try:
        if target.is_dir():
            raise UserError(f"cannot write {target}: it is a folder; give a file name inside it")
        if not folder.exists():
            raise UserError(f"cannot write {target}: the folder {folder} does not exist")
    except OSError as exc:  # a name too long for the file system, a folder we may not enter
        raise UserError(
            f"cannot write {target}: {exc.strerror or exc}; choose another name or folder"
        ) from exc
    try:
        handle, temporary = _create_beside(target, folder, PRIVATE if private else _SHARED)
    except OSError as exc:
        raise UserError(
            f"cannot write to {folder}: {exc.strerror or exc}; choose another folder"
        ) from exc
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        temporary.replace(target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        reason = exc.strerror or str(exc)
        raise UserError(
            f"cannot write {target}: {reason}; nothing was written. "
            "Free some disk space or choose another folder."
        ) from exc


def _create_beside(target: Path, folder: Path, mode: int) -> tuple[int, Path]:
    """A new, empty temporary file in `folder`, opened for writing, with `mode` less the umask.

    Not `tempfile.mkstemp`: it always makes the file 0600, whatever the umask says.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(_TRIES):
        temporary = folder / f".{target.name}.{secrets.token_hex(4)}.part"
        try:
            return os.open(temporary, flags, mode), temporary
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {target}")
