"""The referrals page: the follow-up work list with status changes (and Undo), and counts per partner.

The lists are small (the referrals still needing work, and one line per partner) and each read
takes a few milliseconds on a year of data, so they load in the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QIcon, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from welcome_point.domain import vocabulary as v
from welcome_point.domain.errors import WelcomePointError
from welcome_point.services.referrals import (
    ACTIVE_STATUSES,
    NEXT_FOLLOW_UP,
    RECENT_DAYS,
    PartnerCounts,
    ReferralChange,
    ReferralItem,
    ReferralService,
)
from welcome_point.ui.errors import describe
from welcome_point.ui.hub import Hub
from welcome_point.ui.labels import label, language_label
from welcome_point.ui.tables import HeaderedTableModel, row_table

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_BACKGROUND = QColor("#fbe3df")
OVERDUE_TEXT = QColor("#8c1d12")
UNDO_SECONDS = 10
# Filter choices of the work list: key -> statuses for the service (None: the work to do).
FILTERS: dict[str, frozenset[str] | None] = {
    "todo": None,
    "overdue": None,
    "open": frozenset({"open"}),
    "followed_up": frozenset({"followed_up"}),
    "completed": frozenset({"completed"}),
    "not_reached": frozenset({"not_reached"}),
    "all": frozenset(v.REFERRAL_STATUSES.codes),
}
# Periods of the per-partner counts: key -> days back from today (None: everything).
PERIODS: dict[str, int | None] = {"30": 30, "90": 90, "365": 365, "all": None}


def short_date(day: date | datetime) -> str:
    value = day.date() if isinstance(day, datetime) else day
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


def short_date_time(moment: datetime) -> str:
    value = QDateTime(_qdate(moment.date()), QTime(moment.hour, moment.minute, moment.second))
    return QLocale().toString(value, QLocale.FormatType.ShortFormat)


class ReferralTableModel(HeaderedTableModel):
    """Referral items as rows; overdue ones carry a background, an icon and the word "overdue"."""

    FOLLOW_UP, STATUS, PARTNER, TOPIC, LANGUAGE, CREATED = range(6)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[ReferralItem] = []
        self._headers = (self.tr("Follow-up"), self.tr("Status"), self.tr("Partner"), self.tr("Topic"),
                         self.tr("Language"), self.tr("Referred on"))
        self._warning: QIcon | None = None

    def set_rows(self, items: list[ReferralItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def row_of(self, referral_id: int) -> int:
        return next((row for row, item in enumerate(self.items) if item.id == referral_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.items)



    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == ID_ROLE:
            return item.id
        if role == Qt.ItemDataRole.BackgroundRole and item.overdue:
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and item.overdue and column == self.FOLLOW_UP:
            return QBrush(OVERDUE_TEXT)
        if role == Qt.ItemDataRole.DecorationRole and item.overdue and column == self.FOLLOW_UP:
            return self._warning_icon()
        if role == Qt.ItemDataRole.ToolTipRole:
            if item.overdue:
                return self.tr("Overdue by %n day(s)", "", item.overdue_days)
            if column == self.PARTNER:
                return item.organisation_name  # long names are cut off in the column
            if column == self.STATUS and item.status_changed_at is not None:
                return self.tr("Status changed on %1").replace(
                    "%1", short_date_time(item.status_changed_at))
        return None

    def _text(self, item: ReferralItem, column: int) -> str:
        if column == self.FOLLOW_UP:
            if item.follow_up_on is None or not item.active:
                return "–"  # a closed referral has nothing left to follow up
            if item.overdue:
                return self._overdue_text(short_date(item.follow_up_on))
            return short_date(item.follow_up_on)
        if column == self.STATUS:
            if item.status_changed_at is None:
                return label(v.REFERRAL_STATUSES, item.status)
            return self._status_text(item.status, short_date(item.status_changed_at))
        if column == self.PARTNER:
            return item.organisation_name
        if column == self.TOPIC:
            return label(v.TOPICS, item.topic)
        if column == self.LANGUAGE:
            return language_label(item.language)
        return short_date(item.created_at)

    def _overdue_text(self, day: str) -> str:
        return self.tr("%1 – overdue").replace("%1", day)

    def _status_text(self, status: str, day: str) -> str:
        return self.tr("%1 on %2").replace("%1", label(v.REFERRAL_STATUSES, status)).replace("%2", day)

    def widest_texts(self) -> dict[int, list[str]]:
        """Candidates for the widest text of each column but the partner's (which stretches)."""
        day = short_date(date(2026, 12, 28))
        texts = {
            self.FOLLOW_UP: [self._overdue_text(day)],
            self.STATUS: [self._status_text(code, day) for code in v.REFERRAL_STATUSES.codes],
            self.TOPIC: [label(v.TOPICS, code) for code in v.TOPICS.codes],
            self.LANGUAGE: [language_label(code) for code in v.LANGUAGES.codes],
            self.CREATED: [day],
        }
        for column, candidates in texts.items():
            candidates.append(self._headers[column])
        return texts

    def _warning_icon(self) -> QIcon:
        if self._warning is None:
            self._warning = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._warning


