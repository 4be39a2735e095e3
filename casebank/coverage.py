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
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache
from itertools import compress
from operator import itemgetter
from typing import Any, NamedTuple

from casebank.cues import Matcher, WordMatch
from casebank.language import Analyzer, Token, analyzer_for
from casebank.lexicon import function_words
from casebank.model import Argument, Cue, Question, Scope
from casebank.resemblance import Resembler, margin
from casebank.segment import Sentence, sentences
from casebank.vocabulary import Status
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
_CACHE_WORDS = 65536


@dataclass(frozen=True, slots=True)
class Options:
    """The engine's rules that measurement decides on; `make eval` can switch each off.

    Attributes:
        window: a cue group met by no single sentence but by this many neighbouring sentences of
            one paragraph counts towards "partly" (1 turns this off).
        promote_margin: a partly covered argument whose best-resembling sentence resembles its
            texts by at least `promote_floor`, and by this margin more than any other argument's,
            is promoted to covered (None turns this off). See `casebank.resemblance`.
        promote_floor: see `promote_margin`.
        promote_shared: the sentence must share at least this many distinct stems with the
            argument's texts, not counting the prompt's: one word in common is no paraphrase.
        develop_sentences: a partly covered argument that resemblance did not promote is covered
            when co-occurrence groups of its cues (one is enough) are met, each within one
            sentence of prose, in at least this many sentences, not all with the same cue terms:
            a point the answer develops is more than a mention, while mentions of single words
            and sentences repeating the same cue words develop nothing (None turns this off).
        restate_share: a sentence of at least `restate_words` content words of which this share
            are the prompt's own words (or words a cue lists beside them) restates the question:
            a cue group counts there only if a word beyond the echo meets it (None turns this
            off).
        restate_words: see `restate_share`.
    """

    window: int = 2
    promote_margin: float | None = 0.1
    promote_floor: float = 0.2
    promote_shared: int = 2
    develop_sentences: int | None = 3
    restate_share: float | None = 0.8
    restate_words: int = 4


DEFAULT_OPTIONS = Options()


class Basis(Enum):
    """What a piece of evidence rests on."""

    CUE = "cue"  # a cue term, in a sentence that meets its group
    NEIGHBOURS = "neighbours"  # a cue term, in neighbouring sentences that meet the group together
    RESEMBLANCE = "resemblance"  # a word the sentence shares with the argument's own texts


RESEMBLANCE_CUE = "resembles the model paragraph"


class Evidence(NamedTuple):
    """A span of the answer that met a cue, and the sentence it stands in.

    A named tuple rather than a dataclass, as `casebank.language.Token`: a check of a long answer
    makes hundreds, on every pause in typing, and a tuple is five times cheaper to build.
    """

    start: int
    end: int
    text: str
    cue: str
    term: str
    fuzzy: bool
    sentence_start: int
    sentence_end: int
    basis: Basis = Basis.CUE


# Evidence in the order of the answer: start, end, cue, term, near match (the text follows from
# the span); an itemgetter, since a long answer's evidence is sorted on every check.
_EVIDENCE_ORDER = itemgetter(0, 1, 3, 4, 5)


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
    developed: bool = False  # covered because the answer develops it (`Options.develop_sentences`)

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
    repeated_words: int = 0  # words in sentences that repeat an earlier sentence word for word

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


class _Hit(NamedTuple):
    term: int
    start: int  # relative to the sentence
    end: int
    fuzzy: bool
    echo: bool = False  # in a restatement of the question, a word of the prompt (or a synonym)


@dataclass(slots=True)  # not frozen: a frozen dataclass is slower to build, one per sentence
class _Analysis:
    """What one sentence holds, independent of where it stands in the answer."""

    hits: tuple[_Hit, ...]
    prose: bool
    terms: frozenset[int]
    words: int
    key: str  # the sentence's words, normalised: equal keys are a repeat
    echo: bool  # some hit is an echo of the question (see `_Hit.echo`)
    # The resemblance to each argument, in rubric order (`Checker._resemblance`), and what it is
    # worked out from: each word's content stem and whether it echoes the question; None for a
    # sentence that resembles nothing (not prose, or all quotation). A check asks for it only
    # when some argument is partly covered, so it is worked out when first asked.
    content: tuple[Sequence[str | None], Sequence[bool]] | None
    resemblance: tuple[float, ...] | None = None
    # What the sentence holds of each cue group, worked out when a check first asks (`_adds_any`,
    # `_co_occurs`, `_spans`): the same wherever the sentence stands in the answer.
    adds: dict[_CompiledCue, bool] = field(default_factory=dict, compare=False, repr=False)
    co_occurs: dict[_CompiledCue, bool] = field(default_factory=dict, compare=False, repr=False)
    spans: dict[tuple[_CompiledCue, bool], tuple[_Span, ...]] = field(
        default_factory=dict, compare=False, repr=False
    )


