"""A question's history: every attempt, a chart of coverage over attempts, and what to do next."""

from __future__ import annotations

import itertools

from desktop.store import Attempt, Store
from desktop.ui import i18n
from desktop.ui.i18n import translate
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

COLUMNS = 7


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
        known = [i18n.percent(s) for s in scores if s is not None]
        self.setAccessibleDescription(
            self.tr("Coverage: %1").replace("%1", ", ".join(known)) if known else self.tr("No data")
        )
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
        self.setWindowTitle(self.tr("History: %1").replace("%1", title))
        self.setAccessibleName(self.tr("Question history"))
        heading = QLabel(f"<b>{title}</b>")
        heading.setWordWrap(True)
        self.chart = CoverageChart()
        self.table = QTableWidget(0, COLUMNS)
        self.table.setHorizontalHeaderLabels(column_titles())
        self.table.setAccessibleName(self.tr("Attempts"))
        self.table.setAccessibleDescription(
            self.tr("Every attempt at this question, newest first; press Enter to open one")
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemActivated.connect(lambda _: self._open())
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
            fully = sum(1 for v in assessed.values() if v == "fully")
            partly = sum(1 for v in assessed.values() if v == "partly")
            own = (
                self.tr("%1 fully, %2 partly")
                .replace("%1", i18n.number(fully))
                .replace("%2", i18n.number(partly))
                if assessed
                else "–"
            )
            score = i18n.percent(attempt.score)
            if attempt.rubric_changed and attempt.score is not None:
                score = self.tr("%1 (older rubric)").replace("%1", score)
            state = self.tr("submitted") if attempt.submitted else self.tr("draft")
            if attempt.duplicated_from:
                state = (
                    self.tr("%1, copy of #%2")
                    .replace("%1", state)
                    .replace("%2", i18n.number(attempt.duplicated_from))
                )
            mode = self.tr("practice") if attempt.mode == "practice" else self.tr("exam")
            cells = [
                i18n.date_time(attempt.started_at),
                mode,
                i18n.clock(attempt.seconds_spent),
                i18n.number(attempt.words),
                score,
                own,
                state,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, attempt.id)
                if attempt.rubric_changed and column == 4:
                    item.setToolTip(
                        self.tr("The rubric changed since: this score describes the old one")
                    )
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
            self.tr("Delete attempt"),
            self.tr(
                "Delete this attempt and its revisions? You can undo this until you quit Casewise."
            ),
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
