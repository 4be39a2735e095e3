"""Moodle XML: essay questions (core ``essay`` and the ``essayautograde`` plugin) in and out.

A core essay question has no automatic marking: its grader information, the marker's notes, becomes
self-assessed arguments (one per list item, or one for the whole text). The essayautograde plugin
adds target phrases, each worth a percentage of the question's grade. Its matching, learnt from the
plugin's code: alternatives are separated by ``OR`` or commas; ``A AND B`` and ``A ANY B`` ask for
``A``, then anything, then ``B``; matching is case-insensitive and finds partial words unless the
phrase says otherwise (``casesensitive``, ``fullmatch``); a gap stops at a line break unless
``ignorebreaks`` is set. Each target phrase becomes an argument; ``AND``/``ANY`` gaps become
co-occurrence.
"""

from __future__ import annotations

import base64
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from casebank.counts import counted
from casebank.errors import UserError
from casebank.interop import fields
from casebank.interop.draft import (
    DraftArgument,
    DraftCase,
    DraftCue,
    DraftQuestion,
    check_terms,
    choose_language,
    rubric_points,
)
from casebank.interop.htmltext import html_to_markdown, markdown_to_html, plain_text
from casebank.interop.report import Losses, NoteKind, Report
from casebank.interop.safexml import child, children
from casebank.markdown import images as markdown_images
from casebank.model import Argument, Bank, Question

ESSAY_TYPES = {"essay", "essayautograde"}
# A grade, a word limit or a count in a Moodle question: larger is a damaged file, not a quiz.
MAX_NUMBER = 100_000
# A gap: "A AND B", "A ANY B", or a '*' between two words ("first*then", as the plugin's help
# describes it: any run of characters).
_GAP = re.compile(r"\s*\b(?:AND|ANY)\b\s*|(?<=\w)\s*\*\s*(?=\w)")
_ALTERNATIVES = re.compile(r"\s*(?:\bOR\b|,)\s*")
_REGEX_META = re.compile(r"[\^$.?+|(){}\[\]\\<>!=:]")
_EXPLAINED = {
    "name", "questiontext", "generalfeedback", "defaultgrade", "graderinfo", "responsetemplate",
    "minwordlimit", "maxwordlimit", "attachments", "attachmentsrequired", "maxbytes",
    "filetypeslist", "answers", "responsesample", "penalty", "hidden", "idnumber",
    "responseformat", "responserequired", "responsefieldlines", "tags", "enableautograde",
}  # fmt: skip


def read_moodle(path: Path, root: ET.Element, report: Report, language: str | None) -> DraftCase:
    """Read the essay questions of a Moodle XML export (parsed with `safexml.parse_xml`)."""
    if root.tag != "quiz":
        raise UserError(f"{path.name} is not a Moodle XML export (its root is <{root.tag}>)")
    # A Moodle export does not say its language: its essays' texts do.
    written = [
        plain_text(_text(child(element, field)))
        for element in children(root, "question")
        if element.get("type", "") in ESSAY_TYPES
        for field in ("questiontext", "graderinfo", "generalfeedback", "responsesample")
    ]
    language = choose_language(None, language, written, path.name, report)
    category = first_category = ""
    questions = []
    skipped: dict[str, int] = {}
    for number, element in enumerate(children(root, "question"), 1):
        kind = element.get("type", "")
        if kind == "category":
            category = _text(child(element, "category")).rsplit("/", 1)[-1].strip()
            info = plain_text(_text(child(element, "info")))
            if info:
                report.note(
                    path.name,
                    f"the description of category {category!r}: {info!r}",
                    "a case bank has no categories; each imported file becomes one case",
                )
            continue
        if kind not in ESSAY_TYPES:
            skipped[kind] = skipped.get(kind, 0) + 1
            continue
        questions.append(_question(element, path.name, number, language, report))
        first_category = first_category or category
    for kind, count in sorted(skipped.items()):
        report.note(
            path.name,
            f"{count} question(s) of type {kind!r}",
            "only essay questions have a place in a case bank",
        )
    if not questions:
        raise UserError(f"{path.name} holds no essay questions (types essay or essayautograde)")
    title = (
        first_category
        if first_category and not first_category.startswith("$")
        else questions[0].title
    )
    return DraftCase(
        path.name,
        title,
        questions,
        sources=[f"Imported from the Moodle XML export {path.name}."],
        language=language,
        id_hint=title,
    )


