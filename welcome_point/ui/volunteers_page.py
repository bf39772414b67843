"""The Volunteers page: who helps, which languages they speak and how well, roles, consent, leaving.

The whole list (dozens of people) is read once per change; typing in the search or choosing a
language filters that list with the service's own rule (``services.volunteers.matches``).
Privacy: phone numbers are hidden until "Show phone numbers" is ticked (never remembered), the
e-mail address appears only in the edit dialog, and the search never looks at either.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from PySide6.QtCore import (
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from welcome_point.domain import vocabulary as v
from welcome_point.domain.directory_csv import fold
from welcome_point.domain.models import Volunteer
from welcome_point.services.volunteers import VolunteerService, matches
from welcome_point.ui.assets import icon
from welcome_point.ui.desk_widgets import KeyHandler, LanguageBox
from welcome_point.ui.errors import describe
from welcome_point.ui.hub import Hub
from welcome_point.ui.labels import label, language_label, ltr
from welcome_point.ui.referrals_page import short_date
from welcome_point.ui.tables import HeaderedTableModel, row_table, select_source_row
from welcome_point.ui.volunteer_dialog import LeaveDialog, VolunteerDialog

VOLUNTEER_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
INACTIVE_FOREGROUND = QColor("#7a8288")


class VolunteerTableModel(HeaderedTableModel):
    NAME, LANGUAGES, ROLES, JOINED, LEFT, CONSENT, STATUS, PHONE = range(8)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Volunteer] = []
        self._headers = [self.tr("Name"), self.tr("Languages"), self.tr("Roles"), self.tr("Joined"),
                         self.tr("Left"), self.tr("Consent"), self.tr("Status"), self.tr("Phone")]

    def set_rows(self, volunteers: list[Volunteer]) -> None:
        self.beginResetModel()
        self._rows = list(volunteers)
        self.endResetModel()

    def volunteer(self, row: int) -> Volunteer:
        return self._rows[row]

    def row_of(self, volunteer_id: int | None) -> int:
        return next((row for row, p in enumerate(self._rows) if p.id == volunteer_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)



    def status_text(self, p: Volunteer) -> str:
        return self.tr("Active") if p.active else self.tr("Inactive")

    def languages_text(self, p: Volunteer) -> str:
        """Compact: "AR (Native), DE (Fluent)"; the full names are in the tooltip."""
        return ", ".join(self.tr("%1 (%2)", "language code (level)").replace("%1", lang.language.upper())
                         .replace("%2", label(v.LANGUAGE_LEVELS, lang.level)) for lang in p.languages)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        p = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return p.display_name
            if column == self.LANGUAGES:
                return self.languages_text(p)
            if column == self.ROLES:
                return ", ".join(label(v.ROLES, code) for code in p.roles)
            if column in (self.JOINED, self.LEFT, self.CONSENT):
                day = {self.JOINED: p.joined_on, self.LEFT: p.left_on, self.CONSENT: p.consent_on}[column]
                return short_date(day) if day else ""
            if column == self.STATUS:
                return self.status_text(p)
            if column == self.PHONE:
                return ltr(p.phone)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.LANGUAGES:
                return "\n".join(f"{language_label(lang.language)}: {label(v.LANGUAGE_LEVELS, lang.level)}"
                                 for lang in p.languages)
            if column == self.ROLES:
                return ", ".join(label(v.ROLES, code) for code in p.roles)
            if column == self.CONSENT and p.consent_on is None:
                return self.tr("No consent recorded: no phone number or e-mail address is kept.")
            return None
        if role == SORT_ROLE:
            if column == self.NAME:
                return fold(p.display_name)
            if column in (self.JOINED, self.LEFT, self.CONSENT):
                day = {self.JOINED: p.joined_on, self.LEFT: p.left_on, self.CONSENT: p.consent_on}[column]
                return day.isoformat() if day else ""
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ForegroundRole and not p.active:
            return QBrush(INACTIVE_FOREGROUND)
        if role == VOLUNTEER_ROLE:
            return p
        return None


class VolunteerFilter(QSortFilterProxyModel):
    """Name words, a set of languages (None: any), inactive ones only when asked for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._languages: frozenset[str] | None = None
        self._show_inactive = False
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)

    def set_filter(self, text: str, languages: Collection[str] | None, show_inactive: bool) -> None:
        self.beginFilterChange()
        self._text = text
        self._languages = None if languages is None else frozenset(languages)
        self._show_inactive = show_inactive
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        volunteer = model.data(model.index(source_row, 0, source_parent), VOLUNTEER_ROLE)
        return matches(volunteer, self._text, self._languages, self._show_inactive)


