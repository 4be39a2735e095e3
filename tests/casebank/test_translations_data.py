"""A language is one folder of data plus its .ts file (docs/translations.md, "Adding a
language"): these tests fail when a shipped language lacks any part of it."""

from __future__ import annotations

import dataclasses
import shutil
import string
import tomllib
from pathlib import Path

import pytest

from casebank import translations
from casebank.pdf.labels import Labels, labels_for
from casebank.pdf.summary import SummaryLabels, summary_labels
from casebank.problems import Severity
from casebank.resources import RESOURCES
from casebank.starter import new_bank
from casebank.validate import validate

TS = RESOURCES / "translations"
# Filled in from the language's language.toml, not from its pdf.toml.
FROM_LANGUAGE = {"language", "digits", "decimal", "calendar"}


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def missing_parts(folder: Path, english: Path) -> list[str]:
    """What the language in `folder` lacks, compared with English; empty when complete."""
    code = folder.name
    problems: list[str] = []
    if not (TS / f"casewise_{code}.ts").is_file():
        problems.append(f"no resources/translations/casewise_{code}.ts")
    about = folder / translations.ABOUT
    if not about.is_file():
        return [*problems, f"no {about.name}"]
    described = tomllib.loads(about.read_text(encoding="utf-8"))
    wanted = {f.name for f in dataclasses.fields(translations.Language)} - {"code"}
    if set(described) != wanted:
        problems.append(f"{about.name} has {sorted(described)}, not {sorted(wanted)}")
    elif described["calendar"] not in translations.CALENDARS or len(described["digits"]) != 10:
        problems.append(f"{about.name}: calendar or digits not understood")
    words = folder / translations.PDF_WORDS
    if not words.is_file():
        return [*problems, f"no {words.name}"]
    ours = tomllib.loads(words.read_text(encoding="utf-8"))
    theirs = tomllib.loads((english / translations.PDF_WORDS).read_text(encoding="utf-8"))
    for table, fields in (("answer", Labels), ("summary", SummaryLabels)):
        names = {f.name for f in dataclasses.fields(fields)} - FROM_LANGUAGE
        given = ours.get(table, {})
        if set(given) != names:
            problems.append(f"{words.name} [{table}] lacks {sorted(names - set(given))}")
            continue
        for name, value in given.items():
            if isinstance(value, str) and placeholders(value) != placeholders(theirs[table][name]):
                problems.append(f"{words.name} [{table}] {name} changes its {{placeholders}}")
    if len(ours.get("answer", {}).get("months", ())) != 12:
        problems.append(f"{words.name}: months is not twelve names")
    starter = folder / translations.STARTER

    def files(root: Path) -> set[str]:
        return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}

    if files(starter) != files(english / translations.STARTER):
        problems.append(f"{translations.STARTER}/ does not hold the files English's does")
    return problems


@pytest.mark.parametrize("code", sorted(translations.shipped()))
def test_each_language_has_every_part(code: str):
    english = translations.LANGUAGES / translations.ENGLISH
    assert missing_parts(translations.LANGUAGES / code, english) == []


def test_each_ts_file_has_its_language_folder():
    codes = {p.stem.removeprefix("casewise_") for p in TS.glob("casewise_*.ts")}
    assert codes == set(translations.shipped())


@pytest.mark.parametrize("code", sorted(translations.shipped()))
def test_each_language_s_starter_bank_validates_and_its_pdf_speaks_it(code: str, tmp_path: Path):
    new_bank(tmp_path / "bank", code)
    report = validate(tmp_path / "bank")
    assert [p.message for p in report.problems if p.severity is Severity.ERROR] == []
    assert labels_for(f"{code}-XX").language == code
    assert summary_labels(code) == SummaryLabels(**translations_words(code)["summary"])


def translations_words(code: str) -> dict[str, dict[str, str]]:
    path = translations.LANGUAGES / code / translations.PDF_WORDS
    return tomllib.loads(path.read_text(encoding="utf-8"))


def test_a_language_missing_a_part_is_reported(tmp_path: Path):
    english = translations.LANGUAGES / translations.ENGLISH
    partial = tmp_path / "xx"
    shutil.copytree(english, partial)
    (partial / translations.STARTER / "bank.toml").unlink()
    words = (partial / translations.PDF_WORDS).read_text(encoding="utf-8")
    (partial / translations.PDF_WORDS).write_text(
        words.replace('page = "Page {page} of {pages}"\n', 'page = "Page {page}"\n'),
        encoding="utf-8",
    )
    assert missing_parts(partial, english) == [
        "no resources/translations/casewise_xx.ts",
        "pdf.toml [answer] page changes its {placeholders}",
        "starter/ does not hold the files English's does",
    ]


def test_a_language_without_a_folder_gets_english():
    assert translations.folder("sw") == translations.LANGUAGES / translations.ENGLISH
    assert translations.folder("../..") == translations.LANGUAGES / translations.ENGLISH
    assert labels_for("sw").language == "en"
    assert translations.folder("de-AT").name == "de"
