"""PDF export of a finished answer with coverage marks. Qt-free: it runs headless.

>>> from casebank.pdf import ExportOptions, Section, export_pdf
>>> export_pdf("answer.pdf", answer, question, options=ExportOptions(student="Jo"),
...            bank=bank)                                            # doctest: +SKIP

Text is shaped with HarfBuzz and ordered with the Unicode Bidirectional Algorithm, so Persian
comes out joined and right to left, and copies back in logical order; see docs/pdf-export.md.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from casebank.pdf.options import ExportOptions, Section, parse_sections
from casebank.pdf.rubric import Rubric, RubricRow, agreement, rubric

if TYPE_CHECKING:
    from casebank.pdf.document import export_pdf, render_pdf

# The document half pulls in ReportLab and HarfBuzz (about half a second): the app only pays for
# it when the student exports, not at start-up or when it asks what to include.
_DOCUMENT = frozenset({"export_pdf", "render_pdf"})


def __getattr__(name: str) -> Any:
    if name in _DOCUMENT:
        return getattr(importlib.import_module("casebank.pdf.document"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "ExportOptions",
    "Rubric",
    "RubricRow",
    "Section",
    "agreement",
    "export_pdf",
    "parse_sections",
    "render_pdf",
    "rubric",
]
