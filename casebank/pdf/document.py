"""The PDF of a finished answer: header block, marked answer, rubric and optional sections.

`render_pdf` builds the document in memory; `export_pdf` writes it to a file atomically. The
output is reproducible: ReportLab's invariant mode fixes the document id, the creation date is
the export date passed in, and nothing else varies, so the same inputs give the same bytes.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.colors import Color  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    Spacer,
    Table,
    TableStyle,
)

from casebank.atomic import write_atomically
from casebank.coverage import Coverage, check
from casebank.errors import UserError
from casebank.language import is_right_to_left
from casebank.model import Bank, Case, Question
from casebank.pdf.colours import INK, MUTED, RULE, SHADE, argument_colour
from casebank.pdf.flowables import Outline, Tag, Tagging, Text
from casebank.pdf.fonts import SANS, SERIF, Family, Style, table_font
from casebank.pdf.labels import labels_for
from casebank.pdf.layout import Align, Block, Colour, Run
from casebank.pdf.markdown import MarkdownRenderer, Theme, natural_widths
from casebank.pdf.options import ExportOptions, Section
from casebank.pdf.page import (
    FACTS_WIDTHS,
    FRAME_WIDTH,
    Furniture,
    build_document,
    facts_style,
    mirror,
)
from casebank.pdf.rubric import Rubric, rubric
from casebank.vocabulary import Agreement, Mode, SelfAssessment, Status
from casebank.words import count_words

GUTTER = 15 * mm  # the margin column for coverage tags beside the answer


@dataclass(frozen=True)
class _Type:
    """Sizes for one script: Naskh needs more room between lines than Latin."""

    body: float
    body_leading: float
    small: float
    small_leading: float


_LATIN_TYPE = _Type(10.5, 15.5, 8.8, 12.6)
_ARABIC_TYPE = _Type(10.5, 19.5, 8.8, 15.5)


def render_pdf(
    answer: str,
    question: Question,
    coverage: Coverage | None = None,
    options: ExportOptions | None = None,
    *,
    bank: Bank | None = None,
) -> bytes:
    """The PDF of an answer, as bytes.

    Args:
        answer: the answer as written.
        question: the question it answers.
        coverage: its coverage; checked here when None.
        options: the student's choices.
        bank: the bank, for its title, the case title and the case text.

    Raises:
        UserError: the coverage is of another question, a self-assessment names an unknown
            argument, or the case text is asked for without a bank.
    """
    options = options or ExportOptions()
    if coverage is None:
        coverage = check(question, answer)
    elif coverage.question.key != question.key:
        raise UserError(f"the coverage is of {coverage.question.key}, not of {question.key}")
    case = _case(bank, question)
    if Section.CASE in options.include and case is None:
        raise UserError("the case text needs the bank: pass the bank to include the case")
    document = _Document(answer, question, coverage, options, bank, case)
    return document.build()


def export_pdf(
    path: Path | str,
    answer: str,
    question: Question,
    coverage: Coverage | None = None,
    options: ExportOptions | None = None,
    *,
    bank: Bank | None = None,
) -> Path:
    """Write the PDF of an answer to `path`, atomically; see `render_pdf`.

    Raises:
        UserError: as `render_pdf`, or the file cannot be written (the folder is missing or
            read-only, the disk is full); a failed export leaves no file behind.
    """
    data = render_pdf(answer, question, coverage, options, bank=bank)
    target = Path(path)
    write_atomically(target, data)
    return target


def _case(bank: Bank | None, question: Question) -> Case | None:
    if bank is None:
        return None
    try:
        return bank.case(question.case_id)
    except KeyError:
        raise UserError(f"the bank {bank.id} has no case {question.case_id}") from None


class _Document:
    """Builds the story of one export."""

    def __init__(
        self,
        answer: str,
        question: Question,
        coverage: Coverage,
        options: ExportOptions,
        bank: Bank | None,
        case: Case | None,
    ) -> None:
        self.answer = answer
        self.question = question
        self.coverage = coverage
        self.options = options
        self.bank = bank
        self.case = case
        self.labels = labels_for(question.language)
        self.level = 1 if is_right_to_left(question.language) else 0
        arabic = self.level == 1
        self.type = _ARABIC_TYPE if arabic else _LATIN_TYPE
        self.rubric: Rubric = rubric(coverage, options.self_assessment)
        self.date = options.date or datetime.date.today()
        self.tags = tuple(self.labels.num(row.number) for row in self.rubric.rows)
        self.colours = tuple(argument_colour(i) for i in range(len(self.rubric.rows)))
        self._bookmarks = 0

    # -- building blocks --------------------------------------------------------------------

    def block(
        self,
        text: str | list[Run],
        *,
        size: float | None = None,
        leading: float | None = None,
        style: Style = SANS,
        colour: Colour = INK,
        align: Align = Align.START,
        level: int | None = None,
    ) -> Block:
        """A block in the document's direction (paragraphs of the other direction turn)."""
        size = size or self.type.small
        runs = [Run(text, style, colour)] if isinstance(text, str) else text
        return Block(
            tuple(runs),
            size=size,
            leading=leading or size * (self.type.small_leading / self.type.small),
            align=align,
            level=level,
            default_level=self.level,
        )

    def text(self, text: str | list[Run], **kwargs: Any) -> Text:
        """A `Text` flowable; `space_after` and the like go to the flowable."""
        flow = {k: kwargs.pop(k) for k in list(kwargs) if k in _FLOW_OPTIONS}
        return Text(self.block(text, **kwargs), **flow)

    def heading(self, title: str, key: str, *, level: int = 0) -> Text:
        """A section heading with a bookmark."""
        size = 13.0 if level == 0 else 11.5
        return self.text(
            title,
            size=size,
            leading=size * 1.5,
            style=Style(Family.SANS, bold=True),
            outline=Outline(title, key, level),
            space_before=16.0 if level == 0 else 10.0,
            space_after=6.0,
            keep_with_next=True,
        )

    def bookmark(self, title: str, level: int) -> Outline | None:
        """An outline entry for a heading of the case text (sub-entries of the appendix)."""
        if level > 2:
            return None
        self._bookmarks += 1
        return Outline(title, f"case-{self._bookmarks}", level)

    def table(self, rows: list[list[Any]], widths: list[float], style: list[Any]) -> Table:
        """A table, its columns mirrored for a right-to-left document."""
        if self.level == 1:
            rows = [list(reversed(row)) for row in rows]
            widths = list(reversed(widths))
            style = [mirror(command, len(widths)) for command in style]
        table = Table(rows, colWidths=widths, repeatRows=0, hAlign="CENTER")
        table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), table_font()), *style]))
        return table

    def tag(self, index: int) -> Tag:
        """The tag of the argument at `index`, as a flowable."""
        tag = Tag(self.tags[index], self.colours[index], self.type.small)
        tag.right = self.level == 1
        return tag

    # -- the document -----------------------------------------------------------------------

    def build(self) -> bytes:
        """Lay out the story and return the PDF's bytes."""
        # A question without arguments is an answer exported as plain text: one whose question
        # is no longer in its bank (`desktop.export.attempt`). It has no rubric to show.
        rubric = self.rubric_section() if self.rubric.rows else []
        story = [*self.header(), *self.answer_section(), *rubric]
        include = self.options.include
        if Section.FEEDBACK in include:
            story += self.feedback_section()
        if Section.MODEL in include:
            story += self.model_section()
        if Section.CASE in include and self.case is not None:
            story += self.case_section(self.case)
        title = f"{self.labels.answer_to}: {self.case_title} ({self.question.key})"
        return build_document(
            story,
            _furniture(self),
            title=title,
            subject=self.question.prompt,
            language=self.question.language,
            author=self.options.student.strip(),
            keywords=", ".join(
                [k for k in (self.bank.id if self.bank else "", self.question.key) if k]
            ),
        )

    @property
    def case_title(self) -> str:
        """The case's title, or its id without a bank."""
        return self.case.title if self.case else self.question.case_id

    @property
    def bank_title(self) -> str:
        """The bank's title and version, or "" without a bank."""
        if self.bank is None:
            return ""
        return f"{self.bank.title} ({self.bank.manifest.version})"

    def header(self) -> list[Any]:
        """The title and the header block."""
        labels = self.labels
        t = self.type
        flows: list[Any] = []
        if self.bank is not None:
            flows.append(self.text(self.bank_title, colour=MUTED, space_after=2.0))
        flows.append(
            self.text(
                self.case_title,
                size=18.0,
                leading=25.0,
                style=Style(Family.SANS, bold=True),
                outline=Outline(self.case_title, "title"),
                space_after=10.0,
            )
        )
        rows: list[tuple[str, Any]] = [
            (labels.question, self.question_text()),
        ]
        if self.options.student.strip():
            rows.append((labels.student, self.options.student.strip()))
        rows.append((labels.date, labels.day(self.date)))
        if self.options.mode is Mode.MARKED:
            rows.append((labels.assessment, labels.marked_by_tutor))
        else:
            mode = {Mode.EXAM: labels.exam, Mode.DRILL: labels.drill}.get(
                self.options.mode, labels.practice
            )
            rows.append((labels.mode, mode))
        if self.options.seconds is not None:
            rows.append(
                (labels.time_spent, labels.duration(self.options.seconds, self.question.minutes))
            )
        rows.append((labels.words, self.word_count()))
        if self.rubric.rows:
            rows.append((labels.coverage, self.coverage_summary()))
        cells = []
        for label, value in rows:
            key = self.text(label, style=Style(Family.SANS, bold=True), colour=MUTED)
            if isinstance(value, str):
                value = self.text(value, size=t.small + 0.7)
            cells.append([key, value])
        flows.append(self.table(cells, FACTS_WIDTHS, facts_style()))
        return flows

    def question_text(self) -> list[Text]:
        """The full prompt, its paragraphs kept."""
        paragraphs = [p for p in self.question.prompt.strip().split("\n\n") if p.strip()]
        return [
            self.text(
                " ".join(p.split()),
                size=self.type.small + 0.7,
                style=Style(Family.SERIF),
                space_after=3.0,
            )
            for p in paragraphs
        ]

    def word_count(self) -> str:
        """The word count against the question's limits, counted as the app counts."""
        labels = self.labels
        words = count_words(self.answer, self.question.language)
        low, high = self.question.min_words, self.question.max_words
        n = labels.num
        if low is not None and high is not None:
            text = labels.words_range.format(words=n(words), min=n(low), max=n(high))
        elif low is not None:
            text = labels.words_min.format(words=n(words), min=n(low))
        elif high is not None:
            text = labels.words_max.format(words=n(words), max=n(high))
        else:
            text = n(words)
        if high is not None and words > high:
            text += " · " + labels.words_over.format(count=n(words - high))
        elif low is not None and words < low:
            text += " · " + labels.words_under.format(count=n(low - words))
        return text

    def coverage_summary(self) -> str:
        """How many arguments are covered, partly covered and missing; for a question whose
        arguments are all self-assessed, that none is detected automatically."""
        counts = self.coverage.counts()
        n = self.labels.num
        if not self.question.detectable:
            return self.labels.not_detected.format(total=n(len(self.coverage.arguments)))
        return self.labels.coverage_summary.format(
            covered=n(counts[Status.COVERED]),
            partly=n(counts[Status.PARTLY]),
            missing=n(counts[Status.MISSING]),
            total=n(len(self.coverage.arguments)),
        )

    def legend(self) -> list[Any]:
        """The tags and the argument titles they stand for."""
        rows = [
            [self.tag(i), self.text(row.coverage.argument.title, size=self.type.small + 0.4)]
            for i, row in enumerate(self.rubric.rows)
        ]
        style = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ]
        table = self.table(rows, [7 * mm, FRAME_WIDTH - 7 * mm], style)
        return [
            table,
            self.text(self.labels.legend_note, colour=MUTED, space_after=10.0),
        ]

    def answer_section(self) -> list[Any]:
        """The answer as written, with highlights and margin tags."""
        flows: list[Any] = [self.heading(self.labels.your_answer, "answer")]
        if self.rubric.rows:
            flows += self.legend()
        spans = sorted(
            (e.start, e.end, i)
            for i, row in enumerate(self.rubric.rows)
            for e in row.coverage.evidence
        )
        t = self.type
        paragraphs: list[Text] = []
        for span in display_lines(self.answer):
            if span is None:
                if paragraphs:
                    paragraphs[-1].spaceAfter = t.body * 0.7
                continue
            begin, finish = span
            local = tuple(
                (max(s, begin) - begin, min(e, finish) - begin, i)
                for s, e, i in spans
                if s < finish and e > begin
            )
            line = self.answer[begin:finish].replace("\r", " ").replace("\n", " ")
            tagging = Tagging(local, self.tags, self.colours, GUTTER, right=self.level == 0)
            block = self.block(line, size=t.body, leading=t.body_leading, style=SERIF)
            paragraphs.append(Text(block, tagging=tagging))
        if not paragraphs:
            paragraphs.append(self.text("–", size=t.body, colour=MUTED))
        return flows + paragraphs

    def rubric_section(self) -> list[Any]:
        """The rubric table with totals, and what the detection can and cannot tell."""
        labels = self.labels
        n = labels.num
        bold = Style(Family.SANS, bold=True)
        small = self.type.small

        def cell(text: str, *, centre: bool = False, style: Style = SANS) -> Text:
            return self.text(text, style=style, align=Align.CENTRE if centre else Align.START)

        header = [
            cell(labels.number, style=bold),
            cell(labels.argument, style=bold),
            cell(labels.marks, centre=True, style=bold),
            cell(labels.detected, style=bold),
            cell(labels.self_assessment, style=bold),
            cell(labels.agreement, style=bold),
        ]
        rows: list[list[Any]] = [header]
        for i, row in enumerate(self.rubric.rows):
            rows.append(
                [
                    self.tag(i),
                    cell(row.coverage.argument.title),
                    cell(n(row.marks), centre=True),
                    cell(self.status_text(row.coverage.status)),
                    cell(self.assessed_text(row.assessed)),
                    cell(self.agreement_text(row.agreement)),
                ]
            )
        table = self.rubric
        detected = f"≈ {n(round(table.detected_marks, 1))}" if self.question.detectable else "–"
        claimed = table.self_marks
        rows.append(
            [
                # The label spans the first two columns, and a span shows its left cell: the
                # first column's in a left-to-right table, the second's once mirrored.
                cell(labels.total, style=bold),
                cell(labels.total, style=bold),
                cell(n(table.marks), centre=True, style=bold),
                cell(detected, style=bold),
                cell(f"≈ {n(round(claimed, 1))}" if claimed is not None else "–", style=bold),
                cell(
                    labels.agree_count.format(agree=n(table.agreeing), total=n(table.compared))
                    if table.compared
                    else "–",
                    style=bold,
                ),
            ]
        )
        total_row = [cell(""), *rows[-1][1:]]  # its first cell spans two columns
        widths = _column_widths([*rows[:-1], total_row], flexible=1, padding=9.0)
        last = len(rows) - 1
        style = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, _colour(MUTED)),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, _colour(MUTED)),
            ("LINEBELOW", (0, 1), (-1, last - 1), 0.4, _colour(RULE)),
            ("LINEABOVE", (0, last), (-1, last), 0.8, _colour(MUTED)),
            ("LINEBELOW", (0, last), (-1, last), 0.8, _colour(MUTED)),
            ("BACKGROUND", (0, 0), (-1, 0), _colour(SHADE)),
            ("BACKGROUND", (0, last), (-1, last), _colour(SHADE)),
            ("SPAN", (0, last), (1, last)),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ]
        rubric_table = self.table(rows, widths, style)
        rubric_table.repeatRows = 1
        return [
            self.heading(labels.rubric, "rubric"),
            rubric_table,
            Spacer(1, 6),
            self.text(labels.rubric_note, colour=MUTED, size=small - 0.6),
        ]

    def status_text(self, status: Status) -> str:
        """A detected status in words."""
        labels = self.labels
        return {
            Status.COVERED: labels.covered,
            Status.PARTLY: labels.partly,
            Status.MISSING: labels.missing,
            Status.SELF_ASSESSED: labels.self_only,
        }[status]

    def assessed_text(self, assessed: SelfAssessment | None) -> str:
        """A self-assessment in words."""
        labels = self.labels
        if assessed is None:
            return labels.not_assessed
        return {
            SelfAssessment.NONE: labels.none,
            SelfAssessment.PARTLY: labels.partly,
            SelfAssessment.FULLY: labels.fully,
        }[assessed]

    def agreement_text(self, agreement: Agreement) -> str:
        """Agreement in words."""
        labels = self.labels
        return {
            Agreement.AGREES: labels.agrees,
            Agreement.DIFFERS: labels.differs,
            Agreement.NOT_ASSESSED: labels.not_assessed,
            Agreement.SELF_ONLY: labels.not_assessed,
        }[agreement]

    def feedback_section(self) -> list[Any]:
        """Per argument: its status, the bank's feedback, and the evidence found."""
        labels = self.labels
        rows = []
        for i, row in enumerate(self.rubric.rows):
            argument = row.coverage.argument
            status = row.coverage.status
            title = [
                Run(argument.title, Style(Family.SANS, bold=True), INK),
                Run(" · " + self.status_text(status), Style(Family.SANS), MUTED),
            ]
            if status is Status.COVERED:
                advice = argument.found
            elif status is Status.SELF_ASSESSED:
                advice = argument.guidance
            else:
                advice = argument.missing
            content: list[Any] = [
                self.text(title, space_after=2.0),
                self.text(
                    " ".join(advice.split()),
                    size=self.type.small + 0.7,
                    style=Style(Family.SERIF),
                    space_after=2.0,
                ),
            ]
            found = list(dict.fromkeys(" ".join(e.text.split()) for e in row.coverage.evidence))
            if found:
                quoted = "، ".join(found[:8]) if self.level == 1 else ", ".join(found[:8])
                content.append(self.text(f"{labels.evidence}: {quoted}", colour=MUTED))
            rows.append([self.tag(i), content])
        style = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("LINEBELOW", (0, 0), (-1, -2), 0.4, _colour(RULE)),
        ]
        return [
            self.heading(labels.feedback, "feedback"),
            self.table(rows, [7 * mm, FRAME_WIDTH - 7 * mm], style),
        ]

    def theme(self) -> Theme:
        """Sizes for Markdown reading text."""
        t = self.type
        return Theme(t.body, t.body_leading, self.level, FRAME_WIDTH)

    def model_section(self) -> list[Any]:
        """The model answer."""
        renderer = MarkdownRenderer(self.theme(), heading_offset=2)
        return [
            self.heading(self.labels.model_answer, "model"),
            *renderer.render(self.question.model_answer),
        ]

    def case_section(self, case: Case) -> list[Any]:
        """The case text as an appendix, its headings in the outline."""
        renderer = MarkdownRenderer(
            self.theme(),
            heading_offset=1,
            files=self.bank.files if self.bank else None,
            base=f"cases/{case.id}",
            bookmark=lambda title, level: self.bookmark(title, level),
        )
        return [
            self.heading(self.labels.case_text, "case"),
            *renderer.render(case.text),
        ]


