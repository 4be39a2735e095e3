"""Cue terms that match more, or less, than their author meant, found in the bank's own texts.

Three mistakes showed up when the bundled rubrics were measured on real writing:

- **A stem wider than meant.** ``market`` matches every word with its stem, "marketing" too; in a
  case about marketing that term fires on a word almost every answer uses. A stem term is flagged
  when the case text, prompt or model answer use a real word (in the shipped word list) made from
  it with a deriving ending ("-ing", "-er"; German "-ung") at least twice as often as the term.
- **A prefix narrower than meant.** ``Kritik*`` does not match "kritische". A prefix is flagged
  when the bank's own texts use a real word that shares all but the prefix's last letter, does
  not start with it, and is matched by no other term of the same list.
- **A ``with`` list the case text meets almost everywhere.** A co-occurrence condition that holds
  in most sentences of the case is no condition: any answer retelling the case meets it.

Each finding is a warning for the author, never an error: the bank may mean exactly what it says.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from casebank.cues import Kind, TermError, parse_term
from casebank.language import Analyzer, analyzer_for
from casebank.lexicon import is_known_word
from casebank.model import Question
from casebank.resemblance import argument_text
from casebank.segment import sentences

# A with list that stands in this share of the case's sentences adds almost no condition.
BROAD_WITH_SHARE = 0.5
_MIN_SENTENCES = 6
_MIN_OTHER_USES = 2
_SHORTEST_ROOT = 5
# Endings that make a word of its own from a stem term ("market" -> "marketing"): a stem term
# matches these forms too, which is what an author may not have meant.
_DERIVED = {"en": ("ing", "ings", "er", "ers"), "de": ("ung", "ungen")}
_PLURALS = {"en": ("", "s", "es"), "de": ("", "e", "en", "n", "s")}


@dataclass(frozen=True, slots=True)
class Finding:
    """A cue term or list that probably does not match what its author meant."""

    argument: str
    cue: int  # index of the group in the argument's cues
    part: tuple[str, int]  # ("any", 0) or ("with", list index)
    message: str
    hint: str


class CueLinter:
    """Lints the cues of one question against the bank's own texts for it."""

    def __init__(self, question: Question, case_text: str) -> None:
        self.question = question
        self.analyzer: Analyzer = analyzer_for(question.language)
        # What answers retell (the case and the question), and what the author wrote for each
        # argument (its texts and the model answer).
        self._retold = self._count(f"{case_text}\n\n{question.prompt}")
        # The model answer is counted once, not once for each argument: it may be long.
        model = self._count(question.model_answer)
        self._authored = {a.id: self._count(argument_text(a)) + model for a in question.arguments}
        self._case_sentences = [
            frozenset(k for t in self.analyzer.tokens(case_text[s.start : s.end]) for k in t.keys)
            for s in sentences(case_text)
            if len(case_text[s.start : s.end].split()) >= 5
        ]

    def _count(self, text: str) -> Counter[str]:
        return Counter(t.text for t in self.analyzer.tokens(text))

    def findings(self) -> list[Finding]:
        """Every finding for the question's cues, in rubric order."""
        found: list[Finding] = []
        for argument in self.question.arguments:
            for index, cue in enumerate(argument.cues):
                parts = [(("any", 0), cue.any)]
                parts += [(("with", i), group) for i, group in enumerate(cue.with_)]
                for where, terms in parts:
                    for term in terms:
                        message = self._wide_stem(term) or self._narrow_prefix(
                            term, terms, self._authored[argument.id]
                        )
                        if message:
                            found.append(Finding(argument.id, index, where, *message))
                for i, group in enumerate(cue.with_):
                    message = self._broad_with(group)
                    if message:
                        found.append(Finding(argument.id, index, ("with", i), *message))
        return found

    def _single_word(self, term: str) -> tuple[Kind, str, frozenset[str]] | None:
        try:
            words = parse_term(term, self.analyzer)
        except TermError:
            return None
        if len(words) != 1:
            return None
        return words[0].kind, words[0].form, words[0].keys

    def _wide_stem(self, term: str) -> tuple[str, str] | None:
        word = self._single_word(term)
        if word is None or word[0] is not Kind.STEM:
            return None
        _, form, keys = word
        derived = _DERIVED.get(self.analyzer.language, ())
        plurals = _PLURALS.get(self.analyzer.language, ("",))
        mine = sum(
            n
            for w, n in self._retold.items()
            if self.analyzer.form(w) in {form + p for p in plurals}
        )
        others = {
            w: n
            for w, n in self._retold.items()
            if any(self.analyzer.form(w) == form + ending for ending in derived)
            and self.analyzer.keys(w) & keys
            and n >= _MIN_OTHER_USES
            and n >= 2 * mine
            and is_known_word(w, self.analyzer.language)
        }
        if not others:
            return None
        listed = ", ".join(f"'{w}'" for w, _ in Counter(others).most_common(3))
        return (
            f"the term {term!r} also matches {listed}, a word of its own that the case text uses "
            f"more often than {term!r}",
            f"if only the word itself is meant, write '={form}' (and its plural the same way)",
        )

    def _narrow_prefix(
        self, term: str, group: tuple[str, ...], authored: Counter[str]
    ) -> tuple[str, str] | None:
        word = self._single_word(term)
        if word is None or word[0] is not Kind.PREFIX:
            return None
        prefix = word[1]
        shortest = max(_SHORTEST_ROOT, len(prefix) - 1)
        missed = [
            w
            for w in authored
            if len(_common_prefix(self.analyzer.form(w), prefix)) >= shortest
            and not self.analyzer.form(w).startswith(prefix)
            and not self._matches_any(w, group)
            and is_known_word(w, self.analyzer.language)
        ]
        if not missed:
            return None
        listed = ", ".join(f"'{w}'" for w in sorted(missed)[:3])
        return (
            f"the prefix {term!r} does not match {listed}, which the argument's own texts use, "
            "nor does any other term of its list",
            f"write '{prefix[:-1]}*' if these belong to the argument, or add them as terms",
        )

    def _matches_any(self, written: str, group: tuple[str, ...]) -> bool:
        form, keys = self.analyzer.form(written), self.analyzer.keys(written)
        for term in group:
            word = self._single_word(term)
            if word is None:
                continue
            kind, term_form, term_keys = word
            if (kind is Kind.PREFIX and form.startswith(term_form)) or (
                kind is Kind.STEM and keys & term_keys
            ):
                return True
            if kind in {Kind.EXACT, Kind.CASED} and form == term_form:
                return True
        return False

    def _broad_with(self, group: tuple[str, ...]) -> tuple[str, str] | None:
        if len(self._case_sentences) < _MIN_SENTENCES:
            return None
        keys: set[str] = set()
        prefixes: list[str] = []
        for term in group:
            word = self._single_word(term)
            if word is None:
                continue
            kind, form, term_keys = word
            if kind is Kind.PREFIX:
                prefixes.append(form)
            else:
                keys.update(term_keys or self.analyzer.keys(form))
        hit = sum(
            1
            for sentence in self._case_sentences
            if sentence & keys or any(k.startswith(p) for k in sentence for p in prefixes)
        )
        share = hit / len(self._case_sentences)
        if share < BROAD_WITH_SHARE:
            return None
        shown = ", ".join(f"'{t}'" for t in group[:4]) + (", …" if len(group) > 4 else "")
        return (
            f"the 'with' list [{shown}] stands in {hit} of {len(self._case_sentences)} sentences "
            "of the case text, so it adds almost no condition",
            "name what only an answer making this argument would add",
        )


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def lint(question: Question, case_text: str) -> list[Finding]:
    """The findings for one question's cues; see the module's docstring."""
    return CueLinter(question, case_text).findings()
