"""Search across the library: full-text search (SQLite FTS5) over case texts and questions.

Qt-free; the window builds the index off its thread (`desktop.ui.operations`).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from casebank.model import Bank
from desktop.casetext import plain


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A place that matches a search: a section of a case text, or a question."""

    bank_id: str
    case_id: str
    question_key: str  # "" for a hit in the case text
    heading: str  # the case section's heading, or the question's prompt start
    snippet: str  # plain text around the matching words, each between `MATCH` and `END`

    def pieces(self) -> list[tuple[str, bool]]:
        """The snippet as (text, whether it is a matching word), in order."""
        found: list[tuple[str, bool]] = []
        for index, part in enumerate(_MARKED.split(self.snippet)):
            if part:
                found.append((part, index % 2 == 1))
        return found

    @property
    def text(self) -> str:
        """The snippet without its marks."""
        return "".join(part for part, _ in self.pieces())


# Around each matching word of a snippet: control characters, which no indexed text holds.
MATCH, END = "\x02", "\x03"
_MARKED = re.compile(f"{MATCH}(.*?){END}", re.DOTALL)
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f]")


_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$")
_WORD = re.compile(r"\w+", re.UNICODE)


class SearchIndex:
    """Full-text search (SQLite FTS5) over case texts and questions of some banks.

    Building it reads every case; do it off the window's thread for a large library. The index
    lives in memory and may be used from one thread at a time.
    """

    def __init__(
        self, banks: Iterable[Bank], cancelled: Callable[[], bool] = lambda: False
    ) -> None:
        self._db = sqlite3.connect(":memory:", check_same_thread=False)
        self._db.execute(
            "CREATE VIRTUAL TABLE hits USING fts5(bank_id UNINDEXED, case_id UNINDEXED, "
            "question_key UNINDEXED, heading, body, tokenize='unicode61 remove_diacritics 2')"
        )
        rows = []
        for bank in banks:
            for case in bank.cases:
                if cancelled():
                    return
                # Plain text: a snippet shows what the reader sees, not Markdown's marks.
                for heading, body in _sections(case.title, case.text):
                    rows.append((bank.id, case.id, "", plain(heading), _indexable(body)))
                for question in case.questions:
                    rows.append(
                        (bank.id, case.id, question.key, case.title, _indexable(question.prompt))
                    )
        self._db.executemany("INSERT INTO hits VALUES (?, ?, ?, ?, ?)", rows)

    def search(self, text: str, limit: int = 50) -> list[SearchHit]:
        """Places that hold every word of `text` (each word also as a prefix), best first."""
        words = _WORD.findall(text)
        if not words:
            return []
        query = " ".join(f'"{word}"*' for word in words)
        rows = self._db.execute(
            "SELECT bank_id, case_id, question_key, heading, "
            "snippet(hits, 4, ?, ?, '…', 12) FROM hits WHERE hits MATCH ? "
            "ORDER BY rank LIMIT ?",
            [MATCH, END, query, limit],
        ).fetchall()
        return [SearchHit(*row) for row in rows]

    def close(self) -> None:
        """Free the index."""
        self._db.close()


def _indexable(markdown: str) -> str:
    """A bank text as the search index keeps it: plain, without the snippet's marks."""
    return _CONTROL.sub(" ", plain(markdown))


def _sections(title: str, text: str) -> list[tuple[str, str]]:
    """The case text cut at its headings: (heading, body) in order."""
    sections: list[tuple[str, list[str]]] = [(title, [])]
    for line in text.splitlines():
        match = _HEADING.match(line)
        if match:
            sections.append((match.group(1), []))
        else:
            sections[-1][1].append(line)
    return [(heading, "\n".join(lines)) for heading, lines in sections if "".join(lines).strip()]
