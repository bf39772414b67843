"""Settings: where the data lives and what it holds. More settings come with the issues that need them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from welcome_point.domain.errors import WelcomePointError
from welcome_point.ui.errors import describe
from welcome_point.ui.i18n import LANGUAGES
from welcome_point.ui.privacy_processing import ProcessingRecordBox

if TYPE_CHECKING:
    from collections.abc import Callable

    from welcome_point.domain.certificates import Threshold
    from welcome_point.domain.models import DatabaseInfo, Site
    from welcome_point.domain.privacy import ProcessingRecord
    from welcome_point.domain.shifts import WorkRules


class RuleAccess(Protocol):
    def rules(self) -> WorkRules: ...
    def set_rules(self, rules: WorkRules) -> None: ...
    def threshold(self) -> Threshold: ...
    def set_threshold(self, threshold: Threshold) -> None: ...


class LockAccess(Protocol):
    """services.auth.AuthService, as far as Settings needs it."""

    def lock_minutes(self) -> int: ...
    def set_lock_minutes(self, minutes: int) -> None: ...


class RecordAccess(Protocol):
    """services.privacy.PrivacyService, as far as Settings needs it."""

    def record_of_processing(self) -> ProcessingRecord: ...


def _hours_box(low: int, high: int) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(low, high)
    box.setDecimals(1)
    box.setSingleStep(0.5)
    box.setSuffix(" h")
    return box


class SettingsPage(QWidget):
    language_requested = Signal(str)
    site_saved = Signal(object)
    lock_minutes_changed = Signal(int)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._info: DatabaseInfo | None = None
        # The groups scroll when the window is too low for all of them.
        content = QWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(content)

        appearance = QGroupBox(self.tr("Language"))
        row = QHBoxLayout(appearance)
        self.language_box = QComboBox()
        for code, name in LANGUAGES.items():
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(self.language_box.findData(language))
        self.language_box.setAccessibleName(self.tr("Language of the app"))
        self.switch_button = apply_button = QPushButton(self.tr("Switch language"))
        apply_button.clicked.connect(self._request_language)
        note = QLabel(self.tr("The window is rebuilt in the new language; nothing is lost."))
        note.setWordWrap(True)
        row.addWidget(self.language_box)
        row.addWidget(apply_button)
        row.addWidget(note, 1)
        layout.addWidget(appearance)

        self.site_box = QGroupBox(self.tr("This Welcome Point"))
        site_form = QFormLayout(self.site_box)
        site_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.site_name = QLineEdit()
        self.site_name.setMaxLength(200)
        self.site_address = QLineEdit()
        self.site_address.setMaxLength(300)
        self.site_hours = QLineEdit()
        self.site_hours.setMaxLength(300)
        self.site_hours.setPlaceholderText(self.tr("e.g. Mon–Fri 10–16, Sat 10–14"))
        site_form.addRow(self.tr("Name:"), self.site_name)
        site_form.addRow(self.tr("Address:"), self.site_address)
        site_form.addRow(self.tr("Opening hours:"), self.site_hours)
        self.site_save = QPushButton(self.tr("Save"))
        self.site_save.clicked.connect(self._save_site)
        self.site_message = QLabel(self.tr("Printed on visitor cards and referral slips."))
        self.site_message.setWordWrap(True)
        site_row = QHBoxLayout()
        site_row.addWidget(self.site_message, 1)
        site_row.addWidget(self.site_save)
        site_form.addRow("", site_row)
        self.site_box.setEnabled(False)
        self._save_site_with: Callable[[str, str, str], Site] | None = None
        layout.addWidget(self.site_box)

        self.rules_box = QGroupBox(self.tr("Shifts and certificates"))
        rules_form = QFormLayout(self.rules_box)
        self.daily_limit = _hours_box(1, 24)
        self.rest = _hours_box(0, 24)
        self.per_year = _hours_box(1, 2000)
        self.per_week = _hours_box(1, 80)
        rules_form.addRow(self.tr("At most hours per day and volunteer:"), self.daily_limit)
        rules_form.addRow(self.tr("At least hours of rest between two days:"), self.rest)
        rules_form.addRow(self.tr("Ehrenamtskarte: hours per year:"), self.per_year)
        rules_form.addRow(self.tr("… or hours per week on average:"), self.per_week)
        self.rules_save = QPushButton(self.tr("Save"))
        self.rules_save.clicked.connect(self._save_rules)
        self.rules_message = QLabel(self.tr(
            "Assignments that break the first two are refused with the reason."))
        self.rules_message.setWordWrap(True)
        rules_row = QHBoxLayout()
        rules_row.addWidget(self.rules_message, 1)
        rules_row.addWidget(self.rules_save)
        rules_form.addRow("", rules_row)
        self.rules_box.setEnabled(False)
        self._rules: RuleAccess | None = None
        layout.addWidget(self.rules_box)

        self.report_box = QGroupBox(self.tr("Monthly reports"))
        report_form = QFormLayout(self.report_box)
        self.report_k = QSpinBox()
        self.report_k.setRange(3, 50)  # domain.report.SMALLEST_K … LARGEST_K
        self.report_k.setToolTip(self.tr(
            "Counts from 1 to k − 1 are hidden in the monthly report; a month with fewer than 2 × k "
            "visits publishes its key figures only. 5 is usual; a larger k hides more."))
        self.report_save = QPushButton(self.tr("Save"))
        self.report_save.clicked.connect(self._save_report_k)
        self.report_message = QLabel(self.tr("Smaller counts are hidden in the reports for the city."))
        self.report_message.setWordWrap(True)
        report_row = QHBoxLayout()  # one line: the page must fit a laptop screen
        report_row.addWidget(self.report_k)
        report_row.addWidget(self.report_message, 1)
        report_row.addWidget(self.report_save)
        report_form.addRow(self.tr("Suppression threshold k:"), report_row)
        self.report_box.setEnabled(False)
        self._save_k_with: Callable[[int], None] | None = None
        layout.addWidget(self.report_box)

        self.security_box = QGroupBox(self.tr("Security"))
        security_form = QFormLayout(self.security_box)
        self.lock_minutes = QSpinBox()
        self.lock_minutes.setRange(1, 240)  # services.auth: 1 … 240 minutes
        self.lock_minutes.setSuffix(self.tr(" min"))
        self.lock_minutes.setToolTip(self.tr(
            "Without a key press or a mouse movement for this long, the window locks and hides all "
            "personal data until someone signs in again."))
        self.lock_save = QPushButton(self.tr("Save"))
        self.lock_save.clicked.connect(self._save_lock_minutes)
        self.lock_message = QLabel(self.tr("The screen faces the public: it locks when nobody uses it."))
        self.lock_message.setWordWrap(True)
        lock_row = QHBoxLayout()
        lock_row.addWidget(self.lock_minutes)
        lock_row.addWidget(self.lock_message, 1)
        lock_row.addWidget(self.lock_save)
        security_form.addRow(self.tr("Lock automatically after:"), lock_row)
        self.security_box.setEnabled(False)
        self._lock: LockAccess | None = None
        layout.addWidget(self.security_box)

        storage = QGroupBox(self.tr("Data"))
        form = QFormLayout(storage)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.site = QLabel(self.tr("Opening the database…"))
        # Paths read left to right in every language; a read-only field scrolls a long one.
        self.folder = QLineEdit()
        self.database = QLineEdit()
        for field in (self.folder, self.database):
            field.setReadOnly(True)
            field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.revision = QLabel()
        self.counts = QLabel()
        form.addRow(self.tr("Welcome Point:"), self.site)
        form.addRow(self.tr("Data folder:"), self.folder)
        form.addRow(self.tr("Database file:"), self.database)
        form.addRow(self.tr("Schema version:"), self.revision)
        form.addRow(self.tr("Records:"), self.counts)
        self.open_folder = QPushButton(self.tr("Open data folder"))
        self.open_folder.setEnabled(False)
        self.open_folder.clicked.connect(self._open_folder)
        form.addRow("", self.open_folder)
        layout.addWidget(storage)

        self.processing_box = ProcessingRecordBox()
        self.processing_box.view.setMinimumHeight(360)
        layout.addWidget(self.processing_box)
        layout.addStretch(1)
        scroll.setWidget(content)

    def use_site(self, site: Site, save: Callable[[str, str, str], Site]) -> None:
        """Let the user name this Welcome Point; ``save`` stores name, address and hours."""
        self._save_site_with = save
        self.site_name.setText(site.name)
        self.site_address.setText(site.address)
        self.site_hours.setText(site.opening_hours)
        self.site_box.setEnabled(True)

    def _save_site(self) -> None:
        if self._save_site_with is None:
            return
        try:
            site = self._save_site_with(self.site_name.text(), self.site_address.text(),
                                        self.site_hours.text())
        except WelcomePointError as exc:
            self.site_message.setText(describe(exc))
            return
        self.site.setText(site.name)
        self.site_message.setText(self.tr("Saved."))
        self.site_saved.emit(site)
        self.refresh_privacy()  # the record names the Welcome Point as controller

    def use_rules(self, access: RuleAccess) -> None:
        """The shift rules and the certificate threshold, read and saved through ``access``."""
        self._rules = access
        limits = access.rules()
        threshold = access.threshold()
        self.daily_limit.setValue(limits.daily_limit.total_seconds() / 3600)
        self.rest.setValue(limits.rest.total_seconds() / 3600)
        self.per_year.setValue(threshold.hours_per_year)
        self.per_week.setValue(threshold.hours_per_week)
        self.rules_box.setEnabled(True)

    def _save_rules(self) -> None:
        from datetime import timedelta

        from welcome_point.domain.certificates import Threshold
        from welcome_point.domain.shifts import WorkRules

        if self._rules is None:
            return
        try:
            self._rules.set_rules(WorkRules(daily_limit=timedelta(hours=self.daily_limit.value()),
                                            rest=timedelta(hours=self.rest.value())))
            self._rules.set_threshold(Threshold(self.per_year.value(), self.per_week.value()))
        except WelcomePointError as exc:
            self.rules_message.setText(describe(exc))
            return
        self.rules_message.setText(self.tr("Saved."))

    def use_report_k(self, k: int, save: Callable[[int], None]) -> None:
        """The monthly report's k, saved through ``save``."""
        self._save_k_with = save
        self.report_k.setValue(k)
        self.report_box.setEnabled(True)

    def _save_report_k(self) -> None:
        if self._save_k_with is None:
            return
        try:
            self._save_k_with(self.report_k.value())
        except WelcomePointError as exc:
            self.report_message.setText(describe(exc))
            return
        self.report_message.setText(self.tr("Saved."))
        self.refresh_privacy()  # the record quotes k

    def use_privacy(self, auth: LockAccess, privacy: RecordAccess) -> None:
        """The auto-lock time (``auth``) and the record of processing (``privacy``)."""
        self._lock = auth
        self.lock_minutes.setValue(auth.lock_minutes())
        self.security_box.setEnabled(True)
        self.processing_box.use(privacy.record_of_processing)

    def _save_lock_minutes(self) -> None:
        if self._lock is None:
            return
        minutes = self.lock_minutes.value()
        try:
            self._lock.set_lock_minutes(minutes)
        except WelcomePointError as exc:
            self.lock_message.setText(describe(exc))
            return
        self.lock_message.setText(self.tr("Saved."))
        self.lock_minutes_changed.emit(minutes)
        self.refresh_privacy()

    def refresh_privacy(self) -> None:
        """Generate the record of processing again: it quotes the settings, which may have changed."""
        self.processing_box.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_privacy()

    def _request_language(self) -> None:
        self.language_requested.emit(self.language_box.currentData())

    def _open_folder(self) -> None:
        if self._info is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._info.data_dir)))

    def show_info(self, info: DatabaseInfo) -> None:
        self._info = info
        locale = QLocale()
        self.site.setText(info.site.name if info.site else
                          self.tr("No Welcome Point set up yet"))
        self.folder.setText(str(info.data_dir))
        self.database.setText(str(info.database_file))
        self.revision.setText(info.revision or "–")
        names = {
            "visits": self.tr("Visits"), "visitors": self.tr("Visitors with a card"),
            "referrals": self.tr("Referrals"), "organisations": self.tr("Partner organisations"),
            "volunteers": self.tr("Volunteers"), "shifts": self.tr("Shifts"),
            "assignments": self.tr("Shift assignments"),
        }
        self.counts.setText("\n".join(f"{label}: {locale.toString(info.counts.get(key, 0))}"
                                      for key, label in names.items()))
        self.open_folder.setEnabled(True)
