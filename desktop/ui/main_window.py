"""The main window: the library and the study view, menus with a shortcut for every action,
importing banks (menu, drag and drop, command line) and exporting answers as PDF."""

from __future__ import annotations

import datetime
import html
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC
from pathlib import Path
from typing import TYPE_CHECKING

from casebank.archive import BANK_SUFFIX
from casebank.atomic import write_atomically
from casebank.errors import UserError
from casebank.feedback import SUFFIX as FEEDBACK_SUFFIX
from casebank.feedback import write_feedback
from casebank.interop import IMPORTABLE_SUFFIXES
from casebank.model import Bank
from casebank.vocabulary import Mode
from desktop.casetext import fragment, plain
from desktop.display import direction, isolate, quote, shorten
from desktop.drill import DrillSession
from desktop.library import (
    AlreadyInLibraryError,
    Change,
    Installation,
    Library,
    ReadBank,
    Unavailable,
    read_bank,
)
from desktop.search import SearchIndex
from desktop.session import StudySession, Unsaved
from desktop.store import Attempt, AttemptOpenError, BankImport, Store
from desktop.store.feedback import feedback_for
from desktop.store.plan import StudyPlan, end_of_day
from desktop.ui import i18n
from desktop.ui.about import AboutBox, app_icon
from desktop.ui.banner import Banner
from desktop.ui.drill_view import DrillView
from desktop.ui.export_dialog import ExportDialog
from desktop.ui.feedback_dialog import FeedbackDialog
from desktop.ui.history import HistoryDialog
from desktop.ui.i18n import LanguageMenu
from desktop.ui.import_report import ImportReportDialog
from desktop.ui.library_view import LibraryView
from desktop.ui.notices import MessageBoxes, Notices
from desktop.ui.operations import Runner
from desktop.ui.plain_answer import PlainAnswerDialog
from desktop.ui.plan_settings import PlanSettingsDialog
from desktop.ui.qt import (
    QAction,
    QApplication,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QFileDialog,
    QKeySequence,
    QMainWindow,
    QMenu,
    QMessageBox,
    QObject,
    QSettings,
    QStackedWidget,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from desktop.ui.study import StudyView

if TYPE_CHECKING:
    from casebank.pdf import ExportOptions


class MainWindow(QMainWindow):
    """Casewise's one window."""

    def __init__(
        self,
        store: Store,
        library: Library,
        settings: QSettings,
        runner: Runner,
        *,
        clock: Callable[[], float] = time.monotonic,
        notices: Notices | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.library = library
        self.settings = settings
        self.runner = runner
        self.clock = clock
        self.notices: Notices = notices or MessageBoxes()  # what the window tells and asks
        self.import_report_dialog: ImportReportDialog | None = None
        self.history_dialog: HistoryDialog | None = None
        self.plain_dialog: PlainAnswerDialog | None = None
        self.export_choices: ExportDialog | None = None
        self.export_dialog: QFileDialog | None = None
        self.feedback_dialog: FeedbackDialog | None = None
        self.feedback_file_dialog: QFileDialog | None = None
        self.plan = StudyPlan(store)
        self.plan_dialog: PlanSettingsDialog | None = None
        self.setWindowTitle("Casewise")
        self.setAcceptDrops(True)
        self.setWindowIcon(app_icon())
        self.pages = QStackedWidget()
        self.banner = Banner()
        self.banner.accepted.connect(self._reopen_unsaved)
        self.banner.declined.connect(self._dismiss_unsaved)
        self._unsaved: list[Attempt] = []
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._rewritten_seen = store.rewritten
        self._make_views()
        self._make_drill_view()
        self._text_file_problem: str | None = None  # why the last text file was not written
        self._zoom = 0
        self._build_menus()
        self.resize(1280, 800)
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.value("library/split")
        if state is not None:
            self.library_view.split.restoreState(state)
        self.refresh_library()
        self.build_search_index()
        self._update_actions()
        self.statusBar().showMessage(self.library_view.due_view.summary(self.plan.paused_since()))
        # A keyboard user starts where the questions are: arrow keys and Enter work at once.
        self.library_view.tree.setFocus()

    def _make_views(self) -> None:
        """The library and the study view, in the interface's language of the moment."""
        self.library_view = LibraryView()
        self.study = StudyView(self.settings, clock=self.clock)
        self.pages.addWidget(self.library_view)
        self.pages.addWidget(self.study)
        self.library_view.practice.connect(lambda b, q: self.start(b, q, Mode.PRACTICE))
        self.library_view.exam.connect(lambda b, q: self.start(b, q, Mode.EXAM))
        self.library_view.drill.connect(lambda b, q: self.start(b, q, Mode.DRILL))
        self.library_view.history.connect(self.show_history)
        self.library_view.weak_argument.connect(self.show_guidance)
        self.library_view.import_requested.connect(self.choose_bank_file)
        self.study.closed.connect(self.show_library)
        self.study.new_attempt.connect(self._new_attempt)
        self.study.time_up.connect(
            lambda: self.show_message(
                self.tr("Time is up"),
                self.tr(
                    "The exam's time is up, and your answer was handed in as it stood. Now mark "
                    "how far it covers each argument, then reveal what Casewise detected."
                ),
            )
        )
        self.study.saved.connect(self._saved)
        self.study.not_saved.connect(
            lambda why: self.show_message(self.tr("Not saved"), why, warning=True)
        )
        self.study.attempt_replaced.connect(
            lambda: self.show_message(
                self.tr("Kept in a new attempt"),
                self.tr(
                    "The attempt you were writing was deleted elsewhere (in another Casewise "
                    "window, or by an older Casewise). Your answer is kept in a new attempt at "
                    "the same question."
                ),
                warning=True,
            )
        )

    def _make_drill_view(self) -> None:
        """The drill view, in the interface's language of the moment."""
        self.drill = DrillView(self.settings, clock=self.clock)
        self.pages.addWidget(self.drill)
        self.drill.closed.connect(self.show_library)
        self.drill.saved.connect(lambda: self.statusBar().showMessage(self.tr("Saved"), 2000))
        self.drill.not_saved.connect(
            lambda why: self.show_message(self.tr("Not saved"), why, warning=True)
        )

    def retranslate(self) -> None:
        """Show the window in the interface language installed now (View › Language), at once.

        The views and menus are made anew in it; the attempt open in the study view goes on
        in the new view as it was (its text, phase, time and unsaved changes: nothing is saved
        or closed on the way), and so do the library's selection, search and pane sizes. A
        drill being written keeps its view (and its language) until it is closed.
        """
        studying = self.pages.currentWidget() is self.study
        drilling = self.pages.currentWidget() is self.drill
        old_library, old_study = self.library_view, self.study
        old_views: list[QWidget] = [old_library, old_study]
        if self.drill.session is None:
            old_views.append(self.drill)
        self.settings.setValue("library/split", old_library.split.saveState())
        old_study.save_layout()
        moved = old_study.hand_over()
        selected = old_library.selected_for_history()
        search = old_library.search.text()
        index, old_library.index = old_library.index, None
        for action in self._menu_actions:
            self.removeAction(action)
        self.menuBar().clear()
        self._make_views()
        if self.drill.session is None:
            self._make_drill_view()
        self._build_menus()
        self.library_view.split.restoreState(self.settings.value("library/split"))
        self.library_view.index = index
        self.refresh_library()
        if selected is not None:
            self.library_view.select(*selected)
        self.library_view.search.setText(search)
        if moved is not None:
            self.study.take_over(moved)
            self._apply_zoom(self._zoom)
        self.pages.setCurrentWidget(
            self.study if studying else self.drill if drilling else self.library_view
        )
        for view in old_views:
            self.pages.removeWidget(view)
            view.deleteLater()
        self._update_actions()
        self._offer_next_unsaved()

    # -- menus -----------------------------------------------------------------------------

    def _action(
        self,
        menu_name: str,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
        slot: Callable[[], object],
    ) -> QAction:
        menu = self._menus.get(menu_name)
        if menu is None:
            menu = self.menuBar().addMenu(menu_name)
            self._menus[menu_name] = menu
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda *_: slot())
        menu.addAction(action)
        self.addAction(action)  # shortcuts work whatever has focus
        self._menu_actions.append(action)
        return action

    def _build_menus(self) -> None:
        self._menus: dict[str, QMenu] = {}
        self._menu_actions: list[QAction] = []
        key = QKeySequence.StandardKey
        file, attempt, view = self.tr("&File"), self.tr("&Attempt"), self.tr("&View")
        self._action(file, self.tr("&Import bank file…"), key.Open, self.choose_bank_file)
        self._action(file, self.tr("Import bank &folder…"), "Ctrl+Shift+O", self.choose_bank_folder)
        self.export_action = self._action(
            file, self.tr("&Export answer as PDF…"), "Ctrl+E", self.choose_export
        )
        self.feedback_action = self._action(
            file, self.tr("Send my attempts to my &tutor…"), "Ctrl+Shift+T", self.choose_feedback
        )
        self._action(file, self.tr("&Library"), "Ctrl+L", self.show_library)
        self._action(file, self.tr("&Quit"), "Ctrl+Q", self.close)
        self.practice_action = self._action(
            attempt, self.tr("&Practise selected question"), "Ctrl+P", self._practice_selected
        )
        self.exam_action = self._action(
            attempt, self.tr("Sit as &exam"), "Ctrl+Shift+E", self._exam_selected
        )
        self.drill_action = self._action(
            attempt, self.tr("&Drill selected question"), "Ctrl+D", self._drill_selected
        )
        self.submit_action = self._action(
            attempt,
            self.tr("&Submit answer"),
            "Ctrl+Return",
            lambda: self.drill.done() if self._drilling() else self.study.submit(),
        )
        self.reveal_action = self._action(
            attempt,
            self.tr("&Reveal detection"),
            "Ctrl+Shift+Return",
            lambda: self.drill.reveal() if self._drilling() else self.study.reveal(),
        )
        self._action(attempt, self.tr("&History of question"), "Ctrl+H", self._history_selected)
        self._menus[attempt].addSeparator()
        self._action(
            attempt, self.tr("Study &plan settings…"), "Ctrl+Shift+P", self.show_plan_settings
        )
        self._action(view, self.tr("&Find in case"), key.Find, self._find)
        self._action(view, self.tr("Find &next"), key.FindNext, lambda: self._find_next(True))
        self._action(
            view, self.tr("Find &previous"), key.FindPrevious, lambda: self._find_next(False)
        )
        self._action(view, self.tr("&Search library"), "Ctrl+K", self._search)
        self._action(
            view, self.tr("Go to &case"), "Alt+1", lambda: self.study.case_pane.browser.setFocus()
        )
        self._action(view, self.tr("Go to &answer"), "Alt+2", lambda: self.study.editor.setFocus())
        self._action(
            view,
            self.tr("Go to check&list"),
            "Alt+3",
            lambda: self.study.checklist.list.setFocus(),
        )
        self._action(view, self.tr("Zoom &in"), key.ZoomIn, lambda: self.zoom(1))
        self._action(view, self.tr("Zoom &out"), key.ZoomOut, lambda: self.zoom(-1))
        self._action(view, self.tr("&Reset zoom"), "Ctrl+0", lambda: self.zoom(0))
        self.spelling_action = self._action(
            view,
            self.tr("Check &spelling"),
            "F7",
            lambda: self.study.set_spelling(self.spelling_action.isChecked()),
        )
        self.spelling_action.setCheckable(True)
        self.spelling_action.setChecked(self.study.spelling_enabled())
        self._menus[view].addSeparator()
        self.language_menu = LanguageMenu(self.settings, self._menus[view])
        self.language_menu.chosen.connect(self._language_chosen)
        self._menus[view].addMenu(self.language_menu)
        self._action(self.tr("&Help"), self.tr("&About Casewise"), "F1", self.show_about)

    def show_about(self) -> AboutBox:
        """Help > About Casewise: the version, what Casewise is, and the licences."""
        box = AboutBox(self)
        box.open()
        return box

    def zoom(self, step: int) -> None:
        """Make the reading and writing text larger or smaller (0 resets)."""
        target = 0 if step == 0 else max(-5, min(12, self._zoom + step))
        self._apply_zoom(target - self._zoom)
        self._zoom = target

    def _apply_zoom(self, delta: int) -> None:
        for widget in (
            self.study.case_pane.browser,
            self.study.editor,
            self.study.checklist.details,
        ):
            if delta > 0:
                widget.zoomIn(delta)
            elif delta < 0:
                widget.zoomOut(-delta)

    def _language_chosen(self, code: str) -> None:
        """View › Language: the window speaks the chosen language at once."""
        language = i18n.supported(code) or i18n.choose(self.settings)
        i18n.install(language)
        # After the menu's own signal has returned: remaking the menus deletes that menu.
        QTimer.singleShot(0, self.retranslate)

    def _update_actions(self) -> None:
        studying = self.pages.currentWidget() is self.study
        self.export_action.setEnabled(studying)
        self.submit_action.setEnabled(studying or self._drilling())
        self.reveal_action.setEnabled(studying or self._drilling())

    def _drilling(self) -> bool:
        return self.pages.currentWidget() is self.drill

    def _find(self) -> None:
        if self.pages.currentWidget() is self.study:
            self.study.case_pane.find_field.setFocus()
            self.study.case_pane.find_field.selectAll()
        else:
            self._search()

    def _find_next(self, forward: bool) -> None:
        """F3, Shift+F3: the selected argument's next evidence in the answer; in the case pane,
        or without an argument, the next match of the find field in the case."""
        pane = self.study.case_pane
        focus = QApplication.focusWidget()
        in_case = focus is not None and pane.isAncestorOf(focus)
        if in_case or not self.study.step_evidence(forward=forward):
            pane.find_text(forward=forward)

    def _search(self) -> None:
        self.show_library()
        self.library_view.search.setFocus()
        self.library_view.search.selectAll()

    # -- messages --------------------------------------------------------------------------

    def show_message(
        self, title: str, text: str, *, warning: bool = False, rich: bool = False
    ) -> None:
        """Show a message without blocking. `rich`: `text` is HTML."""
        self.notices.tell(self, title, text, warning=warning, rich=rich)

    def show_import_report(self, message: str, source: str, report: str) -> ImportReportDialog:
        """What an import of a converted file did, with its report rendered and scrollable."""
        dialog = self.notices.report(self, message, source, report)
        self.import_report_dialog = dialog
        return dialog

    # -- library ---------------------------------------------------------------------------

    def refresh_library(self) -> None:
        """Reload progress and the dashboard."""
        banks = self.library.banks()
        progress = {bank.id: self.store.progress(bank.id) for bank in banks}
        earlier = {
            bank_id: [
                (self.library.prompt(bank_id, found.question_key), found)
                for found in self.store.progress(bank_id, earlier=True)
            ]
            for bank_id in self.store.banks_with_earlier_questions()
        }
        self.library_view.show_banks(banks, progress, earlier, self.plan.next_due())
        now = datetime.datetime.now(UTC)
        prompts = {
            (bank.id, question.key): plain(question.prompt)
            for bank in banks
            for question in bank.questions()
        }
        self.library_view.show_due(
            self.plan.due(end_of_day(now), now), prompts, now, self.plan.paused_since()
        )
        titles = {
            f"{bank.id}/{q.key}": shorten(plain(q.prompt), 60)
            for bank in banks
            for q in bank.questions()
        }
        self.library_view.show_weakest(self.store.weakest_arguments(10), titles)

    def build_search_index(self) -> None:
        """Index every bank for search, off the window's thread."""
        banks = self.library.banks()

        def done(index: SearchIndex) -> None:
            if self.library_view.index is not None:
                self.library_view.index.close()
            self.library_view.index = index
            self.library_view.run_search(self.library_view.search.text())

        self.runner.run(
            self,
            self.tr("Indexing the library…"),
            lambda cancelled: SearchIndex(banks, cancelled),
            done,
            lambda error: self.show_message(self.tr("Search"), str(error), warning=True),
        )

    def show_library(self) -> None:
        """Leave the study view for the library (unless the student stays, see `leave_attempt`)."""
        if self.pages.currentWidget() is self.study:
            self.study.save_layout()
        if not self.leave_attempt():
            return
        self.refresh_library()
        self.pages.setCurrentWidget(self.library_view)
        self.library_view.tree.setFocus()
        self.setWindowTitle("Casewise")
        self._update_actions()

    def _selected(self) -> tuple[str, str] | None:
        if self.pages.currentWidget() is self.study and self.study.session is not None:
            session = self.study.session
            return session.attempt.bank_id, session.question.key
        if self._drilling() and self.drill.session is not None:
            return self.drill.session.attempt.bank_id, self.drill.session.question.key
        return self.library_view.selected_for_history()

    def _practice_selected(self) -> None:
        chosen = self.library_view.selected()
        if chosen is not None and self.pages.currentWidget() is self.library_view:
            self.start(*chosen, Mode.PRACTICE)

    def _exam_selected(self) -> None:
        if self.pages.currentWidget() is self.study:
            self.exam_from_study()
            return
        chosen = self.library_view.selected()
        if chosen is not None and self.pages.currentWidget() is self.library_view:
            self.start(*chosen, Mode.EXAM)

    def _drill_selected(self) -> None:
        chosen = self.library_view.selected()
        if chosen is not None and self.pages.currentWidget() is self.library_view:
            self.start(*chosen, Mode.DRILL)

    def show_plan_settings(self) -> PlanSettingsDialog:
        """Attempt › Study plan settings: the desired retention and pausing the plan."""
        dialog = PlanSettingsDialog(self.plan, self)
        dialog.accepted.connect(self._plan_changed)
        self.plan_dialog = dialog
        dialog.open()
        return dialog

    def _plan_changed(self) -> None:
        if self.pages.currentWidget() is self.library_view:
            self.refresh_library()
        self.statusBar().showMessage(self.library_view.due_view.summary(self.plan.paused_since()))

    def exam_from_study(self) -> StudySession | None:
        """Attempt › Sit as exam in the study view: the open question, as a new exam.

        A practice draft with words in it is kept as a practice attempt or deleted (History's
        Undo brings it back until Casewise quits), as the student chooses; or the student stays.

        Returns:
            The exam's session, or None when nothing was started.
        """
        session = self.study.session
        if session is None:
            return None
        if session.mode == Mode.EXAM and session.editable:
            self.show_message(
                self.tr("Sit as exam"), self.tr("You are sitting this question as an exam already.")
            )
            return None
        keep = True
        if session.draft_with_words:
            answer = self.keep_draft_for_exam()
            if answer is None:
                return None
            keep = answer
        draft_id = session.attempt.id
        bank_id, key = session.attempt.bank_id, session.question.key
        if not self.leave_attempt():
            return None
        if not keep:
            self.store.delete(draft_id)
        exam = self.start(bank_id, key, Mode.EXAM)
        if not keep:
            self.statusBar().showMessage(
                self.tr(
                    "Your practice answer was deleted: History › Undo delete brings it back until "
                    "you quit Casewise."
                ),
                10000,
            )
        return exam

    def keep_draft_for_exam(self) -> bool | None:
        """Ask whether to keep the practice answer before an exam: True keeps it, False deletes
        it, None stays with it (tests replace this)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Sit as exam"),
            self.tr(
                "Keep your practice answer as a practice attempt? The exam starts with a blank "
                "page either way."
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        keep = box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.YesRole)
        delete = box.addButton(self.tr("Delete it"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is keep:
            return True
        if clicked is delete:
            return False
        return None

    def _history_selected(self) -> None:
        chosen = self._selected()
        if chosen is not None:
            self.show_history(*chosen)

    # -- importing -------------------------------------------------------------------------

    def choose_bank_file(self) -> None:
        """Ask for a .casebank file to import."""
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import case bank"),
            "",
            self.tr(
                "Case banks (*.casebank);;"
                "Questions from H5P, Moodle or QTI (*.h5p *.xml *.zip *.json);;All files (*)"
            ),
        )
        if name:
            self.import_bank(Path(name))

    def choose_bank_folder(self) -> None:
        """Ask for a bank folder to import."""
        name = QFileDialog.getExistingDirectory(self, self.tr("Import case bank folder"))
        if name:
            self.import_bank(Path(name))

    def import_bank(self, path: Path) -> None:
        """Import a bank: read and validate it off the window's thread, then install it."""

        def done(read: ReadBank) -> None:
            plan = self.library.plan(read)
            report = ImportReport()
            if plan.change is Change.SAME:
                self.show_message(self.tr("Already in your library"), report.already(read.bank))
                return
            if plan.change is Change.REPLACE and not self.ask(
                self.tr("Replace the bank?"), report.replacement(plan)
            ):
                self.show_message(self.tr("Nothing was changed"), report.kept(read.bank))
                return
            try:
                result = self.library.install(read, replace=plan.change is Change.REPLACE)
            except AlreadyInLibraryError:
                self.show_message(self.tr("Already in your library"), report.already(read.bank))
                return
            except UserError as exc:
                self.show_message(self.tr("Import refused"), str(exc), warning=True)
                return
            self.refresh_library()
            self.build_search_index()
            message = report.describe(read.bank, result, plan.change)
            if read.import_report:
                self.show_import_report(message, read.source.name, read.import_report)
                return
            self.show_message(self.tr("Bank imported"), message)

        self.runner.run(
            self,
            self.tr("Checking %1…").replace("%1", path.name),
            lambda cancelled: read_bank(path, cancelled),
            done,
            lambda error: self.show_message(self.tr("Import refused"), str(error), warning=True),
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        """Accept .casebank files and folders."""
        if any(_droppable(url.toLocalFile()) for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        """Import what was dropped."""
        for url in event.mimeData().urls():
            if _droppable(url.toLocalFile()):
                self.import_bank(Path(url.toLocalFile()))
        event.acceptProposedAction()

    # -- studying --------------------------------------------------------------------------

    def start(self, bank_id: str, key: str, mode: Mode, *, new: bool = False) -> StudySession:
        """Start an attempt at a question (a drill opens in the drill view). Practice continues
        the question's newest draft, unless `new` asks for a new attempt (the study view's
        "Start a new attempt").

        Returns:
            The session shown: the new or continued one, or the one open before when the
            student chose to stay in it (its last save failed).
        """
        if not self.leave_attempt():
            staying = self.drill.session or self.study.session  # a drill, or an attempt
            assert staying is not None
            return staying
        draft = None if new or mode != Mode.PRACTICE else self.store.latest_draft(bank_id, key)
        if draft is not None:
            try:
                attempt = self.store.open_attempt(draft.id)
            except AttemptOpenError:  # opened in another window since it was looked up
                draft = None
        if draft is None:
            attempt = self.store.start_attempt(bank_id, key, mode)
        session = self.open_attempt(attempt)
        if draft is not None:
            self.statusBar().showMessage(
                self.tr(
                    "Continuing your draft of %1. Start a new attempt to begin afresh; this one "
                    "stays in the history."
                ).replace("%1", i18n.date_time(draft.updated_at)),
                10000,
            )
        return session

    def _new_attempt(self) -> None:
        """The study view's "Start a new attempt": the open one stays in the history."""
        session = self.study.session
        if session is not None:
            self.start(session.attempt.bank_id, session.question.key, session.mode, new=True)

    def reopen(self, attempt_id: int) -> StudySession | None:
        """Open an attempt from the history: a draft continues, a submitted one is reviewed.

        An attempt whose question cannot be shown (an update removed it, or the bank cannot be
        read) is shown as plain text, with the reason.
        """
        found = self.store.attempt(attempt_id)
        if self.library.unavailable(found.bank_id, found.question_key) is not None:
            self.show_plain(found)
            return None
        if not self.leave_attempt():
            return None
        try:
            attempt = self.store.open_attempt(attempt_id)
        except AttemptOpenError as exc:
            # Another window is writing it: it may be read here, not changed.
            session = self.open_attempt(self.store.attempt(attempt_id), read_only=True)
            self.show_message(
                self.tr("Open in another window"),
                str(exc)
                + "\n\n"
                + self.tr("It is shown here to read; duplicate it to work on a copy."),
            )
            return session
        except UserError as exc:
            self.show_message(self.tr("Cannot open"), str(exc), warning=True)
            return None
        return self.open_attempt(attempt)

    def open_attempt(self, attempt: Attempt, *, read_only: bool = False) -> StudySession:
        """Show an attempt in the study view, or a drill in the drill view (`read_only` when
        another window is writing it).

        Returns:
            The session shown: the new one, or the one open before when the student chose to
            stay in it (its last save failed).
        """
        if not self.leave_attempt():
            staying = self.drill.session or self.study.session  # a drill, or an attempt
            assert staying is not None
            return staying
        bank = self.library.bank(attempt.bank_id)
        question = bank.question(attempt.question_key)
        if attempt.mode == Mode.DRILL:
            return self._open_drill(bank, attempt, read_only=read_only)
        session = StudySession(self.store, question, attempt, clock=self.clock, read_only=read_only)
        self.pages.setCurrentWidget(self.study)
        self.study.open(bank, question, session)
        self._apply_zoom(self._zoom)  # opening sets each pane's font afresh
        case = bank.case(question.case_id)
        self.setWindowTitle(f"{case.title} – Casewise")
        self._update_actions()
        if attempt.rubric_changed and attempt.score is not None:
            self.statusBar().showMessage(
                self.tr(
                    "The rubric of this question changed since this attempt was checked: "
                    "its old score describes the old rubric."
                ),
                10000,
            )
        return session

    def _open_drill(self, bank: Bank, attempt: Attempt, *, read_only: bool) -> DrillSession:
        question = bank.question(attempt.question_key)
        minutes = self.drill.drill_minutes()
        session = DrillSession(
            self.store, question, attempt, clock=self.clock, minutes=minutes, read_only=read_only
        )
        self.pages.setCurrentWidget(self.drill)
        self.drill.open(bank, question, session)
        self.setWindowTitle(f"{bank.case(question.case_id).title} – Casewise")
        self._update_actions()
        return session

    def show_history(self, bank_id: str, key: str) -> HistoryDialog:
        """The question's history, as a dialog (also of a question from an earlier version)."""
        title = " ".join(self.library.prompt(bank_id, key).split())
        earlier = self.library.unavailable(bank_id, key) is not None
        if earlier:
            title = self.tr("%1 (from an earlier version of the bank)").replace("%1", title)
        dialog = HistoryDialog(self.store, bank_id, key, title, self)
        # An attempt at a question the bank no longer has is kept to look back at, not copied.
        dialog.duplicate_button.setVisible(not earlier)
        dialog.reopen.connect(self._reopen_from_history)
        dialog.finished.connect(lambda *_: self.refresh_library())
        self.history_dialog = dialog
        dialog.open()
        return dialog

    def _reopen_from_history(self, attempt_id: int) -> None:
        self.reopen(attempt_id)

    def show_guidance(self, bank_id: str, key: str, argument_id: str) -> None:
        """A weak argument's guidance and model paragraph, from the dashboard (Markdown)."""
        argument = self.library.question(bank_id, key).argument(argument_id)
        label = html.escape(self.tr("Model paragraph:"))
        self.show_message(
            argument.title,
            fragment(argument.guidance)
            + f"<p><b>{label}</b></p>"
            + fragment(argument.model_paragraph),
            rich=True,
        )

    def choose_export(self) -> ExportDialog | None:
        """File › Export answer as PDF…: the student's name and what to include (a window-modal
        sheet), then where to save it."""
        session = self.study.session
        if session is None:
            return None
        dialog = ExportDialog(
            self.settings,
            submitted=session.attempt.submitted,
            assessment=dict(session.assessment),
            parent=self,
        )
        dialog.chosen.connect(self._choose_export_file)
        self.export_choices = dialog
        dialog.open()
        return dialog

    def _choose_export_file(self, options: ExportOptions) -> None:
        """Ask where to save the PDF (a window-modal sheet, not a blocking call). The name is
        suggested from the question and the date, in the folder of the last export."""
        session = self.study.session
        if session is None:
            return
        name = f"{session.question.key.replace('/', '-')}-{datetime.date.today().isoformat()}.pdf"
        folder = str(self.settings.value("export/folder", "") or Path.home())
        dialog = QFileDialog(
            self, self.tr("Export answer as PDF"), str(Path(folder) / name), self.tr("PDF (*.pdf)")
        )
        dialog.setObjectName("export-dialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.fileSelected.connect(lambda chosen: self._export_chosen(Path(chosen), options))
        self.export_dialog = dialog
        dialog.open()

    def _export_chosen(self, path: Path, options: ExportOptions) -> None:
        self.settings.setValue("export/folder", str(path.parent))
        self.export(path, options)

    def export(self, path: Path, chosen: ExportOptions | None = None) -> None:
        """Export the open answer as a PDF, off the window's thread.

        Args:
            path: where to write it.
            chosen: the name, sections and self-assessment from `ExportDialog`; without it, no
                name, the self-assessment, and the feedback and the model answer once submitted.
        """
        session = self.study.session
        if session is None or self.study.bank is None:
            return
        from casebank.pdf import ExportOptions, Section, export_pdf

        bank, question, text = self.study.bank, session.question, session.text
        coverage = session.coverage()
        if chosen is None:
            chosen = ExportOptions(
                self_assessment=dict(session.assessment),
                include=frozenset({Section.FEEDBACK, Section.MODEL})
                if session.attempt.submitted
                else frozenset(),
            )
        options = replace(chosen, mode=session.mode, seconds=int(session.stopwatch.elapsed()))
        self.runner.run(
            self,
            self.tr("Writing the PDF…"),
            lambda cancelled: export_pdf(path, text, question, coverage, options, bank=bank),
            lambda written: self.show_message(
                self.tr("Exported"),
                self.tr("Saved the answer as %1.").replace("%1", isolate(str(written))),
            ),
            lambda error: self.show_message(self.tr("Export failed"), str(error), warning=True),
        )

    def choose_feedback(self) -> FeedbackDialog:
        """File › Send my attempts to my tutor…: which bank, and a name only if typed."""
        if self.pages.currentWidget() is self.study:
            self.study.focus_changed()  # the answer being written is saved before it is read
        dialog = FeedbackDialog(self.library.banks(), self.store.submitted_counts(), self)
        dialog.chosen.connect(self._choose_feedback_file)
        self.feedback_dialog = dialog
        dialog.open()
        return dialog

    def _choose_feedback_file(self, bank_id: str, student: str) -> None:
        """Ask where to save the feedback file (a window-modal sheet, as for the PDF export)."""
        folder = str(self.settings.value("feedback/folder", "") or Path.home())
        name = f"{bank_id.rsplit('.', 1)[-1]}-attempts{FEEDBACK_SUFFIX}"
        dialog = QFileDialog(
            self,
            self.tr("Save the file for your tutor"),
            str(Path(folder) / name),
            self.tr("Casewise feedback (*%1)").replace("%1", FEEDBACK_SUFFIX),
        )
        dialog.setObjectName("feedback-file-dialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(FEEDBACK_SUFFIX.lstrip("."))
        dialog.fileSelected.connect(
            lambda chosen: self.send_feedback(bank_id, student, Path(chosen))
        )
        self.feedback_file_dialog = dialog
        dialog.open()

    def send_feedback(self, bank_id: str, student: str, path: Path) -> None:
        """Write the student's submitted attempts at a bank to `path`, off the window's thread."""
        self.settings.setValue("feedback/folder", str(path.parent))
        feedback = feedback_for(self.store, bank_id, student)  # the store is this thread's
        count = len(feedback.attempts)
        self.runner.run(
            self,
            self.tr("Writing the file for your tutor…"),
            lambda cancelled: write_feedback(path, feedback),
            lambda written: self.show_message(
                self.tr("Saved for your tutor"),
                self.tr("Saved %n answers in %1. Send this file to your tutor.", "", count).replace(
                    "%1", isolate(str(written))
                ),
            ),
            lambda error: self.show_message(self.tr("Not saved"), str(error), warning=True),
        )

    def ask(self, title: str, text: str) -> bool:
        """Ask a yes-or-no question."""
        return self.notices.ask(self, title, text)

    def _saved(self) -> None:
        self.statusBar().showMessage(self.tr("Saved"), 2000)
        if self.store.rewritten != self._rewritten_seen:
            self._rewritten_seen = self.store.rewritten
            self.show_message(
                self.tr("Study data written anew"),
                self.tr(
                    "The study database in %1 was deleted while Casewise was running. Casewise "
                    "wrote it anew from what it had open, with your answer: nothing is lost."
                ).replace("%1", isolate(str(self.store.data_dir))),
                warning=True,
            )

    # -- leaving an attempt ----------------------------------------------------------------

    def leave_attempt(self, *, quitting: bool = False) -> bool:
        """Leave the attempt open in the study view or the drill, if any: saved, or as the
        student chose.

        Every way out of an attempt comes here: quitting, closing the window, the library,
        another attempt. While the last save failed, the student is asked (`UnsavedDialog`).

        Returns:
            False when the student stays with the attempt.
        """
        view = self.drill if self.drill.session is not None else self.study
        return view.leave(
            lambda session: self.ask_unsaved(session, quitting=quitting), self.save_answer_as_text
        )

    def ask_unsaved(self, session: StudySession, *, quitting: bool) -> Unsaved:
        """Ask what to do with an answer whose last save failed (a modal dialog)."""
        error = session.autosaver.error
        assert error is not None  # asked only after a failed save
        problem, self._text_file_problem = self._text_file_problem, None
        return self.notices.unsaved(self, error, quitting=quitting, text_file_problem=problem)

    def save_answer_as_text(self, text: str) -> bool:
        """Ask where, and save the open answer there as a UTF-8 text file.

        Returns:
            Whether the file was written (False when the student cancelled or it failed; the
            next question says why).
        """
        session = self.study.session or self.drill.session
        key = session.question.key.replace("/", "-") if session is not None else "answer"
        name = f"{key}-{datetime.date.today().isoformat()}.txt"
        folder = str(self.settings.value("export/folder", "") or Path.home())
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the answer as a text file"),
            str(Path(folder) / name),
            self.tr("Text (*.txt)"),
        )
        if not chosen:
            return False
        try:
            write_atomically(Path(chosen), text.encode("utf-8"))
        except UserError as exc:
            self._text_file_problem = str(exc)
            return False
        saved = self.tr("Saved the answer as %1.").replace("%1", isolate(chosen))
        self.statusBar().showMessage(saved, 10_000)  # long enough to read where it went
        return True

    # -- starting and closing --------------------------------------------------------------

    def offer_unsaved_work(self) -> None:
        """After a crash: say in a banner that the open attempts are safe, and offer them back.

        A banner, not a dialog: the student can read the library first, and several attempts are
        offered one after another without a stack of modal boxes.
        """
        self._unsaved = self.store.unsaved_work()
        self._offer_next_unsaved()

    def _offer_next_unsaved(self) -> None:
        if not self._unsaved:
            self.banner.hide()
            return
        attempt = self._unsaved[0]
        question = self.library.prompt(attempt.bank_id, attempt.question_key)
        try:
            language = self.library.bank(attempt.bank_id).manifest.language
        except KeyError:  # a bank no longer in the library: its prompt's own direction decides
            language = "fa" if direction(question) == "rtl" else "en"
        # The prompt quoted as its own language quotes, in an isolate (`desktop.ui.bidi`).
        text = self.tr(
            "Casewise did not close properly last time. Your answer to %1 (%n word(s)) is safe.",
            "",
            attempt.words,
        ).replace("%1", quote(shorten(plain(question), 80), language))
        if len(self._unsaved) > 1:
            text += " " + self.tr("%n more unsaved answer(s) follow.", "", len(self._unsaved) - 1)
        self.banner.show_message(text, self.tr("&Reopen it"), self.tr("&Not now"))

    def _reopen_unsaved(self) -> None:
        """Reopen the answer offered; the next one, if any, is offered in its place.

        When its question cannot be shown (an update removed it, or the bank cannot be read),
        the answer opens as plain text with the reason, and stays in its question's history.
        """
        attempt = self._unsaved[0]
        if self.library.unavailable(attempt.bank_id, attempt.question_key) is not None:
            self._unsaved.pop(0)
            self.store.dismiss(attempt.id)
            self.show_plain(attempt)
        elif self.leave_attempt():
            self._unsaved.pop(0)
            self.open_attempt(self.store.recover(attempt.id))
        else:
            return  # the student stays with the answer open now; this one is still offered
        self._offer_next_unsaved()

    def show_plain(self, attempt: Attempt) -> PlainAnswerDialog:
        """Show an answer whose question cannot be shown as plain text, saying why."""
        why = self.library.unavailable(attempt.bank_id, attempt.question_key)
        prompt = " ".join(self.library.prompt(attempt.bank_id, attempt.question_key).split())
        record = next((b for b in self.store.banks() if b.id == attempt.bank_id), None)
        title = record.title if record else attempt.bank_id
        if why is Unavailable.QUESTION and record is not None:
            reason = (
                self.tr(
                    "%1 (version %2) no longer has this question: an update of the bank removed "
                    "it. Your answer is kept, from an earlier version of the bank."
                )
                .replace("%1", title)
                .replace("%2", record.version)
            )
        elif why is Unavailable.UNREADABLE:
            problem = self.library.unreadable[attempt.bank_id][1]
            reason = (
                self.tr(
                    "Casewise cannot read its copy of %1, so the question cannot be shown: %2 "
                    "Import the bank again to go on with this answer. It is safe meanwhile."
                )
                .replace("%1", title)
                .replace("%2", problem)
            )
        else:
            reason = self.tr(
                "The bank of this answer is no longer in your library. Your answer is kept."
            )
        dialog = PlainAnswerDialog(prompt, reason, attempt.text, self)
        self.plain_dialog = dialog
        dialog.open()
        return dialog

    def _dismiss_unsaved(self) -> None:
        """Not now: the attempt stays in its question's history, closed."""
        self.store.dismiss(self._unsaved.pop(0).id)
        self._offer_next_unsaved()

    def changeEvent(self, event: object) -> None:  # noqa: N802 (Qt's name)
        """Save when the window loses focus."""
        super().changeEvent(event)  # type: ignore[arg-type]
        if hasattr(self, "drill") and not self.isActiveWindow():
            self.study.focus_changed()
            self.drill.focus_changed()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        """Save everything, remember the layout, close the store cleanly.

        While the last save failed, the window stays open unless the student chooses otherwise.
        """
        if self.pages.currentWidget() is self.study:
            self.study.save_layout()
        if not self.leave_attempt(quitting=True):
            event.ignore()
            return
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("library/split", self.library_view.split.saveState())
        self.settings.sync()
        if self.library_view.index is not None:
            self.library_view.index.close()
            self.library_view.index = None
        event.accept()


def describe_import(bank: Bank, result: BankImport, change: Change = Change.UPDATE) -> str:
    """What an import did, in a sentence or three."""
    return ImportReport().describe(bank, result, change)


class ImportReport(QObject):
    """The sentences of `describe_import` (a QObject: lupdate finds plurals in `self.tr` only)."""

    # A bank's title and prompts are set in isolates among the interface's words, and prompts
    # quoted as the bank's language quotes (`desktop.ui.bidi`).

    def already(self, bank: Bank) -> str:
        """The bank, this very version, is in the library already."""
        return (
            self.tr("%1 (%2) is already in your library. Nothing was changed.")
            .replace("%1", isolate(bank.title))
            .replace("%2", bank.manifest.version)
        )

    def kept(self, bank: Bank) -> str:
        """The student chose to keep the library's copy of a bank."""
        return self.tr("Your library keeps its own copy of %1.").replace("%1", isolate(bank.title))

    def replacement(self, plan: Installation) -> str:
        """What replacing a bank by other files of the same version would do to the attempts."""
        bank = plan.read.bank
        sentences = [
            self.tr(
                "Your library already has %1, version %2, and “%3” holds other files under the "
                "same name and version: it may be another bank, or one its author changed "
                "without raising the version."
            )
            .replace("%1", isolate(bank.title))
            .replace("%2", bank.manifest.version)
            .replace("%3", isolate(plan.read.source.name))
        ]
        language = bank.manifest.language
        for question in plan.removed:
            sentences.append(
                self.tr(
                    "Your %n attempt(s) at %1 stay in its history, from an earlier version: "
                    "the new copy does not have the question.",
                    "",
                    question.attempts,
                ).replace(
                    "%1", quote(shorten(plain(question.prompt) or question.key, 60), language)
                )
            )
        for question in plan.changed:
            sentences.append(
                self.tr(
                    "Your %n attempt(s) at %1 stay, marked as checked against an older rubric.",
                    "",
                    question.attempts,
                ).replace(
                    "%1", quote(shorten(plain(question.prompt) or question.key, 60), language)
                )
            )
        if not (plan.removed or plan.changed):
            sentences.append(
                self.tr("No attempt of yours changes: the questions you answered stay as they are.")
            )
        sentences.append(self.tr("Replace the library's copy with this one?"))
        return "\n\n".join(sentences)

    def describe(self, bank: Bank, result: BankImport, change: Change = Change.UPDATE) -> str:
        """What an import did, in a sentence or three."""
        if change in {Change.REPLACE, Change.REPAIR}:
            sentences = [
                (
                    self.tr("Replaced %1 (%2) with the new copy.")
                    if change is Change.REPLACE
                    else self.tr("Restored %1 (%2): the library's copy could not be read.")
                )
                .replace("%1", isolate(bank.title))
                .replace("%2", result.version)
            ]
            sentences += self._changes(result)
            return " ".join(sentences)
        if result.previous_version is None:
            return (
                self.tr("Added %1 (%2): %n questions.", "", len(bank.questions()))
                .replace("%1", isolate(bank.title))
                .replace("%2", result.version)
            )
        sentences = [
            self.tr("Updated %1 from %2 to %3.")
            .replace("%1", isolate(bank.title))
            .replace("%2", result.previous_version)
            .replace("%3", result.version)
        ]
        return " ".join(sentences + self._changes(result))

    def _changes(self, result: BankImport) -> list[str]:
        sentences = []
        if result.added:
            sentences.append(self.tr("%n new questions.", "", len(result.added)))
        if result.changed_rubrics:
            sentences.append(
                self.tr(
                    "The rubric of %n questions changed; their earlier attempts say so.",
                    "",
                    len(result.changed_rubrics),
                )
            )
        if result.removed:
            sentences.append(
                self.tr(
                    "%n questions were removed; their attempts stay, from an earlier version.",
                    "",
                    len(result.removed),
                )
            )
        sentences.append(self.tr("Every attempt was kept."))
        return sentences


def _droppable(name: str) -> bool:
    path = Path(name)
    return bool(name) and (
        path.suffix.lower() in {BANK_SUFFIX, *IMPORTABLE_SUFFIXES} or (path / "bank.toml").is_file()
    )
