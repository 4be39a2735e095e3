"""Normalisation and stemming keys: the spellings that must meet, and those that must not."""

from __future__ import annotations

import unicodedata
from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from casebank.language import analyzer_for, is_right_to_left


def keys(language: str, text: str) -> list[frozenset[str]]:
    return [t.keys for t in analyzer_for(language).tokens(text)]


def same_word(language: str, a: str, b: str) -> bool:
    (ka,), (kb,) = keys(language, a), keys(language, b)
    return bool(ka & kb)


def test_english_inflections_share_a_stem():
    for variant in ["promotions", "promotional", "promote", "promoting", "Promotion"]:
        assert same_word("en", "promotion", variant)
    assert not same_word("en", "promotion", "motion")


def test_german_umlaut_and_sharp_s_spellings_meet():
    assert same_word("de", "Glaubwürdigkeit", "Glaubwuerdigkeit")
    assert same_word("de", "Straße", "Strasse")
    assert same_word("de", "Mitarbeitern", "Mitarbeiter")
    assert same_word("de", "Mädchen", "Maedchen")


def test_persian_zwnj_space_and_joined_spellings_are_one_word():
    joined, zwnj, spaced = (
        analyzer_for("fa").tokens(t) for t in ("میخواهم", "می\u200cخواهم", "می خواهم")
    )
    assert len(spaced) == 1, "the detached prefix must be joined to its verb"
    assert joined[0].keys & zwnj[0].keys & spaced[0].keys


def test_persian_plural_suffix_with_space_zwnj_or_joined():
    forms = ["شبکه‌ها", "شبکهها", "شبکه ها", "شبکه"]
    stems = [analyzer_for("fa").tokens(f)[0].keys for f in forms]
    assert frozenset.intersection(*stems)


def test_persian_folds_arabic_letters_diacritics_tatweel_and_digits():
    fa = analyzer_for("fa")
    assert fa.tokens("شبكه")[0].form == fa.tokens("شبکه")[0].form  # Arabic kaf
    assert fa.tokens("كودكي")[0].form == fa.tokens("کودکی")[0].form  # Arabic kaf and yeh
    assert fa.tokens("کـــودک")[0].form == "کودک"  # tatweel
    assert fa.tokens("کُودَک")[0].form == "کودک"  # diacritics do not split or change the word
    assert fa.tokens("۲۰۲۳")[0].form == "2023" == fa.tokens("٢٠٢٣")[0].form


def test_spans_point_into_the_original_text():
    text = "Die «Amazon-Botschafter» twittern."
    for token in analyzer_for("de").tokens(text):
        assert text[token.start : token.end].replace("-", "")
    spaced = "او می خواهد"
    (_, verb) = analyzer_for("fa").tokens(spaced)
    assert spaced[verb.start : verb.end] == "می خواهد"


def test_unknown_language_still_folds_case_and_accents():
    assert keys("sw", "Habari")[0] == keys("sw", "HABARI")[0]
    assert keys("xx", "Café")[0] == keys("xx", "cafe")[0]


def test_direction_follows_the_language_tag():
    assert is_right_to_left("fa") and is_right_to_left("fa-IR")
    assert not is_right_to_left("de-AT")


@given(st.text(max_size=200))
def test_tokens_are_ordered_and_inside_the_text(text: str):
    tokens = analyzer_for("fa").tokens(text) + analyzer_for("en").tokens(text)
    for token in tokens:
        assert 0 <= token.start < token.end <= len(text)
    fa_tokens = analyzer_for("fa").tokens(text)
    assert all(a.end <= b.start for a, b in pairwise(fa_tokens))


@given(st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=30))
def test_normalisation_is_idempotent(word: str):
    for language in ("en", "de", "fa"):
        analyzer = analyzer_for(language)
        for token in analyzer.tokens(word):
            again = analyzer.tokens(token.form)
            if len(again) == 1:
                assert analyzer.form(again[0].form) == again[0].form


@given(st.sampled_from(["کتاب", "شبکه", "کاربر", "برند", "خواهم"]), st.booleans())
def test_persian_ignores_zwnj_and_presentation_forms(word: str, nfkd: bool):
    fa = analyzer_for("fa")
    variant = unicodedata.normalize("NFKD" if nfkd else "NFC", word)
    assert fa.tokens(variant)[0].keys & fa.tokens(word)[0].keys
