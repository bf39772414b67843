"""The Shifts page: the week plan with coverage and language demand, today's attendance, the gaps.

A week holds a few dozen shifts and each read takes milliseconds, so everything loads in the UI
thread. Coverage is never shown by colour alone: every card also says "understaffed" or which
wanted language is missing, with a warning sign.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QKeySequence,
    QPainter,
    QPalette,
    QPen,
    QShortcut,
    QShowEvent,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from welcome_point.domain import vocabulary as v
from welcome_point.domain.errors import WelcomePointError
from welcome_point.domain.shifts import (
    DEFAULT_TEMPLATES,
    AssignedVolunteer,
    LanguageNeed,
    ShiftTemplate,
    ShiftView,
    WorkRules,
)
from welcome_point.services.shifts import ShiftService
from welcome_point.ui.hub import Hub
from welcome_point.ui.labels import label, language_label
from welcome_point.ui.shift_dialogs import (
    CandidateDialog,
    HistoryDialog,
    TemplatesDialog,
    badge,
    clock_time,
    day_text,
    error_text,
    long_day_text,
    time_span,
)
from welcome_point.ui.tables import HeaderedTableModel, row_table

Index = QModelIndex | QPersistentModelIndex

SHIFT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
VIEW_ROLE = Qt.ItemDataRole.UserRole + 2
COVERAGE_ROLE = Qt.ItemDataRole.UserRole + 3  # one of COVERAGES, for tests and the delegate
HTML_ROLE = Qt.ItemDataRole.UserRole + 4
PAST_ROLE = Qt.ItemDataRole.UserRole + 5  # the shift is over

UNDERSTAFFED, LANGUAGE_MISSING, COVERED = "understaffed", "language_missing", "covered"
COVERAGES = (UNDERSTAFFED, LANGUAGE_MISSING, COVERED)
# Background of a card, and the stronger colour of its edge and its warning text.
COVERAGE_COLOURS = {UNDERSTAFFED: QColor("#f8d9d5"), LANGUAGE_MISSING: QColor("#fcebc6"),
                    COVERED: QColor("#e4f1e6")}
ACCENT_COLOURS = {UNDERSTAFFED: QColor("#b3261e"), LANGUAGE_MISSING: QColor("#8a5300"),
                  COVERED: QColor("#2e6b34")}
BADGE_STYLE = "background-color:#d9e3ea; color:#1f3b4d; font-size:small;"
MISSING_BADGE_STYLE = "background-color:#f2b84b; color:#3d2600; font-weight:bold; font-size:small;"
DEMAND_COLOUR = "#1d4f7a"
DEMAND_BADGE_STYLE = "background-color:#cfe0f0; color:#1d4f7a; font-size:small;"
WARNING_SIGN = "\u26a0"  # ⚠
CHECK_MARK = "\u2713"  # ✓
GAP_DAYS = 28
SUGGESTIONS_SHOWN = 3  # in the hint's text; the box beside the list holds them all
DEMAND_THRESHOLD = 3.0


def coverage(view: ShiftView) -> str:
    """Understaffed beats a missing language: without enough people the language does not help."""
    if view.understaffed:
        return UNDERSTAFFED
    if view.missing_languages:
        return LANGUAGE_MISSING
    return COVERED


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _badges(codes: Sequence[str], missing: Sequence[str] = (), demand: bool = False) -> str:
    def one(code: str) -> str:
        style = DEMAND_BADGE_STYLE if demand else MISSING_BADGE_STYLE if code in missing else BADGE_STYLE
        return f"<span style='{style}'>&nbsp;{badge(code)}&nbsp;</span>"

    return " ".join(one(code) for code in codes)


def _number(value: float) -> str:
    return QLocale().toString(max(1, round(value)))


# -- the week ----------------------------------------------------------------------------------

# Parts of the day, by the hour a shift starts before: the rows of the week.
PARTS_OF_DAY = ((12, "morning"), (17, "afternoon"), (24, "evening"))


def part_of_day(start: time) -> int:
    return next(number for number, (hour, _key) in enumerate(PARTS_OF_DAY) if start.hour < hour)


class WeekModel(QAbstractTableModel):
    """Days as columns, parts of the day as rows; a cell holds one shift (or nothing).

    Rows go by part of the day rather than exact start, so that a Saturday 10–14 sits next to
    the weekdays' 10–13 instead of taking a row of its own; each card shows its own times. Two
    shifts of one day in the same part (the desk and an interpreter, say) take two rows, so that
    every cell stays one shift that can be selected and acted on.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.monday = monday_of(date.today())
        self.today: date | None = None
        self.now: datetime | None = None
        self.days: list[int] = list(range(6))  # weekdays shown, 0 = Monday
        self.slots: list[tuple[int, int]] = []  # part of the day, and which of the shifts in it
        self.cells: dict[tuple[int, int], ShiftView] = {}
        self.needs: dict[int, list[LanguageNeed]] = {}

    def set_week(self, monday: date, views: Sequence[ShiftView], needs: Sequence[LanguageNeed],
                 now: datetime) -> None:
        self.beginResetModel()
        self.monday = monday
        self.now = now
        self.today = now.date()
        # Sunday only when something happens on it: most desks are closed then.
        self.days = list(range(6)) + ([6] if any(x.shift.starts_at.weekday() == 6 for x in views) else [])
        taken: dict[tuple[int, int], int] = {}
        placed: list[tuple[int, int, int, ShiftView]] = []
        for view in sorted(views, key=lambda x: (x.shift.starts_at, x.shift.ends_at, x.shift.role)):
            day, part = view.shift.starts_at.weekday(), part_of_day(view.shift.starts_at.time())
            number = taken.get((day, part), 0)
            taken[(day, part)] = number + 1
            placed.append((day, part, number, view))
        self.slots = sorted({(part, number) for _day, part, number, _view in placed})
        row_of = {slot: row for row, slot in enumerate(self.slots)}
        self.cells = {(row_of[(part, number)], self.days.index(day)): view
                      for day, part, number, view in placed}
        self.needs = {}
        for need in needs:
            self.needs.setdefault(need.shift_id, []).append(need)
        self.endResetModel()

    def view_at(self, index: Index) -> ShiftView | None:
        return self.cells.get((index.row(), index.column())) if index.isValid() else None

    def index_of(self, shift_id: int | None) -> QModelIndex:
        for (row, column), view in self.cells.items():
            if view.shift.id == shift_id:
                return self.index(row, column)
        return QModelIndex()

    def views(self) -> list[ShiftView]:
        return [self.cells[key] for key in sorted(self.cells, key=lambda k: (k[1], k[0]))]

    def day_of(self, column: int) -> date:
        return self.monday + timedelta(days=self.days[column])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.slots)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.days)

    def flags(self, index: Index) -> Qt.ItemFlag:
        # An empty cell cannot be selected, so the arrow keys jump from shift to shift.
        if self.view_at(index) is None:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.days):
            day = self.day_of(section)
            if role == Qt.ItemDataRole.DisplayRole:
                text = day_text(day)
                return self.tr("%1\ntoday").replace("%1", text) if day == self.today else text
            if role == Qt.ItemDataRole.FontRole and day == self.today:
                font = QFont()
                font.setBold(True)
                return font
        if (orientation == Qt.Orientation.Vertical and 0 <= section < len(self.slots)
                and role == Qt.ItemDataRole.DisplayRole):
            return self.part_name(self.slots[section][0])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        view = self.view_at(index)
        if view is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.summary(view)
        if role == HTML_ROLE:
            return self.card_html(view)
        if role == SHIFT_ID_ROLE:
            return view.shift.id
        if role == VIEW_ROLE:
            return view
        if role == COVERAGE_ROLE:
            return coverage(view)
        if role == PAST_ROLE:
            return self.now is not None and view.shift.ends_at <= self.now
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(COVERAGE_COLOURS[coverage(view)])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.details(view)
        return None

    # -- texts -------------------------------------------------------------------------------

    def part_name(self, part: int) -> str:
        key = PARTS_OF_DAY[part][1]
        if key == "morning":
            return self.tr("Morning")
        if key == "afternoon":
            return self.tr("Afternoon")
        return self.tr("Evening")

    def staffing_text(self, view: ShiftView, short: bool = False) -> str:
        """"1/2 – understaffed", "2/2 – Farsi/Dari missing" (short: "FA missing"), "2/2 – covered"."""
        numbers = f"{QLocale().toString(view.staffed)}/{QLocale().toString(view.shift.min_staff)}"
        state = coverage(view)
        if state == UNDERSTAFFED:
            return self.tr("%1 – understaffed").replace("%1", numbers)
        if state == LANGUAGE_MISSING:
            names = (badge(c) if short else label(v.LANGUAGES, c) for c in view.missing_languages)
            return self.tr("%1 – %2 missing").replace("%2", ", ".join(names)).replace("%1", numbers)
        return self.tr("%1 – covered").replace("%1", numbers)

    def summary(self, view: ShiftView) -> str:
        """The card as one line of plain text: for screen readers, copying and tests."""
        shift = view.shift
        parts = [f"{time_span(shift.starts_at, shift.ends_at)} {label(v.ROLES, shift.role)}",
                 self.staffing_text(view)]
        parts += [person_text(person) for person in view.assigned]
        if shift.wanted_languages:
            parts.append(self.tr("wanted: %1").replace(
                "%1", ", ".join(badge(c) for c in shift.wanted_languages)))
        for need in self.needs.get(shift.id or 0, []):
            parts.append(self.demand_text(need))
        return "; ".join(parts)

    def demand_text(self, need: LanguageNeed) -> str:
        return self.tr("about %1 %2 visits expected, no speaker").replace(
            "%2", label(v.LANGUAGES, need.language)).replace("%1", _number(need.expected_visits))

    def card_html(self, view: ShiftView) -> str:
        shift = view.shift
        state = coverage(view)
        accent = ACCENT_COLOURS[state].name()
        sign = CHECK_MARK if state == COVERED else WARNING_SIGN
        role = html.escape(label(v.ROLES, shift.role))
        lines = [f"<b>{time_span(shift.starts_at, shift.ends_at)}</b> · {role}",
                 f"<span style='color:{accent}; font-weight:bold'>{sign} "
                 f"{html.escape(self.staffing_text(view, short=True))}</span>"]
        for person in view.assigned:
            name = html.escape(short_name(person.display_name) or self.tr("(erased)"))
            marker = _status_marker(person)
            if person.status == "no_show":
                name = f"<s>{name}</s>"
            lines.append(f"{name} {_badges(person.languages)}{marker}")
        if shift.wanted_languages:
            lines.append(html.escape(self.tr("Wanted:")) + " "
                         + _badges(shift.wanted_languages, view.missing_languages))
        needs = self.needs.get(shift.id or 0, [])
        if needs:
            # Codes only (the hint list below and the tooltip say how many visits): a card stays short.
            demand = html.escape(self.tr("Demand:"))  # outside the f-string, where lupdate finds it
            lines.append(f"<span style='color:{DEMAND_COLOUR}'>{demand}</span> "
                         + _badges([need.language for need in needs], demand=True))
        direction = "rtl" if QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft else "ltr"
        return "".join(f"<p dir='{direction}' style='margin:0'>{line}</p>" for line in lines)

    def details(self, view: ShiftView) -> str:
        shift = view.shift
        lines = [f"{long_day_text(shift.starts_at.date())}, {time_span(shift.starts_at, shift.ends_at)}",
                 self.staffing_text(view)]
        for person in view.assigned:
            lines.append(f"{person.display_name} – {', '.join(language_label(c) for c in person.languages)}"
                         f" – {label(v.ASSIGNMENT_STATUSES, person.status)}")
        if shift.wanted_languages:
            lines.append(self.tr("Wanted languages: %1").replace(
                "%1", ", ".join(language_label(c) for c in shift.wanted_languages)))
        lines += [self.demand_text(need) for need in self.needs.get(shift.id or 0, [])]
        return "\n".join(lines)


