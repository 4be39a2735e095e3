"""Learning from marked answers: how a rubric fares on answers a person judged, and what to change.

`tune(question, case_text, answers)` runs the coverage engine over answers whose coverage a tutor
judged (labelled files, the class CSV) or the student who wrote them did (the self-assessments of
a feedback file), and reports per argument with cues:

- precision, recall and F1 of "covered", and the tutor's labels against the detector's verdicts;
- every miss (the tutor says covered, the detector does not), with the sentences the tutor's
  evidence points to (without evidence, the sentences most like the argument) and why each cue
  group was unmet (`casebank.explain`);
- every false hit (the detector says covered, the tutor does not), with the cues and terms that
  fired;
- candidate terms: stems and two-word phrases that stand in answers the tutor marked covered and
  rarely in those marked missing or in the case text, scored as `casebank.cuehelp` scores them,
  each with the cue group where adding it helps most on these answers and what it does there;
  and the terms that fire mostly where the tutor says not covered, with what leaving one out does;
- a proposal: changes made one at a time, each while it raises the F1 of "covered" on these
  answers, which `casebank.tunereport` writes as a TOML snippet for the tutor to paste. Nothing
  here edits a bank.

A student's self-assessment is a weak label: it is counted apart and never drives the proposal.
Per argument, the students' view says how often they judged themselves covered where the
detector said missing, with their sentences: the words students use that the cues do not know.

A proposal fitted to a handful of answers fits those answers; whether it helps on others only
other answers can tell (docs/tutors.md reports one such measurement).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from casebank.coverage import ArgumentCoverage, Checker, Coverage, checker_for
from casebank.cuehelp import CueAdvisor
from casebank.cues import TermError, parse_term
from casebank.evaluation import COVERED, Counts, Judge, Labelled, Scores
from casebank.explain import explain
from casebank.model import Argument, Cue, Question
from casebank.segment import Sentence, sentences
from casebank.vocabulary import Status

# A term must stand in this many answers the tutor marked covered before it is proposed: a word
# one answer happens to use says little about the next.
MIN_ANSWERS = 2
# Candidate terms shown per argument, and changes proposed per argument at most.
SUGGESTIONS = 12
MAX_CHANGES = 3
# Sentences shown for a miss, when the tutor gave no evidence.
LIKELY_SENTENCES = 2
_PHRASE_WEIGHT = 1.3
_BROAD_WEIGHT = 0.2
_ELLIPSIS = re.compile(r"\s*(?:\[…\]|\[\.\.\.\]|…|\.\.\.)\s*")


@dataclass(frozen=True, slots=True)
class Change:
    """A term added to, or removed from, one part of one cue group of an argument."""

    group: int  # index of the cue group in the argument's cues
    part: int  # 0: the group's `any` terms; 1, 2 …: its `with` lists
    term: str
    add: bool = True

    def where(self, argument: Argument) -> str:
        """The part of the group, as a tutor reads it: "the any terms of 'Label'"."""
        cue = argument.cues[self.group]
        if self.part == 0:
            part = "any"
        elif len(cue.with_) == 1:
            part = "with"
        else:
            part = f"with list {self.part}"
        return f"the {part} terms of '{cue.name}'"

    def describe(self, argument: Argument) -> str:
        """One line: what the change does to the rubric."""
        if self.add:
            return f"add '{self.term}' to {self.where(argument)}"
        return f"remove '{self.term}' from {self.where(argument)}"

    def apply(self, argument: Argument) -> Argument:
        """The argument with this change made."""
        cue = argument.cues[self.group]
        parts = [list(cue.any), *(list(p) for p in cue.with_)]
        if self.add:
            parts[self.part].append(self.term)
        else:
            parts[self.part].remove(self.term)
        changed = replace(cue, any=tuple(parts[0]), with_=tuple(tuple(p) for p in parts[1:]))
        cues = tuple(changed if i == self.group else c for i, c in enumerate(argument.cues))
        return replace(argument, cues=cues)


@dataclass(frozen=True, slots=True)
class Effect:
    """What a change does to the detector's verdicts on the labelled answers."""

    hits: int  # answers the tutor marked covered that are detected covered: more is better
    false_hits: int  # answers detected covered that the tutor did not mark so: fewer is better
    f1: float  # the F1 of "covered" after the change


