"""Attempt › Study plan settings: the desired retention, and pausing the plan for a holiday.

Both are kept in the study database (they decide the schedule, also for ``casewise plan``);
nothing goes online and no account is needed.
"""

from __future__ import annotations

from desktop.store.plan import HIGHEST_RETENTION, LOWEST_RETENTION, StudyPlan
from desktop.ui import i18n
from desktop.ui.qt import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)


class PlanSettingsDialog(QDialog):
    """The study plan's two settings; OK applies them, Cancel changes nothing."""

    def __init__(self, plan: StudyPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Study plan settings"))
        self.retention = QDoubleSpinBox()
        self.retention.setDecimals(0)
        self.retention.setRange(LOWEST_RETENTION * 100, HIGHEST_RETENTION * 100)
        self.retention.setSingleStep(1)
        self.retention.setSuffix(self.tr(" %", "after the desired retention's percentage"))
        self.retention.setValue(round(plan.retention() * 100))
        self.retention.setAccessibleName(self.tr("Desired retention"))
        self.retention.setAccessibleDescription(
            self.tr("How likely you want to be to recall an argument when it comes back")
        )
        explain = QLabel(
            self.tr(
                "How likely you want to be to recall an argument when Casewise brings it back. "
                "Higher means shorter gaps and more practice; %1 suits most students."
            ).replace("%1", i18n.percent(0.9))
        )
        explain.setWordWrap(True)
        self.paused = QCheckBox(self.tr("&Pause the study plan (holidays)"))
        since = plan.paused_since()
        self.paused.setChecked(since is not None)
        self.paused.setAccessibleDescription(
            self.tr("While paused nothing is due; on resuming every due date moves by the pause")
        )
        pause_note = QLabel(
            self.tr(
                "While the plan is paused nothing is due. When you resume it, every argument "
                "comes back as much later as the pause lasted, so nothing piles up."
            )
            if since is None
            else self.tr("Paused since %1.").replace("%1", i18n.date(since))
        )
        pause_note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Desired retention:"), self.retention)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if ok is not None:
            ok.setAccessibleDescription(self.tr("Save the settings; the schedule follows at once"))
        if cancel is not None:
            cancel.setAccessibleDescription(self.tr("Close without changing anything"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(explain)
        layout.addWidget(self.paused)
        layout.addWidget(pause_note)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.accepted.connect(self.apply)
        self.resize(460, 260)

    def apply(self) -> None:
        """Save what the dialog shows: a new retention reschedules every card; pausing or
        resuming takes effect now."""
        retention = round(self.retention.value()) / 100
        if abs(retention - self.plan.retention()) > 1e-9:
            self.plan.set_retention(retention)
        if self.paused.isChecked() and self.plan.paused_since() is None:
            self.plan.pause()
        elif not self.paused.isChecked() and self.plan.paused_since() is not None:
            self.plan.resume()
