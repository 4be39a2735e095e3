"""The recall drill: the prompt, a pad for bullet points and a countdown; then a rating per
argument beside the detection; then the rubric with the model paragraphs of what was missed.

The view shows what its `DrillSession` says and forwards what the student does.
"""

from __future__ import annotations

import html
import time
from collections.abc import Callable

from casebank.errors import UserError
from casebank.model import Bank, Question
from casebank.vocabulary import SelfAssessment
from desktop.casetext import fragment, plain
from desktop.drill import DEFAULT_DRILL_MINUTES, DrillSession
from desktop.session import Phase, StudySession, Unsaved
from desktop.ui import bidi, i18n, theme
from desktop.ui.i18n import translate
from desktop.ui.qt import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSettings,
    QSplitter,
    QStackedWidget,
    Qt,
    QTextBrowser,
    QTextCursor,
    QTimer,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from desktop.ui.study import AnswerEditor, status_text
from desktop.ui.theme import STATUS_MARK
from desktop.ui.unsaved import save_problem

TICK_MS = 1000
MINUTES_SETTING = "drill/minutes"
RATINGS = (SelfAssessment.FULLY, SelfAssessment.PARTLY, SelfAssessment.NONE)


def rating_text(rating: SelfAssessment) -> str:
    """How the student rates an argument after a drill."""
    return {
        SelfAssessment.FULLY: translate("DrillView", "Recalled"),
        SelfAssessment.PARTLY: translate("DrillView", "Partly"),
        SelfAssessment.NONE: translate("DrillView", "Not recalled"),
    }[rating]