# A hit as evidence, relative to its sentence: start, end, the term's text, near match.
_Span = tuple[int, int, str, bool]
# A term that may start at a word: its id, the ids of its other words, and whether the word meets
# the term's first word only as a near match.
_Start = tuple[int, tuple[int, ...], bool]


class _Word(NamedTuple):
    """What the checker needs of one word, whatever sentence it stands in: worked out once per
    distinct spelling, since an answer says the same few thousand words again and again."""

    form: str
    matches: tuple[WordMatch, ...]  # the term words it matches (not those that match case)
    function: bool  # a function word: never a cue word of a list, never content
    echo: bool  # a function word, a word of the prompt, or a cue's synonym of one
    stem: str | None  # its stem as content for `casebank.resemblance`, None if not content
    starts: tuple[_Start, ...]  # the terms that may start at it, in the order they are tried


# The columns of a sentence without words (`_Word`'s fields).
_NO_WORDS: tuple[tuple[Any, ...], ...] = ((),) * len(_Word._fields)


@dataclass(frozen=True, slots=True, eq=False)  # compared and hashed by identity: a memo key
class _CompiledCue:
    cue: Cue
    any: frozenset[int]
    with_: tuple[frozenset[int], ...]
    name: str  # `Cue.name`, which judging asks for on every check
    wanted: frozenset[int]  # every term of the group


