"""The Reports page: the anonymised monthly report of a Welcome Point, previewed and exported.

The preview shows exactly what leaves the Welcome Point (the report after suppression), never
the true small numbers: a suppressed cell reads "<5" in grey. A month is counted off the UI
thread; results of a month or site that has since been changed are dropped. Export, the e-mail
draft and the city merge also run in the background and report their progress through a signal.
"""

from __future__ import annotations

import html
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QObject, QPoint, QStandardPaths, QStorageInfo, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from welcome_point.domain.errors import ReportFileError, WelcomePointError
from welcome_point.domain.report import (
    COMPLEMENTARY,
    DIMENSIONS,
    PRIMARY,
    TABLE_SPECS,
    TOTAL_KEYS,
    MonthlyReport,
    Period,
    Table,
)
from welcome_point.domain.text import fill
from welcome_point.ui.background import BackgroundRunner
from welcome_point.ui.errors import describe
from welcome_point.ui.hub import Hub
from welcome_point.ui.labels import label, ltr
from welcome_point.ui.pages import DEMO_COMMANDS
from welcome_point.ui.report_charts import Bar, BarChart, CrossGrid, GridCell
from welcome_point.ui.report_text import REPORT_LANGUAGES, report_language, report_text, window_text

if TYPE_CHECKING:
    from welcome_point.domain.models import DatabaseInfo
    from welcome_point.services.report_export import ExportResult, ReportExporter
    from welcome_point.services.reports import ReportService

FORMATS = ("pdf", "csv", "json")
TABLE_NAMES = tuple(spec.name for spec in TABLE_SPECS)
ALL_CODE = "ALL"  # ReportService's code for all sites together
EARLIEST = QDate(2000, 1, 1)
# Where desktops mount removable media; see removable_drives().
REMOVABLE_ROOTS = ("/media/", "/run/media/", "/Volumes/")


# -- drives ------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Drive:
    name: str
    root: Path
    free: int  # bytes


def is_removable_root(root: str, platform: str = sys.platform) -> bool:
    """Whether a mount point looks like a USB stick's.

    Qt 6's QStorageInfo cannot tell a removable drive from a fixed one, so this goes by where it is
    mounted: below /media, /run/media (Linux desktops) or /Volumes (macOS), or, on Windows, any
    drive letter but C:. A second hard disk or a network drive under a letter is offered too; the
    menu shows each drive's name and free space, and the user picks.
    """
    if platform == "win32":
        drive = root.replace("\\", "/").rstrip("/")
        return len(drive) == 2 and drive[1] == ":" and drive[0].isalpha() and drive[0].upper() != "C"
    return any(root.startswith(prefix) and len(root) > len(prefix) for prefix in REMOVABLE_ROOTS)


def removable_drives() -> list[Drive]:
    """Mounted, ready and writable drives that are probably removable, by mount point."""
    drives = []
    for volume in QStorageInfo.mountedVolumes():
        if not volume.isValid() or not volume.isReady() or volume.isReadOnly():
            continue
        root = volume.rootPath()
        if is_removable_root(root):
            drives.append(Drive(volume.displayName() or root, Path(root), volume.bytesAvailable()))
    return sorted(drives, key=lambda drive: str(drive.root))


# -- texts ---------------------------------------------------------------------------------------

def _number(value: int | float) -> str:
    if isinstance(value, float) and not value.is_integer():
        return QLocale().toString(value, "f", 1)
    return QLocale().toString(value)


class _Progress(QObject):
    """Lives in the UI thread; the worker emits into it and Qt queues the call across."""

    changed = Signal(int, int)