_FLOW_OPTIONS = frozenset(
    {
        "indent",
        "bullet",
        "tagging",
        "rule",
        "outline",
        "space_before",
        "space_after",
        "keep_with_next",
    }
)


_LIST_ITEM = re.compile(r"[ \t]*(?:[-*+•·▪–]|\d{1,3}[.)]|#{1,6})\s")
_SENTENCE_END = tuple(".!?؟:;…\"'”’»)")
# A line this long that does not end a sentence was wrapped by an editor, not by the student.
_WRAPPED = 40


def display_lines(answer: str) -> list[tuple[int, int] | None]:
    """The answer's lines as the PDF shows them: spans of the answer, None between paragraphs.

    A blank line separates paragraphs and a line break is kept, as the student wrote them, except
    where a text editor wrapped a long line in mid-sentence: such lines are joined again, so a
    hard-wrapped file does not print as a ragged column.
    """
    result: list[tuple[int, int] | None] = []
    previous = ""
    position = 0
    for raw in re.split(r"\r\n|\r|\n", answer):
        start = position
        end = start + len(raw)
        position = end + (2 if answer.startswith("\r\n", end) else 1)
        if not raw.strip():
            result.append(None)
            previous = ""
            continue
        last = result[-1] if result else None
        wrapped = (
            last is not None
            and len(previous.rstrip()) >= _WRAPPED
            and not previous.rstrip().endswith(_SENTENCE_END)
            and not _LIST_ITEM.match(raw)
        )
        if wrapped and last is not None:
            result[-1] = (last[0], end)
        else:
            result.append((start, end))
        previous = raw
    return result


