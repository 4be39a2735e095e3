"""Copied passages: runs of eight or more words shared with the case text or the model answer."""

from __future__ import annotations

from casebank.overlap import OverlapFinder, Source, place

CASE = (
    "The bakery opened in 2019.\n\n"
    "Mara sells cakes to office workers who pass the shop on their way to the station every "
    "morning, and most of them pay by card."
)
MODEL = "Instagram suits a visual product because photos of cakes make people nearby hungry."


def finder() -> OverlapFinder:
    return OverlapFinder([Source("case text", CASE), Source("model answer", MODEL)], "en")


def test_a_copied_run_is_found_with_where_it_stands():
    answer = (
        "My view.\n\nFirst, she sells CAKES to office workers who pass the shop on their way to "
        "work.\nInstagram suits a visual product because photos of cakes make people nearby hungry."
    )
    overlap = finder().find(answer)
    (case, model) = overlap.passages
    assert case.source == "case text"
    assert answer[case.start : case.end] == (
        "sells CAKES to office workers who pass the shop on their way to"
    )
    assert case.words == 13
    assert (case.where.paragraph, case.where.line) == (2, 3)
    assert case.source_where.paragraph == 2
    assert model.source == "model answer" and model.where.line == 4
    assert overlap.copied_words == 13 + 13
    assert 0.5 < overlap.share < 1
    assert "13 words at ¶2 l.3 from the case text (¶2)" in overlap.describe()


def test_seven_shared_words_are_not_a_passage():
    answer = "She sells cakes to office workers who pass by, and they love them."
    assert finder().find(answer).passages == ()


def test_overlapping_runs_merge_into_one_passage():
    source = "one two three four five six seven eight nine ten"
    found = OverlapFinder([Source("case text", source)], "en").find(
        "so one two three four five six seven eight nine ten"
    )
    assert len(found.passages) == 1
    assert found.passages[0].words == 10


def test_persian_letter_variants_do_not_hide_copying():
    source = "اینستاگرام باید برای امنیت کودکان در شبکه های اجتماعی مسئولیت بیشتری بپذیرد"
    copied = "اینستاگرام باید برای امنیت كودكان در شبکه های اجتماعي مسئولیت بیشتری بپذیرد"
    found = OverlapFinder([Source("case text", source)], "fa").find(copied)
    assert found.copied_words >= 8


def test_place_counts_paragraphs_and_lines():
    text = "\n\nfirst\nstill first\n\n\nsecond"
    assert place(text, text.index("first")).paragraph == 1
    assert place(text, text.index("still")).line == 4
    assert place(text, text.index("second")) == place(text, len(text) - 6)
    assert place(text, text.index("second")).paragraph == 2
