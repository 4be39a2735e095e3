"""QTI 3 extended-text items and their rubric blocks.

A ``qti-assessment-item`` with a ``qti-extended-text-interaction`` is an essay question: the
interaction's ``qti-prompt`` is the prompt, the rest of the item body is the material students
read (the case text), and ``qti-rubric-block`` elements for scorers or tutors are the rubric. QTI
rubrics are written for a human marker, with no keywords, so each rubric point becomes a
self-assessed argument: the student judges it, and the tutor can add cues later. Blocks meant for
the candidate are instructions and join the prompt. A package (``.zip`` with ``imsmanifest.xml``)
is read item by item.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

from casebank.errors import UserError
from casebank.interop import fields
from casebank.interop.draft import (
    DraftArgument,
    DraftCase,
    DraftQuestion,
    choose_language,
    rubric_points,
)
from casebank.interop.htmltext import html_to_markdown
from casebank.interop.report import NoteKind, Report
from casebank.interop.safexml import child, children, inner_xml, local, parse_xml
from casebank.interop.safezip import Package

ITEM = "qti-assessment-item"
INTERACTION = "qti-extended-text-interaction"
_MARKER_VIEWS = {"scorer", "tutor", "author", "testConstructor"}
# An item's maximum score: larger is a damaged file, not an essay question.
MAX_SCORE = 100_000
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# Words of a prompt that only says where to write ("Write your response below", "Schreiben Sie
# Ihre Antwort hier"): the item's real task is then in its body.
_GENERIC_WORDS = frozenset(
    {
        "write", "type", "enter", "your", "answer", "answers", "response", "responses", "essay",
        "text", "below", "here", "in", "into", "the", "this", "box", "space", "field", "area",
        "provided", "please", "a", "an", "own", "words",
        "schreiben", "sie", "ihre", "antwort", "hier", "unten", "bitte", "geben", "ein", "das",
        "feld",
    }
)  # fmt: skip


def is_qti(root: ET.Element) -> bool:
    """Whether an XML document is a QTI 3 assessment item."""
    return local(root.tag) == ITEM


def read_qti_package(path: Path, report: Report, language: str | None) -> DraftCase:
    """Read every extended-text item of a QTI 3 content package."""
    questions: list[DraftQuestion] = []
    titles = []
    texts = []
    tags: list[str | None] = []
    written: list[str] = []
    with Package(path) as package:
        names = [n for n in package.names if n.lower().endswith(".xml")]
        for name in names:
            if name.rsplit("/", 1)[-1].lower() == "imsmanifest.xml":
                continue
            root = parse_xml(package.read(name), f"{path.name}: {name}")
            if not is_qti(root):
                report.note(
                    f"{path.name}: {name}",
                    f"a <{local(root.tag)}> document",
                    "only QTI 3 assessment items are imported",
                )
                continue
            found = _item(root, f"{path.name}: {name}", report)
            questions += found
            if found:
                tags.append(root.get(XML_LANG))
                written.append(" ".join(root.itertext()))
                titles.append(root.get("title") or name)
                stimulus = _stimulus(root, f"{path.name}: {name}", report)
                if stimulus:
                    texts.append(f"## {titles[-1]}\n\n{stimulus}" if len(names) > 2 else stimulus)
        others = [n for n in package.names if not n.lower().endswith(".xml")]
        if others:
            report.note(
                path.name,
                f"{len(others)} other files (media, style sheets)",
                "a Casewise question has no media; add images to the case text by hand",
            )
    if not questions:
        raise UserError(f"{path.name} holds no QTI 3 item with an extended-text interaction")
    title = titles[0] if len(titles) == 1 else path.stem
    tag = next((t for t in tags if t), None)
    return DraftCase(
        path.name,
        title,
        questions,
        text="\n\n".join(texts),
        sources=[f"Imported from the QTI package {path.name}."],
        language=choose_language(tag, language, written, path.name, report),
        id_hint=title,
    )


def read_qti_item(path: Path, root: ET.Element, report: Report, language: str | None) -> DraftCase:
    """Read one QTI 3 item file."""
    questions = _item(root, path.name, report)
    if not questions:
        raise UserError(f"{path.name} has no extended-text interaction (an essay question)")
    item_language = choose_language(
        root.get(XML_LANG), language, [" ".join(root.itertext())], path.name, report
    )
    title = root.get("title") or path.stem
    return DraftCase(
        path.name,
        title,
        questions,
        text=_stimulus(root, path.name, report),
        sources=[f"Imported from the QTI item {path.name}."],
        language=item_language,
        id_hint=title,
    )


def _markdown(element: ET.Element, where: str, what: str, report: Report) -> str:
    text, dropped = html_to_markdown(inner_xml(element))
    for item in sorted(dropped):
        report.note(where, f"{item} in the {what}", "a bank holds plain Markdown only")
    return text


def _generic(prompt: str) -> bool:
    """Whether a prompt only says where to write ("Write your response below."), not what."""
    words = re.findall(r"[^\W\d_]+", prompt.casefold())
    return bool(words) and len(words) <= 12 and set(words) <= _GENERIC_WORDS


def _task(root: ET.Element) -> ET.Element | None:
    """The paragraph that asks the question, when the interaction's own prompt is generic: the
    last block of the item body before the interaction."""
    body = child(root, "qti-item-body")
    interaction = root.find(f".//{{*}}{INTERACTION}")
    if body is None or interaction is None:
        return None
    prompt = child(interaction, "qti-prompt")
    if prompt is not None and not _generic(" ".join(prompt.itertext())):
        return None
    task = None
    for sub in body:
        name = local(sub.tag)
        if sub is interaction or sub.find(f".//{{*}}{INTERACTION}") is not None:
            return task
        readable = name != "qti-rubric-block" and not name.endswith("-interaction")
        if readable and " ".join(sub.itertext()).strip():
            task = sub
    return None


def _stimulus(root: ET.Element, where: str, report: Report) -> str:
    """The item body without its interactions, rubric blocks and the task a generic prompt left
    in it: what students read first."""
    body = child(root, "qti-item-body")
    if body is None:
        return ""
    task = _task(root)
    parts = []
    for sub in body:
        name = local(sub.tag)
        if name in {INTERACTION, "qti-rubric-block"} or name.endswith("-interaction"):
            continue
        if sub is task:
            continue
        if sub.find(f".//{{*}}{INTERACTION}") is not None:
            # A wrapper (a div) around the interaction: keep its other content.
            copy = ET.Element(sub.tag, sub.attrib)
            copy.text = sub.text
            copy.extend(e for e in sub if local(e.tag) != INTERACTION)
            sub = copy
        wrapper = ET.Element("div")
        wrapper.append(sub)
        parts.append(_markdown(wrapper, where, "item body", report))
    return "\n\n".join(p for p in parts if p)


def _item(root: ET.Element, where: str, report: Report) -> list[DraftQuestion]:
    interactions = root.findall(f".//{{*}}{INTERACTION}")
    body = child(root, "qti-item-body")
    if body is not None:
        for sub in body.iter():
            name = local(sub.tag)
            if name.endswith("-interaction") and name != INTERACTION:
                report.note(
                    where, f"a <{name}>", "only extended-text (essay) interactions are imported"
                )
    if not interactions:
        return []
    title = root.get("title") or root.get("identifier") or where
    marks = _max_score(root, where)
    arguments, instructions = _rubric(root, where, marks, report)
    questions = []
    declarations = {d.get("identifier"): d for d in children(root, "qti-response-declaration")}
    for number, interaction in enumerate(interactions, 1):
        here = where if len(interactions) == 1 else f"{where}, interaction {number}"
        prompt_element = child(interaction, "qti-prompt")
        prompt = (
            _markdown(prompt_element, here, "prompt", report) if prompt_element is not None else ""
        )
        task = _task(root) if number == 1 else None
        if task is not None:
            wrapper = ET.Element("div")
            wrapper.append(task)
            asked = _markdown(wrapper, here, "item body", report)
            report.note(
                here,
                f"the prompt {' '.join(prompt.split()) or '(none)'!r}, which only says where to "
                "write",
                f"the paragraph before the answer box asks the question ({_clipped(asked)!r}), so "
                "it is the prompt, and not part of the case text",
                NoteKind.CHANGED,
            )
            prompt = asked
        if not prompt:
            prompt = title
            report.note(
                here, "no qti-prompt", "the item's title is used as the prompt", NoteKind.ADDED
            )
        if instructions:
            prompt += "\n\n" + instructions
        model = ""
        declaration = declarations.get(interaction.get("response-identifier"))
        if declaration is not None:
            correct = child(declaration, "qti-correct-response")
            if correct is not None:
                model = "\n\n".join((v.text or "").strip() for v in children(correct, "qti-value"))
        for attribute in ("expected-length", "expected-lines", "format", "pattern-mask",
                          "min-strings", "max-strings", "placeholder-text"):  # fmt: skip
            if interaction.get(attribute):
                report.note(
                    here,
                    f"{attribute} = {interaction.get(attribute)!r}",
                    "Casewise limits answers in words (words.min / words.max), if at all; set "
                    "them by hand if this mattered",
                )
        questions.append(
            DraftQuestion(
                here,
                title,
                prompt,
                marks if marks else sum(a.marks for a in arguments),
                [replace(a, cues=list(a.cues)) for a in arguments],  # a copy per interaction
                model,
                id_hint=root.get("identifier") or title,
            )
        )
    if child(root, "qti-response-processing") is not None:
        report.note(
            where, "the response processing", "a human-scored essay has no automatic rules to keep"
        )
    for feedback in root.iter():
        if local(feedback.tag) in {
            "qti-modal-feedback",
            "qti-feedback-block",
            "qti-feedback-inline",
        }:
            report.note(where, f"a <{local(feedback.tag)}>", "Casewise gives feedback per argument")
    return questions


def _clipped(text: str, width: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _max_score(root: ET.Element, where: str) -> float:
    for outcome in children(root, "qti-outcome-declaration"):
        value = fields.number(
            outcome.get("normal-maximum"), where, "normal-maximum", low=0, high=MAX_SCORE
        )
        if value is not None:
            return value
    return 0.0


def _rubric(
    root: ET.Element, where: str, marks: float, report: Report
) -> tuple[list[DraftArgument], str]:
    points: list[str] = []
    instructions = []
    for block in root.iter():
        if local(block.tag) != "qti-rubric-block":
            continue
        views = set((block.get("view") or "").split())
        body = child(block, "qti-content-body")
        source = body if body is not None else block
        text = _markdown(source, where, "rubric block", report)
        if not text:
            continue
        if views and not views & _MARKER_VIEWS:
            instructions.append(text)
            report.note(
                where,
                f"a rubric block for {', '.join(sorted(views))}",
                "it is instructions for the student and was added to the prompt",
                NoteKind.CHANGED,
            )
            continue
        points.append(text)
    if not points:
        report.note(
            where,
            "no rubric block for the scorer",
            "one self-assessed argument stands for the whole question; write the rubric",
            NoteKind.ADDED,
        )
        points = ["Answers the question in full."]
    arguments = []
    for text in points:
        arguments += rubric_points(
            text, (marks or len(points)) / len(points), where, "rubric block", report
        )
    return arguments, "\n\n".join(instructions)
