"""Casewise, the desktop study app. Everything outside `desktop.ui` is Qt-free."""

from casebank import __version__

__all__ = ["__version__"]
