"""Retention: how long visitor and volunteer records are kept, and a run of the erasure on demand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from welcome_point.domain.privacy import LONGEST_MONTHS, SHORTEST_MONTHS, RetentionPolicy
from welcome_point.ui.background import BackgroundRunner
from welcome_point.ui.privacy_common import OK, date_time_text, message_label, show_error, show_message

if TYPE_CHECKING:
    from welcome_point.services.audit import AuditService
    from welcome_point.services.privacy import PrivacyService

def _months_box(caption: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(SHORTEST_MONTHS, LONGEST_MONTHS)
    box.setAccessibleName(caption)
    return box


class RetentionTab(QWidget):
    """The retention policy and its runs; ``changed`` tells the window that records were erased."""

    changed = Signal()
    policy_saved = Signal()

    def __init__(self, privacy: PrivacyService, audit: AuditService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._privacy = privacy
        self._audit = audit
        self._runner = BackgroundRunner()
        self._running = False
        self._loaded = False

        intro = QLabel(self.tr(
            "Records are kept only as long as they are needed. The app erases old records by itself at "
            "start and once a day; the anonymous counts in the reports stay."))
        intro.setObjectName("hint")
        intro.setWordWrap(True)

        policy_box = QGroupBox(self.tr("How long records are kept"))
        form = QFormLayout(policy_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.visitor_months = _months_box(self.tr("Months without a visit before a visitor is erased"))
        self.visitor_months.setSuffix(self.tr(" months"))
        self.volunteer_months = _months_box(self.tr("Months after leaving before a volunteer is erased"))
        self.volunteer_months.setSuffix(self.tr(" months"))
        visitor_caption = QLabel(self.tr("Visitors with no visit for:"))
        visitor_caption.setBuddy(self.visitor_months)
        volunteer_caption = QLabel(self.tr("Volunteers who left, after:"))
        volunteer_caption.setBuddy(self.volunteer_months)
        form.addRow(visitor_caption, self._with_note(self.visitor_months, self.tr(
            "Their card code and details are erased; their visits stay, without a link to the person.")))
        form.addRow(volunteer_caption, self._with_note(self.volunteer_months, self.tr(
            "Name, contact data and languages are erased; their hours remain only in anonymous totals.")))
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.clicked.connect(self.save)
        self.policy_message = message_label()
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.policy_message, 1)
        save_row.addStretch(0)
        form.addRow("", save_row)

        run_box = QGroupBox(self.tr("Runs"))
        run_layout = QVBoxLayout(run_box)
        self.last_run = QLabel()
        self.last_run.setWordWrap(True)
        self.run_button = QPushButton(self.tr("&Run now…"))
        self.run_button.setToolTip(self.tr(
            "Erase now every record that is past its time (a backup is taken first)"))
        self.run_button.clicked.connect(self.run_now)
        run_row = QHBoxLayout()
        run_row.addWidget(self.last_run, 1)
        run_row.addWidget(self.run_button)
        self.run_message = message_label()
        run_layout.addLayout(run_row)
        run_layout.addWidget(self.run_message)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(policy_box)
        layout.addWidget(run_box)
        layout.addStretch(1)

    def _with_note(self, box: QSpinBox, text: str) -> QHBoxLayout:
        note = QLabel(text)
        note.setObjectName("hint")
        note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(box)
        row.addSpacing(8)
        row.addWidget(note, 1)
        return row

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.load()

    def load(self) -> None:
        self._loaded = True
        try:
            policy = self._privacy.policy()
        except Exception as exc:
            show_error(self.policy_message, exc)
            self.save_button.setEnabled(False)
            self.run_button.setEnabled(False)
            return
        self.visitor_months.setValue(policy.visitor_months)
        self.volunteer_months.setValue(policy.volunteer_months)
        self._show_last_run()

    def _show_last_run(self) -> None:
        """The last run is the newest "retention_run" entry of the audit log (each run writes one)."""
        try:
            runs = self._audit.events(limit=1, action="retention_run")
        except Exception:  # the date is a convenience; the policy above is what matters
            runs = []
        if not runs:
            self.last_run.setText(self.tr("Not run yet on this database."))
        else:
            self.last_run.setText(self.tr("Last run: %1.").replace("%1", date_time_text(runs[0].at)))

    def save(self) -> None:
        try:
            self._privacy.set_policy(RetentionPolicy(visitor_months=self.visitor_months.value(),
                                                     volunteer_months=self.volunteer_months.value()))
        except Exception as exc:
            show_error(self.policy_message, exc)
            return
        show_message(self.policy_message, self.tr("Saved. The next run uses the new periods."), OK)
        self.policy_saved.emit()

    # -- running -------------------------------------------------------------------------------

    @property
    def working(self) -> bool:
        return self._running

    def _confirmation(self) -> str:
        return self.tr(
            "Erase now every visitor with no visit for %1 months and every volunteer who left more than "
            "%2 months ago? A backup is taken first. This cannot be undone in the app.") \
            .replace("%1", QLocale().toString(self.visitor_months.value())) \
            .replace("%2", QLocale().toString(self.volunteer_months.value()))

    def run_now(self) -> None:
        if self._running:
            return
        answer = QMessageBox.question(
            self, self.tr("Run retention now"), self._confirmation(),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._running = True
        self.run_button.setEnabled(False)
        show_message(self.run_message, self.tr("Erasing records past their time…"))
        self._runner.run(self._privacy.run_retention, self._ran, self._failed)

    def _ran(self, result: Any) -> None:
        if not isValid(self):  # the window locked meanwhile: this tab is gone
            return
        self._running = False
        self.run_button.setEnabled(True)
        show_message(self.run_message, self.tr("Done: %1 visitors and %2 volunteers erased.")
                     .replace("%1", QLocale().toString(result.visitors_erased))
                     .replace("%2", QLocale().toString(result.volunteers_erased)), OK)
        self._show_last_run()
        if result.visitors_erased or result.volunteers_erased:
            self.changed.emit()

    def _failed(self, exc: Exception) -> None:
        if not isValid(self):  # the window locked meanwhile: this tab is gone
            return
        self._running = False
        self.run_button.setEnabled(True)
        show_error(self.run_message, exc)

    def finish(self) -> None:
        self._runner.finish()
