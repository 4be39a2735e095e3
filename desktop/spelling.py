"""Spell-checking the student's answer, without Qt: dictionaries, the check, suggestions and the
student's own dictionary.

Each language gets the best well-kept list Debian ships (see docs/spelling.md for why):

- English and German: Hunspell dictionaries (``hunspell-en-gb``, ``hunspell-en-us``,
  ``hunspell-de-de``) read by spylls, a pure-Python Hunspell. Hunspell knows German compounds
  (*Arbeitgebermarke*) and inflections, and that German nouns are capitalised.
- Persian: the ``myspell-fa`` word list (330,000 inflected forms, written without ZWNJ) joined with
  pyspellchecker's Persian list (written with ZWNJ). Both sides are compared through the engine's
  own normalisation (`casebank.language.Analyzer.form`), so "می‌خواهم", "میخواهم" and the Arabic
  yeh and kaf variants all meet.
- Any other language pyspellchecker knows: its frequency list. Without any list there is no
  checking, and `dictionary_for` says so.

Loading a Hunspell dictionary takes a second or two, so the app loads it off the window's thread
(`DictionaryLoader`). Checking a word is cached; suggestions are computed only when asked for, and
within a time budget, since Hunspell's suggestions for a German compound can otherwise take many
seconds.
"""

from __future__ import annotations

import io
import logging
import os
import re
import threading
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple, Protocol

from casebank.atomic import write_atomically
from casebank.errors import UserError
from casebank.language import ZWNJ, Analyzer, analyzer_for, base_language, writes_arabic_script
from casebank.model import Case, Question

log = logging.getLogger(__name__)

# Where Debian (and most Linux systems) put Hunspell dictionaries; DICPATH as Hunspell reads it.
SYSTEM_FOLDERS = (
    Path("/usr/share/hunspell"),
    Path("/usr/share/myspell/dicts"),
    Path("/usr/share/myspell"),
    Path("/usr/local/share/hunspell"),
)

# The Hunspell dictionary of each language, or of a regional variant; the bundled banks write
# British English, so plain "en" is checked as en_GB. A word is right when any listed one knows it.
HUNSPELL = {
    "en": ("en_GB",),
    "en-us": ("en_US",),
    "de": ("de_DE",),
}
# Persian: a plain list of forms (its .aff defines no affixes).
WORD_LISTS = {"fa": "fa_IR"}
# The Debian package that provides each dictionary, for the message when one is missing.
PACKAGES = {
    "en_GB": "hunspell-en-gb",
    "en_US": "hunspell-en-us",
    "de_DE": "hunspell-de-de",
    "fa_IR": "myspell-fa",
}
_PYSPELLCHECKER = frozenset(
    {"en", "de", "es", "fr", "it", "pt", "nl", "ru", "ar", "eu", "lv", "fa"}
)
_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
# Persian verb prefixes and the plural, comparative, possessive and verb endings, as normalised
# forms (without ZWNJ); longest first, since "هایشان" must not be read as "ها" + "یشان".
_FA_PREFIXES = ("نمی", "می", "ن", "ب")
_FA_ENDINGS = tuple(
    sorted(
        {
            "ان",
            "ها",
            "های",
            "هایی",
            "هایم",
            "هایت",
            "هایش",
            "هایمان",
            "هایتان",
            "هایشان",
            "ی",
            "ای",
            "یی",
            "تر",
            "ترین",
            "م",
            "ت",
            "ش",
            "مان",
            "تان",
            "شان",
            "ام",
            "ات",
            "اش",
            "یم",
            "ید",
            "ند",
            "اند",
            "است",
            "گان",
        },
        key=len,
        reverse=True,
    )
)
_SUGGESTION_SECONDS = 1.2  # the longest a right-click waits (a German compound needs about 1 s)
MAX_SUGGESTIONS = 6


class Misspelling(NamedTuple):
    """A word the dictionary does not know: its span in the text and its spelling as written."""

    start: int
    end: int
    word: str


class WordSource(Protocol):
    """One list of a language's words."""

    def knows(self, word: str) -> bool:
        """Whether `word`, as written, is right."""
        ...

    def suggest(self, word: str, deadline: float) -> Iterator[str]:
        """Right words close to `word`, best first; stops at `deadline` (time.monotonic())."""
        ...


