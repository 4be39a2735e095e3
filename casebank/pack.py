"""Packing a bank folder into one reproducible ``.casebank`` file."""

from __future__ import annotations

import hashlib
import io
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from casebank.archive import BANK_SUFFIX, CHECKSUMS, checksum_text
from casebank.atomic import write_atomically
from casebank.errors import UserError
from casebank.problems import BankError, errors_in
from casebank.validate import validate

# Zip timestamps cannot go before 1980; every entry gets this one so the bytes never depend on when
# or where the bank was packed.
_EPOCH = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True, slots=True)
class Packed:
    """What `pack` wrote, and the rubric tests it left out (see `pack`)."""

    path: Path
    files: int
    size: int
    sha256: str
    samples_left_out: int = 0


def is_sample(name: str) -> bool:
    """Whether a file of a bank is a rubric test: ``cases/<case>/samples/…``."""
    parts = name.split("/")
    return len(parts) > 3 and parts[0] == "cases" and parts[2] == "samples"


def pack(source: Path, output: Path, *, with_samples: bool = False) -> Packed:
    """Validate a bank folder and write it as a ``.casebank`` file.

    The rubric tests (``cases/<case>/samples/``) are run by the validation, and then left out:
    they are full-mark sample answers, or real students' answers, and a ``.casebank`` goes to
    students. `with_samples` keeps them, for a bank shared with other tutors.

    The same files always give the same bytes: entries are sorted, with fixed timestamps and
    permissions, and a ``CHECKSUMS.sha256`` list that loading verifies. The file is written to a
    temporary name and renamed into place, so a failure never leaves half a bank behind.

    Raises:
        BankError: the bank does not validate; nothing is written.
        UserError: the output cannot be written (no space, no permission); nothing is left.
    """
    if not source.is_dir():
        raise UserError(f"{source} is not a folder: 'casebank pack' packs a bank folder")
    report = validate(source)
    if not report.ok or report.bank is None:
        raise BankError(str(source), errors_in(report.problems) or report.problems)
    files = dict(report.bank.files)
    left_out = 0
    if not with_samples:
        left_out = sum(len(case.samples) for case in report.bank.cases)
        files = {name: data for name, data in files.items() if not is_sample(name)}
    data = packed_bytes(files)
    output = output if output.suffix else output.with_suffix(BANK_SUFFIX)
    write_atomically(output, data)
    count = len({*files, CHECKSUMS})
    return Packed(output, count, len(data), hashlib.sha256(data).hexdigest(), left_out)


def packed_bytes(files: Mapping[str, bytes]) -> bytes:
    """The ``.casebank`` bytes of a bank's files (as a loaded `Bank` holds them), with checksums.

    The caller must have validated the files; `pack` does.
    """
    contents = {k: v for k, v in files.items() if k != CHECKSUMS}
    contents[CHECKSUMS] = checksum_text(contents).encode("utf-8")
    return _zip(contents)


def _zip(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o100644 << 16
            archive.writestr(info, files[name], compresslevel=9)
    return buffer.getvalue()
