"""Cue help: distinctive terms suggested, over-broad cues flagged, and validate warns."""

from __future__ import annotations

from pathlib import Path

from casebank.cuehelp import CueAdvisor
from casebank.loader import load
from casebank.problems import Severity
from casebank.validate import validate
from tests.casebank.test_cli import QUESTION, casebank

BANKS = Path(__file__).resolve().parents[2] / "resources" / "banks"


def test_suggestions_are_distinctive_and_skip_function_words():
    bank = load(BANKS / "brands-social-media")
    question = bank.question("amazon-international/platform-roles")
    advisor = CueAdvisor(question, bank.case(question.case_id).text)
    terms = [s.term for s in advisor.suggest(question.argument("facebook-network"), 10)]
    assert "social proof" in terms and "gift suggestions" in terms
    assert not {"the", "and", "to", "amazon"} & {t.lower() for t in terms}
    assert "amazon" in advisor.common and "facebook" in advisor.common


def test_a_lone_company_name_is_over_broad_and_validate_warns(starter: Path):
    toml = starter / "cases" / "corner-bakery" / "questions" / "channel.toml"
    text = toml.read_text("utf-8")
    first_cue = text.index("[[arguments.cues]]")
    toml.write_text(
        text[:first_cue]
        + '[[arguments.cues]]\nlabel = "the shop"\nany = ["Mara"]\n\n'
        + text[first_cue:],
        encoding="utf-8",
    )
    report = validate(starter)
    warnings = [p for p in report.problems if p.severity is Severity.WARNING]
    assert any("'the shop'" in p.message and "almost any answer" in p.message for p in warnings)
    assert report.ok  # a warning, not an error


def test_the_cues_command(starter: Path, tmp_path: Path):
    result = casebank("cues", starter, "-q", QUESTION, "--argument", "visual-product", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("visual-product: ")
    result = casebank("cues", starter, "-q", QUESTION, "--argument", "nope", cwd=tmp_path)
    assert result.returncode == 1
    assert "has no argument 'nope'" in result.stderr