class _OutOfTimeError(Exception):
    """Raised inside spylls' suggestion search when the time budget is spent."""


def _reader(data: bytes, encoding: str = "Windows-1252") -> Any:
    """A spylls line reader over a file's bytes (Hunspell's default encoding until SET says)."""
    from spylls.hunspell.readers.file_reader import BaseReader

    class MemoryReader(BaseReader):  # type: ignore[misc]
        def reset_encoding(self, encoding: str) -> None:
            self.reset_io(io.StringIO(data.decode(encoding, errors="surrogateescape")))

    return MemoryReader(io.StringIO(data.decode(encoding, errors="surrogateescape")))


class HunspellSource:
    """A Hunspell dictionary read by spylls."""

    def __init__(self, stem: Path) -> None:
        from spylls.hunspell import Dictionary, readers

        self.name = stem.name
        # Read through memory, not spylls' FileReader, which never closes its files.
        aff, context = readers.read_aff(_reader(stem.with_suffix(".aff").read_bytes()))
        dic_reader = _reader(stem.with_suffix(".dic").read_bytes(), context.encoding)
        dic = readers.read_dic(dic_reader, aff=aff, context=context)
        self._dictionary: Any = Dictionary(aff, dic)
        suggester = self._dictionary.suggester
        # The n-gram and phonetic passes scan the whole word list (15 s for German compounds);
        # the edit passes find the slips students make, and can be stopped between candidates.
        suggester.ngram_suggestions = lambda word, handled: iter(())
        suggester.phonet_suggestions = lambda word: iter(())
        self._edits = suggester.edits
        self._deadline = 0.0
        suggester.edits = self._timed_edits

    def _timed_edits(self, word: str) -> Iterator[Any]:
        for edit in self._edits(word):
            if time.monotonic() > self._deadline:
                raise _OutOfTimeError
            yield edit

    def knows(self, word: str) -> bool:
        """Hunspell's verdict: affixes, compounds and capitalisation included."""
        return bool(self._dictionary.lookup(word))

    def suggest(self, word: str, deadline: float) -> Iterator[str]:
        """Hunspell's edit suggestions, as many as the deadline allows."""
        self._deadline = deadline
        found = self._dictionary.suggester.suggestions(word)
        while True:
            try:
                suggestion = next(found)
            except (StopIteration, _OutOfTimeError):
                return
            yield suggestion.text


class FormSource:
    """A plain list of words compared by normalised form, with edit-distance suggestions."""

    def __init__(
        self,
        analyzer: Analyzer,
        spellings: Iterable[str],
        ranked: Iterable[str] = (),
        *,
        prefixes: tuple[str, ...] = (),
        endings: tuple[str, ...] = (),
    ) -> None:
        self._analyzer = analyzer
        self._prefixes = prefixes
        self._endings = endings
        # form -> the spelling to suggest; ranked (frequent, well-written) spellings win.
        self._spelling: dict[str, str] = {}
        self._rank: dict[str, int] = {}
        for rank, word in enumerate(ranked):
            form = analyzer.form(word)
            self._spelling.setdefault(form, word)
            self._rank.setdefault(form, rank)
        for word in spellings:
            if word:
                self._spelling.setdefault(analyzer.form(word), word)
        self._alphabet = "".join(sorted({c for form in self._rank for c in form if c.isalpha()}))

    def knows(self, word: str) -> bool:
        """Whether the word's normalised form is in the list, or is a listed word with a verb
        prefix or an ending the list left out (the Persian list lacks many plurals)."""
        form = self._analyzer.form(word)
        if form in self._spelling:
            return True
        bases = [form, *(form[len(p) :] for p in self._prefixes if form.startswith(p))]
        return any(
            base in self._spelling
            or any(
                base.endswith(ending)
                and len(base) - len(ending) >= 2
                and base[: -len(ending)] in self._spelling
                for ending in self._endings
            )
            for base in bases
        )

    def suggest(self, word: str, deadline: float) -> Iterator[str]:
        """Words one edit away (then two, time allowing), frequent ones first."""
        form = self._analyzer.form(word)
        near = {e for e in _edits(form, self._alphabet) if e in self._spelling}
        if not near:
            for edit in _edits(form, self._alphabet):
                if time.monotonic() > deadline:
                    break
                near.update(e for e in _edits(edit, self._alphabet) if e in self._spelling)
        near.discard(form)
        unranked = len(self._rank)
        for candidate in sorted(near, key=lambda f: (self._rank.get(f, unranked), f)):
            yield self._spelling[candidate]


