"""`casebank new`: a small, complete bank to start from, in English, German or Persian.

The starter validates as it is, and shows every part of the format once: a manifest, a case with a
table, a question with a rubric whose cues use inflection, phrases, prefixes and co-occurrence, and
a sample answer that tests the rubric. The files are data, one folder per language
(``resources/languages/<language>/starter/``); other languages get the English text with their
language tag, ready to be translated.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path

from casebank import translations
from casebank.errors import UserError
from casebank.loader import LANGUAGE


def template(language: str) -> dict[str, str]:
    """The starter bank's files for a language (English's for one without its own), by their
    path in the bank, with the placeholders left in."""
    folder = translations.folder(language) / translations.STARTER
    return {
        path.relative_to(folder).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def new_bank(directory: Path, language: str) -> list[Path]:
    """Write a starter bank into `directory`, which must not exist or be empty.

    Returns:
        The files written.

    Raises:
        UserError: the language tag is not valid, or the folder holds files already.
    """
    if not LANGUAGE.match(language):
        raise UserError(
            f"{language!r} is not a language tag; use a BCP 47 tag such as en, de or fa"
        )
    if directory.exists() and (not directory.is_dir() or any(directory.iterdir())):
        raise UserError(f"{directory} exists and is not empty; choose a new folder for the bank")
    files = template(language)
    slug = re.sub(r"[^a-z0-9-]+", "-", directory.resolve().name.lower()).strip("-") or "bank"
    if not slug[0].isalpha():
        slug = "bank-" + slug
    # The placeholders the template files leave to fill in; nothing else in them is touched.
    values = {"bank_id": f"org.example.{slug}", "language": language}
    parent = directory.resolve().parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".casebank-new-", dir=parent))
    except OSError as exc:
        raise UserError(f"cannot create {directory}: {exc.strerror}") from exc
    written = []
    try:
        for name, text in files.items():
            target = staging / name
            target.parent.mkdir(parents=True, exist_ok=True)
            for key, value in values.items():
                text = text.replace(f"{{{key}}}", value)
            target.write_text(text, encoding="utf-8")
            written.append(directory / name)
        if directory.exists():
            directory.rmdir()
        staging.replace(directory)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise UserError(f"cannot write the starter bank to {directory}: {exc.strerror}") from exc
    return written
