"""A question's history: every attempt, a chart of coverage over attempts, and what to do next."""

from __future__ import annotations

import html
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from casebank.vocabulary import Mode, SelfAssessment
from desktop.display import isolate
from desktop.store import Attempt, AttemptOpenError, RunningSession, Store
from desktop.store.plan import StudyPlan
from desktop.ui import bidi, i18n
from desktop.ui.i18n import translate
from desktop.ui.qt import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QObject,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPointF,
    QPushButton,
    QSize,
    Qt,
    QtCore,
    QtWidgets,
    QVBoxLayout,
    QWidget,
    Signal,
)
from desktop.ui.recall_chart import RecallChart

COLUMNS = 7
SCORE_COLUMN = 4
STATE_COLUMN = 6
# Cell texts kept for repainting; a long history scrolled end to end drops them and starts again.
CACHED_CELLS = 4096
# The chart marks each attempt with a dot while the dots stand this many pixels apart or more.
DOT_SPACING = 8


def column_titles() -> list[str]:
    """The attempts table's column headers."""
    return [
        translate("HistoryDialog", "Date"),
        translate("HistoryDialog", "Mode"),
        translate("HistoryDialog", "Time"),
        translate("HistoryDialog", "Words"),
        translate("HistoryDialog", "Detected"),
        translate("HistoryDialog", "Self-assessed"),
        translate("HistoryDialog", "State"),
    ]


def cell_text(attempt: Attempt, column: int, where: RunningSession | None = None) -> str:
    """What the attempts table shows of `attempt` in `column`, in the interface's language.

    `where` is the running Casewise that has the attempt open, if one has: the state says so.
    """
    if column == 0:
        return i18n.date_time(attempt.started_at)
    if column == 1:
        if attempt.mode == Mode.PRACTICE:
            return translate("HistoryDialog", "practice")
        if attempt.mode == Mode.DRILL:
            return translate("HistoryDialog", "drill")
        return translate("HistoryDialog", "exam")
    if column == 2:
        return i18n.clock(attempt.seconds_spent)
    if column == 3:
        return i18n.number(attempt.words)
    if column == SCORE_COLUMN:
        score = i18n.percent(attempt.score)
        if attempt.rubric_changed and attempt.score is not None:
            return translate("HistoryDialog", "%1 (older rubric)").replace("%1", score)
        return score
    if column == 5:
        assessed = attempt.self_assessment
        if not assessed:
            return "–"
        fully = sum(1 for v in assessed.values() if v is SelfAssessment.FULLY)
        partly = sum(1 for v in assessed.values() if v is SelfAssessment.PARTLY)
        return (
            translate("HistoryDialog", "%1 fully, %2 partly")
            .replace("%1", i18n.number(fully))
            .replace("%2", i18n.number(partly))
        )
    if attempt.submitted:
        state = translate("HistoryDialog", "submitted")
    else:
        state = translate("HistoryDialog", "draft")
    if attempt.duplicated_from:
        state = (
            translate("HistoryDialog", "%1, copy of #%2")
            .replace("%1", state)
            .replace("%2", i18n.number(attempt.duplicated_from))
        )
    if where is not None and where.here:
        state = translate("HistoryDialog", "%1, open in this window").replace("%1", state)
    elif where is not None:
        state = (
            translate("HistoryDialog", "%1, open in another window since %2")
            .replace("%1", state)
            .replace("%2", i18n.date_time(where.started_at))
        )
    return state


# Up to this many scores, the chart's description lists them all; beyond, it sums them up.
LISTED_SCORES = 12


