"""Word counts: one function, so that the app, the check report and the PDF always agree."""

from __future__ import annotations

import re
from functools import lru_cache

from casebank.language import base_language

# A word is a run of non-space characters that holds at least one letter or digit. A ZWNJ is not
# a space, so the Persian "می‌خواهم" counts as one word; "e-mail" and "don't" count as one too.
# Runs are counted, less the runs without a letter or digit: one pattern that looked for a run
# with a letter backtracked over every start of a long run of punctuation, quadratic in its length.
# The pattern for a run without one only starts at a run's start and never extends past its end,
# so it is linear. It starts with the character it needs and only then looks behind (is that
# character the run's first?), so the engine skips ahead to punctuation instead of trying every
# position: twice as fast on prose. The runs themselves are `str.split`'s words once a ZWSP is a
# space: its white space is the regular expressions' \s, code point for code point, and it splits
# four times faster.
_ZWSP = "\u200b"
_RUN_WITHOUT_WORD = re.compile(r"[^\w\s\u200b](?<![^\s\u200b].)[^\w\s\u200b]*(?![^\s\u200b])")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")
_SCRIPTIO_CONTINUA = frozenset({"zh", "ja", "th", "lo", "km", "my"})


@lru_cache(maxsize=16)  # the study view asks for the same answer's count several times a keystroke
def count_words(text: str, language: str = "en") -> int:
    """Count the words of `text` the way a reader or an exam board would.

    Args:
        text: the answer, in any script; Markdown markup such as ``-`` or ``#`` is not counted.
        language: a BCP 47 tag. Chinese and Japanese count each ideograph or kana as a word,
            since they are written without spaces.

    Returns:
        The number of words.
    """
    if base_language(language) in _SCRIPTIO_CONTINUA:
        ideographs = len(_CJK.findall(text))
        return ideographs + _runs(_CJK.sub(" ", text))
    return _runs(text)


def _runs(text: str) -> int:
    """The runs of non-space characters in `text` that hold a letter or digit."""
    runs = text.replace(_ZWSP, " ").split() if _ZWSP in text else text.split()
    return len(runs) - len(_RUN_WITHOUT_WORD.findall(text))
