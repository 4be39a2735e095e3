"""The Casewise window: the only part of Casewise that imports Qt (through `desktop.ui.qt`).

Widgets show state and forward what the student does; the decisions live in Qt-free classes
(`desktop.session`, `desktop.library`, `desktop.calibration`, `desktop.store`).
"""
