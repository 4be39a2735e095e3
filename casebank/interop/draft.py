"""What an importer builds: draft cases, questions and arguments, and how they become a bank.

Importers fill drafts from their source; `write_bank` completes what a bank requires and the
source did not have (a model paragraph per argument, a model answer that covers every argument),
saying so in the report, writes the bank folder as TOML and Markdown, and validates it. A folder
that would not validate is never left behind: the bank is written to a temporary folder beside the
target and only moved into place once `casebank validate` passes.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from casebank.coverage import Checker, Coverage
from casebank.cues import TermError, parse_term
from casebank.errors import Cancel, CancelledError, UserError
from casebank.interop.report import NoteKind, Report
from casebank.language import analyzer_for
from casebank.loader import IMPORT_REPORT, MAX_ARGUMENTS
from casebank.model import Argument, Cue, Question, Scope
from casebank.problems import Severity
from casebank.validate import validate
from casebank.vocabulary import Status
from casebank.words import count_words

REPORT_NAME = IMPORT_REPORT
_ID_SAFE = re.compile(r"[^a-z0-9]+")
ID_LENGTH = 48
# Web addresses, with or without a scheme: an id made of one reads as a link and says nothing.
_ADDRESS = re.compile(r"(?i)\b(?:[a-z][a-z0-9+.-]*://|www\.)\S*")
# Latin letters that Unicode does not decompose into a base letter and a mark, and the German
# umlauts, which German writes as ae, oe, ue when it has no umlauts (as ids have none).
_LATIN = str.maketrans(
    {
        "ß": "ss", "ẞ": "SS", "ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue",
        "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
        "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ł": "l", "Ł": "L", "ı": "i",
    }
)  # fmt: skip


@dataclass(slots=True)
class DraftCue:
    """A cue group: one of `any`, with one term of each `with` list, within a sentence/paragraph."""

    any: list[str]
    with_: list[list[str]] = field(default_factory=list)
    label: str = ""
    within: str = "sentence"


@dataclass(slots=True)
class DraftArgument:
    """An argument as the source gives it; empty texts are completed by `write_bank`."""

    title: str
    marks: float
    guidance: str
    cues: list[DraftCue] = field(default_factory=list)
    found: str = ""
    missing: str = ""
    model_paragraph: str = ""
    id_hint: str = ""


@dataclass(slots=True)
class DraftQuestion:
    """A question as the source gives it."""

    where: str  # how the report names it: "file, question 'name'"
    title: str
    prompt: str
    marks: float
    arguments: list[DraftArgument]
    model_answer: str = ""
    min_words: int | None = None
    max_words: int | None = None
    id_hint: str = ""
    minutes: int | None = None


@dataclass(slots=True)
class DraftCase:
    """One imported file: a case with its questions."""

    where: str
    title: str
    questions: list[DraftQuestion]
    text: str = ""
    sources: list[str] = field(default_factory=list)
    language: str | None = None
    authors: list[str] = field(default_factory=list)
    license: str = ""
    id_hint: str = ""


def slug(text: str, fallback: str) -> str:
    """An id from a title: lowercase ASCII letters, digits and hyphens, starting with a letter.

    Latin letters are transliterated ("Weiße Äpfel" gives ``weisse-aepfel``), web addresses left
    out, and letters of other scripts, which have no ASCII spelling, replaced by a short hash of
    the title, so that two Persian titles still get two ids. `fallback` starts an id that would
    otherwise be empty or start with a digit.
    """
    text = unicodedata.normalize("NFC", _ADDRESS.sub(" ", text))
    letters = unicodedata.normalize("NFKD", text.translate(_LATIN))
    letters = "".join(c for c in letters if not unicodedata.combining(c))
    value = _ID_SAFE.sub("-", letters.encode("ascii", "ignore").decode("ascii").lower())
    value = value.strip("-")[:ID_LENGTH].strip("-")
    if any(c.isalnum() and not c.isascii() for c in letters):
        digest = hashlib.sha256(text.strip().encode("utf-8")).hexdigest()[:6]
        value = f"{value[: ID_LENGTH - 7].strip('-') or fallback}-{digest}"
    if not value or not value[0].isalpha():
        value = f"{fallback}-{value}".strip("-") if value else fallback
    return value


_TAG = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")
DEFAULT_LANGUAGE = "en"


def choose_language(
    tag: object, given: str | None, texts: list[str], where: str, report: Report
) -> str:
    """The language of an imported case: the source's own tag, else the one the tutor gave
    (``--language``), else the one its text reads as, else English; the report says which,
    unless the source said it.

    A tag of "und" (undetermined, what H5P writes when the author chose none) says nothing.
    """
    source = str(tag or "").strip()
    if _TAG.match(source) and source.lower() not in {"und", "mul", "zxx", "mis"}:
        return source
    said = f"the language {source!r} (undetermined)" if source else "no language"
    if given:
        report.note(where, said, f"the case is in {given}, as --language says", NoteKind.ADDED)
        return given
    from casebank.lexicon import detect_language  # its word lists load on first use

    found = detect_language("\n".join(texts))
    if found:
        report.note(
            where,
            said,
            f"the text reads as {found}, so the case is in {found}; if that is wrong, import "
            "again with --language, or set language in bank.toml",
            NoteKind.ADDED,
        )
        return found
    report.note(
        where,
        said,
        f"the text is too short to tell its language, so the case is in {DEFAULT_LANGUAGE}; "
        "import again with --language if it is not",
        NoteKind.ADDED,
    )
    return DEFAULT_LANGUAGE


def sentence(text: str) -> str:
    """`text` ending in a full stop, unless it ends in punctuation of its own ("May be…",
    "Why?"), which a second full stop would only double."""
    text = text.rstrip()
    return text if text.endswith((".", "!", "?", "…", ":", ";", "؟")) else text + "."


def unique(value: str, taken: set[str]) -> str:
    """`value`, or `value-2`, `value-3`… if it is taken; the result is added to `taken`."""
    candidate, n = value, 2
    while candidate in taken:
        candidate = f"{value[:60]}-{n}"
        n += 1
    taken.add(candidate)
    return candidate


def check_terms(terms: list[str], language: str) -> list[str]:
    """The terms that the engine rejects, each with the reason (``term: why``)."""
    analyzer = analyzer_for(language)
    bad = []
    for term in terms:
        try:
            parse_term(term, analyzer)
        except TermError as exc:
            bad.append(f"{term}: {exc}")
    return bad


def term_text(term: str, language: str) -> str:
    """How a term is written in running text: ``=US`` -> ``US``, ``discount*`` -> ``discount``."""
    parse_term(term, analyzer_for(language))  # raises TermError for a term the engine refuses
    return term.strip().lstrip("=").strip().replace("*", "")


def _model(question: DraftQuestion, language: str, case_id: str, ids: list[str]) -> Question:
    arguments = tuple(
        Argument(
            arg_id,
            a.title,
            a.marks,
            a.guidance,
            a.found,
            a.missing,
            a.model_paragraph,
            tuple(
                Cue(
                    tuple(c.any),
                    tuple(tuple(g) for g in c.with_),
                    c.label,
                    Scope(c.within),
                )
                for c in a.cues
            ),
            1,
            1,
        )
        for arg_id, a in zip(ids, question.arguments, strict=True)
    )
    return Question("q", case_id, question.prompt, question.marks, "", arguments, language)


def complete(
    question: DraftQuestion, language: str, report: Report, cancelled: Cancel | None = None
) -> list[str]:
    """Fill in what the bank format requires and the source lacks; return the argument ids.

    The work is linear in the size of the source: each paragraph of the sample answer is checked
    once at most, for every argument at a time.

    Raises:
        UserError: the question has more arguments than a question may have.
        CancelledError: `cancelled` returned True.
    """
    if len(question.arguments) > MAX_ARGUMENTS:
        raise UserError(
            f"{question.where} has {len(question.arguments):,} arguments (keywords, target "
            f"phrases or rubric points); a Casewise question holds at most {MAX_ARGUMENTS}. "
            "Split it into several questions and import them again"
        )
    taken: set[str] = set()
    ids = [unique(slug(a.id_hint or a.title, "argument"), taken) for a in question.arguments]
    where = question.where
    for argument in question.arguments:
        if not argument.found:
            argument.found = sentence(f"You covered this point: {argument.title}")
        if not argument.missing:
            argument.missing = sentence(f"Not covered yet: {argument.title}")
        if not argument.guidance:
            argument.guidance = argument.title
    model = _model(question, language, "case", ids)
    checker = Checker(model)
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", question.model_answer) if p.strip()]
    found = _covering_paragraphs(question, checker, paragraphs, cancelled)
    for index, (arg_id, argument) in enumerate(zip(ids, question.arguments, strict=True)):
        if argument.model_paragraph:
            continue
        if not argument.cues:
            argument.model_paragraph = argument.guidance
            report.note(
                where,
                f"argument {arg_id!r} has no model paragraph in the source",
                "it is self-assessed (no cues), so its guidance is used as its model paragraph; "
                "replace it with a paragraph that makes the point well",
                NoteKind.ADDED,
            )
            continue
        if index in found:
            argument.model_paragraph = found[index]
            report.note(
                where,
                f"argument {arg_id!r} has no model paragraph in the source",
                "the paragraph of the sample answer that its cues detect is used",
                NoteKind.ADDED,
            )
        else:
            argument.model_paragraph = _scaffold(argument, language)
            report.note(
                where,
                f"argument {arg_id!r} has no model paragraph in the source",
                "the importer wrote one sentence from its cue terms so that the bank "
                "validates; replace it with a real paragraph that makes the point",
                NoteKind.ADDED,
            )
    model = _model(question, language, "case", ids)
    checker = Checker(model)
    checked: dict[str, Coverage] = {}  # arguments often share the paragraph that covers them
    for index, argument in enumerate(question.arguments):
        if argument.cues:
            _check_cancelled(cancelled)
            paragraph = argument.model_paragraph
            if paragraph not in checked:
                checked[paragraph] = checker.check(paragraph)
            verdict = checked[paragraph].arguments[index]
            if verdict.status is not Status.COVERED:
                report.note(
                    where,
                    f"argument {ids[index]!r}: its model paragraph is detected as "
                    f"{verdict.status.value}",
                    "edit the paragraph or the cues before using the bank",
                    NoteKind.CHANGED,
                )
    if not question.model_answer.strip():
        question.model_answer = "\n\n".join(a.model_paragraph for a in question.arguments)
        report.note(
            where,
            "the source has no sample or model answer",
            "the model answer is made of the arguments' model paragraphs; write a real one",
            NoteKind.ADDED,
        )
    else:
        coverage = checker.check(question.model_answer)
        missing = [
            (ids[i], question.arguments[i])
            for i, verdict in enumerate(coverage.arguments)
            if verdict.status not in {Status.COVERED, Status.SELF_ASSESSED}
        ]
        if missing:
            question.model_answer += "\n\n" + "\n\n".join(a.model_paragraph for _, a in missing)
            report.note(
                where,
                "the sample answer does not cover "
                + ", ".join(repr(arg_id) for arg_id, _ in missing),
                "a Casewise model answer must cover every argument, so their model paragraphs "
                "were appended to it",
                NoteKind.ADDED,
            )
    words = count_words(question.model_answer, language)
    if question.max_words and words > question.max_words:
        report.note(
            where,
            f"the word limit of {question.max_words}",
            f"the model answer has {words} words, above it; the limit was left out so the bank "
            "validates. Shorten the model answer and set words.max again",
            NoteKind.DROPPED,
        )
        question.max_words = None
    if question.min_words and words < question.min_words:
        report.note(
            where,
            f"the minimum of {question.min_words} words",
            f"the model answer has {words} words, below it; the minimum was left out so the "
            "bank validates. Lengthen the model answer and set words.min again",
            NoteKind.DROPPED,
        )
        question.min_words = None
    return ids


def _covering_paragraphs(
    question: DraftQuestion, checker: Checker, paragraphs: list[str], cancelled: Cancel | None
) -> dict[int, str]:
    """For each argument with cues but no model paragraph, the first paragraph that covers it.

    Paragraphs are checked in order, each once, until every such argument has one.
    """
    wanting = {i for i, a in enumerate(question.arguments) if a.cues and not a.model_paragraph}
    found: dict[int, str] = {}
    for paragraph in paragraphs:
        if not wanting:
            break
        _check_cancelled(cancelled)
        verdicts = checker.check(paragraph).arguments
        for index in sorted(wanting):
            if verdicts[index].status is Status.COVERED:
                found[index] = paragraph
                wanting.discard(index)
    return found


def _check_cancelled(cancelled: Cancel | None) -> None:
    if cancelled is not None and cancelled():
        raise CancelledError("the import was cancelled; nothing was written")


def _scaffold(argument: DraftArgument, language: str) -> str:
    """One plain sentence that uses an argument's first cue group, so its cues detect it."""
    cue = argument.cues[0]
    words = [term_text(cue.any[0], language)]
    words += [term_text(group[0], language) for group in cue.with_]
    joined = " together with ".join(f"“{w}”" for w in words)
    return f"An answer makes this point when it uses {joined} in a sentence of its own."


