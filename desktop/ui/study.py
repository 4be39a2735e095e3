"""The study view: the case, the writing pane and the checklist side by side.

The view only shows what its `StudySession` says and forwards what the student does; the session
decides what the checklist may show, when to save and when an exam ends.
"""

from __future__ import annotations

import html
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from casebank.coverage import ArgumentCoverage, Basis
from casebank.errors import UserError
from casebank.model import Bank, Case, Question
from casebank.vocabulary import Mode, SelfAssessment, Status
from desktop.calibration import Calibration, Direction
from desktop.casetext import IMAGE_SCHEME, fragment, render
from desktop.display import from_utf16, isolate, quote, to_utf16
from desktop.session import BeforeSubmit, Phase, StudySession, Unsaved, WordLimit
from desktop.spelling import accepted_words
from desktop.ui import bidi, i18n, theme
from desktop.ui.accessibility import Announcer
from desktop.ui.i18n import translate
from desktop.ui.qt import (
    QAction,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QImage,
    QKeySequence,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QMouseEvent,
    QPushButton,
    QScrollArea,
    QSettings,
    QSize,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    Qt,
    QTextBrowser,
    QTextCursor,
    QTextDocument,
    QTextEdit,
    QTextOption,
    QTimer,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QUrl,
    QVBoxLayout,
    QWidget,
    Signal,
)
from desktop.ui.richlist import RichTextDelegate
from desktop.ui.spelling import SpellCheck
from desktop.ui.theme import STATUS_MARK
from desktop.ui.unsaved import save_problem

CHECK_DELAY_MS = 300  # re-check this long after the last keystroke
TICK_MS = 1000


def status_text(status: Status) -> str:
    """A detected status as the checklist names it, in the interface's language."""
    return {
        Status.COVERED: translate("Status", "covered"),
        Status.PARTLY: translate("Status", "partly"),
        Status.MISSING: translate("Status", "missing"),
        Status.SELF_ASSESSED: translate("Status", "you judge"),
    }[status]


def level_text(level: SelfAssessment) -> str:
    """A self-assessment level as the student chooses it."""
    return {
        SelfAssessment.NONE: translate("Status", "Not covered"),
        SelfAssessment.PARTLY: translate("Status", "Partly"),
        SelfAssessment.FULLY: translate("Status", "Fully"),
    }[level]


SPELLING_SETTING = "spelling/enabled"

# Qt's rich text sets a top heading in xx-large, wider than a narrow pane for one long word
# ("Glaubwürdigkeitsproblem"); a case's headings are signposts, not posters.
CASE_STYLE = "h1 { font-size: large; } h2 { font-size: medium; } h3 { font-size: medium; }"
PROMPT_MAX_LINES = 8

# The panes' least sizes, in average characters and lines of the interface's font: the window
# cannot be made smaller than they add up to, so its layout holds at its minimum size.
CASE_MIN_CHARS, ANSWER_MIN_CHARS, CHECKLIST_MIN_CHARS = 34, 56, 40
MIN_LINES = 6


class CaseBrowser(QTextBrowser):
    """A text browser that shows a bank's images from memory and never opens other links."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bank: Bank | None = None
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._anchor)

    def _anchor(self, url: QUrl) -> None:
        if url.hasFragment() and not url.path():
            self.scrollToAnchor(url.fragment())

    def loadResource(self, kind: int, name: QUrl | str) -> object:  # noqa: N802 (Qt's name)
        """Images come from the bank's files; nothing else is loaded."""
        url = QUrl(name)
        if url.scheme() == IMAGE_SCHEME and self.bank is not None:
            data = self.bank.files.get(url.path())
            if data is not None:
                return QImage.fromData(data)
        return None


class CasePane(QWidget):
    """The case text with its outline and a find bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outline = QTreeWidget()
        self.outline.setHeaderHidden(True)
        self.outline.setAccessibleName(self.tr("Case outline"))
        self.outline.setAccessibleDescription(
            self.tr("The case's headings; press Enter on one to go to it in the case text")
        )
        self.outline.itemActivated.connect(self._go)
        self.outline.itemClicked.connect(self._go)
        self.browser = CaseBrowser()
        # Lines break between words only: a narrow pane must not cut a heading mid-word.
        self.browser.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        self.browser.document().setDefaultStyleSheet(CASE_STYLE)
        self.browser.setAccessibleName(self.tr("Case text"))
        self.browser.setAccessibleDescription(
            self.tr("The case study to read; Alt+1 comes back here")
        )
        self.find_field = QLineEdit()
        self.find_field.setPlaceholderText(self.tr("Find in case"))
        self.find_field.setAccessibleName(self.tr("Find in case"))
        self.find_field.setAccessibleDescription(
            self.tr("Type a word and press Enter to find it in the case text")
        )
        self.find_field.setClearButtonEnabled(True)
        self.find_field.returnPressed.connect(lambda: self.find_text(forward=True))
        self.find_status = QLabel()
        find_row = QHBoxLayout()
        find_row.addWidget(self.find_field, 1)
        find_row.addWidget(self.find_status)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("caseSplit")
        split.addWidget(self.outline)
        split.addWidget(self.browser)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 4)
        self.split = split
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(find_row)
        layout.addWidget(split, 1)

    def show_case(self, bank: Bank, case: Case) -> None:
        """Show a case of a bank."""
        rendered = render(case.text, f"cases/{case.id}")
        self.browser.bank = bank
        direction = bidi.of_language(case.language)
        bidi.show_html(self.browser, rendered.html, direction)
        # The outline and the find field hold only the case's words: they run its way.
        self.outline.setLayoutDirection(direction)
        self.find_field.setLayoutDirection(direction)
        theme.text_font(self.browser, case.language)
        self.outline.clear()
        parents: list[tuple[int, QTreeWidgetItem]] = []
        for heading in rendered.outline:
            while parents and parents[-1][0] >= heading.level:
                parents.pop()
            item = QTreeWidgetItem([heading.title])
            item.setData(0, Qt.ItemDataRole.UserRole, heading.anchor)
            if parents:
                parents[-1][1].addChild(item)
            else:
                self.outline.addTopLevelItem(item)
            parents.append((heading.level, item))
        self.outline.expandAll()

    def _go(self, item: QTreeWidgetItem) -> None:
        self.browser.scrollToAnchor(str(item.data(0, Qt.ItemDataRole.UserRole)))

    def find_text(self, *, forward: bool = True) -> bool:
        """Find the find field's text in the case, wrapping around."""
        text = self.find_field.text()
        if not text:
            self.find_status.clear()
            return False
        flags = QTextDocument.FindFlag(0) if forward else QTextDocument.FindFlag.FindBackward
        found = self.browser.find(text, flags)
        if not found:
            cursor = self.browser.textCursor()
            cursor.movePosition(
                QTextCursor.MoveOperation.Start if forward else QTextCursor.MoveOperation.End
            )
            self.browser.setTextCursor(cursor)
            found = self.browser.find(text, flags)
        self.find_status.setText("" if found else self.tr("Not found"))
        return found


