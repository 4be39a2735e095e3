"""`make eval`: how well the bundled rubrics detect arguments in real writing by other people.

Runs the coverage engine and two keyword baselines in the manner of H5P Essay over the labelled
passages of one half of the corpus (the test half unless told otherwise), and prints per language
and per question the precision, recall and F1 of "covered", and the F1 of "covered or partly".
The same figures, and every verdict, go to a JSON file. See eval/README.md.

    python eval/run.py                       # the test half, every language
    python eval/run.py --split tune --arguments --lang en
    python eval/run.py --question fc-botschafter/glaubwuerdigkeit --arguments
    python eval/run.py --batch 2             # only the second batch's passages of the test half
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import tomllib
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from labels import batch_passages, batches  # noqa: E402

from casebank.coverage import DEFAULT_OPTIONS, Options  # noqa: E402
from casebank.evaluation import (  # noqa: E402
    COVERED,
    COVERED_OR_PARTLY,
    DETECTORS,
    Counts,
    Evaluation,
    Labelled,
    casewise,
    difference,
    evaluate,
    interval,
    read_labelled,
)
from casebank.loader import load  # noqa: E402
from casebank.model import Question  # noqa: E402

BANKS = HERE.parent / "resources" / "banks"


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation; see the module's docstring."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("test", "tune", "all"), default="test")
    parser.add_argument("--lang", action="append", help="only this language (repeatable)")
    parser.add_argument(
        "--question",
        action="append",
        metavar="CASE/QUESTION",
        help="only this question (repeatable; 'bank-id:case/question' or 'case/question')",
    )
    parser.add_argument("--arguments", action="store_true", help="a row per argument too")
    parser.add_argument(
        "--batch",
        type=int,
        metavar="N",
        help="only the passages of batch N of the corpus (eval/labels/batch<N>/passages.txt; "
        "1 is every passage no later batch lists)",
    )
    parser.add_argument("--corpus", type=Path, default=HERE / "passages")
    parser.add_argument("--split-file", type=Path, default=HERE / "split.toml")
    parser.add_argument("--banks", type=Path, default=BANKS)
    parser.add_argument("--json", type=Path, default=HERE / "out" / "results.json")
    parser.add_argument(
        "--option",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="change one of the engine's rules (casebank.coverage.Options), e.g. window=1 or "
        "promote_margin=none, to measure what it does",
    )
    args = parser.parse_args(argv)
    DETECTORS["casewise"] = partial(casewise, options=_options(args.option))

    started = time.perf_counter()
    questions = _questions(args.banks)
    split = tomllib.loads(args.split_file.read_text(encoding="utf-8"))
    languages = args.lang or sorted(k for k in split if isinstance(split[k], dict))
    per_language: dict[str, object] = {}
    folders = batches(args.corpus.parent)
    if args.batch is not None and not 1 <= args.batch <= len(folders):
        raise SystemExit(f"--batch {args.batch}: the corpus has {len(folders)} batches")
    for language in languages:
        ids = _ids(split, language, args.split)
        if args.batch is not None:
            in_batch = set(batch_passages(folders[args.batch - 1], language, args.corpus.parent))
            ids = [i for i in ids if i in in_batch]
        answers = [read_labelled(args.corpus / language / f"{i}.md") for i in ids]
        answers = [a for a in answers if a.expect and _wanted(a.question, args.question)]
        if not answers:
            batch = f" of batch {args.batch}" if args.batch is not None else ""
            print(f"{language}: no labelled passages in the {args.split} half{batch}")
            continue
        results = evaluate(answers, questions)
        spread = _spread(answers, results)
        _print(language, args.split, answers, results, spread, args.arguments)
        per_language[language] = _json(answers, results, spread)
    report = {"split": args.split, "languages": per_language}
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", "utf-8")
    print(f"\nJSON: {args.json}  ({time.perf_counter() - started:.1f} s)")
    return 0


def _options(pairs: list[str]) -> Options:
    changes: dict[str, Any] = {}
    for pair in pairs:
        name, _, value = pair.partition("=")
        if name not in Options.__dataclass_fields__:
            raise SystemExit(f"--option {pair}: no rule {name!r}; see casebank.coverage.Options")
        changes[name] = (
            None if value.lower() == "none" else float(value) if "." in value else int(value)
        )
    return replace(DEFAULT_OPTIONS, **changes)


def _questions(banks: Path) -> dict[str, Question]:
    found: dict[str, Question] = {}
    for folder in sorted(p for p in banks.iterdir() if (p / "bank.toml").exists()):
        bank = load(folder)
        for question in bank.questions():
            found[f"{bank.id}:{question.key}"] = question
    return found


def _wanted(question: str, wanted: list[str] | None) -> bool:
    """Whether `question` (``bank-id:case/question``) is one of those asked for, if any were."""
    return wanted is None or any(
        question in (w, question.split(":", 1)[0] + ":" + w) for w in wanted
    )


def _ids(split: dict[str, object], language: str, half: str) -> list[str]:
    table = split.get(language)
    if not isinstance(table, dict):
        raise SystemExit(f"{language}: no split recorded in the split file")
    halves = ("tune", "test") if half == "all" else (half,)
    return sorted(i for h in halves for i in table.get(h, []))


# Per detector, the 95 % interval of its F1 of covered ("interval"), and of its F1 minus each
# other detector's on the same draws ("minus", by the other's name).
Spread = dict[str, dict[str, Any]]


def _spread(answers: list[Labelled], results: dict[str, Evaluation]) -> Spread:
    """The bootstrap intervals `_print` and `_json` report, worked out once for both."""
    return {
        name: {
            "interval": interval(answers, evaluation),
            "minus": {
                other: difference(answers, evaluation, results[other])
                for other in results
                if other != name
            },
        }
        for name, evaluation in results.items()
    }


def _print(
    language: str,
    half: str,
    answers: list[Labelled],
    results: dict[str, Evaluation],
    spread: Spread,
    arguments: bool,
) -> None:
    names = list(DETECTORS)
    print(f"\n{language}: {len(answers)} passages, {half} half")
    head = f"{'question':44} {'cells':>5} {'pos':>4}  {'P':>5} {'R':>5} {'F1':>5}  {'F1 c|p':>6}"
    head += "".join(f"  {n + ' F1':>14}" for n in names[1:])
    print(head)
    print("-" * len(head))
    questions = sorted({a.question for a in answers})
    for question in questions:
        _row(question.split(":", 1)[1], [results[n].total([question]) for n in names])
        if arguments:
            for (q, argument), counts in sorted(results["casewise"].by_argument.items()):
                if q == question:
                    others = [results[n].by_argument[(q, argument)] for n in names[1:]]
                    _row("  " + argument, [counts, *others])
    print("-" * len(head))
    _row("all (micro)", [results[n].total() for n in names])
    spans = ", ".join(
        f"{n} {low:.2f}–{high:.2f}" for n in names for low, high in [spread[n]["interval"]]
    )
    print(f"F1 of covered, 95 % interval (bootstrap over the passages): {spans}")
    main = results[names[0]]
    f1 = main.total().scores(COVERED).f1
    gaps = []
    for name in names[1:]:
        gap = f1 - results[name].total().scores(COVERED).f1
        low, high = spread[names[0]]["minus"][name]
        gaps.append(f"{name} {gap:+.2f} ({low:+.2f} to {high:+.2f})")
    print(f"{names[0]} minus, with its paired 95 % interval: {', '.join(gaps)}")


def _row(name: str, counts: list[Counts]) -> None:
    main = counts[0]
    covered = main.scores(COVERED)
    either = main.scores(COVERED_OR_PARTLY)
    positives = covered.tp + covered.fn
    line = f"{name[:44]:44} {main.cells:>5} {positives:>4}  "
    line += f"{covered.precision:5.2f} {covered.recall:5.2f} {covered.f1:5.2f}  {either.f1:6.2f}"
    line += "".join(f"  {c.scores(COVERED).f1:14.2f}" for c in counts[1:])
    print(line)


def _json(
    answers: list[Labelled], results: dict[str, Evaluation], spread: Spread
) -> dict[str, object]:
    out: dict[str, object] = {"passages": [a.id for a in answers]}
    for name, evaluation in results.items():
        per_question: dict[str, object] = {}
        for question in sorted({a.question for a in answers}):
            per_question[question] = {
                "micro": _scores(evaluation.total([question])),
                "arguments": {
                    argument: _scores(counts)
                    for (q, argument), counts in sorted(evaluation.by_argument.items())
                    if q == question
                },
            }
        out[name] = {
            "micro": _scores(evaluation.total()),
            "interval": list(spread[name]["interval"]),
            "minus": {other: list(gap) for other, gap in spread[name]["minus"].items()},
            "questions": per_question,
            "verdicts": {f"{p}/{a}": v for (p, a), v in sorted(evaluation.verdicts.items())},
        }
    return out


def _scores(counts: Counts) -> dict[str, object]:
    result: dict[str, object] = {"cells": counts.cells}
    for name, positive in (("covered", COVERED), ("covered_or_partly", COVERED_OR_PARTLY)):
        s = counts.scores(positive)
        result[name] = {
            "tp": s.tp,
            "fp": s.fp,
            "fn": s.fn,
            "precision": round(s.precision, 4),
            "recall": round(s.recall, 4),
            "f1": round(s.f1, 4),
        }
    return result


if __name__ == "__main__":
    raise SystemExit(main())
