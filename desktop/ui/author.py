"""The author view (``casewise preview DIR``): a bank folder, live, for the tutor writing it.

It validates the folder and lists every problem (file, line, message), reloads a moment after
any file of the folder changes, and lets the tutor type or paste a sample answer to a question
and see, per argument, what the engine detects and why: which cue matched where (highlighted in
the answer) and the near misses that did not count (see `casebank.explain`). Beside each
argument stand its precision and recall on the bank's samples and on the labelled answers in the
``labelled/`` folder beside the bank (`casebank.judged.labelled_beside`), measured again at each
reload, so a tutor editing cues sees what the edit does.
"""

from __future__ import annotations

import html
import sys
from dataclasses import dataclass, field
from pathlib import Path

from casebank.counts import counted
from casebank.evaluation import COVERED, Counts, by_argument
from casebank.explain import ArgumentExplanation, explain
from casebank.judged import LABELLED_FOLDER, Judged, labelled_beside, samples_of
from casebank.language import is_right_to_left
from casebank.model import Bank, Question
from casebank.pdf.colours import argument_colour
from casebank.problems import Problem, Severity
from casebank.validate import Report, validate
from desktop.display import to_utf16
from desktop.ui.operations import ImmediateRunner, Runner, ThreadRunner
from desktop.ui.qt import (
    QApplication,
    QColor,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QObject,
    QPlainTextEdit,
    QSplitter,
    Qt,
    QtCore,
    QTextBrowser,
    QTextCharFormat,
    QTextEdit,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from desktop.ui.theme import STATUS_MARK

RELOAD_DELAY_MS = 300
EXPLAIN_DELAY_MS = 250

# Per question key, per argument id: the counts on the samples and on the labelled answers.
Measures = dict[str, dict[str, tuple[Counts | None, Counts | None]]]


@dataclass(frozen=True, slots=True)
class Loaded:
    """What a reload found: the validation report, the labelled answers and the measures."""

    report: Report
    labelled: Judged
    measures: Measures = field(default_factory=dict)


def load_folder(folder: Path) -> Loaded:
    """Validate a bank folder, read the labelled answers beside it, and measure every argument.

    Qt-free and slow (a second for a large bank): the window runs it off its thread.
    """
    report = validate(folder)
    if report.bank is None:
        return Loaded(report, Judged(()))
    bank = report.bank
    labelled = labelled_beside(folder, bank)
    measures: Measures = {}
    for question in bank.questions():
        key = f"{bank.id}:{question.key}"
        samples = by_argument(question, samples_of(bank, question))
        mine = by_argument(question, [a for a in labelled.answers if a.question == key])
        measures[question.key] = {
            a.id: (samples.get(a.id), mine.get(a.id)) for a in question.arguments if a.cues
        }
    return Loaded(report, labelled, measures)


class AuthorWindow(QMainWindow):
    """A bank folder being written: its problems, and a sample answer explained."""

    def __init__(self, folder: Path, runner: Runner | None = None) -> None:
        super().__init__()
        self.folder = folder
        # Validating a large bank takes a second or two: off the window's thread in the app.
        self.runner: Runner = runner or ImmediateRunner()
        self._validating = False
        self._again = False
        self.bank: Bank | None = None
        self.problems: tuple[Problem, ...] = ()
        self.explanations: list[ArgumentExplanation] = []
        self.labelled = Judged(())
        self.measures: Measures = {}
        self.setWindowTitle(f"Casewise author view: {folder}")

        self.questions = QComboBox()
        self.questions.currentIndexChanged.connect(lambda _: self.explain_now())
        self.answer = QPlainTextEdit()
        self.answer.setPlaceholderText("Type or paste a sample answer to see what is detected.")
        self.answer.textChanged.connect(self._answer_changed)
        self.report = QTextBrowser()
        self.report.setOpenLinks(False)
        self.problem_list = QListWidget()
        self.problem_list.itemDoubleClicked.connect(self._copy_problem)
        self.status = QLabel()

        left = QWidget()
        column = QVBoxLayout(left)
        row = QHBoxLayout()
        row.addWidget(QLabel("Question:"))
        row.addWidget(self.questions, 1)
        column.addLayout(row)
        column.addWidget(self.answer, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.report)
        split.setSizes([520, 480])
        outer = QSplitter(Qt.Orientation.Vertical)
        outer.addWidget(split)
        below = QWidget()
        bottom = QVBoxLayout(below)
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.status)
        bottom.addWidget(self.problem_list)
        outer.addWidget(below)
        outer.setSizes([520, 180])
        self.setCentralWidget(outer)
        self.resize(1100, 760)

        self.watcher = QtCore.QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._changed)
        self.watcher.fileChanged.connect(self._changed)
        self._reload_timer = _single_shot(self, RELOAD_DELAY_MS, self.reload)
        self._explain_timer = _single_shot(self, EXPLAIN_DELAY_MS, self.explain_now)
        self.reload()

    # -- the bank ------------------------------------------------------------------------------

    def _changed(self, _path: str) -> None:
        # Editors save in bursts (a temporary file, a rename, a chmod): wait for the last one.
        self._reload_timer.start()

    def reload(self) -> None:
        """Validate the folder again, show its problems, and re-explain the answer."""
        if self._validating:
            self._again = True  # a file changed while validating: validate once more after
            return
        self._validating = True
        self.runner.run(
            self,
            "Checking the bank…",
            lambda _cancelled: load_folder(self.folder),
            self._loaded,
            self._failed,
        )

    def _failed(self, error: Exception) -> None:
        self._validating = False
        self.status.setText(str(error))

    def _loaded(self, loaded: Loaded) -> None:
        self._validating = False
        if self._again:
            self._again = False
            self.reload()
            return
        report = loaded.report
        self.problems = report.problems
        # A bank with errors is half read (an argument with a bad id is left out, say): the view
        # keeps explaining with the last bank that validated until the files validate again.
        if report.ok:
            self.bank = report.bank
            self.labelled = loaded.labelled
            self.measures = loaded.measures
        self._watch()
        self._show_problems(report.ok)
        self._fill_questions()
        self.explain_now()

    def _watch(self) -> None:
        paths = [str(self.folder)]
        if self.folder.is_dir():
            for path in sorted(self.folder.rglob("*")):
                if not any(part.startswith(".") for part in path.relative_to(self.folder).parts):
                    paths.append(str(path))
        labelled = self.folder.parent / LABELLED_FOLDER
        if labelled.is_dir():
            paths.append(str(labelled))
            paths += [str(p) for p in sorted(labelled.iterdir()) if p.is_file()]
        old = self.watcher.files() + self.watcher.directories()
        if old:
            self.watcher.removePaths(old)
        self.watcher.addPaths(paths)

    def _show_problems(self, ok: bool) -> None:
        self.problem_list.clear()
        errors = sum(1 for p in self.problems if p.severity is Severity.ERROR)
        warnings = len(self.problems) - errors
        if ok:
            self.status.setText(f"The bank is valid ({counted(warnings, 'warning')}).")
        else:
            shown = " (showing the last valid version)" if self.bank is not None else ""
            self.status.setText(
                f"{counted(errors, 'error')}, {counted(warnings, 'warning')}{shown}."
            )
        if self.labelled.answers or self.labelled.refused:
            self.status.setText(
                self.status.text()
                + " "
                + self.tr("%n labelled answers beside the bank.", "", len(self.labelled.answers))
            )
        for message in (*self.labelled.refused, *self.labelled.problems):
            item = QListWidgetItem(message)
            item.setData(Qt.ItemDataRole.UserRole, message)
            self.problem_list.addItem(item)
        for problem in self.problems:
            where = f"{problem.file}:{problem.line}" if problem.file else str(self.folder)
            label = "" if problem.severity is Severity.ERROR else "warning: "
            item = QListWidgetItem(f"{where}: {label}{problem.message}")
            item.setToolTip(problem.hint or problem.message)
            if problem.severity is Severity.ERROR:
                item.setForeground(QColor(180, 30, 30))
            item.setData(Qt.ItemDataRole.UserRole, str(problem))
            self.problem_list.addItem(item)

    def _copy_problem(self, item: QListWidgetItem) -> None:
        QApplication.clipboard().setText(str(item.data(Qt.ItemDataRole.UserRole)))
        self.statusBar().showMessage("Copied the problem to the clipboard.", 3000)

    def _fill_questions(self) -> None:
        current = self.questions.currentData()
        keys = [q.key for q in self.bank.questions()] if self.bank else []
        self.questions.blockSignals(True)
        self.questions.clear()
        for key in keys:
            self.questions.addItem(key, key)
        if current in keys:
            self.questions.setCurrentIndex(keys.index(current))
        self.questions.blockSignals(False)

    def question(self) -> Question | None:
        """The question chosen, in the bank as last loaded."""
        key = self.questions.currentData()
        if self.bank is None or not key:
            return None
        try:
            return self.bank.question(str(key))
        except KeyError:
            return None

    def select_question(self, key: str) -> None:
        """Choose a question by its ``case/question`` key."""
        index = self.questions.findData(key)
        if index < 0:
            raise KeyError(key)
        self.questions.setCurrentIndex(index)

    # -- the answer ----------------------------------------------------------------------------

    def _answer_changed(self) -> None:
        self._explain_timer.start()

    def explain_now(self) -> None:
        """Explain the answer against the chosen question, and mark the evidence."""
        question = self.question()
        text = self.answer.toPlainText()
        if question is None:
            self.explanations = []
            self.report.setHtml("<p>No question to check against yet.</p>")
            self.answer.setExtraSelections([])
            return
        self.explanations = explain(question, text)
        measures = self.measures.get(question.key, {})
        self.report.setHtml(_report_html(question, self.explanations, measures))
        self.answer.setExtraSelections(self._selections())

    def _selections(self) -> list[QTextEdit.ExtraSelection]:
        selections = []
        for index, item in enumerate(self.explanations):
            colour = QColor.fromRgbF(*argument_colour(index))
            colour.setAlphaF(0.3)
            for group in item.groups:
                for e in group.evidence:
                    selections.append(self._selection(e.start, e.end, colour, near=False))
                for miss in group.near_misses:
                    selections.append(self._selection(miss.start, miss.end, colour, near=True))
        return selections

    def _selection(
        self, start: int, end: int, colour: QColor, *, near: bool
    ) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = self.answer.textCursor()
        cursor.setPosition(to_utf16(self.answer.toPlainText(), start))
        cursor.setPosition(to_utf16(self.answer.toPlainText(), end), cursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        fmt = QTextCharFormat()
        if near:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(QColor(120, 120, 120))
        else:
            fmt.setBackground(colour)
        selection.format = fmt
        return selection


class MeasureText(QObject):
    """How an argument fares on labelled answers, in words (a QObject: lupdate finds plurals in
    `self.tr` only)."""

    def line(self, samples: Counts | None, labelled: Counts | None) -> str:
        """Precision and recall of "covered" on the samples and on the labelled answers."""
        return " · ".join(
            (self.measured(samples, self.tr("samples")), self.measured(labelled, "labelled/"))
        )

    def measured(self, counts: Counts | None, where: str) -> str:
        """One argument's precision and recall of "covered" on a set of labelled answers."""
        if counts is None or not counts.cells:
            return self.tr("%1: no answer labels it").replace("%1", where)
        s = counts.scores(COVERED)
        # Without a covered verdict (or label) the share is not zero: there is nothing to share.
        precision = f"{s.precision:.2f}" if s.tp + s.fp else "–"
        recall = f"{s.recall:.2f}" if s.tp + s.fn else "–"
        answers = counts.cells
        text = self.tr("%1: precision %2, recall %3 (%n answers)", "", answers)
        return text.replace("%1", where).replace("%2", precision).replace("%3", recall)


def _report_html(
    question: Question,
    explanations: list[ArgumentExplanation],
    measures: dict[str, tuple[Counts | None, Counts | None]] | None = None,
) -> str:
    rtl = ' dir="rtl"' if is_right_to_left(question.language) else ""
    parts = [f"<div{rtl}>"]
    words = MeasureText()
    for index, item in enumerate(explanations):
        r, g, b = (round(c * 255) for c in argument_colour(index))
        verdict = item.coverage
        parts.append(
            f'<h3><span style="color: rgb({r},{g},{b})">■</span> '
            f"{STATUS_MARK[verdict.status]} {html.escape(verdict.argument.title)}</h3>"
            f"<p><i>{html.escape(item.summary)}</i></p>"
        )
        if measures is not None and verdict.id in measures:
            line = words.line(*measures[verdict.id])
            parts.append(f'<p class="measured">{html.escape(line)}</p>')
        parts.append("<ul>")
        for group in item.groups:
            state = "met" if group.met else "not met"
            found = ", ".join(
                dict.fromkeys(
                    f"«{html.escape(e.text)}»" + (" (typo)" if e.fuzzy else "")
                    for e in group.evidence
                )
            )
            parts.append(f"<li><b>{html.escape(group.name)}</b>: {state}")
            if found:
                parts.append(f" — {found}")
            if group.near_misses:
                parts.append("<ul>")
                for kind, reason in dict.fromkeys(
                    (m.kind.value, m.reason) for m in group.near_misses
                ):
                    parts.append(f"<li>{kind}: {html.escape(reason)}</li>")
                parts.append("</ul>")
            parts.append("</li>")
        parts.append("</ul>")
    parts.append("</div>")
    return "".join(parts)


def _single_shot(parent: QWidget, delay: int, slot: object) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(delay)
    timer.timeout.connect(slot)
    return timer


def run_author(folder: Path) -> int:
    """Open the author view on a bank folder until its window closes; the exit status."""
    from desktop.ui.app import application, has_display

    if not has_display():
        print(
            "casewise: no display found (DISPLAY and WAYLAND_DISPLAY are unset); run "
            "'casewise preview' in a desktop session.",
            file=sys.stderr,
        )
        return 2
    app = application(sys.argv[:1])
    runner = ThreadRunner()
    window = AuthorWindow(folder, runner)
    window.show()
    try:
        return int(app.exec())
    finally:
        runner.wait()
