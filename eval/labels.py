"""The two independent labellings of the corpus: agreement, disagreements, and the settled labels.

    python eval/labels.py agreement      # eval/agreement.md, and a disagreements file per language
    python eval/labels.py settle         # writes [expect] and [evidence] into every passage
    python eval/labels.py check FILE     # a labeller's file: every argument, evidence verbatim

Each labeller writes ``labels/<lang>-a.toml`` or ``labels/<lang>-b.toml`` (GUIDE.md says how);
the settling pass writes ``labels/<lang>-settled.toml`` with a decision for every cell the two
disagree on. A later batch of passages is labelled the same way in its own folder,
``labels/batch<N>/``, whose ``passages.txt`` lists the batch's passages (one id a line); the
first batch is every passage no later batch lists. `settle` takes the agreed label where they
agree and the decision where they do not, checks that every piece of evidence stands in its
passage, and writes both into the passage's front matter, as a bank's samples hold them.
"""

from __future__ import annotations

import sys
import tomllib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from casebank.evaluation import LABELS  # noqa: E402
from casebank.loader import split_front_matter  # noqa: E402

LANGUAGES = ("en", "de", "fa")
Cell = tuple[str, str]  # passage id, argument id


def batches(root: Path = HERE) -> list[Path]:
    """The folders of labels under the corpus at `root`, one per batch of passages, first first."""
    folder = root / "labels"
    later = sorted(
        (p for p in folder.glob("batch*") if p.is_dir() and p.name[5:].isdigit()),
        key=lambda p: int(p.name[5:]),
    )
    return [folder, *later]


def batch_passages(folder: Path, language: str, root: Path = HERE) -> list[str]:
    """The passages of one language that the labels in `folder` (one of `batches`) are about."""
    listed = {
        later: set((later / "passages.txt").read_text(encoding="utf-8").split())
        for later in batches(root)[1:]
    }
    every = sorted(p.stem for p in (root / "passages" / language).glob(f"{language}-*.md"))
    if folder in listed:
        return [p for p in every if p in listed[folder]]
    others = set().union(*listed.values())
    return [p for p in every if p not in others]


def read_labels(path: Path) -> dict[Cell, dict[str, str]]:
    """One labeller's file: per (passage, argument) the label and, for covered/partly, evidence."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    cells: dict[Cell, dict[str, str]] = {}
    for passage, table in data.items():
        for argument, value in table.items():
            if argument == "note":
                continue
            if isinstance(value, str):
                value = {"label": value}
            label = value.get("label")
            if label not in LABELS:
                raise SystemExit(f"{path}: {passage}/{argument}: {label!r} is not a label")
            cells[(passage, argument)] = {k: str(v) for k, v in value.items()}
    return cells


def kappa(pairs: list[tuple[str, str]]) -> float:
    """Cohen's kappa of two raters' labels."""
    n = len(pairs)
    if not n:
        return float("nan")
    observed = sum(1 for a, b in pairs if a == b) / n
    first = Counter(a for a, _ in pairs)
    second = Counter(b for _, b in pairs)
    expected = sum(first[k] * second[k] for k in first) / (n * n)
    return 1.0 if expected == 1 else (observed - expected) / (1 - expected)


def _binary(label: str) -> str:
    return "covered" if label == "covered" else "not"


def agreement() -> None:
    """Write eval/agreement.md and labels/<lang>-disagreements.md."""
    lines = [
        "# Agreement of the two labellings",
        "",
        "Made by `python eval/labels.py agreement` from `labels/<lang>-a.toml` and",
        "`labels/<lang>-b.toml`, before settling. A cell is one argument of one passage.",
        "",
        "| language | passages | cells | agreed | kappa (3 labels) | kappa (covered or not) |"
        " a: covered / partly / missing | b: covered / partly / missing |",
        "| --- | ---: | ---: | ---: | ---: | ---: | --- | --- |",
    ]
    folders = batches()
    for folder, language in ((f, lang) for f in folders for lang in LANGUAGES):
        a_path, b_path = (folder / f"{language}-{x}.toml" for x in "ab")
        if not (a_path.exists() and b_path.exists()):
            continue
        a, b = read_labels(a_path), read_labels(b_path)
        name = language if folder == folders[0] else f"{language}, batch {folder.name[5:]}"
        if a.keys() != b.keys():
            only = sorted(a.keys() ^ b.keys())[:5]
            raise SystemExit(f"{language}: the labellers labelled different cells, e.g. {only}")
        pairs = [(a[c]["label"], b[c]["label"]) for c in sorted(a)]
        agreed = sum(1 for x, y in pairs if x == y)
        passages = len({p for p, _ in a})
        counts = [Counter(x for x, _ in pairs), Counter(y for _, y in pairs)]
        shares = [" / ".join(str(c[k]) for k in LABELS) for c in counts]
        lines.append(
            f"| {name} | {passages} | {len(pairs)} | {agreed / len(pairs):.0%} "
            f"| {kappa(pairs):.2f} | {kappa([(_binary(x), _binary(y)) for x, y in pairs]):.2f} "
            f"| {shares[0]} | {shares[1]} |"
        )
        _disagreements(folder, language, a, b)
    for folder in folders:
        notes = folder / "NOTES.md"
        if notes.exists():
            lines += ["", notes.read_text(encoding="utf-8").strip()]
    (HERE / "agreement.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


def _disagreements(
    folder: Path, language: str, a: dict[Cell, dict[str, str]], b: dict[Cell, dict[str, str]]
) -> None:
    out = [f"# {language}: cells the two labellings disagree on", ""]
    for cell in sorted(a):
        x, y = a[cell], b[cell]
        if x["label"] == y["label"]:
            continue
        out.append(f"## {cell[0]} / {cell[1]}")
        for name, value in (("a", x), ("b", y)):
            evidence = value.get("evidence", "")
            out.append(f"- {name}: **{value['label']}**" + (f": «{evidence}»" if evidence else ""))
        out.append("")
    path = folder / f"{language}-disagreements.md"
    path.write_text("\n".join(out), encoding="utf-8")


def _squash(text: str) -> str:
    return " ".join(text.split())


def settle() -> None:
    """Write the settled labels and evidence into every labelled passage's front matter."""
    for folder, language in ((f, lang) for f in batches() for lang in LANGUAGES):
        a_path, b_path, settled_path = (
            folder / f"{language}-{x}.toml" for x in ("a", "b", "settled")
        )
        if not (a_path.exists() and b_path.exists()):
            continue
        a, b = read_labels(a_path), read_labels(b_path)
        decided = read_labels(settled_path) if settled_path.exists() else {}
        final: dict[str, dict[str, dict[str, str]]] = {}
        for cell in sorted(a):
            if a[cell]["label"] == b[cell]["label"]:
                value = a[cell] if a[cell].get("evidence") else b[cell]
            elif cell in decided:
                value = decided[cell]
            else:
                raise SystemExit(f"{language}: {cell[0]}/{cell[1]} disagrees and is not settled")
            final.setdefault(cell[0], {})[cell[1]] = value
        for passage, labels in final.items():
            _write(HERE / "passages" / language / f"{passage}.md", labels)
        print(f"{language} ({folder.name}): {len(final)} passages settled")