def _text(element: ET.Element | None) -> str:
    if element is None:
        return ""
    inner = child(element, "text")
    return ((inner.text if inner is not None else element.text) or "").strip()


def _rich(element: ET.Element | None, where: str, what: str, report: Report) -> str:
    """A Moodle text field as Markdown, whatever its format."""
    if element is None:
        return ""
    raw = _text(element)
    if children(element, "file"):
        report.note(where, f"files embedded in the {what}", "a question has no media")
    fmt = element.get("format", "html")
    if fmt == "markdown":
        # Through HTML and back: links, images and raw HTML are dropped (and reported) as for HTML.
        raw = markdown_to_html(raw)
    if fmt == "moodle_auto_format" and "<" not in raw:
        fmt = "plain_text"
    if fmt == "plain_text":
        return re.sub(r"([\\`*_\[\]<>#|])", r"\\\1", raw)
    text, dropped = html_to_markdown(raw)
    for item in sorted(dropped):
        report.note(where, f"{item} in the {what}", "a bank holds plain Markdown only")
    return text


def _number(
    element: ET.Element | None,
    where: str,
    *,
    low: float = 0,
    high: float = MAX_NUMBER,
    whole: bool = False,
) -> float | None:
    """The number an element holds, None if it is absent or empty.

    Raises:
        UserError: the element holds something else than a number from `low` to `high`.
    """
    if element is None:
        return None
    return fields.number(_text(element), where, f"<{element.tag}>", low=low, high=high, whole=whole)


def _question(
    element: ET.Element, file: str, number: int, language: str, report: Report
) -> DraftQuestion:
    name = plain_text(_text(child(element, "name"))) or f"Question {number}"
    where = f"{file}, question {name!r}"
    prompt = _rich(child(element, "questiontext"), where, "question text", report)
    if not prompt:
        raise UserError(f"{where} has no question text")
    grade = _number(child(element, "defaultgrade"), where) or 1.0
    kind = element.get("type", "essay")
    template = _rich(child(element, "responsetemplate"), where, "response template", report)
    if template:
        prompt += "\n\nStart from this outline:\n\n" + "\n".join(
            f"> {line}" if line else ">" for line in template.splitlines()
        )
        report.note(
            where,
            "the response template",
            "Casewise's answer pane starts empty; the template was added to the prompt",
            NoteKind.CHANGED,
        )
    sample = _rich(child(element, "responsesample"), where, "sample response", report)
    feedback = _rich(child(element, "generalfeedback"), where, "general feedback", report)
    model = sample or feedback
    if sample and feedback:
        report.note(
            where,
            f"the general feedback: {plain_text(feedback)[:200]!r}",
            "the sample response became the model answer; Casewise shows no general feedback",
        )
    elif feedback:
        report.note(
            where,
            "the general feedback",
            "became the model answer, which Casewise shows after an attempt",
            NoteKind.CHANGED,
        )
    arguments = []
    if kind == "essayautograde":
        arguments += _phrases(element, where, grade, language, report)
    phrase_marks = sum(a.marks for a in arguments)
    grader = _rich(child(element, "graderinfo"), where, "grader information", report)
    if grader:
        if arguments:
            report.note(
                where,
                "the grader information",
                "became self-assessed arguments worth the marks the target phrases do not award",
                NoteKind.CHANGED,
            )
        left = max(grade - phrase_marks, 0.0)
        arguments += rubric_points(grader, left, where, "grader information", report)
    if not arguments:
        arguments.append(
            DraftArgument(
                "Answers the question",
                grade,
                "The source gave no grader information or target phrases; judge the answer "
                "against the question as a whole.",
            )
        )
        report.note(
            where,
            "no grader information or target phrases",
            "one self-assessed argument stands for the whole question; write the rubric",
            NoteKind.ADDED,
        )
    minimum = _number(child(element, "minwordlimit"), where, whole=True)
    maximum = _number(child(element, "maxwordlimit"), where, whole=True)
    _report_rest(element, where, report)
    return DraftQuestion(
        where,
        name,
        prompt,
        grade,
        arguments,
        model,
        int(minimum) if minimum else None,
        int(maximum) if maximum else None,
        id_hint=name,
    )


