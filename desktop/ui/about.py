"""Casewise's icon and its About box (Help → About Casewise), with the one version number."""

from __future__ import annotations

from functools import cache

from casebank import __version__
from casebank.resources import RESOURCES
from desktop.ui.qt import QIcon, QMessageBox, Qt, QWidget

ICONS = RESOURCES / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@cache
def app_icon() -> QIcon:
    """The window icon, from the PNG sizes in ``resources/icons/hicolor`` (null if none exist).

    PNGs rather than the SVG: they load without Qt's SVG plugin, which the bundle leaves out.
    """
    icon = QIcon()
    for size in ICON_SIZES:
        path = ICONS / "hicolor" / f"{size}x{size}" / "casewise.png"
        if path.is_file():
            icon.addFile(str(path))
    return icon


class AboutBox(QMessageBox):
    """Name, version, what Casewise does, that it stays offline, and the licences."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Casewise"))
        self.setIconPixmap(app_icon().pixmap(64, 64))
        self.setTextFormat(Qt.TextFormat.RichText)
        paragraphs = (
            self.tr(
                "Practise case-study exam answers and see, as you write, which key arguments "
                "they cover."
            ),
            self.tr("Casewise works offline: it never sends your answers anywhere."),
            self.tr(
                "Casewise is free software under the GNU General Public License, version 3 or "
                "later. The bundled case banks are under CC BY 4.0."
            ),
        )
        version = self.tr("Version %1").replace("%1", __version__)
        self.setText(
            f"<h3>Casewise</h3><p>{version}</p>" + "".join(f"<p>{p}</p>" for p in paragraphs)
        )
        self.setStandardButtons(QMessageBox.StandardButton.Ok)
