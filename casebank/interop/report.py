"""The import (or export) report: what was carried over, and everything that was not, and why.

Nothing an importer reads is dropped silently: each field it cannot carry over, or can only carry
over with a different meaning, becomes a `Note`. The report is printed by the command line, shown
by the app, and written as ``import-report.md`` into the imported bank's folder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum

_MARKUP = re.compile(r"([\\`*_\[\]<])")


def escape(text: str) -> str:
    """A note's text as Markdown shows it as written: ``'*price*'`` stays starred, not italic."""
    return _MARKUP.sub(r"\\\1", text)


class NoteKind(Enum):
    """How far a piece of the source made it across."""

    DROPPED = "not carried over"
    CHANGED = "carried over with a difference"
    ADDED = "added by the importer"


@dataclass(frozen=True, slots=True)
class Note:
    """One thing the target could not take as the source had it."""

    where: str  # the source file and the item in it, e.g. "essay.h5p, keyword 'photo*'"
    what: str  # what the source had
    why: str  # why it is not, or not exactly, in the result; what the tutor can do
    kind: NoteKind = NoteKind.DROPPED


@dataclass(slots=True)
class Report:
    """The notes and the mapping summary of one import or export."""

    title: str
    mapped: list[str] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)

    def map(self, line: str) -> None:
        """Record what was carried over (one line for the summary)."""
        self.mapped.append(line)

    def note(self, where: str, what: str, why: str, kind: NoteKind = NoteKind.DROPPED) -> None:
        """Record something that was not carried over, or not exactly."""
        self.notes.append(Note(where, what, why, kind))

    def count(self, kind: NoteKind) -> int:
        """How many notes of one kind."""
        return sum(1 for n in self.notes if n.kind is kind)

    def markdown(self) -> str:
        """The report as a Markdown page."""
        lines = [f"# {self.title}", ""]
        if self.mapped:
            lines += ["## Carried over", ""]
            lines += [f"- {m}" for m in self.mapped]
            lines.append("")
        for kind in NoteKind:
            notes = [n for n in self.notes if n.kind is kind]
            if not notes:
                continue
            lines += [f"## {kind.value.capitalize()} ({len(notes)})", ""]
            for n in notes:
                lines.append(f"- **{escape(n.where)}**: {escape(n.what)}")
                lines.append(f"  - {escape(n.why)}")
            lines.append("")
        if not self.notes:
            lines += ["Everything in the source was carried over.", ""]
        return "\n".join(lines)

    def summary(self) -> str:
        """One line: how many things were not carried over, changed or added."""
        parts = [f"{self.count(kind)} {kind.value}" for kind in NoteKind if self.count(kind)]
        return "; ".join(parts) or "everything carried over"


class Losses:
    """An export's notes, grouped: one line per kind of loss, with a count and what it concerns.

    A bank's question has dozens of terms; a report with a line per term (63 lines for one
    question) hides the few things that matter. Each kind is added once per item, and `report`
    writes one note per kind, in the order the kinds first came up.
    """

    SHOWN = 8  # items named in a line; the count says how many there are

    def __init__(self, where: str, report: Report) -> None:
        self.where = where
        self.target = report
        self.kinds: dict[tuple[str, str, NoteKind], list[str]] = {}

    def add(self, what: str, why: str, item: str, kind: NoteKind = NoteKind.DROPPED) -> None:
        """Note one `item` (an argument id, a term; "" for the question as a whole)."""
        items = self.kinds.setdefault((what, why, kind), [])
        if item and item not in items:
            items.append(item)

    def report(self) -> None:
        """Write the grouped notes into the report."""
        for (what, why, kind), items in self.kinds.items():
            if len(items) == 1:
                what = f"{what} ({items[0]})"
            elif items:
                shown = ", ".join(items[: self.SHOWN]) + (", …" if len(items) > self.SHOWN else "")
                what = f"{what}: {len(items)} ({shown})"
            self.target.note(self.where, what, why, kind)
        self.kinds.clear()
