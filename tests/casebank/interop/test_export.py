"""Exporting a question to H5P Essay and Moodle XML, and importing the result again."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import defusedxml.ElementTree

from casebank.interop import export_question, import_files
from casebank.loader import load
from casebank.starter import new_bank

STARTER_KEY = "corner-bakery/channel"


def starter(tmp_path: Path) -> Path:
    path = tmp_path / "starter"
    new_bank(path, "en")
    return path


def test_h5p_export_is_a_valid_package(tmp_path: Path) -> None:
    bank = load(starter(tmp_path))
    out = tmp_path / "channel.h5p"
    report = export_question(bank, STARTER_KEY, "h5p", out)
    with zipfile.ZipFile(out) as archive:
        assert sorted(archive.namelist()) == ["content/content.json", "h5p.json"]
        meta = json.loads(archive.read("h5p.json"))
        content = json.loads(archive.read("content/content.json"))
    assert meta["mainLibrary"] == "H5P.Essay"
    assert {"machineName": "H5P.Essay", "majorVersion": 1, "minorVersion": 5} in meta[
        "preloadedDependencies"
    ]
    question = bank.question(STARTER_KEY)
    detectable = [a for a in question.arguments if not a.self_assessed_only]
    assert len(content["keywords"]) == len(detectable)
    first = content["keywords"][0]
    assert first["options"]["feedbackIncluded"] == detectable[0].found
    assert content["taskDescription"].startswith("<p>")
    # Co-occurrence and inflection cannot be expressed in H5P: the report says so.
    whats = " ".join(n.what for n in report.notes)
    assert "any inflection" in whats


def test_h5p_round_trip(tmp_path: Path) -> None:
    bank = load(starter(tmp_path))
    out = tmp_path / "channel.h5p"
    export_question(bank, STARTER_KEY, "h5p", out)
    import_files([out], tmp_path / "again")
    original = bank.question(STARTER_KEY)
    (again,) = load(tmp_path / "again").questions()
    detectable = [a for a in original.arguments if not a.self_assessed_only]
    assert [a.found for a in again.arguments] == [a.found for a in detectable]
    assert [a.marks for a in again.arguments] == [max(1, round(a.marks)) for a in detectable]
    first_terms = {t.lstrip("=") for c in detectable[0].cues for t in c.any}
    assert first_terms <= {t.lstrip("=") for c in again.arguments[0].cues for t in c.any}
    assert again.prompt.strip() == original.prompt.strip()


def test_moodle_export_and_reimport(tmp_path: Path) -> None:
    bank = load(starter(tmp_path))
    out = tmp_path / "channel.xml"
    export_question(bank, STARTER_KEY, "moodle", out)
    root = defusedxml.ElementTree.fromstring(out.read_bytes(), forbid_dtd=True)
    question = root.find("question")
    assert question is not None and question.get("type") == "essay"
    original = bank.question(STARTER_KEY)
    assert question.findtext("defaultgrade") == f"{original.marks:g}"
    grader = question.findtext("graderinfo/text") or ""
    for argument in original.arguments:
        assert argument.title in grader
    import_files([out], tmp_path / "again")
    (again,) = load(tmp_path / "again").questions()
    assert [a.title for a in again.arguments] == [a.title for a in original.arguments]
    assert again.marks == original.marks
