"""The words the PDF prints around the student's text, in the question's language.

English, German and Persian have their own wording; other languages get English. Persian numbers
use Persian digits and dates the Solar Hijri calendar, as Iranian schools and universities write
them.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from casebank.language import base_language

_PERSIAN_DIGITS = str.maketrans("0123456789.", "۰۱۲۳۴۵۶۷۸۹٫")


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

    @property
    def persian(self) -> bool:
        """Whether numbers are written with Persian digits."""
        return self.language == "fa"

    def num(self, value: float | int) -> str:
        """A number as this language writes it: at most one decimal, its own digits."""
        if isinstance(value, float) and not value.is_integer():
            text = f"{value:.1f}"
            if self.language == "de":
                text = text.replace(".", ",")
        else:
            text = str(round(value))
        return text.translate(_PERSIAN_DIGITS) if self.persian else text

    def day(self, when: datetime.date) -> str:
        """A date, written out."""
        if self.persian:
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


ENGLISH = Labels(
    language="en",
    answer_to="Answer",
    bank="Bank",
    case="Case",
    question="Question",
    student="Student",
    date="Date",
    mode="Mode",
    practice="Practice",
    exam="Exam",
    drill="Recall drill",
    assessment="Assessment",
    marked_by_tutor="Marked by tutor",
    time_spent="Time spent",
    words="Words",
    coverage="Coverage",
    your_answer="Answer",
    legend_note=(
        "Highlighted words are the evidence Casewise found for a key argument; the tag in the "
        "margin says which."
    ),
    rubric="Rubric",
    number="Tag",
    argument="Key argument",
    marks="Marks",
    detected="Detected",
    self_assessment="Self-assessment",
    agreement="Agreement",
    total="Total",
    covered="covered",
    partly="partly",
    missing="missing",
    self_only="self-assessed only",
    none="none",
    fully="fully",
    agrees="agrees",
    differs="differs",
    not_assessed="–",
    agree_count="{agree} of {total} agree",
    rubric_note=(
        "Detection shows whether an argument is present in the answer, not whether it is right "
        "or well argued. Marks in the totals are estimates: covered counts in full, partly in "
        "part."
    ),
    feedback="Feedback",
    evidence="Evidence",
    model_answer="Model answer",
    case_text="Appendix: the case",
    page="Page {page} of {pages}",
    minutes="{minutes} min",
    minutes_suggested="{minutes} min (suggested {suggested} min)",
    words_range="{words} (limit {min}–{max})",
    words_min="{words} (at least {min})",
    words_max="{words} (at most {max})",
    words_over="{count} over the limit",
    words_under="{count} short of the minimum",
    coverage_summary="{covered} covered, {partly} partly, {missing} missing of {total} arguments",
    not_detected="not detected automatically: all {total} arguments are self-assessed",
    image="Figure",
    months=(
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    date_format="{day} {month} {year}",
)

GERMAN = Labels(
    language="de",
    answer_to="Antwort",
    bank="Fallsammlung",
    case="Fall",
    question="Aufgabe",
    student="Name",
    date="Datum",
    mode="Modus",
    practice="Übung",
    exam="Prüfung",
    drill="Abrufübung",
    assessment="Bewertung",
    marked_by_tutor="Von der Lehrkraft korrigiert",
    time_spent="Bearbeitungszeit",
    words="Wörter",
    coverage="Abdeckung",
    your_answer="Antwort",
    legend_note=(
        "Markierte Wörter sind die Belege, die Casewise für ein Kernargument gefunden hat; das "
        "Kürzel am Rand sagt, für welches."
    ),
    rubric="Bewertungsraster",
    number="Kürzel",
    argument="Kernargument",
    marks="Punkte",
    detected="Erkannt",
    self_assessment="Selbsteinschätzung",
    agreement="Übereinstimmung",
    total="Summe",
    covered="abgedeckt",
    partly="teilweise",
    missing="fehlt",
    self_only="nur Selbsteinschätzung",
    none="nicht",
    fully="ganz",
    agrees="stimmt überein",
    differs="weicht ab",
    not_assessed="–",
    agree_count="{agree} von {total} stimmen überein",
    rubric_note=(
        "Die Erkennung zeigt, ob ein Argument in der Antwort vorkommt, nicht, ob es richtig oder "
        "gut begründet ist. Die Punkte in der Summe sind Schätzungen: abgedeckt zählt ganz, "
        "teilweise anteilig."
    ),
    feedback="Rückmeldung",
    evidence="Belege",
    model_answer="Musterlösung",
    case_text="Anhang: der Fall",
    page="Seite {page} von {pages}",
    minutes="{minutes} Min.",
    minutes_suggested="{minutes} Min. (empfohlen {suggested} Min.)",
    words_range="{words} (Vorgabe {min}–{max})",
    words_min="{words} (mindestens {min})",
    words_max="{words} (höchstens {max})",
    words_over="{count} über der Grenze",
    words_under="{count} unter dem Minimum",
    coverage_summary=(
        "{covered} abgedeckt, {partly} teilweise, {missing} fehlen von {total} Argumenten"
    ),
    not_detected="nicht automatisch erkannt: alle {total} Argumente werden selbst eingeschätzt",
    image="Abbildung",
    months=(
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ),
    date_format="{day}. {month} {year}",
)

PERSIAN = Labels(
    language="fa",
    answer_to="پاسخ",
    bank="مجموعه",
    case="مورد",
    question="پرسش",
    student="نام",
    date="تاریخ",
    mode="حالت",
    practice="تمرین",
    exam="آزمون",
    drill="تمرین یادآوری",
    assessment="ارزیابی",
    marked_by_tutor="تصحیح‌شده توسط مدرس",
    time_spent="زمان صرف‌شده",
    words="تعداد واژه‌ها",
    coverage="پوشش",
    your_answer="پاسخ",
    legend_note=(
        "واژه‌های رنگی شواهدی هستند که Casewise برای یک استدلال کلیدی یافته است؛ برچسب کنار "
        "سطر نشان می‌دهد کدام استدلال."
    ),
    rubric="جدول ارزیابی",
    number="برچسب",
    argument="استدلال کلیدی",
    marks="نمره",
    detected="تشخیص",
    self_assessment="خودارزیابی",
    agreement="هم‌خوانی",
    total="جمع",
    covered="پوشش داده شده",
    partly="تا حدی",
    missing="نیامده",
    self_only="فقط خودارزیابی",
    none="هیچ",
    fully="کامل",
    agrees="هم‌خوان",
    differs="ناهم‌خوان",
    not_assessed="–",
    agree_count="{agree} از {total} هم‌خوان",
    rubric_note=(
        "تشخیص فقط نشان می‌دهد که استدلالی در پاسخ آمده است، نه اینکه درست یا خوب استدلال شده "
        "باشد. نمره‌های جمع تخمینی‌اند: پوشش کامل همهٔ نمره و پوشش ناقص بخشی از آن را می‌گیرد."
    ),
    feedback="بازخورد",
    evidence="شواهد",
    model_answer="پاسخ نمونه",
    case_text="پیوست: متن مورد",
    page="صفحهٔ {page} از {pages}",
    minutes="{minutes} دقیقه",
    minutes_suggested="{minutes} دقیقه (پیشنهادی {suggested} دقیقه)",
    words_range="{words} (حد {min} تا {max})",
    words_min="{words} (دست‌کم {min})",
    words_max="{words} (حداکثر {max})",
    words_over="{count} واژه بیش از حد",
    words_under="{count} واژه کمتر از حداقل",
    coverage_summary=(
        "{covered} پوشش داده شده، {partly} تا حدی، {missing} نیامده از {total} استدلال"
    ),
    not_detected="به‌طور خودکار تشخیص داده نمی‌شود: همهٔ {total} استدلال با خودارزیابی سنجیده می‌شوند",
    image="تصویر",
    months=(
        "فروردین",
        "اردیبهشت",
        "خرداد",
        "تیر",
        "مرداد",
        "شهریور",
        "مهر",
        "آبان",
        "آذر",
        "دی",
        "بهمن",
        "اسفند",
    ),
    date_format="{day} {month} {year}",
)

_BY_LANGUAGE = {"en": ENGLISH, "de": GERMAN, "fa": PERSIAN}


def labels_for(language: str) -> Labels:
    """The labels for a BCP 47 language tag; English when there are none for it."""
    return _BY_LANGUAGE.get(base_language(language), ENGLISH)


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
