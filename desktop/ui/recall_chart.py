"""A question's arguments' recall over time, one band per argument, drawn as the history's
coverage chart is: the palette's colours, mirrored right to left, and described in words.

Within its band each argument's line is the scheduler's chance of recalling it (50 % or less at
the band's foot, 100 % at its top, as the scale beside the first band says): it jumps at each
review, marked with a dot in the outcome's colour, and falls until the argument is due, where it
meets the dotted line of the desired retention.
"""

from __future__ import annotations

from datetime import datetime

from casebank.vocabulary import Status
from desktop.store.plan import RecallHistory
from desktop.ui import i18n, theme
from desktop.ui.qt import (
    QColor,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QWidget,
)

BAND = 36  # pixels per argument
# Each band's scale runs from this recall to 100 %: the scheduler brings an argument back at
# 70 to 97 %, and below half it is as good as forgotten; the band's foot says "50 % or less".
FLOOR = 0.5
SCALE_WIDTH = 40
LABEL_WIDTH = 170
# A review's rating as the checklist would colour its outcome: Good as covered, Hard as partly,
# Again as missing.
RATING_STATUS = {1: Status.MISSING, 2: Status.PARTLY, 3: Status.COVERED, 4: Status.COVERED}
# Up to this many arguments, the description names each one's recall now.
LISTED = 12


class RecallChart(QWidget):
    """The recall of each argument of a question over time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history: RecallHistory | None = None
        self.now: datetime | None = None
        self.setAccessibleName(self.tr("Recall of each argument over time"))
        self.setMinimumHeight(BAND + 24)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """As wide as the history, one band per argument."""
        bands = len(self.history.curves) if self.history else 1
        return QSize(480, 24 + BAND * max(bands, 1))

    def set_history(self, history: RecallHistory, now: datetime) -> None:
        """Show these curves; `now` is where the past ends."""
        self.history = history
        self.now = now
        bands = max(len(history.curves), 1)
        self.setMinimumHeight(24 + BAND * min(bands, 10))
        if not history.curves:
            description = self.tr("No recall to show yet: submit an attempt or a drill.")
        else:
            parts = []
            for curve in history.curves[:LISTED]:
                current = _value_at(history, curve.recall, now)
                parts.append(
                    self.tr("%1: %2")
                    .replace("%1", curve.title)
                    .replace("%2", i18n.percent(current))
                )
            description = self.tr("Chance of recalling each argument now: %1").replace(
                "%1", ", ".join(parts)
            )
        self.setAccessibleDescription(description)
        self.updateGeometry()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        """A band per argument: its title, its recall line, its reviews and the retention."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        grid = palette.color(QPalette.ColorRole.Mid)
        history = self.history
        if history is None or not history.curves or not history.times:
            painter.setPen(text)
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No recall to show yet")
            )
            painter.end()
            return
        mirrored = self.isRightToLeft()
        left, right = LABEL_WIDTH + 8, self.width() - SCALE_WIDTH
        if mirrored:
            left, right = SCALE_WIDTH, self.width() - LABEL_WIDTH - 8
        top = 4
        start, end = history.times[0], history.times[-1]
        span = max((end - start).total_seconds(), 1.0)

        def x_at(when: datetime) -> float:
            share = (when - start).total_seconds() / span
            x = left + (right - left) * share
            return left + right - x if mirrored else x

        line = palette.color(QPalette.ColorRole.Highlight)
        fill = QColor(line)
        fill.setAlpha(40)
        band_count = len(history.curves)
        for row, curve in enumerate(history.curves):
            y0 = top + row * BAND
            foot, head = y0 + BAND - 4, y0 + 3
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(left, foot), QPointF(right, foot))

            def height(value: float, foot: float = foot, head: float = head) -> float:
                return foot - (max(value, FLOOR) - FLOOR) / (1 - FLOOR) * (foot - head)

            keep_y = height(history.retention)
            if row == 0:
                painter.setPen(text)
                for value, y in ((1.0, head + 4), (FLOOR, foot)):
                    mark = i18n.percent(value)
                    width = painter.fontMetrics().horizontalAdvance(mark)
                    scale_x = left - width - 4 if mirrored else right + 4
                    painter.drawText(QPointF(scale_x, y), mark)
            dotted = QPen(grid, 1, Qt.PenStyle.DotLine)
            painter.setPen(dotted)
            painter.drawLine(QPointF(left, keep_y), QPointF(right, keep_y))
            painter.setPen(text if not curve.retired else grid)
            label_rect = (
                QRectF(right + 6, y0, LABEL_WIDTH, BAND)
                if mirrored
                else QRectF(2, y0, LABEL_WIDTH, BAND)
            )
            title = curve.title + (" *" if curve.changed else "")
            elided = painter.fontMetrics().elidedText(
                title, Qt.TextElideMode.ElideRight, int(label_rect.width())
            )
            painter.drawText(
                label_rect,
                int(Qt.AlignmentFlag.AlignVCenter)
                | int(Qt.AlignmentFlag.AlignRight if mirrored else Qt.AlignmentFlag.AlignLeft),
                elided,
            )
            spots = [
                QPointF(x_at(when), height(value))
                for when, value in zip(history.times, curve.recall, strict=True)
                if value is not None
            ]
            if len(spots) > 1:
                painter.setPen(QPen(line if not curve.retired else grid, 1.5))
                painter.drawPolyline(spots)
            for review in curve.reviews:
                colour = theme.status_colour(RATING_STATUS[int(review.rating)], palette)
                painter.setPen(QPen(colour.darker(130), 1))
                painter.setBrush(colour)
                painter.drawEllipse(QPointF(x_at(review.reviewed_at), head), 3.5, 3.5)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        bottom = top + band_count * BAND
        if self.now is not None and start <= self.now <= end:
            x = x_at(self.now)
            painter.setPen(QPen(text, 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, top), QPointF(x, bottom))
        painter.setPen(text)
        metrics = painter.fontMetrics()
        first, last = i18n.date(start), i18n.date(end)
        y = bottom + metrics.ascent() + 2
        if mirrored:
            painter.drawText(QPointF(right - metrics.horizontalAdvance(first), y), first)
            painter.drawText(QPointF(left, y), last)
        else:
            painter.drawText(QPointF(left, y), first)
            painter.drawText(QPointF(right - metrics.horizontalAdvance(last), y), last)
        painter.end()


def _value_at(
    history: RecallHistory, values: tuple[float | None, ...], when: datetime
) -> float | None:
    """The sampled value at the last time not after `when`."""
    found: float | None = None
    for time, value in zip(history.times, values, strict=True):
        if time > when:
            break
        found = value
    return found
