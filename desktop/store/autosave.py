"""When to autosave: a few seconds after typing stops, on every focus change, and at least every
few seconds while typing goes on. Qt-free and driven by an injected clock, so it is tested exactly.

The editor forwards what happens (`text_changed`, `focus_changed`) and calls `tick` from a timer;
`Autosaver` calls its `save` function when the policy says so. With the defaults, a crash or a
power cut loses at most the last `idle` seconds of a pause in typing, and never more than
`longest` seconds of continuous typing (plus the time a save takes).

>>> saver = Autosaver(lambda: print("saved"))
>>> saver.text_changed(0.0)
>>> saver.tick(2.0)
False
>>> saver.tick(3.0)
saved
True
"""

from __future__ import annotations

from collections.abc import Callable

from casebank.errors import UserError

IDLE_SECONDS = 3.0
LONGEST_SECONDS = 10.0
RETRY_SECONDS = 5.0


class AutosavePolicy:
    """Decides when unsaved text is due to be saved. Times are seconds on a monotonic clock.

    Args:
        idle: save this long after the last change.
        longest: save at least this long after the first unsaved change, even while typing.
        retry: after a failed save (a full disk), try again this long after the failure.
    """

    def __init__(
        self,
        idle: float = IDLE_SECONDS,
        longest: float = LONGEST_SECONDS,
        retry: float = RETRY_SECONDS,
    ) -> None:
        if not 0 < idle <= longest:
            raise ValueError("autosave needs 0 < idle <= longest")
        self.idle = idle
        self.longest = longest
        self.retry = retry
        self._first_change: float | None = None
        self._last_change = 0.0
        self._retry_at: float | None = None

    @property
    def dirty(self) -> bool:
        """Whether there are changes not saved yet."""
        return self._first_change is not None

    def text_changed(self, now: float) -> None:
        """The student changed the text."""
        if self._first_change is None:
            self._first_change = now
        self._last_change = now

    def due(self, now: float) -> bool:
        """Whether unsaved changes should be saved now."""
        deadline = self.next_due()
        return deadline is not None and now >= deadline

    def next_due(self) -> float | None:
        """When the next save is due, or None when everything is saved. For the UI's timer."""
        if self._first_change is None:
            return None
        if self._retry_at is not None:
            return self._retry_at
        return min(self._last_change + self.idle, self._first_change + self.longest)

    def saved(self) -> None:
        """Everything up to now is saved."""
        self._first_change = None
        self._retry_at = None

    def failed(self, now: float) -> None:
        """A save failed; the changes stay unsaved and are retried later."""
        self._retry_at = now + self.retry


class Autosaver:
    """Saves through `save` when an `AutosavePolicy` says so, and remembers a failure to show.

    Args:
        save: saves the editor's current text (typically `Store.save_revision`). A `UserError`
            it raises (a full disk) is kept in `error` and the save is retried; anything else
            is a bug: it is kept and retried too, and propagates.
        policy: when to save; the defaults when left out.
    """

    def __init__(self, save: Callable[[], object], policy: AutosavePolicy | None = None) -> None:
        self._save = save
        self.policy = policy or AutosavePolicy()
        self.error: Exception | None = None  # why the last save failed; None after a success

    @property
    def dirty(self) -> bool:
        """Whether there are changes not saved yet."""
        return self.policy.dirty

    def text_changed(self, now: float) -> None:
        """The student changed the text."""
        self.policy.text_changed(now)

    def focus_changed(self, now: float) -> bool:
        """The editor gained or lost focus, or the window did: save any change at once.

        Returns:
            Whether a save succeeded.
        """
        return self.flush(now)

    def tick(self, now: float) -> bool:
        """Called by a timer: save if the policy says it is time.

        Returns:
            Whether a save succeeded.
        """
        return self.policy.due(now) and self._run(now)

    def flush(self, now: float) -> bool:
        """Save any change now: before closing, submitting or switching attempts.

        Returns:
            Whether a save succeeded; False also when there was nothing to save.
        """
        return self.policy.dirty and self._run(now)

    def next_due(self) -> float | None:
        """When `tick` will next save, or None: for scheduling a single-shot timer."""
        return self.policy.next_due()

    def saved(self) -> None:
        """Everything is saved another way (with a submission), or given up by the student."""
        self.policy.saved()
        self.error = None

    def _run(self, now: float) -> bool:
        try:
            self._save()
        except UserError as exc:
            self.policy.failed(now)
            self.error = exc
            return False
        except Exception as exc:
            # A bug: it propagates, to be reported, but autosave keeps running: the changes
            # stay unsaved and are retried as after a full disk, and `error` shows it.
            self.policy.failed(now)
            self.error = exc
            raise
        self.saved()
        return True
