"""The words the PDF prints around the student's text, in the question's language.

They are data, not code: ``resources/languages/<language>/pdf.toml`` holds the answer PDF's
words (``[answer]``) and the class summary's (``[summary]``); its ``language.toml`` says how the
language writes numbers and dates (digits, decimal separator, calendar). A language without a
folder gets English. Persian numbers use Persian digits and dates the Solar Hijri calendar, as
Iranian schools and universities write them. docs/translations.md says how to add a language.
"""

from __future__ import annotations

import datetime
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from casebank import translations


@dataclass(frozen=True, slots=True)
class Labels:
    """Every fixed text of the document, for one language."""

    language: str
    answer_to: str
    bank: str
    case: str
    question: str
    student: str
    date: str
    mode: str
    practice: str
    exam: str
    drill: str
    assessment: str
    marked_by_tutor: str
    time_spent: str
    words: str
    coverage: str
    your_answer: str
    legend_note: str
    rubric: str
    number: str
    argument: str
    marks: str
    detected: str
    self_assessment: str
    agreement: str
    total: str
    covered: str
    partly: str
    missing: str
    self_only: str
    none: str
    fully: str
    agrees: str
    differs: str
    not_assessed: str
    agree_count: str
    rubric_note: str
    feedback: str
    evidence: str
    model_answer: str
    case_text: str
    page: str
    minutes: str
    minutes_suggested: str
    words_range: str
    words_min: str
    words_max: str
    words_over: str
    words_under: str
    coverage_summary: str
    not_detected: str
    image: str
    months: tuple[str, ...]
    date_format: str
    digits: str  # 0 to 9 as the language writes them
    decimal: str
    calendar: str  # one of `casebank.translations.CALENDARS`

    def num(self, value: float | int) -> str:
        """A number as this language writes it: at most one decimal, its own digits."""
        if isinstance(value, float) and not value.is_integer():
            text = f"{value:.1f}".replace(".", self.decimal)
        else:
            text = str(round(value))
        return text.translate(str.maketrans("0123456789", self.digits))

    def day(self, when: datetime.date) -> str:
        """A date, written out."""
        if self.calendar == "solar-hijri":
            year, month, day = gregorian_to_solar_hijri(when.year, when.month, when.day)
        else:
            year, month, day = when.year, when.month, when.day
        return self.date_format.format(
            day=self.num(day), month=self.months[month - 1], year=self.num(year)
        )

    def duration(self, seconds: int, suggested: int | None) -> str:
        """Time spent in minutes, with the suggested time when the question has one."""
        minutes = self.num(max(0, round(seconds / 60)))
        if suggested:
            return self.minutes_suggested.format(minutes=minutes, suggested=self.num(suggested))
        return self.minutes.format(minutes=minutes)


@lru_cache(maxsize=16)
def pdf_words(language: str) -> dict[str, Any]:
    """The tables of a language's ``pdf.toml`` (English for a language without one)."""
    with (translations.folder(language) / translations.PDF_WORDS).open("rb") as file:
        return tomllib.load(file)


@lru_cache(maxsize=16)
def labels_for(language: str) -> Labels:
    """The labels for a BCP 47 language tag; English when there are none for it."""
    spoken = translations.language(language)
    answer = dict(
        pdf_words(language)["answer"], months=tuple(pdf_words(language)["answer"]["months"])
    )
    return Labels(
        language=spoken.code,
        **answer,
        digits=spoken.digits,
        decimal=spoken.decimal,
        calendar=spoken.calendar,
    )


def gregorian_to_solar_hijri(year: int, month: int, day: int) -> tuple[int, int, int]:
    """A Gregorian date in the Solar Hijri (Persian) calendar: (year, month, day)."""
    days_before = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
    leap_year = year + 1 if month > 2 else year
    days = (
        355666
        + 365 * year
        + (leap_year + 3) // 4
        - (leap_year + 99) // 100
        + (leap_year + 399) // 400
        + day
        + days_before[month - 1]
    )
    hijri = -1595 + 33 * (days // 12053)
    days %= 12053
    hijri += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        hijri += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        return hijri, 1 + days // 31, 1 + days % 31
    return hijri, 7 + (days - 186) // 30, 1 + (days - 186) % 30
