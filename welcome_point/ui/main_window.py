"""The main window: a sidebar of pages, a status bar with the site and the database."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from welcome_point.domain.errors import WelcomePointError
from welcome_point.ui.about import show_about
from welcome_point.ui.assets import icon
from welcome_point.ui.errors import describe
from welcome_point.ui.hub import Hub
from welcome_point.ui.i18n import LANGUAGES
from welcome_point.ui.pages import WaitingPage
from welcome_point.ui.settings_page import SettingsPage

if TYPE_CHECKING:
    from welcome_point.domain.models import DatabaseInfo
    from welcome_point.services.container import Services
    from welcome_point.ui.printing import Printer

PAGE_KEYS = ("desk", "visits", "referrals", "directory", "volunteers", "shifts", "reports", "settings")
# Pages that work on the database: until it is open they show that it is being opened.
SERVICE_PAGES = ("desk", "visits", "referrals", "directory", "volunteers", "shifts", "reports")


class MainWindow(QMainWindow):
    language_requested = Signal(str)

    def __init__(self, settings: QSettings, language: str, version: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._language = language
        self._version = version
        self.setWindowTitle(self.tr("Welcome Point Desk"))
        self.setWindowIcon(icon("app"))
        self.setMinimumSize(QSize(900, 560))

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(22, 22))
        self.sidebar.setAccessibleName(self.tr("Pages"))
        self.stack = QStackedWidget()
        # Pages are built when first shown: start-up pays only for the page it opens on.
        self.pages: dict[str, QWidget] = {}
        self._factories: dict[str, Callable[[], QWidget]] = {}
        self._info: DatabaseInfo | None = None
        self._services: Services | None = None
        self.hub = Hub(self)
        self._printer: Printer | None = None
        for key, title, factory in self._page_specs():
            self._factories[key] = factory
            self.stack.addWidget(QWidget())  # placeholder until built
            QListWidgetItem(icon(key), title, self.sidebar)
        self.sidebar.currentRowChanged.connect(self._show_row)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.setStyleSheet(STYLE)
        # As wide as the longest page name in this language and font (measured once the
        # sidebar is in the window and styled), with room for STYLE's padding and the bold
        # selected item.
        self.sidebar.ensurePolished()
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setFixedWidth(max(170, int(self.sidebar.sizeHintForColumn(0) * 1.06) + 16))

        self.site_label = QLabel(self.tr("Opening the database…"))
        self.database_label = QLabel()
        self.statusBar().addWidget(self.site_label)
        self.statusBar().addPermanentWidget(self.database_label)
        self._build_menus()
        self._restore_geometry()
        self.show_page(str(settings.value("window/page", "desk")))

    def _page_specs(self) -> list[tuple[str, str, Callable[[], QWidget]]]:
        return [
            ("desk", self.tr("Desk"), self._make_desk_page),
            ("visits", self.tr("Visits"), self._make_visits_page),
            ("referrals", self.tr("Referrals"), self._make_referrals_page),
            ("directory", self.tr("Directory"), self._make_directory_page),
            ("volunteers", self.tr("Volunteers"), self._make_volunteers_page),
            ("shifts", self.tr("Shifts"), self._make_shifts_page),
            ("reports", self.tr("Reports"), self._make_reports_page),
            ("settings", self.tr("Settings"), self._make_settings_page),
        ]

    def _printing(self) -> Printer:
        if self._printer is None:
            from welcome_point.ui.printing import Printer

            assert self._services is not None
            self._printer = Printer(self._services.printouts, self._services.desk.site, self,
                                    certificates=self._services.certificates, shifts=self._services.shifts,
                                    language=self._language)
        return self._printer

    def _make_desk_page(self) -> QWidget:
        if self._services is None:
            return WaitingPage("desk", self.tr("Desk"))
        from welcome_point.ui.desk_page import DeskPage

        return DeskPage(self._services.desk, self._services.directory.suggest, self.hub, self._printing(),
                        settings=self._settings)

    def _make_visits_page(self) -> QWidget:
        if self._services is None:
            return WaitingPage("visits", self.tr("Visits"))
        from welcome_point.ui.visits_page import VisitsPage

        return VisitsPage(self._services.visits, self.hub)

    def _make_referrals_page(self) -> QWidget:
        if self._services is None:
            return WaitingPage("referrals", self.tr("Referrals"))
        from welcome_point.ui.referrals_page import ReferralsPage

        page = ReferralsPage(self._services.referrals, self.hub)
        page.slip_requested.connect(lambda referral_id: self._printing().referral_slips((referral_id,)))
        return page

    def _make_directory_page(self) -> QWidget:
        if self._services is None:
            return WaitingPage("directory", self.tr("Directory"))
        from welcome_point.ui.directory_page import DirectoryPage

        return DirectoryPage(self._services.directory, self.hub)

    def _make_volunteers_page(self) -> QWidget:
        if self._services is None:
            return WaitingPage("volunteers", self.tr("Volunteers"))
        from welcome_point.ui.volunteers_page import VolunteersPage

        page = VolunteersPage(self._services.volunteers, self.hub)
        page.certificate_requested.connect(lambda volunteer: self._printing().ask_certificate(volunteer))
        page.calendar_requested.connect(lambda volunteer: self._printing().ask_calendar(volunteer))
        return page

    def _make_shifts_page(self) -> QWidget:
        if self._services is None:
            return WaitingPage("shifts", self.tr("Shifts"))
        from welcome_point.ui.shifts_page import ShiftsPage

        page = ShiftsPage(self._services.shifts, self.hub)
        page.roster_requested.connect(lambda monday: self._printing().ask_roster(monday))
        return page

    def _make_reports_page(self) -> QWidget:
        if self._services is None:
            return WaitingPage("reports", self.tr("Reports"))
        from welcome_point.ui.reports_page import ReportsPage

        services = self._services
        return ReportsPage(services.reports, services.report_files, self.hub,
                           exports_dir=services.exports_dir, language=self._language)

    def _make_settings_page(self) -> QWidget:
        page = SettingsPage(self._language)
        page.language_requested.connect(self.language_requested)
        page.site_saved.connect(lambda site: self.site_label.setText(site.name))
        return page

    def page(self, key: str) -> QWidget:
        """The page for ``key``, built on first use."""
        if key not in self.pages:
            self._build_page(key)
        return self.pages[key]

    def _build_page(self, key: str) -> None:
        row = PAGE_KEYS.index(key)
        current = self.stack.currentIndex()
        page = self._factories[key]()
        placeholder = self.stack.widget(row)
        assert placeholder is not None
        self.stack.insertWidget(row, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self.stack.setCurrentIndex(current)
        self.pages[key] = page
        self._inform(page)

    def _inform(self, page: QWidget) -> None:
        """Pass what the database holds to a page that shows it."""
        # Placeholders, Settings and Reports show it (duck-typed: the Reports module loads when first built).
        show_info = getattr(page, "show_info", None)
        if self._info is not None and show_info is not None:
            show_info(self._info)
        if self._services is not None and isinstance(page, SettingsPage):
            try:
                page.use_site(self._services.desk.site(), self._services.desk.update_site)
                page.use_rules(_RuleAccess(self._services))
                page.use_report_k(self._services.reports.k(), self._services.reports.set_k)
            except WelcomePointError as exc:
                page.site_message.setText(describe(exc))

    @property
    def settings_page(self) -> SettingsPage:
        page = self.page("settings")
        assert isinstance(page, SettingsPage)
        return page

    def _show_row(self, row: int) -> None:
        if row >= 0:
            self.page(PAGE_KEYS[row])
            self.stack.setCurrentIndex(row)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        roster_action = QAction(self.tr("Print &roster…"), self)
        roster_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        roster_action.triggered.connect(self._print_roster)
        file_menu.addAction(roster_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for number in range(self.sidebar.count()):
            item = self.sidebar.item(number)
            action = QAction(item.icon(), item.text(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{number + 1}"))
            action.triggered.connect(self._page_switcher(number))
            go_menu.addAction(action)

        language_menu = self.menuBar().addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(code == self._language)
            action.setData(code)
            group.addAction(action)
            language_menu.addAction(action)
        group.triggered.connect(lambda action: self.language_requested.emit(action.data()))
        language_menu.addSeparator()
        hint = QAction(self.tr("The window is rebuilt in the chosen language."), self)
        hint.setEnabled(False)
        language_menu.addAction(hint)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Welcome Point Desk"), self)
        about.triggered.connect(lambda: show_about(self, self._version))
        help_menu.addAction(about)
        about_qt = QAction(self.tr("About &Qt"), self)
        about_qt.triggered.connect(lambda: QMessageBox.aboutQt(self))
        help_menu.addAction(about_qt)

    def _print_roster(self) -> None:
        if self._services is None:
            return
        self._printing().ask_roster(None)

    def _page_switcher(self, number: int) -> Callable[[], None]:
        return lambda: self.sidebar.setCurrentRow(number)

    def show_page(self, key: str) -> None:
        index = PAGE_KEYS.index(key) if key in PAGE_KEYS else 0
        self.sidebar.setCurrentRow(index)

    def current_page(self) -> str:
        return PAGE_KEYS[self.stack.currentIndex()]

    def show_database(self, info: DatabaseInfo, services: Services | None = None) -> None:
        site = info.site.name if info.site else self.tr("No Welcome Point set up yet")
        self.site_label.setText(site)
        # The home folder as ~ (the screen faces the public); the full path is on Settings.
        # Isolated (U+2066 … U+2069) so that a right-to-left sentence does not reorder it.
        path = f"\u2066{_short_path(info.database_file)}\u2069"
        self.database_label.setText(self.tr("Database: %1").replace("%1", path))
        self.database_label.setToolTip(str(info.data_dir))
        self._info = info
        for page in self.pages.values():
            self._inform(page)
        if services is not None and self._services is None:
            self._services = services
            if "settings" in self.pages:
                self._inform(self.pages["settings"])
            # Pages shown while the database was opening now get their real content.
            for key in [k for k, p in self.pages.items() if isinstance(p, WaitingPage)]:
                self._build_page(key)

    def show_database_error(self, exc: BaseException, *, dialog: bool = True) -> None:
        self.site_label.setText(self.tr("The database could not be opened."))
        for page in self.pages.values():
            if isinstance(page, WaitingPage):
                page.show_failure(describe(exc))
        if dialog:
            QMessageBox.critical(self, self.tr("Database"), describe(exc))

    def _restore_geometry(self) -> None:
        geometry = self._settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            available = self.screen().availableGeometry()
            self.resize(min(1280, int(available.width() * 0.95)), min(800, int(available.height() * 0.92)))

    def _unsaved_visit(self) -> bool:
        if "desk" not in self.pages:
            return False
        from welcome_point.ui.desk_page import DeskPage  # loaded already: the page exists

        desk = self.pages["desk"]
        return isinstance(desk, DeskPage) and desk.form.has_input()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._unsaved_visit():
            answer = QMessageBox.question(
                self, self.tr("Visit not saved"),
                self.tr("The visit in the form is not saved yet. Close anyway? (A person called from "
                        "the queue keeps their place.)"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/page", self.current_page())
        self._settings.sync()
        super().closeEvent(event)


class _RuleAccess:
    """The shift rules and the certificate threshold, from their two services, for Settings."""

    def __init__(self, services: Services) -> None:
        self.rules = services.shifts.rules
        self.set_rules = services.shifts.set_rules
        self.threshold = services.certificates.threshold
        self.set_threshold = services.certificates.set_threshold


def _short_path(path: Path) -> str:
    try:
        return str(Path("~") / path.relative_to(Path.home()))
    except ValueError:
        return str(path)


# A calm, high-contrast look; the sidebar mirrors with the layout direction on its own.
STYLE = """
QListWidget#sidebar { background: #eef3f5; border: none; padding-top: 8px; font-size: 11pt;
                      outline: 0; }