_MARKS = re.compile(r"\(?\b(\d+(?:[.,]\d+)?)\s*(?:points?|marks?|pts?)\b\)?", re.I)
_ITEM = re.compile(r"^\s*(?:[-*]|\d+\.)\s+(.+)$", re.M)


def rubric_points(
    text: str, total: float, where: str, what: str, report: Report
) -> list[DraftArgument]:
    """Self-assessed arguments from a rubric written for a human marker.

    A list of two or more points gives one argument per point, otherwise the whole text is one
    argument. Marks written in a point ("(2 points)", "3 marks") are used when every point has
    them; otherwise `total` is shared evenly, and the report says so.
    """
    items = [m.group(1).strip() for m in _ITEM.finditer(text)]
    points = items if len(items) >= 2 else [text.strip()]
    found = [_MARKS.search(p) for p in points]
    if all(found):
        marks = [float(m.group(1).replace(",", ".")) for m in found if m]
        if _is_scale(marks, total):
            return [_holistic(points, marks, where, what, report)]
        report.map(f"{where}: the marks of each point of the {what}, from its own text")
    else:
        marks = [round(total / len(points), 4)] * len(points)
        if len(points) > 1:
            report.note(
                where,
                f"the {len(points)} points of the {what} give no marks each",
                f"they became self-assessed arguments sharing {total:g} marks evenly; adjust "
                "the marks, and add cues to detect them",
                NoteKind.ADDED,
            )
    return [
        DraftArgument(_short(p), m, p, id_hint=_short(p))
        for p, m in zip(points, marks, strict=True)
    ]


