"""Spell-checking without Qt: the three languages, the case's own words, suggestions and the
student's dictionary (which survives a restart)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from casebank.errors import UserError
from casebank.loader import load
from casebank.model import Bank
from desktop.spelling import (
    Dictionary,
    PersonalDictionary,
    Speller,
    accepted_words,
    dictionary_for,
)

BANKS = Path(__file__).resolve().parents[2] / "resources" / "banks"


@cache
def bank(name: str) -> Bank:
    return load(BANKS / name)


def dictionary(language: str) -> Dictionary:
    found = dictionary_for(language)
    assert found is not None, f"no {language} dictionary: run packaging/system-deps.sh"
    assert not found.missing, f"install {' '.join(found.missing)}"
    return found


def flagged(speller: Speller, text: str) -> list[str]:
    return [m.word for m in speller.misspellings(text)]


def test_english_flags_slips_and_passes_real_words():
    speller = Speller(dictionary("en"))
    text = "The goverment should recieve more complaints; its customers' favourite colour is teh."
    assert flagged(speller, text) == ["goverment", "recieve", "teh"]
    spans = {m.word: (m.start, m.end) for m in speller.misspellings(text)}
    start, end = spans["recieve"]
    assert text[start:end] == "recieve"


def test_german_knows_compounds_and_capitalised_nouns():
    speller = Speller(dictionary("de"))
    text = "Die Arbeitgebermarke gewinnt Glaubwürdigkeit, aber die Kundenbeziehnug leidet im haus."
    assert flagged(speller, text) == ["Kundenbeziehnug", "haus"]


def test_persian_accepts_zwnj_joined_and_spaced_spellings():
    speller = Speller(dictionary("fa"))
    right = "من می‌خواهم میخواهم الگوریتم‌ها را برای کودکان و کتاب ها تغییر دهم."
    assert flagged(speller, right) == []
    assert flagged(speller, "مسولیت این شرکت") == ["مسولیت"]
    assert "مسئولیت" in speller.suggestions("مسولیت")


def test_words_in_another_script_numbers_and_acronyms_are_not_checked():
    assert flagged(Speller(dictionary("fa")), "شرکت Facebook در سال ۲۰۲۳ رشد کرد") == []
    assert flagged(Speller(dictionary("en")), "ROI rose 12% in 2023 (KPIx2)") == []


def test_suggestions_put_the_likely_word_first():
    speller = Speller(dictionary("en"))
    assert speller.suggestions("recieve")[0] == "receive"
    assert "Haus" in Speller(dictionary("de")).suggestions("haus")


def test_case_and_rubric_words_are_never_flagged():
    en = bank("brands-social-media")
    question = en.question("amazon-international/platform-roles")
    case = en.case(question.case_id)
    accepted = accepted_words(case, question)
    assert "Spark" in accepted
    plain = Speller(dictionary("en"))
    assert "Spark" not in flagged(plain, "Amazon Spark")  # a real English word anyway
    speller = Speller(dictionary("en"), accepted)
    # Names from the case: the plain dictionary flags them, the question's speller does not.
    names = [w for w in accepted if w[:1].isupper() and not plain.is_correct(w)]
    assert names, "the case should name something no dictionary knows"
    assert flagged(speller, " ".join(names)) == []
    # A slip on a case name is still a slip, and the name is suggested first.
    zappos = bank("brands-social-media")
    q = next(
        q
        for c in zappos.cases
        for q in c.questions
        if "Zappos" in accepted_words(c, q) and not plain.is_correct("Zappos")
    )
    with_zappos = Speller(dictionary("en"), accepted_words(zappos.case(q.case_id), q))
    assert flagged(with_zappos, "Zappos and Zapos") == ["Zapos"]
    assert with_zappos.suggestions("Zapos")[0] == "Zappos"


def test_added_word_persists_across_restarts(tmp_path: Path):
    data = tmp_path / "data"
    data.mkdir()
    speller = Speller(dictionary("en"), personal=PersonalDictionary.open(data, "en"))
    assert flagged(speller, "Casewise helps") == ["Casewise"]
    speller.add("Casewise")
    assert flagged(speller, "Casewise helps") == []
    # A new session reads the file back.
    again = Speller(dictionary("en"), personal=PersonalDictionary.open(data, "en-GB"))
    assert flagged(again, "casewise Casewise") == []
    assert (data / "spelling" / "en.txt").read_text(encoding="utf-8") == "Casewise\n"
    # Each language has its own dictionary.
    assert PersonalDictionary.open(data, "de").words == set()


def test_ignore_lasts_for_the_session_only(tmp_path: Path):
    speller = Speller(dictionary("en"), personal=PersonalDictionary.open(tmp_path, "en"))
    speller.ignore("Brandwatchy")
    assert flagged(speller, "Brandwatchy") == []
    fresh = Speller(dictionary("en"), personal=PersonalDictionary.open(tmp_path, "en"))
    assert flagged(fresh, "Brandwatchy") == ["Brandwatchy"]


def test_unreadable_personal_dictionary_says_what_to_do(tmp_path: Path):
    (tmp_path / "spelling").mkdir()
    (tmp_path / "spelling" / "en.txt").write_bytes(b"\xff\xfe\xfa broken")
    with pytest.raises(UserError, match="delete the file"):
        PersonalDictionary.open(tmp_path, "en")


def test_a_language_without_any_list_has_no_dictionary():
    assert dictionary_for("ja") is None
