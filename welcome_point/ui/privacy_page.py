"""Data & privacy, the admin's page: the audit log, retention, subject access and erasure, backups.

Every operation here is checked by the services (admins only, staff for backups); the page shows a
refusal inline instead of hiding it. After an erasure, a retention run that erased something, or a
restore, the hub's signals tell the other pages to reload; ``restored`` tells the window as well.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget
from shiboken6 import isValid

from welcome_point.ui.audit_log import AuditLogTab
from welcome_point.ui.backup_tab import BackupsTab
from welcome_point.ui.hub import Hub
from welcome_point.ui.privacy_common import STYLE
from welcome_point.ui.privacy_retention import RetentionTab
from welcome_point.ui.privacy_subject import SubjectTab

if TYPE_CHECKING:
    from welcome_point.services.container import Services

AUDIT, RETENTION, SUBJECT, BACKUPS = range(4)


class PrivacyPage(QWidget):
    restored = Signal(object)  # domain.backups.RestoreResult: the window reloads its pages
    policy_saved = Signal()  # the record of processing on Settings quotes the periods

    def __init__(self, services: Services, hub: Hub, parent: QWidget | None = None, *,
                 language: str | None = None) -> None:
        super().__init__(parent)
        self._hub = hub
        self._services = services
        self.setStyleSheet(STYLE)
        title = QLabel(self.tr("Data & privacy"))
        title.setObjectName("pageTitle")

        self.audit_tab = AuditLogTab(services.audit, services.auth.accounts)
        self.retention_tab = RetentionTab(services.privacy, services.audit)
        self.subject_tab = SubjectTab(services.privacy, services.volunteers,
                                      language=language or QLocale().name())
        self.backups_tab = BackupsTab(services.backups)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.audit_tab, self.tr("&Audit log"))
        self.tabs.addTab(self.retention_tab, self.tr("R&etention"))
        self.tabs.addTab(self.subject_tab, self.tr("Access and era&sure"))
        self.tabs.addTab(self.backups_tab, self.tr("&Backups"))

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)

        self.retention_tab.changed.connect(self._records_erased)
        self.retention_tab.policy_saved.connect(self.policy_saved)
        self.subject_tab.erased.connect(lambda _kind: self._records_erased())
        self.backups_tab.restored.connect(self._restored)
        # Anywhere on the page (the tab bar has the focus after a tab was clicked).
        backup_now = QShortcut(QKeySequence("Ctrl+B"), self)
        backup_now.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        backup_now.activated.connect(self._back_up_now)
        hub.volunteers_changed.connect(self._volunteers_changed)

    @property
    def working(self) -> bool:
        """Something runs in the background (a check, an export, an erasure, a backup or a restore)."""
        return any(tab.working for tab in (self.audit_tab, self.retention_tab, self.subject_tab,
                                           self.backups_tab))

    def finish(self) -> None:
        """Wait for background work and deliver its results (closing the window, tests)."""
        for tab in (self.audit_tab, self.retention_tab, self.subject_tab, self.backups_tab):
            tab.finish()

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    def _back_up_now(self) -> None:
        self.show_tab(BACKUPS)
        self.backups_tab.back_up_now()

    def _volunteers_changed(self) -> None:
        if self.subject_tab.record is None:  # a record on screen stays as it was compiled
            self.subject_tab.fill_volunteers()

    def _records_erased(self) -> None:
        self.audit_tab.reload()
        hub = self._hub
        hub.visits_changed.emit()
        hub.referrals_changed.emit()
        hub.volunteers_changed.emit()
        hub.shifts_changed.emit()

    def _restored(self, result: object) -> None:
        """Everything may differ after a restore: every tab and every page reloads."""
        if not isValid(self):  # the window locked meanwhile: this tab is gone
            return
        if self._services.access.principal is None:
            # A restore by a person signs out (the restored accounts may differ): the window locks
            # and rebuilds every page at the next sign-in, so nothing here needs to reload.
            self.restored.emit(result)
            return
        self.audit_tab.reload()
        self.retention_tab.load()
        self.subject_tab.clear_record()
        self.subject_tab.fill_volunteers()
        hub = self._hub
        for signal in (hub.visits_changed, hub.referrals_changed, hub.organisations_changed,
                       hub.volunteers_changed, hub.shifts_changed):
            signal.emit()
        self.restored.emit(result)
