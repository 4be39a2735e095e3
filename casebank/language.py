"""Language-aware tokens: normalisation, stemming keys and spans into the original text.

Detection compares *keys*, not spellings. A token's keys are the stems of its normalised forms, so
that "promotions" and "promotional" meet on "promot", "Maedchen" and "Mädchen" on "madch", and the
Persian "می‌خواهم", "میخواهم" and "می خواهم" on "خواه". Cues and answers go through the same
analyser, so a stem that is not a real word does no harm: both sides agree on it.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache
from typing import NamedTuple

import snowballstemmer

ZWNJ = "\u200c"
# The longest word that is stemmed; no word of any language comes near it.
MAX_STEMMED = 100

# Combining marks and joiners that belong inside a word. Python's \w leaves out combining marks, so
# a Persian word with a fatha, or a German word typed with a combining umlaut, would fall apart.
_MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670"
    "\u06d6-\u06ed\u0640\u200c\u200d"
)
WORD = re.compile(rf"[\w{_MARKS}]+(?:['’][\w{_MARKS}]+)*")

_SNOWBALL = {
    "ar": "arabic",
    "hy": "armenian",
    "eu": "basque",
    "ca": "catalan",
    "cs": "czech",
    "da": "danish",
    "nl": "dutch",
    "en": "english",
    "eo": "esperanto",
    "et": "estonian",
    "fi": "finnish",
    "fr": "french",
    "de": "german",
    "el": "greek",
    "hi": "hindi",
    "hu": "hungarian",
    "id": "indonesian",
    "ga": "irish",
    "it": "italian",
    "lt": "lithuanian",
    "ne": "nepali",
    "no": "norwegian",
    "nb": "norwegian",
    "nn": "norwegian",
    "fa": "persian",
    "pl": "polish",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sr": "serbian",
    "st": "sesotho",
    "es": "spanish",
    "sv": "swedish",
    "ta": "tamil",
    "tr": "turkish",
    "yi": "yiddish",
}

# Persian: Arabic code points that Persian keyboards and pasted text use interchangeably.
_PERSIAN_CHARS = str.maketrans(
    {
        "\u064a": "\u06cc",  # Arabic yeh -> Farsi yeh
        "\u0649": "\u06cc",  # alef maksura -> Farsi yeh
        "\u0643": "\u06a9",  # Arabic kaf -> keheh
        "\u0629": "\u0647",  # teh marbuta -> heh
        "\u06c0": "\u0647",  # heh with yeh above (ezafe) -> heh
        "\u0623": "\u0627",  # alef with hamza above -> alef
        "\u0625": "\u0627",  # alef with hamza below -> alef
        "\u0671": "\u0627",  # alef wasla -> alef
        "\u0624": "\u0648",  # waw with hamza -> waw
        "\u200d": None,  # zero-width joiner
        "\u200e": None,  # left-to-right mark
        "\u200f": None,  # right-to-left mark
        "\u0640": None,  # tatweel (kashida)
        **{chr(c): None for c in range(0x064B, 0x0660)},  # harakat and other diacritics
        "\u0670": None,  # superscript alef
        **{chr(0x06F0 + d): str(d) for d in range(10)},  # Persian digits
        **{chr(0x0660 + d): str(d) for d in range(10)},  # Arabic-Indic digits
    }
)

# Persian verb prefixes and noun/adjective suffixes that are written joined, with a ZWNJ, or with a
# space. Joining a detached particle to its word makes all three spellings one token.
_FA_PREFIXES = frozenset({"می", "نمی"})
_FA_SUFFIXES = frozenset(
    {"ها", "های", "هایی", "هایم", "هایت", "هایش", "هایمان", "هایشان", "تر", "ترین"}
)


class Token(NamedTuple):
    """A word of a text: its span, its spelling as written (casefolded), its form and its keys.

    A named tuple rather than a dataclass: an answer makes thousands of them on every check, and
    a tuple is several times cheaper to build.
    """

    start: int
    end: int
    text: str
    form: str
    keys: frozenset[str]


def base_language(tag: str) -> str:
    """The primary subtag of a BCP 47 tag, lowercased: ``"de-AT"`` -> ``"de"``."""
    return tag.split("-", 1)[0].split("_", 1)[0].lower()


# Languages written in the Arabic script (the bundled Naskh font, Persian spelling rules), and
# every language written right to left: the one place each set is written down.
ARABIC_SCRIPT = frozenset({"fa", "ar", "ur", "ps", "ckb"})
RIGHT_TO_LEFT = ARABIC_SCRIPT | {"he", "yi", "dv", "sd", "ug"}


def is_right_to_left(tag: str) -> bool:
    """Whether a language is written right to left."""
    return base_language(tag) in RIGHT_TO_LEFT


def writes_arabic_script(tag: str) -> bool:
    """Whether a language is written in the Arabic script."""
    return base_language(tag) in ARABIC_SCRIPT


class Analyzer:
    """Turns text in one language into tokens with stemming keys.

    Analysers are cheap to share: `analyzer_for` returns one per language, and the per-word work is
    cached, so a long answer that is checked again and again is analysed word by word only once.
    One analyser may be used from several threads at once (the window checks while an import
    validates in the background): its caches are `lru_cache`s, which are safe to share, and each
    thread stems with a Snowball stemmer of its own, since a stemmer keeps the word it is working
    on in itself.
    """

    def __init__(self, language: str) -> None:
        self.language = base_language(language)
        self._algorithm = _SNOWBALL.get(self.language)
        self._stemmers = threading.local()
        self.persian = self.language == "fa"
        self.german = self.language == "de"
        self.form = lru_cache(maxsize=65536)(self._form)
        self.keys = lru_cache(maxsize=65536)(self._keys)
        self.word = lru_cache(maxsize=65536)(self._word)

    def _form(self, word: str) -> str:
        """The normalised spelling: case, accents, presentation forms and script variants folded."""
        text = unicodedata.normalize("NFKC", word).casefold()
        if self.persian or self.language in {"ar", "ur"}:
            text = text.translate(_PERSIAN_CHARS)
            return text.replace(ZWNJ, "")
        text = text.replace(ZWNJ, "").replace("’", "'")
        if not text.isascii():
            decomposed = unicodedata.normalize("NFD", text)
            text = "".join(c for c in decomposed if not unicodedata.combining(c))
            text = unicodedata.normalize("NFC", text)
        if self.german:
            # "ae", "oe", "ue" are how German is typed without umlauts, which were folded above.
            text = text.replace("ae", "a").replace("oe", "o").replace("ue", "u")
        return text

    def _keys(self, word: str) -> frozenset[str]:
        """The stems a word can match on; usually one, several for Persian spelling variants.

        A "word" longer than `MAX_STEMMED` (a pasted token, a web address) is its own key:
        Snowball's stemmers take time in proportion to a word's length, a second a megabyte.
        """
        if len(word) > MAX_STEMMED:
            return frozenset({self.form(word)})
        if self.persian:
            return self._persian_keys(word)
        form = self.form(word)
        if self._algorithm is None:
            return frozenset({form})
        return frozenset({self._stem(form)})

    def _stem(self, word: str) -> str:
        """The Snowball stem of `word`, by this thread's own stemmer."""
        stemmer = getattr(self._stemmers, "stemmer", None)
        if stemmer is None:
            stemmer = self._stemmers.stemmer = snowballstemmer.stemmer(self._algorithm)
        return str(stemmer.stemWord(word))

    def _persian_keys(self, word: str) -> frozenset[str]:
        text = unicodedata.normalize("NFKC", word).casefold().translate(_PERSIAN_CHARS)
        bare = text.replace(ZWNJ, "")
        # Stemming the word without its ZWNJs makes the joined, ZWNJ and spaced spellings meet.
        # Where the writer marked a boundary (a ZWNJ, or a space that tokens() joined), the stemmer
        # can also see the prefix or suffix, so that form's stem is a key too. A boundary is never
        # guessed: "میزبان" (host) must not become "می" + "زبان" (language).
        keys = {self._stem(bare)}
        if ZWNJ in text:
            keys.add(self._stem(text).replace(ZWNJ, ""))
        return frozenset(keys)

    def tokens(self, text: str, offset: int = 0) -> list[Token]:
        """The words of `text`, with spans shifted by `offset`."""
        word = self.word
        return [Token(s, e, *word(w)) for s, e, w in self.words(text, offset)]

    def words(self, text: str, offset: int = 0) -> list[tuple[int, int, str]]:
        """The spans and spellings of the words of `text`, as `tokens` finds them, without the
        work of folding and stemming them."""
        found = [(m.start() + offset, m.end() + offset, m.group()) for m in WORD.finditer(text)]
        if self.persian:
            found = _join_persian_particles(found, text, offset)
        return found

    def _word(self, word: str) -> tuple[str, str, frozenset[str]]:
        """A word as `words` spells it, as a token holds it: written (casefolded), form, keys;
        `word` is this, cached."""
        return _written(word), self.form(word), self.keys(word)


