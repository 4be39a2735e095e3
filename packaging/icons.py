"""Render Casewise's icon, ``resources/icons/casewise.svg``, to the PNG sizes desktops use.

The PNGs are kept in the repository (the app and the bundle load PNGs, so they need no SVG
plugin); run this after changing the SVG, and ``tests/packaging`` checks they still match::

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/icons.py

It also writes the Windows icon (``packaging/windows/casewise.ico``) and the macOS one
(``packaging/macos/casewise.icns``) that the PyInstaller spec uses there, with Pillow (which
ReportLab brings into the venv).
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICONS / "casewise.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
PACKAGING = Path(__file__).resolve().parent
ICO = PACKAGING / "windows" / "casewise.ico"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # Windows' largest icon is 256
ICNS = PACKAGING / "macos" / "casewise.icns"


def png_path(size: int) -> Path:
    """Where the PNG of one size lives: ``resources/icons/hicolor/SIZExSIZE/casewise.png``."""
    return ICONS / "hicolor" / f"{size}x{size}" / "casewise.png"


def render(size: int, svg: Path = SVG) -> QImage:
    """The icon at `size` pixels square, on a transparent background."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG icon")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def pillow(image: QImage) -> Image.Image:
    """A Qt image as a Pillow image, through PNG bytes."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; PySide6 wants str
    return Image.open(io.BytesIO(bytes(buffer.data().data())))


def write_ico_and_icns() -> None:
    """The Windows and macOS icons, each size drawn from the SVG rather than scaled."""
    ICO.parent.mkdir(exist_ok=True)
    ICNS.parent.mkdir(exist_ok=True)
    images = [pillow(render(size)) for size in ICO_SIZES]
    images[-1].save(ICO, sizes=[(s, s) for s in ICO_SIZES], append_images=images[:-1])
    # macOS draws from a 1024-pixel image (512 at double density).
    pillow(render(1024)).save(ICNS)


def main() -> int:
    """Write every size; the exit status."""
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for size in SIZES:
        target = png_path(size)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(size).save(str(target)):
            print(f"could not write {target}", file=sys.stderr)
            return 1
        print(target.relative_to(ICONS.parent.parent))
    write_ico_and_icns()
    print(ICO.relative_to(ICONS.parent.parent))
    print(ICNS.relative_to(ICONS.parent.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main())
