"""What the engine knows about a language's words beyond stemming: function words and real words.

Function words (*and*, *the*, *und*, *که*) tell a sentence from a list of keywords: students'
sentences are full of them, keyword lists have none. Real words tell a typing mistake from a
different word: *responsivness* is a slip for *responsiveness*, but *consent* is not a slip for
*content*. Both come from well-kept word lists (stopwords-iso and pyspellchecker's frequency
lists), loaded lazily, once per language.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

from casebank.language import base_language

if TYPE_CHECKING:
    from spellchecker import SpellChecker

# pyspellchecker's lists; Persian's holds only words written with their ZWNJ, which answers often
# lack, so typo tolerance in Persian relies on the first-letter rule alone (see cues.py).
_SPELLING_LANGUAGES = frozenset({"en", "de", "es", "fr", "it", "pt", "nl", "ru", "ar", "eu", "lv"})


@lru_cache(maxsize=32)
def function_words(language: str) -> frozenset[str]:
    """The language's function words, casefolded; empty for a language without a list."""
    import stopwordsiso  # its whole list is read on import: only when a check needs it

    code = base_language(language)
    if not stopwordsiso.has_lang(code):
        return frozenset()
    return frozenset(w.casefold() for w in stopwordsiso.stopwords(code))


@lru_cache(maxsize=16)
def _dictionary(code: str) -> SpellChecker | None:
    if code not in _SPELLING_LANGUAGES:
        return None
    from spellchecker import SpellChecker

    return SpellChecker(language=code, distance=1)


def is_known_word(word: str, language: str) -> bool:
    """Whether `word` (casefolded) is a real word of the language, as far as its word list knows."""
    dictionary = _dictionary(base_language(language))
    return dictionary is not None and word in dictionary


# The languages `detect_language` tells apart by their function words (each has a stemmer and a
# list); Persian and Arabic are told by their letters.
_DETECTABLE = ("en", "de", "fr", "es", "it", "nl", "pt", "sv", "da", "no", "fi", "pl", "tr", "cs")
_WORD = re.compile(r"[^\W\d_]+")
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_PERSIAN_LETTERS = re.compile(r"[\u067e\u0686\u0698\u06af\u06a9\u06cc]")  # پ چ ژ گ ک ی
MIN_FUNCTION_WORDS = 4


def detect_language(text: str) -> str | None:
    """The language `text` is written in, as a BCP 47 tag, or None when it cannot tell.

    A text in Arabic script is Persian when it uses letters only Persian has, else Arabic. A text
    in another script is the language most of whose function words it uses (*the, and, of*; *der,
    und, nicht*): at least four of them, and clearly more than any other language's. Meant for
    sources that do not say, or say "und" (undetermined): a paragraph is enough, a title is not.
    """
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return None
    arabic = sum(1 for c in letters if _ARABIC_SCRIPT.match(c))
    if arabic > len(letters) / 2:
        return "fa" if _PERSIAN_LETTERS.search(text) else "ar"
    words = Counter(w.casefold() for w in _WORD.findall(text))
    scores = {
        code: sum(n for word, n in words.items() if word in function_words(code))
        for code in _DETECTABLE
    }
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    (best, first), (_, second) = ranked[0], ranked[1]
    if first < MIN_FUNCTION_WORDS or first < 1.5 * second:
        return None
    return best
