"""Sentences, paragraphs and word counts."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from casebank.segment import sentences
from casebank.words import count_words


def texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentences(text)]


def test_abbreviations_and_decimals_do_not_end_a_sentence():
    assert texts("Brands, e.g. Zappos, answer fast. Growth was 3.5 per cent.") == [
        "Brands, e.g. Zappos, answer fast.",
        "Growth was 3.5 per cent.",
    ]
    assert len(texts("Die Accounts, z. B. AmazonFCRico, antworten schnell.")) == 1


def test_persian_question_mark_and_list_items_split():
    assert len(texts("چرا اینستاگرام؟ چون کاربران زیادی دارد.")) == 2
    assert texts("- Facebook\n- Twitter") == ["- Facebook", "- Twitter"]


def test_blank_lines_make_paragraphs_and_wrapped_lines_do_not():
    spans = sentences("One line\nwrapped here.\n\nSecond paragraph.")
    assert [s.paragraph for s in spans] == [0, 1]


def test_word_counts():
    assert count_words("Amazon's e-mail campaign, in 2010 — worked.") == 6
    assert count_words("کاربران می‌خواهند Instagram را ۲۰۲۳ ببینند.") == 6
    assert count_words("- a list\n# heading") == 3
    assert count_words("") == 0
    assert count_words("亚马逊公司", "zh") == 5


@given(st.text(max_size=300))
def test_sentences_are_ordered_trimmed_and_inside_the_text(text: str):
    previous_end = 0
    for s in sentences(text):
        assert previous_end <= s.start < s.end <= len(text)
        assert not text[s.start].isspace() and not text[s.end - 1].isspace()
        previous_end = s.end


# Spaces, zero-width spaces, joiners, punctuation, letters, digits, marks and the underscore: the
# characters on which counting by "a run of non-space characters with a letter or digit" turns.
_COUNTED = st.text(
    st.sampled_from(
        [*"ab7_ .,-—!?\n\t\u00a0\u2028\u3000\u200b\u200c\u200f\u0301\x85", "ö", "م", "۱", "中"]
    ),
    max_size=60,
)


@given(_COUNTED)
def test_a_word_is_a_run_of_non_space_characters_with_a_letter_or_digit(text: str):
    runs = [run for run in text.replace("\u200b", " ").split() if run]
    assert count_words(text) == sum(1 for run in runs if any(c.isalnum() or c == "_" for c in run))
