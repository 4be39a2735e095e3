"""Bringing questions in from H5P, Moodle and QTI, and taking them out again.

`import_files` recognises each file's format from its content (a zip with ``h5p.json``, a zip of
QTI items, Moodle's ``<quiz>``, a QTI ``<qti-assessment-item>``, an H5P ``content.json``), turns its
essay questions into a bank folder that validates, and returns a `Report` of everything it could
not carry over. `export_question` writes one question as an H5P Essay or Moodle XML, with a report
of what the target cannot express. Qt-free; nothing here touches the network.

>>> report = import_files([Path("essay.h5p")], Path("my-bank"))             # doctest: +SKIP
>>> print(report.markdown())                                                # doctest: +SKIP
"""

from __future__ import annotations

import hashlib
from enum import Enum
from pathlib import Path

from casebank.errors import Cancel, CancelledError, UserError
from casebank.interop.draft import DEFAULT_LANGUAGE, DraftCase, bank_files, slug, write_bank
from casebank.interop.h5p import export_h5p, read_h5p
from casebank.interop.moodle import export_moodle, read_moodle
from casebank.interop.qti import is_qti, read_qti_item, read_qti_package
from casebank.interop.report import Report
from casebank.interop.safexml import local, parse_xml
from casebank.interop.safezip import Package, is_zip, read_limited
from casebank.model import Bank

MAX_SOURCE_BYTES = 50 * 1024 * 1024
ID_PART = 40  # the readable part of an imported bank's id
HASH_LENGTH = 8  # hex digits of the sources' hash in an imported bank's id
IMPORTABLE_SUFFIXES = (".h5p", ".xml", ".zip", ".json")


class Format(Enum):
    """The formats `casebank import` reads."""

    H5P = "H5P package"
    H5P_CONTENT = "H5P content.json"
    MOODLE = "Moodle XML"
    QTI_ITEM = "QTI 3 item"
    QTI_PACKAGE = "QTI 3 package"


def detect(path: Path) -> Format:
    """Recognise a file's format from its content.

    Raises:
        UserError: the file is missing, unreadable, or in none of the formats.
    """
    if not path.is_file():
        raise UserError(f"{path} is not a file; give an .h5p, Moodle .xml or QTI .xml/.zip file")
    if is_zip(path):
        with Package(path) as package:
            names = package.names
        if "h5p.json" in names:
            return Format.H5P
        if any(n.lower().endswith(".xml") for n in names):
            return Format.QTI_PACKAGE
        raise UserError(f"{path.name} is a zip, but neither an H5P package nor a QTI package")
    head = read_limited(path, 4096, head=True)
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"{"):
        return Format.H5P_CONTENT
    if stripped.startswith(b"<"):
        if b"<quiz" in head:
            return Format.MOODLE
        if b"qti-assessment-item" in head:
            return Format.QTI_ITEM
        if b"assessmentItem" in head:
            raise UserError(
                f"{path.name} is a QTI 2 item; only QTI 3 (qti-assessment-item) is supported. "
                "Convert it to QTI 3 in your authoring tool"
            )
    raise UserError(
        f"{path.name} is not a format casebank can import; it reads H5P Essay (.h5p or "
        "content.json), Moodle XML (.xml) and QTI 3 items (.xml or a .zip package)"
    )


def read_source(path: Path, report: Report, language: str | None) -> DraftCase:
    """Read one source file into a draft case, whatever its format."""
    fmt = detect(path)
    if fmt in {Format.H5P, Format.H5P_CONTENT}:
        case = read_h5p(path, report, language)
    elif fmt is Format.QTI_PACKAGE:
        case = read_qti_package(path, report, language)
    else:
        root = parse_xml(read_limited(path, MAX_SOURCE_BYTES), path.name)
        if fmt is Format.MOODLE and local(root.tag) == "quiz":
            case = read_moodle(path, root, report, language)
        elif is_qti(root):
            case = read_qti_item(path, root, report, language)
        else:
            raise UserError(f"{path.name}: unexpected root element <{local(root.tag)}>")
    report.map(f"{path.name}: read as {fmt.value}")
    return case


def import_files(
    paths: list[Path],
    output: Path,
    *,
    language: str | None = None,
    title: str = "",
    cancelled: Cancel | None = None,
) -> Report:
    """Import essay questions from `paths` into a new bank folder `output`.

    The bank is validated before it is moved into place; `import-report.md` in it lists what
    was not carried over. The work is linear in the size of the sources. A source that does not
    say its language (or says "und") is in `language`, when given, else in the language its text
    reads as (see `choose_language`).

    Raises:
        UserError: a file cannot be read or is in no known format, `output` exists, or the
            result would not validate. Nothing is written then.
        CancelledError: `cancelled` returned True (it is asked between files, paragraphs and
            questions); nothing is written either.
    """
    if not paths:
        raise UserError("give at least one file to import")
    report = Report("Import of " + ", ".join(Path(p).name for p in paths))
    cases = []
    for path in paths:
        if cancelled is not None and cancelled():
            raise CancelledError("the import was cancelled; nothing was written")
        cases.append(read_source(Path(path), report, language))
    bank_title = title or (
        cases[0].title if len(cases) == 1 else f"Imported questions ({output.name})"
    )
    bank_id = imported_bank_id(paths, title or cases[0].id_hint or cases[0].title)
    files = bank_files(
        cases,
        report,
        language=language or DEFAULT_LANGUAGE,
        bank_id=bank_id,
        title=bank_title,
        cancelled=cancelled,
    )
    write_bank(files, output, report.markdown(), cancelled)
    return report


def imported_bank_id(paths: list[Path], title: str) -> str:
    """The id of a bank imported from `paths`: its title made an id, and a short hash of the
    files' bytes.

    The same files always give the same id, so importing them again gives the same bank (the app
    says it has it already); files that differ in any byte give another id, so an unrelated bank
    never takes the place of one the student has, and attempts stay with their questions.

    Raises:
        UserError: a file cannot be read.
    """
    digest = hashlib.sha256()
    for path in paths:
        try:
            with Path(path).open("rb") as stream:
                source = hashlib.file_digest(stream, "sha256").digest()
        except OSError as exc:
            raise UserError(f"cannot read {path}: {exc.strerror}") from exc
        digest.update(source)
    name = slug(title, "bank")[:ID_PART].strip("-")
    return f"imported.{name}-{digest.hexdigest()[:HASH_LENGTH]}"


def export_question(bank: Bank, key: str, target: str, output: Path) -> Report:
    """Write one question of a bank as an H5P Essay (``h5p``) or Moodle XML (``moodle``).

    Raises:
        UserError: no such question or target, or the file cannot be written.
    """
    from casebank.atomic import write_atomically

    question = bank.question(key)
    report = Report(f"Export of {key} to {'H5P Essay' if target == 'h5p' else 'Moodle XML'}")
    if target == "h5p":
        data = export_h5p(bank, question, report)
    elif target == "moodle":
        data = export_moodle(bank, question, report)
    else:
        raise UserError(f"cannot export to {target!r}; choose h5p or moodle")
    write_atomically(output, data)
    return report
