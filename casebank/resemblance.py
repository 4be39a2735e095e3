"""How much a sentence resembles each argument's own texts: a second, cue-free signal.

Cues catch the ways an author foresaw; students also make an argument in words no cue names. Every
argument of a bank already says what it is about in several texts (title, guidance, model
paragraph, the feedback for when it is found and when it is missing). A sentence that shares more
of those texts' distinctive stems than of any *other* argument's texts is probably making this
argument, even when no cue fires.

The measure is deliberately simple and explainable: the engine's own normalised stems, weighted by
IDF over the question's texts (the prompt, each argument's texts, each paragraph of the model
answer), so that words every text uses (the company, the platform) weigh little and distinctive
ones weigh much. A sentence's resemblance to an argument is the weighted share of the sentence's
content stems that stand in the argument's texts; its **margin** is that resemblance minus the
best resemblance to any other argument. The coverage engine uses it only to promote an argument it
already found partly covered, never to find one from nothing (see `casebank.coverage`).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence

from casebank.language import Analyzer, Token
from casebank.model import Argument, Question

# Stems of fewer letters carry little meaning (Persian stems are short: two letters suffice).
_MIN_LETTERS = {"fa": 2}
_DEFAULT_MIN_LETTERS = 3


def argument_text(argument: Argument) -> str:
    """The texts of an argument that say what it is about."""
    return "\n\n".join(
        (
            argument.title,
            argument.guidance,
            argument.model_paragraph,
            argument.found,
            argument.missing,
        )
    )


class Resembler:
    """The arguments of one question as weighted stem sets, ready to compare sentences with."""

    def __init__(
        self, question: Question, analyzer: Analyzer, function_words: frozenset[str]
    ) -> None:
        self.analyzer = analyzer
        self._function = function_words
        self._min = _MIN_LETTERS.get(analyzer.language, _DEFAULT_MIN_LETTERS)
        self.arguments = tuple(a.id for a in question.arguments)
        texts = [self.stems(argument_text(a)) for a in question.arguments]
        documents = [*texts, self.stems(question.prompt)]
        documents += [self.stems(p) for p in question.model_answer.split("\n\n") if p.strip()]
        df = Counter(stem for doc in documents for stem in doc)
        n = len(documents)
        self._idf = {stem: math.log((n + 1) / (count + 0.5)) for stem, count in df.items()}
        # A stem no text of the question holds is as distinctive as the rarest.
        self._unseen = math.log((n + 1) / 0.5)
        self._texts = texts
        # Which arguments' texts hold each stem: a sentence is then scored in one pass.
        self._holders: dict[str, tuple[int, ...]] = {}
        for index, text in enumerate(texts):
            for stem in text:
                self._holders[stem] = (*self._holders.get(stem, ()), index)
        # Each stem's weight and holders in one look-up: `scores` runs on every new sentence.
        self._weighed = {
            stem: (idf, self._holders.get(stem, ())) for stem, idf in self._idf.items()
        }
        self._unseen_weighed: tuple[float, tuple[int, ...]] = (self._unseen, ())

    def stems(self, text: str) -> frozenset[str]:
        """The stems of the content words of `text`."""
        return self.content_stems(self.analyzer.tokens(text))

    def content_stems(self, tokens: Iterable[Token]) -> frozenset[str]:
        """The stems of those of `tokens` that are content words."""
        return frozenset(min(t.keys) for t in tokens if self.is_content(t.form, t.keys))

    def is_content(self, form: str, keys: frozenset[str]) -> bool:
        """Whether a word of this form and these keys is a content word, whose stem counts."""
        return (
            bool(keys)
            and form not in self._function
            and len(form) >= self._min
            and not form.isdigit()
        )

    def scores(self, stems: frozenset[str]) -> tuple[float, ...]:
        """The sentence's resemblance to each argument, in rubric order."""
        scores = [0.0] * len(self._texts)
        weight = 0.0
        weighed, unseen = self._weighed.get, self._unseen_weighed
        for stem in stems:
            idf, holders = weighed(stem, unseen)
            weight += idf
            for index in holders:
                scores[index] += idf
        if not weight:
            return tuple(scores)
        return tuple(score / weight for score in scores)

    def shared(self, stems: frozenset[str], index: int) -> tuple[str, ...]:
        """The stems a sentence shares with one argument's texts, most distinctive first."""
        common = stems & self._texts[index]
        return tuple(sorted(common, key=lambda s: (-self._idf[s], s)))


def margin(scores: Sequence[float], index: int) -> float:
    """One argument's resemblance minus the best resemblance to any other argument."""
    others = [s for i, s in enumerate(scores) if i != index]
    return scores[index] - (max(others) if others else 0.0)
