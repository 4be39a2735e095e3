"""Fixtures for the PDF export: starter banks in three languages, and ways to read a PDF back."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

from casebank.loader import load
from casebank.model import Bank
from casebank.starter import new_bank

GOLDEN = Path(__file__).parent / "golden"
QUESTION = "corner-bakery/channel"
# Directional controls that pdftotext puts around runs of the other direction.
_BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture(scope="session")
def starter(tmp_path_factory: pytest.TempPathFactory):
    """The starter bank of a language, made once per session: ``starter("fa")``."""
    made: dict[str, Bank] = {}

    def make(language: str) -> Bank:
        if language not in made:
            folder = tmp_path_factory.mktemp(f"starter-{language}") / "bank"
            new_bank(folder, language)
            made[language] = load(folder)
        return made[language]

    return make


def answer(language: str) -> str:
    """The golden answer in a language."""
    return (GOLDEN / f"answer-{language}.md").read_text(encoding="utf-8")


def needs(tool: str) -> str:
    """The path of a poppler tool; the test is skipped where poppler-utils is missing."""
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} is not installed (poppler-utils; see packaging/system-deps.sh)")
    return path


def pdftotext(pdf: Path, *args: str) -> str:
    """The PDF's text layer as pdftotext reads it, without the bidi controls it inserts."""
    result = subprocess.run(
        [needs("pdftotext"), *args, str(pdf), "-"], capture_output=True, check=True, text=True
    )
    return _BIDI_CONTROLS.sub("", result.stdout)


@dataclass(frozen=True)
class Word:
    """A word of the text layer and its box, in points from the page's top left."""

    text: str
    page: int
    left: float
    top: float
    right: float
    bottom: float

    @property
    def middle(self) -> float:
        """The vertical middle of the word."""
        return (self.top + self.bottom) / 2


def words(pdf: Path) -> list[Word]:
    """Every word of the PDF with its position (pdftotext -bbox)."""
    html = pdftotext(pdf, "-bbox")
    html = re.sub(r"<!DOCTYPE[^>]*>", "", html)
    root = ET.fromstring(html)
    found = []
    for number, page in enumerate(root.iter("{http://www.w3.org/1999/xhtml}page"), 1):
        for word in page.iter("{http://www.w3.org/1999/xhtml}word"):
            found.append(
                Word(
                    word.text or "",
                    number,
                    float(word.get("xMin", 0)),
                    float(word.get("yMin", 0)),
                    float(word.get("xMax", 0)),
                    float(word.get("yMax", 0)),
                )
            )
    return found


def outline(pdf: Path) -> list[str]:
    """The titles of the PDF's bookmarks, in order (pdftohtml -xml)."""
    result = subprocess.run(
        [needs("pdftohtml"), "-xml", "-i", "-q", "-stdout", str(pdf)],
        capture_output=True,
        check=True,
        text=True,
    )
    return [
        _BIDI_CONTROLS.sub("", m) for m in re.findall(r"<item[^>]*>(.*?)</item>", result.stdout)
    ]


def info(pdf: Path) -> dict[str, str]:
    """The PDF's document information, as pdfinfo prints it."""
    result = subprocess.run(
        [needs("pdfinfo"), str(pdf)], capture_output=True, check=True, text=True
    )
    fields = {}
    for line in result.stdout.splitlines():
        key, _, value = line.partition(":")
        fields[key.strip()] = value.strip()
    return fields


def squeeze(text: str) -> str:
    """Only the letters, marks and digits of a text, to compare the order of words and letters.

    A PDF holds right-to-left text in visual order, and readers rebuild the logical order by
    guessing each character's direction. Poppler takes spaces and punctuation (the Persian comma
    too) for left-to-right, so it puts a space or a comma beside a number or a Latin word on the
    wrong side of it ("کند ،چون"). Letters, words and numbers must still come back in order, and
    that is what a test compares.
    """
    return "".join(c for c in text if unicodedata.category(c)[0] in "LMN")
