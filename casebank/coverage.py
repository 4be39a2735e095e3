"""The coverage engine: which key arguments of a question an answer covers, and the evidence.

`Checker(question).check(answer)` returns a `Coverage`: per argument a status (covered, partly,
missing, or self-assessed for arguments without cues), a score and evidence spans. It is
deterministic and explains itself: every piece of evidence names the cue group and the term that
matched, and whether the match was a near one (a typing mistake).

A checker keeps the analysis of every sentence it has seen, keyed by the sentence's text. Checking
the answer again after an edit re-analyses only the sentences that changed, which is what makes it
cheap enough to run on every pause in typing.

What the engine cannot know: it detects whether an argument is *present*, from the words and their
company; it cannot judge whether the argument is right, well reasoned or well written. That is what
the student's self-assessment, and the tutor, are for.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from casebank.cues import Matcher, WordMatch
from casebank.language import Token, analyzer_for
from casebank.lexicon import function_words
from casebank.model import Argument, Cue, Question, Scope
from casebank.segment import Sentence, sentences
from casebank.words import count_words

# A passage of this many words that also stands in the question prompt is a quotation of it.
QUOTE_WORDS = 5
# A sentence has to have this many words, of which this many (and this share) are not cue words,
# to count as a sentence rather than a list of keywords.
PROSE_MIN_WORDS = 5
PROSE_MIN_PLAIN = 2
PROSE_MIN_PLAIN_SHARE = 0.25
_LIST_SEPARATORS = re.compile(r"[,;،؛/|]")
_TERMINAL = re.compile(r"[.!?؟…。！？][\"'”’»)\]]*\s*$")
_CACHE_SENTENCES = 8192


class Status(Enum):
    """How far an answer covers an argument."""

    COVERED = "covered"
    PARTLY = "partly"
    MISSING = "missing"
    SELF_ASSESSED = "self-assessed"  # the argument has no cues: only the student can judge it


@dataclass(frozen=True, slots=True)
class Evidence:
    """A span of the answer that met a cue, and the sentence it stands in."""

    start: int
    end: int
    text: str
    cue: str
    term: str
    fuzzy: bool
    sentence_start: int
    sentence_end: int


@dataclass(frozen=True, slots=True)
class ArgumentCoverage:
    """The verdict on one argument."""

    argument: Argument
    status: Status
    score: float
    groups_met: int
    groups_needed: int
    evidence: tuple[Evidence, ...]
    met: tuple[str, ...]
    unmet: tuple[str, ...]
    only_in_lists: bool = False

    @property
    def id(self) -> str:
        """The argument's id."""
        return self.argument.id


@dataclass(frozen=True, slots=True)
class Coverage:
    """The verdict on an answer: every argument, in rubric order, and the overall score."""

    question: Question
    words: int
    arguments: tuple[ArgumentCoverage, ...]

    @property
    def score(self) -> float:
        """The marks-weighted share of detectable arguments covered, from 0 to 1."""
        scored = [a for a in self.arguments if a.status is not Status.SELF_ASSESSED]
        total = sum(a.argument.marks for a in scored)
        if not total:
            return 0.0
        return sum(a.argument.marks * a.score for a in scored) / total

    def counts(self) -> dict[Status, int]:
        """How many arguments have each status."""
        result = dict.fromkeys(Status, 0)
        for a in self.arguments:
            result[a.status] += 1
        return result

    def at(self, offset: int) -> list[ArgumentCoverage]:
        """The arguments whose evidence lies in the sentence at `offset` of the answer."""
        return [
            a
            for a in self.arguments
            if any(e.sentence_start <= offset <= e.sentence_end for e in a.evidence)
        ]


@dataclass(frozen=True, slots=True)
class _Hit:
    term: int
    start: int  # relative to the sentence
    end: int
    fuzzy: bool


@dataclass(frozen=True, slots=True)
class _Analysis:
    """What one sentence holds, independent of where it stands in the answer."""

    hits: tuple[_Hit, ...]
    prose: bool
    terms: frozenset[int]
    words: int


@dataclass(frozen=True, slots=True)
class _CompiledCue:
    cue: Cue
    any: frozenset[int]
    with_: tuple[frozenset[int], ...]