class PromptView(QTextBrowser):
    """The question's prompt: as tall as its text up to `PROMPT_MAX_LINES`, then it scrolls, so
    that a long prompt never squeezes the answer or is cut off in a small window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.viewport().setAutoFillBackground(False)  # it reads as part of the pane
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.document().documentLayout().documentSizeChanged.connect(
            lambda _: self.updateGeometry()
        )

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """The whole prompt, up to `PROMPT_MAX_LINES` lines."""
        most = PROMPT_MAX_LINES * self.fontMetrics().lineSpacing()
        height = min(int(self.document().size().height()) + 2 * self.frameWidth(), most)
        return QSize(super().sizeHint().width(), max(height, self.minimumSizeHint().height()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """Two lines: less, and the prompt scrolls."""
        lines = 2 * self.fontMetrics().lineSpacing() + 2 * int(self.document().documentMargin())
        return QSize(super().minimumSizeHint().width(), lines)


class AnswerEditor(QTextEdit):
    """The writing pane's editor, for plain text; says when it loses focus (autosave).

    A QTextEdit rather than a QPlainTextEdit: it scrolls by pixels, so the view can go to a
    piece of evidence without moving the student's caret, and it aligns each paragraph by its
    own direction (`desktop.ui.bidi`).
    """

    focus_moved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)  # pasted or dropped text arrives as plain text

    def show_span(self, start: int, end: int) -> None:
        """Scroll so that the text from `start` to `end` (Qt positions) is in view, about a
        third of the way down, without moving the caret."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        top = self.cursorRect(cursor)
        cursor.setPosition(end)
        bottom = self.cursorRect(cursor)
        view = self.viewport().rect()
        if view.contains(top) and view.contains(bottom):
            return
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + top.top() - view.height() // 3)

    def focusOutEvent(self, event: object) -> None:  # noqa: N802 (Qt's name)
        """Save when the student leaves the editor."""
        super().focusOutEvent(event)  # type: ignore[arg-type]
        self.focus_moved.emit()


class AssessmentForm(QWidget):
    """The student marks each argument themself before the detection is revealed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel(
            self.tr(
                "Before Casewise shows what it detected, mark how far your answer covers each "
                "argument."
            )
        )
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        inner = QWidget()
        inner.setLayout(self.form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.reveal_button = QPushButton(self.tr("&Reveal detection"))
        self.reveal_button.setAccessibleName(self.tr("Reveal detection"))
        self.reveal_button.setAccessibleDescription(
            self.tr("Save your marks and show what Casewise detected in your answer")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.reveal_button)

    def set_arguments(self, session: StudySession) -> None:
        """One row per argument, with the student's level so far."""
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos = {}
        argument_language = session.question.language
        for n, argument in enumerate(session.question.arguments, 1):
            combo = QComboBox()
            combo.addItem(self.tr("Choose…"), None)
            for level in SelfAssessment:
                combo.addItem(level_text(level), level.value)
            own = session.assessment.get(argument.id)
            if own is not None:
                combo.setCurrentIndex(combo.findData(own.value))
            combo.setAccessibleName(self.tr("Your mark for %1").replace("%1", argument.title))
            combo.setAccessibleDescription(
                self.tr("How far your answer covers this argument, as you judge it")
            )
            label = QLabel(f"{i18n.number(n)}. {html.escape(argument.title)}")
            label.setWordWrap(True)
            # The form speaks the interface's language; each title runs its own way.
            bidi.follow_text(label, argument.title, bidi.of_language(argument_language))
            label.setBuddy(combo)
            # The title on a row of its own, above its choice: in a label column beside it a
            # long title (German, Persian) wrapped too narrow and was cut off.
            self.form.addRow(label)
            self.form.addRow(combo)
            self.combos[argument.id] = combo
        # Rows made after the button would come after it in the tab order: Tab goes through the
        # marks in order, then to the button.
        chain = [*self.combos.values(), self.reveal_button]
        for index in range(len(chain) - 1):
            QWidget.setTabOrder(chain[index], chain[index + 1])

    def levels(self) -> dict[str, SelfAssessment | None]:
        """Argument id -> the chosen level (None when not chosen)."""
        # Qt hands an item's data back as a plain string: its value, which names the level.
        chosen = {key: combo.currentData() for key, combo in self.combos.items()}
        return {key: SelfAssessment(data) if data else None for key, data in chosen.items()}