def _phrases(
    element: ET.Element, where: str, grade: float, language: str, report: Report
) -> list[DraftArgument]:
    answers = child(element, "answers")
    arguments = []
    phrases = children(answers, "targetphrase") if answers is not None else []
    for index, phrase in enumerate(phrases, 1):
        text = (phrase.text or "").strip()
        if not text:
            continue
        here = f"{where}, target phrase {index} ({text!r})"
        percent = fields.number(phrase.get("percent"), here, "percent", low=-100, high=100) or 0.0
        cased = phrase.get("casesensitive", "0") == "1"
        full = phrase.get("fullmatch", "0") == "1"
        breaks_ignored = phrase.get("ignorebreaks", "1") == "1"
        cues = _phrase_cues(text, cased, full, breaks_ignored, here, language, report)
        arguments.append(
            DraftArgument(
                f"Uses “{text}”",
                round(grade * percent / 100, 4),
                f"essayautograde target phrase “{text}”, worth {percent:g} % of the grade.",
                cues,
                id_hint=text,
            )
        )
    if answers is not None and children(answers, "gradeband"):
        bands = "; ".join(
            f"{(b.text or '').strip()} items: {b.get('percent', '?')} %"
            for b in children(answers, "gradeband")
        )
        report.note(
            where,
            f"the grade bands ({bands})",
            "Casewise does not grade by counting words or sentences; set words.min if a "
            "length matters",
        )
    if phrases:
        report.map(f"{where}: {len(phrases)} target phrases")
        report.note(
            where,
            "target phrases found anywhere in the answer",
            "Casewise does not count cue words that stand in a bare list of keywords or in a "
            "quotation of the prompt; an answer must use them in its own sentences",
            NoteKind.CHANGED,
        )
    return arguments


def _phrase_cues(
    text: str,
    cased: bool,
    full: bool,
    breaks_ignored: bool,
    here: str,
    language: str,
    report: Report,
) -> list[DraftCue]:
    plain: list[str] = []
    cues: list[DraftCue] = []
    for alternative in (a for a in _ALTERNATIVES.split(text) if a.strip()):
        parts = [p.strip() for p in _GAP.split(alternative) if p.strip()]
        terms: list[str] = []
        for part in parts:
            term = _term(part, cased, full, here, report)
            if term is None:
                terms = []
                break
            terms.append(term)
        if not terms:
            continue
        bad = check_terms(terms, language)
        if bad:
            report.note(
                here, f"the alternative {alternative!r}", f"Casewise cannot use it ({bad[0]})"
            )
            continue
        if len(terms) == 1:
            plain.append(terms[0])
            continue
        cues.append(DraftCue([terms[0]], [[t] for t in terms[1:]], within="paragraph"))
        report.note(
            here,
            f"the gap in {alternative!r} (AND, ANY or '*' between words)",
            "became a cue group whose parts must stand in one paragraph: Casewise does not "
            "keep their order"
            + (", and the plugin let the gap run across paragraphs" if breaks_ignored else ""),
            NoteKind.CHANGED,
        )
    if plain:
        cues.insert(0, DraftCue(plain))
    if not cues:
        report.note(
            here, "no part of this phrase could be expressed", "the argument is self-assessed"
        )
    return cues