class Checker:
    """Checks answers to one question. Reuse it: it remembers sentences it has analysed."""

    def __init__(self, question: Question) -> None:
        self.question = question
        self.analyzer = analyzer_for(question.language)
        self.matcher = Matcher(self.analyzer)
        self._cues: dict[str, tuple[_CompiledCue, ...]] = {}
        for argument in question.arguments:
            self._cues[argument.id] = tuple(self._compile(c) for c in argument.cues)
        forms = [t.form for t in self.analyzer.tokens(question.prompt)]
        self._prompt_ngrams = {
            tuple(forms[i : i + QUOTE_WORDS]) for i in range(len(forms) - QUOTE_WORDS + 1)
        }
        self._sentences: OrderedDict[str, _Analysis] = OrderedDict()
        self._function_words = frozenset(
            self.analyzer.form(w) for w in function_words(question.language)
        )

    def _compile(self, cue: Cue) -> _CompiledCue:
        return _CompiledCue(
            cue,
            frozenset(self.matcher.add(t) for t in cue.any),
            tuple(frozenset(self.matcher.add(t) for t in group) for group in cue.with_),
        )

    def check(self, answer: str) -> Coverage:
        """Check an answer and return the coverage of every argument of the question."""
        spans = sentences(answer)
        units = _Units(answer, [(s, self._analyse(answer[s.start : s.end])) for s in spans])
        verdicts = tuple(self._judge(a, units) for a in self.question.arguments)
        # Sentences hold every word of the answer, and no word is cut between two of them, so the
        # sum of their counts is count_words(answer); the cached counts keep re-checks cheap.
        return Coverage(self.question, sum(a.words for _, a in units.items), verdicts)

    def hits(self, sentence: str) -> tuple[tuple[int, int, int, bool], ...]:
        """The cue terms in one sentence, as (term id in `matcher`, start, end, near match).

        Words quoting the prompt are left out, as judging leaves them out; `casebank.explain`
        uses this to show what a sentence almost met.
        """
        return tuple((h.term, h.start, h.end, h.fuzzy) for h in self._analyse(sentence).hits)

    def is_prose(self, sentence: str) -> bool:
        """Whether `sentence` counts as a sentence rather than a list of keywords."""
        return self._analyse(sentence).prose

    def _analyse(self, sentence: str) -> _Analysis:
        cached = self._sentences.get(sentence)
        if cached is not None:
            self._sentences.move_to_end(sentence)
            return cached
        analysis = self._analyse_new(sentence)
        self._sentences[sentence] = analysis
        if len(self._sentences) > _CACHE_SENTENCES:
            self._sentences.popitem(last=False)
        return analysis

    def _analyse_new(self, sentence: str) -> _Analysis:
        tokens = self.analyzer.tokens(sentence)
        quoted = self._quoted(tokens)
        matches = [self.matcher.match(t) for t in tokens]
        if self.matcher.has_cased:
            # Tokens are casefolded; a case-sensitive term looks at the word as written.
            matches = [
                m + self.matcher.match_cased(sentence[t.start : t.end])
                for m, t in zip(matches, tokens, strict=True)
            ]
        hits: list[_Hit] = []
        cue_tokens: set[int] = set()
        for i, token_matches in enumerate(matches):
            for first in token_matches:
                for term_id in self.matcher.starting_with.get(first.word, ()):
                    length = self._match_term(term_id, matches, i, first)
                    if length is None:
                        continue
                    cue_tokens.update(range(i, i + length))
                    if any(quoted[i : i + length]):
                        continue
                    fuzzy = first.fuzzy or any(
                        m.fuzzy
                        for j, w in enumerate(self.matcher.terms[term_id].words[1:], i + 1)
                        for m in matches[j]
                        if m.word == w
                    )
                    end = tokens[i + length - 1].end
                    hits.append(_Hit(term_id, tokens[i].start, end, fuzzy))
        # Function words never make a sentence look like a list, even when a cue uses them.
        listed = sum(1 for i in cue_tokens if tokens[i].form not in self._function_words)
        prose = _is_prose(sentence, len(tokens), listed)
        words = count_words(sentence, self.question.language)
        return _Analysis(tuple(hits), prose, frozenset(h.term for h in hits), words)

    def _match_term(
        self, term_id: int, matches: list[tuple[WordMatch, ...]], i: int, first: WordMatch
    ) -> int | None:
        words = self.matcher.terms[term_id].words
        if words[0] != first.word or i + len(words) > len(matches):
            return None
        for offset, word in enumerate(words[1:], 1):
            if not any(m.word == word for m in matches[i + offset]):
                return None
        return len(words)

    def _quoted(self, tokens: list[Token]) -> list[bool]:
        quoted = [False] * len(tokens)
        if not self._prompt_ngrams:
            return quoted
        forms = [t.form for t in tokens]
        for i in range(len(forms) - QUOTE_WORDS + 1):
            if tuple(forms[i : i + QUOTE_WORDS]) in self._prompt_ngrams:
                for j in range(i, i + QUOTE_WORDS):
                    quoted[j] = True
        return quoted

    def _judge(self, argument: Argument, units: _Units) -> ArgumentCoverage:
        cues = self._cues[argument.id]
        if not cues:
            return ArgumentCoverage(argument, Status.SELF_ASSESSED, 0.0, 0, 0, (), (), ())
        met: list[str] = []
        unmet: list[str] = []
        evidence: list[Evidence] = []
        in_prose = False
        for compiled in cues:
            found, prose = self._group(compiled, units)
            if found:
                met.append(compiled.cue.name)
                evidence.extend(found)
                in_prose = in_prose or prose
            else:
                unmet.append(compiled.cue.name)
        needed = min(argument.covered_at, len(cues))
        count = len(met)
        only_in_lists = count >= needed and not in_prose
        if count >= needed and in_prose:
            status, score = Status.COVERED, 1.0
        elif count >= argument.partly_at:
            status = Status.PARTLY
            score = min(count, needed - 1) / needed if needed > 1 else 0.5
        else:
            status, score = Status.MISSING, 0.0
        unique = sorted(set(evidence), key=lambda e: (e.start, e.end, e.cue, e.term, e.fuzzy))
        return ArgumentCoverage(
            argument,
            status,
            round(score, 4),
            count,
            needed,
            tuple(unique),
            tuple(met),
            tuple(unmet),
            only_in_lists,
        )

    def _group(self, compiled: _CompiledCue, units: _Units) -> tuple[list[Evidence], bool]:
        """The evidence that meets one cue group, and whether any of it stands in prose."""
        name = compiled.cue.name
        candidates = units.containing(compiled.any)
        if not compiled.with_:
            found = []
            for index in candidates:
                found.extend(units.evidence(index, compiled.any, name, self.matcher))
            return found, any(units.items[i][1].prose for i in candidates)
        # Co-occurrence: every part must stand in the same sentence (or paragraph) of prose.
        wanted = compiled.any.union(*compiled.with_)
        found = []
        if compiled.cue.scope is Scope.SENTENCE:
            for index in candidates:
                analysis = units.items[index][1]
                if analysis.prose and _co_occur(analysis.hits, compiled):
                    found.extend(units.evidence(index, wanted, name, self.matcher))
            return found, bool(found)
        paragraphs = dict.fromkeys(units.items[i][0].paragraph for i in candidates)
        for paragraph in paragraphs:
            members = [i for i in units.paragraphs[paragraph] if units.items[i][1].prose]
            hits = tuple(
                _Hit(h.term, span.start + h.start, span.start + h.end, h.fuzzy)
                for span, analysis in (units.items[i] for i in members)
                for h in analysis.hits
            )
            if _co_occur(hits, compiled):
                for index in members:
                    found.extend(units.evidence(index, wanted, name, self.matcher))
        return found, bool(found)