class PartnerCountsModel(HeaderedTableModel):
    """One line per partner; numbers stay numbers so that a sort proxy sorts them as such."""

    NAME, OPEN, FOLLOWED_UP, COMPLETED, NOT_REACHED, TOTAL = range(6)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PartnerCounts] = []
        self._headers = (self.tr("Partner"), label(v.REFERRAL_STATUSES, "open"),
                         label(v.REFERRAL_STATUSES, "followed_up"), label(v.REFERRAL_STATUSES, "completed"),
                         label(v.REFERRAL_STATUSES, "not_reached"), self.tr("Total"))

    def set_rows(self, rows: list[PartnerCounts]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)



    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.name if index.column() == self.NAME else row[index.column() + 1]
        if role == ID_ROLE:
            return row.organisation_id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() != self.NAME:
            # Trailing: numbers line up on the right, and on the left in a right-to-left window.
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        return None


class ReferralsPage(QWidget):
    """Referrals still needing work, by follow-up date; status changes with their date; partner counts.

    Emits ``slip_requested(referral_id)`` for "Print slip…" (Ctrl+P); the caller prints.
    """

    slip_requested = Signal(int)

    def __init__(self, service: ReferralService, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._hub = hub
        self._stale = False
        self._emitting = False
        self._undo: ReferralChange | None = None
        self._build()
        self.next_date.setDate(_qdate(service.today() + NEXT_FOLLOW_UP))
        hub.referrals_changed.connect(self.refresh_when_visible)
        hub.visits_changed.connect(self.refresh_when_visible)
        hub.organisations_changed.connect(self.refresh_when_visible)
        self.refresh()

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_work_list(), self.tr("Follow-ups"))
        self.tabs.addTab(self._build_partner_counts(), self.tr("Per partner"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.setFocusProxy(self.table)
        self.setStyleSheet(STYLE)

        print_slip = QShortcut(QKeySequence.StandardKey.Print, self)
        print_slip.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        print_slip.activated.connect(self._request_slip)
        undo = QShortcut(QKeySequence.StandardKey.Undo, self)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.activated.connect(self.undo)
        # Single letters act on the list only, so that they never fire while typing a date.
        for key, slot in (("F", self.mark_followed_up), ("C", self.mark_completed),
                          ("N", self.mark_not_reached), ("D", self.move_follow_up)):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

    def _build_work_list(self) -> QWidget:
        tab = QWidget()
        self.filter_box = QComboBox()
        for key, text in (
                ("todo", self.tr("To do: open and followed up")),
                ("overdue", self.tr("Overdue only")),
                ("open", label(v.REFERRAL_STATUSES, "open")),
                ("followed_up", label(v.REFERRAL_STATUSES, "followed_up")),
                ("completed", self.tr("Completed in the last %1 days")),
                ("not_reached", self.tr("Not reached in the last %1 days")),
                ("all", self.tr("All (closed ones of the last %1 days)"))):
            self.filter_box.addItem(text.replace("%1", QLocale().toString(RECENT_DAYS)), key)
        self.filter_box.currentIndexChanged.connect(lambda _index: self.refresh())
        self.partner_box = QComboBox()
        self.partner_box.setMinimumContentsLength(24)
        self.partner_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.partner_box.currentIndexChanged.connect(lambda _index: self.refresh())
        self.summary = QLabel()
        self.summary.setObjectName("referralSummary")
        filters = QHBoxLayout()
        filters.addWidget(_buddy(self.tr("Sho&w:"), self.filter_box))
        filters.addWidget(self.filter_box)
        filters.addSpacing(12)
        filters.addWidget(_buddy(self.tr("&Partner:"), self.partner_box))
        filters.addWidget(self.partner_box, 1)
        filters.addSpacing(12)
        filters.addWidget(self.summary)

        self.model = ReferralTableModel(self)
        # No alternating colours: the overdue background must stand out alone.
        self.table = row_table(self.model, self.tr("Referrals"), alternating=False)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ReferralTableModel.PARTNER, QHeaderView.ResizeMode.Stretch)
        # Widths from sample texts: reading every row to fit the columns would cost more than the query.
        metrics = self.table.fontMetrics()
        for column, texts in self.model.widest_texts().items():
            extra = 44 if column == ReferralTableModel.FOLLOW_UP else 20  # the icon, the margins
            self.table.setColumnWidth(column, max(map(metrics.horizontalAdvance, texts)) + extra)
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 10)
        self.table.selectionModel().currentRowChanged.connect(lambda _now, _before: self._update_actions())
        self.empty = QLabel()
        self.empty.setObjectName("referralEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty_page = QWidget()
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(empty_page)

        self.notice = QFrame()
        self.notice.setObjectName("referralNotice")
        self.notice_text = QLabel()
        self.notice_text.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo)
        notice_layout = QHBoxLayout(self.notice)
        notice_layout.setContentsMargins(10, 4, 4, 4)
        notice_layout.addWidget(self.notice_text, 1)
        notice_layout.addWidget(self.undo_button)
        self.notice.setVisible(False)
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.setInterval(UNDO_SECONDS * 1000)
        self._notice_timer.timeout.connect(self._end_undo)

        self.next_date = QDateEdit()
        self.next_date.setCalendarPopup(True)
        self.next_date.setAccessibleName(self.tr("Next follow-up on"))
        self.followed_up_button = _action_button(self.tr("Followed &up (F)"), self.mark_followed_up, self.tr(
            "The partner or the visitor was contacted; the next follow-up is on the date chosen beside it."))
        self.move_button = _action_button(self.tr("Set &date (D)"), self.move_follow_up, self.tr(
            "Move the next follow-up to the date chosen beside it, without changing the status."))
        self.completed_button = _action_button(self.tr("&Completed (C)"), self.mark_completed, self.tr(
            "The visitor got the help they were referred for."))
        self.not_reached_button = _action_button(self.tr("Not &reached (N)"), self.mark_not_reached, self.tr(
            "Neither the visitor nor the partner could be reached; nothing more to do."))
        self.slip_button = _action_button(self.tr("Print slip… (Ctrl+P)"), self._request_slip, self.tr(
            "A referral slip with the partner's address and what to bring, in two languages."))
        actions = QHBoxLayout()
        actions.addWidget(_buddy(self.tr("Next follow-up &on:"), self.next_date))
        actions.addWidget(self.next_date)
        actions.addWidget(self.followed_up_button)
        actions.addWidget(self.move_button)
        actions.addSpacing(16)
        actions.addWidget(self.completed_button)
        actions.addWidget(self.not_reached_button)
        actions.addStretch(1)
        actions.addWidget(self.slip_button)

        layout = QVBoxLayout(tab)
        layout.addLayout(filters)
        layout.addWidget(self.list_stack, 1)
        layout.addWidget(self.notice)
        layout.addLayout(actions)
        return tab

    def _build_partner_counts(self) -> QWidget:
        tab = QWidget()
        self.period_box = QComboBox()
        for key, text in (("30", self.tr("in the last 30 days")), ("90", self.tr("in the last 90 days")),
                          ("365", self.tr("in the last 12 months")), ("all", self.tr("at any time"))):
            self.period_box.addItem(text, key)
        self.period_box.setCurrentIndex(self.period_box.findData("365"))
        self.period_box.currentIndexChanged.connect(lambda _index: self._load_counts())
        self.counts_total = QLabel()
        top = QHBoxLayout()
        top.addWidget(_buddy(self.tr("Referrals &made:"), self.period_box))
        top.addWidget(self.period_box)
        top.addSpacing(12)
        top.addWidget(self.counts_total, 1)

        self.counts_model = PartnerCountsModel(self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.counts_model)
        proxy.setSortLocaleAware(True)
        self.counts_table = row_table(proxy, self.tr("Referrals per partner"))
        self.counts_table.setSortingEnabled(True)
        self.counts_table.sortByColumn(PartnerCountsModel.TOTAL, Qt.SortOrder.DescendingOrder)
        row_height = self.counts_table.fontMetrics().height() + 10
        self.counts_table.verticalHeader().setDefaultSectionSize(row_height)
        header = self.counts_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PartnerCountsModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.counts_table.activated.connect(self._show_partner)
        hint = QLabel(self.tr("Enter or a double click on a partner lists its referrals under Follow-ups."))
        hint.setObjectName("referralHint")
        hint.setWordWrap(True)

        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.counts_table, 1)
        layout.addWidget(hint)
        return tab

    # -- loading ----------------------------------------------------------------------------

    def refresh_when_visible(self) -> None:
        """Reload now if shown, else when next shown: the desk saves visits all day long."""
        if self._emitting:
            return  # our own change: reloaded right after, keeping the cursor in place
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._reload(None)

    def _reload(self, keep_row: int | None) -> None:
        self._stale = False
        selected = self.selected_id()
        today = self._service.today()
        self.next_date.setMinimumDate(_qdate(today))  # a past date is refused anyway; say so early
        try:
            self._load_partners()
            items = self._load_items()
            self._load_counts()
        except WelcomePointError as exc:
            self._show_error(exc)
            return
        self.model.set_rows(items)
        overdue = sum(item.overdue for item in items)
        locale = QLocale()
        self.summary.setText(self.tr("Shown: %1, overdue: %2").replace("%1", locale.toString(len(items)))
                             .replace("%2", locale.toString(overdue)))
        default = self.filter_box.currentData() == "todo" and self.partner_box.currentData() is None
        self.empty.setText(self.tr("No open referrals. Referrals are made at the desk when a visit is saved.")
                           if default else self.tr("No referrals match this filter."))
        self.list_stack.setCurrentIndex(0 if items else 1)
        self._restore_selection(selected, keep_row)
        self._update_actions()

    def _load_items(self) -> list[ReferralItem]:
        key = self.filter_box.currentData()
        items = self._service.open_referrals(FILTERS.get(key), self.partner_box.currentData())
        if key == "overdue":
            items = [item for item in items if item.overdue]
        return items

    def _load_partners(self) -> None:
        chosen = self.partner_box.currentData()
        partners = sorted(((row.name, row.organisation_id) for row in self._service.counts_per_partner()),
                          key=lambda pair: pair[0].casefold())
        self.partner_box.blockSignals(True)
        self.partner_box.clear()
        self.partner_box.addItem(self.tr("All partners"), None)
        for name, organisation_id in partners:
            self.partner_box.addItem(name, organisation_id)
        self.partner_box.setCurrentIndex(max(0, self.partner_box.findData(chosen)))
        self.partner_box.blockSignals(False)

    def _load_counts(self) -> None:
        days = PERIODS.get(self.period_box.currentData())
        since = None if days is None else self._service.today() - timedelta(days=days)
        try:
            rows = self._service.counts_per_partner(since)
        except WelcomePointError as exc:
            self._show_error(exc)
            return
        self.counts_model.set_rows(rows)
        total = sum(row.total for row in rows)
        locale = QLocale()
        self.counts_total.setText(self.tr("Referrals: %1, partners: %2").replace(
            "%1", locale.toString(total)).replace("%2", locale.toString(len(rows))))

    def _restore_selection(self, referral_id: int | None, keep_row: int | None) -> None:
        if keep_row is not None:
            # After a change the cursor keeps its place in the list, on the next referral to
            # handle, even when the changed one moved away (a later follow-up) or left it.
            row = min(keep_row, self.model.rowCount() - 1)
        else:
            row = -1 if referral_id is None else self.model.row_of(referral_id)
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self._select_row(row)

    def _select_row(self, row: int) -> None:
        # Through the selection model: in a right-to-left window QTableView.selectRow selects
        # nothing (seen with Qt 6.11).
        index = self.model.index(row, 0)
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    # -- actions ----------------------------------------------------------------------------

    def selected_item(self) -> ReferralItem | None:
        row = self.table.currentIndex().row()
        selected = self.table.selectionModel().isRowSelected(row) if row >= 0 else False
        return self.model.items[row] if selected and row < len(self.model.items) else None

    def selected_id(self) -> int | None:
        item = self.selected_item()
        return None if item is None else item.id

    def _update_actions(self) -> None:
        item = self.selected_item()
        for button in (self.followed_up_button, self.completed_button, self.not_reached_button,
                       self.slip_button):
            button.setEnabled(item is not None)
        self.move_button.setEnabled(item is not None and item.status in ACTIVE_STATUSES)

    def _next_date(self) -> date:
        chosen = self.next_date.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def mark_followed_up(self) -> None:
        next_date = self._next_date()
        self._change(lambda item: self._service.set_status(item.id, "followed_up", next_date))

    def mark_completed(self) -> None:
        self._change(lambda item: self._service.set_status(item.id, "completed"))

    def mark_not_reached(self) -> None:
        self._change(lambda item: self._service.set_status(item.id, "not_reached"))

    def move_follow_up(self) -> None:
        item = self.selected_item()
        if item is None or not item.active:
            return  # a closed referral has no next follow-up (the button is disabled too)
        next_date = self._next_date()
        self._change(lambda item: self._service.set_follow_up(item.id, next_date))

    def _change(self, action: Callable[[ReferralItem], ReferralChange]) -> None:
        item = self.selected_item()
        if item is None:
            return
        row = self.table.currentIndex().row()
        try:
            change = action(item)
        except WelcomePointError as exc:
            self._show_error(exc)
            self.refresh()  # the referral may be gone (its visit deleted at the desk)
            return
        self._offer_undo(change, item)
        self._reload_after_change(row)

    def _offer_undo(self, change: ReferralChange, item: ReferralItem) -> None:
        self._undo = change
        after = change.after
        what = f"{item.organisation_name} – {label(v.TOPICS, item.topic)}"
        changed_at = after.status_changed_at
        next_on = after.follow_up_on if after.status in ACTIVE_STATUSES else None
        # Whole sentences for the translators. The partner's name goes in last, so that a "%2"
        # typed into it stays as it is.
        if changed_at is not None and changed_at != change.before.status_changed_at:
            if next_on is not None:
                text = self.tr("%1: marked “%2” on %3. Next follow-up on %4.").replace(
                    "%4", short_date(next_on))
            else:
                text = self.tr("%1: marked “%2” on %3.")
            text = text.replace("%3", short_date_time(changed_at)).replace(
                "%2", label(v.REFERRAL_STATUSES, after.status))
        elif next_on is not None:
            text = self.tr("%1: next follow-up moved to %2.").replace("%2", short_date(next_on))
        else:
            text = self.tr("%1: next follow-up moved.")
        self.notice_text.setText(text.replace("%1", what))
        self.notice.setVisible(True)
        self._notice_timer.start()

    def undo(self) -> None:
        change = self._undo
        if change is None:
            return
        self._end_undo()
        try:
            self._service.restore(change.before)
        except WelcomePointError as exc:
            self._show_error(exc)
            self.refresh()
            return
        self._reload_after_change(None, select=change.before.id)

    def _end_undo(self) -> None:
        self._undo = None
        self._notice_timer.stop()
        self.notice.setVisible(False)

    def _reload_after_change(self, row: int | None, select: int | None = None) -> None:
        # Other views reload on the hub's signal; this page reloads itself so that the cursor
        # stays in place and the next referral can be handled at once.
        self.next_date.setDate(_qdate(self._service.today() + NEXT_FOLLOW_UP))
        self._emitting = True
        try:
            self._hub.referrals_changed.emit()
        finally:
            self._emitting = False
        self._reload(row)
        if select is not None:
            target = self.model.row_of(select)
            if target >= 0:
                self._select_row(target)
        self.table.setFocus()

    def _request_slip(self) -> None:
        referral_id = self.selected_id()
        if referral_id is not None and self.tabs.currentIndex() == 0:
            self.slip_requested.emit(referral_id)

    def _show_partner(self, index: QModelIndex) -> None:
        organisation_id = index.data(ID_ROLE)
        position = self.partner_box.findData(organisation_id)
        if position >= 0:
            self.partner_box.setCurrentIndex(position)
            self.tabs.setCurrentIndex(0)
            self.table.setFocus()

    def _show_error(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Referrals"), describe(exc))


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _buddy(text: str, widget: QWidget) -> QLabel:
    caption = QLabel(text)
    caption.setBuddy(widget)
    return caption


def _action_button(text: str, slot: Callable[[], None], tip: str) -> QPushButton:
    button = QPushButton(text)
    button.setToolTip(tip)
    button.clicked.connect(slot)
    return button


STYLE = """
QFrame#referralNotice { background: #e3eef2; border-radius: 6px; }
QLabel#referralEmpty { color: #1f3b4d; background: #e3eef2; border-radius: 6px; padding: 12px;
                       font-size: 11pt; }
QLabel#referralHint, QLabel#referralSummary { color: #4a5d68; }
"""
