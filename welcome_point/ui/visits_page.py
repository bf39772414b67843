"""The visits page: every visit, filtered and sorted by SQLite, loaded page by page as one scrolls.

A million visits never pass through Python at once: ``VisitTableModel`` holds the pages fetched
so far and asks for the next one (keyset paging) when the view scrolls to its end. Pages and the
count load off the UI thread, so a rare filter over years of visits never freezes the window;
results of a filter that has since changed are dropped. The count has a worker thread of its
own, so a slow count never holds up the rows.

The list faces the public at the desk: it shows no card code, only whether a visitor came
anonymously, for the first time or again.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStandardPaths,
    Qt,
    QThreadPool,
    QTime,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from welcome_point.domain import vocabulary as v
from welcome_point.domain.errors import WelcomePointError
from welcome_point.services.visit_list import (
    EXPORT_COLUMNS,
    PAGE_SIZE,
    SORT_LIMIT,
    VISITOR_ANONYMOUS,
    VISITOR_FIRST,
    VISITOR_RETURNING,
    SortTooWideError,
    VisitFilter,
    VisitListRow,
    VisitListService,
    VisitSort,
)
from welcome_point.ui.assets import icon
from welcome_point.ui.background import BackgroundRunner
from welcome_point.ui.errors import describe
from welcome_point.ui.hub import Hub
from welcome_point.ui.labels import choices, label, language_label, ltr
from welcome_point.ui.tables import row_table

Index = QModelIndex | QPersistentModelIndex
DEFAULT_DAYS = 30
EARLIEST_DAY = date(2000, 1, 1)


def _qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(QDate(moment.year, moment.month, moment.day),
                     QTime(moment.hour, moment.minute, moment.second))


def _day(edit: QDateEdit) -> date:
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), chosen.day())


class VisitTableModel(QAbstractTableModel):
    """Pages of visits in the order SQLite sorted them; ``fetchMore`` asks for the next page."""

    ARRIVED, WAITING, DURATION, LANGUAGE, TOPICS, GROUP, INTERPRETER, OUTCOME, VOLUNTEERS, REFERRALS, \
        VISITOR = range(11)
    SORT_KEYS: ClassVar[dict[int, str]] = {ARRIVED: "arrived_at", WAITING: "waiting", DURATION: "duration",
                                           GROUP: "group_size"}
    NUMERIC = frozenset({WAITING, DURATION, GROUP, REFERRALS})

    loaded = Signal()  # a page arrived, or the list turned out to be complete
    failed = Signal(object)  # the exception of a page that could not be read

    def __init__(self, service: VisitListService, runner: BackgroundRunner | None = None,
                 parent: QObject | None = None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._service = service
        self._runner = runner or BackgroundRunner()
        self._page_size = page_size
        self.rows: list[VisitListRow] = []
        self._cells: list[tuple[str, ...] | None] = []  # made when first shown
        self.criteria = VisitFilter()
        self.order = VisitSort()
        self._generation = 0
        self._loading = False
        self._complete = False
        self._started = False
        self._headers = [
            self.tr("Arrived"), self.tr("Waiting"), self.tr("Duration"), self.tr("Language"),
            self.tr("Topics"), self.tr("Group"), self.tr("Interpreter"), self.tr("Outcome"),
            self.tr("Volunteers"), self.tr("Referrals"), self.tr("Visitor")]
        self._header_tips = {
            self.WAITING: self.tr("Minutes from arrival to the start of the conversation"),
            self.DURATION: self.tr("Minutes of the conversation"),
            self.GROUP: self.tr("People who came together"),
            self.REFERRALS: self.tr("Referrals made during the visit"),
            self.VISITOR: self.tr("First visit with a card, returning card holder, or anonymous"),
        }
        self.visitor_texts = {VISITOR_FIRST: self.tr("First visit"), VISITOR_RETURNING: self.tr("Returning"),
                              VISITOR_ANONYMOUS: self.tr("Anonymous")}
        self.yes_text = self.tr("Yes")
        self._separator = self.tr(", ", "between the items of a list in one cell")
        self._minutes = self.tr("%1 min")

    # --- what the view asks -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cells(index.row())[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMERIC:
            # Trailing: right in a left-to-right layout, left in Arabic and Farsi.
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            row = self.rows[index.row()]
            if column == self.LANGUAGE:
                return language_label(row.language)
            if column in (self.TOPICS, self.VOLUNTEERS, self.OUTCOME, self.VISITOR):
                return self.cells(index.row())[column] or None
        if role == Qt.ItemDataRole.UserRole:
            return self.rows[index.row()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self._header_tips.get(section, "")
            if section in self.SORT_KEYS:
                tip = (tip + "\n" if tip else "") + self.tr("Click to sort by this column")
            return tip or None
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and self._started and not self._loading and not self._complete

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008 - Qt's signature
        if self.canFetchMore(parent):
            self._request()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS.get(column)
        if key is None:  # no index and no bounded way to sort it: the header keeps the old sort
            return
        wanted = VisitSort(key, ascending=order == Qt.SortOrder.AscendingOrder)
        if wanted != self.order:
            self.set_query(self.criteria, wanted)

    def sort_column(self) -> int:
        return next(column for column, key in self.SORT_KEYS.items() if key == self.order.key)

    # --- loading ------------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def complete(self) -> bool:
        """Every matching visit is loaded (there is no further page)."""
        return self._complete

    def set_query(self, criteria: VisitFilter, order: VisitSort | None = None) -> None:
        """Show the visits of ``criteria`` in ``order``, from the first page."""
        self.criteria = criteria
        self.order = order or self.order
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._generation += 1
        self.rows, self._cells = [], []
        self._loading = self._complete = False
        self._started = True
        self.endResetModel()
        self._request()

    def _request(self) -> None:
        self._loading = True
        generation, criteria, order = self._generation, self.criteria, self.order
        after = self.rows[-1] if self.rows else None
        size = self._page_size

        def work() -> list[VisitListRow] | None:
            if generation != self._generation:  # superseded while it waited for a thread
                return None
            return self._service.page(criteria, order, after, size)

        self._runner.run(work, lambda rows: self._arrived(generation, rows),
                         lambda exc: self._failed(generation, exc))

    def _arrived(self, generation: int, rows: list[VisitListRow] | None) -> None:
        if not isValid(self) or generation != self._generation or rows is None:
            return
        self._loading = False
        self._complete = len(rows) < self._page_size
        if rows:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self.rows.extend(rows)
            self._cells.extend([None] * len(rows))
            self.endInsertRows()
        self.loaded.emit()

    def _failed(self, generation: int, exc: Exception) -> None:
        if not isValid(self) or generation != self._generation:
            return
        self._loading = False
        self._complete = True  # no endless retries from the view; a new query starts afresh
        self.failed.emit(exc)

    def minutes_text(self, minutes: int | None) -> str:
        if minutes is None:  # the visitor left before the conversation began
            return "–"
        return self._minutes.replace("%1", QLocale().toString(minutes))

    def cells(self, row_number: int) -> tuple[str, ...]:
        """The texts of a row, made when it is first shown (painting asks for them again and again)."""
        texts = self._cells[row_number]
        if texts is None:
            texts = self._cells[row_number] = self._texts(self.rows[row_number])
        return texts

    def _texts(self, row: VisitListRow) -> tuple[str, ...]:
        locale = QLocale()
        return (
            locale.toString(_qdatetime(row.arrived_at), QLocale.FormatType.ShortFormat),
            self.minutes_text(row.waiting_minutes),
            self.minutes_text(row.duration_minutes),
            label(v.LANGUAGES, row.language),
            self._separator.join(label(v.TOPICS, code) for code in row.topics),
            locale.toString(row.group_size),
            self.yes_text if row.interpreter_needed else "",
            label(v.OUTCOMES, row.outcome),
            self._separator.join(row.volunteers),
            locale.toString(row.referrals) if row.referrals else "",
            self.visitor_texts.get(row.visitor, row.visitor),
        )


class _Progress(QObject):
    """Lives in the UI thread; the export's worker emits into it, Qt queues the call across."""

    changed = Signal(int)