def short_name(display_name: str) -> str:
    """"Marta B." for "Marta Bondarenko": a card has room for little; the details show the whole name."""
    parts = display_name.split()
    return f"{parts[0]} {parts[-1][0]}." if len(parts) > 1 else display_name


def person_text(person: AssignedVolunteer, with_status: bool = True) -> str:
    """"Omid (FA, EN)", with the status when it is not the plain plan."""
    name = person.display_name or QApplication.translate("ShiftsPage", "(erased)")
    text = f"{name} ({', '.join(badge(c) for c in person.languages)})" if person.languages else name
    if with_status and person.status != "planned":
        text += f" – {label(v.ASSIGNMENT_STATUSES, person.status)}"
    return text


def _status_marker(person: AssignedVolunteer) -> str:
    if person.status == "attended" or person.checked_in_at is not None:
        return f" <span style='color:#2e6b34'>{CHECK_MARK}</span>"
    if person.status == "no_show":
        return " <i>" + html.escape(label(v.ASSIGNMENT_STATUSES, "no_show")) + "</i>"
    return ""


class ShiftCardDelegate(QStyledItemDelegate):
    """Paints a shift as a card: coverage background, a coloured leading edge, rich text."""

    MARGIN = 3
    PADDING = 6
    EDGE = 5

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self._table = table

    def _document(self, index: Index, width: int, font: QFont,
                  direction: Qt.LayoutDirection) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(font)
        document.setDocumentMargin(0)
        text_option = QTextOption()
        text_option.setTextDirection(direction)
        text_option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        document.setDefaultTextOption(text_option)
        document.setHtml(str(index.data(HTML_ROLE) or ""))
        document.setTextWidth(max(40, width))
        return document

    def _text_width(self, cell_width: int) -> int:
        return cell_width - 2 * (self.MARGIN + self.PADDING) - self.EDGE

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        state = index.data(COVERAGE_ROLE)
        if state is None:
            return  # an empty cell stays empty
        card = QRect(option.rect).adjusted(self.MARGIN, self.MARGIN, -self.MARGIN, -self.MARGIN)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        right_to_left = option.direction == Qt.LayoutDirection.RightToLeft
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if index.data(PAST_ROLE) and not selected:
            painter.setOpacity(0.6)  # over: still readable, no longer asking for attention
        painter.setBrush(COVERAGE_COLOURS[state])
        if selected:
            painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Highlight), 3))
        else:
            painter.setPen(QPen(ACCENT_COLOURS[state].lighter(150), 1))
        painter.drawRoundedRect(card, 6, 6)
        # The coloured edge sits where reading starts: left, or right in a right-to-left window.
        edge = QRect(card.right() - self.EDGE + 1 if right_to_left else card.left(), card.top(), self.EDGE,
                     card.height()).adjusted(0, 4, 0, -4)
        painter.fillRect(edge, ACCENT_COLOURS[state])
        document = self._document(index, self._text_width(option.rect.width()), option.font, option.direction)
        left = card.left() + self.PADDING + (0 if right_to_left else self.EDGE)
        painter.translate(QPointF(left, card.top() + self.PADDING))
        painter.setClipRect(QRect(0, 0, card.width() - 2 * self.PADDING - self.EDGE,
                                  card.height() - 2 * self.PADDING))
        document.drawContents(painter)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        if index.data(COVERAGE_ROLE) is None:
            return QSize(0, 0)
        width = self._table.columnWidth(index.column())
        document = self._document(index, self._text_width(width), option.font, option.direction)
        return QSize(width, int(document.size().height()) + 2 * (self.MARGIN + self.PADDING) + 2)


