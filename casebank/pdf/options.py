"""What the student chooses for a PDF: the mode, the optional sections and the other options.

Light on purpose (no ReportLab): the window's export dialog offers these choices before anything
is written, and `--include` on the command lines is read by `parse_sections`;
`casebank.pdf.document` renders them.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum

from casebank.vocabulary import Mode, SelfAssessment


class Section(Enum):
    """The optional sections the student may add."""

    FEEDBACK = "feedback"
    MODEL = "model"
    CASE = "case"


def parse_sections(include: str) -> frozenset[Section]:
    """The sections a comma-separated list names, as ``--include feedback,model`` gives them.

    Raises:
        ValueError: a name is not a section; the message lists the sections there are.
    """
    sections = set()
    for part in filter(None, (p.strip() for p in include.split(","))):
        try:
            sections.add(Section(part))
        except ValueError:
            known = ", ".join(section.value for section in Section)
            raise ValueError(f"{part!r} is not a section; choose from {known}") from None
    return frozenset(sections)


@dataclass(frozen=True)
class ExportOptions:
    """What the student chooses for the PDF.

    Attributes:
        student: the name printed in the header and the running head; "" for none.
        date: the export date (today when None); it is printed and is the PDF's creation date.
        mode: practice, exam or drill.
        seconds: the time spent writing, if known.
        self_assessment: the student's verdict per argument id.
        include: optional sections: feedback per argument, the model answer, the case text.
    """

    student: str = ""
    date: datetime.date | None = None
    mode: Mode = Mode.PRACTICE
    seconds: int | None = None
    self_assessment: Mapping[str, SelfAssessment] = field(default_factory=dict)
    include: frozenset[Section] = frozenset()