class VisitsPage(QWidget):
    # What gives way on a narrow screen (cells elide; their tooltips show all); the rest keep their width.
    SHRINKING = ((VisitTableModel.TOPICS, VisitTableModel.VOLUNTEERS, VisitTableModel.OUTCOME),
                 (VisitTableModel.LANGUAGE, VisitTableModel.VISITOR))

    def __init__(self, service: VisitListService, hub: Hub, parent: QWidget | None = None, *,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self._service = service
        self._hub = hub
        self._today = today
        self._runner = BackgroundRunner()
        # Counting reads every match; one thread of its own keeps it from delaying the rows.
        self._count_pool = QThreadPool(self)
        self._count_pool.setMaxThreadCount(1)
        self._count_runner = BackgroundRunner(self._count_pool)
        self._count_generation = 0
        self._count_waiting = False
        self.total: int | None = None
        self._stale = False
        self._exporting = False
        self._progress = _Progress(self)
        self._progress.changed.connect(self._export_progress)
        self._folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

        self.count_label = QLabel()
        self.count_label.setObjectName("visitCount")
        self.export_button = QPushButton(icon("reports"), self.tr("E&xport CSV…"))
        self.export_button.setToolTip(self.tr("Save the visits of this list as a CSV file for a spreadsheet "
                                              "(Ctrl+E)"))
        heading = QHBoxLayout()
        heading.addWidget(self.count_label)
        heading.addStretch(1)
        heading.addWidget(self.export_button)

        self.filters = QFrame()
        self.filters.setObjectName("filterBar")
        self.date_from = self._date_edit(self.tr("First day of the period"))
        self.date_to = self._date_edit(self.tr("Last day of the period"))
        self.date_from.setToolTip(self.tr("First day of the period (Ctrl+F comes here)"))
        self.all_dates = QPushButton(self.tr("&All dates"))
        self.all_dates.setToolTip(self.tr("From the first visit ever recorded to today"))
        self.topic = QComboBox()
        self.topic.addItem(self.tr("All topics"), None)
        for code, text in choices(v.TOPICS):
            self.topic.addItem(text, code)
        self.language = QComboBox()
        self.language.addItem(self.tr("All languages"), None)
        for code in v.LANGUAGES.codes:
            self.language.addItem(language_label(code), code)
        self.volunteer = QComboBox()
        self.volunteer.setMinimumContentsLength(14)
        self.volunteer.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.reset_button = QPushButton(self.tr("&Reset filters"))
        self.reset_button.setToolTip(self.tr("The last %1 days, every topic, language and volunteer")
                                     .replace("%1", QLocale().toString(DEFAULT_DAYS)))
        for combo, name in ((self.topic, self.tr("Topic")), (self.language, self.tr("Language")),
                            (self.volunteer, self.tr("Volunteer"))):
            combo.setAccessibleName(name)
        # Two rows at natural widths: the period, then what the visit was about and who helped.
        # Mnemonics avoid Alt+F, G, L and H: they open the window's menus.
        first_row = QHBoxLayout()
        first_row.addWidget(self._buddy(self.tr("Fro&m:"), self.date_from))
        first_row.addWidget(self.date_from)
        first_row.addWidget(self._buddy(self.tr("&to:"), self.date_to))
        first_row.addWidget(self.date_to)
        first_row.addWidget(self.all_dates)
        first_row.addStretch(1)
        first_row.addWidget(self.reset_button)
        second_row = QHBoxLayout()
        for caption, combo in ((self.tr("To&pic:"), self.topic), (self.tr("La&nguage:"), self.language),
                               (self.tr("&Volunteer:"), self.volunteer)):
            second_row.addWidget(self._buddy(caption, combo))
            second_row.addWidget(combo)
            second_row.addSpacing(16)
        second_row.addStretch(1)
        filter_layout = QVBoxLayout(self.filters)
        filter_layout.setContentsMargins(8, 6, 8, 6)
        filter_layout.addLayout(first_row)
        filter_layout.addLayout(second_row)

        self.model = VisitTableModel(service, self._runner, self)
        self.table = row_table(self.model, self.tr("Visits"))
        # Rows are one line high and fixed: the view never measures the rows it does not show.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(VisitTableModel.ARRIVED, Qt.SortOrder.DescendingOrder)
        self._fitting = False
        self._measure_columns()
        header.sectionResized.connect(self._column_resized)
        self.table.viewport().installEventFilter(self)
        self.table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._sort_requested)

        self.empty = QWidget()
        picture = QLabel()
        picture.setPixmap(icon("visits").pixmap(64, 64))
        self.empty_title = QLabel()
        self.empty_title.setObjectName("emptyTitle")
        self.empty_hint = QLabel()
        self.empty_hint.setWordWrap(True)
        self.empty_reset = QPushButton(self.tr("Reset filters"))
        empty_column = QVBoxLayout()
        empty_column.addStretch(1)
        for widget in (picture, self.empty_title, self.empty_hint):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            empty_column.addWidget(widget)
        empty_column.addWidget(self.empty_reset, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_column.addStretch(2)
        empty_outer = QHBoxLayout(self.empty)
        empty_outer.addStretch(1)
        empty_outer.addLayout(empty_column, 4)
        empty_outer.addStretch(1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.progress_bar = QProgressBar()
        self.progress_bar.setVisible(False)
        self.progress_bar.setMaximumWidth(260)
        footer = QHBoxLayout()
        footer.addWidget(self.status, 1)
        footer.addWidget(self.progress_bar)

        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.filters)
        layout.addWidget(self.stack, 1)
        layout.addLayout(footer)
        self.setStyleSheet(STYLE)

        for keys, slot in ((QKeySequence.StandardKey.Find, self.focus_filters),
                           (QKeySequence("Ctrl+E"), self.export_csv)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        self._fill_volunteers()
        self._set_default_dates()
        self.model.loaded.connect(self._page_loaded)
        self.model.failed.connect(self._page_failed)
        self.date_from.dateChanged.connect(self._from_changed)
        self.date_to.dateChanged.connect(self._to_changed)
        for combo in (self.topic, self.language, self.volunteer):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.all_dates.clicked.connect(self.show_all_dates)
        self.reset_button.clicked.connect(self.reset_filters)
        self.empty_reset.clicked.connect(self.reset_filters)
        self.export_button.clicked.connect(self.export_csv)
        hub.visits_changed.connect(self.refresh_when_visible)
        self.apply_filters()

    # --- building -----------------------------------------------------------------------------
    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setKeyboardTracking(False)  # a half-typed date is not a filter yet
        edit.setMinimumDate(QDate(EARLIEST_DAY.year, EARLIEST_DAY.month, EARLIEST_DAY.day))
        # The locale's short date, but with four-digit years: "24.11.26" reads ambiguously.
        pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
        if "yyyy" not in pattern:
            pattern = pattern.replace("yy", "yyyy")
        edit.setDisplayFormat(pattern)
        edit.setAccessibleName(name)
        return edit

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        caption = QLabel(text)
        caption.setBuddy(widget)
        return caption

    def _measure_columns(self) -> None:
        """Natural widths from what the columns hold in this language and font, and how far the
        wordy columns may shrink on a narrow screen (their cells elide, the tooltip has it all)."""
        metrics = self.table.fontMetrics()
        model = self.model

        def widest(texts: Sequence[str], cap: int = 240, sortable: bool = False) -> int:
            # Padding of the cell, and room for the sort arrow where there can be one.
            return min(cap, max(metrics.horizontalAdvance(text) for text in texts)) + (30 if sortable else 16)

        longest = QDateTime(QDate(2026, 12, 28), QTime(23, 59))
        sample = QLocale().toString(longest, QLocale.FormatType.ShortFormat)
        heads = [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
        languages = [text for _, text in choices(v.LANGUAGES)]
        outcomes = [text for _, text in choices(v.OUTCOMES)]
        self._natural = {
            model.ARRIVED: widest([sample, heads[model.ARRIVED]], sortable=True),
            model.WAITING: widest([heads[model.WAITING], model.minutes_text(88)], 110, sortable=True),
            model.DURATION: widest([heads[model.DURATION], model.minutes_text(88)], 110, sortable=True),
            model.LANGUAGE: widest([heads[model.LANGUAGE], *languages], 130),
            model.TOPICS: metrics.horizontalAdvance("x" * 36),
            model.GROUP: widest([heads[model.GROUP], "20"], 90, sortable=True),
            model.INTERPRETER: widest([heads[model.INTERPRETER], model.yes_text], 110),
            model.OUTCOME: widest([heads[model.OUTCOME], *outcomes], 170),
            model.VOLUNTEERS: metrics.horizontalAdvance("x" * 16),
            model.REFERRALS: widest([heads[model.REFERRALS], "10"], 100),
            model.VISITOR: widest([heads[model.VISITOR], *model.visitor_texts.values()], 130),
        }
        self._floor = {column: min(self._natural[column], max(56, widest([heads[column]], 90)))
                       for tier in self.SHRINKING for column in tier}
        self._floor[model.TOPICS] = metrics.horizontalAdvance("x" * 22)
        self._user_widths: dict[int, int] = {}

    def _fit_columns(self) -> None:
        """The topics take what the others leave; on a narrow screen the wordy columns give way."""
        widths = {**self._natural, **self._user_widths}
        spare = self.table.viewport().width() - sum(widths.values())
        if spare > 0 and self.model.TOPICS not in self._user_widths:
            widths[self.model.TOPICS] += spare
        for tier in self.SHRINKING:  # the long texts first, short labels only when that is not enough
            if spare >= 0:
                break
            give = {column: widths[column] - self._floor[column] for column in tier
                    if column not in self._user_widths}
            total = sum(give.values())
            share = min(1.0, -spare / total) if total > 0 else 0.0
            for column, room in give.items():
                taken = min(room, math.ceil(room * share))  # up: no scroll bar for a pixel
                widths[column] -= taken
                spare += taken
        self._fitting = True
        for column, width in widths.items():
            self.table.setColumnWidth(column, width)
        self._fitting = False

    def _column_resized(self, column: int, _old: int, new: int) -> None:
        if not self._fitting:  # the user dragged it: keep it, fit the others around it
            self._user_widths[column] = new

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    # --- filters ------------------------------------------------------------------------------
    def current_filter(self) -> VisitFilter:
        return VisitFilter(date_from=_day(self.date_from), date_to=_day(self.date_to),
                           topic=self.topic.currentData(), language=self.language.currentData(),
                           volunteer_id=self.volunteer.currentData())

    def apply_filters(self) -> None:
        self.status.clear()
        self.model.set_query(self.current_filter())
        self._update_state()  # the table, empty while the first page loads
        # The count starts once the first page is in: the rows matter first, and on two cores
        # a count running alongside would slow them down.
        self._count_generation += 1
        self.total = None
        self._count_waiting = True
        self.count_label.setText(self.tr("Counting…"))

    def _set_dates(self, first: date, last: date) -> None:
        for edit, day in ((self.date_from, first), (self.date_to, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def _set_default_dates(self) -> None:
        today = self._today()
        self._set_dates(today - timedelta(days=DEFAULT_DAYS - 1), today)

    def _from_changed(self, day: QDate) -> None:
        if day > self.date_to.date():  # keep a period, never an impossible one
            self.date_to.blockSignals(True)
            self.date_to.setDate(day)
            self.date_to.blockSignals(False)
        self.apply_filters()

    def _to_changed(self, day: QDate) -> None:
        if day < self.date_from.date():
            self.date_from.blockSignals(True)
            self.date_from.setDate(day)
            self.date_from.blockSignals(False)
        self.apply_filters()

    def show_all_dates(self) -> None:
        span = self._service.date_span()
        today = self._today()
        first = max(EARLIEST_DAY, span[0]) if span else today
        self._set_dates(first, max(today, span[1]) if span else today)
        self.apply_filters()

    def reset_filters(self) -> None:
        self._set_default_dates()
        for combo in (self.topic, self.language, self.volunteer):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.apply_filters()

    def _fill_volunteers(self) -> None:
        try:
            volunteers = self._service.volunteers()
        except WelcomePointError as exc:  # the list below says what is wrong with the database
            volunteers = []
            self.status.setText(describe(exc))
        chosen = self.volunteer.currentData()
        self.volunteer.blockSignals(True)
        self.volunteer.clear()
        self.volunteer.addItem(self.tr("All volunteers"), None)
        for volunteer_id, name in volunteers:
            self.volunteer.addItem(name, volunteer_id)
        self.volunteer.setCurrentIndex(max(0, self.volunteer.findData(chosen)))
        self.volunteer.blockSignals(False)

    def focus_filters(self) -> None:
        self.date_from.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.date_from.selectAll()

    def filters_active(self) -> bool:
        today = self._today()
        return (self.topic.currentIndex() > 0 or self.language.currentIndex() > 0
                or self.volunteer.currentIndex() > 0
                or _day(self.date_from) != today - timedelta(days=DEFAULT_DAYS - 1)
                or _day(self.date_to) != today)

    # --- sorting ------------------------------------------------------------------------------
    def _sort_requested(self, section: int, _order: Qt.SortOrder) -> None:
        if section not in VisitTableModel.SORT_KEYS:
            self._show_sort_indicator()
            self.status.setText(self.tr("This column cannot be sorted; sort by arrival, waiting time, "
                                        "duration or group size."))

    def _show_sort_indicator(self) -> None:
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.AscendingOrder if self.model.order
                                .ascending else Qt.SortOrder.DescendingOrder)
        header.blockSignals(False)
        header.viewport().update()

    # --- state --------------------------------------------------------------------------------
    def _page_loaded(self) -> None:
        self._update_state()
        if self._count_waiting:
            self._count_waiting = False
            self._start_count()

    def _start_count(self) -> None:
        generation, criteria = self._count_generation, self.model.criteria

        def work() -> int | None:
            return None if generation != self._count_generation else self._service.count(criteria)

        self._count_runner.run(work, lambda total: self._counted(generation, total),
                               lambda exc: self._count_failed(generation, exc))

    def _counted(self, generation: int, total: int | None) -> None:
        if not isValid(self) or generation != self._count_generation or total is None:
            return
        self.total = total
        self.count_label.setText(self.tr("Visits: %1").replace("%1", QLocale().toString(total)))

    def _count_failed(self, generation: int, exc: Exception) -> None:
        if isValid(self) and generation == self._count_generation:
            self.count_label.setText(self.tr("Visits: ?"))
            self.status.setText(describe(exc))

    def _update_state(self) -> None:
        if self.model.rowCount() or self.model.loading:
            self.stack.setCurrentWidget(self.table)
            return
        if self._service.date_span() is None:
            self.empty_title.setText(self.tr("No visits recorded yet"))
            self.empty_hint.setText(self.tr("Visits saved at the Desk appear here, newest first."))
            self.empty_reset.setVisible(False)
        else:
            self.empty_title.setText(self.tr("No visit matches these filters"))
            self.empty_hint.setText(self.tr(
                "Choose a longer period (“All dates” shows every visit) or fewer filters."))
            self.empty_reset.setVisible(self.filters_active())
        self.stack.setCurrentWidget(self.empty)

    def _page_failed(self, exc: Exception) -> None:
        if isinstance(exc, SortTooWideError):
            self.status.setText(self.tr(
                "Sorting by this column works on at most %1 visits. Choose a shorter period; the list is "
                "sorted by arrival again.").replace("%1", QLocale().toString(SORT_LIMIT)))
            self.model.set_query(self.model.criteria, VisitSort())
            self._show_sort_indicator()
            return
        self._count_waiting = False
        self.count_label.setText(self.tr("Visits: ?"))
        self.empty_title.setText(self.tr("The visits could not be read"))
        self.empty_hint.setText(describe(exc))
        self.empty_reset.setVisible(False)
        self.stack.setCurrentWidget(self.empty)

    def refresh(self) -> None:
        """Read again with the same filters and sort (after a visit was saved or changed)."""
        self._stale = False
        self._fill_volunteers()
        self.apply_filters()

    def refresh_when_visible(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # --- export -------------------------------------------------------------------------------
    def export_headers(self) -> list[str]:
        """The CSV header in the user's language, in the order of EXPORT_COLUMNS."""
        names = {
            "id": self.tr("Visit number"), "arrived_at": self.tr("Arrived"),
            "waiting_minutes": self.tr("Waiting (min)"), "duration_minutes": self.tr("Duration (min)"),
            "language": self.tr("Language"), "topics": self.tr("Topics"), "group_size": self.tr("Group size"),
            "interpreter_needed": self.tr("Interpreter"), "outcome": self.tr("Outcome"),
            "volunteers": self.tr("Volunteers"), "referrals": self.tr("Referrals"),
            "visitor": self.tr("Visitor"),
        }
        return [names[column] for column in EXPORT_COLUMNS]

    def export_labels(self) -> dict[str, dict[str, str]]:
        return {
            "topic": dict(choices(v.TOPICS)),
            "language": dict(choices(v.LANGUAGES)),
            "outcome": dict(choices(v.OUTCOMES)),
            "visitor": dict(self.model.visitor_texts),
            "interpreter": {"yes": self.tr("Yes"), "no": self.tr("No")},
        }

    def export_csv(self) -> None:
        if self._exporting:
            return
        criteria, order = self.model.criteria, self.model.order
        name = f"visits-{criteria.date_from or 'all'}-{criteria.date_to or self._today()}.csv"
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export visits"),
                                                str(Path(self._folder) / name), self.tr("CSV files (*.csv)"))
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        self._folder = str(path.parent)
        # Translated here, in the UI thread; the worker only writes.
        header, labels, progress = self.export_headers(), self.export_labels(), self._progress
        self._set_exporting(True, self.total)
        self._runner.run(
            lambda: self._service.export_csv(criteria, order, path, header, labels, progress.changed.emit),
            lambda count: self._exported(path, count), self._export_failed)

    def _set_exporting(self, busy: bool, total: int | None = None) -> None:
        self._exporting = busy
        self.export_button.setEnabled(not busy)
        self.progress_bar.setVisible(busy)
        if busy:
            self.progress_bar.setRange(0, total or 0)  # 0..0: busy without a known end
            self.progress_bar.setValue(0)
            self.status.setText(self.tr("Exporting…"))

    def _export_progress(self, written: int) -> None:
        if self.progress_bar.maximum() > 0:
            self.progress_bar.setValue(min(written, self.progress_bar.maximum()))
        self.status.setText(self.tr("Exporting… %1 visits written")
                            .replace("%1", QLocale().toString(written)))

    def _exported(self, path: Path, count: int) -> None:
        if not isValid(self):
            return
        self._set_exporting(False)
        self.status.setText(self.tr("%1 visits exported to %2").replace("%1", QLocale().toString(count))
                            .replace("%2", ltr(str(path))))

    def _export_failed(self, exc: Exception) -> None:
        if not isValid(self):
            return
        self._set_exporting(False)
        self.status.setText(self.tr("The export failed; no file was written."))
        detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else describe(exc)
        QMessageBox.critical(self, self.tr("Export visits"), self.tr(
            "The file could not be written.\n\n%1", "%1: the system's reason").replace("%1", str(detail)))


STYLE = """
QLabel#visitCount { font-size: 13pt; font-weight: 600; color: #1f3b4d; }
QFrame#filterBar { background: #eef3f5; border-radius: 6px; }
QLabel#emptyTitle { font-size: 15pt; font-weight: 600; color: #1f3b4d; margin-top: 8px; }
"""
