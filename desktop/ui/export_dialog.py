"""File › Export answer as PDF…: the student's name and what the PDF includes, before the window
asks where to save it.

The choices are those of `casewise export --name/--include` (and `--self`): one box per
`casebank.pdf.Section`, plus the self-assessment, so the window and the command line cannot
drift apart. The name and the choices are remembered in the settings for the next export.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from casebank.vocabulary import SelfAssessment
from desktop.ui.qt import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSettings,
    QVBoxLayout,
    QWidget,
    Signal,
)

if TYPE_CHECKING:
    from casebank.pdf import ExportOptions, Section

NAME_SETTING = "export/name"
# The sections ticked last, comma-separated, spelt as `casewise export --include` takes them.
INCLUDE_SETTING = "export/include"
SELF_ASSESSMENT_SETTING = "export/self-assessment"
MAX_NAME = 100


def default_include(settings: QSettings) -> frozenset[Section]:
    """The sections ticked last; before any export (or after a hand edit that names no section
    Casewise knows): the feedback and the model answer."""
    from casebank.pdf import Section, parse_sections

    stored = settings.value(INCLUDE_SETTING)
    if stored is not None:
        try:
            return parse_sections(str(stored))
        except ValueError:  # a hand-edited settings file: start again from the defaults
            pass
    return frozenset({Section.FEEDBACK, Section.MODEL})


class ExportDialog(QDialog):
    """Type a name and choose what to include; then `chosen` fires with the `ExportOptions`
    (name, sections, self-assessment; the window adds the mode and the time)."""

    chosen = Signal(object)  # ExportOptions

    def __init__(
        self,
        settings: QSettings,
        *,
        submitted: bool,
        assessment: Mapping[str, SelfAssessment],
        parent: QWidget | None = None,
    ) -> None:
        # Imported here: the export's document half loads ReportLab, needed once exporting.
        from casebank.pdf import Section

        super().__init__(parent)
        self.setObjectName("export-choices")
        self.setWindowTitle(self.tr("Export answer as PDF"))
        self.settings = settings
        self.assessment = dict(assessment)
        self.name = QLineEdit(str(settings.value(NAME_SETTING, "") or ""))
        self.name.setMaxLength(MAX_NAME)
        self.name.setPlaceholderText(self.tr("Optional: your name, printed at the top of the PDF"))
        labels = {
            Section.FEEDBACK: self.tr("&Feedback on each argument"),
            Section.MODEL: self.tr("The &model answer"),
            Section.CASE: self.tr("The &case text, as an appendix"),
        }
        later = self.tr("Once you have submitted this answer")
        ticked = default_include(settings)
        self.sections: dict[Section, QCheckBox] = {}
        for section in Section:
            box = QCheckBox(labels[section])
            # The feedback and the model answer are what submitting reveals.
            available = submitted or section is Section.CASE
            box.setEnabled(available)
            box.setChecked(available and section in ticked)
            if not available:
                box.setToolTip(later)
            self.sections[section] = box
        self.self_assessment = QCheckBox(self.tr("My &self-assessment, beside the detection"))
        remembered = settings.value(SELF_ASSESSMENT_SETTING, True, type=bool)
        self.self_assessment.setEnabled(bool(self.assessment))
        self.self_assessment.setChecked(bool(self.assessment) and bool(remembered))
        if not self.assessment:
            self.self_assessment.setToolTip(
                self.tr("Once you have marked this answer's arguments yourself")
            )
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        include = QVBoxLayout()
        for box in (*self.sections.values(), self.self_assessment):
            include.addWidget(box)
        form.addRow(self.tr("Include:"), include)
        self.explanation = QLabel(
            self.tr(
                "The PDF always holds the question, your answer with each argument's evidence "
                "highlighted, and the rubric with what Casewise detected."
            )
        )
        self.explanation.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(
            self.tr("Save &PDF…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.explanation)
        column.addWidget(buttons)
        self.name.setFocus()
        self.resize(520, self.sizeHint().height())

    def options(self) -> ExportOptions:
        """The name and the sections chosen, and the self-assessment when it is ticked."""
        from casebank.pdf import ExportOptions

        return ExportOptions(
            student=self.name.text().strip(),
            self_assessment=self.assessment if self.self_assessment.isChecked() else {},
            include=frozenset(s for s, box in self.sections.items() if box.isChecked()),
        )

    def _accept(self) -> None:
        options = self.options()
        self.settings.setValue(NAME_SETTING, options.student)
        # A box the student could not tick this time (no submission yet) keeps its last choice.
        kept = {s for s in default_include(self.settings) if not self.sections[s].isEnabled()}
        include = sorted(s.value for s in options.include | kept)
        self.settings.setValue(INCLUDE_SETTING, ",".join(include))
        if self.self_assessment.isEnabled():
            self.settings.setValue(SELF_ASSESSMENT_SETTING, self.self_assessment.isChecked())
        self.accept()
        self.chosen.emit(options)