def _is_scale(marks: list[float], total: float) -> bool:
    """Whether the marks of a rubric's points are the levels of one holistic scale ("5 points:
    …", "4 points: …", … "0 points: …") rather than points that add up: three or more levels, each
    marked differently, in order, whose sum is more than the question's marks (or that go down
    to 0)."""
    if len(marks) < 3 or len(set(marks)) != len(marks):
        return False
    ordered = marks == sorted(marks) or marks == sorted(marks, reverse=True)
    return ordered and (min(marks) == 0 or (total > 0 and sum(marks) > total + 1e-9))


def _holistic(
    points: list[str], marks: list[float], where: str, what: str, report: Report
) -> DraftArgument:
    """One self-assessed argument for a holistic scale: the student judges which level the
    answer reaches, as a marker would; its guidance lists the levels, top first."""
    levels = sorted(zip(marks, points, strict=True), key=lambda level: -level[0])
    top, bottom = levels[0][0], levels[-1][0]
    guidance = "Judge which level your answer reaches:\n\n" + "\n".join(
        f"- {' '.join(point.split())}" for _, point in levels
    )
    best = _MARKS.sub("", levels[0][1]).strip(" :;,-–")
    report.note(
        where,
        f"the {what} is a holistic scale of {len(levels)} levels ({top:g} to {bottom:g} points)",
        f"it became one self-assessed argument worth {top:g} marks whose guidance lists the "
        "levels: the student judges which level the answer reaches. Its levels are not separate "
        "arguments, whose marks would add up to more than the question's",
        NoteKind.CHANGED,
    )
    return DraftArgument(
        "The answer as a whole, on the scale",
        top,
        guidance,
        found="Compare your answer with the top level of the scale.",
        missing="Compare your answer with the levels of the scale, from the top.",
        model_paragraph=best,
        id_hint="scale",
    )


