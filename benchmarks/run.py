"""`make bench`: how fast Casewise is where a student would feel it. Prints a table of figures.

Figures, not verdicts: the machines are shared and noisy, so nothing here passes or fails. Each
line names its target so a reader can compare.
"""

from __future__ import annotations

import importlib
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from casebank.coverage import Checker
from casebank.model import Argument, Cue, Question
from casebank.words import count_words

Row = tuple[str, str, str]

# Ten arguments of three cue groups each, with synonyms, phrases, prefixes and co-occurrence: the
# shape of a real rubric (the bundled ones have 5 to 10 arguments of 2 to 4 groups).
_CONCEPTS = [
    ("facebook", "friends", "promotion", "deal", "discount*", "special offer"),
    ("twitter", "tweet", "content", "news", "article", "real-time"),
    ("customer service", "complaint", "respond*", "reply", "support", "response time"),
    ("review", "fake review", "paid", "incentive", "trust", "credibility"),
    ("international", "country", "culture", "language", "local*", "market"),
    ("data", "search", "purchase history", "insight", "preference", "recommendation"),
    ("community", "fan", "loyal*", "relationship", "engagement", "advocate"),
    ("monitor*", "listening", "sentiment", "alert", "dashboard", "tool"),
    ("brand", "image", "reputation", "perception", "ideal", "value"),
    ("budget", "cost", "investment", "return", "measure*", "metric"),
]


def _question() -> Question:
    arguments = []
    for index, words in enumerate(_CONCEPTS):
        a, b, c, d, e, f = words
        cues = (
            Cue((a, b), ((c, d),)),
            Cue((c, d, e)),
            Cue((e, f), ((a, "company", "amazon"),)),
        )
        arguments.append(
            Argument(f"arg-{index}", f"Argument {index}", 2, "g", "f", "m", "p", cues, 2, 1)
        )
    return Question("bench", "bench", "Discuss social media.", 20, "model", tuple(arguments), "en")


def _answer(words: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    filler = (  # noqa: SIM905 (one readable sentence)
        "the company also thinks that its shoppers in many places respond well when "
        "managers explain clearly why each channel matters for growth over time"
    ).split()
    vocabulary = [w.rstrip("*") for concept in _CONCEPTS for w in concept]
    sentences: list[str] = []
    total = 0
    while total < words:
        length = rng.randint(12, 24)
        chosen = [
            rng.choice(vocabulary) if rng.random() < 0.2 else rng.choice(filler)
            for _ in range(length)
        ]
        sentence = " ".join(chosen).capitalize() + "."
        sentences.append(sentence)
        total += count_words(sentence)
        if rng.random() < 0.15:
            sentences.append("\n\n")
    return " ".join(sentences)


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


def _time(fn: Callable[[], object], runs: int) -> list[float]:
    fn()  # warm-up: first-use caches are a one-off, not what the student waits for each time
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def bench_engine(runs: int = 200) -> list[Row]:
    """Full check and incremental re-check of a 2,000-word answer against a 10-argument rubric."""
    question = _question()
    answer = _answer(2000)
    full = _time(lambda: Checker(question).check(answer), runs)

    checker = Checker(question)
    checker.check(answer)
    middle = len(answer) // 2
    state = {"n": 0}

    def edit() -> None:
        # One keystroke in the middle of the answer, then a re-check, as the app does on a pause.
        state["n"] += 1
        letter = "abcdefghij"[state["n"] % 10] * (1 + state["n"] // 10)
        checker.check(answer[:middle] + letter + answer[middle:])

    incremental = _time(edit, runs)
    words = count_words(answer)
    p50, p95 = _percentiles(full)
    i50, i95 = _percentiles(incremental)
    return [
        (
            f"engine: full check, {words} words, 10 arguments",
            f"p50 {p50:.1f} ms, p95 {p95:.1f} ms",
            "p95 < 20 ms",
        ),
        ("engine: re-check after one edit", f"p50 {i50:.2f} ms, p95 {i95:.2f} ms", "p95 < 5 ms"),
    ]


def main() -> None:
    """Run every benchmark that exists and print one table."""
    rows = bench_engine()
    for module, function in (("benchmarks.export_bench", "bench_export"),):
        try:
            bench = getattr(importlib.import_module(module), function)
        except ImportError:
            continue
        rows.extend(bench())
    width = max(len(r[0]) for r in rows)
    value_width = max(len(r[1]) for r in rows)
    print(f"{'benchmark':<{width}}  {'measured':<{value_width}}  target")
    for name, value, target in rows:
        print(f"{name:<{width}}  {value:<{value_width}}  {target}")


if __name__ == "__main__":
    main()