class _Units:
    """The analysed sentences of one answer, indexed by the terms they hold."""

    def __init__(self, answer: str, items: list[tuple[Sentence, _Analysis]]) -> None:
        self.answer = answer
        self.items = items
        self._by_term: dict[int, list[int]] = {}
        self.paragraphs: dict[int, list[int]] = {}
        for index, (span, analysis) in enumerate(items):
            self.paragraphs.setdefault(span.paragraph, []).append(index)
            for term in analysis.terms:
                self._by_term.setdefault(term, []).append(index)

    def containing(self, terms: frozenset[int]) -> list[int]:
        """Indices of the sentences that hold any of `terms`, in order."""
        found: set[int] = set()
        for term in terms:
            found.update(self._by_term.get(term, ()))
        return sorted(found)

    def evidence(
        self, index: int, terms: frozenset[int], cue: str, matcher: Matcher
    ) -> list[Evidence]:
        """Evidence for the hits of `terms` in one sentence, with offsets into the answer."""
        span, analysis = self.items[index]
        start, end = span.start, span.end
        return [
            Evidence(
                start + h.start,
                start + h.end,
                self.answer[start + h.start : start + h.end],
                cue,
                matcher.terms[h.term].text,
                h.fuzzy,
                start,
                end,
            )
            for h in analysis.hits
            if h.term in terms
        ]


def _co_occur(hits: tuple[_Hit, ...], compiled: _CompiledCue) -> bool:
    """Whether an `any` term and a term of each `with` list stand in a sentence as separate words.

    One word cannot serve twice: with ``any = ["where people"]`` and ``with = ["people"]``, the
    "people" of "where people" does not meet the `with` part by itself.
    """
    firsts = [h for h in hits if h.term in compiled.any]
    # Each part's hits, found once: a paragraph can hold many hits, and this runs on every check.
    parts = [[h for h in hits if h.term in part] for part in compiled.with_]
    if not firsts or not all(parts):
        return False
    return any(
        all(any(h.end <= first.start or h.start >= first.end for h in part) for part in parts)
        for first in firsts
    )


def _is_prose(sentence: str, words: int, cue_words: int) -> bool:
    """Whether a sentence is a sentence, not a list of keywords."""
    plain = words - cue_words
    if words < PROSE_MIN_WORDS or plain < PROSE_MIN_PLAIN or plain < PROSE_MIN_PLAIN_SHARE * words:
        return False
    parts = [p.split() for p in _LIST_SEPARATORS.split(sentence)]
    if len(parts) >= 3:
        # A sentence may list a few names ("Facebook, Twitter and Pinterest"); a line of short
        # phrases between commas, without even a full stop, is a list of keywords.
        longest = 2 if _TERMINAL.search(sentence) else 3
        short = sum(1 for p in parts if len(p) <= longest)
        if short >= 0.7 * len(parts):
            return False
    return True


@lru_cache(maxsize=64)
def checker_for(question: Question) -> Checker:
    """A shared checker for a question, so that repeated checks reuse its sentence cache."""
    return Checker(question)


def check(question: Question, answer: str) -> Coverage:
    """Check `answer` against `question`'s rubric; see `Checker.check`."""
    return checker_for(question).check(answer)
