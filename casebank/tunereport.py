"""``casebank tune``'s views of a `Tuning`: text for the terminal, JSON for tools, a TOML snippet.

The JSON contract (``casebank.tune/1``) is documented in docs/cli.md; fields are only ever added
within a schema version. The TOML snippet holds, per argument with a proposal, each changed cue
group with the changes made, for the tutor to paste in place of the group of the same label.
It parses as TOML; nothing here writes into a bank.
"""

from __future__ import annotations

import json
import textwrap
from typing import Any

from casebank.evaluation import LABELS, Counts, Scores
from casebank.model import Argument, Bank, Cue, Question, Scope
from casebank.tuning import (
    ArgumentTuning,
    Change,
    Effect,
    MissedAnswer,
    Narrowing,
    StudentView,
    Term,
    Tuning,
)

TUNE_SCHEMA = "casebank.tune/1"
_WIDTH = 100
_SENTENCE = 200


def tuning_text(tuning: Tuning) -> str:
    """A report a tutor reads in a terminal, argument by argument."""
    question = tuning.question
    counted = [_answers(tuning.tutor_answers, "marked by a tutor")]
    if tuning.student_answers:
        counted.append(_answers(tuning.student_answers, "self-assessed by students"))
    lines = [
        f"{question.key}: {', '.join(counted)}",
        "Scores are of \"covered\": the tutor's covered against the detector's covered.",
    ]
    for item in tuning.arguments:
        lines += ["", *_argument_text(item, tuning.min_answers)]
    if tuning.skipped:
        lines += [
            "",
            f"Not measured (no cues, the student judges them): {', '.join(tuning.skipped)}",
        ]
    return "\n".join(lines)


def _answers(count: int, how: str) -> str:
    return f"{count} answer{'' if count == 1 else 's'} {how}"


def _argument_text(item: ArgumentTuning, min_answers: int) -> list[str]:
    argument = item.argument
    lines = [f"{argument.id}: {argument.title}"]
    if not item.counts.cells:
        lines.append("  no answer labelled for this argument by a tutor")
    else:
        s = item.before
        lines.append(
            f"  precision {s.precision:.2f}, recall {s.recall:.2f}, F1 {s.f1:.2f} "
            f"({_n(s.tp, 'hit')}, {_n(s.fp, 'false hit')}, {_n(s.fn, 'miss', 'misses')})"
        )
        lines += ["  " + row for row in _confusion(item.counts, "tutor")]
    if item.misses:
        lines.append("  misses (the tutor says covered, the detector does not):")
        for miss in item.misses:
            lines += _miss_text(miss)
    if item.false_hits:
        lines.append("  false hits (the detector says covered, the tutor does not):")
        for hit in item.false_hits:
            lines.append(f"    {hit.answer}: the tutor says {hit.label}")
            groups: dict[str, list[str]] = {}
            sentence: dict[str, str] = {}
            for fired in hit.fired:
                groups.setdefault(fired.group, []).append(f"'{fired.term}'")
                sentence.setdefault(fired.group, fired.sentence)
            for group, terms in groups.items():
                lines += _wrap(
                    f"'{group}' fired on {', '.join(terms)} in «{_clip(sentence[group])}»", 6
                )
    if item.misses:
        shown = [t for t in item.terms if t.covered >= min_answers and not t.in_cues]
        if shown:
            lines.append(
                "  terms of the answers marked covered (in answers marked covered / missing / "
                "case paragraphs):"
            )
            width = max(len(t.term) for t in shown)
            for term in shown:
                lines.append(f"    {term.term:{width}}  {_term_counts(term)}")
                lines += _wrap(_placed(term, item), 6)
        else:
            lines.append(
                f"  no term stands in {min_answers} or more answers marked covered and is new to "
                "the cues"
            )
    if item.narrowing:
        lines.append("  terms that fire mostly where the tutor says not covered:")
        for n in item.narrowing:
            lines += _wrap(f"'{n.term}' ('{n.group}'): {_narrowed(n, item)}", 4)
    if item.proposal:
        lines.append(
            f"  proposal (F1 {item.before.f1:.2f} -> {item.after.f1:.2f} on these answers):"
        )
        for change in item.proposal:
            lines += _wrap(change.describe(argument), 4)
    if item.students.counts.cells:
        lines += _students_text(item.students)
    return lines


def _n(count: int, one: str, many: str = "") -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"


def _confusion(counts: Counts, judge: str) -> list[str]:
    head = f"{judge} \\ detector"
    rows = [f"  {head:18}" + "".join(f"{v:>9}" for v in LABELS)]
    for label in LABELS:
        cells = "".join(f"{counts.confusion.get((label, v), 0):>9}" for v in LABELS)
        rows.append(f"  {label:18}{cells}")
    return rows