def _edits(word: str, alphabet: str) -> Iterator[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    for left, right in splits:
        if right:
            yield left + right[1:]
            if len(right) > 1:
                yield left + right[1] + right[0] + right[2:]
            for c in alphabet:
                yield left + c + right[1:]
        for c in alphabet:
            yield left + c + right


def one_edit(a: str, b: str) -> bool:
    """Whether `b` is `a` with one letter deleted, inserted, replaced, or two swapped."""
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = next((i for i, (x, y) in enumerate(zip(short, long, strict=False)) if x != y), len(short))
    return short[i:] == long[i + 1 :]


class FrequencySource:
    """pyspellchecker's frequency list: lowercase words, suggestions by edit distance."""

    def __init__(self, language: str) -> None:
        from spellchecker import SpellChecker

        self.name = f"pyspellchecker {language}"
        self._checker: Any = SpellChecker(language=language, distance=1)

    def knows(self, word: str) -> bool:
        """Whether the list holds the word, in lower case."""
        return word.casefold() in self._checker

    def suggest(self, word: str, deadline: float) -> Iterator[str]:
        """The list's candidates, most frequent first."""
        candidates = self._checker.candidates(word.casefold()) or set()
        frequency = self._checker.word_frequency
        for candidate in sorted(candidates, key=lambda w: (-frequency[w], w)):
            if candidate != word.casefold():
                yield _like(candidate, word)


def _like(suggestion: str, word: str) -> str:
    """`suggestion` capitalised as `word` is (a lowercase list suggesting for "Recieve")."""
    if word[:1].isupper() and suggestion[:1].islower():
        return suggestion[:1].upper() + suggestion[1:]
    return suggestion


@dataclass
class Dictionary:
    """What one language's lists know."""

    language: str
    sources: tuple[WordSource, ...]
    missing: tuple[str, ...] = ()  # Debian packages that would make the check better

    def knows(self, word: str) -> bool:
        """Whether any list knows the word."""
        return any(source.knows(word) for source in self.sources)

    def suggest(self, word: str, limit: int, deadline: float) -> list[str]:
        """Up to `limit` suggestions from the lists, in order, each once."""
        found: dict[str, None] = {}
        for source in self.sources:
            for suggestion in source.suggest(word, deadline):
                if (
                    suggestion != word
                    and " " not in suggestion
                    and "-" not in suggestion  # Hunspell's "col-or" for "color"
                ):
                    found.setdefault(suggestion)
                if len(found) >= limit or time.monotonic() > deadline:
                    break
            if len(found) >= limit:
                break
        return list(found)[:limit]


def dictionary_folders() -> list[Path]:
    """Where dictionaries are looked for: $DICPATH first (as Hunspell does), then the system's."""
    extra = [Path(p) for p in os.environ.get("DICPATH", "").split(os.pathsep) if p]
    return [*extra, *SYSTEM_FOLDERS]


def _find(name: str) -> Path | None:
    for folder in dictionary_folders():
        if (folder / f"{name}.dic").is_file() and (folder / f"{name}.aff").is_file():
            return folder / name
    return None


_load_lock = threading.Lock()


@cache
def _dictionary_cached(tag: str) -> Dictionary | None:
    code = base_language(tag)
    sources: list[WordSource] = []
    missing: list[str] = []
    for name in HUNSPELL.get(tag, HUNSPELL.get(code, ())):
        stem = _find(name)
        if stem is None:
            missing.append(PACKAGES[name])
        else:
            sources.append(HunspellSource(stem))
    if code in WORD_LISTS:
        sources.append(_form_source(code, missing))
    elif not sources and code in _PYSPELLCHECKER:
        sources.append(FrequencySource(code))  # no Hunspell list installed: the lighter list
    if missing:
        log.warning("spelling dictionaries for %s not found; install %s", code, " ".join(missing))
    return Dictionary(code, tuple(sources), tuple(missing)) if sources else None


def _form_source(code: str, missing: list[str]) -> FormSource:
    from spellchecker import SpellChecker

    name = WORD_LISTS[code]
    stem = _find(name)
    words: list[str] = []
    if stem is None:
        missing.append(PACKAGES[name])
    else:
        text = stem.with_suffix(".dic").read_text(encoding="utf-8", errors="replace")
        words = [line.split("/", 1)[0].strip() for line in text.splitlines()[1:]]
    counts: Any = SpellChecker(language=code).word_frequency.dictionary
    ranked = [word for word, _ in counts.most_common()]
    return FormSource(analyzer_for(code), words, ranked, prefixes=_FA_PREFIXES, endings=_FA_ENDINGS)


def dictionary_for(language: str) -> Dictionary | None:
    """The dictionary of a language (loaded once, then shared); None when none is available.

    Blocks while loading (a second or two for Hunspell): the app calls it through
    `DictionaryLoader`.
    """
    tag = language.replace("_", "-").lower()
    with _load_lock:
        return _dictionary_cached(tag if tag in HUNSPELL else base_language(tag))


class DictionaryLoader:
    """Loads dictionaries on one background thread, so that opening a question never waits."""

    def __init__(self, load: Callable[[str], Dictionary | None] = dictionary_for) -> None:
        self._load = load
        self._pool: ThreadPoolExecutor | None = None

    def request(self, language: str) -> Future[Dictionary | None]:
        """Start loading a language's dictionary (or return the finished one at once)."""
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dictionary")
        return self._pool.submit(self._load, language)

    def close(self) -> None:
        """Stop the thread (after the load under way, if any)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


class PersonalDictionary:
    """The words a student added: one UTF-8 file per language in the data folder, one word a line.

    Raises:
        UserError: from `open` when the file cannot be read.
    """

    def __init__(self, path: Path, words: Iterable[str] = ()) -> None:
        self.path = path
        self.words: set[str] = set(words)

    @classmethod
    def open(cls, data_dir: Path, language: str) -> PersonalDictionary:
        """The student's dictionary for a language (empty until a word is added)."""
        path = data_dir / "spelling" / f"{base_language(language)}.txt"
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return cls(path)
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError(
                f"cannot read your dictionary {path}: {exc}; "
                "delete the file to start a new one (the words in it will be flagged again)"
            ) from exc
        return cls(path, (line.strip() for line in text.splitlines() if line.strip()))

    def add(self, word: str) -> None:
        """Add a word and save the file (atomically: never half-written).

        Raises:
            UserError: the file cannot be written; the word is not added.
        """
        if word in self.words:
            return
        words = sorted({*self.words, word})
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(self.path, "".join(f"{w}\n" for w in words).encode("utf-8"))
        self.words.add(word)


def accepted_words(case: Case, question: Question) -> frozenset[str]:
    """Every word the case, the question, its rubric and its model answer use, as written.

    Names such as "Zappos" or "Spark" are right in an answer because the case uses them.
    """
    texts = [case.title, case.summary, case.text, question.prompt, question.model_answer]
    for argument in question.arguments:
        texts += [
            argument.title,
            argument.guidance,
            argument.found,
            argument.missing,
            argument.model_paragraph,
        ]
        for cue in argument.cues:
            texts += [cue.label, *cue.any, *(w for group in cue.with_ for w in group)]
    analyzer = analyzer_for(question.language)
    return frozenset(text[t.start : t.end] for text in texts for t in analyzer.tokens(text))


def word_key(analyzer: Analyzer, word: str) -> str:
    """How two spellings are compared for the accepted, added and ignored words."""
    if analyzer.persian:
        return analyzer.form(word)
    return unicodedata.normalize("NFC", word).casefold().replace("’", "'")


@dataclass
class Speller:
    """Checks one answer's words against a dictionary, the case's words and the student's own.

    Verdicts are cached per spelling, so re-checking a paragraph after a keystroke looks up only
    the word that changed.
    """

    dictionary: Dictionary
    accepted: frozenset[str] = frozenset()
    personal: PersonalDictionary | None = None
    ignored: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.analyzer = analyzer_for(self.dictionary.language)
        self._verdicts: dict[str, bool] = {}
        self._checkables: dict[str, bool] = {}
        key = self.analyzer
        # Reverse order: a capitalised spelling ("Zappos") wins over a lowercase one, as a name.
        self._case_words = {word_key(key, w): w for w in sorted(self.accepted, reverse=True)}
        self._own = {word_key(key, w) for w in self.personal.words} if self.personal else set()

    # -- words -----------------------------------------------------------------------------

    def words(self, text: str) -> list[Misspelling]:
        """The checkable words of `text` (spans and spellings); numbers, acronyms and words in
        another script are left out."""
        found = []
        for token in self.analyzer.tokens(text):
            word = text[token.start : token.end]
            if self.analyzer.persian:
                # "کتاب ها", a particle written apart, is checked as the one word it is.
                word = ZWNJ.join(word.split())
            if self._checkable(word):
                found.append(Misspelling(token.start, token.end, word))
        return found

    def _checkable(self, word: str) -> bool:
        # Asked for every word of the paragraph being edited, on every keystroke: once a word.
        known = self._checkables.get(word)
        if known is None:
            known = self._checkables[word] = self._is_checkable(word)
        return known

    def _is_checkable(self, word: str) -> bool:
        if len(word) < 2 or any(c.isdigit() for c in word):
            return False
        if word.isupper():
            return False  # an acronym: ROI, CRM, GDPR
        arabic = _ARABIC_LETTER.search(word) is not None
        return arabic == writes_arabic_script(self.dictionary.language)

    def verdict(self, word: str) -> bool | None:
        """The cached verdict on a word: True when right, None when not looked up yet."""
        return self._verdicts.get(word)

    def is_correct(self, word: str) -> bool:
        """Whether a word is right (looked up once, then cached)."""
        known = self._verdicts.get(word)
        if known is None:
            known = self._lookup(word)
            self._verdicts[word] = known
        return known

    def _lookup(self, word: str) -> bool:
        key = word_key(self.analyzer, word)
        if key in self._case_words or key in self._own or key in self.ignored:
            return True
        plain = word.replace("’", "'")
        if self.dictionary.knows(plain):
            return True
        # English possessives ("Zappos's"), which Hunspell's English lists leave out.
        for ending in ("'s", "'"):
            if plain.endswith(ending) and len(plain) > len(ending) + 1:
                return self.is_correct(plain[: -len(ending)])
        return False

    def misspellings(self, text: str) -> list[Misspelling]:
        """The words of `text` that are not right."""
        return [w for w in self.words(text) if not self.is_correct(w.word)]

    # -- what the student does -------------------------------------------------------------

    def suggestions(self, word: str, limit: int = MAX_SUGGESTIONS) -> list[str]:
        """Right words close to `word`, best first; computed only when asked (a right-click)."""
        deadline = time.monotonic() + _SUGGESTION_SECONDS
        # The case's own words come first: "Zapos" is a slip for the case's "Zappos".
        key = word_key(self.analyzer, word)
        near = [
            spelling
            for other, spelling in self._case_words.items()
            if abs(len(other) - len(key)) <= 1 and other != key and one_edit(key, other)
        ]
        found = dict.fromkeys(near[:limit])
        for suggestion in self.dictionary.suggest(word, limit, deadline):
            found.setdefault(suggestion)
        return list(found)[:limit]

    def add(self, word: str) -> None:
        """Add a word to the student's dictionary: never flagged again, after restarts too.

        Raises:
            UserError: the dictionary file cannot be written.
        """
        if self.personal is not None:
            self.personal.add(word)
        self._own.add(word_key(self.analyzer, word))
        self._forget(word)

    def ignore(self, word: str) -> None:
        """Stop flagging a word until the app closes."""
        self.ignored.add(word_key(self.analyzer, word))
        self._forget(word)

    def _forget(self, word: str) -> None:
        key = word_key(self.analyzer, word)
        for spelling in [w for w in self._verdicts if word_key(self.analyzer, w) == key]:
            del self._verdicts[spelling]
