"""Coverage and bank descriptions as data: the JSON contracts of ``casebank check`` and ``info``.

Both contracts are documented in docs/cli.md; scripts and the app rely on them, so a field is only
ever added, never renamed or removed, within one schema version.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from enum import Enum
from typing import Any

from casebank.answers import Unread
from casebank.counts import counted
from casebank.coverage import Basis, Coverage, Evidence
from casebank.model import Bank, Question
from casebank.vocabulary import Status

CHECK_SCHEMA = "casebank.check/1"
INFO_SCHEMA = "casebank.info/1"
# What an answer to a question without cues gets instead of a score: not 0 %, which reads as a
# failed answer (see `Question.detectable`).
NOT_DETECTED = "not detected automatically"
MARK = {
    Status.COVERED: "✔ covered",
    Status.PARTLY: "◐ partly ",
    Status.MISSING: "✘ missing",
    Status.SELF_ASSESSED: "? self   ",
}


def coverage_record(coverage: Coverage, answer: str) -> dict[str, Any]:
    """One answer's coverage as plain data (see docs/cli.md, "casebank check")."""
    question = coverage.question
    counts = coverage.counts()
    return {
        "answer": answer,
        "question": question.key,
        "language": question.language,
        "words": coverage.words,
        "repeated_words": coverage.repeated_words,
        "limits": {"min": question.min_words, "max": question.max_words},
        "length": length(question, coverage.words).value,
        "detected": question.detectable,
        "score": round(coverage.score, 4) if question.detectable else None,
        "counts": {status.value: counts[status] for status in Status},
        "arguments": [
            {
                "id": a.id,
                "title": a.argument.title,
                "marks": a.argument.marks,
                "status": a.status.value,
                "score": a.score,
                "groups_met": a.groups_met,
                "groups_needed": a.groups_needed,
                "only_in_lists": a.only_in_lists,
                "developed": a.developed,
                "met": list(a.met),
                "unmet": list(a.unmet),
                "evidence": [
                    {
                        "start": e.start,
                        "end": e.end,
                        "text": e.text,
                        "cue": e.cue,
                        "term": e.term,
                        "near_match": e.fuzzy,
                        "basis": e.basis.value,
                        "sentence": {"start": e.sentence_start, "end": e.sentence_end},
                    }
                    for e in a.evidence
                ],
            }
            for a in coverage.arguments
        ],
    }


def coverage_text(coverage: Coverage, answer_name: str, answer: str) -> str:
    """A human-readable coverage report for the terminal.

    Each piece of evidence names the cue group, the term that matched and the words it matched,
    above the whole sentence it stands in.
    """
    question = coverage.question
    limits = _limits(question.min_words, question.max_words)
    outside = length_text(question, coverage.words)
    counts = coverage.counts()
    assessed = counts[Status.SELF_ASSESSED]
    if question.detectable:
        summary = (
            f"coverage {coverage.score:.0%}: {counts[Status.COVERED]} covered, "
            f"{counts[Status.PARTLY]} partly, {counts[Status.MISSING]} missing"
            + (f", {assessed} for self-assessment" if assessed else "")
        )
    else:
        summary = (
            f"coverage {NOT_DETECTED}: every argument is for self-assessment "
            f"({counted(assessed, 'argument')}, no cues)"
        )
    lines = [
        f"{answer_name}: {question.key} "
        f"({counted(coverage.words, 'word')}{limits}{f': {outside}' if outside else ''})",
        summary,
    ]
    if coverage.repeated_words:
        lines.append(
            f"the answer repeats itself: {counted(coverage.repeated_words, 'word')} repeat earlier "
            "sentences word for word, and count for nothing"
        )
    for verdict in coverage.arguments:
        lines.append(f"  {MARK[verdict.status]}  {verdict.argument.title}  [{verdict.id}]")
        # Evidence by sentence, in the order found: a line per cue group met there, naming each
        # term that matched and the words it matched, then the whole sentence.
        found: dict[tuple[int, int], dict[str, list[Evidence]]] = {}
        for e in verdict.evidence:
            found.setdefault((e.sentence_start, e.sentence_end), {}).setdefault(e.cue, []).append(e)
        for (start, end), groups in found.items():
            for cue, items in groups.items():
                terms = ", ".join(
                    dict.fromkeys(
                        f"«{e.text}» for {e.term!r}" + (" (near match)" if e.fuzzy else "")
                        for e in items
                    )
                )
                across = (
                    " (with the next or previous sentence)"
                    if any(e.basis is Basis.NEIGHBOURS for e in items)
                    else ""
                )
                lines.append(f"        {cue}: {terms}{across}")
            lines.append(f"          “{' '.join(answer[start:end].split())}”")
        if verdict.only_in_lists:
            lines.append("        only found in a list of keywords, not in a sentence")
        if verdict.developed:
            lines.append("        covered: the answer develops it over several sentences")
        if verdict.status in {Status.MISSING, Status.PARTLY} and verdict.argument.missing:
            lines.append(f"        → {verdict.argument.missing}")
    return "\n".join(lines)