def _short(text: str) -> str:
    """A title from a rubric point: its first line, without marks and emphasis, at most 80."""
    from casebank.interop.htmltext import plain_text

    line = plain_text(_MARKS.sub("", text.split("\n", 1)[0])).strip(" :;,-–")
    return line if len(line) <= 80 else line[:77].rsplit(" ", 1)[0] + "…"


def toml_string(value: str) -> str:
    """A TOML string: a basic string, or a multi-line one for text with line breaks."""
    out = []
    for c in value:
        if c == "\\":
            out.append("\\\\")
        elif c == '"':
            out.append('\\"')
        elif c == "\n":
            out.append("\n")
        elif c == "\t":
            out.append("\t")
        elif ord(c) < 32 or ord(c) == 127:
            out.append(f"\\u{ord(c):04x}")
        else:
            out.append(c)
    text = "".join(out)
    if "\n" in value:
        return '"""\n' + text + '\n"""'
    return '"' + text + '"'


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(round(value, 4))


def question_toml(question: DraftQuestion, ids: list[str]) -> str:
    """A question file in the bank format."""
    lines = [f"prompt = {toml_string(question.prompt)}", f"marks = {_number(question.marks)}"]
    limits = []
    if question.min_words:
        limits.append(f"min = {question.min_words}")
    if question.max_words:
        limits.append(f"max = {question.max_words}")
    if limits:
        lines.append("words = { " + ", ".join(limits) + " }")
    if question.minutes:
        lines.append(f"minutes = {question.minutes}")
    lines.append(f"model_answer = {toml_string(question.model_answer)}")
    for arg_id, a in zip(ids, question.arguments, strict=True):
        lines += [
            "",
            "[[arguments]]",
            f"id = {toml_string(arg_id)}",
            f"title = {toml_string(a.title)}",
            f"marks = {_number(a.marks)}",
            f"guidance = {toml_string(a.guidance)}",
            f"found = {toml_string(a.found)}",
            f"missing = {toml_string(a.missing)}",
            f"model_paragraph = {toml_string(a.model_paragraph)}",
        ]
        if a.cues:
            lines += ["covered_at = 1", "partly_at = 1"]
        for cue in a.cues:
            lines += ["", "[[arguments.cues]]"]
            if cue.label:
                lines.append(f"label = {toml_string(cue.label)}")
            lines.append("any = [" + ", ".join(toml_string(t) for t in cue.any) + "]")
            if len(cue.with_) == 1:
                lines.append("with = [" + ", ".join(toml_string(t) for t in cue.with_[0]) + "]")
            elif cue.with_:
                groups = ", ".join(
                    "[" + ", ".join(toml_string(t) for t in g) + "]" for g in cue.with_
                )
                lines.append(f"with = [{groups}]")
            if cue.within != "sentence":
                lines.append(f"within = {toml_string(cue.within)}")
    return "\n".join(lines) + "\n"