def _column_widths(rows: list[list[Any]], flexible: int, padding: float) -> list[float]:
    """Column widths for a table filling the frame: every column as wide as its content needs
    (up to a limit, and never narrower than its longest word), the `flexible` one takes the rest.
    """
    columns = len(rows[0])
    most = 36 * mm
    natural = [0.0] * columns
    word = [0.0] * columns
    for row in rows:
        for index, cell in enumerate(row):
            if isinstance(cell, Tag):
                natural[index] = max(natural[index], cell.width)
                word[index] = max(word[index], cell.width)
            elif isinstance(cell, Text):
                whole, longest = natural_widths(cell.block)
                natural[index] = max(natural[index], whole)
                word[index] = max(word[index], longest)
    widths = [max(min(n, most), w) + padding for n, w in zip(natural, word, strict=True)]
    widths[flexible] = 0.0
    widths[flexible] = max(FRAME_WIDTH - sum(widths), 45 * mm)
    scale = FRAME_WIDTH / sum(widths)
    return [w * scale for w in widths]


def _colour(colour: Colour) -> Any:
    return Color(*colour)


def _furniture(document: _Document) -> Furniture:
    """The running head of an answer's pages: its bank and case, and the student or question."""
    bank = document.bank.title if document.bank else ""
    return Furniture(
        labels=document.labels,
        level=document.level,
        start=" · ".join(part for part in (bank, document.case_title) if part),
        end=document.options.student.strip() or document.question.key,
        date=document.date,
    )
