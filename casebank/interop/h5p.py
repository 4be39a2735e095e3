"""H5P Essay: importing its keywords as arguments, and exporting a question as an ``.h5p`` file.

What H5P Essay means by its settings (learnt from the content type's semantics and scoring code):

- A keyword and its variations are alternatives; an answer earns the keyword's points for each
  occurrence of any of them, up to "occurrences" times.
- Matching is of the written form, as an isolated word or phrase (no inflection), and it is
  **case-sensitive by default** ("Case sensitive" is on unless the author unticks it; the
  "override case sensitive" behaviour setting turns it on or off for all keywords).
- ``*`` stands for any run of letters (``[A-z]*``: ASCII letters only, possibly none); a keyword
  between slashes (``/…/``) is a regular expression.
- "Forgive minor mistakes" accepts a Levenshtein distance of 1 for 3–9 characters and 2 for longer
  keywords (case differences count as mistakes).

Each keyword becomes an argument with one cue group whose `any` terms are the alternatives, written
so that Casewise keeps their meaning: ``==Word`` (exact, case as written) for case-sensitive
keywords, ``=word`` (exact, any case) for the others, ``word*`` for a trailing wildcard. A keyword
that forgives mistakes becomes a plain term (any inflection, near matches for long words), the
closest Casewise has. Everything else is reported.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path
from typing import Any

from casebank.counts import counted
from casebank.cues import FUZZY_MIN_LENGTH
from casebank.errors import UserError
from casebank.interop import fields
from casebank.interop.draft import (
    DraftArgument,
    DraftCase,
    DraftCue,
    DraftQuestion,
    check_terms,
    choose_language,
)
from casebank.interop.htmltext import html_to_markdown, markdown_to_html, plain_text
from casebank.interop.licence import h5p_licence, spdx_licence
from casebank.interop.report import Losses, NoteKind, Report
from casebank.interop.safezip import Package, read_limited
from casebank.loader import MAX_ARGUMENTS, MAX_TERMS
from casebank.markdown import images as markdown_images
from casebank.markdown import replace_images
from casebank.model import Argument, Bank, Question

MAX_JSON_BYTES = 5 * 1024 * 1024
# Points and occurrences of one keyword: H5P's editor offers small numbers; more is a damaged file.
MAX_POINTS = 1000
MAX_DEPTH = 40
ESSAY = "H5P.Essay"
_WILDCARD_WORD = re.compile(r"^[^\W\d_]+\*$")
_UI_TEXTS = (
    "checkAnswer",
    "submitAnswer",
    "tryAgain",
    "showSolution",
    "feedbackHeader",
    "solutionTitle",
    "remainingChars",
    "notEnoughChars",
    "messageSave",
    "ariaYourResult",
    "ariaNavigatedToSolution",
    "ariaCheck",
    "ariaShowSolution",
    "ariaRetry",
    "currikisettings",
)
_BEHAVIOUR_KNOWN = {"overrideCaseSensitive", "overrideForgiveMistakes", "minimumLength",
                    "maximumLength"}  # fmt: skip
TEXT_LIBRARIES = frozenset({"H5P.AdvancedText", "H5P.Text"})
# Content that holds other content for the page, whose text blocks are the case's text.
CONTAINERS = frozenset(
    {"H5P.Column", "H5P.CoursePresentation", "H5P.InteractiveBook", "H5P.Accordion"}
)
EXPORT_DEPENDENCIES = [
    {"machineName": "H5P.Essay", "majorVersion": 1, "minorVersion": 5},
    {"machineName": "H5P.Question", "majorVersion": 1, "minorVersion": 5},
    {"machineName": "H5P.JoubelUI", "majorVersion": 1, "minorVersion": 3},
    {"machineName": "H5P.TextUtilities", "majorVersion": 1, "minorVersion": 3},
    {"machineName": "H5P.Transition", "majorVersion": 1, "minorVersion": 0},
    {"machineName": "H5P.FontIcons", "majorVersion": 1, "minorVersion": 0},
    {"machineName": "FontAwesome", "majorVersion": 4, "minorVersion": 5},
]


def read_h5p(path: Path, report: Report, language: str | None) -> DraftCase:
    """Read an ``.h5p`` package or a bare ``content.json`` holding one or more H5P Essays."""
    meta: dict[str, Any] = {}
    if path.suffix.lower() == ".json" or not zipfile.is_zipfile(path):
        content = _json(read_limited(path, MAX_JSON_BYTES), path.name)
        main = ""
    else:
        with Package(path) as package:
            if "h5p.json" not in package.names or "content/content.json" not in package.names:
                raise UserError(
                    f"{path.name} is not an H5P package: it lacks h5p.json or content/content.json"
                )
            meta = fields.table(
                _json(package.read("h5p.json", MAX_JSON_BYTES), f"{path.name}: h5p.json"),
                f"{path.name}: h5p.json",
                "the document",
            )
            content = _json(
                package.read("content/content.json", MAX_JSON_BYTES), f"{path.name}: content.json"
            )
            media = [
                n for n in package.names if n.startswith("content/") and n != "content/content.json"
            ]
            if media:
                report.note(
                    path.name,
                    f"{len(media)} media files in the package (images, audio, video)",
                    "a Casewise question has no media; add images to the case text by hand",
                )
        main = str(meta.get("mainLibrary", ""))
    essays, texts, others = _contents(
        content, main == ESSAY or "keywords" in _dict(content), path.name
    )
    if not essays:
        raise UserError(
            f"{path.name} holds no H5P Essay (main library: {main or 'unknown'}); only Essay "
            "content, alone or inside a Column, can be imported"
        )
    written = [
        plain_text(str(part or ""))
        for _, params in essays
        for part in (params.get("taskDescription"), _dict(params.get("solution")).get("sample"))
    ]
    written += [plain_text(text) for text in texts]
    case_language = choose_language(meta.get("language"), language, written, path.name, report)
    if texts:
        report.note(
            path.name,
            f"{len(texts)} text block(s) beside the Essay",
            "they became the case text, which students read before answering",
            NoteKind.CHANGED,
        )
    if others:
        listed = ", ".join(f"{count} × {library}" for library, count in sorted(others.items()))
        report.note(
            path.name,
            f"{counted(sum(others.values()), 'other piece')} of content beside the Essay "
            f"({listed})",
            "only Essays (questions) and text blocks (the case text) have a place in a bank; "
            "nothing of them is in the case text",
        )
    # An Essay exported by Casewise (or written the same way) holds the case text before a rule
    # in its task description, and the time and length after the prompt.
    essays = [(label, _split_task(params, texts)) for label, params in essays]
    case_text = "\n\n".join(_markdown(t, path.name, "text block", report) for t in texts)
    questions = [
        _question(params, f"{path.name}, {label}", label, case_language, report)
        for label, params in essays
    ]
    where = f"{path.name}: h5p.json"
    # A bare content.json has no title of its own (its name is always "content"): the first
    # question's task names the case instead.
    title = plain_text(fields.text(meta.get("title"), where, "title")) or (
        questions[0].title if not meta else path.stem
    )
    authors = []
    for number, author in enumerate(fields.listing(meta.get("authors"), where, "authors")):
        name = fields.text(
            fields.table(author, where, f"authors[{number}]").get("name"),
            where,
            f"authors[{number}].name",
        )
        if name:
            authors.append(name)
    licence = spdx_licence(
        fields.text(meta.get("license"), where, "license"),
        fields.text(meta.get("licenseVersion"), where, "licenseVersion"),
    )
    if meta.get("source"):
        report.note(path.name, f"source address {meta['source']}", "a bank never links out")
    sources = [f"Imported from the H5P package {path.name}" + (f" ({title})." if title else ".")]
    return DraftCase(
        path.name,
        title,
        questions,
        text=case_text,
        sources=sources,
        language=case_language,
        authors=authors,
        license=licence,
        id_hint=title,
    )


def _json(data: bytes, where: str) -> Any:
    try:
        document = json.loads(data.decode("utf-8-sig"), parse_int=fields.json_int)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:  # JSONDecodeError included
        raise UserError(f"{where} is not valid JSON ({exc})") from exc
    fields.check_unicode(document, data, where)
    return document


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _contents(
    content: Any, top: bool, where: str
) -> tuple[list[tuple[str, dict[str, Any]]], list[str], dict[str, int]]:
    """Every Essay's label and parameters, the HTML of the text blocks around them, and how many
    other contents there are, by library (a Column holds sub-content of any kind)."""
    if top and isinstance(content, dict) and "keywords" in content:
        return [("essay", content)], [], {}
    essays: list[tuple[str, dict[str, Any]]] = []
    texts: list[str] = []
    others: dict[str, int] = {}

    def walk(value: Any, depth: int, in_part: bool) -> None:
        """`in_part`: inside a piece of content that is not a container (the labels of a
        DragQuestion are text blocks too, but not the case's text)."""
        if depth > MAX_DEPTH:
            raise UserError(f"{where} nests content more than {MAX_DEPTH} levels deep")
        if isinstance(value, dict):
            library = str(value.get("library", "")).split(" ")[0]
            params = value.get("params")
            if library and isinstance(params, dict):
                if library == ESSAY:
                    title = plain_text(str(_dict(value.get("metadata")).get("title") or ""))
                    label = f"essay {len(essays) + 1}" + (f" '{title}'" if title else "")
                    essays.append((label, params))
                elif library in TEXT_LIBRARIES:
                    if params.get("text") and not in_part:
                        texts.append(str(params["text"]))
                elif library in CONTAINERS:
                    walk(params, depth + 1, in_part)
                else:
                    # Any other content (DragQuestion, Blanks, Video …) is not carried over, but
                    # may still hold an Essay somewhere inside (a Question Set, say).
                    before = len(essays)
                    walk(params, depth + 1, True)
                    if len(essays) == before:
                        others[library] = others.get(library, 0) + 1
                return
            for item in value.values():
                walk(item, depth + 1, in_part)
        elif isinstance(value, list):
            for item in value:
                walk(item, depth + 1, in_part)

    walk(content, 0, False)
    return essays, texts, others


def _markdown(html: Any, where: str, what: str, report: Report) -> str:
    text, dropped = html_to_markdown(fields.text(html, where, what))
    for item in sorted(dropped):
        report.note(where, f"{item} in the {what}", "a bank holds plain Markdown only")
    return text


_RULE = re.compile(r"<hr\s*/?>", re.IGNORECASE)
_FIXED = re.compile(
    r"<p><em>(?:Suggested time: (?P<minutes>\d+) minutes\.)?\s*"
    r"(?:Length: (?:(?P<low>\d+) to (?P<high>\d+)|at least (?P<least>\d+)|at most (?P<most>\d+)) "
    r"words\.)?</em></p>\s*$"
)


def _split_task(params: dict[str, Any], texts: list[str]) -> dict[str, Any]:
    """An Essay's parameters with the case text before a rule in its task description moved to
    `texts`, and its time and length read from the line that closes it (as `export_h5p` writes
    them) into ``_minutes`` and ``_words``."""
    task = str(params.get("taskDescription") or "")
    parts = _RULE.split(task)
    params = dict(params)
    if len(parts) > 1 and parts[-1].strip():
        texts.insert(0, "".join(parts[:-1]))
        task = parts[-1]
    fixed = _FIXED.search(task)
    if fixed and any(fixed.groups()):
        task = task[: fixed.start()]
        params["_minutes"] = int(fixed["minutes"]) if fixed["minutes"] else None
        low = fixed["low"] or fixed["least"]
        high = fixed["high"] or fixed["most"]
        params["_words"] = (int(low) if low else None, int(high) if high else None)
    params["taskDescription"] = task.strip()
    return params


def _question(
    params: dict[str, Any], where: str, label: str, language: str, report: Report
) -> DraftQuestion:
    behaviour = fields.table(params.get("behaviour"), where, "behaviour")
    keywords = fields.listing(params.get("keywords"), where, "keywords")
    if len(keywords) > MAX_ARGUMENTS:
        # Refused before any is read: each keyword becomes an argument, which the bank format
        # limits, and checking so many would take long for nothing.
        raise UserError(
            f"{where} has {len(keywords):,} keywords; a Casewise question holds at most "
            f"{MAX_ARGUMENTS} arguments, one per keyword. Split the Essay into several, or keep "
            f"its {MAX_ARGUMENTS} most important keywords, and import it again"
        )
    prompt = _markdown(params.get("taskDescription"), where, "task description", report)
    if not prompt:
        raise UserError(f"{where} has no task description; nothing to ask students")
    solution = fields.table(params.get("solution"), where, "solution")
    intro = _markdown(solution.get("introduction"), where, "sample solution introduction", report)
    sample = _markdown(solution.get("sample"), where, "sample solution", report)
    model = "\n\n".join(p for p in (intro, sample) if p)
    if intro:
        report.note(
            where,
            "the introduction to the sample solution",
            "it opens the model answer (Casewise has no separate introduction)",
            NoteKind.CHANGED,
        )
    override_case = str(behaviour.get("overrideCaseSensitive") or "")
    override_typos = str(behaviour.get("overrideForgiveMistakes") or "")
    arguments = []
    for number, raw in enumerate(keywords, 1):
        argument = _argument(
            fields.table(raw, where, f"keyword {number}"),
            number,
            where,
            language,
            override_case,
            override_typos,
            report,
        )
        if argument is not None:
            arguments.append(argument)
    if not arguments:
        raise UserError(f"{where} has no keywords to turn into arguments")
    marks = sum(a.marks for a in arguments)
    report.note(
        where,
        "keywords found anywhere in the answer",
        "Casewise does not count cue words that stand in a bare list of keywords or in a "
        "quotation of the prompt; an answer must use them in its own sentences",
        NoteKind.CHANGED,
    )
    _report_rest(params, behaviour, where, report)
    title = _shortened(plain_text(fields.text(params.get("taskDescription"), where, ""))) or label
    low, high = params.get("_words") or (None, None)
    return DraftQuestion(
        where,
        title,
        prompt,
        marks,
        arguments,
        model,
        low,
        high,
        id_hint="essay",
        minutes=params.get("_minutes"),
    )


def _shortened(text: str, limit: int = 80) -> str:
    """The first line of `text`, cut at a word before `limit` characters."""
    line = " ".join(text.strip().split("\n", 1)[0].split())
    return line if len(line) <= limit else line[: limit - 1].rsplit(" ", 1)[0] + "…"


def _argument(
    raw: dict[str, Any],
    number: int,
    where: str,
    language: str,
    override_case: str,
    override_typos: str,
    report: Report,
) -> DraftArgument | None:
    field = f"keyword {number}"
    keyword = fields.text(raw.get("keyword"), where, f"{field}: keyword").strip()
    options = fields.table(raw.get("options"), where, f"{field}: options")
    alternatives = [keyword] + [
        fields.text(a, where, f"{field}: alternatives[{index}]").strip()
        for index, a in enumerate(
            fields.listing(raw.get("alternatives"), where, f"{field}: alternatives")
        )
    ]
    alternatives = [a for a in alternatives if a]
    here = f"{where}, keyword {number} ({keyword or 'empty'!s})"
    if not alternatives:
        report.note(here, "an empty keyword", "there is nothing to look for")
        return None
    case_sensitive = bool(options.get("caseSensitive", True))
    if override_case in {"on", "off"}:
        case_sensitive = override_case == "on"
    forgiving = bool(options.get("forgiveMistakes", False))
    if override_typos in {"on", "off"}:
        forgiving = override_typos == "on"
    terms: list[str] = []
    for alternative in alternatives:
        term = _term(alternative, case_sensitive, forgiving, here, report)
        if term is None:
            continue
        bad = check_terms([term], language)
        if bad:
            report.note(
                here, f"the alternative {alternative!r}", f"Casewise cannot use it ({bad[0]})"
            )
            continue
        if term not in terms:
            terms.append(term)
    if len(terms) > MAX_TERMS:
        report.note(
            here,
            f"{len(terms) - MAX_TERMS} alternatives beyond the first {MAX_TERMS}",
            f"a Casewise cue group holds at most {MAX_TERMS} terms",
        )
        terms = terms[:MAX_TERMS]
    if forgiving:
        report.note(
            here,
            "“forgive minor mistakes”",
            "became plain terms: Casewise matches any inflection, and forgives one typing "
            "mistake in words of 7 letters or more, where H5P forgives 1 mistake in 3–9 "
            "letters and 2 in longer keywords, inflected or not"
            + ("; plain terms ignore case" if case_sensitive else ""),
            NoteKind.CHANGED,
        )
    points = fields.number(options.get("points"), here, "points", low=0, high=MAX_POINTS) or 1.0
    occurrences = int(
        fields.number(
            options.get("occurrences"), here, "occurrences", low=0, high=MAX_POINTS, whole=True
        )
        or 1
    )
    if occurrences > 1:
        report.note(
            here,
            f"{points:g} points for each of up to {occurrences} occurrences",
            f"Casewise detects an argument once; its marks are the most H5P could award "
            f"({points * occurrences:g}), given when the argument is covered",
            NoteKind.CHANGED,
        )
    for key, value in options.items():
        if key.startswith("feedback") and key.endswith("Word") and value not in {None, "", "none"}:
            report.note(
                here,
                f"{key} = {json_value(value)} (which word the feedback quotes)",
                "Casewise's evidence always shows the words that matched",
                NoteKind.CHANGED,
            )
    shown = keyword.strip("/").replace("*", "…") or alternatives[0]
    title = f"Uses “{plain_text(shown)}”"
    guidance = (
        f"H5P keyword “{keyword}”"
        + (
            f" with the variations {', '.join(repr(a) for a in alternatives[1:])}"
            if alternatives[1:]
            else ""
        )
        + f", worth {points:g} point(s) up to {occurrences} time(s)"
        + (", case-sensitive" if case_sensitive else "")
        + (", forgiving minor mistakes" if forgiving else "")
        + "."
    )
    found = plain_text(str(options.get("feedbackIncluded") or ""))
    missing = plain_text(str(options.get("feedbackMissed") or ""))
    cues = [DraftCue(terms, label=f"keyword {keyword}")] if terms else []
    if not terms:
        report.note(
            here,
            "no alternative of this keyword could be expressed",
            "the argument is self-assessed (no cues); add cues by hand",
            NoteKind.CHANGED,
        )
    return DraftArgument(
        title,
        points * occurrences,
        guidance,
        cues,
        found,
        missing,
        id_hint=keyword.strip("/*") or f"keyword-{number}",
    )


def json_value(value: Any) -> str:
    """A setting's value as H5P writes it: ``true``, ``"auto"``, ``10``, not Python's ``True``."""
    return json.dumps(value, ensure_ascii=False)


def _term(
    alternative: str, case_sensitive: bool, forgiving: bool, here: str, report: Report
) -> str | None:
    """The Casewise term with the alternative's H5P meaning, or None (reported) if none has."""
    if len(alternative) > 1 and alternative.startswith("/") and alternative.endswith("/"):
        report.note(
            here,
            f"the regular expression {alternative}",
            "Casewise cues are words, prefixes and phrases, not regular expressions; "
            "add the words the pattern was meant to find as terms",
        )
        return None
    words = alternative.split()
    if "*" in alternative:
        if not all("*" not in w or (_WILDCARD_WORD.match(w) and len(w) > 3) for w in words):
            report.note(
                here,
                f"the wildcard in {alternative!r}",
                "Casewise has a wildcard only at the end of a word, after at least three "
                "letters (like 'discount*'); a '*' at the start, inside a word or after fewer "
                "letters cannot be expressed",
            )
            return None
        report.note(
            here,
            f"the wildcard {alternative!r}",
            "became a prefix: H5P's '*' stands for ASCII letters only, Casewise's prefix also "
            "matches words that go on with digits or accented letters"
            + (", and prefixes ignore case" if case_sensitive else ""),
            NoteKind.CHANGED,
        )
        return alternative
    if forgiving:
        return alternative
    return ("==" if case_sensitive else "=") + alternative


def _report_rest(
    params: dict[str, Any], behaviour: dict[str, Any], where: str, report: Report
) -> None:
    minimum, maximum = behaviour.get("minimumLength"), behaviour.get("maximumLength")
    if minimum or maximum:
        limits = " and ".join(
            f"{name} {value} characters"
            for name, value in (("at least", minimum), ("at most", maximum))
            if value
        )
        report.note(
            where,
            f"the character limits ({limits})",
            "Casewise limits words, not characters; set words = { min = …, max = … } in the "
            "question file if you want a limit (about 6 characters make a word in English)",
        )
    placeholder = fields.text(params.get("placeholderText"), where, "placeholderText").strip()
    if placeholder:
        report.note(
            where,
            f"the help text shown in the empty answer box: {placeholder!r}",
            "Casewise's writing pane has no help text; work it into the prompt if it matters",
        )
    ranges = [
        r
        for r in fields.listing(params.get("overallFeedback"), where, "overallFeedback")
        if isinstance(r, dict)
    ]
    feedback = [fields.text(r.get("feedback"), where, "overallFeedback: feedback") for r in ranges]
    if any(f.strip() for f in feedback):
        listed = "; ".join(
            f"{fields.shown(r.get('from', 0))}–{fields.shown(r.get('to', 100))} %: "
            + plain_text(text).rstrip(".;")
            for r, text in zip(ranges, feedback, strict=True)
        )
        report.note(
            where,
            f"the overall feedback by score range ({listed})",
            "Casewise gives feedback per argument and shows no overall score message",
        )
    for key in sorted(behaviour):
        if key in _BEHAVIOUR_KNOWN or behaviour[key] in (None, ""):
            continue
        report.note(
            where,
            f"the behaviour setting {key} = {json_value(behaviour[key])}",
            "it governs H5P's player (retry, passing and mastering scores, field size), "
            "which Casewise does not have",
        )
    ui = [k for k in _UI_TEXTS if k in params]
    if ui:
        report.note(
            where,
            f"{len(ui)} interface texts ({', '.join(ui[:4])}{'…' if len(ui) > 4 else ''})",
            "Casewise's own interface is translated separately",
        )
    if params.get("media"):
        report.note(where, "the task's media (image or video)", "a question has no media")
    known = {"taskDescription", "placeholderText", "solution", "keywords", "overallFeedback",
             "behaviour", "media", "_minutes", "_words", *_UI_TEXTS}  # fmt: skip
    for key in sorted(set(params) - known):
        report.note(where, f"the setting {key!r}", "Casewise has no equivalent")


# -- export ----------------------------------------------------------------------------------


def export_h5p(bank: Bank, question: Question, report: Report) -> bytes:
    """An ``.h5p`` package holding `question` as an H5P Essay, with its case and its bank's
    metadata, and one line in `report` per kind of thing H5P cannot hold (with a count).

    The case text opens the task description, the prompt follows it, with the suggested time and
    the word limits; the arguments' titles, marks and guidance make the sample solution's
    introduction; authors and licence (where H5P has a code for it) go to ``h5p.json``.

    Raises:
        UserError: the question has no argument with cues, and an Essay needs keywords.
    """
    case = bank.case(question.case_id)
    losses = Losses(question.key, report)
    keywords = []
    for argument in question.arguments:
        if argument.self_assessed_only:
            losses.add(
                "self-assessed arguments (no cues)",
                "H5P Essay scores keywords only; they are listed in the sample solution's "
                "introduction, for the student to check",
                argument.id,
                NoteKind.CHANGED,
            )
            continue
        keywords.append(_keyword(argument, losses))
    if not keywords:
        raise UserError(
            f"{question.key} has no argument with cues; an H5P Essay needs at least one keyword"
        )
    task = _task_html(case.text, question, losses)
    _report_fixed(question, losses)
    losses.report()
    content = {
        "taskDescription": task,
        "placeholderText": "",
        "solution": {
            "introduction": _introduction(question),
            "sample": markdown_to_html(question.model_answer),
        },
        "keywords": keywords,
        "overallFeedback": [{"from": 0, "to": 100}],
        "behaviour": {"inputFieldSize": "10", "enableRetry": True, "ignoreScoring": False},
    }
    meta: dict[str, Any] = {
        "title": f"{case.title}: {_shortened(plain_text(markdown_to_html(question.prompt)))}",
        "language": question.language,
        "mainLibrary": ESSAY,
        "embedTypes": ["iframe"],
        "license": "U",
        "authors": [{"name": name, "role": "Author"} for name in bank.manifest.authors],
        "defaultLanguage": question.language,
        "preloadedDependencies": EXPORT_DEPENDENCIES,
    }
    licence = h5p_licence(bank.manifest.license)
    if licence is not None:
        meta["license"], version = licence
        if version:
            meta["licenseVersion"] = version
    else:
        report.note(
            question.key,
            f"the licence {bank.manifest.license!r}",
            "H5P has no code for it, so h5p.json says 'Undisclosed'; set the licence in H5P",
        )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, value in (("h5p.json", meta), ("content/content.json", content)):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, json.dumps(value, ensure_ascii=False, indent=2))
    carried = [
        f"{counted(len(keywords), 'keyword')} from {counted(len(question.arguments), 'argument')}",
        "the case text and the prompt as the task description",
        "titles, marks and guidance in the sample solution's introduction",
        f"authors ({', '.join(bank.manifest.authors)})",
    ]
    if licence is not None:
        carried.append(f"the licence ({' '.join(licence).strip()})")
    for line in carried:
        report.map(line)
    return buffer.getvalue()