@lru_cache(maxsize=65536)
def _written(word: str) -> str:
    return unicodedata.normalize("NFKC", word).casefold().replace("’", "'")


def _join_persian_particles(
    found: list[tuple[int, int, str]], text: str, offset: int
) -> list[tuple[int, int, str]]:
    """Join "می خواهم" and "کتاب ها" into one word each, written with a ZWNJ."""
    joined: list[tuple[int, int, str]] = []
    i = 0
    while i < len(found):
        start, end, word = found[i]
        bare = word.replace(ZWNJ, "")
        if (
            bare in _FA_PREFIXES
            and i + 1 < len(found)
            and _only_space(text, end, found[i + 1][0], offset)
        ):
            nxt = found[i + 1]
            joined.append((start, nxt[1], word + ZWNJ + nxt[2]))
            i += 2
            continue
        if bare in _FA_SUFFIXES and joined and _only_space(text, joined[-1][1], start, offset):
            prev = joined.pop()
            joined.append((prev[0], end, prev[2] + ZWNJ + word))
            i += 1
            continue
        joined.append((start, end, word))
        i += 1
    return joined


def _only_space(text: str, end: int, start: int, offset: int) -> bool:
    gap = text[end - offset : start - offset]
    return 0 < len(gap) <= 2 and gap.isspace()


@lru_cache(maxsize=64)
def analyzer_for(language: str) -> Analyzer:
    """The shared analyser for a BCP 47 language tag."""
    return Analyzer(language)