class AttemptsModel(QtCore.QAbstractTableModel):
    """A question's attempts as the rows of a table, newest first.

    A cell's text is made when a view asks for it, so a history of thousands of attempts costs
    only the rows on screen. The texts speak the dialog's language (its translation context).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.attempts: list[Attempt] = []
        self.running: Mapping[str, RunningSession] = {}
        self.titles = column_titles()
        self._texts: dict[tuple[int, int], str] = {}

    def set_attempts(
        self, attempts: list[Attempt], running: Mapping[str, RunningSession] | None = None
    ) -> None:
        """Show these attempts instead of the ones before.

        Args:
            attempts: newest first.
            running: the Casewise windows running now, by session id (`Store.running_sessions`):
                an attempt open in one says so.
        """
        self.beginResetModel()
        self.attempts = attempts
        self.running = running or {}
        self._texts.clear()
        self.endResetModel()

    def attempt(self, row: int) -> Attempt | None:
        """The attempt in `row`; None outside the table."""
        return self.attempts[row] if 0 <= row < len(self.attempts) else None

    def open_in(self, attempt: Attempt) -> RunningSession | None:
        """The running Casewise window that has `attempt` open, if one has."""
        return None if attempt.open_in is None else self.running.get(attempt.open_in)

    def rowCount(  # noqa: N802 (Qt's name)
        self, parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex | None = None
    ) -> int:
        """One row per attempt (and none under a cell: this is a flat table)."""
        return 0 if parent is not None and parent.isValid() else len(self.attempts)

    def columnCount(  # noqa: N802 (Qt's name)
        self, parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex | None = None
    ) -> int:
        """Date, mode, time, words, detected, self-assessed and state."""
        return 0 if parent is not None and parent.isValid() else COLUMNS

    def headerData(  # noqa: N802 (Qt's name)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The column titles; rows have no header."""
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < COLUMNS
        ):
            return self.titles[section]
        return None

    def data(
        self,
        index: QtCore.QModelIndex | QtCore.QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """A cell's text, its attempt's id (UserRole), and a warning on an old rubric's score."""
        attempt = self.attempt(index.row()) if index.isValid() else None
        if attempt is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            key = (index.row(), column)
            text = self._texts.get(key)
            if text is None:
                if len(self._texts) >= CACHED_CELLS:
                    self._texts.clear()
                text = self._texts[key] = cell_text(attempt, column, self.open_in(attempt))
            return text
        if role == Qt.ItemDataRole.UserRole:
            return attempt.id
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and column == SCORE_COLUMN
            and attempt.rubric_changed
        ):
            return translate(
                "HistoryDialog", "The rubric changed since: this score describes the old one"
            )
        if role == Qt.ItemDataRole.ToolTipRole and column == STATE_COLUMN:
            # "open in another window since …" is longer than the column is wide.
            return cell_text(attempt, column, self.open_in(attempt))
        return None


class CoverageChart(QWidget):
    """Detected coverage of each attempt, oldest on the left, as a line with points."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scores: list[float | None] = []
        self.setMinimumHeight(120)
        self.setAccessibleName(self.tr("Coverage over attempts"))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """Wide and low."""
        return QSize(480, 140)

    def set_scores(self, scores: list[float | None]) -> None:
        """Oldest first; None for an attempt without a detected score."""
        self.scores = scores
        # A percentage is a whole number from 0 to 100: a long history formats each one once.
        texts: dict[int, str] = {}

        def label(score: float) -> str:
            key = round(score * 100)
            if key not in texts:
                texts[key] = i18n.percent(score)
            return texts[key]

        detected = [s for s in scores if s is not None]
        if not detected:
            description = self.tr("No data")
        elif len(detected) <= LISTED_SCORES:
            description = self.tr("Coverage: %1").replace("%1", ", ".join(map(label, detected)))
        else:  # a screen reader reading out hundreds of percentages helps nobody
            description = (
                self.tr("Coverage over %n attempts: first %1, best %2, last %3", "", len(detected))
                .replace("%1", label(detected[0]))
                .replace("%2", label(max(detected)))
                .replace("%3", label(detected[-1]))
            )
        self.setAccessibleDescription(description)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        """Axes at 0, 50 and 100 %, and the scores."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        grid = palette.color(QPalette.ColorRole.Mid)
        # Right to left, the oldest attempt is on the right and the scale stands on the right.
        mirrored = self.isRightToLeft()
        left, top, right, bottom = 40, 10, self.width() - 12, self.height() - 18
        if mirrored:
            left, right = 12, self.width() - 40
        painter.setPen(QPen(grid, 1))
        for share in (0.0, 0.5, 1.0):
            y = bottom - share * (bottom - top)
            painter.drawLine(QPointF(left, y), QPointF(right, y))
            painter.setPen(text)
            painter.drawText(QPointF(right + 4 if mirrored else 4, y + 4), i18n.percent(share))
            painter.setPen(QPen(grid, 1))
        points = [(i, s) for i, s in enumerate(self.scores) if s is not None]
        if not points:
            painter.setPen(text)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No coverage yet"))
            painter.end()
            return
        count = max(len(self.scores) - 1, 1)
        line = palette.color(QPalette.ColorRole.Highlight)

        def at(index: int, score: float) -> QPointF:
            x = left + (right - left) * (index / count if len(self.scores) > 1 else 0.5)
            if mirrored:
                x = left + right - x
            return QPointF(x, bottom - score * (bottom - top))

        spots = [at(index, score) for index, score in points]
        painter.setPen(QPen(line, 2))
        painter.drawPolyline(spots)
        # Dots closer than their own width would only thicken the line: a long history is a line.
        if (right - left) / count >= DOT_SPACING:
            painter.setBrush(line)
            for spot in spots:
                painter.drawEllipse(spot, 3.5, 3.5)
        painter.end()