def _keyword(argument: Argument, losses: Losses) -> dict[str, Any]:
    """An argument with cues as one H5P keyword, what H5P cannot express noted in `losses`."""
    alternatives: list[str] = []
    case_flags: set[bool] = set()
    stems: list[str] = []
    for cue in argument.cues:
        if cue.with_:
            losses.add(
                "cue groups that need their terms together in one sentence or paragraph",
                "H5P keywords cannot require co-occurrence; only the groups' 'any' terms were "
                "exported, so H5P awards these keywords more easily",
                f"{argument.id} ({cue.name})",
                NoteKind.CHANGED,
            )
        for term in cue.any:
            text, cased, inflects = _h5p_term(term)
            if inflects:
                stems.append(text)
            case_flags.add(cased)
            if text not in alternatives:
                alternatives.append(text)
    # H5P applies "forgive minor mistakes" to every variation of a keyword, one mistake in 3 to 9
    # letters, so it is on only when every variation is long: on a keyword with "law" it would
    # accept "saw".
    short = [a for a in alternatives if len(a.replace(" ", "")) < FUZZY_MIN_LENGTH]
    forgiving = bool(stems) and not short
    for stem in stems:
        losses.add(
            "terms that match any inflection (a Snowball stem)",
            "H5P matches each variation as written: add the inflected forms students use as "
            "variations. Keywords whose variations all have 7 letters or more have “forgive "
            "minor mistakes” on, which also lets a form one letter away count (two letters "
            "in words of 10 or more)",
            stem,
            NoteKind.CHANGED,
        )
    if stems and short:
        losses.add(
            "keywords with “forgive minor mistakes” off, because a variation is shorter than 7 "
            "letters",
            "H5P applies the setting to every variation of a keyword, and forgives one mistake in "
            "3 to 9 letters: on a keyword with 'law' it would accept 'saw'. Casewise forgives "
            "typing mistakes only in words of 7 letters or more",
            f"{argument.id} ({', '.join(short[:3])})",
            NoteKind.CHANGED,
        )
    if len(argument.cues) > 1:
        losses.add(
            "arguments with several cue groups",
            "H5P awards a keyword when any variation appears; the groups were merged into one "
            "list of variations, and covered_at does not apply",
            f"{argument.id} ({len(argument.cues)} groups, covered at {argument.covered_at})",
            NoteKind.CHANGED,
        )
    if len(case_flags) > 1:
        losses.add(
            "arguments that mix case-sensitive (==) and case-insensitive terms",
            "H5P sets case sensitivity per keyword; it was turned on",
            argument.id,
            NoteKind.CHANGED,
        )
    points = max(1, round(argument.marks))
    if points != argument.marks:
        losses.add(
            "marks that are not whole points of at least 1",
            "H5P awards whole points; they were rounded",
            f"{argument.id} ({argument.marks:g} → {points})",
            NoteKind.CHANGED,
        )
    losses.add(
        "model paragraphs",
        "H5P Essay has one sample solution, the model answer, and no paragraph per keyword",
        argument.id,
    )
    return {
        "keyword": alternatives[0],
        "alternatives": alternatives[1:],
        "options": {
            "points": points,
            "occurrences": 1,
            "caseSensitive": any(case_flags),
            "forgiveMistakes": forgiving,
            "feedbackIncluded": argument.found,
            "feedbackMissed": argument.missing,
        },
    }


