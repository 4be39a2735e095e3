"""Labels for lists: cut at the logical end, isolated so either direction reads right."""

from __future__ import annotations

from desktop.display import from_utf16, isolate, label, shorten, to_utf16

PERSIAN = "تحقیق مشترک وال‌استریت ژورنال نشان داد که اینستاگرام چیزی بیش از یک میز است"


def test_short_text_is_kept_whole_on_one_line():
    assert shorten("Why did\n  Amazon  launch Spark?", 40) == "Why did Amazon launch Spark?"


def test_long_text_is_cut_at_a_word_with_the_ellipsis_at_its_logical_end():
    cut = shorten(PERSIAN, 30)
    assert len(cut) <= 30
    assert cut.endswith("…")
    assert PERSIAN.startswith(cut[:-1])  # the start survives: it is what a reader needs
    assert not cut[:-1].endswith(" ")


def test_persian_punctuation_does_not_hang_before_the_ellipsis():
    assert shorten("اول، دوم، سوم، چهارم", 10) == "اول، دوم…"


def test_a_single_long_word_is_cut_inside_the_word():
    assert shorten("Donaudampfschifffahrtsgesellschaft", 10) == "Donaudamp…"


def test_labels_are_isolated_so_a_neighbouring_version_keeps_its_place():
    text = label(PERSIAN, 30)
    assert text.startswith("\u2068") and text.endswith("\u2069")
    assert text[1:-1] == shorten(PERSIAN, 30)
    assert isolate("Brands") == "\u2068Brands\u2069"


def test_qt_positions_and_python_indices_agree_past_emoji():
    text = "a🙂b🙂🙂c"
    for index in range(len(text) + 1):
        units = len(text[:index].encode("utf-16-le")) // 2
        assert to_utf16(text, index) == units
        assert from_utf16(text, units) == index
    assert to_utf16("plain", 3) == 3 and from_utf16("فارسی", 2) == 2
