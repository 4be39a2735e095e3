"""The two kinds of failure: a `UserError` the user can act on, and everything else (a bug)."""

from __future__ import annotations

from collections.abc import Callable


class UserError(Exception):
    """Something the user can fix: a broken bank, an unreadable file, a full disk.

    The message says what happened and what to do; the operation that raised it changed nothing.
    """


class CancelledError(UserError):
    """The user cancelled the operation before it finished; it changed nothing."""


# Asked now and then by long work (`casebank.validate.validate`, `casebank.interop.import_files`):
# True when the user has cancelled, and the work should stop with `CancelledError`.
Cancel = Callable[[], bool]
