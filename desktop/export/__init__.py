"""PDF export of a finished answer with coverage marks. Qt-free: it runs headless.

>>> from desktop.export import ExportOptions, Section, export_pdf
>>> export_pdf("answer.pdf", answer, question, options=ExportOptions(student="Jo"),
...            bank=bank)                                            # doctest: +SKIP

Text is shaped with HarfBuzz and ordered with the Unicode Bidirectional Algorithm, so Persian
comes out joined and right to left, and copies back in logical order; see docs/pdf-export.md.
"""

from __future__ import annotations

from desktop.export.document import ExportOptions, Mode, Section, export_pdf, render_pdf
from desktop.export.rubric import Agreement, Rubric, RubricRow, SelfAssessment, agreement, rubric

__all__ = [
    "Agreement",
    "ExportOptions",
    "Mode",
    "Rubric",
    "RubricRow",
    "Section",
    "SelfAssessment",
    "agreement",
    "export_pdf",
    "render_pdf",
    "rubric",
]
