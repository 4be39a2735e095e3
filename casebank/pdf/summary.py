"""The class summary PDF, and each answer's coverage PDF, for a marked class. Qt-free.

The summary shows, for one question, how often each argument was covered, partly covered and
missed (a chart of stacked bars and a table), where the tutor's own verdicts and the detector's
agree (when the tutor filled in the class CSV's tutor columns), each answer's result, and the
answers that repeat long passages of the case text or the model answer. It reuses the answer
export's fonts, shaping and page furniture, so German and Persian come out as they do there.
"""

from __future__ import annotations

import datetime
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.graphics.shapes import Drawing, Rect  # type: ignore[import-untyped]
from reportlab.lib.colors import Color  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    Spacer,
    Table,
    TableStyle,
)

from casebank.atomic import write_atomically
from casebank.classreport import CASE_TEXT, ArgumentTally, ClassReport, MarkedAnswer
from casebank.errors import UserError
from casebank.language import is_right_to_left
from casebank.overlap import MIN_WORDS, Passage
from casebank.pdf.colours import INK, MUTED, RULE, SHADE
from casebank.pdf.document import export_pdf
from casebank.pdf.flowables import Text
from casebank.pdf.fonts import SANS, SANS_BOLD, Family, Style, table_font
from casebank.pdf.labels import Labels, labels_for, pdf_words
from casebank.pdf.layout import Align, Block, Colour, Run
from casebank.pdf.options import ExportOptions, Section
from casebank.pdf.page import (
    FACTS_WIDTHS,
    FRAME_WIDTH,
    Furniture,
    build_document,
    facts_style,
    mirror,
)
from casebank.report import Length
from casebank.vocabulary import Mode, Status

log = logging.getLogger(__name__)

COVERED: Colour = (0.000, 0.620, 0.451)
PARTLY: Colour = (0.902, 0.624, 0.000)
MISSING: Colour = (0.835, 0.369, 0.000)
SELF: Colour = (0.78, 0.78, 0.80)
BAR_HEIGHT = 9.0


@dataclass(frozen=True, slots=True)
class SummaryLabels:
    """The fixed texts of the summary, in one language."""

    title: str
    answers: str
    mean: str
    chart: str
    table: str
    argument: str
    results: str
    answer: str
    words: str
    score: str
    copying: str
    copying_note: str
    copied: str
    where: str
    no_copying: str
    passage: str
    case_text: str
    model_answer: str
    agreement: str
    agreement_note: str
    marked: str
    agreed: str
    missed: str
    false_hits: str
    share: str  # "{agreed} of {marked}"
    unread: str
    unread_note: str
    reason: str
    answers_unread: str
    under: str
    over: str


def summary_labels(language: str) -> SummaryLabels:
    """The summary's texts for a language (English for languages without their own), from the
    ``[summary]`` table of its ``pdf.toml`` (see `casebank.pdf.labels`)."""
    return SummaryLabels(**pdf_words(language)["summary"])


def render_summary(report: ClassReport, date: datetime.date | None = None) -> bytes:
    """The class summary PDF of `report`, as bytes; the same report and date give the same bytes."""
    return _Summary(report, date or datetime.date.today()).build()


def export_summary(
    path: Path | str, report: ClassReport, date: datetime.date | None = None
) -> Path:
    """Write the class summary PDF to `path`, atomically.

    Raises:
        UserError: the file cannot be written; nothing is left behind.
    """
    target = Path(path)
    write_atomically(target, render_summary(report, date))
    return target