QListWidget#sidebar::item { padding: 9px 10px; border-radius: 6px; margin: 1px 6px; color: #1f3b4d; }
QListWidget#sidebar::item:hover { background: #e0eaee; }
QListWidget#sidebar::item:selected { background: #cfe5eb; color: #0b3440; font-weight: 600; }
QLabel#emptyTitle { font-size: 18pt; font-weight: 600; color: #1f3b4d; margin-top: 8px; }
QLabel#emptyStatus { color: #8a5a00; margin-top: 6px; }
QLabel#sectionTitle { font-size: 11pt; font-weight: 600; color: #1f3b4d; }
QLabel#formHeading { font-size: 12pt; font-weight: 600; color: #1f3b4d; }
QLabel#fieldError { color: #b00020; }
QLabel#hint { color: #3f5563; }
QFrame#queuePanel { background: #f4f7f8; border: 1px solid #dde5e9; border-radius: 8px; }
QFrame#notice { background: #e3f4e8; border: 1px solid #8fcaa0; border-radius: 6px; }
QPushButton#topic { padding: 6px 8px; border: 1px solid #b8c7cf; border-radius: 5px; background: #fbfdfe;
                    text-align: left; }
QPushButton#topic:hover { background: #eaf2f5; }
QPushButton#topic:checked { background: #1f6f8b; border-color: #1f6f8b; color: white; font-weight: 600; }
QPushButton#topic[current="true"] { border: 2px solid #d98b00; }
QPushButton#primary { background: #1f6f8b; color: white; font-weight: 600; border: 1px solid #1a5d75;
                      border-radius: 5px; padding: 6px 14px; }
QPushButton#primary:disabled { background: #9bb5bf; }
QLabel#emptyHint { color: #1f3b4d; background: #e3eef2; border-radius: 6px; padding: 8px;
                   margin-top: 12px; }
"""
