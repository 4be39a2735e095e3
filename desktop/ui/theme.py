"""Colours and fonts: light and dark follow the system's palette; Persian gets a Naskh face."""

from __future__ import annotations

from functools import cache

from casebank.language import writes_arabic_script
from casebank.resources import RESOURCES
from casebank.vocabulary import Status
from desktop.ui.qt import QApplication, QColor, QFont, QFontDatabase, QPalette, QWidget

FONTS = RESOURCES / "fonts"


@cache
def _naskh_family() -> str | None:
    """Load the bundled Noto Naskh Arabic once; None when it cannot be loaded."""
    families: list[str] = []
    for name in ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(FONTS / name))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    return families[0] if families else None


def is_dark(palette: QPalette) -> bool:
    """Whether the palette is a dark theme."""
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def text_font(widget: QWidget, language: str) -> None:
    """Give a text pane a face that suits its language; Persian reads best a little larger."""
    # From the application's font, not the widget's: opening another case must not compound it.
    font = QFont(QApplication.font(widget))
    font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.05)
    if writes_arabic_script(language):
        family = _naskh_family()
        if family:
            font.setFamilies([family])
        font.setPointSizeF(font.pointSizeF() * 1.1)
    widget.setFont(font)


# Each status has its own mark as well as its colour and word: colour is never the only signal.
# The checklist and the author view both use these, so a tutor sees what a student sees.
STATUS_MARK = {
    Status.COVERED: "●",
    Status.PARTLY: "◐",
    Status.MISSING: "○",
    Status.SELF_ASSESSED: "◇",
}


def status_colour(status: Status, palette: QPalette) -> QColor:
    """The checklist colour of a status, readable on the palette's background."""
    dark = is_dark(palette)
    colours = {
        Status.COVERED: "#6fcf7f" if dark else "#1b7a35",
        Status.PARTLY: "#e5b454" if dark else "#9a6400",
        Status.MISSING: "#c0c0c0" if dark else "#5f6368",
        Status.SELF_ASSESSED: "#8fb3ff" if dark else "#2f5bb7",
    }
    return QColor(colours[status])


def highlight_colour(palette: QPalette) -> QColor:
    """The background of highlighted evidence in the answer."""
    return QColor("#5a4a00" if is_dark(palette) else "#fff0a8")


def warning_colour(palette: QPalette) -> str:
    """Text colour for a warning such as too many words."""
    return "#ff8a80" if is_dark(palette) else "#b3261e"


def misspelling_colour(palette: QPalette | None = None) -> QColor:
    """The wavy underline under a misspelt word."""
    dark = is_dark(palette if palette is not None else QApplication.palette())
    return QColor("#ff6b6b" if dark else "#c62828")


def relative_luminance(colour: QColor) -> float:
    """WCAG 2's relative luminance of a colour (0 black, 1 white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(foreground: QColor, background: QColor) -> float:
    """WCAG 2's contrast ratio, from 1 (none) to 21 (black on white); AA asks 4.5 for text."""
    lighter, darker = sorted(
        (relative_luminance(foreground), relative_luminance(background)), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)