def export_answers(
    report: ClassReport,
    folder: Path | str,
    date: datetime.date | None = None,
    *,
    failed: Callable[[str, Exception], None] | None = None,
    include: frozenset[Section] = frozenset(),
) -> list[Path]:
    """Write each answer's coverage PDF into `folder`, named after the answer's file.

    The file name without its extension is printed as the student's name, since tutors usually
    name answer files after their students. Two answers whose names differ only in their
    extension get the extension in the PDF's name too. Each PDF says it was marked by a tutor
    (not in which mode it was written, which a handed-in answer does not tell), and holds the
    optional sections in `include`, as ``casewise export --include`` does.

    Args:
        report: the class's answers, checked.
        folder: where the PDFs go (made if missing).
        date: the date printed on them (default: today).
        failed: called with an answer's name and what went wrong when its PDF cannot be made;
            the other answers' PDFs are still written. Without it, the first failure is raised.

    Raises:
        UserError: the folder cannot be made, or a PDF cannot be written (without `failed`).
    """
    target = Path(folder)
    try:
        target.mkdir(exist_ok=True)
    except OSError as exc:
        raise UserError(f"cannot make the folder {target}: {exc.strerror}") from exc
    stems = [Path(a.name).stem if a.name != "-" else "stdin" for a in report.answers]
    written = []
    for answer, stem in zip(report.answers, stems, strict=True):
        name = stem
        if stems.count(stem) > 1:
            name = Path(answer.name).name.replace(".", "-")
        options = ExportOptions(student=stem, date=date, mode=Mode.MARKED, include=include)
        try:
            written.append(
                export_pdf(
                    target / f"{name}.pdf",
                    answer.text,
                    report.question,
                    answer.coverage,
                    options,
                    bank=report.bank,
                )
            )
        except Exception as exc:  # one student's file must not cost the class its PDFs
            if failed is None:
                raise
            if not isinstance(exc, UserError):
                log.exception("the PDF of %s could not be made", answer.name)
            failed(answer.name, exc)
    return written


