"""Shaping, bidi order and font fallback: what makes English, German and Persian come out right."""

from __future__ import annotations

import pytest
from bidi import get_display  # type: ignore[import-untyped]

from casebank.pdf import bidi
from casebank.pdf.fonts import FONTS, SANS, SERIF, Style
from casebank.pdf.layout import Block, Run, extents, lay_out
from casebank.pdf.shaping import shape

PERSIAN = "مارا باید اینستاگرام را انتخاب کند"
MIXED = [
    "مارا باید اینستاگرام (Instagram) را انتخاب کند، چون ۳ ساعت در هفته و 2024 کافی است.",
    "The term بازاریابی محتوایی means content marketing (2024).",
    "خبرنامه به ۴۰۰ مشتری دائمی می‌رسد: newsletter, email.",
    "«کیک‌های ما زیبا هستند» — Mara, 2025",
]


def visual_text(text: str) -> str:
    """A one-line block's characters in the order they are drawn, left to right."""
    laid = lay_out(Block((Run(text),)), 100_000)
    (line,) = laid.lines
    out = []
    for atom in line.atoms:
        piece = text[atom.start : atom.end]
        out.append(piece[::-1] if atom.level % 2 else piece)
    return "".join(out)


@pytest.mark.parametrize("text", [PERSIAN, *MIXED])
def test_visual_order_matches_the_reference_bidi_algorithm(text):
    # python-bidi's Rust implementation (unicode-bidi) is the reference; it also mirrors
    # brackets, which HarfBuzz does for us when shaping, so compare with brackets unified.
    expected = get_display(text)
    mirror = str.maketrans("()«»", "))»»")
    assert visual_text(text).translate(mirror) == expected.translate(mirror)


def test_levels_keep_zero_width_non_joiner_inside_its_word():
    text = "می‌خواهم"
    levels = bidi.levels(text, 1)
    assert len(levels) == len(text)
    assert set(levels) == {1}


def test_left_to_right_text_needs_no_algorithm():
    assert bidi.levels("Straße, 2024 (ok)", 0) == [0] * len("Straße, 2024 (ok)")
    assert bidi.base_level("  2024 مارا") == 1
    assert bidi.base_level("2024 —", default=1) == 1


def test_persian_letters_are_joined():
    face = FONTS.primary(SERIF, arabic=True)
    # The same letter (beh) alone, at the start, in the middle and at the end of a word.
    forms = {
        shape(face, text, True).glyphs[index].id
        for text, index in [("ب", 0), ("بت", 1), ("تبت", 1), ("تب", 0)]
    }
    assert len(forms) == 4, "beh should take four different shapes"


def test_a_ligature_is_one_glyph_that_copies_as_its_letters():
    shaped = shape(FONTS.primary(SERIF, arabic=False), "office", False)
    assert [g.text for g in shaped.glyphs] == ["o", "ffi", "c", "e"]


def test_marks_keep_their_text():
    shaped = shape(FONTS.primary(SERIF, arabic=True), "کِتاب", True)
    assert "".join(g.text for g in reversed(shaped.glyphs)) == "کِتاب"


@pytest.mark.parametrize(
    "text",
    [
        "Mara’s cakes: “quoted”, Straße, naïve, œuvre – fine… 3½ €",
        "Öffnungszeiten für Kundinnen: Ärger über Maße",
        "خبرنامهٔ ایمیلی، ۴۰۰ مشتری؛ «نقل قول» می‌رسد؟",
        "Arrows → ✓ ≈ ⇒ and Greek αβγ and Cyrillic где",
    ],
)
@pytest.mark.parametrize("style", [SERIF, SANS, Style(bold=True), Style(italic=True)])
def test_every_character_has_a_glyph(text, style):
    laid = lay_out(Block((Run(text, style),)), 100_000)
    for atom in laid.lines[0].atoms:
        missing = [g for g in atom.shaped.glyphs if g.id == 0]
        assert not missing, f"{atom.shaped.face} draws boxes for {atom.shaped.text!r}"


def test_symbols_fall_back_to_a_face_that_has_them():
    laid = lay_out(Block((Run("cakes → photos ✓"),)), 100_000)
    faces = {laid.block.text[a.start : a.end]: a.shaped.face.file for a in laid.lines[0].atoms}
    assert faces["→"] == "DejaVuSans.ttf"
    assert faces["cakes"] == "NotoSerif-Regular.ttf"


def test_digits_and_punctuation_stay_in_the_face_of_the_text_around_them():
    laid = lay_out(Block((Run("حدود ۳ ساعت و 2024،"),)), 100_000)
    files = {a.shaped.face.file for a in laid.lines[0].atoms if not a.space}
    assert files == {"NotoNaskhArabic-Regular.ttf"}


def test_lines_fit_the_column_and_keep_every_character():
    text = " ".join(["Instagram reaches people nearby who never saw the shop."] * 12)
    laid = lay_out(Block((Run(text),), size=10.5), 300)
    assert len(laid.lines) > 5
    assert all(line.width <= 300 + 0.01 for line in laid.lines)
    shown = "".join(text[a.start : a.end] for line in laid.lines for a in line.atoms if not a.space)
    assert shown == text.replace(" ", "")


def test_a_word_longer_than_the_line_is_cut():
    text = "https://example.org/" + "a" * 200
    laid = lay_out(Block((Run(text),)), 100)
    assert len(laid.lines) > 3
    assert all(line.width <= 100 + 0.01 for line in laid.lines)


def test_right_to_left_paragraphs_start_at_the_right():
    laid = lay_out(Block((Run(PERSIAN),)), 400)
    assert laid.level == 1
    first = laid.lines[0]
    # Visual order: the first word in logical order is drawn last, at the right.
    assert PERSIAN[first.atoms[-1].start : first.atoms[-1].end] == "مارا"


def test_highlight_extents_cover_the_evidence_in_both_directions():
    text = "مارا باید Instagram را انتخاب کند"
    laid = lay_out(Block((Run(text),), size=10), 100_000)
    line = laid.lines[0]
    start = text.index("Instagram")
    (latin,) = extents(line, start, start + len("Instagram"))
    persian = extents(line, 0, 4)
    assert len(persian) == 1
    assert persian[0][0] > latin[1], "the first Persian word stands right of the Latin one"
    assert latin[1] - latin[0] > 30
