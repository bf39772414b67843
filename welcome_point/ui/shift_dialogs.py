"""Dialogs of the Shifts page: shifts from templates, the volunteer picker, a shift's history.

Each dialog returns a value and its caller saves (the picker only reads the candidates, so that
the list follows the language filter).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTime,
)
from PySide6.QtGui import QAction, QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from welcome_point.domain import vocabulary as v
from welcome_point.domain.errors import ValidationError, WelcomePointError
from welcome_point.domain.shifts import (
    ASSIGNMENT_ACTIONS,
    CONFLICT_REASONS,
    DEFAULT_TEMPLATES,
    MAX_TEMPLATE_DAYS,
    AssignedVolunteer,
    AssignmentChange,
    Candidate,
    Conflict,
    ShiftTemplate,
    ShiftView,
    WorkRules,
    least_recently_asked,
    shifts_from_templates,
)
from welcome_point.services.shifts import ShiftService
from welcome_point.ui.errors import describe
from welcome_point.ui.labels import choices, label, language_label
from welcome_point.ui.tables import HeaderedTableModel, row_table

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
UNAVAILABLE_TEXT = QColor("#7a8186")
REFUSAL_TEXT = QColor("#8c1d12")
OK_CANCEL = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel


# -- formatting shared with the page ---------------------------------------------------------

def badge(code: str) -> str:
    """A language as the short code on a badge: AR, FA, UK (the same in every window language)."""
    return code.upper() if code != "other" else "…"


def clock_time(moment: datetime | time) -> str:
    """13:00 in the window's digits; 24-hour time, as on the desk's door sign."""
    value = moment.time() if isinstance(moment, datetime) else moment
    return QLocale().toString(QTime(value.hour, value.minute), "HH:mm")


def time_span(starts_at: datetime, ends_at: datetime) -> str:
    return f"{clock_time(starts_at)}–{clock_time(ends_at)}"


def day_name(day: date, long: bool = False) -> str:
    form = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().dayName(day.isoweekday(), form)


def day_text(day: date) -> str:
    """"Tue 24 Nov" in the window's language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM")


def long_day_text(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")


def date_time_text(moment: datetime) -> str:
    value = QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))
    return QLocale().toString(value, QLocale.FormatType.ShortFormat)


def hours_text(delta: timedelta) -> str:
    """10, 10.5: hours as a number in the window's digits."""
    hours = delta.total_seconds() / 3600
    return QLocale().toString(hours, "f", 0 if hours == int(hours) else 1)


def conflict_reason(conflict: Conflict) -> str:
    """The short reason shown next to a volunteer who cannot take a shift."""
    return label(CONFLICT_REASONS, conflict.reason)


def conflict_sentence(conflict: Conflict, rules: WorkRules | None = None) -> str:
    """Why an assignment is refused, as a translated sentence (the domain's message is English)."""
    rules = rules or WorkRules()
    translate = QCoreApplication.translate
    reason = conflict.reason
    if reason == "overlap":
        return translate("Shifts", "This volunteer already has a shift at the same time.")
    if reason == "double_booking":
        return translate("Shifts", "This volunteer is already on this shift.")
    if reason == "daily_limit":
        return translate("Shifts", "This shift would take the volunteer over the daily limit of %1 hours."
                         ).replace("%1", hours_text(rules.daily_limit))
    if reason == "rest_time":
        return translate("Shifts", "Between this shift and another one the volunteer would have less than "
                         "the rest time of %1 hours.").replace("%1", hours_text(rules.rest))
    if reason == "inactive":
        return translate("Shifts", "This volunteer is marked as not active.")
    if reason == "left":
        return translate("Shifts", "This volunteer has left the team.")
    return str(conflict)


def error_text(exc: BaseException, rules: WorkRules | None = None) -> str:
    """A conflict as its sentence, with the details (times of the other shift) below; else describe()."""
    if isinstance(exc, Conflict):
        return f"{conflict_sentence(exc, rules)}\n\n{exc}"
    return describe(exc)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def _buddy(text: str, widget: QWidget) -> QLabel:
    caption = QLabel(text)
    caption.setBuddy(widget)
    return caption


# -- languages chosen from a menu --------------------------------------------------------------

