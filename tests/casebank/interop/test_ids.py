"""Ids of imported banks: readable, never from an address, and never shared by unrelated banks.

Issue 15, point 1: every bare H5P ``content.json`` became the bank ``imported.content``, so a
second, unrelated one replaced the first in the app. Point 9: "Weiße" became ``weie``, and a case
id was made of a YouTube address.
"""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from casebank.interop import import_files
from casebank.interop.draft import slug
from casebank.loader import BANK_ID, ID, load
from tests.casebank.interop.conftest import FIXTURES, pack


def essay(task: str, keyword: str) -> dict[str, object]:
    """A bare H5P Essay's parameters, as its ``content.json`` holds them."""
    return {
        "taskDescription": f"<p>{task}</p>",
        "solution": {"sample": f"<p>A good answer says why the {keyword} matters here.</p>"},
        "keywords": [{"keyword": keyword, "options": {"points": 1, "caseSensitive": False}}],
    }


def content_json(folder: Path, params: dict[str, object]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "content.json"
    path.write_text(json.dumps(params), encoding="utf-8")
    return path


def test_two_unrelated_content_json_files_get_two_bank_ids(tmp_path: Path) -> None:
    a = content_json(tmp_path / "a", essay("Explain how the bakery sets its prices.", "price"))
    b = content_json(tmp_path / "b", essay("Describe the ferry's winter timetable.", "timetable"))
    import_files([a], tmp_path / "bank-a")
    import_files([b], tmp_path / "bank-b")
    first, second = load(tmp_path / "bank-a"), load(tmp_path / "bank-b")
    assert first.id != second.id
    assert first.id.startswith("imported.explain-how-the-bakery-sets-its-prices-")
    assert second.id.startswith("imported.describe-the-ferry")
    # A bare content.json has no title of its own: its task names the case, not "content".
    assert first.cases[0].title == "Explain how the bakery sets its prices."
    assert first.cases[0].id == "explain-how-the-bakery-sets-its-prices"


def test_the_same_file_imported_again_gives_the_same_bank_id(tmp_path: Path) -> None:
    source = content_json(tmp_path / "a", essay("Explain how the bakery sets its prices.", "price"))
    copy = content_json(tmp_path / "elsewhere" / "b", json.loads(source.read_text()))
    import_files([source], tmp_path / "one")
    import_files([copy], tmp_path / "two")
    assert load(tmp_path / "one").id == load(tmp_path / "two").id


def test_a_changed_source_is_another_bank(tmp_path: Path) -> None:
    source = content_json(tmp_path / "a", essay("Explain how the bakery sets its prices.", "price"))
    import_files([source], tmp_path / "one")
    content_json(tmp_path / "a", essay("Explain how the bakery sets its prices.", "cost"))
    import_files([source], tmp_path / "two")
    assert load(tmp_path / "one").id != load(tmp_path / "two").id


def test_ids_are_transliterated_not_cut() -> None:
    assert slug("Weiße Schokolade", "case") == "weisse-schokolade"
    assert slug("Äpfel über Öl", "case") == "aepfel-ueber-oel"
    assert slug("GRÜN und SCHÖN", "case") == "gruen-und-schoen"
    assert slug("Weiße Schokolade".replace("ß", "ẞ").upper(), "case") == "weisse-schokolade"
    assert slug("Café crème brûlée", "case") == "cafe-creme-brulee"
    assert slug("Smørrebrød and Łódź", "case") == "smorrebrod-and-lodz"
    # Decomposed umlauts (a letter and a combining diaeresis) read the same as composed ones.
    assert slug("Mädchen".replace("ä", "a\u0308"), "case") == "maedchen"


def test_ids_never_come_from_an_address() -> None:
    assert slug("https://www.youtube.com/watch?v=MoWnAUQqJxo", "case") == "case"
    assert slug("Video https://youtu.be/MoWnAUQqJxo about prices", "case") == "video-about-prices"
    assert slug("see www.example.org/page", "case") == "see"


def test_other_scripts_get_a_short_hash_that_tells_titles_apart() -> None:
    social = slug("شبکه‌های اجتماعی", "case")
    shops = slug("فروشگاه‌های محله", "case")
    assert ID.match(social) and ID.match(shops)
    assert social != shops
    assert social == slug("شبکه‌های اجتماعی", "case")  # the same title, the same id
    assert social.startswith("case-")
    assert slug("Marketing in ایران", "case").startswith("marketing-in-")


@given(st.text(max_size=200))
def test_every_title_gives_a_valid_id(text: str) -> None:
    value = slug(text, "case")
    assert ID.match(value), value
    assert BANK_ID.match(f"imported.{value}")


def test_a_german_h5p_title_keeps_its_letters(tmp_path: Path) -> None:
    package = FIXTURES / "h5p" / "essay-package"
    folder = tmp_path / "source"
    (folder / "content").mkdir(parents=True)
    meta = json.loads((package / "h5p.json").read_text(encoding="utf-8"))
    meta["title"] = "Weiße Schokolade: https://www.youtube.com/watch?v=MoWnAUQqJxo"
    (folder / "h5p.json").write_text(json.dumps(meta), encoding="utf-8")
    (folder / "content" / "content.json").write_bytes(
        (package / "content" / "content.json").read_bytes()
    )
    import_files([pack(folder, tmp_path / "weiss.h5p")], tmp_path / "bank")
    bank = load(tmp_path / "bank")
    assert bank.cases[0].id == "weisse-schokolade"
    assert bank.id.startswith("imported.weisse-schokolade-")
    assert "youtube" not in bank.id
