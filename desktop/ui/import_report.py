"""The outcome of importing a question file from H5P, Moodle or QTI: what the library gained, and
the conversion report, rendered and scrollable.

The report is Markdown (``casebank.interop.report.Report.markdown``): headings for what was carried
over, changed, added and left out, and a line per note. A message box showed it as raw Markdown
and grew taller than the screen, its OK button out of reach; this dialog renders it in a scrolling
pane and never grows beyond the screen it opens on.
"""

from __future__ import annotations

from desktop.ui.qt import (
    QDialog,
    QDialogButtonBox,
    QGuiApplication,
    QLabel,
    Qt,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

# The share of the screen's available height and width the dialog may take at most.
SCREEN_SHARE = 0.8
PREFERRED = (720, 640)


class ImportReportDialog(QDialog):
    """What an import did (`message`), and the conversion report of `source`, from Markdown."""

    def __init__(self, message: str, source: str, report: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bank imported"))
        summary = QLabel(message)
        summary.setWordWrap(True)
        summary.setTextFormat(Qt.TextFormat.PlainText)
        summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        intro = QLabel(
            self.tr("Converted from %1. What could not be carried over, and why:").replace(
                "%1", source
            )
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.report = QTextBrowser()
        self.report.setOpenLinks(False)
        self.report.setOpenExternalLinks(False)
        self.report.setMarkdown(report)
        self.report.setAccessibleName(self.tr("Conversion report"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(intro)
        layout.addWidget(self.report, 1)
        layout.addWidget(buttons)
        self._fit(parent)

    def _fit(self, parent: QWidget | None) -> None:
        """The preferred size, or less on a small screen: the report scrolls, the OK stays."""
        screen = (
            parent.screen() if parent is not None else None
        ) or QGuiApplication.primaryScreen()
        width, height = PREFERRED
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, int(available.width() * SCREEN_SHARE))
            height = min(height, int(available.height() * SCREEN_SHARE))
            self.setMaximumSize(available.width(), available.height())
        self.resize(width, height)