class HistoryDialog(QDialog):
    """Every attempt at one question; reopen, continue, duplicate or delete one."""

    reopen = Signal(int)
    duplicated = Signal(int)

    def __init__(
        self, store: Store, bank_id: str, question_key: str, title: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.bank_id = bank_id
        self.question_key = question_key
        # Deleted in this session, deleted last first: undo works until Casewise quits, not
        # only while this dialog is open, so the store keeps the list.
        self.deleted: list[int] = []
        self.setWindowTitle(self.tr("History: %1").replace("%1", isolate(title)))
        self.setAccessibleName(self.tr("Question history"))
        # The question's prompt, aligned and running as its own language does.
        heading = QLabel(bidi.paragraph(f"<b>{html.escape(title)}</b>", bidi.interface()))
        heading.setWordWrap(True)
        self.heading = heading
        self.chart = CoverageChart()
        self.recall = RecallChart()
        self.recall_heading = QLabel(
            self.tr(
                "<b>Recall of each argument</b> · the line falls as you forget and meets the "
                "dotted line when the argument is due; dots are your attempts (green recalled, "
                "amber partly, grey missed)"
            )
        )
        self.recall_heading.setWordWrap(True)
        self.model = AttemptsModel(self)
        self.table = QtWidgets.QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Attempts"))
        self.table.setAccessibleDescription(
            self.tr("Every attempt at this question, newest first; press Enter to open one")
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        # Fixed row heights and stretched columns: the view never measures every row's text.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # The date and time in full: wide enough for the widest moment in the interface's
        # locale, measured once (measuring every row would cost a long history its speed).
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        widest = i18n.date_time(datetime(2026, 12, 28, 23, 58, 58).astimezone())
        padding = 4 * self.style().pixelMetric(QtWidgets.QStyle.PixelMetric.PM_HeaderMargin)
        header.resizeSection(
            0,
            max(
                self.table.fontMetrics().horizontalAdvance(widest),
                header.fontMetrics().horizontalAdvance(self.model.titles[0]),
            )
            + padding,
        )
        self.table.activated.connect(lambda _: self._open())
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setAccessibleName(self.tr("Open or continue the attempt"))
        self.open_button.setAccessibleDescription(
            self.tr("A draft opens for writing, a submitted attempt for review")
        )
        self.duplicate_button = QPushButton(self.tr("D&uplicate"))
        self.duplicate_button.setAccessibleName(self.tr("Duplicate the attempt"))
        self.duplicate_button.setAccessibleDescription(
            self.tr("Copy the attempt as a new draft to rework it")
        )
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.setAccessibleName(self.tr("Delete the attempt"))
        self.delete_button.setAccessibleDescription(
            self.tr("Delete the attempt and its revisions; you can undo this until you quit")
        )
        self.status = QLabel()  # why the last action was refused, if it was
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("History status"))
        self.undo_button = QPushButton(self.tr("U&ndo delete"))
        self.undo_button.setAccessibleName(self.tr("Undo the last deletion"))
        self.undo_button.setAccessibleDescription(self.tr("Bring back the attempt deleted last"))
        close = QPushButton(self.tr("Close"))
        close.setAccessibleDescription(self.tr("Close the history and go back to the library"))
        close.clicked.connect(self.accept)
        self.open_button.clicked.connect(self._open)
        self.duplicate_button.clicked.connect(self._duplicate)
        self.delete_button.clicked.connect(self._delete)
        self.undo_button.clicked.connect(self.undo_delete)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.duplicate_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.chart)
        layout.addWidget(self.recall_heading)
        layout.addWidget(self.recall)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(780, 720)
        self.confirm_delete = self._ask_delete
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    def attempts(self) -> list[Attempt]:
        """The question's attempts, newest first (as the store lists them)."""
        return self.store.attempts_for(self.bank_id, self.question_key)

    def refresh(self) -> None:
        """Reload the attempts, keeping the selection on the same row where there still is one."""
        row = self.table.currentIndex().row()
        attempts = self.attempts()
        self.model.set_attempts(attempts, self.store.running_sessions())
        self.deleted = [a.id for a in self.store.deleted_here(self.bank_id, self.question_key)]
        if attempts:
            # Not selectRow: right to left, before the view is laid out, it selects nothing.
            self.table.setCurrentIndex(self.model.index(min(max(row, 0), len(attempts) - 1), 0))
        self.chart.set_scores([a.score for a in reversed(attempts)])
        now = datetime.now(UTC)
        self.recall.set_history(
            StudyPlan(self.store).recall_history(self.bank_id, self.question_key, now), now
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        """What the selected attempt allows: an attempt open in a window cannot be deleted."""
        attempt = self.model.attempt(self.table.currentIndex().row())
        has = attempt is not None
        for button in (self.open_button, self.duplicate_button):
            button.setEnabled(has)
        where = None if attempt is None else self.model.open_in(attempt)
        self.delete_button.setEnabled(has and where is None)
        if where is not None:
            self.delete_button.setToolTip(
                self.tr("Open in this window: leave it before deleting it")
                if where.here
                else self.tr("Open in another Casewise window: close it there before deleting it")
            )
        else:
            self.delete_button.setToolTip("")
        self.undo_button.setEnabled(bool(self.deleted))

    def selected_id(self) -> int | None:
        """The selected attempt's id."""
        attempt = self.model.attempt(self.table.currentIndex().row())
        return None if attempt is None else attempt.id

    def _open(self) -> None:
        attempt_id = self.selected_id()
        if attempt_id is not None:
            self.reopen.emit(attempt_id)
            self.accept()

    def _duplicate(self) -> None:
        attempt_id = self.selected_id()
        if attempt_id is not None:
            copy = self.store.duplicate(attempt_id)
            self.store.close_attempt(copy.id)
            self.duplicated.emit(copy.id)
            self.refresh()

    def _ask_delete(self, attempt_id: int) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Delete attempt"),
            self.tr(
                "Delete this attempt and its revisions? You can undo this until you quit Casewise."
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _delete(self) -> None:
        attempt_id = self.selected_id()
        attempt = self.model.attempt(self.table.currentIndex().row())
        if attempt is not None and self.model.open_in(attempt) is not None:
            self.status.setText(self.delete_button.toolTip())  # pressed while turned off
            return
        if attempt_id is not None and self.confirm_delete(attempt_id):
            try:
                self.store.delete(attempt_id)
            except AttemptOpenError as exc:  # opened in a window since the list was made
                self.status.setText(str(exc))
                self.refresh()
                return
            self.status.clear()
            self.refresh()

    def undo_delete(self) -> None:
        """Bring back the attempt deleted last (in this session, from any history dialog)."""
        if self.deleted:
            self.store.undelete(self.deleted[0])
            self.refresh()