# -- the gaps ----------------------------------------------------------------------------------

class GapsModel(HeaderedTableModel):
    DAY, TIME, ROLE, STAFFING, MISSING = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ShiftView] = []
        self._headers = (self.tr("Day"), self.tr("Time"), self.tr("Role"), self.tr("Staffing"),
                         self.tr("Missing languages"))

    def set_rows(self, rows: Sequence[ShiftView]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)



    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        view = self.rows[index.row()]
        shift = view.shift
        column = index.column()
        state = coverage(view)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DAY:
                return day_text(shift.starts_at.date())
            if column == self.TIME:
                return time_span(shift.starts_at, shift.ends_at)
            if column == self.ROLE:
                return label(v.ROLES, shift.role)
            if column == self.STAFFING:
                numbers = f"{QLocale().toString(view.staffed)}/{QLocale().toString(shift.min_staff)}"
                return (self.tr("%1 – understaffed").replace("%1", numbers) if view.understaffed
                        else numbers)
            return ", ".join(language_label(c) for c in view.missing_languages) or "–"
        if role == SHIFT_ID_ROLE:
            return shift.id
        if role == COVERAGE_ROLE:
            return state
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(COVERAGE_COLOURS[state])
        if role == Qt.ItemDataRole.DecorationRole and column == self.STAFFING and view.understaffed:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return None


# -- the page ----------------------------------------------------------------------------------