class VolunteersPage(QWidget):
    """Emits the id of the selected volunteer for a certificate or a calendar; the window makes them."""

    certificate_requested = Signal(int)
    calendar_requested = Signal(int)

    def __init__(self, service: VolunteerService, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._hub = hub
        self._select_id: int | None = None
        self.dialog: VolunteerDialog | None = None
        self.leave_dialog: LeaveDialog | None = None

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search volunteers by name"))
        self.speaks = LanguageBox(optional=True)
        self.speaks.setAccessibleName(self.tr("Speaks"))
        self.speaks.setMinimumContentsLength(16)
        speaks_label = QLabel(self.tr("&Speaks:"))
        speaks_label.setBuddy(self.speaks)
        self.show_inactive = QCheckBox(self.tr("Show &inactive"))
        self.show_phone = QCheckBox(self.tr("Sho&w phone numbers"))
        self.show_phone.setToolTip(self.tr("Phone numbers are hidden so that nobody reads them over your "
                                           "shoulder; they show until you leave the program."))
        self.new_button = QPushButton(self.tr("&New…"))
        self.new_button.setToolTip(self.tr("A new volunteer (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setToolTip(self.tr("Edit the selected volunteer (Enter)"))
        self.active_button = QPushButton(self.tr("&Deactivate…"))
        self.certificate_button = QPushButton(self.tr("Hours &certificate…"))
        self.certificate_button.setToolTip(self.tr("A certificate of the selected volunteer's hours (PDF)"))
        self.calendar_button = QPushButton(self.tr("Shifts as calendar (.ics)…"))
        self.calendar_button.setToolTip(self.tr("The selected volunteer's shifts as a calendar file for "
                                                "their phone or computer"))

        tools = QHBoxLayout()
        tools.addWidget(self.search, 1)
        tools.addSpacing(8)
        tools.addWidget(speaks_label)
        tools.addWidget(self.speaks)
        tools.addSpacing(8)
        tools.addWidget(self.show_inactive)
        tools.addWidget(self.show_phone)
        tools.addSpacing(12)
        for button in (self.new_button, self.edit_button, self.active_button):
            tools.addWidget(button)

        self.model = VolunteerTableModel(self)
        self.proxy = VolunteerFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = row_table(self.proxy, self.tr("Volunteers"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(VolunteerTableModel.NAME, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Names are short, language lists long: the languages take the room that is left.
        header.setSectionResizeMode(VolunteerTableModel.LANGUAGES, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        metrics = self.table.fontMetrics()
        sample_date = short_date(date(2026, 12, 28))
        status_width = max(metrics.horizontalAdvance(text)
                           for text in (self.tr("Active"), self.tr("Inactive")))
        widths = {
            VolunteerTableModel.NAME: metrics.horizontalAdvance("x" * 22),
            VolunteerTableModel.ROLES: metrics.horizontalAdvance(
                ", ".join(label(v.ROLES, code) for code in ("desk", "interpreter"))),  # the usual pair
            VolunteerTableModel.JOINED: metrics.horizontalAdvance(sample_date),
            VolunteerTableModel.LEFT: metrics.horizontalAdvance(sample_date),
            VolunteerTableModel.CONSENT: metrics.horizontalAdvance(sample_date),
            VolunteerTableModel.STATUS: status_width,
            VolunteerTableModel.PHONE: metrics.horizontalAdvance("+49 151 000 0000 00"),
        }
        for column, width in widths.items():
            self.table.setColumnWidth(column, max(width, metrics.horizontalAdvance(
                str(self.model.headerData(column, Qt.Orientation.Horizontal)))) + 24)
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 10)
        self.table.setColumnHidden(VolunteerTableModel.PHONE, True)

        self.empty = QLabel()
        self.empty.setObjectName("emptyHint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        hint_column = QWidget()
        hint_column.setMaximumWidth(620)
        column_layout = QVBoxLayout(hint_column)
        picture = QLabel()
        picture.setPixmap(icon("volunteers").pixmap(64, 64))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column_layout.addWidget(picture)
        column_layout.addWidget(self.empty)
        empty_page = QWidget()
        empty_layout = QHBoxLayout(empty_page)
        empty_layout.addStretch(1)
        empty_layout.addWidget(hint_column, 4, Qt.AlignmentFlag.AlignVCenter)
        empty_layout.addStretch(1)
        self.views = QStackedWidget()
        self.views.addWidget(self.table)
        self.views.addWidget(empty_page)

        self.status = QLabel()
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.certificate_button)
        bottom.addWidget(self.calendar_button)

        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.views, 1)
        layout.addLayout(bottom)

        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._focus_table)
        self.speaks.editTextChanged.connect(self._filter)
        self.speaks.currentIndexChanged.connect(self._filter)
        self.show_inactive.toggled.connect(self._filter)
        self.show_phone.toggled.connect(
            lambda shown: self.table.setColumnHidden(VolunteerTableModel.PHONE, not shown))
        self.new_button.clicked.connect(self.new_volunteer)
        self.edit_button.clicked.connect(self.edit_selected)
        self.active_button.clicked.connect(self.toggle_active)
        self.certificate_button.clicked.connect(lambda: self._request(self.certificate_requested))
        self.calendar_button.clicked.connect(lambda: self._request(self.calendar_requested))
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        hub.volunteers_changed.connect(self.refresh)

        def shortcut(keys: QKeySequence | QKeySequence.StandardKey | str, slot: object,
                     parent: QWidget | None = None,
                     context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut) -> None:
            # Window-wide, but only while this page is the visible one (hidden pages' shortcuts sleep).
            item = QShortcut(QKeySequence(keys), parent or self)
            item.setContext(context)
            item.activated.connect(slot)

        shortcut(QKeySequence.StandardKey.Find, self.focus_search)
        shortcut("Ctrl+N", self.new_volunteer)
        for key in ("Return", "Enter"):
            shortcut(key, self.edit_selected, self.table, Qt.ShortcutContext.WidgetShortcut)
        shortcut("Down", self._focus_table, self.search, Qt.ShortcutContext.WidgetShortcut)
        # The table takes Delete for itself before a shortcut would see it.
        KeyHandler(self.table, (Qt.Key.Key_Delete,), self._deactivate_key)
        self.refresh()

    # -- showing ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the volunteers again (after any change, here or on another page)."""
        current = self.selected()
        if self._select_id is None and current is not None:
            self._select_id = current.id
        try:
            volunteers = self._service.search("", include_inactive=True)
        except Exception as exc:  # a locked database: say so on the page, keep what is shown
            self.status.setText(describe(exc).split("\n")[0])
            return
        self.model.set_rows(volunteers)
        self._filter()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Another laptop on the same database may have changed the list meanwhile.
        if not event.spontaneous():
            self.refresh()

    def speaks_codes(self) -> tuple[str, ...] | None:
        """The languages the "Speaks" box stands for: None when empty; while typing, every language
        whose name holds the text (so "Ara" already filters to Arabic speakers)."""
        code = self.speaks.code()
        if code is None:
            return None
        if code:
            return (code,)
        typed = self.speaks.currentText().strip().casefold()
        return tuple(str(self.speaks.itemData(i)) for i in range(self.speaks.count())
                     if self.speaks.itemData(i) and typed in self.speaks.itemText(i).casefold())

    def _filter(self) -> None:
        self.proxy.set_filter(self.search.text(), self.speaks_codes(), self.show_inactive.isChecked())
        self._after_change()

    def _after_change(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        inactive = sum(1 for row in range(total) if not self.model.volunteer(row).active)
        languages = self.speaks_codes()
        if total == 0:
            self.empty.setText(self.tr("No volunteers yet: add the first with New (Ctrl+N). Record the "
                                       "languages they speak, so that the shift plan can show who covers "
                                       "Arabic, Dari or Ukrainian."))
        elif shown == 0:
            if self.search.text().strip():
                self.empty.setText(self.tr("No volunteer matches “%1”.").replace("%1", self.search.text()))
            elif languages is not None:
                self.empty.setText(self.tr("Nobody here speaks %1 yet.").replace(
                    "%1", self.speaks.currentText().strip()))
            else:
                self.empty.setText(self.tr("All volunteers are inactive: tick “Show inactive” to see them."))
        self.views.setCurrentIndex(0 if shown else 1)
        locale = QLocale()
        if inactive and not self.show_inactive.isChecked():
            status = self.tr("%1 of %2 volunteers shown · %3 inactive not shown") \
                .replace("%3", locale.toString(inactive))
            listed = total - inactive
        else:
            status = self.tr("%1 of %2 volunteers shown")
            listed = total
        status = status.replace("%2", locale.toString(listed)).replace("%1", locale.toString(shown))
        self.status.setText(status if total else "")
        self._restore_selection()
        self._selection_changed()

    def _restore_selection(self) -> None:
        wanted = self._select_id
        self._select_id = None
        source_row = self.model.row_of(wanted) if wanted is not None else -1
        select_source_row(self.table, self.proxy, source_row, first_if_none=self.selected() is None)

    def selected(self) -> Volunteer | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        volunteer: Volunteer = self.proxy.data(index, VOLUNTEER_ROLE)
        return volunteer

    def _selection_changed(self) -> None:
        volunteer = self.selected()
        chosen = volunteer is not None
        for button in (self.edit_button, self.active_button, self.certificate_button, self.calendar_button):
            button.setEnabled(chosen)
        if volunteer is not None and not volunteer.active:
            self.active_button.setText(self.tr("&Reactivate…"))
            self.active_button.setToolTip(self.tr("The selected volunteer is back: they can be planned "
                                                  "again"))
        else:
            self.active_button.setText(self.tr("&Deactivate…"))
            self.active_button.setToolTip(self.tr("The selected volunteer has left (Delete); their hours are "
                                                  "kept"))

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _focus_table(self) -> None:
        if self.proxy.rowCount() == 0:
            return
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.selected() is None:
            self.table.selectRow(0)

    def _request(self, signal: SignalInstance) -> None:
        volunteer = self.selected()
        if volunteer is not None and volunteer.id is not None:
            signal.emit(volunteer.id)

    # -- changing ---------------------------------------------------------------------------

    def new_volunteer(self) -> None:
        self._open_dialog(None)

    def edit_selected(self) -> None:
        volunteer = self.selected()
        if volunteer is not None:
            self._open_dialog(volunteer)

    def _open_dialog(self, volunteer: Volunteer | None, field: str | None = None, message: str = "") -> None:
        if self.dialog is not None and isValid(self.dialog) and self.dialog.isVisible():
            self.dialog.raise_()
            return
        dialog = VolunteerDialog(volunteer, self._service.today(), self)
        dialog.accepted.connect(lambda: self._save(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        if message:
            dialog.show_error(field, message)

    def _save(self, dialog: VolunteerDialog) -> None:
        volunteer = dialog.volunteer()
        if volunteer is None:
            return
        try:
            saved = self._service.save(volunteer)
        except Exception as exc:
            # Nothing typed is lost: the form comes back with the reason, to correct or cancel.
            self._open_dialog(volunteer, getattr(exc, "field", None), describe(exc))
            return
        self._select_id = saved.id
        self._hub.volunteers_changed.emit()

    def _deactivate_key(self) -> None:
        """Delete deactivates (after asking); it never reactivates, which would surprise."""
        volunteer = self.selected()
        if volunteer is not None and volunteer.active:
            self.toggle_active()

    def toggle_active(self) -> None:
        volunteer = self.selected()
        if volunteer is None or volunteer.id is None:
            return
        if volunteer.active:
            if self.leave_dialog is not None and isValid(self.leave_dialog) and self.leave_dialog.isVisible():
                self.leave_dialog.raise_()
                return
            dialog = LeaveDialog(volunteer, self._service.today(), self)
            volunteer_id = volunteer.id
            dialog.accepted.connect(lambda: self._set_active(volunteer_id, False, dialog.left_on_date()))
            dialog.finished.connect(dialog.deleteLater)
            self.leave_dialog = dialog
            dialog.open()
            return
        text = self.tr("Reactivate “%1”? They can be planned for shifts again.").replace(
            "%1", volunteer.display_name)
        if volunteer.left_on is not None:
            cleared = self.tr("The date they left (%1) is cleared.")
            text += "\n\n" + cleared.replace("%1", short_date(volunteer.left_on))
        answer = QMessageBox.question(
            self, self.tr("Reactivate volunteer"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            self._set_active(volunteer.id, True, None)

    def _set_active(self, volunteer_id: int, active: bool, left_on: date | None) -> None:
        try:
            saved = self._service.set_active(volunteer_id, active, left_on)
        except Exception as exc:
            QMessageBox.critical(self, self.tr("Volunteers"), describe(exc))
            return
        self._select_id = saved.id
        self._hub.volunteers_changed.emit()

