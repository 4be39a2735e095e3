"""The icon, in every size, as the window's icon and in Help > About Casewise with the version."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from casebank import __version__
from desktop.ui.about import ICON_SIZES, ICONS
from desktop.ui.main_window import MainWindow
from desktop.ui.qt import QImage, QMenu
from tests.helpers import window_on
from tests.packaging.tools import ROOT, script


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:
    from desktop.ui.app import application

    application()
    win = window_on(tmp_path / "data", bundled=tmp_path / "no-banks")
    qtbot.addWidget(win)
    yield win
    win.close()
    win.store.close()


def test_about_box_shows_the_version_and_the_icon(window: MainWindow):
    menus = {menu.title(): menu for menu in window.menuBar().findChildren(QMenu)}
    about = [a for a in menus["&Help"].actions() if a.text() == "&About Casewise"]
    assert about, "Help > About Casewise is missing"
    box = window.show_about()
    assert box.isVisible()
    assert box.windowTitle() == "About Casewise"
    assert f"Version {__version__}" in box.text()
    assert "never sends your answers anywhere" in box.text()
    assert not box.iconPixmap().isNull()
    box.accept()


def test_window_icon_has_every_size(window: MainWindow):
    sizes = {size.width() for size in window.windowIcon().availableSizes()}
    assert sizes == set(ICON_SIZES)


def test_icon_pngs_are_the_svg_rendered():
    icons = script(ROOT / "packaging" / "icons.py")
    assert tuple(icons.SIZES) == ICON_SIZES and icons.ICONS == ICONS
    for size in ICON_SIZES:
        png = QImage(str(icons.png_path(size)))
        assert (png.width(), png.height()) == (size, size), f"{size}px icon"
        if size > 128:
            continue  # the small sizes show a stale PNG as well, and compare quickly
        fresh = icons.render(size).convertToFormat(QImage.Format.Format_ARGB32)
        stored = png.convertToFormat(QImage.Format.Format_ARGB32)
        worst = max(
            abs(a - b)
            for a, b in zip(bytes(fresh.constBits()), bytes(stored.constBits()), strict=True)
        )
        assert worst <= 8, (
            f"resources/icons/hicolor/{size}x{size}/casewise.png is not casewise.svg rendered: "
            "run `QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/icons.py`"
        )


def test_windows_and_macos_icons_hold_every_size():
    from PIL import Image

    icons = script(ROOT / "packaging" / "icons.py")
    with Image.open(icons.ICO) as ico:
        assert ico.info["sizes"] == {(size, size) for size in icons.ICO_SIZES}
    with Image.open(icons.ICNS) as icns:
        assert icns.size == (1024, 1024)