def bank_files(
    cases: list[DraftCase],
    report: Report,
    *,
    language: str,
    bank_id: str,
    title: str,
    cancelled: Cancel | None = None,
) -> dict[str, str]:
    """Every file of the bank, as text, keyed by its path in the bank.

    The bank is in its cases' language when they share one, else in `language`.

    Raises:
        UserError: a question has more arguments than a question may have.
        CancelledError: `cancelled` returned True.
    """
    languages = {case.language for case in cases if case.language}
    if len(languages) == 1:
        language = languages.pop()
    taken_cases: set[str] = set()
    files: dict[str, str] = {}
    authors: list[str] = []
    licences: list[str] = []
    case_ids = []
    for case in cases:
        case_id = unique(slug(case.id_hint or case.title, "case"), taken_cases)
        case_ids.append(case_id)
        case_language = case.language or language
        base = f"cases/{case_id}"
        taken_questions: set[str] = set()
        question_ids = []
        for question in case.questions:
            question_id = unique(
                slug(question.id_hint or question.title, "question"), taken_questions
            )
            question_ids.append(question_id)
            ids = complete(question, case_language, report, cancelled)
            files[f"{base}/questions/{question_id}.toml"] = question_toml(question, ids)
            count = len(question.arguments)
            report.map(
                f"{question.where} → `{case_id}/{question_id}`: {count} "
                f"argument{'' if count == 1 else 's'} "
                f"({sum(1 for a in question.arguments if a.cues)} with cues, "
                f"{sum(1 for a in question.arguments if not a.cues)} self-assessed), "
                f"{_number(question.marks)} mark{'' if question.marks == 1 else 's'}"
            )
        text = case.text.strip()
        if not text:
            text = "\n\n".join(f"## {q.title}\n\n{q.prompt}" for q in case.questions)
            report.note(
                case.where,
                "no case text (the source holds questions only)",
                "the case text repeats the questions' tasks; add the material students read",
                NoteKind.ADDED,
            )
        files[f"{base}/case.md"] = f"# {case.title}\n\n{text}\n"
        sources = case.sources or [f"Imported from {case.where}."]
        case_lines = [f"title = {toml_string(case.title)}"]
        if case.language and case.language != language:
            case_lines.append(f"language = {toml_string(case.language)}")
        case_lines.append("sources = [" + ", ".join(toml_string(s) for s in sources) + "]")
        case_lines.append("questions = [" + ", ".join(toml_string(q) for q in question_ids) + "]")
        files[f"{base}/case.toml"] = "\n".join(case_lines) + "\n"
        authors += [a for a in case.authors if a not in authors]
        if case.license and case.license not in licences:
            licences.append(case.license)
    if not authors:
        authors = ["Unknown (imported; add the authors)"]
        report.note(
            "bank.toml",
            "no author named in the source",
            "the bank lists an unknown author; put the real authors in bank.toml",
            NoteKind.ADDED,
        )
    licence = ", ".join(licences)
    if not licence:
        licence = "unknown (imported; check the source's licence)"
        report.note(
            "bank.toml",
            "no licence named in the source",
            "set the licence in bank.toml before sharing the bank",
            NoteKind.ADDED,
        )
    where = ", ".join(c.where for c in cases)
    files["bank.toml"] = (
        "\n".join(
            [
                "format = 1",
                f"id = {toml_string(bank_id)}",
                f"title = {toml_string(title)}",
                'version = "1.0.0"',
                f"language = {toml_string(language)}",
                "authors = [" + ", ".join(toml_string(a) for a in authors) + "]",
                f"license = {toml_string(licence)}",
                f"description = {toml_string(f'Imported by casebank import from {where}.')}",
                "cases = [" + ", ".join(toml_string(c) for c in case_ids) + "]",
            ]
        )
        + "\n"
    )
    return files