class Checker:
    """Checks answers to one question. Reuse it: it remembers sentences it has analysed."""

    def __init__(self, question: Question, options: Options = DEFAULT_OPTIONS) -> None:
        self.question = question
        self.options = options
        self.analyzer = analyzer_for(question.language)
        self.matcher = Matcher(self.analyzer)
        self._cues: dict[str, tuple[_CompiledCue, ...]] = {}
        for argument in question.arguments:
            self._cues[argument.id] = tuple(self._compile(c) for c in argument.cues)
        prompt = self.analyzer.tokens(question.prompt)
        forms = [t.form for t in prompt]
        self._prompt_ngrams = {
            tuple(forms[i : i + QUOTE_WORDS]) for i in range(len(forms) - QUOTE_WORDS + 1)
        }
        self._sentences: OrderedDict[str, _Analysis] = OrderedDict()
        self._lock = threading.Lock()
        self._function_words = _folded_function_words(self.analyzer)
        self._resembler = Resembler(question, self.analyzer, self._function_words)
        self._no_resemblance = tuple(0.0 for _ in question.arguments)
        self._prompt_keys = frozenset(k for t in prompt for k in t.keys)
        self._prompt_synonyms = self._words_beside_prompt_words()
        # Each distinct word as `_word` finds it; a plain dict read and written without the lock,
        # since a record is a function of the word alone: two threads at worst both work it out.
        self._words: dict[str, _Word] = {}

    def _words_beside_prompt_words(self) -> frozenset[int]:
        """One-word cue terms that a cue lists beside a word of the prompt: the rubric's own
        synonyms of it, as ids of the matcher's words.

        With ``role``, ``job`` and ``function`` in one list and "jobs" in the prompt, "each site
        has its own role" says no more than the prompt does.
        """
        found: set[int] = set()
        terms = self.matcher.terms
        for compiled in (c for cues in self._cues.values() for c in cues):
            for part in (compiled.any, *compiled.with_):
                single = [terms[t].words[0] for t in part if len(terms[t].words) == 1]
                if any(self.matcher.words[w].keys & self._prompt_keys for w in single):
                    found.update(single)
        return frozenset(found)

    def _compile(self, cue: Cue) -> _CompiledCue:
        any_ = frozenset(self.matcher.add(t) for t in cue.any)
        with_ = tuple(frozenset(self.matcher.add(t) for t in group) for group in cue.with_)
        return _CompiledCue(cue, any_, with_, cue.name, any_.union(*with_))

    def check(self, answer: str) -> Coverage:
        """Check an answer and return the coverage of every argument of the question.

        A sentence that repeats an earlier one word for word is left out of the judging (pasting a
        paragraph twice proves nothing twice) and counted in `Coverage.repeated_words`.
        """
        items: list[tuple[Sentence, _Analysis]] = []
        seen: set[str] = set()
        words = repeated = 0
        for span in sentences(answer):
            analysis = self._analyse(answer[span.start : span.end])
            # Sentences hold every word of the answer, and no word is cut between two of them, so
            # the sum of their counts is count_words(answer); cached counts keep re-checks cheap.
            words += analysis.words
            if analysis.words >= PROSE_MIN_WORDS and analysis.key in seen:
                repeated += analysis.words
                continue
            seen.add(analysis.key)
            items.append((span, analysis))
        units = _Units(answer, items)
        verdicts = tuple(
            self._judge(index, a, units) for index, a in enumerate(self.question.arguments)
        )
        return Coverage(self.question, words, verdicts, repeated)

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
        # Checkers are shared (`checker_for`) and the window checks while a background import
        # validates: the cache changes only under its lock; analysing is pure and runs outside it.
        with self._lock:
            cached = self._sentences.get(sentence)
            if cached is not None:
                self._sentences.move_to_end(sentence)
                return cached
        analysis = self._analyse_new(sentence)
        with self._lock:
            self._sentences[sentence] = analysis
            if len(self._sentences) > _CACHE_SENTENCES:
                self._sentences.popitem(last=False)
        return analysis

    def _word(self, word: str) -> _Word:
        """The record of one word as `Analyzer.words` spells it (see `_Word`)."""
        found = self._words.get(word)
        if found is not None:
            return found
        written, form, keys = self.analyzer.word(word)
        # `Matcher.match` reads a token's form and keys (and its spelling, for near matches).
        matches = self.matcher.match(Token(0, 0, written, form, keys))
        function = form in self._function_words
        echo = (
            function
            or bool(keys & self._prompt_keys)
            or any(m.word in self._prompt_synonyms for m in matches)
        )
        stem = min(keys) if self._resembler.is_content(form, keys) else None
        found = _Word(form, matches, function, echo, stem, self._starts(matches))
        if len(self._words) >= _CACHE_WORDS:
            self._words.clear()
        self._words[word] = found
        return found

    def _starts(self, matches: tuple[WordMatch, ...]) -> tuple[_Start, ...]:
        """The terms that may start at a word that matches `matches`, in the order of its matches
        and of `Matcher.starting_with`: the order in which hits are found."""
        terms = self.matcher.terms
        return tuple(
            (term_id, terms[term_id].words[1:], first.fuzzy)
            for first in matches
            for term_id in self.matcher.starting_with.get(first.word, ())
        )

    def _analyse_new(self, sentence: str) -> _Analysis:
        spans = self.analyzer.words(sentence)
        known = self._words.get
        records = [known(w) or self._word(w) for _, _, w in spans]
        # Per word, everything that does not depend on its neighbours was worked out once for its
        # spelling (`_word`): the sentence's columns are read from the records in one go.
        forms: Sequence[str]
        matches: Sequence[tuple[WordMatch, ...]]
        function: Sequence[bool]
        echo_words: Sequence[bool]
        stems: Sequence[str | None]
        starts: Sequence[tuple[_Start, ...]]
        columns = tuple(zip(*records, strict=True)) or _NO_WORDS
        forms, matches, function, echo_words, stems, starts = columns
        if self.matcher.has_cased:
            matches, starts, echo_words = self._add_cased(
                sentence, spans, matches, starts, echo_words
            )
        quoted = self._quoted(forms)
        echoes = self._echoes(function, echo_words)
        hits, cue_tokens = _find_hits(spans, matches, starts, quoted, echoes)
        # Function words never make a sentence look like a list, even when a cue uses them.
        listed = sum(1 for i in cue_tokens if not function[i])
        prose = _is_prose(sentence, len(spans), listed)
        words = count_words(sentence, self.question.language)
        content = (stems, echoes) if prose and not all(quoted) else None
        key = " ".join(forms)
        terms = frozenset(map(_TERM, hits))
        echo = any(map(_ECHO, hits))
        return _Analysis(tuple(hits), prose, terms, words, key, echo, content)

    def _resemblance(self, analysis: _Analysis) -> tuple[float, ...]:
        """A sentence's resemblance to each argument's texts, in rubric order (see `_Analysis`).

        Two threads may both work it out: they find the same.
        """
        if analysis.resemblance is not None:
            return analysis.resemblance
        if analysis.content is None:
            found = self._no_resemblance
        else:
            stems, echoes = analysis.content
            found = self._resembler.scores(
                frozenset(
                    stem
                    for stem, e in zip(stems, echoes, strict=True)
                    if not e and stem is not None
                )
                if any(echoes)
                else frozenset(stem for stem in stems if stem is not None)
            )
        analysis.resemblance = found
        return found

    def _add_cased(
        self,
        sentence: str,
        spans: list[tuple[int, int, str]],
        matches: Sequence[tuple[WordMatch, ...]],
        starts: Sequence[tuple[_Start, ...]],
        echo_words: Sequence[bool],
    ) -> tuple[list[tuple[WordMatch, ...]], list[tuple[_Start, ...]], list[bool]]:
        """Each word's matches, the terms that may start there, and whether it echoes the prompt,
        with the case-sensitive term words it meets as written: tokens are casefolded."""
        synonyms = self._prompt_synonyms
        all_matches, all_starts, all_echoes = list(matches), list(starts), list(echo_words)
        for i, (s, e, _) in enumerate(spans):
            cased = self.matcher.match_cased(sentence[s:e])
            if cased:
                all_matches[i] += cased
                all_starts[i] += self._starts(cased)
                all_echoes[i] = all_echoes[i] or any(m.word in synonyms for m in cased)
        return all_matches, all_starts, all_echoes

    def _echoes(self, function: Sequence[bool], echo_words: Sequence[bool]) -> Sequence[bool]:
        """Which words of a restatement of the question only echo it; all False otherwise.

        A sentence restates the question when most of its content words are the prompt's own
        words or words a cue lists beside them. In such a sentence a cue group counts only if
        something beyond the echo meets it: "each site has its own role" says no more than a
        prompt about the platforms' "different jobs", while "customers buy fresh bread" adds the
        customers to a prompt about selling fresh bread.
        """
        share = self.options.restate_share
        if share is None:
            return [False] * len(function)
        # Function words echo anything; they are not counted either way. Every function word is
        # an echo, so the echoes that are not function words are the echoes less the function words.
        functions = sum(function)
        content = len(function) - functions
        echoed = sum(echo_words) - functions
        if content < self.options.restate_words or echoed < share * content:
            return [False] * len(function)
        return echo_words

    def _quoted(self, forms: Sequence[str]) -> list[bool]:
        quoted = [False] * len(forms)
        if not self._prompt_ngrams:
            return quoted
        for i in range(len(forms) - QUOTE_WORDS + 1):
            if tuple(forms[i : i + QUOTE_WORDS]) in self._prompt_ngrams:
                for j in range(i, i + QUOTE_WORDS):
                    quoted[j] = True
        return quoted

    def _judge(self, index: int, argument: Argument, units: _Units) -> ArgumentCoverage:
        cues = self._cues[argument.id]
        if not cues:
            return ArgumentCoverage(argument, Status.SELF_ASSESSED, 0.0, 0, 0, (), (), ())
        met: list[str] = []
        unmet: list[str] = []
        evidence: list[Evidence] = []
        # Evidence of co-occurrence groups met within one sentence each: what `_developed` counts.
        # A group of single words ("Facebook") said three times develops nothing.
        alone: list[Evidence] = []
        in_prose = False
        whole = 0  # groups met within one sentence (or their own scope)
        for compiled in cues:
            found, prose, neighbours = self._group(compiled, units)
            if found:
                met.append(compiled.name)
                evidence.extend(found)
                in_prose = in_prose or prose
                whole += not neighbours
                if not neighbours and compiled.with_ and compiled.cue.scope is Scope.SENTENCE:
                    alone.extend(found)
            else:
                unmet.append(compiled.name)
        needed = min(argument.covered_at, len(cues))
        count = len(met)
        only_in_lists = whole >= needed and not in_prose
        developed = False
        if whole >= needed and in_prose:
            status, score = Status.COVERED, 1.0
        elif count >= argument.partly_at:
            status = Status.PARTLY
            score = min(count, needed - 1) / needed if needed > 1 else 0.5
        else:
            status, score = Status.MISSING, 0.0
        if status is Status.PARTLY and not only_in_lists:
            resembling = self._resembling(index, units)
            if resembling:
                status, score = Status.COVERED, 1.0
                evidence.extend(resembling)
            elif self._developed(alone):
                status, score, developed = Status.COVERED, 1.0, True
        unique = sorted(set(evidence), key=_EVIDENCE_ORDER)
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
            developed,
        )

    def _developed(self, alone: list[Evidence]) -> bool:
        """Whether co-occurrence groups met within one sentence each stand in enough sentences
        (`Options.develop_sentences`), not all with the same cue terms."""
        needed = self.options.develop_sentences
        if needed is None or len(alone) < needed:
            return False
        # The cue terms each sentence meets; a co-occurrence group is only ever met in a sentence
        # of prose (`_co_occurs`).
        used: dict[int, set[str]] = {}
        for e in alone:
            used.setdefault(e.sentence_start, set()).add(e.term)
        # Sentences that meet the cues with the same words are near-copies ("a deal on Facebook
        # every week", "… every day"): they must not all say it with the same cue terms.
        return len(used) >= needed and len({frozenset(terms) for terms in used.values()}) >= 2

    def _resembling(self, index: int, units: _Units) -> list[Evidence]:
        """Evidence that the answer's best-resembling sentence makes argument `index`, or none.

        The sentence must resemble this argument's texts enough (`Options.promote_floor`) and more
        than any other argument's (`Options.promote_margin`); the evidence is the distinctive
        words it shares with them.
        """
        required = self.options.promote_margin
        if required is None or not units.items:
            return []
        every = [self._resemblance(analysis) for _, analysis in units.items]
        best = max(range(len(every)), key=lambda i: every[i][index])
        span = units.items[best][0]
        scores = every[best]
        if scores[index] < self.options.promote_floor or margin(scores, index) <= required:
            return []
        sentence = units.answer[span.start : span.end]
        tokens = self.analyzer.tokens(sentence, span.start)
        shared = set(self._resembler.shared(self._resembler.content_stems(tokens), index))
        # Words of the prompt are what every answer shares with every argument: they prove nothing.
        if len(shared - self._prompt_keys) < self.options.promote_shared:
            return []
        return [
            Evidence(
                t.start,
                t.end,
                units.answer[t.start : t.end],
                RESEMBLANCE_CUE,
                min(t.keys),
                False,
                span.start,
                span.end,
                Basis.RESEMBLANCE,
            )
            for t in tokens
            if t.keys and min(t.keys) in shared
        ]

    # What a sentence holds of a cue group is worked out once per sentence: a re-check after a
    # keystroke judges every group again, over sentences that have not changed.

    def _adds_any(self, analysis: _Analysis, compiled: _CompiledCue) -> bool:
        """Whether a hit of the group's `any` terms is more than an echo (see `_adds`)."""
        found = analysis.adds.get(compiled)
        if found is None:
            found = analysis.adds[compiled] = _sentence_adds(analysis, compiled.any)
        return found

    def _co_occurs(self, analysis: _Analysis, compiled: _CompiledCue) -> bool:
        """Whether the sentence is prose that meets the whole group by itself."""
        found = analysis.co_occurs.get(compiled)
        if found is None:
            hits = analysis.hits
            # Most sentences that hold an `any` term hold no term of some `with` list: a test on
            # the set of their terms settles those without going through their hits.
            found = analysis.co_occurs[compiled] = (
                analysis.prose
                and _may_co_occur(analysis.terms, compiled)
                and _co_occur(hits, compiled)
                and _sentence_adds(analysis, compiled.wanted)
            )
        return found

    def _spans(self, analysis: _Analysis, compiled: _CompiledCue, every: bool) -> tuple[_Span, ...]:
        """The hits of the group's `any` terms (of all its terms if `every`), as evidence spans."""
        key = (compiled, every)
        found = analysis.spans.get(key)
        if found is None:
            terms = compiled.wanted if every else compiled.any
            text = self.matcher.terms
            found = analysis.spans[key] = tuple(
                (h.start, h.end, text[h.term].text, h.fuzzy)
                for h in analysis.hits
                if h.term in terms
            )
        return found

    def _group(self, compiled: _CompiledCue, units: _Units) -> tuple[list[Evidence], bool, bool]:
        """The evidence that meets one cue group, whether any of it stands in prose, and whether
        it was met only by neighbouring sentences together (which counts towards "partly")."""
        name = compiled.name
        items = units.items
        candidates = units.containing(compiled.any)
        found: list[Evidence] = []
        if not compiled.with_:
            candidates = [i for i in candidates if self._adds_any(items[i][1], compiled)]
            for index in candidates:
                spans = self._spans(items[index][1], compiled, False)
                found.extend(units.evidence(index, spans, name))
            return found, any(items[i][1].prose for i in candidates), False
        # Co-occurrence: every part must stand in the same sentence (or paragraph) of prose.
        wanted = compiled.wanted
        if compiled.cue.scope is Scope.SENTENCE:
            # Only a sentence that holds a term of every part can meet the group by itself; the
            # index of terms finds those for the whole answer at once.
            whole = units.holding(compiled.any).intersection(
                *(units.holding(part) for part in compiled.with_)
            )
            for index in (i for i in candidates if i in whole):
                analysis = items[index][1]
                if self._co_occurs(analysis, compiled):
                    found.extend(units.evidence(index, self._spans(analysis, compiled, True), name))
            if found or self.options.window < 2:
                return found, bool(found), False
            for members in units.windows(candidates, self.options.window):
                if not _may_co_occur(units.terms(members), compiled):
                    continue
                hits = units.hits(members, wanted)
                if _co_occur(hits, compiled) and _adds(hits, wanted):
                    for index in members:
                        spans = self._spans(items[index][1], compiled, True)
                        found.extend(units.evidence(index, spans, name, Basis.NEIGHBOURS))
            return found, bool(found), True
        paragraphs = dict.fromkeys(items[i][0].paragraph for i in candidates)
        for paragraph in paragraphs:
            members = [i for i in units.paragraphs[paragraph] if items[i][1].prose]
            hits = units.hits(members, wanted)
            if _co_occur(hits, compiled) and _adds(hits, wanted):
                for index in members:
                    spans = self._spans(items[index][1], compiled, True)
                    found.extend(units.evidence(index, spans, name))
        return found, bool(found), False


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
        # Each sentence's paragraph, or None if it is not prose: what `windows` asks of every
        # neighbour of every candidate.
        self._prose_paragraph = [s.paragraph if a.prose else None for s, a in items]

    def containing(self, terms: frozenset[int]) -> list[int]:
        """Indices of the sentences that hold any of `terms`, in order."""
        return sorted(self.holding(terms))

    def holding(self, terms: frozenset[int]) -> set[int]:
        """Indices of the sentences that hold any of `terms`."""
        found: set[int] = set()
        for term in terms:
            found.update(self._by_term.get(term, ()))
        return found

    def hits(self, members: list[int], terms: frozenset[int]) -> tuple[_Hit, ...]:
        """The hits of `terms` in several sentences, with offsets into the answer so that none
        collide. Only a group's own terms: `_co_occur` and `_adds` look at no others, and a pair
        of sentences holds many more hits than a group has terms."""
        return tuple(
            _Hit(h.term, span.start + h.start, span.start + h.end, h.fuzzy, h.echo)
            for span, analysis in (self.items[i] for i in members)
            for h in analysis.hits
            if h.term in terms
        )

    def terms(self, members: list[int]) -> frozenset[int]:
        """The terms that several sentences hold between them."""
        return frozenset().union(*(self.items[i][1].terms for i in members))

    def windows(self, candidates: list[int], size: int) -> list[list[int]]:
        """Runs of up to `size` neighbouring prose sentences of a paragraph, around `candidates`."""
        found: dict[tuple[int, ...], None] = {}
        prose_paragraph = self._prose_paragraph
        for index in candidates:
            paragraph = self.items[index][0].paragraph
            for first in range(index - size + 1, index + 1):
                run = tuple(
                    i
                    for i in range(max(first, 0), min(first + size, len(self.items)))
                    if prose_paragraph[i] == paragraph
                )
                if len(run) > 1:
                    found[run] = None
        return [list(run) for run in found]

    def evidence(
        self, index: int, spans: tuple[_Span, ...], cue: str, basis: Basis = Basis.CUE
    ) -> list[Evidence]:
        """Evidence for some hits of one sentence (see `Checker._spans`), with offsets into the
        answer."""
        span = self.items[index][0]
        start, end, answer = span.start, span.end, self.answer
        make = Evidence._make  # a third of the time of Evidence(...), which a check calls hundreds
        return [
            make(
                (
                    start + s,
                    start + e,
                    answer[start + s : start + e],
                    cue,
                    term,
                    fuzzy,
                    start,
                    end,
                    basis,
                )
            )
            for s, e, term, fuzzy in spans
        ]