def _miss_text(miss: MissedAnswer) -> list[str]:
    plural = len(miss.sentences) > 1
    how = {
        "evidence": "",
        "likeness": f" (no evidence given: the likeliest sentence{'s' if plural else ''})",
        "start": f" (its first sentence{'s' if plural else ''}: none is like the argument)",
    }[miss.pointed_by]
    lines = [f"    {miss.answer}: detected {miss.verdict}{how}"]
    for sentence in miss.sentences:
        lines += _wrap(f"«{_clip(sentence)}»", 6)
    for unmet in miss.unmet:
        lines += _wrap(f"'{unmet.group}' unmet, {unmet.kind}: {unmet.reason}", 6)
    return lines


def _term_counts(term: Term) -> str:
    return f"{term.covered} / {term.missing} / {term.case}"


def _effect(effect: Effect, item: ArgumentTuning) -> str:
    before = item.before
    return (
        f"hits {before.tp} -> {effect.hits}, false hits {before.fp} -> {effect.false_hits}, "
        f"F1 {before.f1:.2f} -> {effect.f1:.2f}"
    )


def _placed(term: Term, item: ArgumentTuning) -> str:
    if term.change is None or term.effect is None:
        return "raises F1 nowhere on these answers"
    return f"{term.change.describe(item.argument)}: {_effect(term.effect, item)}"


def _narrowed(n: Narrowing, item: ArgumentTuning) -> str:
    text = f"fired in {n.covered} marked covered, {n.other} not"
    if n.change is None or n.effect is None:
        return text + "; the only term of its part, so not left out"
    return f"{text}; leaving it out: {_effect(n.effect, item)}"


def _students_text(view: StudentView) -> list[str]:
    counts = view.counts
    said = sum(n for (label, _), n in counts.confusion.items() if label == "covered")
    agreed = counts.confusion.get(("covered", "covered"), 0)
    lines = [
        *_wrap(
            f"students' self-assessments (weak labels): {said} judged themselves covered, "
            f"the detector agreed on {agreed}",
            2,
        ),
        *("  " + row for row in _confusion(counts, "student")),
    ]
    if view.unclaimed:
        lines.append(f"  judged covered by the student, detected missing: {len(view.unclaimed)}")
        for miss in view.unclaimed:
            lines += _miss_text(miss)
    if view.terms:
        words = ", ".join(f"{t.term} ({t.covered})" for t in view.terms)
        lines += _wrap(f"their words the cues do not know (in answers): {words}", 2)
    return lines


def _wrap(text: str, indent: int) -> list[str]:
    """A long line wrapped to the report's width, its continuation indented two more."""
    return textwrap.wrap(
        text,
        _WIDTH,
        initial_indent=" " * indent,
        subsequent_indent=" " * (indent + 2),
        break_long_words=False,
        break_on_hyphens=False,
    )


def _clip(text: str, width: int = _SENTENCE) -> str:
    """A sentence shortened to what a reader needs to find it in the answer."""
    return text if len(text) <= width else text[: width - 1] + "…"


# -- JSON ------------------------------------------------------------------------------------------


def tuning_record(tuning: Tuning, bank: Bank, problems: list[str]) -> dict[str, Any]:
    """The tuning as plain data (see docs/cli.md, "casebank tune")."""
    return {
        "schema": TUNE_SCHEMA,
        "bank": {"id": bank.id, "version": bank.manifest.version},
        "question": tuning.question.key,
        "answers": {"tutor": tuning.tutor_answers, "student": tuning.student_answers},
        "min_answers": tuning.min_answers,
        "arguments": [_argument_record(item) for item in tuning.arguments],
        "self_assessed_only": list(tuning.skipped),
        "problems": problems,
    }


def _scores(s: Scores) -> dict[str, Any]:
    return {
        "tp": s.tp,
        "fp": s.fp,
        "fn": s.fn,
        "precision": round(s.precision, 4),
        "recall": round(s.recall, 4),
        "f1": round(s.f1, 4),
    }


def _confusion_record(counts: Counts) -> dict[str, dict[str, int]]:
    return {label: {v: counts.confusion.get((label, v), 0) for v in LABELS} for label in LABELS}


def _change_record(change: Change | None, argument: Argument) -> dict[str, Any] | None:
    if change is None:
        return None
    return {
        "group": argument.cues[change.group].name,
        "part": change.part,
        "term": change.term,
        "add": change.add,
        "description": change.describe(argument),
    }


def _effect_record(effect: Effect | None) -> dict[str, Any] | None:
    if effect is None:
        return None
    return {"hits": effect.hits, "false_hits": effect.false_hits, "f1": round(effect.f1, 4)}


def _term_record(term: Term, argument: Argument) -> dict[str, Any]:
    return {
        "term": term.term,
        "covered": term.covered,
        "missing": term.missing,
        "case": term.case,
        "score": term.score,
        "in_cues": term.in_cues,
        "broad": term.broad,
        "change": _change_record(term.change, argument),
        "effect": _effect_record(term.effect),
    }


