"""The coverage engine: a full check and a re-check after one keystroke, on a 2,000-word answer
against a ten-argument rubric. Targets: full check p95 < 20 ms, re-check p95 < 5 ms."""

from __future__ import annotations

import random

from benchmarks.measure import Line, ms_line, timed_ms
from casebank.coverage import Checker
from casebank.model import Argument, Cue, Question
from casebank.words import count_words

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


def question() -> Question:
    """A ten-argument question in English."""
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


def answer(words: int, seed: int = 1) -> str:
    """An answer of about `words` words that touches the rubric's terms now and then."""
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


def bench_engine(runs: int = 200) -> list[Line]:
    """Full check and incremental re-check of a 2,000-word answer against a 10-argument rubric."""
    rubric = question()
    text = answer(2000)
    full_cpu: list[float] = []
    full = timed_ms(lambda: Checker(rubric).check(text), runs, cpu=full_cpu)

    checker = Checker(rubric)
    checker.check(text)
    middle = len(text) // 2
    state = {"n": 0}

    def edit() -> None:
        # One keystroke in the middle of the answer, then a re-check, as the app does on a pause.
        state["n"] += 1
        letter = "abcdefghij"[state["n"] % 10] * (1 + state["n"] // 10)
        checker.check(text[:middle] + letter + text[middle:])

    incremental_cpu: list[float] = []
    incremental = timed_ms(edit, runs, cpu=incremental_cpu)
    words = count_words(text)
    return [
        ms_line(f"engine: full check, {words:,} words, 10 arguments", full, 20, cpu=full_cpu),
        ms_line(
            "engine: re-check after one keystroke", incremental, 5, decimals=2, cpu=incremental_cpu
        ),
    ]