_TERM, _ECHO = itemgetter(0), itemgetter(4)  # of a `_Hit`


def _find_hits(
    spans: list[tuple[int, int, str]],
    matches: Sequence[tuple[WordMatch, ...]],
    starts: Sequence[tuple[_Start, ...]],
    quoted: list[bool],
    echoes: Sequence[bool],
) -> tuple[list[_Hit], set[int]]:
    """The cue terms a sentence holds, in the order of its words, and the indices of the words
    they cover (quotations of the prompt included, though their hits are left out)."""
    hits: list[_Hit] = []
    cue_tokens: set[int] = set()
    # Most words start no term: only those that may are visited.
    for i in compress(range(len(starts)), starts):
        for term_id, rest, first_fuzzy in starts[i]:
            if rest:  # a phrase: its other words must follow
                rest_fuzzy = _rest_fuzzy(rest, matches, i + 1)
                if rest_fuzzy is None:
                    continue
                last = i + len(rest)
                cue_tokens.update(range(i, last + 1))
                if any(quoted[i : last + 1]):
                    continue
                echo = all(echoes[i : last + 1])
                hits.append(
                    _Hit(term_id, spans[i][0], spans[last][1], first_fuzzy or rest_fuzzy, echo)
                )
            else:
                cue_tokens.add(i)
                if not quoted[i]:
                    hits.append(_Hit(term_id, spans[i][0], spans[i][1], first_fuzzy, echoes[i]))
    return hits, cue_tokens


