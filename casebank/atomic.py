"""Writing a file so that it is either whole or absent: never half-written.

Every file Casewise writes for the user (a packed bank, a PDF, the app's copy of a bank) goes
through `write_atomically`: the bytes go to a temporary file beside the target, are flushed to
the disk, and only then renamed over the target. A full disk or a crash leaves the previous
file, if any, untouched.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from casebank.errors import UserError


def write_atomically(target: Path, data: bytes) -> None:
    """Write `data` to `target` atomically.

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
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise UserError(f"cannot write to {folder}: {exc.strerror}; choose another folder") from exc
    temporary = Path(name)
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
