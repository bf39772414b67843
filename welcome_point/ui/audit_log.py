"""The audit log viewer for admins: who did what and when, by ids and action codes, and the chain check.

Entries hold ids only; the user name shown beside an account id is looked up for display and
never stored. Newest entries come first, older ones page in by id ("Load older").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from welcome_point.domain.audit import AUDIT_ACTIONS, AuditEvent
from welcome_point.ui.background import BackgroundRunner
from welcome_point.ui.privacy_common import (
    ERROR,
    OK,
    date_time_text,
    message_label,
    show_error,
    show_message,
    show_table,
    table_or_hint,
)
from welcome_point.ui.tables import HeaderedTableModel, row_table

if TYPE_CHECKING:
    from welcome_point.domain.audit import AuditCheck

PAGE_SIZE = 200
BROKEN = QColor("#fde8ea")


class AuditSource(Protocol):
    def events(self, limit: int = ..., before_id: int | None = ...,
               action: str | None = ...) -> list[AuditEvent]: ...

    def verify(self) -> AuditCheck: ...


def action_texts() -> dict[str, str]:
    """Every code of domain.audit.AUDIT_ACTIONS as the admin reads it; unknown codes show as they are."""
    return {
        "login": QCoreApplication.translate("AuditLog", "Signed in"),
        "login_failed": QCoreApplication.translate("AuditLog", "Sign-in failed"),
        "logout": QCoreApplication.translate("AuditLog", "Signed out"),
        "lock": QCoreApplication.translate("AuditLog", "Locked"),
        "switch_user": QCoreApplication.translate("AuditLog", "Desk user switched"),
        "account_created": QCoreApplication.translate("AuditLog", "Account created"),
        "account_changed": QCoreApplication.translate("AuditLog", "Account changed"),
        "password_changed": QCoreApplication.translate("AuditLog", "Password changed"),
        "pin_changed": QCoreApplication.translate("AuditLog", "PIN changed"),
        "admin_created": QCoreApplication.translate("AuditLog", "First admin created"),
        "export_report": QCoreApplication.translate("AuditLog", "Report exported"),
        "export_csv": QCoreApplication.translate("AuditLog", "CSV exported"),
        "export_subject_access": QCoreApplication.translate("AuditLog", "Subject access export"),
        "merge_reports": QCoreApplication.translate("AuditLog", "Reports merged"),
        "visit_deleted": QCoreApplication.translate("AuditLog", "Visit deleted"),
        "shift_deleted": QCoreApplication.translate("AuditLog", "Shift deleted"),
        "organisation_archived": QCoreApplication.translate("AuditLog", "Organisation archived"),
        "volunteer_deactivated": QCoreApplication.translate("AuditLog", "Volunteer deactivated"),
        "erasure_visitor": QCoreApplication.translate("AuditLog", "Visitor erased"),
        "erasure_volunteer": QCoreApplication.translate("AuditLog", "Volunteer erased"),
        "retention_run": QCoreApplication.translate("AuditLog", "Retention run"),
        "backup": QCoreApplication.translate("AuditLog", "Backup taken"),
        "restore": QCoreApplication.translate("AuditLog", "Backup restored"),
        "settings_changed": QCoreApplication.translate("AuditLog", "Settings changed"),
        "demo_data": QCoreApplication.translate("AuditLog", "Demo data written"),
        "account_locked": QCoreApplication.translate("AuditLog", "Account locked after failed sign-ins"),
    }


class AuditTableModel(HeaderedTableModel):
    TIME, ACCOUNT, ACTION, OBJECT_TYPE, OBJECT_ID = range(5)

    def __init__(self, headers: Sequence[str], actions: dict[str, str], object_types: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = tuple(headers)
        self._actions = actions
        self._object_types = object_types
        self._names: dict[int, str] = {}
        self.events: list[AuditEvent] = []
        self.broken_id: int | None = None

    def set_events(self, events: list[AuditEvent], names: dict[int, str]) -> None:
        self.beginResetModel()
        self.events = list(events)
        self._names = names
        self.endResetModel()

    def add_older(self, events: list[AuditEvent]) -> None:
        if not events:
            return
        first = len(self.events)
        self.beginInsertRows(QModelIndex(), first, first + len(events) - 1)
        self.events.extend(events)
        self.endInsertRows()

    def mark_broken(self, event_id: int | None) -> None:
        self.broken_id = event_id
        if self.events:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.events) - 1, len(self._headers) - 1))

    def row_of(self, event_id: int) -> int:
        return next((row for row, event in enumerate(self.events) if event.id == event_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.events)

    def account_text(self, account_id: int | None) -> str:
        if account_id is None:
            return "–"
        name = self._names.get(account_id)
        number = QLocale().toString(account_id)
        return f"{number} · {name}" if name else number

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        event = self.events[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TIME:
                return date_time_text(event.at)
            if column == self.ACCOUNT:
                return self.account_text(event.account_id)
            if column == self.ACTION:
                return self._actions.get(event.action, event.action)
            if column == self.OBJECT_TYPE:
                return self._object_types.get(event.object_type, event.object_type)
            if column == self.OBJECT_ID:
                return "" if event.object_id is None else QLocale().toString(event.object_id)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.ACTION:
            return event.action
        if role == Qt.ItemDataRole.BackgroundRole and event.id == self.broken_id:
            return QBrush(BROKEN)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.OBJECT_ID:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class AuditLogTab(QWidget):
    """Read the audit log (newest first, filtered by action) and check its hash chain."""

    def __init__(self, audit: AuditSource, accounts: Callable[[], Sequence[Any]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._audit = audit
        self._accounts = accounts
        self._runner = BackgroundRunner()
        self._verifying = False
        self._more = False
        self.action_labels = action_texts()
        intro = QLabel(self.tr(
            "Every sign-in, export, deletion, erasure, restore and change of settings, by account number. "
            "Entries can be neither changed nor removed; each one seals the one before it."))
        intro.setObjectName("hint")
        intro.setWordWrap(True)

        self.action_filter = QComboBox()
        self.action_filter.setAccessibleName(self.tr("Show only this action"))
        self.action_filter.addItem(self.tr("All actions"), None)
        shown = {code: self.action_labels.get(code, code) for code in AUDIT_ACTIONS}
        for code, text in sorted(shown.items(), key=lambda item: item[1].casefold()):
            self.action_filter.addItem(text, code)
        self.action_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.action_filter.currentIndexChanged.connect(lambda _index: self.reload())
        action_caption = QLabel(self.tr("&Action:"))
        action_caption.setBuddy(self.action_filter)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.clicked.connect(self.reload)
        self.verify_button = QPushButton(self.tr("&Verify the chain"))
        self.verify_button.setToolTip(self.tr(
            "Recompute every entry's seal: shows whether any entry was changed or removed afterwards"))
        self.verify_button.clicked.connect(self.verify)
        controls = QHBoxLayout()
        controls.addWidget(action_caption)
        controls.addWidget(self.action_filter)
        controls.addWidget(self.refresh_button)
        controls.addStretch(1)
        controls.addWidget(self.verify_button)

        self.verify_message = message_label()
        self.message = message_label()
        self.model = AuditTableModel(
            (self.tr("Time"), self.tr("Account"), self.tr("Action"), self.tr("Object"),
             self.tr("Object ID")),
            self.action_labels, self.object_type_texts(), self)
        self.table = row_table(self.model, self.tr("Audit log"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AuditTableModel.ACTION, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr(
            "The audit log is empty. Sign-ins, exports, erasures, restores and changed settings "
            "appear here as they happen."))
        self.empty.setObjectName("emptyHint")
        self.empty.setWordWrap(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("hint")
        self.older_button = QPushButton(self.tr("Load &older"))
        self.older_button.clicked.connect(self.load_older)
        self.older_button.setEnabled(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.older_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(controls)
        layout.addWidget(self.verify_message)
        layout.addWidget(self.message)
        self.list_area = table_or_hint(self.table, self.empty)
        layout.addWidget(self.list_area, 1)
        layout.addLayout(bottom)
        self._loaded = False

    # -- texts ---------------------------------------------------------------------------------

    def object_type_texts(self) -> dict[str, str]:
        return {
            "account": self.tr("Account"), "visit": self.tr("Visit"), "visitor": self.tr("Visitor"),
            "volunteer": self.tr("Volunteer"), "shift": self.tr("Shift"),
            "organisation": self.tr("Organisation"), "referral": self.tr("Referral"),
            "setting": self.tr("Setting"), "settings": self.tr("Setting"), "backup": self.tr("Backup"),
            "report": self.tr("Report"), "site": self.tr("Welcome Point"),
            "security.lock_minutes": self.tr("Setting: auto-lock"),
            "retention.visitor_months": self.tr("Setting: keep visitors"),
            "retention.volunteer_months": self.tr("Setting: keep volunteers"),
            "retention": self.tr("Setting: retention"),
            "backup.extra_dir": self.tr("Setting: extra backup folder"),
            "report.k": self.tr("Setting: suppression threshold k"),
        }

    # -- loading -------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Entries written since (by this window too) appear when the tab is shown again, unless the
        # admin paged back: older pages stay where they are.
        if not self._loaded or len(self.model.events) <= PAGE_SIZE:
            self.reload()

    def selected_action(self) -> str | None:
        data = self.action_filter.currentData()
        return data if isinstance(data, str) else None

    def _names(self) -> dict[int, str]:
        if self._accounts is None:
            return {}
        try:
            return {account.id: account.username for account in self._accounts()}
        except Exception:  # names are a convenience; the ids are the record
            return {}

    def reload(self) -> None:
        self._loaded = True
        show_message(self.message, "")
        try:
            events = self._audit.events(limit=PAGE_SIZE + 1, action=self.selected_action())
        except Exception as exc:
            self.model.set_events([], {})
            self._more = False
            show_error(self.message, exc)
            self._update_counts()
            return
        self._more = len(events) > PAGE_SIZE
        self.model.set_events(events[:PAGE_SIZE], self._names())
        self._update_counts()

    def load_older(self) -> None:
        if not self.model.events:
            return
        try:
            events = self._audit.events(limit=PAGE_SIZE + 1, before_id=self.model.events[-1].id,
                                        action=self.selected_action())
        except Exception as exc:
            show_error(self.message, exc)
            return
        self._more = len(events) > PAGE_SIZE
        self.model.add_older(events[:PAGE_SIZE])
        self._update_counts()

    def _update_counts(self) -> None:
        shown = len(self.model.events)
        failed = self.message.isVisible()
        self.empty.setVisible(shown == 0 and not failed)
        if shown == 0 and self.selected_action() is not None and not failed:
            self.empty.setText(self.tr("No entries of this action. Choose “All actions” to see every entry."))
        elif shown == 0:
            self.empty.setText(self.tr(
                "The audit log is empty. Sign-ins, exports, erasures, restores and changed settings "
                "appear here as they happen."))
        show_table(self.list_area, shown > 0)
        self.older_button.setEnabled(self._more)
        text = self.tr("%1 entries shown, newest first.") if not self._more else \
            self.tr("%1 newest entries shown; older ones load on request.")
        self.count_label.setText(text.replace("%1", QLocale().toString(shown)) if shown else "")

    # -- the chain -----------------------------------------------------------------------------

    @property
    def working(self) -> bool:
        return self._verifying

    def verify(self) -> None:
        if self._verifying:
            return
        self._verifying = True
        self.verify_button.setEnabled(False)
        show_message(self.verify_message, self.tr("Checking every entry…"))
        self._runner.run(self._audit.verify, self._verified, self._verify_failed)

    def _verified(self, check: AuditCheck) -> None:
        if not isValid(self):  # the window locked meanwhile: this tab is gone
            return
        self._verifying = False
        self.verify_button.setEnabled(True)
        count = QLocale().toString(check.count)
        if check.ok:
            self.model.mark_broken(None)
            show_message(self.verify_message, self.tr("The audit log is intact: %1 entries checked.")
                         .replace("%1", count), OK)
            return
        broken = check.first_broken_id
        number = "?" if broken is None else QLocale().toString(broken)
        show_message(self.verify_message, self.tr(
            "The audit log was tampered with: entry %1 does not match its seal, so it or an entry before "
            "it was changed or removed after it was written. Restore a backup from before that time to see "
            "the original entries.").replace("%1", number), ERROR)
        self.model.mark_broken(broken)
        if broken is not None:
            row = self.model.row_of(broken)
            if row >= 0:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))

    def _verify_failed(self, exc: Exception) -> None:
        if not isValid(self):  # the window locked meanwhile: this tab is gone
            return
        self._verifying = False
        self.verify_button.setEnabled(True)
        show_error(self.verify_message, exc)

    def finish(self) -> None:
        self._runner.finish()
