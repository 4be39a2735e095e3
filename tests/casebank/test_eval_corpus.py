"""The evaluation corpus holds together: every passage split once, every batch listed once,
every settled label complete and its evidence in the passage.

`make eval` trusts these files; a passage missing from the split, or labelled against an argument
its question does not have, would quietly change a figure. `eval/labels.py check` checks one
labeller's file as it is written; this checks what landed.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from collections import Counter
from pathlib import Path

import pytest

from casebank.evaluation import LABELS, read_labelled
from tests.packaging.tools import script

ROOT = Path(__file__).resolve().parents[2]
EVAL = ROOT / "eval"
LANGUAGES = ("en", "de", "fa")


# eval/labels.py, whose reading of the snapshot, the batches and the evidence this test shares.
LABELS_TOOL = script(EVAL / "labels.py")


def _later_batches() -> dict[str, set[str]]:
    return {
        folder.name: set((folder / "passages.txt").read_text(encoding="utf-8").split())
        for folder in LABELS_TOOL.batches(EVAL)[1:]
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_passage_stands_in_exactly_one_half(language: str) -> None:
    split = tomllib.loads((EVAL / "split.toml").read_text(encoding="utf-8"))[language]
    dealt = Counter([*split["tune"], *split["test"]])
    files = {p.stem for p in (EVAL / "passages" / language).glob(f"{language}-*.md")}
    assert not [p for p, n in dealt.items() if n > 1], "a passage in both halves, or twice"
    assert not files - set(dealt), "passages never dealt into a half"
    assert not set(dealt) - files, "the split names passages that do not exist"


def test_each_later_batch_lists_existing_passages_no_other_batch_lists() -> None:
    batches = _later_batches()
    assert batches, "the corpus has later batches (eval/labels/batch2/ at least)"
    seen: dict[str, str] = {}
    for name, ids in sorted(batches.items()):
        for passage in sorted(ids):
            language = passage.split("-")[0]
            assert (EVAL / "passages" / language / f"{passage}.md").is_file(), (name, passage)
            assert passage not in seen, f"{passage} is in {seen.get(passage)} and {name}"
            seen[passage] = name


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_settled_passage_is_labelled_against_each_argument_with_its_evidence(
    language: str,
) -> None:
    arguments: dict[str, list[str]] = LABELS_TOOL._arguments(language)
    batches = _later_batches()
    problems: list[str] = []
    for path in sorted((EVAL / "passages" / language).glob(f"{language}-*.md")):
        answer = read_labelled(path)
        batch = next((n for n, ids in batches.items() if path.stem in ids), "labels")
        folder = EVAL / "labels" / batch if batch != "labels" else EVAL / "labels"
        if not answer.expect:
            # Only a batch still being labelled may hold passages without labels.
            if (folder / f"{language}-b.toml").exists():
                problems.append(f"{path.stem}: its batch is labelled, the passage is not")
            continue
        wanted = arguments.get(answer.question)
        if wanted is None:
            problems.append(f"{path.stem}: {answer.question} is not a labelled question")
            continue
        if sorted(answer.expect) != sorted(wanted):
            problems.append(f"{path.stem}: labels {sorted(answer.expect)} for {sorted(wanted)}")
        body = LABELS_TOOL._squash(answer.text)
        for argument, label in answer.expect.items():
            evidence = answer.evidence.get(argument, "")
            if label not in LABELS:
                problems.append(f"{path.stem}/{argument}: {label!r} is not a label")
            elif (label == "missing") == bool(evidence):
                problems.append(f"{path.stem}/{argument}: {label} with evidence {evidence!r}")
            for piece in evidence.split(" … ") if evidence else ():
                if LABELS_TOOL._squash(piece.strip(" …")) not in body:
                    problems.append(f"{path.stem}/{argument}: evidence not in the passage")
    assert not problems, "\n".join(problems)


def test_a_labels_file_outside_the_labels_folders_is_refused_not_read_as_batch_one(
    tmp_path: Path,
) -> None:
    stray = tmp_path / "en-a.toml"
    stray.write_bytes((EVAL / "labels" / "batch2" / "en-a.toml").read_bytes())
    script = str(EVAL / "labels.py")
    done = subprocess.run(
        [sys.executable, script, "check", str(stray)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 1
    assert "belongs in eval/labels/" in done.stderr
    where = str(EVAL / "labels" / "batch2" / "en-a.toml")
    kept = subprocess.run(
        [sys.executable, script, "check", where], capture_output=True, text=True, check=False
    )
    assert kept.returncode == 0 and "all well formed" in kept.stdout, kept.stdout + kept.stderr
