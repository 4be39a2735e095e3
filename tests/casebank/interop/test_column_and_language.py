"""H5P Columns with other content, and sources that do not say their language.

Issue 15, point 5: a Column's DragQuestion labels ("2", "3", "5" …) became the case text and the
DragQuestions were not listed as not carried over. Point 9: German H5P content whose ``h5p.json``
says "und" was imported as English without a word.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from casebank.interop import import_files
from casebank.interop.report import NoteKind
from casebank.loader import load
from tests.casebank.interop.conftest import FIXTURES, pack

COLUMN = FIXTURES / "h5p" / "column-package"


def drag_question(labels: list[str]) -> dict[str, Any]:
    """An H5P DragQuestion whose draggables are text blocks, as the editor saves them."""
    return {
        "library": "H5P.DragQuestion 1.14",
        "params": {
            "question": {
                "task": {
                    "elements": [
                        {
                            "type": {
                                "library": "H5P.AdvancedText 1.1",
                                "params": {"text": f"<p>{x}</p>"},
                            }
                        }
                        for x in labels
                    ],
                    "dropZones": [{"label": "<div>Sum</div>"}],
                }
            }
        },
        "metadata": {"contentType": "Drag and Drop"},
    }


def package(tmp_path: Path, meta: dict[str, Any], content: dict[str, Any], name: str) -> Path:
    folder = tmp_path / name
    (folder / "content").mkdir(parents=True)
    (folder / "h5p.json").write_text(json.dumps(meta), encoding="utf-8")
    (folder / "content" / "content.json").write_text(json.dumps(content), encoding="utf-8")
    return pack(folder, tmp_path / f"{name}.h5p")


def test_a_columns_other_parts_are_listed_and_stay_out_of_the_case_text(tmp_path: Path):
    meta = json.loads((COLUMN / "h5p.json").read_text("utf-8"))
    content = json.loads((COLUMN / "content" / "content.json").read_text("utf-8"))
    for labels in (["2", "3"], ["5", "7"], ["11", "13"]):
        content["content"].append({"content": drag_question(labels), "useSeparator": "auto"})
    blanks = {"library": "H5P.Blanks 1.14", "params": {"text": "<p>Fill in *the* gap.</p>"}}
    video = {"library": "H5P.Video 1.6", "params": {"sources": [{"path": "https://x/v.mp4"}]}}
    content["content"] += [{"content": blanks}, {"content": video}]
    report = import_files([package(tmp_path, meta, content, "column")], tmp_path / "bank")
    (case,) = load(tmp_path / "bank").cases
    assert "Read the case before you answer." in case.text
    for label in ("2", "3", "5", "7", "11", "13", "Fill in", "Sum"):
        assert f"\n{label}\n" not in f"\n{case.text}\n" and f"## {label}" not in case.text
    (note,) = [n for n in report.notes if "other piece" in n.what]
    assert note.kind is NoteKind.DROPPED
    assert note.what == (
        "5 other pieces of content beside the Essay "
        "(1 × H5P.Blanks, 3 × H5P.DragQuestion, 1 × H5P.Video)"
    )


GERMAN_TASK = (
    "<p>Die Marke wirbt auf Instagram für ihre <em>Weiße Schokolade</em>. Erklären Sie, warum "
    "die Eltern der Kinder das kritisch sehen und was die Marke daraus lernen sollte.</p>"
)


def german_essay() -> dict[str, Any]:
    return {
        "taskDescription": GERMAN_TASK,
        "solution": {
            "sample": "<p>Die Eltern sehen die Werbung kritisch, weil sie sich an Kinder richtet "
            "und weil die Marke nicht sagt, dass es Werbung ist.</p>"
        },
        "keywords": [
            {"keyword": "Weiße Schokolade", "options": {"points": 1, "caseSensitive": False}},
            {"keyword": "Eltern", "options": {"points": 1, "caseSensitive": False}},
        ],
    }


def test_german_content_that_says_und_is_imported_as_german(tmp_path: Path):
    meta = {
        "title": "Weiße Schokolade: https://www.youtube.com/watch?v=MoWnAUQqJxo",
        "language": "und",
        "mainLibrary": "H5P.Essay",
        "license": "U",
    }
    report = import_files([package(tmp_path, meta, german_essay(), "weiss")], tmp_path / "bank")
    bank = load(tmp_path / "bank")
    assert bank.manifest.language == "de"
    (question,) = bank.questions()
    assert question.language == "de"
    (note,) = [n for n in report.notes if "undetermined" in n.what]
    assert note.what == "the language 'und' (undetermined)"
    assert note.why.startswith("the text reads as de, so the case is in de")
    assert note.kind is NoteKind.ADDED
    # Ids are transliterated and never made of the address in the title.
    assert bank.cases[0].id == "weisse-schokolade"
    assert "youtube" not in bank.id
    assert [a.id for a in question.arguments] == ["weisse-schokolade", "eltern"]


def test_a_language_the_tutor_gives_wins_over_the_text(tmp_path: Path):
    meta = {"title": "Weiße Schokolade", "language": "und", "mainLibrary": "H5P.Essay"}
    source = package(tmp_path, meta, german_essay(), "weiss")
    report = import_files([source], tmp_path / "bank", language="de-AT")
    assert load(tmp_path / "bank").manifest.language == "de-AT"
    assert any("as --language says" in n.why for n in report.notes)


def test_a_bare_content_json_without_a_language_is_detected_too(tmp_path: Path):
    path = tmp_path / "content.json"
    path.write_text(json.dumps(german_essay()), encoding="utf-8")
    report = import_files([path], tmp_path / "bank")
    assert load(tmp_path / "bank").manifest.language == "de"
    assert any(n.what == "no language" for n in report.notes)
