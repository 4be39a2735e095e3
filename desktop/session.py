"""One sitting at one question: the study view's decisions, without a window.

Qt-free (Mu-style): the window forwards what the student does (`edit`, `submit`, `assess`,
`reveal`) and shows what the session says (`checklist`, `words`, `clock`); tests drive it with a
fake clock and a real store in a temporary folder.

A session goes through three phases:

- **writing**: the student types. In practice mode the checklist shows every argument and its
  detected status; in exam mode it shows only how many arguments there are, and the exam ends
  when its time is up.
- **assessing**: the text is handed in and locked; the student marks each argument (not
  covered, partly, fully) before seeing what was detected.
- **revealed**: detection, guidance, feedback, the model answer and the calibration show.

Times are seconds on a monotonic clock (`time.monotonic` unless a test injects one).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from casebank.coverage import ArgumentCoverage, Checker, Coverage
from casebank.errors import UserError
from casebank.model import Question
from casebank.vocabulary import Mode, SelfAssessment, Status
from casebank.words import count_words
from desktop.calibration import Calibration, calibrate
from desktop.store import Attempt, AttemptGoneError, AutosavePolicy, Autosaver, Store

Clock = Callable[[], float]

log = logging.getLogger(__name__)

# Exam questions without a suggested time get this long.
DEFAULT_EXAM_MINUTES = 30


class Phase(Enum):
    """Where the student is in an attempt."""

    WRITING = "writing"
    ASSESSING = "assessing"
    REVEALED = "revealed"


class Unsaved(Enum):
    """What the student chose on leaving an attempt whose last save failed."""

    RETRY = "retry"  # try saving again (after freeing some space, say)
    SAVE_AS_TEXT = "save-as-text"  # keep the answer in a text file elsewhere, then leave
    LOSE = "lose"  # leave, losing the changes since the last save: said explicitly
    STAY = "stay"  # stay with the answer; autosave keeps trying


class WordLimit(Enum):
    """The answer's length against the question's limits."""

    UNDER = "under"
    WITHIN = "within"
    OVER = "over"


class Stopwatch:
    """Time spent on an attempt, and for an exam the time left. Runs only while started.

    Args:
        clock: seconds on a monotonic clock.
        spent: time already spent on the attempt in earlier sittings.
        limit: the exam's time in seconds; None in practice.
    """

    def __init__(self, clock: Clock, spent: float = 0.0, limit: float | None = None) -> None:
        self._clock = clock
        self._spent = spent
        self._since: float | None = None
        self.limit = limit

    @property
    def running(self) -> bool:
        """Whether time is being counted."""
        return self._since is not None

    def start(self) -> None:
        """Start (or resume) counting."""
        if self._since is None:
            self._since = self._clock()

    def stop(self) -> None:
        """Stop counting; the time so far is kept."""
        if self._since is not None:
            self._spent += self._clock() - self._since
            self._since = None

    def elapsed(self) -> float:
        """Seconds spent so far."""
        running = self._clock() - self._since if self._since is not None else 0.0
        return self._spent + running

    def remaining(self) -> float | None:
        """Seconds left of the exam (never below 0), or None without a limit."""
        if self.limit is None:
            return None
        return max(0.0, self.limit - self.elapsed())

    @property
    def expired(self) -> bool:
        """Whether an exam's time is up."""
        remaining = self.remaining()
        return remaining is not None and remaining <= 0


@dataclass(frozen=True, slots=True)
class BeforeSubmit:
    """What the student should know before handing an answer in."""

    words: int
    limit: WordLimit
    time_left: float | None  # an exam's time left in seconds; None in practice

    @property
    def worth_asking(self) -> bool:
        """Whether to ask before handing in: the answer is outside its limits, or an exam has
        time left."""
        return self.limit is not WordLimit.WITHIN or bool(self.time_left and self.time_left >= 1)


def clock_text(seconds: float) -> str:
    """``m:ss`` or ``h:mm:ss`` for a number of seconds."""
    whole = int(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02}:{secs:02}" if hours else f"{minutes}:{secs:02}"


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    """One line of the checklist as the student may see it now.

    In an exam before the reveal, `title` is empty and `status` None: the student only learns
    how many arguments there are.
    """

    argument_id: str
    number: int
    title: str
    status: Status | None
    coverage: ArgumentCoverage | None