class _Summary:
    """Builds the story of one class summary."""

    def __init__(self, report: ClassReport, date: datetime.date) -> None:
        self.report = report
        self.question = report.question
        self.date = date
        self.labels: Labels = labels_for(self.question.language)
        self.words = summary_labels(self.question.language)
        self.level = 1 if is_right_to_left(self.question.language) else 0
        self.size = 8.8
        self.leading = 15.5 if self.level else 12.6

    # -- building blocks ---------------------------------------------------------------------

    def text(
        self,
        text: str | list[Run],
        *,
        size: float | None = None,
        style: Style = SANS,
        colour: Colour = INK,
        align: Align = Align.START,
        **flow: Any,
    ) -> Text:
        size = size or self.size
        runs = [Run(text, style, colour)] if isinstance(text, str) else text
        block = Block(
            tuple(runs),
            size=size,
            leading=size * (self.leading / self.size),
            align=align,
            default_level=self.level,
        )
        return Text(block, **flow)

    def heading(self, title: str) -> Text:
        return self.text(
            title,
            size=12.5,
            style=SANS_BOLD,
            space_before=14.0,
            space_after=6.0,
            keep_with_next=True,
        )

    def table(self, rows: list[list[Any]], widths: list[float], style: list[Any]) -> Table:
        """A table, its columns mirrored for a right-to-left document."""
        if self.level == 1:
            rows = [list(reversed(row)) for row in rows]
            widths = list(reversed(widths))
            style = [mirror(command, len(widths)) for command in style]
        table = Table(rows, colWidths=widths, repeatRows=1, hAlign="CENTER")
        table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), table_font()), *style]))
        return table

    def num(self, value: float | int) -> str:
        return self.labels.num(value)

    def percent(self, share: float) -> str:
        text = f"{self.num(round(share * 100))} %"
        return text.replace(" %", "٪") if self.level else text

    # -- the document ------------------------------------------------------------------------

    def build(self) -> bytes:
        story = [
            *self.header(),
            *self.unread(),
            *self.chart(),
            *self.numbers(),
            *self.agreement(),
            *self.copying(),
            *self.results(),
        ]
        return build_document(
            story,
            _furniture(self),
            title=f"{self.words.title}: {self.question.key}",
            subject=self.question.prompt,
            language=self.question.language,
        )

    def header(self) -> list[Any]:
        report, words = self.report, self.words
        flows: list[Any] = []
        case_title = self.question.case_id
        if report.bank is not None:
            flows.append(self.text(report.bank.title, colour=MUTED, space_after=2.0))
            case_title = report.bank.case(self.question.case_id).title
        flows.append(
            self.text(f"{words.title}: {case_title}", size=17.0, style=SANS_BOLD, space_after=10.0)
        )
        prompt = " ".join(self.question.prompt.split())
        rows = [
            (
                self.labels.question,
                self.text(prompt, style=Style(Family.SERIF), size=self.size + 0.7),
            ),
            (words.answers, self.answer_count()),
            (words.mean, self.mean()),
            (self.labels.date, self.labels.day(self.date)),
        ]
        cells = [
            [
                self.text(label, style=SANS_BOLD, colour=MUTED),
                self.text(value, size=self.size + 0.7) if isinstance(value, str) else value,
            ]
            for label, value in rows
        ]
        table = self.table(cells, FACTS_WIDTHS, facts_style())
        table.repeatRows = 0
        flows.append(table)
        return flows

    def answer_count(self) -> str:
        """How many answers were marked, and how many files could not be read."""
        report = self.report
        if not report.unread:
            return self.num(len(report.answers))
        return self.words.answers_unread.format(
            marked=self.num(len(report.answers)), unread=self.num(len(report.unread))
        )

    def mean(self) -> str:
        """The class's mean coverage, or that none is detected for a self-assessed question."""
        if not self.question.detectable:
            total = self.num(len(self.question.arguments))
            return self.labels.not_detected.format(total=total)
        return self.percent(self.report.mean_score)

    def legend(self) -> Table:
        labels = self.labels  # the status words of the answer PDF, so both say the same
        keys = [(COVERED, labels.covered), (PARTLY, labels.partly), (MISSING, labels.missing)]
        if any(t.self_assessed for t in self.report.tallies()):
            keys.append((SELF, labels.self_only))
        row: list[Any] = []
        widths: list[float] = []
        for colour, label in keys:
            swatch = Drawing(8, 8)
            swatch.add(Rect(0, 0, 8, 8, fillColor=_colour(colour), strokeColor=None))
            row += [swatch, self.text(label, colour=MUTED)]
            widths += [11.0, 30 * mm]
        style = [
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ]
        table = self.table([row], widths, style)
        table.repeatRows = 0
        table.hAlign = "RIGHT" if self.level else "LEFT"
        return table

    def bar(self, width: float, tally: ArgumentTally) -> Drawing:
        """One argument's stacked bar: covered, partly, missing (and self-assessed) answers."""
        drawing = Drawing(width, BAR_HEIGHT + 2)
        total = tally.answers
        parts = [
            (tally.covered, COVERED),
            (tally.partly, PARTLY),
            (tally.missing, MISSING),
            (tally.self_assessed, SELF),
        ]
        if not total:
            drawing.add(Rect(0, 1, width, BAR_HEIGHT, fillColor=_colour(SHADE), strokeColor=None))
            return drawing
        x = 0.0
        for count, colour in parts:
            if not count:
                continue
            length = width * count / total
            # Right to left, the bar grows from the right edge, as the table reads.
            left = width - x - length if self.level else x
            drawing.add(
                Rect(
                    left,
                    1,
                    length,
                    BAR_HEIGHT,
                    fillColor=_colour(colour),
                    strokeColor=Color(1, 1, 1),
                    strokeWidth=0.6,
                )
            )
            x += length
        return drawing

    def chart(self) -> list[Any]:
        tallies = self.report.tallies()
        label_width = 62 * mm
        bar_width = FRAME_WIDTH - label_width - 8
        rows = [
            [self.text(t.argument.title, size=self.size), self.bar(bar_width, t)] for t in tallies
        ]
        style = [
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, _colour(RULE)),
        ]
        table = self.table(rows, [label_width, bar_width + 8], style)
        table.repeatRows = 0
        return [self.heading(self.words.chart), self.legend(), Spacer(1, 4), table]

    def numbers(self) -> list[Any]:
        words = self.words
        bold = SANS_BOLD
        header = [
            self.text(words.argument, style=bold),
            self.text(self.labels.marks, style=bold, align=Align.CENTRE),
            self.text(self.labels.covered, style=bold, align=Align.CENTRE),
            self.text(self.labels.partly, style=bold, align=Align.CENTRE),
            self.text(self.labels.missing, style=bold, align=Align.CENTRE),
        ]
        rows: list[list[Any]] = [header]
        for tally in self.report.tallies():
            total = tally.answers or 1
            title = [self.text(tally.argument.title)]
            cells = [title, self.text(self.num(tally.argument.marks), align=Align.CENTRE)]
            if tally.argument.self_assessed_only:
                # No cues: nothing is detected, so no count of covered or missing means anything.
                title.append(self.text(self.labels.self_only, colour=MUTED, size=self.size - 1))
                cells += [self.text("–", align=Align.CENTRE) for _ in range(3)]
                rows.append(cells)
                continue
            for count in (tally.covered, tally.partly, tally.missing):
                share = self.percent(count / total)
                cells.append(self.text(f"{self.num(count)} ({share})", align=Align.CENTRE))
            rows.append(cells)
        column = 22 * mm
        widths = [FRAME_WIDTH - 4 * column + 8 * mm, column - 8 * mm, column, column, column]
        return [self.heading(self.words.table), self.table(rows, widths, _GRID)]

    def agreement(self) -> list[Any]:
        """Per argument the tutor marked: how often tutor and detector agree, and how not."""
        agreements = self.report.agreement()
        if not agreements:
            return []
        words = self.words
        bold = SANS_BOLD
        centre = Align.CENTRE
        rows: list[list[Any]] = [
            [
                self.text(words.argument, style=bold),
                self.text(words.marked, style=bold, align=centre),
                self.text(words.agreed, style=bold, align=centre),
                self.text(words.missed, style=bold, align=centre),
                self.text(words.false_hits, style=bold, align=centre),
            ]
        ]
        for item in agreements:
            share = words.share.format(agreed=self.num(item.agreed), marked=self.num(item.marked))
            rows.append(
                [
                    self.text(item.argument.title),
                    self.text(self.num(item.marked), align=centre),
                    self.text(f"{share} ({self.percent(item.agreed / item.marked)})", align=centre),
                    self.text(self.num(item.missed), align=centre),
                    self.text(self.num(item.false_hits), align=centre),
                ]
            )
        column = 20 * mm
        widths = [FRAME_WIDTH - 5 * column, column, 2 * column, column, column]
        return [
            self.heading(words.agreement),
            self.text(words.agreement_note, colour=MUTED, space_after=6),
            self.table(rows, widths, _GRID),
        ]

    def passage(self, passage: Passage) -> str:
        words = self.words
        source = words.case_text if passage.source == CASE_TEXT else words.model_answer
        return words.passage.format(
            words=self.num(passage.words),
            paragraph=self.num(passage.where.paragraph),
            line=self.num(passage.where.line),
            source=source,
            source_paragraph=self.num(passage.source_where.paragraph),
        )

    def copying(self) -> list[Any]:
        words = self.words
        flows: list[Any] = [
            self.heading(words.copying),
            self.text(
                words.copying_note.format(words=self.num(MIN_WORDS)), colour=MUTED, space_after=6
            ),
        ]
        copied = self.report.copying()
        if not copied:
            flows.append(self.text(words.no_copying.format(words=self.num(MIN_WORDS))))
            return flows
        bold = SANS_BOLD
        rows: list[list[Any]] = [
            [
                self.text(words.answer, style=bold),
                self.text(words.copied, style=bold, align=Align.CENTRE),
                self.text(words.where, style=bold),
            ]
        ]
        for answer in copied:
            where = [self.text(self.passage(p), space_after=1.5) for p in answer.overlap.passages]
            rows.append(
                [
                    self.text(answer.name, style=SANS_BOLD if answer.flagged else SANS),
                    self.text(self.percent(answer.overlap.share), align=Align.CENTRE),
                    where,
                ]
            )
        widths = [45 * mm, 20 * mm, FRAME_WIDTH - 65 * mm]
        flows.append(self.table(rows, widths, _GRID))
        return flows

    def unread(self) -> list[Any]:
        """The files given that could not be read, with the reason, so that none is missed."""
        unread = self.report.unread
        if not unread:
            return []
        words = self.words
        rows: list[list[Any]] = [
            [self.text(words.answer, style=SANS_BOLD), self.text(words.reason, style=SANS_BOLD)]
        ]
        rows += [[self.text(item.name, style=SANS_BOLD), self.text(item.reason)] for item in unread]
        return [
            self.heading(f"{words.unread} ({self.num(len(unread))})"),
            self.text(words.unread_note, colour=MUTED, space_after=6),
            self.table(rows, [55 * mm, FRAME_WIDTH - 55 * mm], _GRID),
        ]

    def results(self) -> list[Any]:
        words = self.words
        bold = SANS_BOLD
        rows: list[list[Any]] = [
            [
                self.text(words.answer, style=bold),
                self.text(words.words, style=bold, align=Align.CENTRE),
                self.text(words.score, style=bold, align=Align.CENTRE),
                self.text(self.labels.covered, style=bold, align=Align.CENTRE),
                self.text(self.labels.partly, style=bold, align=Align.CENTRE),
                self.text(self.labels.missing, style=bold, align=Align.CENTRE),
                self.text(words.copied, style=bold, align=Align.CENTRE),
            ]
        ]
        for answer in self.report.answers:
            rows.append(self.result_row(answer))
        column = 18 * mm
        widths = [FRAME_WIDTH - 6 * column, *([column] * 6)]
        return [self.heading(words.results), self.table(rows, widths, _GRID)]

    def result_row(self, answer: MarkedAnswer) -> list[Any]:
        counts = answer.coverage.counts()
        centre = Align.CENTRE
        score = self.percent(answer.coverage.score) if self.question.detectable else "–"
        return [
            self.text(answer.name),
            self.words_cell(answer),
            self.text(score, align=centre),
            *(
                self.text(
                    self.num(counts[status]) if self.question.detectable else "–", align=centre
                )
                for status in (Status.COVERED, Status.PARTLY, Status.MISSING)
            ),
            self.text(
                self.percent(answer.overlap.share) if answer.overlap.passages else "–",
                align=centre,
                style=SANS_BOLD if answer.flagged else SANS,
            ),
        ]

    def words_cell(self, answer: MarkedAnswer) -> Any:
        """The answer's word count; in bold, with the limit it misses, outside the limits."""
        words = self.num(answer.coverage.words)
        question, found = self.question, answer.length
        if found is Length.UNDER and question.min_words is not None:
            note = self.words.under.format(min=self.num(question.min_words))
        elif found is Length.OVER and question.max_words is not None:
            note = self.words.over.format(max=self.num(question.max_words))
        else:
            return self.text(words, align=Align.CENTRE)
        return [
            self.text(words, align=Align.CENTRE, style=SANS_BOLD),
            self.text(note, align=Align.CENTRE, colour=MUTED, size=self.size - 1.2),
        ]


_GRID = [
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LINEABOVE", (0, 0), (-1, 0), 0.8, Color(*MUTED)),
    ("LINEBELOW", (0, 0), (-1, 0), 0.8, Color(*MUTED)),
    ("LINEBELOW", (0, 1), (-1, -1), 0.4, Color(*RULE)),
    ("BACKGROUND", (0, 0), (-1, 0), Color(*SHADE)),
    ("TOPPADDING", (0, 0), (-1, -1), 4),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
]


def _colour(colour: Colour) -> Any:
    return Color(*colour)


def _furniture(summary: _Summary) -> Furniture:
    """The running head of the summary's pages: the bank and the summary's title."""
    bank = summary.report.bank
    return Furniture(
        labels=summary.labels,
        level=summary.level,
        start=" · ".join(p for p in (bank.title if bank else "", summary.words.title) if p),
        end=summary.question.key,
        date=summary.date,
    )
