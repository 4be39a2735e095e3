"""Bidirectional text: embedding levels (python-bidi) and the visual order of a line.

The Unicode Bidirectional Algorithm resolves a level for each character of a paragraph: even is
left to right, odd right to left. Lines are broken in logical order first; then each line's runs
are reversed level by level (rule L2). python-bidi's public `get_display` returns only the final
string, so levels come from its algorithm module, step by step, as its `get_display` runs them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Any, TypeVar

from bidi import algorithm as _uba  # type: ignore[import-untyped]

T = TypeVar("T")

# Characters that can make a paragraph need the algorithm at all: right-to-left letters, Arabic
# numbers and explicit directional formatting.
_NEEDS_BIDI = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u200f\u202a-\u202e\u2066-\u2069"
    "\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
_RTL_CLASSES = frozenset({"R", "AL"})


def needs_bidi(text: str) -> bool:
    """Whether `text` holds anything that is not plain left-to-right."""
    return _NEEDS_BIDI.search(text) is not None


def base_level(text: str, default: int = 0) -> int:
    """The paragraph's level from its first strong character (rules P2, P3), else `default`."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in _RTL_CLASSES:
            return 1
        if kind == "L":
            return 0
    return default


def levels(text: str, base: int) -> list[int]:
    """The resolved embedding level of every character of a paragraph.

    Args:
        text: one paragraph, without line breaks.
        base: the paragraph level, 0 (left to right) or 1 (right to left).

    Returns:
        One level per character. Characters the algorithm removes (rule X9: ZWNJ, ZWJ and the
        embedding controls) take the level of the character before them.
    """
    if base == 0 and not needs_bidi(text):
        return [0] * len(text)
    storage: dict[str, Any] = _uba.get_empty_storage()
    storage["base_level"] = base
    storage["base_dir"] = "LR"[base]
    _uba.get_embedding_levels(text, storage)
    _uba.explicit_embed_and_overrides(storage)
    _uba.resolve_weak_types(storage, False)
    _uba.resolve_neutral_types(storage, False)
    _uba.resolve_implicit_levels(storage, False)
    resolved = [int(c["level"]) for c in storage["chars"]]
    removed = set(_uba.X9_REMOVED)
    result: list[int] = []
    kept = iter(resolved)
    previous = base
    for char in text:
        if unicodedata.bidirectional(char) in removed:
            result.append(previous)
        else:
            previous = next(kept)
            result.append(previous)
    # Rule L1: white space at the end of the paragraph goes back to the paragraph level.
    i = len(text)
    while i and text[i - 1].isspace():
        i -= 1
        result[i] = base
    return result


def visual_order(items: Sequence[T], item_levels: Sequence[int]) -> list[T]:
    """Items of one line in visual order (rule L2): from the highest level down to the lowest
    odd one, reverse every maximal sequence at that level or higher."""
    order = list(range(len(items)))
    if not items:
        return []
    highest = max(item_levels)
    odd = [level for level in item_levels if level % 2]
    if not odd:
        return list(items)
    for level in range(highest, min(odd) - 1, -1):
        i = 0
        while i < len(order):
            if item_levels[order[i]] >= level:
                j = i
                while j < len(order) and item_levels[order[j]] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    return [items[i] for i in order]