@dataclass(frozen=True, slots=True)
class Term:
    """A candidate cue term: in how many answers it stands, by label, and where it would help."""

    term: str
    covered: int  # answers the tutor marked covered (their evidence, when given)
    missing: int  # answers the tutor marked missing
    case: int  # paragraphs of the case text
    score: float
    in_cues: bool
    broad: bool  # in the prompt or most of the case: nearly every answer has it
    change: Change | None = None  # the best place for it on these answers
    effect: Effect | None = None


@dataclass(frozen=True, slots=True)
class Narrowing:
    """A cue term that fires mostly where the tutor says the argument is not covered."""

    term: str
    group: str
    covered: int  # answers marked covered where it fired
    other: int  # answers marked partly or missing where it fired
    change: Change | None = None  # leaving it out, when the group keeps other terms
    effect: Effect | None = None


@dataclass(frozen=True, slots=True)
class Unmet:
    """A cue group that was not met, and why (see `GroupExplanation.why`)."""

    group: str
    kind: str
    reason: str


@dataclass(frozen=True, slots=True)
class MissedAnswer:
    """An answer judged covered that the detector did not find covered."""

    answer: str
    verdict: str
    sentences: tuple[str, ...]
    # What chose the sentences: "evidence" (the judge's), "likeness" (without evidence, the
    # sentences sharing most words with the argument and its cues), "start" (when none does).
    pointed_by: str
    unmet: tuple[Unmet, ...]


@dataclass(frozen=True, slots=True)
class Fired:
    """A cue term that fired, and the sentence it fired in."""

    group: str
    term: str
    text: str
    sentence: str


@dataclass(frozen=True, slots=True)
class FalseHit:
    """An answer detected covered that the tutor judged partly covered or missing."""

    answer: str
    label: str
    fired: tuple[Fired, ...]


@dataclass(frozen=True, slots=True)
class StudentView:
    """What students' self-assessments say about an argument: weak labels, counted apart."""

    counts: Counts  # the students' own levels (as covered/partly/missing) against the detector
    unclaimed: tuple[MissedAnswer, ...]  # judged covered by the student, detected missing
    terms: tuple[Term, ...]  # words of those answers, rare where students judged it missing


@dataclass(frozen=True, slots=True)
class ArgumentTuning:
    """One argument: how detection fares on the judged answers, and what could be changed."""

    argument: Argument
    counts: Counts
    misses: tuple[MissedAnswer, ...]
    false_hits: tuple[FalseHit, ...]
    terms: tuple[Term, ...]
    narrowing: tuple[Narrowing, ...]
    proposal: tuple[Change, ...]
    proposed: Argument  # the argument with the proposal made
    after: Scores  # the scores of "covered" on these answers with the proposal made
    students: StudentView

    @property
    def before(self) -> Scores:
        """The scores of "covered" on these answers as the rubric is."""
        return self.counts.scores(COVERED)


@dataclass(frozen=True, slots=True)
class Tuning:
    """A question's rubric against judged answers."""

    question: Question
    tutor_answers: int
    student_answers: int
    arguments: tuple[ArgumentTuning, ...]
    min_answers: int
    skipped: tuple[str, ...] = field(default=())  # arguments without cues, judged by students


