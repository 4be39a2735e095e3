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