class ShiftsPage(QWidget):
    """Plan the week, fill gaps with the right languages, and take attendance today.

    ``roster_requested(monday)`` asks the caller to print the roster of the week shown.
    """

    roster_requested = Signal(object)

    def __init__(self, service: ShiftService, hub: Hub, parent: QWidget | None = None, *,
                 clock: Callable[[], datetime] = datetime.now) -> None:
        super().__init__(parent)
        self._service = service
        self._hub = hub
        self._clock = clock
        self._stale = False
        self._emitting = False
        self._rules: WorkRules | None = None
        self.templates: tuple[ShiftTemplate, ...] = DEFAULT_TEMPLATES
        self.needs: list[LanguageNeed] = []
        self.dialog: QDialog | None = None  # the dialog open on the page, if any
        self.monday = monday_of(self.today())
        self._build()
        hub.shifts_changed.connect(self.refresh_when_visible)
        hub.volunteers_changed.connect(self.refresh_when_visible)
        # The Today tab follows the clock: No-show opens when a shift starts, a new day after midnight.
        self._clock_tick = QTimer(self)
        self._clock_tick.timeout.connect(self._tick)
        self._clock_tick.start(60_000)
        self.refresh()

    def today(self) -> date:
        return self._clock().date()

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_week(), self.tr("&Week plan"))
        self.tabs.addTab(self._build_today(), self.tr("&Today"))
        self.tabs.addTab(self._build_gaps(), self.tr("&Gaps (next 4 weeks)"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.setFocusProxy(self.table)
        self.setStyleSheet(STYLE)

    def _build_week(self) -> QWidget:
        tab = QWidget()
        style = QApplication.style()
        self.previous_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack),
                                           self.tr("Previous week"))
        self.previous_button.setToolTip(self.tr("Page Up"))
        self.previous_button.clicked.connect(self.previous_week)
        self.this_week_button = QPushButton(self.tr("This week"))
        self.this_week_button.setToolTip(self.tr("Home"))
        self.this_week_button.clicked.connect(self.this_week)
        self.next_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward),
                                       self.tr("Next week"))
        self.next_button.setToolTip(self.tr("Page Down"))
        self.next_button.clicked.connect(self.next_week)
        self.week_label = QLabel()
        self.week_label.setObjectName("weekTitle")
        self.notice = QLabel()
        self.notice.setObjectName("shiftNotice")
        self.notice.setVisible(False)
        self.roster_button = QPushButton(self.tr("Print roster…"))
        self.roster_button.clicked.connect(lambda: self.roster_requested.emit(self.monday))
        self.templates_button = QPushButton(self.tr("Create from templates… (Ctrl+T)"))
        self.templates_button.clicked.connect(self.create_from_templates)
        top = QHBoxLayout()
        for button in (self.previous_button, self.this_week_button, self.next_button):
            top.addWidget(button)
        top.addSpacing(12)
        top.addWidget(self.week_label)
        top.addSpacing(12)
        top.addWidget(self.notice, 1)
        top.addWidget(self.roster_button)
        top.addWidget(self.templates_button)

        self.model = WeekModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Shifts of the week"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setShowGrid(False)
        self.table.setWordWrap(True)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.delegate = ShiftCardDelegate(self.table)
        self.table.setItemDelegate(self.delegate)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self._fit_rows = QTimer(self)
        self._fit_rows.setSingleShot(True)
        self._fit_rows.setInterval(0)
        self._fit_rows.timeout.connect(self.table.resizeRowsToContents)
        self.table.horizontalHeader().sectionResized.connect(lambda *_args: self._fit_rows.start())
        self.table.selectionModel().currentChanged.connect(lambda _now, _before: self._show_selected())
        self.table.activated.connect(lambda _index: self.assign_selected())

        self.week_empty = QLabel()
        self.week_empty.setObjectName("shiftEmpty")
        self.week_empty.setWordWrap(True)
        self.week_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_templates_button = QPushButton(self.tr("Create from templates…"))
        self.empty_templates_button.clicked.connect(self.create_from_templates)
        empty_page = QWidget()
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.week_empty, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addWidget(self.empty_templates_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)
        self.week_stack = QStackedWidget()
        self.week_stack.addWidget(self.table)
        self.week_stack.addWidget(empty_page)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.week_stack)
        splitter.addWidget(self._build_details())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setChildrenCollapsible(False)

        # The demand hints can be given more room at the cost of the week, and the other way round.
        self.week_splitter = QSplitter(Qt.Orientation.Vertical)
        self.week_splitter.addWidget(splitter)
        self.week_splitter.addWidget(self._build_demand())
        self.week_splitter.setStretchFactor(0, 1)
        self.week_splitter.setStretchFactor(1, 0)
        self.week_splitter.setChildrenCollapsible(False)
        self.week_splitter.setSizes([500, 96])
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.week_splitter, 1)

        for keys, slot in ((QKeySequence.StandardKey.MoveToPreviousPage, self.previous_week),
                           (QKeySequence.StandardKey.MoveToNextPage, self.next_week),
                           (QKeySequence("Home"), self.this_week),
                           (QKeySequence("Ctrl+T"), self.create_from_templates)):
            shortcut = QShortcut(QKeySequence(keys), tab)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        cancel = QShortcut(QKeySequence.StandardKey.Delete, self.assigned_list)
        cancel.setContext(Qt.ShortcutContext.WidgetShortcut)
        cancel.activated.connect(self.cancel_selected)
        return tab

    def _build_details(self) -> QWidget:
        panel = QFrame()
        panel.setObjectName("shiftDetails")
        panel.setMinimumWidth(230)
        panel.setMaximumWidth(320)
        self.detail_title = QLabel()
        self.detail_title.setObjectName("detailTitle")
        self.detail_title.setWordWrap(True)
        self.detail_status = QLabel()
        self.detail_status.setWordWrap(True)
        self.detail_languages = QLabel()
        self.detail_languages.setWordWrap(True)
        self.assigned_list = QListWidget()
        self.assigned_list.setAccessibleName(self.tr("Volunteers on this shift"))
        self.assigned_list.setWordWrap(True)
        self.assigned_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.assigned_list.currentRowChanged.connect(lambda _row: self._update_actions())
        self.assign_button = QPushButton(self.tr("&Assign… (Enter)"))
        self.assign_button.clicked.connect(self.assign_selected)
        self.swap_button = QPushButton(self.tr("S&wap…"))
        self.swap_button.setToolTip(self.tr("Another volunteer takes over; the change stays in the history."))
        self.swap_button.clicked.connect(self.swap_selected)
        self.cancel_button = QPushButton(self.tr("&Cancel assignment… (Del)"))
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.history_button = QPushButton(self.tr("&History…"))
        self.history_button.clicked.connect(self.show_history)
        self.delete_button = QPushButton(self.tr("Delete shift…"))
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QGridLayout()
        buttons.addWidget(self.assign_button, 0, 0)
        buttons.addWidget(self.swap_button, 0, 1)
        buttons.addWidget(self.cancel_button, 1, 0, 1, 2)
        buttons.addWidget(self.history_button, 2, 0)
        buttons.addWidget(self.delete_button, 2, 1)
        layout = QVBoxLayout(panel)
        layout.addWidget(self.detail_title)
        layout.addWidget(self.detail_status)
        layout.addWidget(self.detail_languages)
        layout.addWidget(self.assigned_list, 1)
        layout.addLayout(buttons)
        return panel

    def _build_demand(self) -> QWidget:
        box = QGroupBox(self.tr("Language demand this week (from the visits of the last 8 weeks)"))
        self.demand_list = QListWidget()
        self.demand_list.setAccessibleName(self.tr("Language demand"))
        self.demand_list.setWordWrap(True)
        self.demand_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.demand_list.currentRowChanged.connect(lambda _row: self._show_suggestions())
        self.demand_empty = QLabel()
        self.demand_empty.setObjectName("demandEmpty")
        self.demand_empty.setWordWrap(True)
        self.suggestion_box = QComboBox()
        self.suggestion_box.setMinimumContentsLength(14)
        self.suggestion_box.setAccessibleName(self.tr("Suggested volunteer"))
        self.suggest_button = QPushButton(self.tr("Assign &suggested"))
        self.suggest_button.clicked.connect(self.assign_suggested)
        self.other_button = QPushButton(self.tr("Other speaker…"))
        self.other_button.clicked.connect(self.assign_other_speaker)
        side = QVBoxLayout()
        side.addWidget(self.suggestion_box)
        side.addWidget(self.suggest_button)
        side.addWidget(self.other_button)
        side.addStretch(1)
        self.demand_stack = QStackedWidget()
        self.demand_stack.addWidget(self.demand_list)
        self.demand_stack.addWidget(self.demand_empty)
        layout = QHBoxLayout(box)
        layout.addWidget(self.demand_stack, 1)
        layout.addLayout(side)
        return box

    def _build_today(self) -> QWidget:
        tab = QWidget()
        self.today_title = QLabel()
        self.today_title.setObjectName("weekTitle")
        hint = QLabel(self.tr(
            "One click when a volunteer arrives and leaves; the hours come from these times."))
        hint.setObjectName("shiftHint")
        hint.setWordWrap(True)
        self.today_scroll = QScrollArea()
        self.today_scroll.setWidgetResizable(True)
        self.today_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.attendance_buttons: dict[int, dict[str, QPushButton]] = {}
        self.attendance_labels: dict[int, QLabel] = {}
        self.today_views: list[ShiftView] = []
        layout = QVBoxLayout(tab)
        layout.addWidget(self.today_title)
        layout.addWidget(hint)
        layout.addWidget(self.today_scroll, 1)
        return tab

    def _build_gaps(self) -> QWidget:
        tab = QWidget()
        self.gaps_summary = QLabel()
        self.gaps_model = GapsModel(self)
        self.gaps_table = row_table(self.gaps_model, self.tr("Gaps in the next four weeks"),
                                    alternating=False)
        header = self.gaps_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.gaps_table.activated.connect(lambda _index: self.show_gap())
        self.gaps_empty = QLabel(self.tr("No gaps in the next four weeks: every shift has its people and "
                                         "its wanted languages."))
        self.gaps_empty.setObjectName("shiftEmpty")
        self.gaps_empty.setWordWrap(True)
        self.gaps_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.gaps_stack = QStackedWidget()
        self.gaps_stack.addWidget(self.gaps_table)
        self.gaps_stack.addWidget(self.gaps_empty)
        self.show_gap_button = QPushButton(self.tr("Show in the &week (Enter)"))
        self.show_gap_button.clicked.connect(self.show_gap)
        self.assign_gap_button = QPushButton(self.tr("&Assign…"))
        self.assign_gap_button.clicked.connect(self.assign_gap)
        buttons = QHBoxLayout()
        buttons.addWidget(self.gaps_summary, 1)
        buttons.addWidget(self.show_gap_button)
        buttons.addWidget(self.assign_gap_button)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.gaps_stack, 1)
        layout.addLayout(buttons)
        return tab

    # -- loading -----------------------------------------------------------------------------

    def refresh_when_visible(self) -> None:
        if self._emitting:
            return  # our own change: already reloaded
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _tick(self) -> None:
        if not self.isVisible():
            return
        try:
            self._load_today()
        except WelcomePointError as exc:
            self._show_error(exc)

    def refresh(self) -> None:
        self._stale = False
        self._rules = None
        try:
            self._load_week()
            self._load_today()
            self._load_gaps()
        except WelcomePointError as exc:
            self._show_error(exc)

    def rules(self) -> WorkRules:
        if self._rules is None:
            try:
                self._rules = self._service.rules()
            except WelcomePointError:
                self._rules = WorkRules()
        return self._rules

    def show_week(self, monday: date) -> None:
        self.monday = monday_of(monday)
        self.notice.setVisible(False)
        try:
            self._load_week()
        except WelcomePointError as exc:
            self._show_error(exc)

    def previous_week(self) -> None:
        self.show_week(self.monday - timedelta(days=7))

    def next_week(self) -> None:
        self.show_week(self.monday + timedelta(days=7))

    def this_week(self) -> None:
        self.show_week(self.today())

    def _load_week(self) -> None:
        selected = self.selected_shift_id()
        views = self._service.week(self.monday)
        now = self._clock()
        # A shift that is over cannot be helped any more: its hints would only push the others down.
        self.needs = [need for need in self._service.language_needs(self.monday, DEMAND_THRESHOLD)
                      if need.ends_at > now] if views else []
        self.model.set_week(self.monday, views, self.needs, now)
        sunday = self.monday + timedelta(days=6)
        week_number = QLocale().toString(self.monday.isocalendar().week)
        self.week_label.setText(self.tr("Week %1: %2 – %3").replace("%3", day_text(sunday))
                                .replace("%2", day_text(self.monday)).replace("%1", week_number))
        self.week_empty.setText(self.tr("No shifts planned for this week. Create them from the weekly "
                                        "templates (Ctrl+T), then assign volunteers."))
        self.week_stack.setCurrentIndex(0 if views else 1)
        self.table.resizeRowsToContents()
        index = self.model.index_of(selected)
        if not index.isValid() and views:
            index = self.model.index_of(self._first_shift_to_do(views))
        if index.isValid():
            self._set_current(index)
        self._show_selected()
        self._load_demand()

    def _first_shift_to_do(self, views: Sequence[ShiftView]) -> int | None:
        """Where the cursor starts: the first gap from today on, else the first shift from today on."""
        now = self._clock()
        upcoming = [x for x in views if x.shift.ends_at >= now] or list(views)
        gap = next((x for x in upcoming if coverage(x) != COVERED), upcoming[0])
        return gap.shift.id

    def _load_demand(self) -> None:
        self.demand_list.clear()
        for need in self.needs:
            item = QListWidgetItem(self.need_text(need))
            item.setData(SHIFT_ID_ROLE, need.shift_id)
            item.setToolTip(item.text())
            self.demand_list.addItem(item)
        if self.model.rowCount() == 0:
            self.demand_empty.setText(self.tr("Language demand is shown once the week has shifts."))
        else:
            self.demand_empty.setText(self.tr("Every language that visitors usually bring in this week's "
                                              "slots has a speaker on the shift."))
        self.demand_stack.setCurrentIndex(0 if self.needs else 1)
        if self.needs:
            self.demand_list.setCurrentRow(0)
        self._show_suggestions()

    def need_text(self, need: LanguageNeed) -> str:
        """"Tue 13:00–16:00: about 9 Farsi/Dari visits expected, no speaker – suggest: Omid, Shirin"."""
        when = f"{QLocale().dayName(need.starts_at.isoweekday(), QLocale.FormatType.ShortFormat)} " \
               f"{time_span(need.starts_at, need.ends_at)}"
        text = self.tr("%1: about %2 %3 visits expected, no speaker").replace(
            "%3", label(v.LANGUAGES, need.language)).replace("%2", _number(need.expected_visits))
        text = text.replace("%1", when)
        if need.suggestions:
            names = [name for _id, name in need.suggestions[:SUGGESTIONS_SHOWN]]
            if len(need.suggestions) > SUGGESTIONS_SHOWN:
                names.append("…")
            return self.tr("%1 – suggest: %2").replace("%1", text).replace("%2", ", ".join(names))
        return self.tr("%1 – no free speaker").replace("%1", text)

    def _load_today(self) -> None:
        today = self.today()
        self.today_title.setText(self.tr("Today, %1").replace("%1", long_day_text(today)))
        self.today_views = self._service.today()
        self.attendance_buttons = {}
        self.attendance_labels = {}
        container = QWidget()
        grid = QGridLayout(container)
        # The buttons stay next to the names (the last, empty column takes the room left over).
        grid.setColumnStretch(5, 1)
        grid.setHorizontalSpacing(10)
        row = 0
        if not self.today_views:
            empty = QLabel(self.tr("No shifts today. Shifts are planned under Week plan."))
            empty.setObjectName("shiftEmpty")
            empty.setWordWrap(True)
            grid.addWidget(empty, 0, 0, 1, 5)
            row = 1
        for view in self.today_views:
            shift = view.shift
            heading = QLabel(f"{time_span(shift.starts_at, shift.ends_at)} · {label(v.ROLES, shift.role)} · "
                             f"{self.model.staffing_text(view)}")
            heading.setObjectName("todayShift")
            add = QPushButton(self.tr("Add volunteer…"))
            add.setToolTip(self.tr("Someone came who was not planned for this shift."))
            add.clicked.connect(lambda _checked=False, x=view: self._open_picker(x))
            grid.addWidget(heading, row, 0, 1, 4)
            grid.addWidget(add, row, 4)
            row += 1
            if not view.assigned:
                nobody = QLabel(self.tr("Nobody is assigned."))
                nobody.setObjectName("shiftHint")
                grid.addWidget(nobody, row, 0, 1, 5)
                row += 1
            for person in view.assigned:
                self._attendance_row(grid, row, view, person)
                row += 1
            line = QFrame()
            line.setFrameShape(QFrame.Shape.HLine)
            line.setFrameShadow(QFrame.Shadow.Sunken)
            grid.addWidget(line, row, 0, 1, 5)
            row += 1
        grid.setRowStretch(row, 1)
        self.today_scroll.setWidget(container)

    def _attendance_row(self, grid: QGridLayout, row: int, view: ShiftView,
                        person: AssignedVolunteer) -> None:
        name = QLabel(person_text(person, with_status=False))
        state = QLabel(self.attendance_text(person))
        self.attendance_labels[person.assignment_id] = state
        check_in = QPushButton(self.tr("Check in"))
        check_out = QPushButton(self.tr("Check out"))
        no_show = QPushButton(self.tr("No-show…"))
        open_status = person.status in ("planned", "confirmed")
        started = self._clock() >= view.shift.starts_at
        # Arriving after all corrects a no-show marked too early.
        check_in.setEnabled(person.checked_in_at is None and (open_status or person.status == "no_show"))
        check_out.setEnabled(person.checked_in_at is not None and person.checked_out_at is None)
        no_show.setEnabled(open_status and person.checked_in_at is None and started)
        if open_status and not started:
            no_show.setToolTip(self.tr("A no-show can be recorded once the shift has started."))
        for button in (check_in, check_out, no_show):
            button.setAccessibleDescription(person.display_name)
        check_in.clicked.connect(lambda _checked=False, a=person.assignment_id: self.check_in(a))
        check_out.clicked.connect(lambda _checked=False, a=person.assignment_id: self.check_out(a))
        no_show.clicked.connect(lambda _checked=False, p=person: self.mark_no_show(p))
        self.attendance_buttons[person.assignment_id] = {"check_in": check_in, "check_out": check_out,
                                                         "no_show": no_show}
        for column, widget in enumerate((name, state, check_in, check_out, no_show)):
            grid.addWidget(widget, row, column)

    def attendance_text(self, person: AssignedVolunteer) -> str:
        if person.status == "no_show":
            return label(v.ASSIGNMENT_STATUSES, "no_show")
        if person.checked_in_at is not None and person.checked_out_at is not None:
            return self.tr("in %1, out %2").replace("%2", clock_time(person.checked_out_at)).replace(
                "%1", clock_time(person.checked_in_at))
        if person.checked_in_at is not None:
            return self.tr("checked in at %1").replace("%1", clock_time(person.checked_in_at))
        return label(v.ASSIGNMENT_STATUSES, person.status)

    def _load_gaps(self) -> None:
        gaps = self._service.gaps(GAP_DAYS)
        self.gaps_model.set_rows(gaps)
        self.gaps_stack.setCurrentIndex(0 if gaps else 1)
        understaffed = sum(x.understaffed for x in gaps)
        self.gaps_summary.setText(self.tr("Shifts with gaps: %1, of them understaffed: %2").replace(
            "%2", QLocale().toString(understaffed)).replace("%1", QLocale().toString(len(gaps))))
        if gaps:
            self.gaps_table.setCurrentIndex(self.gaps_model.index(0, 0))
        self.show_gap_button.setEnabled(bool(gaps))
        self.assign_gap_button.setEnabled(bool(gaps))

    # -- the selected shift ------------------------------------------------------------------

    def selected_view(self) -> ShiftView | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isSelected(index):
            return None
        return self.model.view_at(index)

    def selected_shift_id(self) -> int | None:
        view = self.selected_view()
        return None if view is None else view.shift.id

    def select_shift(self, shift_id: int) -> bool:
        index = self.model.index_of(shift_id)
        if index.isValid():
            self._set_current(index)
        return index.isValid()

    def _set_current(self, index: QModelIndex) -> None:
        self.table.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.table.scrollTo(index)

    def selected_assignment(self) -> AssignedVolunteer | None:
        view = self.selected_view()
        row = self.assigned_list.currentRow()
        if view is None or not 0 <= row < len(view.assigned):
            return None
        return view.assigned[row]

    def _show_selected(self) -> None:
        view = self.selected_view()
        self.assigned_list.clear()
        if view is None:
            self.detail_title.setText(self.tr("No shift selected"))
            self.detail_status.setText(self.tr("Choose a shift in the week (arrow keys or a click) to assign "
                                               "volunteers."))
            self.detail_languages.clear()
            self._update_actions()
            return
        shift = view.shift
        when = f"{time_span(shift.starts_at, shift.ends_at)} · {label(v.ROLES, shift.role)}"
        self.detail_title.setText(f"{long_day_text(shift.starts_at.date())}\n{when}")
        state = coverage(view)
        sign = CHECK_MARK if state == COVERED else WARNING_SIGN
        self.detail_status.setText(f"{sign} {self.model.staffing_text(view)}")
        self.detail_status.setStyleSheet(f"color: {ACCENT_COLOURS[state].name()}; font-weight: bold;")
        wanted = ", ".join(label(v.LANGUAGES, c) for c in shift.wanted_languages)
        self.detail_languages.setText(self.tr("Wanted languages: %1").replace("%1", wanted) if wanted
                                      else self.tr("No particular language wanted."))
        for person in view.assigned:
            item = QListWidgetItem(person_text(person))
            item.setToolTip(", ".join(language_label(c) for c in person.languages))
            if person.status == "no_show":
                font = item.font()
                font.setStrikeOut(True)
                item.setFont(font)
            self.assigned_list.addItem(item)
        if view.assigned:
            self.assigned_list.setCurrentRow(0)
        self._update_actions()

    def _update_actions(self) -> None:
        view = self.selected_view()
        person = self.selected_assignment()
        changeable = person is not None and person.status in ("planned", "confirmed")
        self.assign_button.setEnabled(view is not None)
        self.history_button.setEnabled(view is not None)
        self.delete_button.setEnabled(view is not None)
        self.swap_button.setEnabled(changeable)
        self.cancel_button.setEnabled(changeable)

    # -- actions -----------------------------------------------------------------------------

    def create_from_templates(self) -> None:
        dialog = TemplatesDialog(self.templates, self.today(), self)
        dialog.set_range("this_week" if self.monday <= self.today() else "four_weeks")

        def done() -> None:
            self.templates = dialog.templates()  # kept for the next time, while the app runs
            first, last = dialog.first_day(), dialog.last_day()
            try:
                created = self._service.create_from_templates(self.templates, first, last)
            except WelcomePointError as exc:
                self._show_error(exc)
                return
            self.monday = monday_of(max(first, min(self.monday, last)))
            self._changed()
            self.show_notice(self.tr("%n shift(s) created.", "", created) if created else
                             self.tr("No new shifts: they all exist already."))

        self._open(dialog, done)

    def assign_selected(self) -> None:
        view = self.selected_view()
        if view is not None:
            self._open_picker(view)

    def _open_picker(self, view: ShiftView, language: str | None = None) -> None:
        dialog = CandidateDialog(self._service, view, language=language, rules=self.rules(), parent=self)
        shift_id = view.shift.id or 0

        def done() -> None:
            volunteer_id = dialog.chosen_id()
            if volunteer_id is not None:
                self._do(lambda: self._service.assign(shift_id, volunteer_id))

        self._open(dialog, done)

    def swap_selected(self) -> None:
        view, person = self.selected_view(), self.selected_assignment()
        if view is None or person is None or person.status not in ("planned", "confirmed"):
            return
        dialog = CandidateDialog(self._service, view, replacing=person, rules=self.rules(), parent=self)
        assignment_id = person.assignment_id

        def done() -> None:
            volunteer_id = dialog.chosen_id()
            if volunteer_id is not None:
                self._do(lambda: self._service.swap(assignment_id, volunteer_id))

        self._open(dialog, done)

    def cancel_selected(self) -> None:
        view, person = self.selected_view(), self.selected_assignment()
        if view is None or person is None or person.status not in ("planned", "confirmed"):
            return
        shift = view.shift
        question = self.tr(
            "Take %1 off the shift on %2, %3? The cancellation stays in the shift's history.").replace(
            "%3", time_span(shift.starts_at, shift.ends_at)).replace(
            "%2", day_text(shift.starts_at.date())).replace("%1", person.display_name)
        if self._confirm(self.tr("Cancel assignment"), question):
            self._do(lambda: self._service.cancel(person.assignment_id))

    def show_history(self) -> None:
        view = self.selected_view()
        if view is None or view.shift.id is None:
            return
        try:
            changes = self._service.history(view.shift.id)
        except WelcomePointError as exc:
            self._show_error(exc)
            return
        shift = view.shift
        title = (f"{long_day_text(shift.starts_at.date())}, {time_span(shift.starts_at, shift.ends_at)} · "
                 f"{label(v.ROLES, shift.role)}")
        self._open(HistoryDialog(changes, title, self), None)

    def delete_selected(self) -> None:
        view = self.selected_view()
        if view is None or view.shift.id is None:
            return
        shift = view.shift
        question = self.tr("Delete the shift on %1, %2? Its planned assignments are removed too.").replace(
            "%2", time_span(shift.starts_at, shift.ends_at)).replace("%1", day_text(shift.starts_at.date()))
        shift_id = view.shift.id
        if self._confirm(self.tr("Delete shift"), question):
            self._do(lambda: self._service.delete_shift(shift_id))

    def _show_suggestions(self) -> None:
        self.suggestion_box.clear()
        need = self.selected_need()
        if need is not None:
            for volunteer_id, name in need.suggestions:
                self.suggestion_box.addItem(name, volunteer_id)
        self.suggestion_box.setEnabled(self.suggestion_box.count() > 0)
        self.suggest_button.setEnabled(self.suggestion_box.count() > 0)
        self.other_button.setEnabled(need is not None)

    def selected_need(self) -> LanguageNeed | None:
        row = self.demand_list.currentRow()
        return self.needs[row] if 0 <= row < len(self.needs) else None

    def assign_suggested(self) -> None:
        need = self.selected_need()
        volunteer_id = self.suggestion_box.currentData()
        if need is None or volunteer_id is None:
            return
        self.select_shift(need.shift_id)
        self._do(lambda: self._service.assign(need.shift_id, int(volunteer_id)))

    def assign_other_speaker(self) -> None:
        need = self.selected_need()
        if need is None:
            return
        self.select_shift(need.shift_id)
        view = self.selected_view()
        if view is not None:
            self._open_picker(view, need.language)

    def show_gap(self) -> None:
        row = self.gaps_table.currentIndex().row()
        if not 0 <= row < len(self.gaps_model.rows):
            return
        shift = self.gaps_model.rows[row].shift
        self.show_week(shift.starts_at.date())
        if shift.id is not None:
            self.select_shift(shift.id)
        self.tabs.setCurrentIndex(0)
        self.table.setFocus()

    def assign_gap(self) -> None:
        row = self.gaps_table.currentIndex().row()
        if 0 <= row < len(self.gaps_model.rows):
            view = self.gaps_model.rows[row]
            self._open_picker(view, view.missing_languages[0] if view.missing_languages and
                              not view.understaffed else None)

    def check_in(self, assignment_id: int) -> None:
        self._do(lambda: self._service.check_in(assignment_id))

    def check_out(self, assignment_id: int) -> None:
        self._do(lambda: self._service.check_out(assignment_id))

    def mark_no_show(self, person: AssignedVolunteer) -> None:
        question = self.tr("Record that %1 did not come? The shift then counts as not worked.").replace(
            "%1", person.display_name)
        if self._confirm(self.tr("No-show"), question):
            self._do(lambda: self._service.mark_no_show(person.assignment_id))

    # -- plumbing ----------------------------------------------------------------------------

    def _do(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except WelcomePointError as exc:
            self._show_error(exc)
            self.refresh()  # someone else may have changed the shift meanwhile
            return False
        self._changed()
        return True

    def _changed(self) -> None:
        self._emitting = True
        try:
            self._hub.shifts_changed.emit()
        finally:
            self._emitting = False
        self.refresh()

    def _open(self, dialog: QDialog, on_accepted: Callable[[], None] | None) -> None:
        """Window-modal and not blocking: the page stays responsive to the hub, tests drive the dialog."""
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if on_accepted is not None:
            dialog.accepted.connect(on_accepted)
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(True)

    def _confirm(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(self, title, question, QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _show_error(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Shifts"), error_text(exc, self.rules()))


STYLE = """
QLabel#weekTitle { font-size: 12pt; font-weight: bold; color: #1f3b4d; }
QLabel#shiftNotice { color: #1f3b4d; background: #e3eef2; border-radius: 6px; padding: 3px 8px; }
QLabel#shiftEmpty, QLabel#demandEmpty { color: #1f3b4d; background: #e3eef2; border-radius: 6px;
                                        padding: 10px; }
QLabel#detailTitle { font-weight: bold; font-size: 11pt; }
QLabel#todayShift { font-weight: bold; font-size: 11pt; color: #1f3b4d; padding-top: 6px; }
QLabel#shiftHint { color: #4a5d68; }
"""
