"""HarfBuzz shaping: the glyphs that draw a run of text in one face and one direction.

Shaping joins Persian letters, forms ligatures, positions marks, applies kerning and mirrors
brackets in right-to-left runs. Results are cached by (face, text, direction): an answer repeats
its words, so a 5,000-word answer is shaped in a few thousand calls, not thirty thousand.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import uharfbuzz as hb  # type: ignore[import-untyped]

from casebank.pdf.fonts import Face

_FEATURES = {"kern": True, "liga": True}


@dataclass(frozen=True, slots=True)
class Glyph:
    """A shaped glyph. Lengths are in thousandths of an em; `cluster` indexes the run's text."""

    id: int
    cluster: int
    advance: float
    dx: float
    dy: float
    text: str  # the characters this glyph shows; "" for a cluster's later glyphs


@dataclass(frozen=True, slots=True)
class Shaped:
    """A run of text as glyphs in visual order (left to right, also for right-to-left runs)."""

    face: Face
    text: str
    rtl: bool
    glyphs: tuple[Glyph, ...]
    width: float

    def extent(self, start: int, end: int) -> tuple[float, float] | None:
        """The horizontal extent, from the run's left edge, of the characters start:end."""
        x = 0.0
        low = high = None
        for glyph in self.glyphs:
            if start <= glyph.cluster < end:
                low = x if low is None else min(low, x)
                high = x + glyph.advance if high is None else max(high, x + glyph.advance)
            x += glyph.advance
        if low is None or high is None:
            return None
        return low, high


@lru_cache(maxsize=32768)
def shape(face: Face, text: str, rtl: bool) -> Shaped:
    """Shape `text` with `face`, left to right or right to left."""
    buffer = hb.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    buffer.direction = "rtl" if rtl else "ltr"
    buffer.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    hb.shape(face.hb_font, buffer, _FEATURES)
    infos = buffer.glyph_infos
    positions = buffer.glyph_positions
    scale = 1000 / face.upem
    clusters = sorted({info.cluster for info in infos})
    ends = dict(zip(clusters, [*clusters[1:], len(text)], strict=True))
    seen: set[int] = set()
    glyphs = []
    # In a right-to-left run HarfBuzz lists glyphs right to left: a cluster's first glyph in
    # logical order is its last one here, and that is the one that carries the text.
    order = range(len(infos) - 1, -1, -1) if rtl else range(len(infos))
    texts = [""] * len(infos)
    for i in order:
        cluster = infos[i].cluster
        if cluster not in seen:
            seen.add(cluster)
            texts[i] = text[cluster : ends[cluster]]
    for info, position, glyph_text in zip(infos, positions, texts, strict=True):
        glyphs.append(
            Glyph(
                info.codepoint,
                info.cluster,
                position.x_advance * scale,
                position.x_offset * scale,
                position.y_offset * scale,
                glyph_text,
            )
        )
    return Shaped(face, text, rtl, tuple(glyphs), sum(g.advance for g in glyphs))