def _write(path: Path, labels: dict[str, dict[str, str]]) -> None:
    text = path.read_text(encoding="utf-8")
    parts = split_front_matter(text)
    if parts is None:
        raise SystemExit(f"{path}: no front matter")
    front, body, _ = parts
    kept = []
    for line in front.split("\n"):
        if line.strip() in {"[expect]", "[evidence]"}:
            break
        kept.append(line)
    expect = [f'{arg} = "{v["label"]}"' for arg, v in labels.items()]
    evidence = []
    for arg, value in labels.items():
        quote = value.get("evidence", "")
        if value["label"] == "missing" or not quote:
            continue
        for piece in quote.split(" … "):
            if _squash(piece.strip(" …")) not in _squash(body):
                raise SystemExit(f"{path}: the evidence for {arg} is not in the passage: {piece!r}")
        evidence.append(f"{arg} = {_toml_string(quote)}")
    front = "\n".join([*kept, "[expect]", *expect, "[evidence]", *evidence])
    path.write_text(f"+++\n{front}\n+++\n{body}", encoding="utf-8")


def _toml_string(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def check(path: Path) -> None:
    """Check one labels file: every passage of its batch, every argument, evidence verbatim."""
    language = path.stem.split("-")[0]
    folder = path.resolve().parent
    if folder not in batches():
        raise SystemExit(
            f"{path}: a labels file belongs in eval/labels/ (batch 1) or eval/labels/batch<N>/, "
            "whose passages.txt says which passages it labels; move it there and check again"
        )
    cells = read_labels(path)
    arguments = _arguments(language)
    problems: list[str] = []
    labelled = {p for p, _ in cells}
    wanted = batch_passages(folder, language)
    problems.extend(f"{p}: not a passage of this batch" for p in sorted(labelled - set(wanted)))
    for passage_path in (HERE / "passages" / language / f"{p}.md" for p in wanted):
        parts = split_front_matter(passage_path.read_text(encoding="utf-8"))
        assert parts is not None, passage_path
        question = tomllib.loads(parts[0])["question"]
        body = _squash(parts[1])
        passage = passage_path.stem
        if passage not in labelled:
            problems.append(f"{passage}: not labelled")
            continue
        for argument in arguments[question]:
            value = cells.get((passage, argument))
            if value is None:
                problems.append(f"{passage}/{argument}: no label")
                continue
            evidence = value.get("evidence", "")
            if value["label"] != "missing" and not evidence:
                problems.append(f"{passage}/{argument}: {value['label']} needs evidence")
            for piece in evidence.split(" … ") if evidence else ():
                if _squash(piece.strip(" …")) not in body:
                    problems.append(f"{passage}/{argument}: evidence not verbatim: {piece[:60]!r}")
        extra = {a for p, a in cells if p == passage} - set(arguments[question])
        problems.extend(f"{passage}/{a}: not an argument of {question}" for a in sorted(extra))
    print("\n".join(problems) or f"{path}: {len(cells)} cells, all well formed")


def _arguments(language: str) -> dict[str, list[str]]:
    """Per question key, its argument ids, from the snapshot in arguments/<lang>.md."""
    found: dict[str, list[str]] = {}
    current: list[str] = []
    for line in (HERE / "arguments" / f"{language}.md").read_text(encoding="utf-8").split("\n"):
        if line.startswith("## "):
            current = found.setdefault(line[3:].strip(), [])
        elif line.startswith("### `"):
            current.append(line.split("`")[1])
    return found


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "check":
        check(Path(sys.argv[2]))
    elif len(sys.argv) == 2 and sys.argv[1] in {"agreement", "settle"}:
        {"agreement": agreement, "settle": settle}[sys.argv[1]]()
    else:
        raise SystemExit(f"usage: {sys.argv[0]} agreement | settle | check FILE")