def _task_html(case_text: str, question: Question, losses: Losses) -> str:
    """The case text, then the prompt, the suggested time and the word limits, as HTML."""
    parts = []
    if case_text.strip():
        # The case text opens with its title, which h5p.json holds already.
        text = re.sub(r"\A\s*# [^\n]*\n", "", case_text)
        images = markdown_images(text)
        if images:
            losses.add(
                "images in the case text",
                "H5P's task description holds text only; add the images in H5P if they matter",
                ", ".join(src for _, src in images),
            )
            text = replace_images(text, "*[{alt}]*")
        parts += [markdown_to_html(text), "<hr>"]
    parts.append(markdown_to_html(question.prompt))
    notes = []
    if question.minutes:
        notes.append(f"Suggested time: {question.minutes} minutes.")
    if question.min_words or question.max_words:
        notes.append(f"Length: {_limits_text(question.min_words, question.max_words)}.")
    if notes:
        parts.append(f"<p><em>{' '.join(notes)}</em></p>")
    return "\n".join(parts)


def _introduction(question: Question) -> str:
    """The arguments a good answer makes, with their marks and guidance, as HTML."""
    items = []
    for argument in question.arguments:
        own = " (H5P cannot detect it: check it yourself)" if argument.self_assessed_only else ""
        items.append(
            f"<li><strong>{_escape(argument.title)}</strong> ({argument.marks:g} "
            f"mark{'' if argument.marks == 1 else 's'}){own}: "
            f"{_escape(' '.join(argument.guidance.split()))}</li>"
        )
    return f"<p>What a good answer covers:</p><ul>{''.join(items)}</ul>"


def _report_fixed(question: Question, losses: Losses) -> None:
    """What the task description shows but H5P does not enforce, and the rules it lacks."""
    if question.minutes or question.min_words or question.max_words:
        shown = [f"{question.minutes} minutes"] if question.minutes else []
        if question.min_words or question.max_words:
            shown.append(_limits_text(question.min_words, question.max_words))
        losses.add(
            "the suggested time and word limits",
            "shown in the task description; H5P Essay enforces no time, and limits characters, "
            "not words",
            ", ".join(shown),
            NoteKind.CHANGED,
        )
    losses.add(
        "the rules that keyword lists and quotations of the prompt do not count",
        "H5P finds keywords anywhere in the text",
        "",
        NoteKind.CHANGED,
    )


def _limits_text(low: int | None, high: int | None) -> str:
    if low and high:
        return f"{low} to {high} words"
    return f"at least {low} words" if low else f"at most {high} words"


def _h5p_term(term: str) -> tuple[str, bool, bool]:
    """A Casewise term as H5P writes it: (text, case-sensitive, was it a stem term)."""
    text = term.strip()
    if text.startswith("=="):
        return text[2:].strip(), True, False
    if text.startswith("="):
        return text[1:].strip(), False, False
    return text, False, "*" not in text


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
