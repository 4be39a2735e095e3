"""A question's history: every attempt, a chart of coverage over attempts, and what to do next."""

from __future__ import annotations

import itertools

from desktop.session import clock_text
from desktop.store import Attempt, Store
from desktop.ui.qt import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPointF,
    QPushButton,
    QSize,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)

COLUMNS = ["Date", "Mode", "Time", "Words", "Detected", "Self-assessed", "State"]


class CoverageChart(QWidget):
    """Detected coverage of each attempt, oldest on the left, as a line with points."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scores: list[float | None] = []
        self.setMinimumHeight(120)
        self.setAccessibleName("Coverage over attempts")

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """Wide and low."""
        return QSize(480, 140)

    def set_scores(self, scores: list[float | None]) -> None:
        """Oldest first; None for an attempt without a detected score."""
        self.scores = scores
        known = [f"{round(s * 100)}%" for s in scores if s is not None]
        self.setAccessibleDescription("Coverage: " + ", ".join(known) if known else "No data")
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        """Axes at 0, 50 and 100 %, and the scores."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        grid = palette.color(QPalette.ColorRole.Mid)
        left, top, right, bottom = 40, 10, self.width() - 12, self.height() - 18
        painter.setPen(QPen(grid, 1))
        for share in (0.0, 0.5, 1.0):
            y = bottom - share * (bottom - top)
            painter.drawLine(QPointF(left, y), QPointF(right, y))
            painter.setPen(text)
            painter.drawText(QPointF(4, y + 4), f"{round(share * 100)}%")
            painter.setPen(QPen(grid, 1))
        points = [(i, s) for i, s in enumerate(self.scores) if s is not None]
        if not points:
            painter.setPen(text)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "No coverage yet")
            painter.end()
            return
        count = max(len(self.scores) - 1, 1)
        line = palette.color(QPalette.ColorRole.Highlight)

        def at(index: int, score: float) -> QPointF:
            x = left + (right - left) * (index / count if len(self.scores) > 1 else 0.5)
            return QPointF(x, bottom - score * (bottom - top))

        painter.setPen(QPen(line, 2))
        for (i1, s1), (i2, s2) in itertools.pairwise(points):
            painter.drawLine(at(i1, s1), at(i2, s2))
        painter.setBrush(line)
        for index, score in points:
            painter.drawEllipse(at(index, score), 3.5, 3.5)
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
        self.deleted: list[int] = []
        self.setWindowTitle(f"History: {title}")
        self.setAccessibleName("Question history")
        heading = QLabel(f"<b>{title}</b>")
        heading.setWordWrap(True)
        self.chart = CoverageChart()
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setAccessibleName("Attempts")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemActivated.connect(lambda _: self._open())
        self.open_button = QPushButton("&Open")
        self.open_button.setAccessibleName("Open or continue the attempt")
        self.duplicate_button = QPushButton("D&uplicate")
        self.duplicate_button.setAccessibleName("Duplicate the attempt")
        self.delete_button = QPushButton("&Delete…")
        self.delete_button.setAccessibleName("Delete the attempt")
        self.undo_button = QPushButton("U&ndo delete")
        self.undo_button.setAccessibleName("Undo the last deletion")
        close = QPushButton("Close")
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
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(760, 480)
        self.confirm_delete = self._ask_delete
        self.refresh()

    def attempts(self) -> list[Attempt]:
        """The question's attempts, newest first (as the store lists them)."""
        return self.store.attempts_for(self.bank_id, self.question_key)

    def refresh(self) -> None:
        """Reload the attempts."""
        attempts = self.attempts()
        self.table.setRowCount(len(attempts))
        for row, attempt in enumerate(attempts):
            assessed = attempt.self_assessment
            own = (
                f"{sum(1 for v in assessed.values() if v == 'fully')} fully, "
                f"{sum(1 for v in assessed.values() if v == 'partly')} partly"
                if assessed
                else "–"
            )
            score = "–" if attempt.score is None else f"{round(attempt.score * 100)}%"
            if attempt.rubric_changed and attempt.score is not None:
                score += " (older rubric)"
            state = "submitted" if attempt.submitted else "draft"
            if attempt.duplicated_from:
                state += f", copy of #{attempt.duplicated_from}"
            cells = [
                attempt.started_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                attempt.mode,
                clock_text(attempt.seconds_spent),
                str(attempt.words),
                score,
                own,
                state,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, attempt.id)
                if attempt.rubric_changed and column == 4:
                    item.setToolTip("The rubric changed since: this score describes the old one")
                self.table.setItem(row, column, item)
        if attempts and self.table.currentRow() < 0:
            self.table.selectRow(0)
        self.chart.set_scores([a.score for a in reversed(attempts)])
        has = bool(attempts)
        for button in (self.open_button, self.duplicate_button, self.delete_button):
            button.setEnabled(has)
        self.undo_button.setEnabled(bool(self.deleted))

    def selected_id(self) -> int | None:
        """The selected attempt's id."""
        item = self.table.item(self.table.currentRow(), 0)
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

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
            "Delete attempt",
            "Delete this attempt and its revisions? You can undo this until you quit Casewise.",
        )
        return answer == QMessageBox.StandardButton.Yes

    def _delete(self) -> None:
        attempt_id = self.selected_id()
        if attempt_id is not None and self.confirm_delete(attempt_id):
            self.store.delete(attempt_id)
            self.deleted.append(attempt_id)
            self.refresh()

    def undo_delete(self) -> None:
        """Bring back the attempt deleted last."""
        if self.deleted:
            self.store.undelete(self.deleted.pop())
            self.refresh()
