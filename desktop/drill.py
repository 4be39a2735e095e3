"""A recall drill: a few minutes to write down, from memory, the arguments a question asks for.

The third mode beside practice and exam, for the study plan's re-practice (Qt-free, as
`desktop.session`): the question's prompt and a short pad for bullet points, a timer (5 minutes
unless the student changes it) and no checklist while writing. On "Done" the student rates each
argument (recalled, partly, not), with the detection's verdict beside each rating; then the
rubric shows, with the model paragraphs of what they missed. A drill is stored like any attempt
(mode ``drill``), and its ratings review the study plan's cards like any self-assessment.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from casebank.model import Argument, Question
from casebank.vocabulary import Mode, SelfAssessment, Status
from desktop.session import Clock, Phase, StudySession
from desktop.store import Attempt, AutosavePolicy, Store

DEFAULT_DRILL_MINUTES = 5


@dataclass(frozen=True, slots=True)
class DrillArgument:
    """One argument after a drill: how the student rated it and what was detected."""

    argument: Argument
    rating: SelfAssessment | None  # recalled (fully), partly or not (none); None if not rated
    detected: Status | None  # None when the pad could not be checked

    @property
    def missed(self) -> bool:
        """Not recalled in full, by the study plan's rule: the student's rating first, the
        detection where they gave none (an argument only they can judge, unrated, is not
        missed: nothing says so)."""
        if self.rating is not None:
            return self.rating is not SelfAssessment.FULLY
        if self.detected is None:
            return False
        level = self.detected.matching
        return level is not None and level is not SelfAssessment.FULLY


class DrillSession(StudySession):
    """A drill being written, rated or reviewed, saved as it goes (see `StudySession`).

    Args:
        store: the open store.
        question: the question drilled.
        attempt: the attempt, of mode ``drill``.
        clock: seconds on a monotonic clock.
        minutes: the drill's time; `DEFAULT_DRILL_MINUTES` when None.
        autosave: when to save; the store's defaults when None.
        read_only: the drill is open for writing in another window: show it, change nothing.
    """

    def __init__(
        self,
        store: Store,
        question: Question,
        attempt: Attempt,
        *,
        clock: Clock = time.monotonic,
        minutes: float | None = None,
        autosave: AutosavePolicy | None = None,
        read_only: bool = False,
    ) -> None:
        if attempt.mode != Mode.DRILL:
            raise ValueError(f"a drill needs an attempt of mode drill, not {attempt.mode}")
        super().__init__(
            store, question, attempt, clock=clock, autosave=autosave, read_only=read_only
        )
        self.stopwatch.limit = (minutes or DEFAULT_DRILL_MINUTES) * 60.0

    def set_minutes(self, minutes: float) -> None:
        """Change the drill's time (before or while writing)."""
        if minutes <= 0:
            raise ValueError("a drill needs some time")
        self.stopwatch.limit = minutes * 60.0

    def detected(self) -> dict[str, Status]:
        """Argument id -> what the detection found in the pad; empty while writing (no
        checklist in a drill), and when the pad could not be checked (`check_failed`)."""
        if self.phase is Phase.WRITING:
            return {}
        coverage = self.checked()
        return {} if coverage is None else {a.id: a.status for a in coverage.arguments}

    def results(self) -> list[DrillArgument]:
        """Each argument with the student's rating and the detection, in rubric order; empty
        before the student has handed the drill in."""
        if self.phase is Phase.WRITING:
            return []
        detected = self.detected()
        return [
            DrillArgument(argument, self.assessment.get(argument.id), detected.get(argument.id))
            for argument in self.question.arguments
        ]

    def missed(self) -> list[Argument]:
        """The arguments not recalled in full, whose model paragraphs the reveal shows."""
        if self.phase is not Phase.REVEALED:
            return []
        return [result.argument for result in self.results() if result.missed]