def tune(
    question: Question,
    case_text: str,
    answers: Sequence[Labelled],
    *,
    min_answers: int = MIN_ANSWERS,
    limit: int = SUGGESTIONS,
) -> Tuning:
    """Measure `question`'s rubric on judged `answers` and say what to change; see the module.

    Args:
        question: the question the answers respond to.
        case_text: its case's text (terms common there are poor cues).
        answers: the answers with their labels; `Labelled.judge` says whose.
        min_answers: how many answers marked covered a term must stand in to be proposed.
        limit: candidate terms shown per argument.
    """
    tuner = _Tuner(question, case_text, answers)
    results = []
    skipped = []
    for argument in question.arguments:
        if not argument.cues:
            skipped.append(argument.id)
            continue
        results.append(tuner.argument(argument, min_answers, limit))
    return Tuning(
        question,
        sum(1 for a in answers if a.judge is Judge.TUTOR),
        sum(1 for a in answers if a.judge is Judge.STUDENT),
        tuple(results),
        min_answers,
        tuple(skipped),
    )


class _Tuner:
    """The answers of one question, checked once, and what tuning needs to know about them."""

    def __init__(self, question: Question, case_text: str, answers: Sequence[Labelled]) -> None:
        self.question = question
        self.answers = list(answers)
        self.advisor = CueAdvisor(question, case_text)
        checker = checker_for(question)
        self.coverages: list[Coverage] = [checker.check(a.text) for a in self.answers]
        self._grams: dict[int, set[str]] = {}

    def keys(self, index: int) -> set[str]:
        """The stems and stem pairs of an answer's content words."""
        if index not in self._grams:
            self._grams[index] = set(self.advisor.grams(self.answers[index].text))
        return self._grams[index]

    def verdict(self, index: int, argument: Argument) -> ArgumentCoverage:
        return next(a for a in self.coverages[index].arguments if a.id == argument.id)

    def judged(self, argument: Argument, judge: Judge) -> dict[int, str]:
        """Answer index -> label, for the answers `judge` labelled on `argument`."""
        return {
            i: a.expect[argument.id]
            for i, a in enumerate(self.answers)
            if a.judge is judge and argument.id in a.expect
        }

    # -- one argument --------------------------------------------------------------------------

    def argument(self, argument: Argument, min_answers: int, limit: int) -> ArgumentTuning:
        labels = self.judged(argument, Judge.TUTOR)
        verdicts = {i: self.verdict(i, argument).status.value for i in labels}
        counts = _counts(labels, verdicts)
        misses = tuple(
            self.missed(i, argument)
            for i, label in labels.items()
            if label == Status.COVERED and verdicts[i] != Status.COVERED
        )
        false_hits = tuple(
            FalseHit(self.answers[i].id, label, self.fired(i, argument))
            for i, label in labels.items()
            if verdicts[i] == Status.COVERED and label != Status.COVERED
        )
        positive = [i for i, label in labels.items() if label == Status.COVERED]
        negative = [i for i, label in labels.items() if label == Status.MISSING]
        terms = self.terms(argument, positive, negative, limit)
        narrowing = self.narrowing(argument, labels)
        search = _Search(self, argument, labels, verdicts)
        terms = tuple(search.place(t) if _eligible(t, min_answers) else t for t in terms)
        before = counts.scores(COVERED)
        # A term that fired once where the tutor said no is worth showing only if leaving it out
        # clears a false hit and costs no hit; one that fired in several such answers always is.
        narrowing = tuple(
            n
            for n in (search.leave_out(n, argument) for n in narrowing)
            if n.other >= min_answers
            or (
                n.effect is not None
                and n.effect.false_hits < before.fp
                and n.effect.hits >= before.tp
            )
        )
        # Among changes that do equally well, the one rarest in the case text is made first.
        eligible = sorted((t for t in terms if _eligible(t, min_answers)), key=lambda t: t.case)
        proposal, proposed, after = search.propose(
            [t.term for t in eligible],
            [n.change for n in narrowing if n.change is not None and n.other >= min_answers],
        )
        return ArgumentTuning(
            argument,
            counts,
            misses,
            false_hits,
            terms,
            narrowing,
            proposal,
            proposed,
            after,
            self.students(argument, min_answers, limit),
        )

    def missed(self, index: int, argument: Argument) -> MissedAnswer:
        answer = self.answers[index]
        text = answer.text
        spans = _evidence_spans(text, answer.evidence.get(argument.id, ""))
        found = [s for s in sentences(text) if any(s.start < e and b < s.end for b, e in spans)]
        pointed_by = "evidence"
        if not found:
            found, pointed_by = self.likely(text, argument), "likeness"
        if not found:
            found, pointed_by = sentences(text)[:LIKELY_SENTENCES], "start"
        explained = next(e for e in explain(self.question, text) if e.coverage.id == argument.id)
        unmet = tuple(
            Unmet(group.name, *why) for group in explained.groups if (why := group.why) is not None
        )
        return MissedAnswer(
            answer.id,
            self.verdict(index, argument).status.value,
            tuple(_plain(text[s.start : s.end]) for s in found),
            pointed_by,
            unmet,
        )

    def likely(self, text: str, argument: Argument) -> list[Sentence]:
        """The sentences that share the most words with the argument's own texts and cues."""
        own = "\n\n".join(
            (
                argument.title,
                argument.guidance,
                argument.model_paragraph,
                " ".join(t.rstrip("*").lstrip("=") for c in argument.cues for t in _terms(c)),
            )
        )
        wanted = {k for k in self.advisor.grams(own) if " " not in k}
        ranked = []
        for span in sentences(text):
            shared = len(wanted & set(self.advisor.grams(text[span.start : span.end])))
            if shared:
                ranked.append((-shared, span.start, span))
        best = sorted(ranked, key=lambda r: (r[0], r[1]))[:LIKELY_SENTENCES]
        return [r[2] for r in sorted(best, key=lambda r: r[1])]

    def fired(self, index: int, argument: Argument) -> tuple[Fired, ...]:
        text = self.answers[index].text
        verdict = self.verdict(index, argument)
        seen: dict[tuple[str, str], Fired] = {}
        for e in verdict.evidence:
            sentence = _plain(text[e.sentence_start : e.sentence_end])
            seen.setdefault((e.cue, e.term), Fired(e.cue, e.term, e.text, sentence))
        return tuple(seen.values())

    def terms(
        self, argument: Argument, positive: list[int], negative: list[int], limit: int
    ) -> tuple[Term, ...]:
        """Stems and phrases of the positive answers, rare in the negatives and the case."""
        documents: list[dict[str, tuple[int, str]]] = []
        for i in positive:
            answer = self.answers[i]
            spans = _evidence_spans(answer.text, answer.evidence.get(argument.id, ""))
            pointed = [
                s
                for s in sentences(answer.text)
                if any(s.start < e and b < s.end for b, e in spans)
            ]
            text = "\n\n".join(answer.text[s.start : s.end] for s in pointed) or answer.text
            documents.append(self.advisor.grams(text))
        against = [self.keys(i) for i in negative]
        return _score(self.advisor, argument, documents, against, limit)

    def narrowing(self, argument: Argument, labels: Mapping[int, str]) -> tuple[Narrowing, ...]:
        """The terms that fired in more answers not marked covered than in answers marked so."""
        fired: dict[tuple[str, str], list[int]] = {}
        for i, label in labels.items():
            verdict = self.verdict(i, argument)
            terms = {(e.cue, e.term) for e in verdict.evidence if e.cue in verdict.met}
            for key in terms:
                counts = fired.setdefault(key, [0, 0])
                counts[0 if label == Status.COVERED else 1] += 1
        return tuple(
            Narrowing(term, group, covered, other)
            for (group, term), (covered, other) in sorted(fired.items())
            if other > covered
        )

    def students(self, argument: Argument, min_answers: int, limit: int) -> StudentView:
        levels = self.judged(argument, Judge.STUDENT)
        verdicts = {i: self.verdict(i, argument).status.value for i in levels}
        unclaimed_ids = [
            i
            for i, label in levels.items()
            if label == Status.COVERED and verdicts[i] == Status.MISSING
        ]
        negative = [i for i, label in levels.items() if label == Status.MISSING]
        documents = [self.advisor.grams(self.answers[i].text) for i in unclaimed_ids]
        against = [self.keys(i) for i in negative]
        terms = _score(self.advisor, argument, documents, against, limit) if documents else ()
        return StudentView(
            _counts(levels, verdicts),
            tuple(self.missed(i, argument) for i in unclaimed_ids),
            tuple(t for t in terms if _eligible(t, min_answers)),
        )


