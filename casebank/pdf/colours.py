"""The colours of the document: ink, rules, and one colour per key argument."""

from __future__ import annotations

from casebank.pdf.layout import Colour

INK: Colour = (0.11, 0.11, 0.13)
MUTED: Colour = (0.38, 0.38, 0.42)
RULE: Colour = (0.78, 0.78, 0.80)
SHADE: Colour = (0.95, 0.95, 0.96)
WHITE: Colour = (1.0, 1.0, 1.0)

# Distinct on screen and in print, in an order where neighbours differ in hue and lightness.
_ARGUMENTS: tuple[Colour, ...] = (
    (0.000, 0.447, 0.698),  # blue
    (0.835, 0.369, 0.000),  # vermilion
    (0.000, 0.620, 0.451),  # bluish green
    (0.800, 0.475, 0.655),  # reddish purple
    (0.580, 0.404, 0.741),  # violet
    (0.902, 0.624, 0.000),  # orange
    (0.337, 0.706, 0.914),  # sky blue
    (0.549, 0.337, 0.294),  # brown
    (0.737, 0.741, 0.133),  # olive
    (0.498, 0.498, 0.498),  # grey
)


def argument_colour(index: int) -> Colour:
    """The colour of the argument at `index` in the rubric (colours repeat after ten)."""
    return _ARGUMENTS[index % len(_ARGUMENTS)]


def tint(colour: Colour, strength: float) -> Colour:
    """`colour` laid over white paper at `strength` (0 is white, 1 the colour itself)."""
    r, g, b = colour
    return (1 - strength * (1 - r), 1 - strength * (1 - g), 1 - strength * (1 - b))


def ink_on(colour: Colour) -> Colour:
    """Black or white, whichever reads better on `colour`."""
    r, g, b = colour
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return INK if luminance > 0.55 else WHITE