class ChecklistList(QListWidget):
    """The checklist's list: a click on empty space (below the arguments) selects none."""

    cleared = Signal()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        """Let go of the selected argument when the click hits no argument."""
        if self.itemAt(event.position().toPoint()) is None:
            self.cleared.emit()
            event.accept()
            return
        super().mousePressEvent(event)


class ChecklistPane(QWidget):
    """The checklist of arguments, details of the selected one, and the self-assessment."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setObjectName("checklistHeading")
        self.list = ChecklistList()
        self.delegate = RichTextDelegate(self.list)  # each row runs as its title does
        self.list.setItemDelegate(self.delegate)
        self.list.setAccessibleName(self.tr("Checklist of arguments"))
        self.list.setAccessibleDescription(
            self.tr(
                "The rubric's key arguments and whether your answer covers them; Alt+3 comes back "
                "here"
            )
        )
        self.list.setWordWrap(True)
        # Long titles wrap in the pane's width instead of running off under a scroll bar.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setHorizontalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Argument details"))
        self.details.setAccessibleDescription(
            self.tr("Guidance and evidence for the selected argument")
        )
        self.details.setOpenLinks(False)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Calibration summary"))
        self.model_button = QPushButton(self.tr("Show &model answer"))
        self.model_button.setAccessibleName(self.tr("Show model answer"))
        self.model_button.setAccessibleDescription(
            self.tr("Show the tutor's model answer in the details pane")
        )
        checklist = QWidget()
        inner = QVBoxLayout(checklist)
        inner.setContentsMargins(0, 0, 0, 0)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("checklistSplit")
        split.addWidget(self.list)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.split = split
        inner.addWidget(self.summary)
        inner.addWidget(split, 1)
        inner.addWidget(self.model_button)
        self.assessment = AssessmentForm()
        self.stack = QStackedWidget()
        self.stack.addWidget(checklist)
        self.stack.addWidget(self.assessment)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.stack, 1)


@dataclass(frozen=True, slots=True)
class HandOver:
    """An open session on its way from one study view to the next (`StudyView.hand_over`)."""

    bank: Bank
    session: StudySession
    caret: int  # the editor's text cursor
    scrolled: int  # the editor's vertical scroll position
    argument: str | None  # the selected argument


class StudyView(QWidget):
    """Three resizable panes: case, writing, checklist."""

    closed = Signal()
    saved = Signal()
    not_saved = Signal(str)  # a save the student asked for (revealing) failed: why
    attempt_replaced = Signal()  # the attempt was gone; its text is kept in a new attempt
    export_requested = Signal()
    new_attempt = Signal()  # keep this attempt in the history and start afresh at its question
    time_up = Signal()  # an exam's time ran out: the answer was handed in

    def __init__(
        self,
        settings: QSettings,
        *,
        clock: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.clock = clock
        self.session: StudySession | None = None
        self.bank: Bank | None = None
        self.submit_box: QMessageBox | None = None  # the question before handing in, if asked
        self._updating = False
        self._selected_argument: str | None = None
        # The selected argument's evidence in the answer (Qt positions), and the one F3 is at.
        self._evidence: list[tuple[int, int]] = []
        self._current_evidence = 0

        self.case_pane = CasePane()
        self.question = PromptView()
        self.question.setObjectName("questionPrompt")
        self.question.setAccessibleName(self.tr("Question"))
        self.editor = AnswerEditor()
        self.editor.setAccessibleName(self.tr("Your answer"))
        self.editor.setAccessibleDescription(
            self.tr(
                "Write your answer; misspelt words are underlined, and the Menu key offers "
                "corrections. Alt+2 comes back here"
            )
        )
        self.editor.setPlaceholderText(self.tr("Write your answer here."))
        self.editor.setTabChangesFocus(True)
        self.spelling = SpellCheck(self.editor)
        self.direction = bidi.interface()  # the question's language's, once one is open
        self.directions = bidi.FollowDirections(self.editor, self.direction)
        self.words = QLabel()
        self.words.setAccessibleName(self.tr("Word count"))
        self.timer_label = QLabel()
        self.timer_label.setAccessibleName(self.tr("Time"))
        self.minutes = QDoubleSpinBox()
        self.minutes.setDecimals(0)
        self.minutes.setRange(1, 600)
        self.minutes.setSuffix(self.tr(" min", "after the exam's minutes"))
        self.minutes.setAccessibleName(self.tr("Exam time in minutes"))
        self.minutes.setAccessibleDescription(
            self.tr("How long the exam lasts; change it if your exam gives you more or less time")
        )
        self.minutes.setToolTip(self.tr("Exam time: adjust it if your exam gives you more or less"))
        self.minutes.valueChanged.connect(self._minutes_changed)
        self.save_state = QLabel()
        self.save_state.setAccessibleName(self.tr("Save state"))
        # Why a save failed can be long (a full disk names the folder): on a line of its own,
        # it wraps in the pane's width instead of widening the window past the screen.
        self.save_state.setWordWrap(True)
        self.save_state.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.save_state.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.submit_button = QPushButton(self.tr("&Submit"))
        self.submit_button.setAccessibleName(self.tr("Submit answer"))
        self.submit_button.setAccessibleDescription(
            self.tr("Hand the answer in and assess it yourself (Ctrl+Return)")
        )
        self.submit_button.setToolTip(self.tr("Hand the answer in (Ctrl+Return)"))
        self.submit_button.clicked.connect(self.submit)
        back = QToolButton()
        back.setText(self.tr("← Library", "back arrow: points right in a right-to-left language"))
        back.setAccessibleName(self.tr("Back to the library"))
        back.setAccessibleDescription(self.tr("Save the answer and return to the library (Ctrl+L)"))
        back.clicked.connect(self.closed.emit)
        self.back_button = back
        self.mode_label = QLabel()
        self.mode_label.setObjectName("modeLabel")
        # Practice continues the question's draft; this is the way to a blank page beside it.
        self.new_attempt_button = QToolButton()
        self.new_attempt_button.setText(self.tr("Start a new attempt"))
        self.new_attempt_button.setAccessibleName(self.tr("Start a new attempt"))
        self.new_attempt_button.setAccessibleDescription(
            self.tr("Keep this answer in the question's history and start a new one")
        )
        self.new_attempt_button.setToolTip(
            self.tr("Keep this answer in the question's history and start a new one")
        )
        self.new_attempt_button.clicked.connect(self.new_attempt.emit)
        # Never squeezed into "Neuen V…eginnen": the pane's least width makes room for it.
        self.new_attempt_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

        top = QHBoxLayout()
        top.addWidget(back)
        top.addWidget(self.mode_label, 1)
        top.addWidget(self.new_attempt_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.words)
        bottom.addStretch(1)
        bottom.addWidget(self.timer_label)
        bottom.addWidget(self.minutes)
        bottom.addWidget(self.submit_button)
        writing = QWidget()
        writing_layout = QVBoxLayout(writing)
        writing_layout.setContentsMargins(0, 0, 0, 0)
        writing_layout.addLayout(top)
        writing_layout.addWidget(self.question)
        writing_layout.addWidget(self.editor, 1)
        writing_layout.addWidget(self.save_state)
        writing_layout.addLayout(bottom)
        self.writing = writing

        self.checklist = ChecklistPane()
        self.announcer = Announcer(self.checklist.list)
        self.checklist.list.currentItemChanged.connect(self._argument_selected)
        self.checklist.list.itemSelectionChanged.connect(self._selection_changed)
        self.checklist.list.cleared.connect(self.clear_argument)
        # Escape anywhere in the study view (the answer, the checklist) lets go of the argument.
        self.clear_action = QAction(self)
        self.clear_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.clear_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.clear_action.triggered.connect(self.clear_argument)
        self.addAction(self.clear_action)
        self.checklist.assessment.reveal_button.clicked.connect(self.reveal)
        self.checklist.model_button.clicked.connect(self.show_model_answer)

        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.setObjectName("studySplit")
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(self.case_pane)
        self.split.addWidget(writing)
        self.split.addWidget(self.checklist)
        self.split.setStretchFactor(0, 4)
        self.split.setStretchFactor(1, 4)
        self.split.setStretchFactor(2, 3)
        metrics = self.fontMetrics()
        char, line = metrics.averageCharWidth(), metrics.lineSpacing()
        # On the text widgets, not the panes: a pane's least width is then also what its other
        # rows need (the writing pane's buttons), as its layout works it out.
        self.case_pane.browser.setMinimumWidth(CASE_MIN_CHARS * char)
        self.editor.setMinimumWidth(ANSWER_MIN_CHARS * char)
        self.checklist.list.setMinimumWidth(CHECKLIST_MIN_CHARS * char)
        for pane in (
            self.case_pane.browser,
            self.editor,
            self.checklist.list,
            self.checklist.details,
        ):
            pane.setMinimumHeight(MIN_LINES * line)
        layout = QVBoxLayout(self)
        layout.addWidget(self.split)
        self.setTabOrder(self.case_pane.find_field, self.case_pane.outline)
        self.setTabOrder(self.case_pane.outline, self.case_pane.browser)
        self.setTabOrder(self.case_pane.browser, self.editor)
        self.setTabOrder(self.editor, self.submit_button)
        self.setTabOrder(self.submit_button, self.checklist.list)

        self.check_timer = QTimer(self)
        self.check_timer.setSingleShot(True)
        self.check_timer.setInterval(CHECK_DELAY_MS)
        self.check_timer.timeout.connect(self.refresh_checklist)
        self.tick_timer = QTimer(self)
        self.tick_timer.setInterval(TICK_MS)
        self.tick_timer.timeout.connect(self.tick)
        self.editor.textChanged.connect(self._text_changed)
        self.editor.cursorPositionChanged.connect(self._cursor_moved)
        self.editor.focus_moved.connect(self.focus_changed)
        self.restore_layout()

    # -- layout ----------------------------------------------------------------------------

    def restore_layout(self) -> None:
        """Pane sizes from the last session."""
        for split in (self.split, self.case_pane.split, self.checklist.split):
            state = self.settings.value(f"study/{split.objectName()}")
            if state is not None:
                split.restoreState(state)

    def save_layout(self) -> None:
        """Remember pane sizes for the next session."""
        for split in (self.split, self.case_pane.split, self.checklist.split):
            self.settings.setValue(f"study/{split.objectName()}", split.saveState())

    # -- opening and closing ---------------------------------------------------------------

    # -- spelling --------------------------------------------------------------------------

    def spelling_enabled(self) -> bool:
        """Whether misspellings are underlined (View > Check spelling; on unless turned off).

        Some students practise for handwritten exams and want no help with spelling.
        """
        return bool(self.settings.value(SPELLING_SETTING, True, type=bool))

    def set_spelling(self, enabled: bool) -> None:
        """Turn spell-checking on or off, for this answer and the next ones."""
        self.settings.setValue(SPELLING_SETTING, enabled)
        if not enabled:
            self.spelling.stop()
        elif self.session is not None:
            self._start_spelling()

    def _start_spelling(self) -> None:
        session, bank = self.session, self.bank
        assert session is not None and bank is not None
        question = session.question
        self.spelling.start(
            question.language,
            accepted_words(bank.case(question.case_id), question),
            session.store.data_dir,
        )

    def open(self, bank: Bank, question: Question, session: StudySession) -> None:
        """Show a session. The one shown before must have been left (`leave`)."""
        if self.session is not None:
            raise RuntimeError("leave the open attempt before opening another")
        self.bank = bank
        self.session = session
        case = bank.case(question.case_id)
        self.case_pane.show_case(bank, case)
        # The panes stay in the interface's direction (their scroll bars, the placeholder);
        # their texts run by their own words, and the question's language when they have none.
        self.direction = bidi.of_language(question.language)
        self.checklist.delegate.fallback = self.direction
        panes = (self.question, self.editor, self.checklist.details, self.checklist.list)
        for widget in panes:
            theme.text_font(widget, question.language)
        bidi.show_html(self.question, fragment(question.prompt), self.direction)
        self._updating = True
        self.editor.setPlainText(session.text)
        self.directions.reset(self.direction)
        self._updating = False
        if self.spelling_enabled():
            self._start_spelling()
        self.editor.moveCursor(QTextCursor.MoveOperation.End)
        exam = session.mode == Mode.EXAM
        self.minutes.setVisible(exam)
        if exam and session.stopwatch.limit is not None:
            self.minutes.blockSignals(True)
            self.minutes.setValue(session.stopwatch.limit / 60)
            self.minutes.blockSignals(False)
        self._selected_argument = None
        self.announcer.reset()
        self.show_phase()
        self.tick_timer.start()
        self.editor.setFocus()

    def hand_over(self) -> HandOver | None:
        """Let go of the open session for another study view to `take_over` (the window speaks
        a new language): nothing is saved or closed, and the marks chosen so far go with it."""
        session, bank = self.session, self.bank
        if session is None or bank is None:
            return None
        if session.phase is Phase.ASSESSING:
            for key, level in self.checklist.assessment.levels().items():
                session.assess(key, level)
        moved = HandOver(
            bank,
            session,
            self.editor.textCursor().position(),
            self.editor.verticalScrollBar().value(),
            self._selected_argument,
        )
        self.check_timer.stop()
        self.tick_timer.stop()
        self.spelling.stop()
        self.session = None
        return moved

    def take_over(self, moved: HandOver) -> None:
        """Show a session another study view handed over, as it was there."""
        self.open(moved.bank, moved.session.question, moved.session)
        pane = self.checklist.list
        for row in range(pane.count()):
            if moved.argument and pane.item(row).data(Qt.ItemDataRole.UserRole) == moved.argument:
                pane.setCurrentRow(row)
        cursor = self.editor.textCursor()
        cursor.setPosition(min(moved.caret, len(self.editor.toPlainText())))
        self.editor.setTextCursor(cursor)
        self.editor.verticalScrollBar().setValue(moved.scrolled)

    def leave(
        self, ask: Callable[[StudySession], Unsaved], save_as_text: Callable[[str], bool]
    ) -> bool:
        """Leave the open session, if any (`StudySession.leave`: saved, or the student chose).

        Returns:
            False when the student stays: the session, its timers and autosave go on.
        """
        session = self.session
        if session is None:
            return True
        left = session.leave(ask, save_as_text)
        if not left:
            self._show_save_state(saved_now=False)
            return False
        self.check_timer.stop()
        self.tick_timer.stop()
        self.session = None
        if not session.discarded:
            self.saved.emit()
        return True

    # -- what the student does -------------------------------------------------------------

    def _text_changed(self) -> None:
        if self._updating or self.session is None:
            return
        text = self.editor.toPlainText()
        if text == self.session.text:
            return  # only a paragraph's direction changed (`bidi.FollowDirections`)
        self.session.edit(text)
        self.update_words()
        self.save_state.setText(self.tr("Edited"))
        self.check_timer.start()  # restarts: the check waits for a pause

    def _cursor_moved(self) -> None:
        session = self.session
        if session is None or not session.details_visible or self._updating:
            return
        if self.check_timer.isActive():
            return  # the text is being typed; the sentence's arguments show after the pause
        if self._selected_argument is None:
            self._show_sentence()

    def _show_sentence(self) -> None:
        """The details pane without a selected argument: what the sentence at the cursor
        serves, or how to use the pane."""
        session = self.session
        if session is None:
            return
        serving: list[ArgumentCoverage] = []
        if session.details_visible and not self.check_timer.isActive():
            position = self.editor.textCursor().position()
            serving = session.arguments_at(from_utf16(session.text, position))
        if serving:
            names = "".join(f"<li>{html.escape(a.argument.title)}</li>" for a in serving)
            heading = self.tr("This sentence serves")
            self._show_details(f"<p><b>{heading}</b></p><ul>{names}</ul>")
            return
        hint = self.tr(
            "Select an argument to see its guidance and where your answer covers it; "
            "put the cursor in a sentence to see which arguments it serves."
        )
        self._show_details(f"<p>{hint}</p>")

    def clear_argument(self) -> None:
        """Select no argument (Escape, or a click on empty checklist space): the details pane
        goes back to the sentence at the cursor."""
        pane = self.checklist.list
        pane.blockSignals(True)
        pane.clearSelection()
        pane.setCurrentRow(-1)
        pane.blockSignals(False)
        self._selected_argument = None
        self._show_argument(None)

    def focus_changed(self) -> None:
        """The editor lost focus or the window did: save now."""
        session = self.session
        if session is None:
            return
        was_dirty = not session.saved
        try:
            session.focus_changed()
        finally:
            self._show_save_state(saved_now=was_dirty and session.saved)

    def tick(self) -> None:
        """Every second: the clock, autosave, and the end of an exam."""
        session = self.session
        if session is None:
            return
        was_dirty = not session.saved
        ended = False
        try:
            ended = session.tick()
        finally:  # a bug while saving is reported; the label says so, and autosave goes on
            self._show_save_state(saved_now=was_dirty and session.saved)
            self.update_clock()
            if ended:
                self.show_phase()
                self.time_up.emit()

    def _show_save_state(self, *, saved_now: bool) -> None:
        """Say "Saved" only after a save that succeeded, "Not saved" and why while saves fail."""
        session = self.session
        if session is None:
            return
        if session.replaced:
            session.replaced.clear()
            self.attempt_replaced.emit()
        if session.autosaver.error is not None:
            self.save_state.setText(
                self.tr("Not saved: %1").replace("%1", save_problem(session.autosaver.error))
            )
        elif saved_now:
            self.save_state.setText(self.tr("Saved"))
            self.saved.emit()

    def _minutes_changed(self, value: float) -> None:
        if self.session is not None and self.session.mode == Mode.EXAM:
            self.session.set_exam_minutes(value)
            self.update_clock()

    def submit(self) -> None:
        """Hand the answer in and ask for the self-assessment.

        Asks first when the answer is outside its word limits or an exam has time left.
        """
        if self.session is None or not self.session.editable:
            return
        self.session.edit(self.editor.toPlainText())
        before = self.session.before_submit()
        if before.worth_asking:
            self.confirm_submit(self.submit_question(before), self._hand_in)
        else:
            self._hand_in()

    def _hand_in(self) -> None:
        session = self.session
        if session is None or not session.editable:  # the exam's time ran out meanwhile
            return
        self.check_timer.stop()
        saved = session.submit()
        self._show_save_state(saved_now=saved)
        self.show_phase()

    def submit_question(self, before: BeforeSubmit) -> str:
        """Why to think twice before handing in, and the question."""
        session = self.session
        assert session is not None
        question = session.question
        sentences = []
        if before.limit is WordLimit.UNDER and question.min_words is not None:
            sentences.append(
                self.tr(
                    "Your answer has %n words, fewer than the %1 the question asks for.",
                    "",
                    before.words,
                ).replace("%1", i18n.number(question.min_words))
            )
        elif before.limit is WordLimit.OVER and question.max_words is not None:
            sentences.append(
                self.tr(
                    "Your answer has %n words, more than the %1 the question allows.",
                    "",
                    before.words,
                ).replace("%1", i18n.number(question.max_words))
            )
        if before.time_left is not None and before.time_left >= 1:
            sentences.append(
                self.tr("You have %1 left.").replace("%1", i18n.clock(before.time_left))
            )
        sentences.append(self.tr("Hand it in now? You cannot change it afterwards."))
        return " ".join(sentences)

    def confirm_submit(self, text: str, hand_in: Callable[[], None]) -> None:
        """Ask before handing in, without blocking (the exam's clock goes on): `hand_in` runs
        when the student says so. Enter hands in, Escape goes back to writing."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Submit answer"),
            text,
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("submit-question")
        hand = box.addButton(self.tr("Hand it in"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Keep writing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(hand)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda clicked: hand_in() if clicked is hand else None)
        self.submit_box = box
        box.open()

    def set_assessment(self, levels: Mapping[str, SelfAssessment | None]) -> None:
        """Set the self-assessment form (for the keyboard and for tests)."""
        for key, level in levels.items():
            combo = self.checklist.assessment.combos[key]
            combo.setCurrentIndex(combo.findData(level))

    def reveal(self) -> None:
        """Record the self-assessment and show the detection."""
        session = self.session
        if session is None or session.phase is not Phase.ASSESSING:
            return
        for key, level in self.checklist.assessment.levels().items():
            session.assess(key, level)
        try:
            session.reveal()
        except UserError as exc:  # a full disk: nothing was recorded; revealing again retries
            problem = save_problem(exc)
            self.save_state.setText(self.tr("Not saved: %1").replace("%1", problem))
            self.not_saved.emit(problem)
            return
        self._show_save_state(saved_now=True)
        self.show_phase()

    def show_model_answer(self) -> None:
        """Show the model answer in the details pane."""
        if self.session is None:
            return
        body = fragment(self.session.question.model_answer)
        self._show_details(self.tr("<h3>Model answer</h3>") + body)

    # -- showing state ---------------------------------------------------------------------

    def show_phase(self) -> None:
        """Show what the session's phase and mode allow."""
        session = self.session
        if session is None:
            return
        mode = self.tr("Practice") if session.mode == Mode.PRACTICE else self.tr("Exam")
        phase = {
            Phase.WRITING: self.tr("writing"),
            Phase.ASSESSING: self.tr("assess yourself"),
            Phase.REVEALED: (
                self.tr("submitted") if session.attempt.submitted else self.tr("review")
            ),
        }[session.phase]
        if session.read_only:
            phase = self.tr("read only: open in another window")
        self.mode_label.setText(f"<b>{mode}</b> · {phase}")
        self.editor.setReadOnly(not session.editable)
        self.new_attempt_button.setVisible(session.mode == Mode.PRACTICE and not session.read_only)
        self.submit_button.setEnabled(session.editable)
        self.minutes.setEnabled(session.editable)
        pane = self.checklist
        if session.phase is Phase.ASSESSING:
            pane.assessment.set_arguments(session)
            pane.stack.setCurrentWidget(pane.assessment)
            pane.heading.setText(self.tr("<b>Assess yourself</b>"))
            first = next(iter(pane.assessment.combos.values()), None)
            if first is not None:
                first.setFocus()
        else:
            pane.stack.setCurrentIndex(0)
        pane.model_button.setVisible(session.phase is Phase.REVEALED)
        self.update_words()
        self.update_clock()
        self.refresh_checklist()

    def update_words(self) -> None:
        """The word count against the question's limits."""
        session = self.session
        if session is None:
            return
        question = session.question
        low, high, words = question.min_words, question.max_words, session.words
        if low is not None and high is not None:
            text = self.tr("%n words of %1–%2", "", words)
        elif high is not None:
            text = self.tr("%n words of at most %2", "", words)
        elif low is not None:
            text = self.tr("%n words of at least %1", "", words)
        else:
            text = self.tr("%n words", "", words)
        if low is not None:
            text = text.replace("%1", i18n.number(low))
        if high is not None:
            text = text.replace("%2", i18n.number(high))
        state = session.word_limit()
        self.words.setText(text)
        self.words.setProperty("limit", state.value)
        # Too short is as much outside the limits as too long: the same warning for both.
        colour = None if state is WordLimit.WITHIN else theme.warning_colour(self.palette())
        style = f"color: {colour};" if colour else ""
        if self.words.styleSheet() != style:  # a new style sheet costs a re-polish per keystroke
            self.words.setStyleSheet(style)

    def update_clock(self) -> None:
        """Elapsed time, and for an exam the time left."""
        session = self.session
        if session is None:
            return
        remaining = session.stopwatch.remaining()
        if remaining is not None and session.phase is Phase.WRITING:
            self.timer_label.setText(self.tr("%1 left").replace("%1", i18n.clock(remaining)))
        else:
            self.timer_label.setText(i18n.clock(session.stopwatch.elapsed()))

    def refresh_checklist(self) -> None:
        """Re-check the answer (after a pause in typing) and show the checklist."""
        session = self.session
        if session is None:
            return
        pane = self.checklist
        items = session.checklist()
        if session.phase is Phase.ASSESSING:
            return
        if not session.titles_visible:
            pane.heading.setText(
                self.tr("<b>%n arguments</b> · their titles show after you submit", "", len(items))
            )
        else:
            coverage = session.checked() if session.details_visible else None
            if not session.details_visible:
                pane.heading.setText(self.tr("<b>Checklist</b>"))
            elif coverage is None:
                pane.heading.setText(
                    self.tr("<b>Checklist</b> · Casewise could not check this answer")
                )
            elif coverage.counts()[Status.SELF_ASSESSED] == len(coverage.arguments):
                # No argument has cues: a percentage of nothing would read as 0%.
                pane.heading.setText(self.tr("<b>Checklist</b> · you judge every argument"))
            else:
                heading = self.tr("<b>Checklist</b> · %1 covered").replace(
                    "%1", i18n.percent(coverage.score)
                )
                if coverage.repeated_words:
                    heading += self.tr(
                        " · your answer repeats itself: %n words count for nothing",
                        "",
                        coverage.repeated_words,
                    )
                pane.heading.setText(heading)
        selected = self._selected_argument
        pane.list.blockSignals(True)
        pane.list.clear()
        for item in items:
            number = i18n.number(item.number)
            if not item.title:
                text = f"{number}. ·······"
            elif item.status is None:
                text = f"{number}. {item.title}"
            else:
                # The interface's word in an isolate: the row runs as its title does.
                text = (
                    f"{STATUS_MARK[item.status]}  {number}. {item.title} "
                    f"— {isolate(status_text(item.status))}"
                )
            row = QListWidgetItem(text)
            row.setData(Qt.ItemDataRole.UserRole, item.argument_id)
            row.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            if item.status is not None:
                row.setForeground(theme.status_colour(item.status, self.palette()))
            pane.list.addItem(row)
            if item.argument_id == selected and item.title:
                pane.list.setCurrentItem(row)
        pane.list.blockSignals(False)
        self.announcer.update([(i.argument_id, i.title, i.status) for i in items], status_text)
        calibration = session.calibration()
        pane.summary.setVisible(calibration is not None)
        if calibration is not None:
            pane.summary.setText(self._calibration_text(calibration))
        self._show_argument(selected)

    def _calibration_text(self, calibration: Calibration) -> str:
        fallback = bidi.interface()
        headline = self._calibration_headline(calibration)
        lines = [bidi.paragraph(f"<b>{html.escape(headline)}</b>", fallback, "div")]
        for row in calibration.rows:
            if row.direction in (Direction.HIGHER, Direction.LOWER) and row.assessed:
                line = (
                    self.tr("%1: you said <i>%2</i>, detected <i>%3</i> (you rated it higher)")
                    if row.direction is Direction.HIGHER
                    else self.tr("%1: you said <i>%2</i>, detected <i>%3</i> (you rated it lower)")
                )
                # The bank's title in an isolate: the line runs as the interface does.
                markup = (
                    line.replace("%1", isolate(html.escape(row.title)))
                    .replace("%2", level_text(row.assessed))
                    .replace("%3", status_text(row.coverage.status))
                )
                lines.append(bidi.paragraph(markup, fallback, "div"))
        return "".join(lines)

    def _calibration_headline(self, calibration: Calibration) -> str:
        """Where the student's marks and the detection agree, in a sentence or three."""
        if not calibration.compared:
            return self.tr(
                "There is nothing to compare: no argument was both assessed and detected."
            )
        sentences = [
            self.tr(
                "You and the detection agree on %1 of %n arguments.", "", calibration.compared
            ).replace("%1", i18n.number(calibration.agreeing))
        ]
        if calibration.higher:
            sentences.append(
                self.tr(
                    "You rated %n arguments higher than the detection found.",
                    "",
                    len(calibration.higher),
                )
            )
        if calibration.lower:
            sentences.append(
                self.tr(
                    "You rated %n arguments lower than the detection found.",
                    "",
                    len(calibration.lower),
                )
            )
        return " ".join(sentences)

    def _mark_evidence(self) -> None:
        """Highlight the selected argument's evidence, the one stepped to (F3) a shade deeper."""
        colour = theme.highlight_colour(self.palette())
        selections = []
        for index, (start, end) in enumerate(self._evidence):
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.editor.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            current = index == self._current_evidence and len(self._evidence) > 1
            selection.format.setBackground(colour.darker(125) if current else colour)
            selections.append(selection)
        self.editor.setExtraSelections(selections)

    def step_evidence(self, *, forward: bool = True) -> bool:
        """F3, Shift+F3: scroll to the selected argument's next (or previous) evidence.

        Returns:
            False when no argument with evidence is selected.
        """
        if self._selected_argument is None or not self._evidence:
            return False
        step = 1 if forward else -1
        self._current_evidence = (self._current_evidence + step) % len(self._evidence)
        self._mark_evidence()
        self.editor.show_span(*self._evidence[self._current_evidence])
        return True

    def _selection_changed(self) -> None:
        # Ctrl+click on the selected argument unselects it but leaves it current.
        if self._selected_argument is not None and not self.checklist.list.selectedItems():
            self.clear_argument()

    def _argument_selected(self, current: QListWidgetItem | None, _: object = None) -> None:
        argument_id = None if current is None else current.data(Qt.ItemDataRole.UserRole)
        self._selected_argument = argument_id
        self._show_argument(argument_id)
        if self._evidence:  # the student chose it: show where the answer makes it
            self._current_evidence = 0
            self._mark_evidence()
            self.editor.show_span(*self._evidence[0])

    def _show_argument(self, argument_id: str | None) -> None:
        session = self.session
        selections: list[QTextEdit.ExtraSelection] = []
        if session is None or argument_id is None or not session.titles_visible:
            self._evidence = []
            self.editor.setExtraSelections(selections)
            if session is not None and not session.titles_visible:
                self._show_details(
                    self.tr("<p>In an exam the checklist stays hidden until you submit.</p>")
                )
            elif session is not None:
                self._show_sentence()
            return
        argument = session.question.argument(argument_id)
        found: ArgumentCoverage | None = None
        coverage = session.checked() if session.details_visible else None
        spans: list[tuple[int, int]] = []
        if coverage is not None:
            found = next(a for a in coverage.arguments if a.id == argument_id)
            # The engine counts characters, Qt counts UTF-16 units (an emoji is two).
            spans = sorted(
                {
                    (to_utf16(session.text, e.start), to_utf16(session.text, e.end))
                    for e in found.evidence
                }
            )
        if spans != self._evidence:
            self._evidence = spans
            self._current_evidence = 0
        self._mark_evidence()
        parts = [f"<h3>{html.escape(argument.title)}</h3>", fragment(argument.guidance)]
        if found is not None:
            if session.phase is Phase.REVEALED and found.status is not Status.SELF_ASSESSED:
                feedback = argument.found if found.status is Status.COVERED else argument.missing
                label = self.tr("<b>Feedback:</b>")
                # The bank's words in paragraphs of their own, which run their way.
                parts.append(f"<p>{label}</p>{fragment(feedback)}")
            parts.extend(self._evidence_notes(found, session.text, session.question.language))
        if session.phase is Phase.REVEALED:
            label = self.tr("Model paragraph:")
            parts.append(f"<p><b>{label}</b></p>{fragment(argument.model_paragraph)}")
        self._show_details("".join(parts))

    def _evidence_notes(self, found: ArgumentCoverage, text: str, language: str) -> list[str]:
        """The details pane's paragraphs on what the engine found for one argument, and why."""
        notes: list[str] = []
        cued = [e for e in found.evidence if e.basis is not Basis.RESEMBLANCE]
        resembling = [e for e in found.evidence if e.basis is Basis.RESEMBLANCE]
        if cued:
            # Each word once: the highlights in the answer show every place it stands. The
            # answer's words are quoted as their language quotes, in isolates, so that they
            # keep their order among the interface's words (and the marks their sides).
            near = self.tr("%1 (near match)", "a word of the answer one typo from a cue")
            shown = dict.fromkeys(
                near.replace("%1", quote(html.escape(e.text), language))
                if e.fuzzy
                else quote(html.escape(e.text), language)
                for e in cued
            )
            quoted = self.tr(", ", "between quoted words").join(shown)
            label = self.tr("<b>Evidence:</b>")
            notes.append(f"<p>{label} {quoted}</p>")
            if any(e.basis is Basis.NEIGHBOURS for e in cued):
                across = self.tr(
                    "Part of it is made across two sentences: say it in one to make it clear."
                )
                notes.append(f"<p>{across}</p>")
        if resembling:
            first = resembling[0]
            sentence = text[first.sentence_start : first.sentence_end]
            label = self.tr("<b>Resembles the model paragraph:</b>")
            notes.append(f"<p>{label}</p><p>{quote(html.escape(sentence), language)}</p>")
        if found.status is Status.SELF_ASSESSED:
            judge = self.tr("Casewise cannot detect this one: judge it yourself.")
            notes.append(f"<p>{judge}</p>")
        if found.only_in_lists:
            only = self.tr("Found only in a list of keywords: explain it in a sentence.")
            notes.append(f"<p>{only}</p>")
        if found.developed:
            developed = self.tr(
                "Counted as covered: your answer develops it over several sentences."
            )
            notes.append(f"<p>{developed}</p>")
        return notes

    def _show_details(self, markup: str) -> None:
        """The details pane's HTML, each paragraph running its own way (`bidi.settle`)."""
        bidi.show_html(self.checklist.details, markup, self.direction)
