"""One word per idea (docs/architecture.md, "Vocabulary"): Mode, SelfAssessment, Status and
Agreement are defined once, in `casebank.vocabulary`, and every layer hands out their members."""

from __future__ import annotations

import ast
import sqlite3
from enum import StrEnum
from pathlib import Path

from casebank import vocabulary
from casebank.coverage import check
from casebank.vocabulary import Mode, SelfAssessment, Status
from desktop.store import Store
from tests.core import banks

ROOT = Path(__file__).resolve().parents[2]
WORDS = {"Mode", "SelfAssessment", "Status", "Agreement"}
# The names the same ideas went by before: a new definition under them is the same drift.
OLD_NAMES = {"Level", "LEVELS", "MODES", "ExportMode", "DETECTED_LEVEL", "LABEL_OF_LEVEL"}


def definitions(path: Path) -> list[str]:
    """The module-level classes and assignments in `path` that name one of the words."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found = []
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.ClassDef):
            names = [node.name]
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = [t.id for t in targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.alias) and node.asname:
            names = [node.asname]
        found += [
            f"{path.relative_to(ROOT)}: {name}" for name in names if name in WORDS | OLD_NAMES
        ]
    return found


def test_each_word_is_defined_once_as_a_str_enum():
    for name in WORDS:
        assert issubclass(getattr(vocabulary, name), StrEnum), name
    elsewhere = [
        found
        for folder in ("casebank", "desktop")
        for path in sorted((ROOT / folder).rglob("*.py"))
        if path != ROOT / "casebank" / "vocabulary.py"
        for found in definitions(path)
    ]
    assert elsewhere == []


def test_the_values_are_the_strings_the_store_keeps():
    assert [m.value for m in Mode] == ["practice", "exam", "drill", "marked"]
    assert [s.value for s in SelfAssessment] == ["none", "partly", "fully"]
    assert [s.value for s in Status] == ["covered", "partly", "missing", "self-assessed"]


def test_the_store_hands_out_the_words_and_keeps_their_values(store: Store, data_dir: Path):
    question = banks.bank().question(banks.PRICING)
    attempt = store.start_attempt(banks.BANK_ID, banks.PRICING, Mode.EXAM)
    coverage = check(question, banks.COVERS_PRICE)
    store.submit(
        attempt.id, {"price": SelfAssessment.FULLY}, text=banks.COVERS_PRICE, coverage=coverage
    )

    read = store.attempt(attempt.id)
    assert read.mode is Mode.EXAM
    assert read.self_assessment == {"price": SelfAssessment.FULLY}
    assert read.self_assessment["price"] is SelfAssessment.FULLY
    assert {v.argument_id: v.status for v in read.verdicts} == {
        "price": Status.COVERED,
        "quality": Status.MISSING,
    }
    assert all(type(v.status) is Status for v in read.verdicts)
    with sqlite3.connect(data_dir / "casewise.db") as db:
        assert db.execute("SELECT mode FROM attempts").fetchall() == [("exam",)]
        assert ("price", "fully", "covered") in db.execute(
            "SELECT argument_id, level, detected FROM self_assessments"
        ).fetchall()
