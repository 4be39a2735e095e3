"""The two kinds of failure: a `UserError` the user can act on, and everything else (a bug)."""

from __future__ import annotations

from collections.abc import Callable


class UserError(Exception):
    """Something the user can fix: a broken bank, an unreadable file, a full disk.

    The message says what happened and what to do; the operation that raised it changed nothing.
    """


class NoSuchQuestionError(UserError, KeyError):
    """A bank has no question of that key; the message names the ones it has.

    A `KeyError` too, so that a lookup that expects a miss can catch it as one.
    """

    def __init__(self, key: str, known: list[str]) -> None:
        super().__init__(f"the bank has no question {key!r}; its questions are: {', '.join(known)}")
        self.key = key

    def __str__(self) -> str:
        return str(self.args[0])  # not KeyError's quoted repr


class CancelledError(UserError):
    """The user cancelled the operation before it finished; it changed nothing."""


# Asked now and then by long work (`casebank.validate.validate`, `casebank.interop.import_files`):
# True when the user has cancelled, and the work should stop with `CancelledError`.
Cancel = Callable[[], bool]


def install_hint(extra: str) -> str:
    """How to add an extra (``pdf``, ``app``) to Casewise, in words that work as written.

    Casewise is not on PyPI: it is installed from its folder or from a wheel built there (see
    README.md, "Install"), so ``pip install 'casewise[pdf]'`` would find nothing.
    """
    from casebank import __version__

    return (
        f"install Casewise again with its {extra} extra, from the folder or the wheel you "
        f"installed it from: pip install '/path/to/casewise[{extra}]', or pip install "
        f"'casewise-{__version__}-py3-none-any.whl[{extra}]' (README.md, Install)"
    )
