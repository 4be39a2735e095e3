"""The example output in docs/tutors.md is what the commands print."""

from __future__ import annotations

import re
from pathlib import Path

from tests.casebank.test_cli import casebank

ROOT = Path(__file__).resolve().parents[2]


def test_the_cues_example_is_what_casebank_cues_prints(starter: Path, tmp_path: Path):
    guide = (ROOT / "docs" / "tutors.md").read_text(encoding="utf-8")
    example = re.search(r"```\n(visual-product: .*?)```", guide, re.DOTALL)
    assert example is not None
    result = casebank(
        "cues",
        starter,
        "-q",
        "corner-bakery/channel",
        "--argument",
        "visual-product",
        "--limit",
        "6",
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == example[1].strip()


MARKING = ROOT / "tests" / "fixtures" / "marking"


def block(guide: str, starts: str) -> str:
    """The fenced block of the guide whose text starts with `starts`."""
    found = re.search(r"```[a-z]*\n(" + re.escape(starts) + r".*?)```", guide, re.DOTALL)
    assert found is not None, starts
    return found[1].strip()


def test_the_tune_example_is_what_casebank_tune_prints_and_writes(tmp_path: Path):
    import shutil

    from casebank.starter import new_bank

    guide = (ROOT / "docs" / "tutors.md").read_text(encoding="utf-8")
    new_bank(tmp_path / "my-bank", "en")
    shutil.copytree(MARKING / "answers", tmp_path / "answers")
    shutil.copytree(MARKING / "labelled", tmp_path / "labelled")
    fresh = casebank(
        "check",
        "my-bank",
        "-q",
        "corner-bakery/channel",
        "answers/",
        "--csv",
        "marks.csv",
        cwd=tmp_path,
    )
    assert fresh.returncode == 0, fresh.stderr
    lines = (tmp_path / "marks.csv").read_text(encoding="utf-8").splitlines()
    assert block(guide, "answer,question,words,") == "\n".join(lines[:2])
    # The tutor fills the columns in German Excel, which saves semicolons and a byte-order mark.
    shutil.copy(MARKING / "marks-excel-de.csv", tmp_path / "marks.csv")
    result = casebank(
        "tune",
        "my-bank",
        "-q",
        "corner-bakery/channel",
        "marks.csv",
        "labelled/",
        "--suggest-toml",
        "suggested.toml",
        cwd=tmp_path,
    )
    assert block(guide, "corner-bakery/channel: 7 answers") == result.stdout.strip()
    assert block(guide, "casebank: marks.csv:5:E:") == result.stderr.splitlines()[0]
    written = (tmp_path / "suggested.toml").read_text(encoding="utf-8")
    assert block(guide, "# casebank tune: proposed") == written.strip()
    assert "+++\n# Marked by the tutor" in guide, "fay.md is shown as it is"
    assert (MARKING / "labelled" / "fay.md").read_text(encoding="utf-8").strip() in guide


def test_the_students_example_is_what_casebank_tune_prints(tmp_path: Path):
    from casebank.fingerprint import rubric_hash
    from casebank.loader import load
    from casebank.starter import new_bank
    from tests.casebank.test_tune import feedback_file

    guide = (ROOT / "docs" / "tutors.md").read_text(encoding="utf-8")
    new_bank(tmp_path / "my-bank", "en")
    bank = load(tmp_path / "my-bank")
    (tmp_path / "feedback").mkdir()
    feedback_file(
        tmp_path / "feedback", rubric_hash(bank.question("corner-bakery/channel")), bank.id
    )
    result = casebank("tune", "my-bank", "-q", "corner-bakery/channel", "feedback/", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    shown = block(guide, "corner-bakery/channel: 0 answers marked by a tutor")
    assert shown.endswith("\n…")
    assert result.stdout.startswith(shown.removesuffix("\n…") + "\n\nregulars:")