class ReportsPage(QWidget):
    """Pick a month and a Welcome Point, see the anonymised figures, export them or merge reports.

    ``opener`` opens a folder or an .eml file in the system's program (QDesktopServices by default);
    ``drives`` lists the removable drives offered first when a folder is asked for.
    """

    def __init__(self, reports: ReportService, exporter: ReportExporter, hub: Hub, *, exports_dir: Path,
                 language: str = "de", opener: Callable[[QUrl], bool] = QDesktopServices.openUrl,
                 drives: Callable[[], list[Drive]] = removable_drives, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reports = reports
        self._exporter = exporter
        self._exports_dir = exports_dir
        self._open = opener
        self._drives = drives
        self._runner = BackgroundRunner()
        self._generation = 0
        self._counting = False  # a count is running in the background
        self._count_again = False  # the choice changed meanwhile: count again when it is back
        self._stale = False
        self._computing = False
        self._working = False  # an export, draft or merge is running
        self.report: MonthlyReport | None = None
        self.last_result: ExportResult | None = None
        self.last_draft: Path | None = None
        self._last_folder: Path | None = None  # where the last export went
        self._database_empty = False
        self._progress = _Progress(self)
        self._progress.changed.connect(self._show_progress)
        # Figures, tables and hidden cells are named as in the PDF, in the window's language.
        self.words = window_text()
        self._build(language)
        self._fill_sites()
        hub.visits_changed.connect(self.refresh_when_visible)
        hub.referrals_changed.connect(self.refresh_when_visible)
        hub.shifts_changed.connect(self.refresh_when_visible)

    # -- building ------------------------------------------------------------------------------

    def _build(self, language: str) -> None:
        self.setStyleSheet(STYLE)
        title = QLabel(self.tr("Monthly report"))
        title.setObjectName("reportTitle")
        intro = QLabel(self.tr("Anonymised figures of a month for the city and the partner cities. "
                               "What you see here is exactly what is exported."))
        intro.setWordWrap(True)
        intro.setObjectName("hint")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(140)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Counting the month"))
        self.busy.setVisible(False)
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addStretch(1)
        heading.addWidget(self.busy)

        # The month, the site, the language of the PDF and k.
        self.controls = QFrame()
        self.controls.setObjectName("filterBar")
        self.previous_button = self._arrow_button(QStyle.StandardPixmap.SP_ArrowBack,
                                                  self.tr("Previous month (Page Up, Alt+Left)"))
        self.next_button = self._arrow_button(QStyle.StandardPixmap.SP_ArrowForward,
                                              self.tr("Next month (Page Down, Alt+Right)"))
        self.month = QDateEdit()
        self.month.setDisplayFormat("MMMM yyyy")
        self.month.setCalendarPopup(False)
        self.month.setKeyboardTracking(False)
        self.month.setMinimumDate(EARLIEST)
        self.month.setAccessibleName(self.tr("Month of the report"))
        self.month.setCurrentSection(QDateEdit.Section.MonthSection)
        self.site = QComboBox()
        self.site.setAccessibleName(self.tr("Welcome Point"))
        self.site.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.language = QComboBox()
        self.language.addItem("Deutsch", "de")
        self.language.addItem("English", "en")
        self.language.setAccessibleName(self.tr("Language of the PDF"))
        self.language.setCurrentIndex(REPORT_LANGUAGES.index(report_language(language)))
        self.k_label = QLabel()
        self.k_label.setObjectName("kLabel")
        self.k_label.setToolTip(self.tr(
            "Counts from 1 to k − 1 are hidden (shown as “<k”), and as many others as it takes that "
            "none of them can be worked out from the totals. A month with fewer than 2 × k visits "
            "publishes its key figures only. k is set on the Settings page."))
        row = QHBoxLayout(self.controls)
        row.setContentsMargins(8, 6, 8, 6)
        row.addWidget(self._buddy(self.tr("&Month:"), self.month))
        row.addWidget(self.previous_button)
        row.addWidget(self.month)
        row.addWidget(self.next_button)
        row.addSpacing(14)
        row.addWidget(self._buddy(self.tr("&Welcome Point:"), self.site))
        row.addWidget(self.site)
        row.addSpacing(14)
        row.addWidget(self._buddy(self.tr("PDF in:"), self.language))
        row.addWidget(self.language)
        row.addSpacing(14)
        row.addWidget(self.k_label)
        row.addStretch(1)

        # What to do with it.
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setObjectName("primary")
        self.export_button.setToolTip(self.tr("Write the report to a USB stick or a folder (Ctrl+E)"))
        self.email_button = QPushButton(self.tr("E-mail &draft…"))
        self.email_button.setToolTip(self.tr(
            "Write the report and an e-mail with the files attached, and open it in the mail program"))
        self.merge_button = QPushButton(self.tr("Mer&ge reports…"))
        self.merge_button.setToolTip(self.tr(
            "Combine the JSON reports of several Welcome Points for one month into a city report"))
        self.format_boxes: dict[str, QCheckBox] = {}
        actions = QHBoxLayout()
        for button in (self.export_button, self.email_button, self.merge_button):
            actions.addWidget(button)
        actions.addSpacing(14)
        actions.addWidget(QLabel(self.tr("Files:")))
        for key, caption in (("pdf", "PDF"), ("csv", "CSV"), ("json", "JSON")):
            box = QCheckBox(caption)
            box.setChecked(True)
            box.toggled.connect(self._update_actions)
            self.format_boxes[key] = box
            actions.addWidget(box)
        actions.addStretch(1)
        self.progress_bar = QProgressBar()
        self.progress_bar.setMaximumWidth(220)
        self.progress_bar.setVisible(False)
        actions.addWidget(self.progress_bar)

        # What an export wrote, with a way to open it; stays until the next one.
        self.notice = QFrame()
        self.notice.setObjectName("notice")
        self.notice_text = QLabel()
        self.notice_text.setWordWrap(True)
        self.notice_text.setTextFormat(Qt.TextFormat.RichText)
        self.notice_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton(self.tr("&Open folder"))
        self.open_folder_button.clicked.connect(self.open_folder)
        notice_row = QHBoxLayout(self.notice)
        notice_row.setContentsMargins(10, 6, 10, 6)
        notice_row.addWidget(self.notice_text, 1)
        notice_row.addWidget(self.open_folder_button, 0, Qt.AlignmentFlag.AlignTop)
        self.close_notice = QToolButton()
        self.close_notice.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton))
        self.close_notice.setAutoRaise(True)
        self.close_notice.setToolTip(self.tr("Close"))
        self.close_notice.setAccessibleName(self.tr("Close"))
        self.close_notice.clicked.connect(lambda: self.notice.setVisible(False))
        notice_row.addWidget(self.close_notice, 0, Qt.AlignmentFlag.AlignTop)
        self.notice.setVisible(False)

        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.preview = QWidget()
        self.preview.setObjectName("preview")
        self._build_preview()
        self.scroll_area.setWidget(self.preview)

        self.status = QLabel()
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(intro)
        layout.addWidget(self.controls)
        layout.addLayout(actions)
        layout.addWidget(self.notice)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.status)

        self.month.dateChanged.connect(self._month_changed)
        self.previous_button.clicked.connect(self.previous_month)
        self.next_button.clicked.connect(self.next_month)
        self.site.currentIndexChanged.connect(lambda _index: self._choice_changed())
        self.export_button.clicked.connect(lambda: self.export())
        self.email_button.clicked.connect(lambda: self.email_draft())
        self.merge_button.clicked.connect(lambda: self.merge())
        self._shortcut(QKeySequence("Ctrl+E"), self, lambda: self.export())
        # Alt+arrow goes the way the arrow points: in a right-to-left window left is later.
        self._shortcut(QKeySequence("Alt+Left"), self, lambda: self._step_visually(-1))
        self._shortcut(QKeySequence("Alt+Right"), self, lambda: self._step_visually(1))
        # Page Up/Down change the month while the controls have the focus (as in a calendar); in the
        # preview they scroll it.
        self._shortcut(QKeySequence(Qt.Key.Key_PageUp), self.controls, self.previous_month)
        self._shortcut(QKeySequence(Qt.Key.Key_PageDown), self.controls, self.next_month)
        self._set_month_range()
        self._update_actions()

    def _build_preview(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("formHeading")
        self.heading.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setObjectName("emptyHint")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.RichText)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint.setVisible(False)

        self.figures_title = QLabel(self.tr("Key figures"))
        self.figures_title.setObjectName("sectionTitle")
        self.figures = QWidget()
        figure_grid = QGridLayout(self.figures)
        figure_grid.setContentsMargins(0, 0, 0, 0)
        figure_grid.setSpacing(8)
        self.figure_values: dict[str, QLabel] = {}
        captions = self.total_captions()
        columns = 5
        for number, key in enumerate(TOTAL_KEYS):
            tile = QFrame()
            tile.setObjectName("figure")
            value = QLabel("–")
            value.setObjectName("figureValue")
            caption = QLabel(captions[key])
            caption.setObjectName("figureCaption")
            caption.setWordWrap(True)
            tile_layout = QVBoxLayout(tile)
            tile_layout.setContentsMargins(10, 6, 10, 8)
            tile_layout.setSpacing(2)
            tile_layout.addWidget(value)
            tile_layout.addWidget(caption)
            tile_layout.addStretch(1)
            tile.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
            value.setAccessibleName(captions[key])
            self.figure_values[key] = value
            figure_grid.addWidget(tile, number // columns, number % columns)
        for column in range(columns):
            figure_grid.setColumnStretch(column, 1)

        self.tables_title = QLabel(self.tr("Tables"))
        self.tables_title.setObjectName("sectionTitle")
        self.legend = QLabel()
        self.legend.setObjectName("hint")
        self.legend.setWordWrap(True)
        self.tables = QWidget()
        self._tables_grid = QGridLayout(self.tables)
        self._tables_grid.setContentsMargins(0, 0, 0, 0)
        self._tables_grid.setHorizontalSpacing(12)
        self._tables_grid.setVerticalSpacing(12)
        self._tables_grid.setColumnStretch(0, 1)
        self._tables_grid.setColumnStretch(1, 1)
        self.table_boxes: dict[str, QGroupBox] = {}

        content = QVBoxLayout(self.preview)
        content.setContentsMargins(2, 6, 10, 6)
        content.addWidget(self.heading)
        content.addWidget(self.hint)
        content.addWidget(self.figures_title)
        content.addWidget(self.figures)
        content.addSpacing(6)
        content.addWidget(self.tables_title)
        content.addWidget(self.legend)
        content.addWidget(self.tables)
        content.addStretch(1)

    def _arrow_button(self, pixmap: QStyle.StandardPixmap, tip: str) -> QToolButton:
        button = QToolButton()
        # Back/forward icons mirror by themselves in a right-to-left layout.
        button.setIcon(self.style().standardIcon(pixmap))
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        return button

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        caption = QLabel(text)
        caption.setBuddy(widget)
        return caption

    def _shortcut(self, keys: QKeySequence, owner: QWidget, slot: Callable[[], object]) -> None:
        shortcut = QShortcut(keys, owner)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    def total_captions(self) -> dict[str, str]:
        return {key: self.words.total_label(key) for key in TOTAL_KEYS}

    def table_titles(self) -> dict[str, str]:
        return {name: self.words.table_title(name) for name in TABLE_NAMES}

    # -- choices -------------------------------------------------------------------------------

    def _fill_sites(self) -> None:
        try:
            sites = self._reports.sites()
        except Exception as exc:  # the preview says what is wrong with the database
            sites = []
            self.status.setText(describe(exc))
        self.site.blockSignals(True)
        self.site.clear()
        for site in sites:
            self.site.addItem(f"{site.name} ({site.code})", site.code)
        if len(sites) > 1:
            self.site.addItem(self.tr("All Welcome Points"), None)
        self.site.blockSignals(False)

    def _set_month_range(self) -> None:
        # Last month is the latest: a month still running is never reported (two exports would tell a week).
        default = self._reports.default_period()
        self.month.blockSignals(True)
        self.month.setMaximumDate(QDate(default.year, default.month, 1))
        self.month.setDate(QDate(default.year, default.month, 1))
        self.month.blockSignals(False)

    @property
    def computing(self) -> bool:
        """A month is being counted."""
        return self._computing

    @property
    def working(self) -> bool:
        """An export, an e-mail draft or a merge is being written."""
        return self._working

    def period(self) -> Period:
        chosen = self.month.date()
        return Period(chosen.year(), chosen.month())

    def set_period(self, period: Period) -> None:
        self.month.setDate(QDate(period.year, period.month, 1))

    def site_code(self) -> str | None:
        data = self.site.currentData()
        return str(data) if data is not None else None

    def pdf_language(self) -> str:
        return str(self.language.currentData())

    def formats(self) -> tuple[str, ...]:
        return tuple(key for key in FORMATS if self.format_boxes[key].isChecked())

    def previous_month(self) -> None:
        self.month.setDate(self.month.date().addMonths(-1))

    def next_month(self) -> None:
        self.month.setDate(self.month.date().addMonths(1))

    def _step_visually(self, direction: int) -> None:
        later = direction > 0 if not self.isRightToLeft() else direction < 0
        if later:
            self.next_month()
        else:
            self.previous_month()

    def _month_changed(self, _day: QDate) -> None:
        self._update_arrows()
        self._choice_changed()

    def _choice_changed(self) -> None:
        self.notice.setVisible(False)  # it spoke of the month or site chosen before
        self.refresh()

    def _update_arrows(self) -> None:
        self.previous_button.setEnabled(self.month.date() > self.month.minimumDate())
        self.next_button.setEnabled(self.month.date().addMonths(1) <= self.month.maximumDate())

    def _update_actions(self) -> None:
        ready = self.report is not None and not self._computing and not self._working
        formats = bool(self.formats())
        self.export_button.setEnabled(ready and formats)
        self.email_button.setEnabled(ready and formats)
        self.merge_button.setEnabled(not self._working and formats)
        self._update_arrows()

    # -- the preview ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Count the chosen month again (in the background); the preview shows it when done."""
        self._stale = False
        self._generation += 1
        generation = self._generation
        period, site = self.period(), self.site_code()
        reports = self._reports
        self._computing = True
        self.busy.setVisible(True)
        self.preview.setEnabled(False)  # greyed: these figures are about to change
        self.status.setText(self.tr("Counting the month…"))
        self._update_actions()
        if self._counting:
            # Holding Page Down asks for many months: one count at a time, then the newest choice.
            self._count_again = True
            return
        self._counting = True

        def back(deliver: Callable[[], None]) -> None:
            if not isValid(self):
                return
            self._counting = False
            if self._count_again:
                self._count_again = False
                self.refresh()
            else:
                deliver()

        self._runner.run(lambda: reports.report(period, site),
                         lambda report: back(lambda: self._computed(generation, report)),
                         lambda exc: back(lambda: self._compute_failed(generation, exc)))

    def refresh_when_visible(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():  # coming back to the page, not the window coming back
            chosen = self.site.currentData()
            self._fill_sites()  # the desk may have set up the first site meanwhile
            self.site.setCurrentIndex(max(0, self.site.findData(chosen)))
            self.refresh()

    def _computed(self, generation: int, report: MonthlyReport) -> None:
        if not isValid(self) or generation != self._generation:
            return
        self._computing = False
        self.busy.setVisible(False)
        self.preview.setEnabled(True)
        self.status.clear()
        self.report = report
        self.show_report(report)
        self._update_actions()

    def _compute_failed(self, generation: int, exc: Exception) -> None:
        if not isValid(self) or generation != self._generation:
            return
        self._computing = False
        self.busy.setVisible(False)
        self.preview.setEnabled(True)
        self.report = None
        self.status.clear()
        self.heading.setText(self.tr("The report could not be made"))
        self._show_hint(describe(exc))
        self._show_sections(figures=False, tables=False)
        self._update_actions()

    def month_name(self, period: Period) -> str:
        """"October 2026" with the window's month names and digits (a year has no thousands separator)."""
        locale = QLocale()
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
        return f"{locale.standaloneMonthName(period.month)} {locale.toString(period.year)}"

    def show_report(self, report: MonthlyReport) -> None:
        self.k_label.setText(self.tr("k = %1").replace("%1", QLocale().toString(report.k)))
        self.heading.setText(self.tr("%1 – %2").replace("%1", self.month_name(report.period))
                             .replace("%2", self._site_name(report)))
        for key, value_label in self.figure_values.items():
            try:
                value_label.setText(_number(report.total(key)))
            except KeyError:
                value_label.setText("–")
        visits = report.total("visits")
        self._clear_tables()
        if not visits:
            self._show_hint(self.tr(
                "No visits were recorded in %1. Pick another month with the arrows, Page Up or Page Down.")
                .replace("%1", self.month_name(report.period)), demo=self._database_empty)
            self._show_sections(figures=True, tables=False)
            return
        if report.totals_only:
            self._show_hint(fill(self.words.totals_only, site=self._site_name(report),
                                 visits=QLocale().toString(2 * report.k), k=QLocale().toString(report.k)))
            self._show_sections(figures=True, tables=False)
            return
        self.hint.setVisible(False)
        self._show_sections(figures=True, tables=True)
        self.legend.setText(fill(self.words.legend, primary=self.hidden_text(PRIMARY, report.k),
                                 complementary=self.hidden_text(COMPLEMENTARY, report.k),
                                 k_minus_1=QLocale().toString(report.k - 1), k=QLocale().toString(report.k))
                            + " · " + self.words.note_zeros)
        titles = self.table_titles()
        place = 0
        for table in report.tables:
            box = self._table_box(table, titles.get(table.name, table.name), report.k)
            self.table_boxes[table.name] = box
            if len(table.dimensions) == 1:
                self._tables_grid.addWidget(box, place // 2, place % 2, Qt.AlignmentFlag.AlignTop)
                place += 1
            else:
                place += place % 2  # a cross table takes a row of its own
                self._tables_grid.addWidget(box, place // 2, 0, 1, 2)
                place += 2

    def _site_name(self, report: MonthlyReport) -> str:
        return self.tr("All Welcome Points") if report.site.code == ALL_CODE else report.site.name

    def _show_hint(self, text: str, demo: bool = False) -> None:
        paragraphs = f"<p>{html.escape(text).replace(chr(10), '<br>')}</p>"
        if demo:  # a new installation: how to look around with invented data
            sentence = html.escape(self.tr(
                "The database is still empty. To look around with invented data, fill a separate "
                "folder with the demo, then open the app on it:"))
            commands = "<br>".join(f"<nobr>{command}</nobr>" for command in DEMO_COMMANDS)
            paragraphs += f"<p>{sentence}</p><p dir='ltr'><code>{commands}</code></p>"
        self.hint.setText(paragraphs)
        self.hint.setVisible(True)

    def show_info(self, info: DatabaseInfo) -> None:
        """What the database holds: an empty one gets the demo commands with its empty month."""
        self._database_empty = not any(info.counts.get(key, 0) for key in ("visits", "volunteers",
                                                                             "organisations"))
        if self.report is not None and not self._computing:
            self.show_report(self.report)

    def _show_sections(self, *, figures: bool, tables: bool) -> None:
        self.figures_title.setVisible(figures)
        self.figures.setVisible(figures)
        for widget in (self.tables_title, self.legend, self.tables):
            widget.setVisible(tables)

    def _clear_tables(self) -> None:
        for box in self.table_boxes.values():
            self._tables_grid.removeWidget(box)
            box.deleteLater()
        self.table_boxes.clear()

    def cell_text(self, value: int | None, suppressed: str | None, k: int) -> str:
        if suppressed is None:
            return _number(value or 0)
        return self.hidden_text(suppressed, k)

    def hidden_text(self, suppressed: str, k: int) -> str:
        """"<5" as the PDF writes it, with the window's digits; isolated left to right so that an Arabic
        window shows "<5" too rather than a mirrored "5>"."""
        template = self.words.primary if suppressed == PRIMARY else self.words.complementary
        return ltr(fill(template, k=QLocale().toString(k)))

    def cell_tooltip(self, suppressed: str | None, k: int) -> str:
        if suppressed is None:
            return ""
        if suppressed == COMPLEMENTARY:
            return self.tr("Hidden so that a small number cannot be worked out from the totals")
        return self.tr("Fewer than %1: hidden so that nobody can be singled out").replace(
            "%1", QLocale().toString(k))

    def _table_box(self, table: Table, title: str, k: int) -> QGroupBox:
        box = QGroupBox(title)
        box.setObjectName("reportTable")
        layout = QVBoxLayout(box)
        if len(table.dimensions) == 1:
            vocabulary = DIMENSIONS[table.dimensions[0]]
            chart = BarChart()
            chart.setAccessibleName(title)
            bars = []
            for cell in table.cells:
                name = label(vocabulary, cell.key[0])
                text = self.cell_text(cell.value, cell.suppressed, k)
                tip = self.cell_tooltip(cell.suppressed, k)
                bars.append(Bar(name, cell.value if cell.suppressed is None else None, text,
                                f"{name}: {text}" + (f"\n{tip}" if tip else "")))
            chart.set_bars(bars)
            layout.addWidget(chart)
        else:
            rows_vocabulary, columns_vocabulary = (DIMENSIONS[name] for name in table.dimensions[:2])
            cells = {cell.key: cell for cell in table.cells}
            grid_cells = []
            for row_code in rows_vocabulary.codes:
                line = []
                for column_code in columns_vocabulary.codes:
                    found = cells.get((row_code, column_code))
                    if found is None:
                        line.append(GridCell(0, _number(0)))
                        continue
                    line.append(GridCell(found.value if found.suppressed is None else None,
                                         self.cell_text(found.value, found.suppressed, k),
                                         self.cell_tooltip(found.suppressed, k)))
                grid_cells.append(line)
            grid = CrossGrid()
            grid.setAccessibleName(title)
            grid.set_grid([label(rows_vocabulary, code) for code in rows_vocabulary.codes],
                          [label(columns_vocabulary, code) for code in columns_vocabulary.codes], grid_cells)
            layout.addWidget(grid, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(self._total_line(table, k))
        return box

    def _total_line(self, table: Table, k: int) -> QLabel:
        if table.total is not None:
            text = fill(self.words.table_total, total=_number(table.total))
        elif table.multi:
            text = self.words.multi_note
        else:
            text = self.tr("Total below %1: not published, every count is hidden.").replace(
                "%1", QLocale().toString(k))
        line = QLabel(text)
        line.setObjectName("hint")
        line.setWordWrap(True)
        return line

    # -- export --------------------------------------------------------------------------------

    def ask_folder(self, title: str, anchor: QWidget | None = None) -> Path | None:
        """Removable drives first (a menu), then any folder through the file dialog."""
        drives = self._drives()
        if drives:
            menu = self.drive_menu(drives)
            anchor = anchor or self.export_button
            point = anchor.mapToGlobal(QPoint(anchor.width() if self.isRightToLeft() else 0, anchor.height()))
            chosen = menu.exec(point)
            menu.deleteLater()
            if chosen is None:
                return None
            if chosen.data():
                return Path(str(chosen.data()))
        start = self._last_folder or Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation))
        folder = QFileDialog.getExistingDirectory(self, title, str(start))
        return Path(folder) if folder else None

    def drive_menu(self, drives: Sequence[Drive]) -> QMenu:
        """One action per drive (its name and free space; the data is its root), then "another folder"."""
        menu = QMenu(self)
        drive_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_DriveHDIcon)
        for drive in drives:
            text = self.tr("%1 – %2 free").replace("%1", drive.name).replace(
                "%2", QLocale().formattedDataSize(drive.free))
            action = menu.addAction(drive_icon, text)
            action.setData(str(drive.root))
            action.setToolTip(str(drive.root))
        menu.addSeparator()
        other = menu.addAction(self.tr("Choose another folder…"))
        other.setData(None)
        return menu

    def export(self, folder: Path | None = None) -> None:
        """Write the report shown to ``folder`` (asked for when None)."""
        report = self.report
        if report is None or self._computing or self._working or not self.formats():
            return
        folder = folder or self.ask_folder(self.tr("Where to write the report"))
        if folder is None:
            return
        self._run_export(report, folder, draft=False)

    def email_draft(self) -> None:
        """Write the report where the last export went (else the data folder's exports folder), then an
        e-mail draft with the files attached, and open the draft in the mail program."""
        report = self.report
        if report is None or self._computing or self._working or not self.formats():
            return
        self._run_export(report, self._last_folder or self._exports_dir, draft=True)

    def _run_export(self, report: MonthlyReport, folder: Path, *, draft: bool) -> None:
        # Translated here, in the UI thread; the worker only writes.
        text, formats, exporter, progress = (report_text(self.pdf_language()), self.formats(), self._exporter,
                                             self._progress)
        make_folder = folder == self._exports_dir

        def work() -> tuple[ExportResult, Path | None, WelcomePointError | None]:
            if make_folder:
                folder.mkdir(parents=True, exist_ok=True)
            result = exporter.export(report, folder, formats, text, progress.changed.emit)
            if not draft:
                return result, None, None
            try:
                return result, exporter.email_draft(result, text), None
            except WelcomePointError as error:  # the export itself is written and stays
                return result, None, error

        self._set_working(True, self.tr("Writing the report…"))
        self._runner.run(work, lambda done: self._exported(folder, *done), self._export_failed)

    def merge(self, paths: Sequence[Path] | None = None, folder: Path | None = None) -> None:
        """Merge the JSON reports of several Welcome Points for one month into a city report."""
        if self._working or not self.formats():
            return
        if paths is None:
            start = self._last_folder or Path(QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation))
            chosen, _ = QFileDialog.getOpenFileNames(self, self.tr("Reports to merge"), str(start),
                                                     self.tr("Monthly reports (*.json)"))
            if not chosen:
                return
            paths = [Path(name) for name in chosen]
        folder = folder or self.ask_folder(self.tr("Where to write the city report"), self.merge_button)
        if folder is None:
            return
        text, formats, exporter, progress = (report_text(self.pdf_language()), self.formats(), self._exporter,
                                             self._progress)
        inputs = list(paths)
        self._set_working(True, self.tr("Merging the reports…"))
        self._runner.run(lambda: exporter.merge(inputs, folder, formats=formats, text=text,
                                                progress=progress.changed.emit),
                         lambda result: self._exported(folder, result, None, merged=True),
                         lambda exc: self._export_failed(exc, merged=True))

    def _set_working(self, busy: bool, message: str = "") -> None:
        self._working = busy
        self.progress_bar.setVisible(busy)
        if busy:
            self.progress_bar.setRange(0, 0)  # until the exporter says how many files
            self.progress_bar.setValue(0)
            self.status.setText(message)
        self._update_actions()

    def _show_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(min(done, total))

    def _exported(self, folder: Path, result: ExportResult, draft: Path | None,
                  draft_error: WelcomePointError | None = None, merged: bool = False) -> None:
        if not isValid(self):
            return
        self._set_working(False)
        self._last_folder = folder
        self.last_result = result
        self.last_draft = draft
        if merged:
            headline = self.tr("The city report was written to %1")
        else:
            headline = self.tr("The report was written to %1")
        where = f"<b>{ltr(_escape(str(result.folder)))}</b>"
        lines = [_escape(headline).replace("%1", where), _escape(self.files_summary(result.files))]
        if draft is not None:
            lines.append(_escape(self.tr("E-mail draft: %1")).replace("%1", ltr(_escape(str(draft)))))
        self.notice_text.setText("<br>".join(lines))
        self.notice_text.setToolTip("\n".join(path.name for path in result.files))
        self.notice.setVisible(True)
        self.status.setText(self.tr("Done."))
        if draft_error is not None:
            QMessageBox.warning(self, self.tr("E-mail draft"), self.tr(
                "The files were written, but the e-mail draft could not be:\n\n%1")
                .replace("%1", describe(draft_error)))
        if draft is not None and not self._open(QUrl.fromLocalFile(str(draft))):
            QMessageBox.information(self, self.tr("E-mail draft"), self.tr(
                "The e-mail draft was written but no mail program could open it. Open it yourself from:\n%1")
                .replace("%1", ltr(str(draft))))

    def files_summary(self, files: Sequence[Path]) -> str:
        """"Files: PDF, 10 × CSV, JSON, SHA256SUMS": one line for any number of tables (the tooltip
        names every file)."""
        suffixes = [path.suffix.lower() for path in files]
        parts = []
        for suffix, name in ((".pdf", "PDF"), (".csv", "CSV"), (".json", "JSON")):
            count = suffixes.count(suffix)
            if count:
                several = self.tr("%1 × %2").replace("%1", QLocale().toString(count)).replace("%2", name)
                parts.append(name if count == 1 else several)
        parts += [path.name for path in files if not path.suffix]
        return self.tr("Files: %1").replace("%1", ", ".join(parts))

    def _export_failed(self, exc: Exception, merged: bool = False) -> None:
        if not isValid(self):
            return
        self._set_working(False)
        if isinstance(exc, ReportFileError):
            self.status.setText(self.tr("The reports were not merged; no file was written."))
        else:
            self.status.setText(self.tr("Nothing was written."))
        title = self.tr("Merge reports") if merged else self.tr("Export the report")
        detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else None
        QMessageBox.critical(self, title, describe(exc) if detail is None else self.tr(
            "The files could not be written.\n\n%1", "%1: the system's reason").replace("%1", detail))

    def open_folder(self) -> None:
        if self.last_result is not None:
            self._open(QUrl.fromLocalFile(str(self.last_result.folder)))


def _escape(text: str) -> str:
    return html.escape(text, quote=False)


STYLE = """
QLabel#reportTitle { font-size: 13pt; font-weight: 600; color: #1f3b4d; }
QFrame#filterBar { background: #eef3f5; border-radius: 6px; }
QLabel#kLabel { color: #1f3b4d; font-weight: 600; padding: 2px 6px; border: 1px solid #b8c7cf;
                border-radius: 4px; background: #fbfdfe; }
QFrame#figure { background: #f4f7f8; border: 1px solid #dde5e9; border-radius: 6px; }
QLabel#figureValue { font-size: 17pt; font-weight: 600; color: #1f3b4d; }
QLabel#figureCaption { color: #3f5563; }
QGroupBox#reportTable { font-weight: 600; color: #1f3b4d; }
"""
