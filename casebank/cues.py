"""Cue terms compiled for fast matching: each answer word is looked up, never scanned for.

A term is what a tutor writes in a cue group: ``promotion``, ``special offer``, ``discount*``,
``=US`` or ``==Apple``. A term is a sequence of words; each word matches a token by stem (any
inflection), by prefix, by exact form, or by exact form with its case (``==``). Words of seven
letters or more also match a token one typing mistake away, when that token is not itself a real
word and starts with the same letter.
"""

from __future__ import annotations

import bisect
import re
import threading
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from enum import Enum

from casebank.language import Analyzer, Token
from casebank.lexicon import is_known_word

FUZZY_MIN_LENGTH = 7
# Near matches cost memory and time in the square of a word's length; no real word is longer than
# this, and a longer "word" (a pasted token, a URL) is matched only as written.
FUZZY_MAX_LENGTH = 40
MIN_PREFIX = 3


class Kind(Enum):
    """How a term word matches a token."""

    STEM = "stem"
    PREFIX = "prefix"
    EXACT = "exact"
    CASED = "cased"  # exact form, and upper and lower case as written: ``==Apple``


class TermError(ValueError):
    """A cue term that cannot be used; the message says why, and `hint` what to write instead."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.hint = hint


# What gives a term away as a regular expression (H5P and Moodle keywords may be one): slashes
# around it, alternatives, groups, anchors, escapes, or "any characters". Casewise would otherwise
# read the words in it as a phrase: "/gdpr|dsgvo/" became the phrase "gdpr dsgvo".
_PATTERN = re.compile(r"^\s*/.+/[a-z]*\s*$|[|\\^${}()\[\]]|\.[*+?]")
_PATTERN_SYNTAX = re.compile(r"\\[bBwWsSdD]|[\\^$+]")


@dataclass(frozen=True, slots=True)
class TermWord:
    """One word of a term."""

    kind: Kind
    form: str
    keys: frozenset[str]


@dataclass(frozen=True, slots=True)
class Term:
    """A compiled term: its source text and the ids of its words in the matcher."""

    text: str
    words: tuple[int, ...]


def parse_term(text: str, analyzer: Analyzer) -> tuple[TermWord, ...]:
    """Compile the text of a term into words.

    Raises:
        TermError: the term is empty, has a wildcard in the wrong place, or a prefix too short.
    """
    source = text.strip()
    if _PATTERN.search(source):
        raise TermError(
            f"{text!r} looks like a regular expression; cue terms are words, phrases and "
            "prefixes, and a pattern's characters would be read as a phrase",
            _pattern_hint(source),
        )
    cased = source.startswith("==")
    exact = source.startswith("=")
    if exact:
        source = source[2 if cased else 1 :].lstrip()
    plain, stars = _without_stars(source)
    # Spans only: a word is folded, and stemmed only when it matches by stem, below.
    spans = analyzer.words(plain)
    if not spans:
        raise TermError(f"the term {text!r} has no words")
    if not all(any(c.isalnum() for c in word) for _, _, word in spans):
        # A "word" of joiners or combining marks alone folds to nothing and would match the
        # same nothing in any answer.
        raise TermError(
            f"the term {text!r} has a word with no letters (only joiners or combining marks)"
        )
    covered = {end for _, end, _ in spans}
    if stars - covered:
        raise TermError(f"in {text!r}, '*' may only stand at the end of a word, as in 'promot*'")
    words = []
    for start, end, word in spans:
        if end in stars:
            if exact:
                raise TermError(f"{text!r} mixes '=' (exact form) with '*' (prefix); use one")
            form = analyzer.form(word)
            if len(form) < MIN_PREFIX:
                raise TermError(
                    f"the prefix in {text!r} is too short: write at least {MIN_PREFIX} letters "
                    "before '*', or it would match almost any word"
                )
            words.append(TermWord(Kind.PREFIX, form, frozenset()))
        elif cased:
            words.append(TermWord(Kind.CASED, cased_form(plain[start:end]), frozenset()))
        elif exact:
            words.append(TermWord(Kind.EXACT, analyzer.form(word), frozenset()))
        else:
            words.append(TermWord(Kind.STEM, analyzer.form(word), analyzer.keys(word)))
    return tuple(words)


def _without_stars(source: str) -> tuple[str, set[int]]:
    """The term without its wildcards, and where each stood in it (the length of the text before
    it, with the wildcards left out)."""
    stars: set[int] = set()
    if "*" not in source:  # most terms: no need to go through them letter by letter
        return source, stars
    cleaned: list[str] = []
    for ch in source:
        if ch == "*":
            stars.add(len(cleaned))
        else:
            cleaned.append(ch)
    return "".join(cleaned), stars


def _pattern_hint(source: str) -> str:
    """How to write a pattern's alternatives as terms: ``/gdpr|dsgvo/`` gives ``any = ["gdpr",
    "dsgvo"]``, or, when the parts are not plain words, the general advice."""
    inner = re.sub(r"^/(.+)/[a-z]*$", r"\1", source)
    inner = re.sub(r"(?:\.|\\w)[*+]", "*", inner)  # "discount.*" is the prefix "discount*"
    parts = [_PATTERN_SYNTAX.sub("", part).strip() for part in inner.split("|")]
    simple = not any(c in inner for c in "()[]{}?")
    if simple and all(part and all(c.isalnum() or c in " -'*" for c in part) for part in parts):
        listed = ", ".join(f'"{part}"' for part in dict.fromkeys(parts))
        return f"write each alternative as a term of its own: any = [{listed}]"
    return (
        "write the words the pattern should find as terms of their own, and a '*' at the end "
        'of a word for its endings, as in any = ["discount*", "special offer"]'
    )


def cased_form(word: str) -> str:
    """A word as a case-sensitive term compares it: as written, with Unicode forms unified.

    Only compatibility forms and the typographic apostrophe are unified, so that ``==Apple``
    matches "Apple" typed on any keyboard but not "apple" or "APPLE".
    """
    return unicodedata.normalize("NFKC", word).replace("’", "'")


@dataclass(frozen=True, slots=True)
class WordMatch:
    """A term word that a token matches, and whether only as a near match (a typo)."""

    word: int
    fuzzy: bool


class Matcher:
    """All the terms of one question, indexed by what a token can match them on.

    A matcher may be shared between threads (`casebank.coverage.checker_for` shares a question's
    checker with whoever checks it). Its indexes and its cache of tokens already matched change
    only under its lock, so a token is never matched against half an index, and no thread stores
    a match that a term added meanwhile has made stale. Reading a cached match takes no lock.
    """

    def __init__(self, analyzer: Analyzer) -> None:
        self.analyzer = analyzer
        self.words: list[TermWord] = []
        self.terms: list[Term] = []
        self._word_ids: dict[TermWord, int] = {}
        self._term_ids: dict[str, int] = {}
        self._by_key: dict[str, list[int]] = defaultdict(list)
        self._by_form: dict[str, list[int]] = defaultdict(list)
        self._by_cased: dict[str, list[int]] = defaultdict(list)
        # Prefixes by their text, and the lengths they come in: a token is looked up by its own
        # first letters, once per length, however many prefixes there are.
        self._by_prefix: dict[str, list[int]] = defaultdict(list)
        self._prefix_lengths: list[int] = []
        # Near matches are looked up by the word with one letter deleted. Most answers never ask
        # (their long words are real words), and a checker is made afresh for each question, so
        # the index of the long stem words' variants is built when a near match is first looked
        # for, in the order of the words, as adding them one by one would have built it.
        self._by_deletion: dict[str, list[int]] | None = None
        self._near_words: list[int] = []
        self.starting_with: dict[int, list[int]] = defaultdict(list)
        self._token_cache: dict[tuple[str, frozenset[str]], tuple[WordMatch, ...]] = {}
        self._lock = threading.Lock()

    def add(self, text: str) -> int:
        """Compile and index a term; return its id. The same text gets the same id."""
        known = self._term_ids.get(text)
        if known is not None:  # compiled before (a checker adds each term twice): no need to parse
            return known
        words = parse_term(text, self.analyzer)
        with self._lock:
            if text in self._term_ids:
                return self._term_ids[text]
            ids = tuple(self._add_word(w) for w in words)
            term_id = len(self.terms)
            self.terms.append(Term(text, ids))
            self._term_ids[text] = term_id
            self.starting_with[ids[0]].append(term_id)
            self._token_cache.clear()
            return term_id

    def _add_word(self, word: TermWord) -> int:
        if word in self._word_ids:
            return self._word_ids[word]
        word_id = len(self.words)
        self.words.append(word)
        self._word_ids[word] = word_id
        if word.kind is Kind.STEM:
            for key in word.keys:
                self._by_key[key].append(word_id)
            if FUZZY_MIN_LENGTH <= len(word.form) <= FUZZY_MAX_LENGTH:
                self._near_words.append(word_id)
                if self._by_deletion is not None:
                    self._index_deletions(self._by_deletion, word_id)
        elif word.kind is Kind.EXACT:
            self._by_form[word.form].append(word_id)
        elif word.kind is Kind.CASED:
            self._by_cased[word.form].append(word_id)
        else:
            self._by_prefix[word.form].append(word_id)
            if len(word.form) not in self._prefix_lengths:
                bisect.insort(self._prefix_lengths, len(word.form))
        return word_id

    def match(self, token: Token) -> tuple[WordMatch, ...]:
        """The term words this token matches (cached per distinct spelling)."""
        cache_key = (token.form, token.keys)
        cached = self._token_cache.get(cache_key)
        if cached is not None:
            return cached
        with self._lock:
            cached = self._token_cache.get(cache_key)
            if cached is None:
                cached = self._token_cache[cache_key] = self._match(token)
            return cached

    def _match(self, token: Token) -> tuple[WordMatch, ...]:
        found: dict[int, bool] = {}
        for key in token.keys:
            for word_id in self._by_key.get(key, ()):
                found[word_id] = False
        for word_id in self._by_form.get(token.form, ()):
            found[word_id] = False
        form = token.form
        for length in self._prefix_lengths:
            if length > len(form):
                break
            for word_id in self._by_prefix.get(form[:length], ()):
                found[word_id] = False
        if FUZZY_MIN_LENGTH <= len(token.form) <= FUZZY_MAX_LENGTH and not is_known_word(
            token.text, self.analyzer.language
        ):
            by_deletion = self._deletion_index()
            for variant in (token.form, *_deletions(token.form)):
                for word_id in by_deletion.get(variant, ()):
                    if word_id not in found and _near(token.form, self.words[word_id].form):
                        found[word_id] = True
        return tuple(WordMatch(w, fuzzy) for w, fuzzy in found.items())

    def _deletion_index(self) -> dict[str, list[int]]:
        """The near-match index (see `__init__`); called under the lock, by `_match`."""
        if self._by_deletion is None:
            self._by_deletion = {}
            for word_id in self._near_words:
                self._index_deletions(self._by_deletion, word_id)
        return self._by_deletion

    def _index_deletions(self, index: dict[str, list[int]], word_id: int) -> None:
        for variant in _deletions(self.words[word_id].form):
            index.setdefault(variant, []).append(word_id)

    @property
    def has_cased(self) -> bool:
        """Whether some term must match case: then tokens are also looked up as written."""
        return bool(self._by_cased)

    def match_cased(self, written: str) -> tuple[WordMatch, ...]:
        """The case-sensitive term words that a token written as `written` matches."""
        return tuple(WordMatch(w, False) for w in self._by_cased.get(cased_form(written), ()))


def _deletions(word: str) -> set[str]:
    """The word with one letter deleted, in every position, and the word itself."""
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


def _near(written: str, cue: str) -> bool:
    """Whether a word that is not a real word is a typing mistake for a cue word.

    People rarely mistype a word's first letter, and a different first letter is often a different
    word: "Pinterest" is not "interest", and the Persian "نمی‌توانند" (cannot) is not
    "می‌توانند" (can).
    """
    return written[0] == cue[0] and one_edit(written, cue)


def one_edit(a: str, b: str) -> bool:
    """Whether `a` and `b` differ by one insertion, deletion, substitution or adjacent swap."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diffs = [i for i in range(la) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        return (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and a[diffs[0]] == b[diffs[1]]
            and a[diffs[1]] == b[diffs[0]]
        )
    if la > lb:
        a, b = b, a
    # b is one letter longer: removing one of its letters must give a.
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :]
