"""The library: banks, their cases and questions with the student's progress, search, and the
dashboard of weakest arguments."""

from __future__ import annotations

import html
from collections.abc import Mapping
from datetime import datetime

from casebank.model import Bank
from desktop.casetext import plain
from desktop.display import isolate, label
from desktop.search import SearchHit, SearchIndex
from desktop.store import QuestionProgress, WeakArgument
from desktop.store.plan import DueQuestion
from desktop.ui import i18n, theme
from desktop.ui.due_view import DueView
from desktop.ui.i18n import translate
from desktop.ui.qt import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPalette,
    QPushButton,
    QSplitter,
    QStackedWidget,
    Qt,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
    SignalInstance,
)
from desktop.ui.richlist import HTML_ROLE, RichTextDelegate

KEY = Qt.ItemDataRole.UserRole
COLUMNS = 6


def column_titles() -> list[str]:
    """The library tree's column headers."""
    return [
        translate("LibraryView", "Bank, case, question"),
        translate("LibraryView", "Attempts"),
        translate("LibraryView", "Best"),
        translate("LibraryView", "Last"),
        translate("LibraryView", "Time"),
        translate("LibraryView", "Next due"),
    ]


class LibraryView(QWidget):
    """What the student sees first: everything they can practise, and how they are doing."""

    practice = Signal(str, str)  # bank id, question key
    exam = Signal(str, str)
    drill = Signal(str, str)
    history = Signal(str, str)
    weak_argument = Signal(str, str, str)  # bank id, question key, argument id
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index: SearchIndex | None = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search cases and questions (Ctrl+K)"))
        self.search.setAccessibleName(self.tr("Search cases and questions"))
        self.search.setAccessibleDescription(
            self.tr(
                "Type to search the text of every case and question; the results replace the "
                "library list"
            )
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.run_search)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(COLUMNS)
        self.tree.setHeaderLabels(column_titles())
        self.tree.setAccessibleName(self.tr("Library of banks, cases and questions"))
        self.tree.setAccessibleDescription(
            self.tr(
                "Press Enter on a question to practise it; the columns show your attempts, best "
                "and last coverage and time spent"
            )
        )
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column in range(1, COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(self._activated)
        self.tree.currentItemChanged.connect(self._selection_changed)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setAccessibleDescription(
            self.tr("Press Enter on a result to select its question in the library")
        )
        self.results.setWordWrap(True)
        self.results.setItemDelegate(RichTextDelegate(self.results))
        self.results.itemActivated.connect(self._result_activated)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.results)
        self.due_view = DueView()
        self.due_view.drill.connect(self.drill.emit)
        self.due_view.selected.connect(self.select)
        # Two buttons over a stack rather than a QTabWidget: Qt's tab bar gives a screen reader
        # no description of what its tabs are for.
        self.views = QStackedWidget()
        self.views.addWidget(self.stack)
        self.views.addWidget(self.due_view)
        self.all_button = QToolButton()
        self.all_button.setText(self.tr("All questions"))
        self.all_button.setAccessibleName(self.tr("All questions"))
        self.all_button.setAccessibleDescription(
            self.tr("Every bank, case and question, with your progress and when each is due")
        )
        self.due_button = QToolButton()
        self.due_button.setText(self.tr("Due today"))
        self.due_button.setAccessibleName(self.tr("Due today"))
        self.due_button.setAccessibleDescription(
            self.tr("The questions your study plan says to practise today (Ctrl+D drills one)")
        )
        for toggle in (self.all_button, self.due_button):
            toggle.setCheckable(True)
            toggle.setAutoExclusive(True)
            toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.all_button.setChecked(True)
        self.all_button.clicked.connect(lambda: self.show_due_list(False))
        self.due_button.clicked.connect(lambda: self.show_due_list(True))
        switch = QHBoxLayout()
        switch.setSpacing(0)
        switch.addWidget(self.all_button)
        switch.addWidget(self.due_button)
        switch.addStretch(1)

        self.practice_button = QPushButton(self.tr("&Practice"))
        self.practice_button.setAccessibleName(self.tr("Practise the selected question"))
        self.practice_button.setAccessibleDescription(
            self.tr(
                "Start a practice attempt: the checklist shows live which arguments your answer "
                "covers"
            )
        )
        self.exam_button = QPushButton(self.tr("&Exam"))
        self.exam_button.setAccessibleName(self.tr("Sit the selected question as an exam"))
        self.exam_button.setAccessibleDescription(
            self.tr("Start a timed attempt: the checklist stays hidden until you submit")
        )
        self.drill_button = QPushButton(self.tr("&Drill"))
        self.drill_button.setAccessibleName(self.tr("Drill the selected question"))
        self.drill_button.setAccessibleDescription(
            self.tr(
                "Start a recall drill: a few minutes to note the arguments from memory, then rate "
                "each one"
            )
        )
        self.history_button = QPushButton(self.tr("&History"))
        self.history_button.setAccessibleName(self.tr("History of the selected question"))
        self.history_button.setAccessibleDescription(
            self.tr("Show every attempt at the selected question and its coverage over time")
        )
        self.import_button = QPushButton(self.tr("&Import bank…"))
        self.import_button.setAccessibleName(self.tr("Import a case bank"))
        self.import_button.setAccessibleDescription(
            self.tr("Add a .casebank file from your tutor to the library")
        )
        self.practice_button.clicked.connect(lambda: self._emit(self.practice))
        self.exam_button.clicked.connect(lambda: self._emit(self.exam))
        self.drill_button.clicked.connect(lambda: self._emit(self.drill))
        self.history_button.clicked.connect(self._emit_history)
        self.import_button.clicked.connect(self.import_requested.emit)
        buttons = QHBoxLayout()
        for button in (
            self.practice_button,
            self.exam_button,
            self.drill_button,
            self.history_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)

        self.weakest = QListWidget()
        self.weakest.setAccessibleName(self.tr("Weakest arguments"))
        self.weakest.setAccessibleDescription(
            self.tr("The arguments you miss most often; press Enter on one to read its guidance")
        )
        self.weakest.setWordWrap(True)
        self.weakest.setItemDelegate(RichTextDelegate(self.weakest))
        self.weakest.setSpacing(3)
        self.weakest.setAlternatingRowColors(True)
        self.weakest.itemActivated.connect(self._weak_activated)
        self.weakest_title = QLabel(self.tr("<b>Weakest arguments</b>"))
        self.weakest_title.setBuddy(self.weakest)
        dashboard = QWidget()
        dash_layout = QVBoxLayout(dashboard)
        dash_layout.setContentsMargins(0, 0, 0, 0)
        dash_layout.addWidget(self.weakest_title)
        dash_layout.addWidget(self.weakest, 1)

        main = QWidget()
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(0, 0, 0, 0)
        main_layout.addWidget(self.search)
        main_layout.addLayout(switch)
        main_layout.addWidget(self.views, 1)
        main_layout.addLayout(buttons)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.setObjectName("librarySplit")
        self.split.addWidget(main)
        self.split.addWidget(dashboard)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.split)
        self._selection_changed(None)

    # -- filling ---------------------------------------------------------------------------

    def show_banks(
        self,
        banks: list[Bank],
        progress: dict[str, list[QuestionProgress]],
        earlier: Mapping[str, list[tuple[str, QuestionProgress]]] | None = None,
        next_due: Mapping[tuple[str, str], datetime] | None = None,
    ) -> None:
        """Fill the tree, keeping the selected question selected.

        Args:
            banks: the banks, in order.
            progress: each bank's questions' progress, by bank id.
            earlier: by bank id, the questions an update of the bank removed that still have
                attempts: each one's prompt and progress. They are listed after the bank's
                cases, "from an earlier version", for their history.
            next_due: (bank id, question key) -> when the study plan next has an argument of
                the question due.
        """
        current = self.selected_for_history()
        self.tree.clear()
        for bank in banks:
            by_key = {p.question_key: p for p in progress.get(bank.id, [])}
            # The title is isolated so that a right-to-left title keeps its version after it.
            bank_item = QTreeWidgetItem([f"{isolate(bank.title)}  ({bank.manifest.version})"])
            bank_item.setData(0, KEY, ("bank", bank.id, ""))
            self.tree.addTopLevelItem(bank_item)
            for case in bank.cases:
                case_item = QTreeWidgetItem([isolate(case.title)])
                case_item.setData(0, KEY, ("case", bank.id, case.id))
                case_item.setToolTip(0, case.summary)
                bank_item.addChild(case_item)
                for question in case.questions:
                    found = by_key.get(question.key)
                    prompt = " ".join(plain(question.prompt).split())
                    when = (next_due or {}).get((bank.id, question.key))
                    item = QTreeWidgetItem(
                        [label(prompt, 110), *self._progress_columns(found), _due_column(when)]
                    )
                    item.setToolTip(0, prompt)
                    self._explain_draft(item, found)
                    item.setData(0, KEY, ("question", bank.id, question.key))
                    for column in range(1, COLUMNS):
                        item.setTextAlignment(column, Qt.AlignmentFlag.AlignCenter)
                    case_item.addChild(item)
                    if current == (bank.id, question.key):
                        self.tree.setCurrentItem(item)
            removed = (earlier or {}).get(bank.id, [])
            if removed:
                group = QTreeWidgetItem([self.tr("From an earlier version")])
                group.setData(0, KEY, ("earlier-group", bank.id, ""))
                group.setToolTip(
                    0,
                    self.tr(
                        "Questions an update of the bank removed: your attempts at them are kept "
                        "here, to look back at in their history"
                    ),
                )
                bank_item.addChild(group)
                for prompt, found in removed:
                    flat = " ".join(prompt.split())
                    item = QTreeWidgetItem([label(flat, 110), *self._progress_columns(found), "–"])
                    item.setToolTip(
                        0, self.tr("%1 (from an earlier version of the bank)").replace("%1", flat)
                    )
                    item.setData(0, KEY, ("earlier", bank.id, found.question_key))
                    for column in range(1, COLUMNS):
                        item.setTextAlignment(column, Qt.AlignmentFlag.AlignCenter)
                    group.addChild(item)
                    if current == (bank.id, found.question_key):
                        self.tree.setCurrentItem(item)
        self.tree.expandAll()
        if self.tree.currentItem() is None:
            first = self._first_question()
            if first is not None:
                self.tree.setCurrentItem(first)

    def show_weakest(self, weakest: list[WeakArgument], titles: dict[str, str]) -> None:
        """The dashboard: the arguments most often missed."""
        self.weakest.clear()
        if not weakest:
            hint = self.tr("Submit an attempt to see which arguments you miss most.")
            item = QListWidgetItem(hint)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.weakest.addItem(item)
            return
        for weak in weakest:
            question = titles.get(f"{weak.bank_id}/{weak.question_key}", weak.question_key)
            missed = (
                self.tr("missed %1 of %n attempts, partly %2", "", weak.attempts)
                if weak.partly
                else self.tr("missed %1 of %n attempts", "", weak.attempts)
            )
            missed = missed.replace("%1", i18n.number(weak.missed))
            missed = missed.replace("%2", i18n.number(weak.partly))
            if weak.disagreed:
                missed += " · " + self.tr(
                    "you and the detection disagreed %n times", "", weak.disagreed
                )
            # The title on a line of its own, which runs its way (`RichTextDelegate`); the
            # prompt in an isolate among the counts keeps its ellipsis at its own end and does
            # not pull the counts into its run.
            text = f"{weak.title}\n{missed} · {isolate(question)}"
            item = QListWidgetItem(text)
            item.setData(KEY, (weak.bank_id, weak.question_key, weak.argument_id))
            item.setToolTip(self.tr("Press Enter to read its guidance"))
            self.weakest.addItem(item)

    def _progress_columns(self, progress: QuestionProgress | None) -> list[str]:
        """Attempts, best, last and time of a question."""
        if progress is None or progress.attempts == 0:
            return ["–", "–", "–", "–"]
        if progress.last_draft and progress.last_at is not None:
            # A draft has no score worth showing: its date and length say what Practice continues.
            last = self.tr("draft of %1, %n words", "", progress.last_words).replace(
                "%1", i18n.date(progress.last_at)
            )
        else:
            last = i18n.percent(progress.last_score)
            last += " *" if progress.last_rubric_changed else ""
        return [
            i18n.number(progress.attempts),
            i18n.percent(progress.best_score),
            last,
            i18n.clock(progress.seconds_spent),
        ]

    def _explain_draft(self, item: QTreeWidgetItem, progress: QuestionProgress | None) -> None:
        if progress is not None and progress.last_draft and progress.last_at is not None:
            item.setToolTip(
                3,
                self.tr("Your draft of %1: Practice continues it").replace(
                    "%1", i18n.date_time(progress.last_at)
                ),
            )

    # -- selection -------------------------------------------------------------------------

    def selected(self) -> tuple[str, str] | None:
        """The selected question's bank id and key, if a question is selected."""
        item = self.tree.currentItem()
        if item is None:
            return None
        kind, bank_id, key = item.data(0, KEY)
        return (bank_id, key) if kind == "question" else None

    def selected_for_history(self) -> tuple[str, str] | None:
        """The selected question's bank id and key, also of a question from an earlier version
        of its bank (which has a history, but cannot be practised)."""
        item = self.tree.currentItem()
        if item is None:
            return None
        kind, bank_id, key = item.data(0, KEY)
        return (bank_id, key) if kind in {"question", "earlier"} else None

    def select(self, bank_id: str, key: str) -> bool:
        """Select a question in the tree."""
        for item in self._question_items():
            if item.data(0, KEY) == ("question", bank_id, key):
                self.tree.setCurrentItem(item)
                return True
        return False

    def _question_items(self) -> list[QTreeWidgetItem]:
        items: list[QTreeWidgetItem] = []
        for b in range(self.tree.topLevelItemCount()):
            bank_item = self.tree.topLevelItem(b)
            for c in range(bank_item.childCount() if bank_item else 0):
                case_item = bank_item.child(c) if bank_item else None
                if case_item is None:
                    continue
                for q in range(case_item.childCount()):
                    item = case_item.child(q)
                    if item is not None and item.data(0, KEY)[0] == "question":
                        items.append(item)
        return items

    def _first_question(self) -> QTreeWidgetItem | None:
        items = self._question_items()
        return items[0] if items else None

    def _selection_changed(self, *_: object) -> None:
        enabled = self.selected() is not None
        for button in (self.practice_button, self.exam_button, self.drill_button):
            button.setEnabled(enabled)
        self.history_button.setEnabled(self.selected_for_history() is not None)

    def _emit(self, signal: SignalInstance) -> None:
        chosen = self.selected()
        if chosen is not None:
            signal.emit(*chosen)

    def _emit_history(self) -> None:
        chosen = self.selected_for_history()
        if chosen is not None:
            self.history.emit(*chosen)

    def _activated(self, item: QTreeWidgetItem) -> None:
        kind, bank_id, key = item.data(0, KEY)
        if kind == "question":
            self.practice.emit(bank_id, key)
        elif kind == "earlier":
            self.history.emit(bank_id, key)

    def _weak_activated(self, item: QListWidgetItem) -> None:
        data = item.data(KEY)
        if data:
            self.weak_argument.emit(*data)

    # -- search ----------------------------------------------------------------------------

    def run_search(self, text: str) -> list[SearchHit]:
        """Show the places that match the search field (the tree when it is empty)."""
        if not text.strip() or self.index is None:
            self.stack.setCurrentWidget(self.tree)
            return []
        self.show_due_list(False)
        hits = self.index.search(text)
        self.results.clear()
        # A match keeps its own text colour on its highlight, also in a selected line (whose
        # other text turns to the selection's colour, unreadable on the highlight).
        mark = theme.highlight_colour(self.palette()).name()
        ink = self.palette().color(QPalette.ColorRole.Text).name()
        for hit in hits:
            where = self.tr("Question") if hit.question_key else self.tr("Case")
            # The heading in an isolate after the interface's word; the snippet a paragraph of
            # its own, which runs as its text does (`RichTextDelegate`).
            heading = isolate(" ".join(hit.heading.split()))
            snippet = "".join(
                f'<span style="background-color: {mark}; color: {ink}">'
                f"<b>{html.escape(part)}</b></span>"
                if matched
                else html.escape(part)
                for part, matched in hit.pieces()
            )
            item = QListWidgetItem(f"{where} · {heading}\n{' '.join(hit.text.split())}")
            item.setData(
                HTML_ROLE,
                f"<div><b>{html.escape(where)}</b> · {html.escape(heading)}</div>"
                f"<div>{' '.join(snippet.split())}</div>",
            )
            item.setData(KEY, hit)
            self.results.addItem(item)
        if not hits:
            item = QListWidgetItem(self.tr("Nothing matches."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(item)
        self.stack.setCurrentWidget(self.results)
        return hits

    def _result_activated(self, item: QListWidgetItem) -> None:
        hit = item.data(KEY)
        if not isinstance(hit, SearchHit):
            return
        self.search.clear()
        if hit.question_key:
            self.select(hit.bank_id, hit.question_key)
        else:
            for candidate in self._question_items():
                _, bank_id, key = candidate.data(0, KEY)
                if bank_id == hit.bank_id and key.startswith(hit.case_id + "/"):
                    self.tree.setCurrentItem(candidate)
                    break
        self.tree.setFocus()

    def show_due_list(self, due: bool) -> None:
        """Show the questions due today (or, with False, every question)."""
        self.views.setCurrentWidget(self.due_view if due else self.stack)
        button = self.due_button if due else self.all_button
        if not button.isChecked():
            button.setChecked(True)

    def show_due(
        self,
        due: list[DueQuestion],
        prompts: Mapping[tuple[str, str], str],
        now: datetime,
        paused: datetime | None = None,
    ) -> None:
        """The Due view, and its count on its tab."""
        self.due_view.show_due(due, prompts, now, paused)
        count = self.due_view.count()
        self.due_button.setText(
            self.tr("Due today (%1)").replace("%1", i18n.number(count))
            if count
            else self.tr("Due today")
        )


def _due_column(when: datetime | None) -> str:
    return "–" if when is None else i18n.date(when)
