"""Telling a screen reader what changed in the checklist, politely.

The checklist is re-checked after each pause in typing. Reading it out every time would drown the
student's own typing echo, so the announcer speaks only when an argument's status changed since
the last check ("Covered: Facebook's network"), as a polite announcement that waits for the screen
reader to finish. The list's accessible description starts with the current summary ("2 covered,
1 partly"), for a student who asks for it (the screen reader's "describe" key).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from casebank.vocabulary import Status
from desktop.ui.i18n import translate
from desktop.ui.qt import QObject, QtGui, QWidget


def changes(
    before: Mapping[str, Status | None],
    after: Sequence[tuple[str, str, Status | None]],
    status_text: Callable[[Status], str],
) -> list[str]:
    """What to say about the arguments whose status changed: "covered: Title".

    Args:
        before: argument id -> status at the last announcement.
        after: (argument id, title, status) now, in checklist order.
        status_text: a status in the interface's language.
    """
    said = []
    for argument_id, title, status in after:
        if status is None or not title or argument_id not in before:
            continue
        if before[argument_id] != status:
            said.append(f"{status_text(status)}: {title}")
    return said


def summary(statuses: Iterable[Status | None]) -> str:
    """The checklist in one line: "2 covered, 1 partly, 3 missing"."""
    tally: dict[Status, int] = {}
    for status in statuses:
        if status is not None:
            tally[status] = tally.get(status, 0) + 1
    return ", ".join(_count(status, n) for status, n in sorted(tally.items(), key=_order))


def _order(pair: tuple[Status, int]) -> int:
    return (Status.COVERED, Status.PARTLY, Status.MISSING, Status.SELF_ASSESSED).index(pair[0])


def _count(status: Status, n: int) -> str:
    return {
        Status.COVERED: translate("Checklist", "%n covered", "", n),
        Status.PARTLY: translate("Checklist", "%n partly", "", n),
        Status.MISSING: translate("Checklist", "%n missing", "", n),
        Status.SELF_ASSESSED: translate("Checklist", "%n for you to judge", "", n),
    }[status]


class Announcer(QObject):
    """Announces checklist changes for one widget; `spoken` keeps what was said (tests read it)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.widget = widget
        self.spoken: list[str] = []
        self._last: dict[str, Status | None] = {}
        self._description = widget.accessibleDescription()  # what the widget is, said after

    def reset(self) -> None:
        """A new attempt: its first checklist is shown, not announced."""
        self._last = {}

    def update(
        self, rows: Sequence[tuple[str, str, Status | None]], status_text: Callable[[Status], str]
    ) -> None:
        """Take the checklist as it now is; announce what changed, if anything."""
        counted = summary(status for _, _, status in rows)
        self.widget.setAccessibleDescription(
            f"{counted}. {self._description}" if counted else self._description
        )
        said = changes(self._last, rows, status_text)
        self._last = {argument_id: status for argument_id, _, status in rows}
        if said:
            self.say("; ".join(said))

    def say(self, message: str) -> None:
        """A polite announcement: the screen reader says it when it has finished speaking."""
        self.spoken.append(message)
        event = QtGui.QAccessibleAnnouncementEvent(self.widget, message)
        event.setPoliteness(QtGui.QAccessible.AnnouncementPoliteness.Polite)
        QtGui.QAccessible.updateAccessibility(event)
