"""Split the corpus once into a tuning half and a test half, per language, and record it.

    python eval/split.py        # writes eval/split.toml; refuses if it exists

Within each language the passages of each question are shuffled with a fixed seed and dealt
alternately to the two halves, so that every question has passages in both. The split is made
once, before any tuning, and committed: cues and thresholds are tuned on `tune` only, and the
figures reported are those of `test`.
"""

from __future__ import annotations

import random
import sys
import tomllib
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20261202


def main() -> int:
    """Write the split; see the module's docstring."""
    target = HERE / "split.toml"
    if target.exists():
        print(f"{target} exists: the split is made once. Delete it only to start the corpus anew.")
        return 1
    rng = random.Random(SEED)
    lines = [
        "# The corpus split, made once by `python eval/split.py` "
        f"(seed {SEED}) on {date.today().isoformat()}, before any tuning.",
        "# Tune on `tune`; report `test`. Never move a passage between the halves.",
    ]
    for folder in sorted(p for p in (HERE / "passages").iterdir() if p.is_dir()):
        by_question: dict[str, list[str]] = {}
        for path in sorted(folder.glob("*.md")):
            front = path.read_text(encoding="utf-8").split("+++")[1]
            by_question.setdefault(tomllib.loads(front)["question"], []).append(path.stem)
        halves: dict[str, list[str]] = {"tune": [], "test": []}
        # Alternate which half gets a question's first passage, so odd counts even out.
        first = "tune"
        for question in sorted(by_question):
            ids = by_question[question]
            rng.shuffle(ids)
            other = "test" if first == "tune" else "tune"
            for i, passage in enumerate(ids):
                halves[first if i % 2 == 0 else other].append(passage)
            if len(ids) % 2:
                first = other
        lines.append(f"\n[{folder.name}]")
        for half in ("tune", "test"):
            listed = ", ".join(f'"{p}"' for p in sorted(halves[half]))
            lines.append(f"{half} = [{listed}]")
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