def coverage_csv(records: Sequence[dict[str, Any]], unread: Sequence[Unread] = ()) -> str:
    """One row per answer, one column per argument, the totals, and whether it was read.

    Answers that could not be read get a row too, after the others, with the reason.
    """
    argument_ids: list[str] = []
    for record in records:
        for argument in record["arguments"]:
            if argument["id"] not in argument_ids:
                argument_ids.append(argument["id"])
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        [
            "answer",
            "question",
            "words",
            *argument_ids,
            "covered",
            "partly",
            "missing",
            "score",
            "status",
            "length",
        ]
    )
    for record in records:
        status = {a["id"]: a["status"] for a in record["arguments"]}
        counts = record["counts"]
        score = record["score"]
        writer.writerow(
            [
                record["answer"],
                record["question"],
                record["words"],
                *(status.get(i, "") for i in argument_ids),
                counts["covered"],
                counts["partly"],
                counts["missing"],
                NOT_DETECTED if score is None else f"{score:.4f}",
                MARKED,
                _length_cell(record["length"], record["limits"]),
            ]
        )
    question = records[0]["question"] if records else ""
    for item in unread:
        writer.writerow(
            [item.name, question, "", *([""] * len(argument_ids)), "", "", "", "", item.status, ""]
        )
    return out.getvalue()


class Length(Enum):
    """Where an answer's word count stands against the question's limits."""

    WITHIN = "within"
    UNDER = "under"  # below the minimum
    OVER = "over"  # above the maximum
    NO_LIMITS = "no limits"


MARKED = "marked"


def length(question: Question, words: int) -> Length:
    """Whether `words` keeps to the question's word limits."""
    if question.min_words is None and question.max_words is None:
        return Length.NO_LIMITS
    if question.min_words is not None and words < question.min_words:
        return Length.UNDER
    if question.max_words is not None and words > question.max_words:
        return Length.OVER
    return Length.WITHIN


def length_text(question: Question, words: int) -> str:
    """ "" within the limits, else how far outside: "12 short of the minimum of 60"."""
    found = length(question, words)
    if found is Length.UNDER and question.min_words is not None:
        return f"{question.min_words - words} short of the minimum of {question.min_words}"
    if found is Length.OVER and question.max_words is not None:
        return f"{words - question.max_words} over the maximum of {question.max_words}"
    return ""


def length_cell(question: Question, words: int) -> str:
    """The CSV's length column: "" within the limits, "under 60" or "over 250" outside them."""
    return _length_cell(
        length(question, words).value, {"min": question.min_words, "max": question.max_words}
    )


def _length_cell(value: str, limits: dict[str, int | None]) -> str:
    if value == Length.UNDER.value:
        return f"under {limits['min']}"
    if value == Length.OVER.value:
        return f"over {limits['max']}"
    return ""


def bank_record(bank: Bank, path: str) -> dict[str, Any]:
    """A bank's contents as plain data (see docs/cli.md, "casebank info")."""
    m = bank.manifest
    questions = bank.questions()
    return {
        "schema": INFO_SCHEMA,
        "path": path,
        "id": m.id,
        "title": m.title,
        "version": m.version,
        "language": m.language,
        "authors": list(m.authors),
        "license": m.license,
        "description": m.description,
        "counts": {
            "cases": len(bank.cases),
            "questions": len(questions),
            "arguments": sum(len(q.arguments) for q in questions),
            "samples": sum(len(c.samples) for c in bank.cases),
        },
        "cases": [
            {
                "id": case.id,
                "title": case.title,
                "language": case.language,
                "summary": case.summary,
                "sources": list(case.sources),
                "questions": [
                    {
                        "id": q.id,
                        "key": q.key,
                        "prompt": q.prompt,
                        "marks": q.marks,
                        "words": {"min": q.min_words, "max": q.max_words},
                        "minutes": q.minutes,
                        "arguments": [
                            {
                                "id": a.id,
                                "title": a.title,
                                "marks": a.marks,
                                "cue_groups": len(a.cues),
                                "self_assessed_only": a.self_assessed_only,
                            }
                            for a in q.arguments
                        ],
                    }
                    for q in case.questions
                ],
            }
            for case in bank.cases
        ],
    }


def bank_text(bank: Bank) -> str:
    """A human-readable outline of a bank."""
    record = bank_record(bank, bank.origin)
    counts = record["counts"]
    lines = [
        f"{bank.title} ({bank.id} {bank.manifest.version}, {bank.manifest.language})",
        f"{counted(counts['cases'], 'case')}, {counted(counts['questions'], 'question')}, "
        f"{counted(counts['arguments'], 'argument')}, "
        f"{counted(counts['samples'], 'sample answer')}",
    ]
    for case in bank.cases:
        lines.append(f"\n{case.id}: {case.title} [{case.language}]")
        for q in case.questions:
            prompt = " ".join(q.prompt.split())
            limits = _limits(q.min_words, q.max_words).lstrip(", ")
            extra = ", ".join(
                x
                for x in (counted(q.marks, "mark"), limits, f"{q.minutes} min" if q.minutes else "")
                if x
            )
            lines.append(f"  {q.key} ({extra})")
            lines.append(f"    {_clip(prompt, 160)}")
            for a in q.arguments:
                how = "self-assessed" if a.self_assessed_only else counted(len(a.cues), "cue group")
                lines.append(f"    - {a.id}: {a.title} ({counted(a.marks, 'mark')}, {how})")
    return "\n".join(lines)


def _limits(low: int | None, high: int | None) -> str:
    if low and high:
        return f", limit {low}–{high}"
    if high:
        return f", at most {high}"
    if low:
        return f", at least {low}"
    return ""


def _clip(text: str, width: int = 110) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