class _Search:
    """Tries changes to one argument's cues on the labelled answers they could affect."""

    def __init__(
        self,
        tuner: _Tuner,
        argument: Argument,
        labels: Mapping[int, str],
        verdicts: Mapping[int, str],
    ) -> None:
        self.tuner = tuner
        self.original = argument
        self.labels = dict(labels)
        self.verdicts = dict(verdicts)
        self.misses = [
            i for i, v in verdicts.items() if labels[i] == Status.COVERED and v != Status.COVERED
        ]

    def outcome(
        self, argument: Argument, verdicts: Mapping[int, str], touched: Iterable[int]
    ) -> dict[int, str]:
        """The verdicts with the `touched` answers checked again against `argument`."""
        touched = [i for i in touched if i in self.labels]
        result = dict(verdicts)
        if not touched:
            return result
        question = self.tuner.question
        changed = replace(
            question,
            arguments=tuple(argument if a.id == argument.id else a for a in question.arguments),
        )
        checker = Checker(changed)
        for i in touched:
            coverage = checker.check(self.tuner.answers[i].text)
            result[i] = next(a for a in coverage.arguments if a.id == argument.id).status.value
        return result

    def scores(self, verdicts: Mapping[int, str]) -> Scores:
        return _counts(self.labels, verdicts).scores(COVERED)

    def effect(self, verdicts: Mapping[int, str]) -> Effect:
        s = self.scores(verdicts)
        return Effect(s.tp, s.fp, s.f1)

    def containing(self, term: str) -> list[int]:
        """The labelled answers whose words could match `term`."""
        keys = set(self.tuner.advisor.grams(term))
        return [i for i in self.labels if keys & self.tuner.keys(i)]

    def placements(self, argument: Argument, term: str) -> list[Change]:
        """Every part of every cue group the term could join."""
        found = []
        for g, cue in enumerate(argument.cues):
            for p, part in enumerate((cue.any, *cue.with_)):
                if term not in part:
                    found.append(Change(g, p, term))
        return found

    def place(self, term: Term) -> Term:
        """The term with the part of a cue group where it helps most, if it helps anywhere."""
        best = self.best(self.original, self.verdicts, self.placements(self.original, term.term))
        if best is None:
            return term
        change, verdicts = best
        return replace(term, change=change, effect=self.effect(verdicts))

    def leave_out(self, narrowing: Narrowing, argument: Argument) -> Narrowing:
        """The narrowing with what leaving its term out does, when the group keeps other terms."""
        for g, cue in enumerate(argument.cues):
            if cue.name != narrowing.group:
                continue
            for p, part in enumerate((cue.any, *cue.with_)):
                if narrowing.term in part and len(part) > 1:
                    change = Change(g, p, narrowing.term, add=False)
                    verdicts = self.try_change(argument, self.verdicts, change)
                    return replace(narrowing, change=change, effect=self.effect(verdicts))
        return narrowing

    def try_change(
        self, argument: Argument, verdicts: Mapping[int, str], change: Change
    ) -> dict[int, str]:
        # A term added can only change the answers whose words it matches. A term left out can
        # change any answer the changed group met, under this rubric or after earlier changes.
        touched = self.containing(change.term) if change.add else list(self.labels)
        return self.outcome(change.apply(argument), verdicts, touched)

    def best(
        self, argument: Argument, verdicts: Mapping[int, str], changes: Iterable[Change]
    ) -> tuple[Change, dict[int, str]] | None:
        """The change that raises F1 (then hits minus false hits) most, if any raises it."""
        now = self.scores(verdicts)
        bar = (now.f1, now.tp - now.fp)
        found: tuple[Change, dict[int, str]] | None = None
        for change in changes:
            after = self.try_change(argument, verdicts, change)
            s = self.scores(after)
            if (s.f1, s.tp - s.fp) > bar:
                bar, found = (s.f1, s.tp - s.fp), (change, after)
        return found

    def propose(
        self, terms: list[str], removals: list[Change]
    ) -> tuple[tuple[Change, ...], Argument, Scores]:
        """Changes made one at a time, the best first, while each raises F1 on these answers."""
        argument, verdicts = self.original, dict(self.verdicts)
        chosen: list[Change] = []
        while len(chosen) < MAX_CHANGES:
            used = {c.term for c in chosen}
            changes = [c for t in terms if t not in used for c in self.placements(argument, t)]
            changes += [r for r in removals if r.term not in used]
            best = self.best(argument, verdicts, changes)
            if best is None:
                break
            change, verdicts = best
            chosen.append(change)
            argument = change.apply(argument)
        if chosen:
            # Every answer once more, against the rubric proposed: the scores shown are exact
            # even where a term matched a word only as a typing mistake.
            verdicts = self.outcome(argument, verdicts, list(self.labels))
        return tuple(chosen), argument, self.scores(verdicts)