class DrillView(QWidget):
    """The drill page of the main window."""

    closed = Signal()
    saved = Signal()
    not_saved = Signal(str)  # a save the student asked for (showing the rubric) failed: why

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
        self.session: DrillSession | None = None
        self.bank: Bank | None = None
        self.ratings: dict[str, QComboBox] = {}
        self.detections: dict[str, QLabel] = {}

        back = QToolButton()
        back.setText(self.tr("← Library", "back arrow: points right in a right-to-left language"))
        back.setAccessibleName(self.tr("Back to the library"))
        back.setAccessibleDescription(self.tr("Save the drill and return to the library (Ctrl+L)"))
        back.clicked.connect(self.closed.emit)
        self.back_button = back
        self.mode_label = QLabel()
        self.mode_label.setObjectName("modeLabel")
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.RichText)
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.question.setAccessibleName(self.tr("Question"))
        self.pad = AnswerEditor()
        self.pad.setAccessibleName(self.tr("Your bullet points"))
        self.pad.setAccessibleDescription(
            self.tr("Write down the arguments you recall, one per line, before the time is up")
        )
        self.pad.setPlaceholderText(
            self.tr("From memory: the arguments this question asks for, one per line.")
        )
        self.pad.setTabChangesFocus(True)
        self.direction = bidi.interface()  # the question's language's, once one is open
        self.directions = bidi.FollowDirections(self.pad, self.direction)
        self.pad.textChanged.connect(self._text_changed)
        self.pad.focus_moved.connect(self.focus_changed)
        self.timer_label = QLabel()
        self.timer_label.setAccessibleName(self.tr("Time left"))
        self.minutes = QDoubleSpinBox()
        self.minutes.setDecimals(0)
        self.minutes.setRange(1, 60)
        self.minutes.setSuffix(self.tr(" min", "after the drill's minutes"))
        self.minutes.setAccessibleName(self.tr("Drill time in minutes"))
        self.minutes.setToolTip(self.tr("How long the drill lasts; kept for the next drills"))
        self.minutes.valueChanged.connect(self._minutes_changed)
        self.save_state = QLabel()
        self.done_button = QPushButton(self.tr("&Done"))
        self.done_button.setAccessibleName(self.tr("Done"))
        self.done_button.setAccessibleDescription(
            self.tr("Stop writing and rate each argument (Ctrl+Return)")
        )
        self.done_button.clicked.connect(self.done)

        self.waiting = QLabel(
            self.tr(
                "No checklist in a drill: write what you recall. When you are done, or the time "
                "is up, you rate each argument and see what Casewise detected."
            )
        )
        self.waiting.setWordWrap(True)
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.rating_intro = QLabel(
            self.tr(
                "Rate how far you recalled each argument. What Casewise detected in your "
                "points stands beside each one."
            )
        )
        self.rating_intro.setWordWrap(True)
        self.rating_grid = QGridLayout()
        grid_holder = QWidget()
        grid_holder.setLayout(self.rating_grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_holder)
        self.show_button = QPushButton(self.tr("&Show the rubric"))
        self.show_button.setAccessibleName(self.tr("Show the rubric"))
        self.show_button.setAccessibleDescription(
            self.tr("Save your ratings and show the rubric with what you missed")
        )
        self.show_button.clicked.connect(self.reveal)
        rating_page = QWidget()
        rating_layout = QVBoxLayout(rating_page)
        rating_layout.setContentsMargins(0, 0, 0, 0)
        rating_layout.addWidget(self.rating_intro)
        rating_layout.addWidget(scroll, 1)
        rating_layout.addWidget(self.show_button)
        self.rubric = QTextBrowser()
        self.rubric.setAccessibleName(self.tr("Rubric"))
        self.rubric.setOpenLinks(False)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.waiting)
        self.stack.addWidget(rating_page)
        self.stack.addWidget(self.rubric)
        self.rating_page = rating_page

        top = QHBoxLayout()
        top.addWidget(back)
        top.addWidget(self.mode_label, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_state)
        bottom.addStretch(1)
        bottom.addWidget(self.timer_label)
        bottom.addWidget(self.minutes)
        bottom.addWidget(self.done_button)
        writing = QWidget()
        writing_layout = QVBoxLayout(writing)
        writing_layout.setContentsMargins(0, 0, 0, 0)
        writing_layout.addWidget(self.question)
        writing_layout.addWidget(self.pad, 1)
        writing_layout.addLayout(bottom)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(writing)
        self.split.addWidget(self.stack)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.split, 1)
        self.tick_timer = QTimer(self)
        self.tick_timer.setInterval(TICK_MS)
        self.tick_timer.timeout.connect(self.tick)

    # -- opening and closing -------------------------------------------------------------------

    def drill_minutes(self) -> float:
        """The drill time the student chose last (5 minutes at first)."""
        value = self.settings.value(MINUTES_SETTING, DEFAULT_DRILL_MINUTES, type=float)
        return float(value) if value else float(DEFAULT_DRILL_MINUTES)  # type: ignore[arg-type]

    def open(self, bank: Bank, question: Question, session: DrillSession) -> None:
        """Show a drill. The one shown before must have been left (`leave`)."""
        if self.session is not None:
            raise RuntimeError("leave the open drill before opening another")
        self.bank = bank
        self.session = session
        # As in the study view (`desktop.ui.bidi`): the panes keep the interface's direction,
        # each paragraph of their texts runs its own way, the question's language's if it has
        # no letters.
        self.direction = bidi.of_language(question.language)
        for widget in (self.question, self.pad, self.rubric):
            theme.text_font(widget, question.language)
        prompt = fragment(question.prompt)
        self.question.setText(prompt)
        bidi.follow_text(self.question, plain(question.prompt), self.direction)
        self.pad.blockSignals(True)
        self.pad.setPlainText(session.text)
        self.directions.reset(self.direction)
        self.pad.blockSignals(False)
        self.pad.moveCursor(QTextCursor.MoveOperation.End)  # a continued drill goes on at its end
        if session.stopwatch.limit is not None:
            self.minutes.blockSignals(True)
            self.minutes.setValue(session.stopwatch.limit / 60)
            self.minutes.blockSignals(False)
        self.save_state.clear()
        self.show_phase()
        self.tick_timer.start()
        self.pad.setFocus()

    def leave(
        self, ask: Callable[[StudySession], Unsaved], save_as_text: Callable[[str], bool]
    ) -> bool:
        """Leave the open drill, if any (`StudySession.leave`: saved, or the student chose).

        Returns:
            False when the student stays: the drill, its timer and autosave go on.
        """
        session = self.session
        if session is None:
            return True
        if not session.leave(ask, save_as_text):
            self._show_save_state(saved_now=False)
            return False
        self.tick_timer.stop()
        self.session = None
        if not session.discarded:
            self.saved.emit()
        return True

    # -- what the student does -----------------------------------------------------------------

    def _text_changed(self) -> None:
        if self.session is None:
            return
        text = self.pad.toPlainText()
        if text == self.session.text:
            return  # only a paragraph's direction changed (`bidi.FollowDirections`)
        self.session.edit(text)
        self.save_state.setText(self.tr("Edited"))

    def focus_changed(self) -> None:
        """The pad lost focus or the window did: save now."""
        session = self.session
        if session is not None and session.editable:
            was_dirty = not session.saved
            session.focus_changed()
            self._show_save_state(saved_now=was_dirty and session.saved)

    def _show_save_state(self, *, saved_now: bool) -> None:
        """Say "Saved" only after a save that succeeded, "Not saved" and why while saves fail."""
        session = self.session
        if session is None:
            return
        if session.autosaver.error is not None:
            self.save_state.setText(
                self.tr("Not saved: %1").replace("%1", save_problem(session.autosaver.error))
            )
        elif saved_now:
            self.save_state.setText(self.tr("Saved"))
            self.saved.emit()

    def _minutes_changed(self, value: float) -> None:
        self.settings.setValue(MINUTES_SETTING, value)
        if self.session is not None and self.session.phase is Phase.WRITING:
            self.session.set_minutes(value)
            self.update_clock()

    def tick(self) -> None:
        """Every second: the countdown, autosave, and the end of the drill's time."""
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

    def done(self) -> None:
        """Stop writing and ask for the ratings."""
        session = self.session
        if session is None or not session.editable:
            return
        session.edit(self.pad.toPlainText())
        saved = session.submit()
        self._show_save_state(saved_now=saved)
        self.show_phase()

    def set_ratings(self, ratings: dict[str, SelfAssessment | None]) -> None:
        """Choose ratings in the form (for the keyboard and for tests)."""
        for key, rating in ratings.items():
            combo = self.ratings[key]
            combo.setCurrentIndex(combo.findData(rating))

    def reveal(self) -> None:
        """Record the ratings and show the rubric with the model paragraphs of what was missed."""
        session = self.session
        if session is None or session.phase is not Phase.ASSESSING:
            return
        for key, combo in self.ratings.items():
            data = combo.currentData()  # Qt hands the item's data back as the level's value
            session.assess(key, SelfAssessment(data) if data else None)
        try:
            session.reveal()
        except UserError as exc:  # a full disk: nothing was recorded; showing again retries
            problem = save_problem(exc)
            self.save_state.setText(self.tr("Not saved: %1").replace("%1", problem))
            self.not_saved.emit(problem)
            return
        self._show_save_state(saved_now=True)
        self.show_phase()

    # -- showing state -------------------------------------------------------------------------

    def show_phase(self) -> None:
        """Show what the drill's phase allows."""
        session = self.session
        if session is None:
            return
        phase = {
            Phase.WRITING: self.tr("recall"),
            Phase.ASSESSING: self.tr("rate yourself"),
            Phase.REVEALED: self.tr("rubric"),
        }[session.phase]
        mode = self.tr("Recall drill")
        self.mode_label.setText(f"<b>{mode}</b> · {phase}")
        writing = session.editable
        self.pad.setReadOnly(not writing)
        self.done_button.setEnabled(writing)
        self.minutes.setEnabled(writing)
        if session.phase is Phase.WRITING:
            self.stack.setCurrentWidget(self.waiting)
        elif session.phase is Phase.ASSESSING:
            self._fill_ratings(session)
            self.stack.setCurrentWidget(self.rating_page)
            first = next(iter(self.ratings.values()), None)
            if first is not None:
                first.setFocus()
        else:
            bidi.show_html(self.rubric, self.rubric_html(session), self.direction)
            self.stack.setCurrentWidget(self.rubric)
        self.update_clock()

    def update_clock(self) -> None:
        """The time left while writing, the time taken after."""
        session = self.session
        if session is None:
            return
        remaining = session.stopwatch.remaining()
        if remaining is not None and session.phase is Phase.WRITING:
            self.timer_label.setText(self.tr("%1 left").replace("%1", i18n.clock(remaining)))
        else:
            self.timer_label.setText(i18n.clock(session.stopwatch.elapsed()))

    def _fill_ratings(self, session: DrillSession) -> None:
        while self.rating_grid.count():
            item = self.rating_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.ratings, self.detections = {}, {}
        detected = session.detected()
        for row, argument in enumerate(session.question.arguments):
            title = QLabel(f"{i18n.number(row + 1)}. {html.escape(argument.title)}")
            title.setWordWrap(True)
            bidi.follow_text(title, argument.title, self.direction)
            combo = QComboBox()
            combo.addItem(self.tr("Choose…"), None)
            for rating in RATINGS:
                combo.addItem(rating_text(rating), rating.value)
            own = session.assessment.get(argument.id)
            if own is not None:
                combo.setCurrentIndex(combo.findData(own.value))
            combo.setAccessibleName(self.tr("Your rating for %1").replace("%1", argument.title))
            status = detected.get(argument.id)
            said = status_text(status) if status is not None else self.tr("could not check")
            found = QLabel(
                self.tr("%1 detected: %2")
                .replace("%1", STATUS_MARK[status] if status is not None else "·")
                .replace("%2", said)
            )
            if status is not None:
                colour = theme.status_colour(status, self.palette()).name()
                found.setStyleSheet(f"color: {colour};")
            combo.setAccessibleDescription(self.tr("Casewise detected: %1").replace("%1", said))
            title.setBuddy(combo)
            self.rating_grid.addWidget(title, row * 2, 0, 1, 2)
            self.rating_grid.addWidget(combo, row * 2 + 1, 0)
            self.rating_grid.addWidget(found, row * 2 + 1, 1)
            self.ratings[argument.id] = combo
            self.detections[argument.id] = found
        self.rating_grid.setRowStretch(len(session.question.arguments) * 2, 1)
        chain = [*self.ratings.values(), self.show_button]
        for index in range(len(chain) - 1):
            QWidget.setTabOrder(chain[index], chain[index + 1])

    def rubric_html(self, session: DrillSession) -> str:
        """The rubric after the drill: every argument with the rating and the detection, and the
        model paragraph of each one missed."""
        missed = {argument.id for argument in session.missed()}
        if missed:
            lead = self.tr(
                "You missed %n argument(s): their model paragraphs are below.", "", len(missed)
            )
        else:
            lead = self.tr("You recalled every argument.")
        parts = [f"<p><b>{html.escape(lead)}</b></p>"]
        for result in session.results():
            argument = result.argument
            rating = (
                rating_text(result.rating) if result.rating is not None else self.tr("not rated")
            )
            said = (
                status_text(result.detected)
                if result.detected is not None
                else self.tr("could not check")
            )
            line = (
                self.tr("Your rating: %1 · detected: %2").replace("%1", rating).replace("%2", said)
            )
            mark = STATUS_MARK[result.detected] if result.detected is not None else "·"
            parts.append(f"<h3>{mark} {html.escape(argument.title)}</h3>")  # runs as the title
            parts.append(f"<p><i>{html.escape(line)}</i></p>")
            if argument.id in missed:
                label = self.tr("Model paragraph:")
                parts.append(f"<p><b>{label}</b></p>{fragment(argument.model_paragraph)}")
        return "".join(parts)