class LanguageButton(QToolButton):
    """Shows the chosen languages as codes ("AR, FA"); a click opens a menu to tick them."""

    def __init__(self, codes: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setAccessibleName(self.tr("Wanted languages"))
        menu = QMenu(self)
        self._actions: dict[str, QAction] = {}
        for code in v.LANGUAGES.codes:
            action = menu.addAction(f"{badge(code)}  {language_label(code)}")
            action.setCheckable(True)
            action.setChecked(code in codes)
            action.toggled.connect(lambda _checked: self._show())
            self._actions[code] = action
        self.setMenu(menu)
        self._show()

    def codes(self) -> tuple[str, ...]:
        return tuple(code for code, action in self._actions.items() if action.isChecked())

    def set_codes(self, codes: Sequence[str]) -> None:
        for code, action in self._actions.items():
            action.setChecked(code in codes)

    def _show(self) -> None:
        codes = self.codes()
        self.setText(", ".join(badge(code) for code in codes) if codes else self.tr("none"))
        self.setToolTip(", ".join(language_label(code) for code in codes) or self.tr("No language wanted"))


# -- shifts from templates ---------------------------------------------------------------------

RANGES = ("this_week", "next_week", "four_weeks", "this_month", "next_month", "custom")


def range_of(key: str, today: date) -> tuple[date, date]:
    """The days a range choice stands for, seen from ``today``."""
    monday = today - timedelta(days=today.weekday())
    if key == "this_week":
        return monday, monday + timedelta(days=6)
    if key == "next_week":
        return monday + timedelta(days=7), monday + timedelta(days=13)
    if key == "four_weeks":
        return today, today + timedelta(days=27)
    first_of_month = today.replace(day=1)
    if key == "next_month":
        first_of_month = (first_of_month + timedelta(days=32)).replace(day=1)
    following = (first_of_month + timedelta(days=32)).replace(day=1)
    return first_of_month, following - timedelta(days=1)


class TemplatesDialog(QDialog):
    """The weekly slots, editable, and the days to create them on; the caller creates the shifts."""

    WEEKDAY, START, END, ROLE, STAFF, LANGUAGES = range(6)

    def __init__(self, templates: Sequence[ShiftTemplate], today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Create shifts from templates"))
        self._today = today
        self._result: tuple[ShiftTemplate, ...] = ()

        intro = QLabel(self.tr("Each line is a shift that repeats every week. Shifts that already exist "
                               "(same day, times and role) are skipped."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([self.tr("Weekday"), self.tr("Start"), self.tr("End"),
                                              self.tr("Role"), self.tr("Min. staff"),
                                              self.tr("Wanted languages")])
        self.table.setAccessibleName(self.tr("Shift templates"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.LANGUAGES, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("&Add line"))
        self.add_button.clicked.connect(self._add_line)
        self.remove_button = QPushButton(self.tr("&Remove line"))
        self.remove_button.clicked.connect(self._remove_line)
        self.defaults_button = QPushButton(self.tr("Back to the &defaults"))
        self.defaults_button.clicked.connect(lambda: self.set_templates(DEFAULT_TEMPLATES))
        line_buttons = QHBoxLayout()
        line_buttons.addWidget(self.add_button)
        line_buttons.addWidget(self.remove_button)
        line_buttons.addStretch(1)
        line_buttons.addWidget(self.defaults_button)

        self.range_box = QComboBox()
        for key, text in (("this_week", self.tr("This week")), ("next_week", self.tr("Next week")),
                          ("four_weeks", self.tr("The next 4 weeks")), ("this_month", self.tr("This month")),
                          ("next_month", self.tr("Next month")), ("custom", self.tr("Other days"))):
            self.range_box.addItem(text, key)
        self.first_edit = QDateEdit()
        self.last_edit = QDateEdit()
        for edit in (self.first_edit, self.last_edit):
            edit.setCalendarPopup(True)
            edit.dateChanged.connect(self._dates_edited)
        self.first_edit.setAccessibleName(self.tr("First day"))
        self.last_edit.setAccessibleName(self.tr("Last day"))
        self.range_box.currentIndexChanged.connect(self._range_chosen)
        days = QHBoxLayout()
        days.addWidget(_buddy(self.tr("&Create for:"), self.range_box))
        days.addWidget(self.range_box)
        days.addSpacing(12)
        days.addWidget(_buddy(self.tr("&from"), self.first_edit))
        days.addWidget(self.first_edit)
        days.addWidget(_buddy(self.tr("&to"), self.last_edit))
        days.addWidget(self.last_edit)
        days.addStretch(1)

        self.summary = QLabel()
        self.summary.setObjectName("templateSummary")
        self.error = QLabel()
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.error.setStyleSheet(f"color: {REFUSAL_TEXT.name()};")
        buttons = QDialogButtonBox(OK_CANCEL)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create shifts"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(line_buttons)
        layout.addSpacing(8)
        layout.addLayout(days)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.set_templates(templates)
        self.set_range("this_week")
        self.resize(760, 520)

    # -- the lines ---------------------------------------------------------------------------

    def set_templates(self, templates: Sequence[ShiftTemplate]) -> None:
        self.table.setRowCount(0)
        for template in templates:
            self._add_line(template)
        self._update_summary()

    def _add_line(self, template: ShiftTemplate | None = None) -> None:
        if not isinstance(template, ShiftTemplate):  # from the button: a copy of the selected line
            row = self.table.currentRow()
            template = self._template_at(row) if row >= 0 else None
            template = template or ShiftTemplate(0, time(10), time(13))
        row = self.table.rowCount()
        self.table.insertRow(row)
        weekday = QComboBox()
        for number in range(7):
            weekday.addItem(QLocale().dayName(number + 1, QLocale.FormatType.LongFormat), number)
        weekday.setCurrentIndex(template.weekday)
        start, end = QTimeEdit(QTime(template.start.hour, template.start.minute)), QTimeEdit(
            QTime(template.end.hour, template.end.minute))
        for edit in (start, end):
            edit.setDisplayFormat("HH:mm")
            # A clock time reads left to right in Arabic and Farsi too; mirrored, 13:00 showed as 00:13.
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        role = QComboBox()
        for code, text in choices(v.ROLES):
            role.addItem(text, code)
        role.setCurrentIndex(max(0, role.findData(template.role)))
        staff = QSpinBox()
        staff.setRange(1, 20)
        staff.setValue(template.min_staff)
        languages = LanguageButton(template.wanted_languages)
        for column, widget in enumerate((weekday, start, end, role, staff, languages)):
            self.table.setCellWidget(row, column, widget)
        weekday.currentIndexChanged.connect(lambda _i: self._update_summary())
        start.timeChanged.connect(lambda _t: self._update_summary())
        end.timeChanged.connect(lambda _t: self._update_summary())
        role.currentIndexChanged.connect(lambda _i: self._update_summary())
        self.table.setCurrentCell(row, 0)
        self._update_summary()

    def _remove_line(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._update_summary()

    def _widget(self, row: int, column: int) -> Any:
        return self.table.cellWidget(row, column)

    def _template_at(self, row: int) -> ShiftTemplate | None:
        """The line as a template, or None while it is not valid yet (e.g. the end before the start)."""
        try:
            return self._read_line(row)
        except ValidationError:
            return None

    def _read_line(self, row: int) -> ShiftTemplate:
        start = self._widget(row, self.START).time()
        end = self._widget(row, self.END).time()
        return ShiftTemplate(weekday=int(self._widget(row, self.WEEKDAY).currentData()),
                             start=time(start.hour(), start.minute()), end=time(end.hour(), end.minute()),
                             role=str(self._widget(row, self.ROLE).currentData()),
                             min_staff=int(self._widget(row, self.STAFF).value()),
                             wanted_languages=self._widget(row, self.LANGUAGES).codes())

    # -- the days ----------------------------------------------------------------------------

    def set_range(self, key: str) -> None:
        self.range_box.setCurrentIndex(max(0, self.range_box.findData(key)))
        self._range_chosen()

    def _range_chosen(self) -> None:
        key = str(self.range_box.currentData())
        if key == "custom":
            return
        first, last = range_of(key, self._today)
        for edit, day in ((self.first_edit, first), (self.last_edit, last)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)
        self._update_summary()

    def _dates_edited(self) -> None:
        self.range_box.blockSignals(True)
        self.range_box.setCurrentIndex(self.range_box.findData("custom"))
        self.range_box.blockSignals(False)
        self._update_summary()

    def first_day(self) -> date:
        return _pydate(self.first_edit.date())

    def last_day(self) -> date:
        return _pydate(self.last_edit.date())

    def _update_summary(self) -> None:
        first, last = self.first_day(), self.last_day()
        if last < first or (last - first).days >= MAX_TEMPLATE_DAYS:
            self.summary.setText(self.tr("Choose a first day before the last one, at most a year apart."))
            return
        lines = [t for t in (self._template_at(row) for row in range(self.table.rowCount())) if t]
        # Counted without the database: the shifts that exist already are skipped when created.
        count = len(shifts_from_templates(lines, first, last, site_id=1))
        self.summary.setText(self.tr("At most %n shift(s) from %1 to %2.", "", count)
                             .replace("%1", day_text(first)).replace("%2", day_text(last)))

    # -- result ------------------------------------------------------------------------------

    def templates(self) -> tuple[ShiftTemplate, ...]:
        """The lines as accepted (valid after accept())."""
        return self._result

    def accept(self) -> None:
        result: list[ShiftTemplate] = []
        for row in range(self.table.rowCount()):
            try:
                result.append(self._read_line(row))
            except ValidationError:
                self._refuse(self.tr("Line %1: the shift must end after it starts.")
                             .replace("%1", QLocale().toString(row + 1)))
                self.table.setCurrentCell(row, self.END)
                return
        if not result:
            self._refuse(self.tr("Add at least one line."))
            return
        first, last = self.first_day(), self.last_day()
        if last < first:
            self._refuse(self.tr("The last day comes before the first."))
            return
        if (last - first).days >= MAX_TEMPLATE_DAYS:
            self._refuse(self.tr("Shifts can be created for at most a year at once."))
            return
        self._result = tuple(result)
        super().accept()

    def _refuse(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)


# -- choosing a volunteer ----------------------------------------------------------------------

class CandidateModel(HeaderedTableModel):
    """Volunteers for one shift; those who cannot take it are greyed, with the reason."""

    NAME, LANGUAGES, LAST_ASKED, AVAILABILITY = range(4)

    def __init__(self, rules: WorkRules, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Candidate] = []
        self._rules = rules
        self._headers = (self.tr("Volunteer"), self.tr("Languages"), self.tr("Last shift"),
                         self.tr("Availability"))

    def set_rows(self, rows: Sequence[Candidate]) -> None:
        self.beginResetModel()
        # Free people first, the least recently asked on top: spreads the shifts fairly.
        self.rows = sorted(rows, key=lambda c: (not c.free, *least_recently_asked(c)))
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)



    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return row.display_name
            if column == self.LANGUAGES:
                return " ".join(badge(code) for code in row.languages)
            if column == self.LAST_ASKED:
                return day_text(row.last_asked) if row.last_asked else self.tr("never")
            return self.tr("free") if row.conflict is None else conflict_reason(row.conflict)
        if role == ID_ROLE:
            return row.volunteer_id
        if role == Qt.ItemDataRole.ForegroundRole and row.conflict is not None:
            return QBrush(UNAVAILABLE_TEXT)
        if role == Qt.ItemDataRole.FontRole and row.conflict is not None:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.conflict is not None:
                return conflict_sentence(row.conflict, self._rules)
            if column == self.LANGUAGES:
                return ", ".join(language_label(code) for code in row.languages)
        return None


class CandidateDialog(QDialog):
    """Pick a volunteer for a shift (or as a replacement); one who cannot take it is refused here.

    ``chosen_id()`` is the volunteer's id after accept(). ``refusal`` holds the sentence shown
    when a greyed volunteer was chosen.
    """

    def __init__(self, service: ShiftService, view: ShiftView, *, replacing: AssignedVolunteer | None = None,
                 language: str | None = None, rules: WorkRules | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._view = view
        self._rules = rules or WorkRules()
        self._chosen: int | None = None
        self.refusal = ""
        shift = view.shift
        when = f"{long_day_text(shift.starts_at.date())}, {time_span(shift.starts_at, shift.ends_at)}"
        if replacing is None:
            self.setWindowTitle(self.tr("Assign a volunteer"))
            heading = self.tr("Who takes the shift on %1 (%2)?")
        else:
            self.setWindowTitle(self.tr("Swap"))
            heading = self.tr("Who takes over from %3 on %1 (%2)?").replace("%3", replacing.display_name)
        title = QLabel(heading.replace("%2", label(v.ROLES, shift.role)).replace("%1", when))
        title.setWordWrap(True)
        title.setObjectName("pickerTitle")

        self.language_box = QComboBox()
        self.language_box.addItem(self.tr("All languages"), None)
        # The languages this shift lacks come first: that is usually why someone is picked.
        wanted = list(dict.fromkeys((*view.missing_languages, *shift.wanted_languages)))
        for code in (*wanted, *(c for c in v.LANGUAGES.codes if c not in wanted)):
            self.language_box.addItem(f"{badge(code)} – {language_label(code)}", code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(language)))
        self.language_box.currentIndexChanged.connect(lambda _i: self.reload())
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name"))
        self.search.setClearButtonEnabled(True)
        self.only_free = QCheckBox(self.tr("Only &free volunteers"))
        filters = QHBoxLayout()
        filters.addWidget(_buddy(self.tr("Spea&ks:"), self.language_box))
        filters.addWidget(self.language_box)
        filters.addSpacing(12)
        filters.addWidget(_buddy(self.tr("&Search:"), self.search))
        filters.addWidget(self.search, 1)
        filters.addWidget(self.only_free)

        self.model = CandidateModel(self._rules, self)
        self.proxy = _CandidateFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(CandidateModel.NAME)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.only_free.toggled.connect(self.proxy.set_only_free)
        self.table = row_table(self.proxy, self.tr("Volunteers"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CandidateModel.AVAILABILITY, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _index: self.accept())
        self.table.selectionModel().currentRowChanged.connect(lambda _now, _before: self._clear_refusal())

        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setVisible(False)
        self.message = QLabel()
        self.message.setObjectName("pickerRefusal")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {REFUSAL_TEXT.name()}; font-weight: bold;")
        self.message.setVisible(False)
        hint = QLabel(self.tr("Greyed volunteers cannot take this shift; the reason is in the last column."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #4a5d68;")
        buttons = QDialogButtonBox(OK_CANCEL)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Assign") if replacing is None else self.tr("Swap"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(720, 480)
        self.reload()
        self.table.setFocus()

    def reload(self) -> None:
        language = self.language_box.currentData()
        try:
            rows = self._service.candidates(self._view.shift.id or 0, language)
        except WelcomePointError as exc:
            rows = []
            self.empty.setText(describe(exc))
        else:
            self.empty.setText(
                self.tr("No active volunteer speaks this language.") if language
                else self.tr("There are no active volunteers yet. Add them on the Volunteers page."))
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self._clear_refusal()
        if self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def select_volunteer(self, volunteer_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ID_ROLE) == volunteer_id:
                self.table.setCurrentIndex(index)
                return True
        return False

    def current_candidate(self) -> Candidate | None:
        index = self.proxy.mapToSource(self.table.currentIndex())
        return self.model.rows[index.row()] if index.isValid() else None

    def chosen_id(self) -> int | None:
        return self._chosen

    def accept(self) -> None:
        candidate = self.current_candidate()
        if candidate is None:
            return
        if candidate.conflict is not None:
            self.refusal = conflict_sentence(candidate.conflict, self._rules)
            self.message.setText(self.tr("%1 cannot take this shift: %2").replace(
                "%2", self.refusal).replace("%1", candidate.display_name))
            self.message.setToolTip(str(candidate.conflict))
            self.message.setVisible(True)
            return
        self._chosen = candidate.volunteer_id
        super().accept()

    def _clear_refusal(self) -> None:
        self.refusal = ""
        self.message.setVisible(False)


class _CandidateFilter(QSortFilterProxyModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._only_free = False

    def set_only_free(self, only_free: bool) -> None:
        self._only_free = only_free
        self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if self._only_free and isinstance(model, CandidateModel) and not model.rows[source_row].free:
            return False
        return super().filterAcceptsRow(source_row, source_parent)


# -- history -----------------------------------------------------------------------------------

def change_text(change: AssignmentChange) -> str:
    """"Omid → Shirin" for a swap, the name otherwise; an erased volunteer shows as such."""
    translate = QCoreApplication.translate
    name = change.volunteer_name or translate("Shifts", "(erased)")
    if change.action == "swapped" and change.other_volunteer_id is not None:
        other = change.other_volunteer_name or translate("Shifts", "(erased)")
        return translate("Shifts", "%1, replaced by %2").replace("%2", other).replace("%1", name)
    if change.action == "assigned" and change.other_volunteer_id is not None:
        other = change.other_volunteer_name or translate("Shifts", "(erased)")
        return translate("Shifts", "%1, in place of %2").replace("%2", other).replace("%1", name)
    return name


class HistoryDialog(QDialog):
    """Who was assigned, cancelled, swapped or missing on one shift, oldest first."""

    def __init__(self, changes: Sequence[AssignmentChange], title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of the shift"))
        heading = QLabel(title)
        heading.setWordWrap(True)
        self.table = QTableWidget(len(changes), 3)
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("What"), self.tr("Who")])
        self.table.setAccessibleName(self.tr("History of the shift"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        for row, change in enumerate(sorted(changes, key=lambda c: (c.at, c.assignment_id))):
            texts = (date_time_text(change.at), label(ASSIGNMENT_ACTIONS, change.action), change_text(change))
            for column, text in enumerate(texts):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.empty = QLabel(self.tr("Nobody has been assigned to this shift yet."))
        self.empty.setVisible(not changes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(560, 360)
