"""Coverage and bank descriptions as data: the JSON contracts of ``casebank check`` and ``info``.

Both contracts are documented in docs/cli.md; scripts and the app rely on them, so a field is only
ever added, never renamed or removed, within one schema version.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import Any

from casebank.counts import counted
from casebank.coverage import Basis, Coverage, Status
from casebank.model import Bank

CHECK_SCHEMA = "casebank.check/1"
INFO_SCHEMA = "casebank.info/1"
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
        "score": round(coverage.score, 4),
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
    """A human-readable coverage report for the terminal."""
    question = coverage.question
    limits = _limits(question.min_words, question.max_words)
    counts = coverage.counts()
    lines = [
        f"{answer_name}: {question.key} ({counted(coverage.words, 'word')}{limits})",
        f"coverage {coverage.score:.0%}: {counts[Status.COVERED]} covered, "
        f"{counts[Status.PARTLY]} partly, {counts[Status.MISSING]} missing"
        + (
            f", {counts[Status.SELF_ASSESSED]} for self-assessment"
            if counts[Status.SELF_ASSESSED]
            else ""
        ),
    ]
    if coverage.repeated_words:
        lines.append(
            f"the answer repeats itself: {counted(coverage.repeated_words, 'word')} repeat earlier "
            "sentences word for word, and count for nothing"
        )
    for verdict in coverage.arguments:
        lines.append(f"  {MARK[verdict.status]}  {verdict.argument.title}  [{verdict.id}]")
        shown = set()
        for e in verdict.evidence:
            sentence = " ".join(answer[e.sentence_start : e.sentence_end].split())
            key = (e.sentence_start, e.cue)
            if key in shown:
                continue
            shown.add(key)
            near = " (near match)" if e.fuzzy else ""
            across = " (with the next or previous sentence)" if e.basis is Basis.NEIGHBOURS else ""
            lines.append(f"        {e.cue}: «{_clip(sentence)}»{near}{across}")
        if verdict.only_in_lists:
            lines.append("        only found in a list of keywords, not in a sentence")
        if verdict.status in {Status.MISSING, Status.PARTLY} and verdict.argument.missing:
            lines.append(f"        → {verdict.argument.missing}")
    return "\n".join(lines)


def coverage_csv(records: Sequence[dict[str, Any]]) -> str:
    """One row per answer, one column per argument, then the totals."""
    argument_ids: list[str] = []
    for record in records:
        for argument in record["arguments"]:
            if argument["id"] not in argument_ids:
                argument_ids.append(argument["id"])
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        ["answer", "question", "words", *argument_ids, "covered", "partly", "missing", "score"]
    )
    for record in records:
        status = {a["id"]: a["status"] for a in record["arguments"]}
        counts = record["counts"]
        writer.writerow(
            [
                record["answer"],
                record["question"],
                record["words"],
                *(status.get(i, "") for i in argument_ids),
                counts["covered"],
                counts["partly"],
                counts["missing"],
                f"{record['score']:.4f}",
            ]
        )
    return out.getvalue()


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
