"""What the engine knows about a language's words beyond stemming: function words and real words.

Function words (*and*, *the*, *und*, *که*) tell a sentence from a list of keywords: students'
sentences are full of them, keyword lists have none. Real words tell a typing mistake from a
different word: *responsivness* is a slip for *responsiveness*, but *consent* is not a slip for
*content*. Both come from well-kept word lists (stopwords-iso and pyspellchecker's frequency
lists), loaded lazily, once per language.
"""

from __future__ import annotations

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
