"""The languages Casewise speaks, as data: one folder each under ``resources/languages/``.

A language's folder holds ``language.toml`` (its name, locale, direction, calendar and digits),
``pdf.toml`` (the PDF's words, read by `casebank.pdf.labels`) and ``starter/`` (the starter
bank, written by `casebank.starter`); its interface strings are
``resources/translations/casewise_<code>.ts``. docs/translations.md lists the steps to add one,
and tests/casebank/test_translations_data.py fails when a language lacks any of them.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from casebank.language import base_language
from casebank.resources import RESOURCES

LANGUAGES = RESOURCES / "languages"
ENGLISH = "en"  # the source language, and what a language without a folder gets
CALENDARS = ("gregorian", "solar-hijri")
ABOUT = "language.toml"
PDF_WORDS = "pdf.toml"
STARTER = "starter"


@dataclass(frozen=True, slots=True)
class Language:
    """A language Casewise ships, as its ``language.toml`` describes it."""

    code: str  # "en", "de", "fa": the folder's name
    name: str  # as its speakers write it, for the language menu
    locale: str  # the Qt locale for numbers and dates in the window
    right_to_left: bool
    calendar: str  # one of CALENDARS
    digits: str  # 0 to 9 as the PDF writes them
    decimal: str  # the PDF's decimal separator
    plural_forms: int  # forms of a plural in the .ts file
    # Whether menus and buttons underline their Alt+letter: under Persian letters the line reads
    # as their dots (ن would look like ی), so Persian hides it; the Alt+letter keys still work.
    underline_mnemonics: bool


@cache
def shipped() -> dict[str, Language]:
    """Every language with a folder, by code, English first."""
    codes = sorted(p.name for p in LANGUAGES.iterdir() if (p / ABOUT).is_file())
    codes.sort(key=lambda code: code != ENGLISH)
    return {code: _read(code) for code in codes}


def _read(code: str) -> Language:
    with (LANGUAGES / code / ABOUT).open("rb") as file:
        return Language(code=code, **tomllib.load(file))


def folder(language: str) -> Path:
    """The data folder of a BCP 47 tag's base language; English's when it has none."""
    base = base_language(language)
    if base.isalpha() and (LANGUAGES / base / ABOUT).is_file():
        return LANGUAGES / base
    return LANGUAGES / ENGLISH


def language(tag: str) -> Language:
    """The shipped language for a BCP 47 tag; English when it has no folder."""
    return shipped()[folder(tag).name]
