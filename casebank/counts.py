"""Counts in the tutors' English messages: "1 error", "2 errors", "1 rubric test".

The casebank command and the author view speak English (the study app's counts go through Qt's
translations, with each language's plural forms). One function, so no message says "1 errors".
"""

from __future__ import annotations


def counted(n: int | float, singular: str, plural: str = "") -> str:
    """`n` and the noun in its form for `n`: ``counted(1, "error")`` is ``"1 error"``.

    Args:
        n: the count; a float is written without a trailing ``.0`` (``2.5 marks``).
        singular: the noun for one.
        plural: the noun for any other count, when it is not the singular with an ``s``.
    """
    number = f"{n:g}" if isinstance(n, float) else str(n)
    return f"{number} {singular if n == 1 else plural or singular + 's'}"