def _miss_record(miss: MissedAnswer) -> dict[str, Any]:
    return {
        "answer": miss.answer,
        "verdict": miss.verdict,
        "sentences": list(miss.sentences),
        "pointed_by": miss.pointed_by,
        "unmet": [{"group": u.group, "kind": u.kind, "reason": u.reason} for u in miss.unmet],
    }


def _argument_record(item: ArgumentTuning) -> dict[str, Any]:
    argument = item.argument
    return {
        "id": argument.id,
        "title": argument.title,
        "scores": _scores(item.before),
        "confusion": _confusion_record(item.counts),
        "misses": [_miss_record(m) for m in item.misses],
        "false_hits": [
            {
                "answer": hit.answer,
                "label": hit.label,
                "fired": [
                    {"group": f.group, "term": f.term, "text": f.text, "sentence": f.sentence}
                    for f in hit.fired
                ],
            }
            for hit in item.false_hits
        ],
        "terms": [_term_record(t, argument) for t in item.terms],
        "narrowing": [
            {
                "term": n.term,
                "group": n.group,
                "covered": n.covered,
                "other": n.other,
                "change": _change_record(n.change, argument),
                "effect": _effect_record(n.effect),
            }
            for n in item.narrowing
        ],
        "proposal": [_change_record(c, argument) for c in item.proposal],
        "after": _scores(item.after),
        "students": {
            "confusion": _confusion_record(item.students.counts),
            "unclaimed": [_miss_record(m) for m in item.students.unclaimed],
            "terms": [_term_record(t, argument) for t in item.students.terms],
        },
    }


def tuning_json(tuning: Tuning, bank: Bank, problems: list[str]) -> str:
    """`tuning_record` as indented JSON."""
    return json.dumps(tuning_record(tuning, bank, problems), ensure_ascii=False, indent=2)


# -- the TOML snippet ------------------------------------------------------------------------------


def suggestions_toml(tuning: Tuning, bank: Bank) -> str:
    """The proposal as TOML a tutor can paste: each changed cue group with its changes made."""
    question = tuning.question
    file = question_file(question)
    lines = [
        f"# casebank tune: proposed cue changes for {question.key} ({bank.id} "
        f"{bank.manifest.version}),",
        f"# from {_answers(tuning.tutor_answers, 'marked by a tutor')}. Nothing in the bank was "
        "changed.",
        "#",
        "# Each [[arguments.cues]] table below is a cue group of",
        f"# {file} with the changes made. To accept it, replace the group",
        "# of the same label, in the [[arguments]] table named above it, with the table. Read the",
        "# terms first: they fit the answers marked, and a term that fits a handful of answers",
        "# may fire on others.",
    ]
    proposed = [item for item in tuning.arguments if item.proposal]
    if not proposed:
        lines += ["", "# No change raised the F1 of covered on these answers: nothing to propose."]
    for item in proposed:
        argument = item.argument
        lines += [
            "",
            f'# Argument "{argument.id}" ({argument.title}): F1 of covered on these answers '
            f"{item.before.f1:.2f} -> {item.after.f1:.2f}.",
        ]
        counts = {t.term: t for t in item.terms}
        for change in item.proposal:
            lines.append(f"#   {change.describe(argument)}")
            term = counts.get(change.term)
            if change.add and term is not None:
                lines.append(
                    f"#     (in {_n(term.covered, 'answer')} marked covered, {term.missing} marked "
                    f"missing, {_n(term.case, 'case paragraph')})"
                )
        for index in sorted({c.group for c in item.proposal}):
            lines += ["", *_cue_toml(item.proposed.cues[index], argument.cues[index])]
    return "\n".join(lines) + "\n"


def _cue_toml(cue: Cue, before: Cue) -> list[str]:
    lines = ["[[arguments.cues]]"]
    if cue.label:
        lines.append(f"label = {_string(cue.label)}")
    else:
        lines.append(f"# replaces the group '{before.name}'")
    lines.append(f"any = {_strings(cue.any)}")
    if len(cue.with_) == 1:
        lines.append(f"with = {_strings(cue.with_[0])}")
    elif cue.with_:
        lines.append(f"with = [{', '.join(_strings(part) for part in cue.with_)}]")
    if cue.scope is Scope.PARAGRAPH:
        lines.append('within = "paragraph"')
    return lines


def _string(text: str) -> str:
    # A JSON string is a TOML basic string: the same quotes and escapes.
    return json.dumps(text, ensure_ascii=False)


def _strings(items: tuple[str, ...]) -> str:
    return "[" + ", ".join(_string(t) for t in items) + "]"


def question_file(question: Question) -> str:
    """Where a question's rubric lives in its bank."""
    return f"cases/{question.case_id}/questions/{question.id}.toml"
