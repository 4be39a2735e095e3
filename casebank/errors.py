"""The two kinds of failure: a `UserError` the user can act on, and everything else (a bug)."""

from __future__ import annotations


class UserError(Exception):
    """Something the user can fix: a broken bank, an unreadable file, a full disk.

    The message says what happened and what to do; the operation that raised it changed nothing.
    """