def _rest_fuzzy(
    rest: tuple[int, ...], matches: Sequence[tuple[WordMatch, ...]], at: int
) -> bool | None:
    """Whether the words from `at` on meet the term words `rest` only as near matches; None if
    they do not meet them."""
    if at + len(rest) > len(matches):
        return None
    fuzzy = False
    for word, found in zip(rest, matches[at:], strict=False):
        for m in found:
            if m.word == word:
                fuzzy = fuzzy or m.fuzzy
                break
        else:
            return None
    return fuzzy


def _adds(hits: tuple[_Hit, ...], terms: frozenset[int]) -> bool:
    """Whether some hit of `terms` is more than an echo of the question (see `_echoes`)."""
    return any(not h.echo for h in hits if h.term in terms)


def _sentence_adds(analysis: _Analysis, terms: frozenset[int]) -> bool:
    """Whether some hit of `terms` in one sentence is more than an echo of the question."""
    if analysis.echo:
        return _adds(analysis.hits, terms)
    # No hit of the sentence is an echo: any hit of `terms` adds.
    return not analysis.terms.isdisjoint(terms)


def _may_co_occur(terms: frozenset[int], compiled: _CompiledCue) -> bool:
    """Whether `terms` hold something of every part of a group: `_co_occur` can only then hold."""
    return bool(terms & compiled.any) and all(terms & part for part in compiled.with_)


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
    pieces = _LIST_SEPARATORS.split(sentence)
    if len(pieces) >= 3:
        parts = [p.split() for p in pieces]
        # A sentence may list a few names ("Facebook, Twitter and Pinterest"); a line of short
        # phrases between commas, without even a full stop, is a list of keywords.
        longest = 2 if _TERMINAL.search(sentence) else 3
        short = sum(1 for p in parts if len(p) <= longest)
        if short >= 0.7 * len(parts):
            return False
    return True


@lru_cache(maxsize=16)
def _folded_function_words(analyzer: Analyzer) -> frozenset[str]:
    """The language's function words as the analyser folds them: the same for every question in
    the language, and a thousand words long."""
    return frozenset(analyzer.form(w) for w in function_words(analyzer.language))


@lru_cache(maxsize=64)
def checker_for(question: Question) -> Checker:
    """A shared checker for a question, so that repeated checks reuse its sentence cache."""
    return Checker(question)


def check(question: Question, answer: str) -> Coverage:
    """Check `answer` against `question`'s rubric; see `Checker.check`."""
    return checker_for(question).check(answer)