class StudySession:
    """An attempt being written, assessed or reviewed, with autosave into the store.

    Args:
        store: the open store; the attempt belongs to it.
        question: the question being answered.
        attempt: the attempt (new, continued or reopened).
        clock: seconds on a monotonic clock.
        exam_minutes: the exam's time; the question's suggested time when None.
        autosave: when to save; the store's defaults when None.
        read_only: the attempt is open for writing in another window: show it, change nothing
            (no typing, no time counted, nothing saved or closed).
    """

    def __init__(
        self,
        store: Store,
        question: Question,
        attempt: Attempt,
        *,
        clock: Clock = time.monotonic,
        exam_minutes: float | None = None,
        autosave: AutosavePolicy | None = None,
        read_only: bool = False,
    ) -> None:
        self.store = store
        self.read_only = read_only
        self.question = question
        self.attempt = attempt
        self._clock = clock
        self._checker = Checker(question)
        self._text = attempt.text
        self._coverage: Coverage | None = None
        self._checked_text: str | None = None
        self._failed_text: str | None = None  # the text whose check failed, not tried again
        self.assessment: dict[str, SelfAssessment] = dict(attempt.self_assessment)
        limit = None
        if attempt.mode is Mode.EXAM:
            minutes = exam_minutes or question.minutes or DEFAULT_EXAM_MINUTES
            limit = minutes * 60.0
        self.stopwatch = Stopwatch(clock, attempt.seconds_spent, limit)
        self.autosaver = Autosaver(self._save, autosave)
        self.discarded = False  # the student chose to leave without saving the last changes
        # Attempts that disappeared while being written, their text kept in a new attempt; the
        # window says so and empties the list.
        self.replaced: list[int] = []
        self.phase = Phase.REVEALED if attempt.submitted else Phase.WRITING
        if self.editable:
            self.stopwatch.start()

    # -- what the view shows -------------------------------------------------------------------

    @property
    def mode(self) -> Mode:
        """Practice or exam."""
        return self.attempt.mode

    @property
    def text(self) -> str:
        """The answer as the student has it now."""
        return self._text

    @property
    def editable(self) -> bool:
        """Whether the student may still type."""
        return self.phase is Phase.WRITING and not self.read_only

    @property
    def draft_with_words(self) -> bool:
        """Whether this is a practice answer being written that holds a word: leaving it keeps a
        draft (one without a word is not kept)."""
        return self.mode == Mode.PRACTICE and self.editable and self.words > 0

    @property
    def words(self) -> int:
        """The answer's word count, as everywhere in Casewise."""
        return count_words(self._text, self.question.language)

    def word_limit(self) -> WordLimit:
        """The word count against the question's limits."""
        words = self.words
        if self.question.min_words is not None and words < self.question.min_words:
            return WordLimit.UNDER
        if self.question.max_words is not None and words > self.question.max_words:
            return WordLimit.OVER
        return WordLimit.WITHIN

    def before_submit(self) -> BeforeSubmit:
        """The answer's length against its limits and an exam's time left, to ask about."""
        remaining = self.stopwatch.remaining() if self.mode == Mode.EXAM else None
        return BeforeSubmit(self.words, self.word_limit(), remaining)

    @property
    def details_visible(self) -> bool:
        """Whether argument titles and detection may be shown now."""
        return self.phase is Phase.REVEALED or (
            self.mode == Mode.PRACTICE and self.phase is Phase.WRITING
        )

    @property
    def titles_visible(self) -> bool:
        """Whether argument titles may be shown (also while the student assesses themself)."""
        return self.details_visible or self.phase is Phase.ASSESSING

    def coverage(self) -> Coverage:
        """The coverage of the current text, checked now if it changed since the last check.

        The checker keeps each sentence's analysis, so a re-check after an edit is fast.

        Raises:
            Exception: whatever the engine raised; `checked` is the variant that cannot fail.
        """
        if self._coverage is None or self._checked_text != self._text:
            self._coverage = self._checker.check(self._text)
            self._checked_text = self._text
        return self._coverage

    def checked(self) -> Coverage | None:
        """The coverage of the current text, or None when checking it failed (`check_failed`).

        A check that fails (the engine ran out of memory on a pasted token, or has a bug) is
        logged with its traceback and not tried again on the same text: the answer and its
        saving never depend on it.
        """
        if self._failed_text == self._text:
            return None
        try:
            return self.coverage()
        except Exception:  # anything: the check is a luxury, the student's text is not
            log.exception("checking the answer to %s failed", self.question.key)
            self._failed_text = self._text
            return None

    @property
    def check_failed(self) -> bool:
        """Whether checking the current text failed (the checklist says it could not check)."""
        return self._failed_text == self._text

    def checklist(self) -> list[ChecklistItem]:
        """The checklist as the student may see it in this phase and mode.

        Statuses are None when the check failed (`check_failed`).
        """
        if not self.titles_visible:
            return [
                ChecklistItem(a.id, n, "", None, None)
                for n, a in enumerate(self.question.arguments, 1)
            ]
        coverage = self.checked() if self.details_visible else None
        items = []
        for n, argument in enumerate(self.question.arguments, 1):
            found = coverage.arguments[n - 1] if coverage is not None else None
            status = found.status if found is not None else None
            items.append(ChecklistItem(argument.id, n, argument.title, status, found))
        return items

    def arguments_at(self, offset: int) -> list[ArgumentCoverage]:
        """The arguments the sentence at `offset` of the answer serves (when details show)."""
        coverage = self.checked() if self.details_visible else None
        return [] if coverage is None else coverage.at(offset)

    def calibration(self) -> Calibration | None:
        """Where self-assessment and detection disagree; None before the reveal, or when the
        answer could not be checked."""
        if self.phase is not Phase.REVEALED:
            return None
        coverage = self.checked()
        return None if coverage is None else calibrate(coverage, self.assessment)

    # -- what the student does -----------------------------------------------------------------

    def edit(self, text: str) -> None:
        """The student changed the answer. Ignored unless the session is being written."""
        if not self.editable or text == self._text:
            return
        self._text = text
        self.autosaver.text_changed(self._clock())

    def focus_changed(self) -> bool:
        """The editor or the window lost or gained focus: save any change now."""
        return self.autosaver.focus_changed(self._clock())

    def tick(self) -> bool:
        """Called by the window's timer: autosave when due, end an exam whose time is up.

        Returns:
            True when the exam's time ran out on this tick (the window moves to assessing).

        Raises:
            Exception: a bug while saving (`Autosaver`); the text stays unsaved and autosave
                tries again at its next tick.
        """
        if self.editable and self.stopwatch.expired:
            self.submit()
            return True
        self.autosaver.tick(self._clock())
        return False

    def set_exam_minutes(self, minutes: float) -> None:
        """Change the exam's time (the student may adjust it before or while writing)."""
        if self.mode != Mode.EXAM:
            raise ValueError("only an exam has a time limit")
        if minutes <= 0:
            raise ValueError("an exam needs some time")
        self.stopwatch.limit = minutes * 60.0

    @property
    def saved(self) -> bool:
        """Whether everything the student wrote is saved."""
        return not self.autosaver.dirty

    def save_now(self) -> bool:
        """Save the text and the time spent now, whatever autosave's timing says.

        Returns:
            Whether everything is saved. When not, `autosaver.error` says why, the text stays
            unsaved, and autosave tries again.
        """
        now = self._clock()
        self.autosaver.text_changed(now)  # the time spent is saved even when the text is not new
        try:
            self.autosaver.flush(now)
        except Exception:  # a bug: logged, kept in autosaver.error; the text is not given up
            log.exception("saving the answer to %s failed", self.question.key)
        return self.saved

    def submit(self) -> bool:
        """Hand the answer in: stop the time, save it, and ask for the self-assessment.

        The answer is handed in (locked) even when the save fails, as when an exam's time runs
        out on a full disk: autosave keeps trying, and `reveal` saves it with the submission.

        Returns:
            Whether the answer is saved.
        """
        if not self.editable:
            return self.saved
        self.stopwatch.stop()
        self.phase = Phase.ASSESSING
        return self.save_now()

    def assess(self, argument_id: str, level: SelfAssessment | None) -> None:
        """The student's own mark for an argument (None clears it)."""
        if self.phase is not Phase.ASSESSING:
            raise ValueError("self-assessment comes after submitting and before the reveal")
        self.question.argument(argument_id)  # KeyError for an unknown argument
        if level is None:
            self.assessment.pop(argument_id, None)
        else:
            self.assessment[argument_id] = level

    @property
    def unassessed(self) -> list[str]:
        """Arguments the student has not marked yet."""
        return [a.id for a in self.question.arguments if a.id not in self.assessment]

    def reveal(self) -> Calibration | None:
        """Record the submission with the self-assessment and show the detection.

        Returns:
            The calibration, or None when the answer could not be checked (it is submitted
            all the same).

        Raises:
            ValueError: called before submitting.
            UserError: the submission could not be saved (a full disk): nothing was recorded,
                the session stays in assessing, and revealing again retries.
        """
        if self.phase is not Phase.ASSESSING:
            raise ValueError("submit the answer first")
        levels = dict(self.assessment)
        try:
            self.attempt = self._submit(levels)
        except AttemptGoneError:  # deleted elsewhere since it was handed in: as in `_save`
            self.replaced.append(self.attempt.id)
            self.attempt = self.store.replace_gone_attempt(self.attempt)
            self.attempt = self._submit(levels)
        self.autosaver.saved()  # the text went in with the submission
        self.phase = Phase.REVEALED
        return self.calibration()

    def _submit(self, levels: dict[str, SelfAssessment]) -> Attempt:
        return self.store.submit(
            self.attempt.id,
            levels,
            text=self._text,
            coverage=self.checked(),
            seconds_spent=self.stopwatch.elapsed(),
        )

    def close(self) -> bool:
        """Save what is unsaved and let the store close the attempt.

        Returns:
            True when the attempt is saved and closed. False when the save failed
            (`autosaver.error` says why): nothing is closed, the text stays, the time runs on
            and autosave keeps trying. `leave` asks the student what to do then.
        """
        if self.read_only:
            return True  # nothing was changed, and the attempt is another window's to close
        writing = self.phase is Phase.WRITING
        if writing:
            self.stopwatch.stop()
        if (writing or not self.saved) and not self.save_now():
            if writing:
                self.stopwatch.start()
            return False
        self._close_in_store()
        return True

    def discard(self) -> None:
        """Leave the attempt without saving what is unsaved: the student chose to.

        The store keeps the last revision that was saved.
        """
        self.stopwatch.stop()
        self.autosaver.saved()
        self.discarded = True
        self._close_in_store()

    def leave(
        self, ask: Callable[[StudySession], Unsaved], save_as_text: Callable[[str], bool]
    ) -> bool:
        """Leave the attempt (quit, close, back to the library, another attempt), losing nothing
        the student did not choose to lose.

        Saves and closes. While the save fails, asks the student (`ask`): try again; save the
        answer as a text file elsewhere (`save_as_text` writes it and says whether it could);
        leave and lose the unsaved changes; or stay.

        Returns:
            True when the attempt was left; False when the student stays: the session goes on.
        """
        while not self.close():
            choice = ask(self)
            if choice is Unsaved.STAY:
                return False
            if choice is Unsaved.LOSE or (
                choice is Unsaved.SAVE_AS_TEXT and save_as_text(self._text)
            ):
                self.discard()
                return True
        return True

    def _close_in_store(self) -> None:
        try:
            self.store.close_attempt(self.attempt.id)
        except UserError as exc:
            # The text is saved; only the mark "open in this window" stays. The next start then
            # offers the attempt back, with that text, as after a crash.
            log.warning(
                "attempt %s stays marked open (%s); its text is saved, and the next start "
                "offers it back",
                self.attempt.id,
                type(exc).__name__,
            )

    def _save(self) -> None:
        """Save the text first, then check it: a check that fails or never ends costs no text.

        When the current text was already checked (the checklist did it after the pause in
        typing), text and check are saved together.
        """
        seconds = self.stopwatch.elapsed()
        checked = self._coverage if self._checked_text == self._text else None
        try:
            self.store.save_revision(self.attempt.id, self._text, checked, seconds_spent=seconds)
        except AttemptGoneError:
            # Deleted elsewhere (an older Casewise, or a deletion made final): the text is kept
            # in a new attempt at the question, and the window says so.
            self.replaced.append(self.attempt.id)
            self.attempt = self.store.replace_gone_attempt(self.attempt)
            self.store.save_revision(self.attempt.id, self._text, checked, seconds_spent=seconds)
        if checked is not None:
            return
        coverage = self.checked()
        if coverage is not None:
            self.store.record_coverage(self.attempt.id, self._text, coverage)