def _term(part: str, cased: bool, full: bool, here: str, report: Report) -> str | None:
    """A Casewise term with a target phrase's meaning, or None (reported)."""
    star = part.endswith("*")
    core = part.rstrip("*").strip()
    if _REGEX_META.search(core) or "*" in core or not core:
        report.note(
            here,
            f"the pattern {part!r}",
            "it uses regular-expression characters, which Casewise cues do not have; add "
            "the words it was meant to find as terms",
        )
        return None
    if full and not star:
        return ("==" if cased else "=") + core
    # Without "full match", the plugin finds the phrase inside longer words too ("bank" in
    # "banking"): a prefix is the closest Casewise has, for a last word of three letters or more.
    last = core.split()[-1] if core.split() else ""
    if len(last) < 3 or not last.isalpha():
        report.note(
            here,
            f"partial-word matching of {part!r}",
            "the word is too short for a Casewise prefix; it must now stand as a whole word",
            NoteKind.CHANGED,
        )
        return ("==" if cased else "=") + core
    report.note(
        here,
        f"partial-word matching of {part!r}",
        "became a prefix: it still finds longer words that start with it, but no longer "
        "words that merely contain it"
        + ("; prefixes ignore case, where the phrase was case-sensitive" if cased else "")
        + (", and the words before the last one match any inflection" if " " in core else ""),
        NoteKind.CHANGED,
    )
    return core + "*"


def _report_rest(element: ET.Element, where: str, report: Report) -> None:
    # Moodle writes -1 for "any number of attachments".
    attachments = _number(child(element, "attachments"), where, low=-1) or 0
    required = _number(child(element, "attachmentsrequired"), where, low=-1) or 0
    if attachments:
        report.note(
            where,
            f"attachments (up to {attachments:g} files{', required' if required else ''})",
            "Casewise answers are written in the app; students cannot attach files",
        )
    fmt = _text(child(element, "responseformat"))
    if fmt and fmt not in {"editor", "plain", "editorfilepicker", "monospaced"}:
        report.note(where, f"the response format {fmt!r}", "Casewise answers are always typed text")
    if _text(child(element, "hidden")) == "1":
        report.note(where, "the question is hidden in Moodle", "imported questions are all shown")
    idnumber = _text(child(element, "idnumber"))
    if idnumber:
        report.note(
            where,
            f"the ID number {idnumber!r}",
            "the question id is made from the question's name; Casewise keys attempts by it",
        )
    if _text(child(element, "responserequired")) == "0":
        report.note(where, "an optional response", "a Casewise answer is always written")
    for sub in element:
        name = sub.tag
        if name in _EXPLAINED or (not (sub.text or "").strip() and not len(sub)):
            continue
        report.note(where, f"the field <{name}>", "Casewise has no equivalent")


# -- export ----------------------------------------------------------------------------------


