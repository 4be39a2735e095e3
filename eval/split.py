"""Split the corpus once into a tuning half and a test half, per language, and record it.

    python eval/split.py              # writes eval/split.toml; refuses if it exists
    python eval/split.py --add BATCH  # deals passages not yet split, and only those

Within each language the passages of each question are shuffled with a fixed seed and dealt
alternately to the two halves, so that every question has passages in both. The split is made
once, before any tuning, and committed: cues and thresholds are tuned on `tune` only, and the
figures reported are those of `test`.

A later batch of passages is dealt the same way with `--add`, once, before anyone tunes on it:
the passages already split stay where they are, and a comment in split.toml records the batch,
its seed and its date.
"""

from __future__ import annotations

import random
import sys
import tomllib
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20261202


def main(argv: list[str] | None = None) -> int:
    """Write the split; see the module's docstring."""
    args = sys.argv[1:] if argv is None else argv
    target = HERE / "split.toml"
    if args:
        if len(args) != 2 or args[0] != "--add" or not args[1].isdigit():
            print(f"usage: {sys.argv[0]} [--add BATCH]")
            return 2
        return add(target, int(args[1]))
    if target.exists():
        print(f"{target} exists: the split is made once. Delete it only to start the corpus anew.")
        return 1
    rng = random.Random(SEED)
    lines = [
        "# The corpus split, made once by `python eval/split.py` "
        f"(seed {SEED}) on {date.today().isoformat()}, before any tuning.",
        "# Tune on `tune`; report `test`. Never move a passage between the halves.",
    ]
    for folder in _languages():
        halves = _deal(_by_question(folder, set()), rng)
        lines += _table(folder.name, halves)
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


def add(target: Path, batch: int) -> int:
    """Deal the passages not yet in the split, per language, and add them to it."""
    if not target.exists():
        print(f"{target} does not exist: make the first split with `python eval/split.py`.")
        return 1
    text = target.read_text(encoding="utf-8")
    split = tomllib.loads(text)
    seed = SEED + batch - 1
    if f"# Batch {batch}:" in text:
        print(f"{target} already records batch {batch}: a batch is dealt once.")
        return 1
    following = 2 + sum(1 for line in text.split("\n") if line.startswith("# Batch "))
    if batch != following:
        print(f"the next batch to deal is batch {following}, not {batch}.")
        return 2
    rng = random.Random(seed)
    header = [line for line in text.split("\n") if line.startswith("#")]
    header.append(
        f"# Batch {batch}: the passages below that were not split before, dealt the same way by "
        f"`python eval/split.py --add {batch}` (seed {seed}) on {date.today().isoformat()}, "
        "before any tuning on them."
    )
    lines = header
    added = 0
    for folder in _languages():
        old = split.get(folder.name, {"tune": [], "test": []})
        halves = _deal(_by_question(folder, {*old["tune"], *old["test"]}), rng)
        added += len(halves["tune"]) + len(halves["test"])
        lines += _table(folder.name, {h: [*old[h], *halves[h]] for h in ("tune", "test")})
    if not added:
        print("every passage is split already: nothing to add.")
        return 1
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


def _languages() -> list[Path]:
    return sorted(p for p in (HERE / "passages").iterdir() if p.is_dir())


def _by_question(folder: Path, skip: set[str]) -> dict[str, list[str]]:
    by_question: dict[str, list[str]] = {}
    for path in sorted(folder.glob("*.md")):
        if path.stem in skip or path.name == "README.md":
            continue
        front = path.read_text(encoding="utf-8").split("+++")[1]
        by_question.setdefault(tomllib.loads(front)["question"], []).append(path.stem)
    return by_question


def _deal(by_question: dict[str, list[str]], rng: random.Random) -> dict[str, list[str]]:
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
    return halves


def _table(language: str, halves: dict[str, list[str]]) -> list[str]:
    lines = [f"\n[{language}]"]
    for half in ("tune", "test"):
        listed = ", ".join(f'"{p}"' for p in sorted(halves[half]))
        lines.append(f"{half} = [{listed}]")
    return lines


if __name__ == "__main__":
    sys.exit(main())
