"""The library's Due view: the questions whose arguments the study plan says to practise today,
the most at risk first, each started as a drill with Enter."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from desktop.display import label
from desktop.store.plan import DueQuestion
from desktop.ui import i18n
from desktop.ui.i18n import translate
from desktop.ui.qt import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    Qt,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)

KEY = Qt.ItemDataRole.UserRole
DAY_SECONDS = 24 * 3600


def column_titles() -> list[str]:
    """The Due view's column headers."""
    return [
        translate("DueView", "Question"),
        translate("DueView", "Arguments due"),
        translate("DueView", "Overdue"),
    ]


class DueView(QWidget):
    """The questions due today; Enter drills the selected one."""

    drill = Signal(str, str)  # bank id, question key
    selected = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels(column_titles())
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAccessibleName(self.tr("Questions due today"))
        self.tree.setAccessibleDescription(
            self.tr(
                "The questions whose arguments your study plan says to practise today, the most "
                "at risk of being forgotten first; press Enter to drill one"
            )
        )
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(self._activated)
        self.tree.currentItemChanged.connect(self._selection_changed)
        self.heading.setBuddy(self.tree)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree, 1)

    def show_due(
        self,
        due: list[DueQuestion],
        prompts: Mapping[tuple[str, str], str],
        now: datetime,
        paused: datetime | None = None,
    ) -> None:
        """List the questions due, in the plan's order.

        Args:
            due: the questions due, as `StudyPlan.due` orders them.
            prompts: (bank id, question key) -> the question's prompt; a question missing here
                cannot be studied now (its bank cannot be read) and is left out.
            now: the time to say how overdue each one is at.
            paused: when the plan was paused, or None.
        """
        self.tree.clear()
        shown = [
            question for question in due if (question.bank_id, question.question_key) in prompts
        ]
        if paused is not None:
            self.heading.setText(self.summary(paused))
        elif not shown:
            self.heading.setText(
                self.tr(
                    "Nothing is due today. Questions come back here when your study plan says "
                    "you are about to forget their arguments."
                )
            )
        else:
            self.heading.setText(
                self.tr("<b>%n question(s) due today</b>, the most at risk first.", "", len(shown))
            )
        for question in shown:
            prompt = " ".join(prompts[question.bank_id, question.question_key].split())
            arguments = (
                self.tr("%1 of %2")
                .replace("%1", i18n.number(question.due))
                .replace("%2", i18n.number(question.cards))
            )
            item = QTreeWidgetItem(
                [label(prompt, 110), arguments, self.overdue_text(question, now)]
            )
            tip = self.tr("Chance of recalling the weakest argument now: %1").replace(
                "%1", i18n.percent(question.recall)
            )
            if question.changed:
                tip += "\n" + self.tr(
                    "The rubric of %n argument(s) changed since you last practised them.",
                    "",
                    question.changed,
                )
            item.setToolTip(0, f"{prompt}\n{tip}")
            item.setData(0, KEY, (question.bank_id, question.question_key))
            for column in (1, 2):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignCenter)
            self.tree.addTopLevelItem(item)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)

    def summary(self, paused: datetime | None) -> str:
        """The status bar's line on start: how many questions are due today."""
        if paused is not None:
            return self.tr("The study plan is paused since %1.").replace("%1", i18n.date(paused))
        count = self.count()
        if not count:
            return self.tr("Nothing is due today in your study plan.")
        return self.tr("%n question(s) due today", "", count)

    def overdue_text(self, question: DueQuestion, now: datetime) -> str:
        """How late the most overdue argument of a question is."""
        days = int(question.overdue(now).total_seconds() // DAY_SECONDS)
        if days < 1:
            return self.tr("due today")
        return self.tr("%n day(s) overdue", "", days)

    def count(self) -> int:
        """How many questions are listed."""
        return self.tree.topLevelItemCount()

    def current(self) -> tuple[str, str] | None:
        """The selected due question's bank id and key."""
        item = self.tree.currentItem()
        if item is None:
            return None
        bank_id, key = item.data(0, KEY)
        return str(bank_id), str(key)

    def _activated(self, item: QTreeWidgetItem) -> None:
        self.drill.emit(*item.data(0, KEY))

    def _selection_changed(self, current: QTreeWidgetItem | None, *_: object) -> None:
        if current is not None:
            self.selected.emit(*current.data(0, KEY))