def export_moodle(bank: Bank, question: Question, report: Report) -> bytes:
    """A Moodle XML file holding `question` as a core essay question, with its case.

    The case text (its images embedded as Moodle files) opens the question text, the prompt
    follows; the model answer is the general feedback; the rubric, each argument with its marks,
    guidance and cue terms, is the grader information. What Moodle cannot hold is reported, one
    line per kind.
    """
    case = bank.case(question.case_id)
    losses = Losses(question.key, report)
    rubric = []
    for argument in question.arguments:
        rubric.append(
            f"<li><strong>{_escape(argument.title)}</strong> ({argument.marks:g} marks): "
            f"{markdown_to_html(argument.guidance)}<p>{_escape(_detected_by(argument))}</p></li>"
        )
        losses.add(
            "feedback per argument (found / missing) and model paragraphs",
            "a Moodle essay has no per-criterion feedback; the model answer is the general "
            "feedback",
            argument.id,
        )
    grader = f"<ol>{''.join(rubric)}</ol>"
    losses.add(
        "the arguments' cues",
        "a Moodle essay is marked by hand: each argument's cue terms are listed in the grader "
        "information, for the marker",
        "",
        NoteKind.CHANGED,
    )
    if question.minutes:
        losses.add(
            "the suggested time",
            "a Moodle question has no time of its own; set it on the quiz",
            f"{question.minutes} minutes",
        )
    losses.add(
        "the bank's authors and licence",
        "a Moodle XML question has no field for them; credit them in the question bank",
        f"{', '.join(bank.manifest.authors)}; {bank.manifest.license}",
    )
    text, files = _case_html(bank, case.id, case.text, losses)
    losses.report()
    root = ET.Element("quiz")
    element = ET.SubElement(root, "question", {"type": "essay"})
    _add_text(element, "name", case.title, None)
    question_text = ET.SubElement(element, "questiontext", {"format": "html"})
    parts = [text, "<hr>"] if text else []
    ET.SubElement(question_text, "text").text = "\n".join(
        [*parts, markdown_to_html(question.prompt)]
    )
    for name, data in files:
        embedded = ET.SubElement(
            question_text, "file", {"name": name, "path": "/", "encoding": "base64"}
        )
        embedded.text = base64.b64encode(data).decode("ascii")
    _add_text(element, "generalfeedback", markdown_to_html(question.model_answer), "html")
    ET.SubElement(element, "defaultgrade").text = f"{question.marks:g}"
    ET.SubElement(element, "penalty").text = "0"
    ET.SubElement(element, "hidden").text = "0"
    ET.SubElement(element, "idnumber").text = ""
    ET.SubElement(element, "responseformat").text = "editor"
    ET.SubElement(element, "responserequired").text = "1"
    ET.SubElement(element, "responsefieldlines").text = "15"
    ET.SubElement(element, "minwordlimit").text = str(question.min_words or "")
    ET.SubElement(element, "maxwordlimit").text = str(question.max_words or "")
    ET.SubElement(element, "attachments").text = "0"
    ET.SubElement(element, "attachmentsrequired").text = "0"
    ET.SubElement(element, "maxbytes").text = "0"
    ET.SubElement(element, "filetypeslist").text = ""
    _add_text(element, "graderinfo", grader, "html")
    _add_text(element, "responsetemplate", "", "html")
    ET.indent(root)
    report.map(
        f"{question.key} as a Moodle essay question: the case text"
        + (f" (with {counted(len(files), 'image')})" if files else "")
        + " and the prompt as its text, the model answer as general feedback, the word limits, "
        f"and {counted(len(question.arguments), 'rubric point')} with their cue terms in the "
        "grader information"
    )
    xml = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + xml + "\n").encode("utf-8")


def _detected_by(argument: Argument) -> str:
    """How Casewise detects an argument, in the terms themselves, for a human marker."""
    if argument.self_assessed_only:
        return "Not detected in Casewise: the student judges it."
    groups = []
    for cue in argument.cues:
        text = "any of " + ", ".join(cue.any)
        for group in cue.with_:
            text += f", with one of {', '.join(group)} in the same {cue.scope.value}"
        groups.append(text)
    needed = "" if len(groups) == 1 else f" (covered when {argument.covered_at} are met)"
    return f"Detected in Casewise by{needed}: " + "; ".join(groups) + "."


def _case_html(
    bank: Bank, case_id: str, text: str, losses: Losses
) -> tuple[str, list[tuple[str, bytes]]]:
    """The case text as HTML, its images as Moodle files (``@@PLUGINFILE@@/name``)."""
    if not text.strip():
        return "", []
    files: list[tuple[str, bytes]] = []
    for _, src in markdown_images(text):
        data = bank.files.get(f"cases/{case_id}/{src}")
        name = src.rsplit("/", 1)[-1]
        if data is None or any(name == taken for taken, _ in files):
            losses.add("images in the case text", "they could not be embedded", src)
            continue
        files.append((name, data))
    html = markdown_to_html(text)
    for name, _ in files:
        html = re.sub(r'src="[^"]*' + re.escape(name) + '"', f'src="@@PLUGINFILE@@/{name}"', html)
    return html, files


def _add_text(parent: ET.Element, tag: str, text: str, fmt: str | None) -> None:
    element = ET.SubElement(parent, tag, {"format": fmt} if fmt else {})
    ET.SubElement(element, "text").text = text


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