def write_bank(
    files: dict[str, str], output: Path, report_text: str, cancelled: Cancel | None = None
) -> None:
    """Write a bank folder, validate it, and only then move it to `output`.

    Raises:
        UserError: `output` exists and is not an empty folder, or the bank does not validate
            (every problem is listed; nothing is left behind).
        CancelledError: `cancelled` returned True; nothing is left behind either.
    """
    if output.exists() and (not output.is_dir() or any(output.iterdir())):
        raise UserError(f"{output} already exists; choose a new folder for the imported bank")
    parent = output.parent if str(output.parent) else Path()
    if not parent.is_dir():
        raise UserError(f"cannot write {output}: the folder {parent} does not exist")
    try:
        staging = Path(tempfile.mkdtemp(prefix=f".{output.name}.", dir=parent))
    except OSError as exc:
        raise UserError(f"cannot write to {parent}: {exc.strerror}") from exc
    try:
        for name, text in files.items():
            target = staging / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        (staging / REPORT_NAME).write_text(report_text, encoding="utf-8")
        result = validate(staging, cancelled)
        errors = [p for p in result.problems if p.severity is Severity.ERROR]
        if not result.ok:
            listed = "\n".join(f"  {p}" for p in errors or result.problems)
            raise UserError(
                f"the imported bank does not validate, so nothing was written:\n{listed}\n"
                "This is a gap in the importer; please report it with the source file."
            )
        if output.exists():
            output.rmdir()
        staging.rename(output)
    except OSError as exc:
        raise UserError(f"cannot write {output}: {exc.strerror or exc}") from exc
    finally:
        if staging.exists():
            shutil.rmtree(staging)