def _counts(labels: Mapping[int, str], verdicts: Mapping[int, str]) -> Counts:
    counts = Counts()
    for i, label in labels.items():
        counts.add(label, verdicts[i])
    return counts


def _eligible(term: Term, min_answers: int) -> bool:
    return (
        term.covered >= min_answers
        and term.covered > term.missing
        and not term.in_cues
        and not term.broad
    )


def _score(
    advisor: CueAdvisor,
    argument: Argument,
    documents: list[dict[str, tuple[int, str]]],
    against: list[set[str]],
    limit: int,
) -> tuple[Term, ...]:
    """Terms of `documents`, tf-idf style: in many of them, in few of `against` and the case."""
    spelling: dict[str, str] = {}
    positive: dict[str, int] = {}
    for grams in documents:
        for key, (_, written) in grams.items():
            spelling.setdefault(key, written)
            positive[key] = positive.get(key, 0) + 1
    total = len(documents) + len(against) + advisor.case_paragraphs
    terms = []
    for key, count in positive.items():
        negative = sum(1 for keys in against if key in keys)
        case = advisor.in_case(key)
        if negative >= count:
            continue
        written = spelling[key]
        if not _usable(written, advisor):
            continue
        broad = key in advisor.common
        score = count * math.log((total + 1) / (negative + case + 1))
        score *= (_PHRASE_WEIGHT if " " in key else 1.0) * (_BROAD_WEIGHT if broad else 1.0)
        terms.append(
            Term(
                written,
                count,
                negative,
                case,
                round(score, 3),
                advisor.in_cues(key, argument.cues),
                broad,
            )
        )
    terms.sort(key=lambda t: (-t.score, t.term))
    return tuple(terms[:limit])


def _usable(term: str, advisor: CueAdvisor) -> bool:
    """Whether a spelling can be written as a cue term."""
    try:
        parse_term(term, advisor.analyzer)
    except TermError:
        return False
    return True


def _terms(cue: Cue) -> tuple[str, ...]:
    return (*cue.any, *(t for part in cue.with_ for t in part))


def _evidence_spans(text: str, evidence: str) -> list[tuple[int, int]]:
    """Where the pieces of an evidence quotation (joined by "…") stand in the text."""
    spans = []
    for piece in _ELLIPSIS.split(evidence):
        words = piece.split()
        if not words:
            continue
        match = re.search(r"\s+".join(re.escape(w) for w in words), text)
        if match:
            spans.append(match.span())
    return spans


def _plain(text: str) -> str:
    return " ".join(text.split())
