"""The main window: the lock screen until someone signs in, then a sidebar of the pages their role may use.

Locking (by hand, by the idle timer, or to switch users) destroys every page built so far and
closes the window's dialogs: nothing a page showed stays in the widget tree. Pages are rebuilt
on first use after the next sign-in, for the role of whoever signed in.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QToolTip,
    QWidget,
)
from shiboken6 import isValid

from welcome_point.domain import vocabulary as v
from welcome_point.domain.access import Principal, Role
from welcome_point.domain.errors import WelcomePointError
from welcome_point.ui.about import show_about
from welcome_point.ui.assets import asset_path, icon
from welcome_point.ui.errors import describe
from welcome_point.ui.hub import Hub
from welcome_point.ui.i18n import LANGUAGES
from welcome_point.ui.labels import label
from welcome_point.ui.login import InputWatcher, LockScreen, close_windows
from welcome_point.ui.page_factory import PageFactory, RuleAccess
from welcome_point.ui.pages import WaitingPage
from welcome_point.ui.settings_page import SettingsPage
from welcome_point.ui.style import STYLE

if TYPE_CHECKING:
    from welcome_point.domain.models import DatabaseInfo
    from welcome_point.services.container import Services
    from welcome_point.ui.printing import Printer

log = logging.getLogger(__name__)

PAGE_KEYS = ("desk", "visits", "referrals", "directory", "volunteers", "shifts", "reports", "settings",
             "accounts", "privacy")
# The least role that sees a page in the sidebar (the services check every call on their own).
PAGE_ROLES = {
    "desk": Role.VOLUNTEER,
    "visits": Role.COORDINATOR, "referrals": Role.COORDINATOR, "volunteers": Role.COORDINATOR,
    "shifts": Role.COORDINATOR,
    "directory": Role.STAFF, "reports": Role.STAFF, "settings": Role.STAFF,
    "accounts": Role.ADMIN, "privacy": Role.ADMIN,
}
# Pages without an icon of their own borrow one.
ICON_FALLBACK = {"accounts": "volunteers", "privacy": "settings"}
DEFAULT_LOCK_MINUTES = 10


def page_icon(key: str) -> QIcon:
    name = key if asset_path("icons", f"{key}.svg").exists() else ICON_FALLBACK.get(key, "empty")
    return icon(name)


def visible_pages(role: Role) -> list[str]:
    return [key for key in PAGE_KEYS if role >= PAGE_ROLES[key]]


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
        # Pages are built when first shown (start-up pays only for the page it opens on) and
        # destroyed when the window locks.
        self.pages: dict[str, QWidget] = {}
        self._titles: dict[str, str] = {}
        self._factory = PageFactory(self)
        self._visible: list[str] = []  # the pages of the signed-in account, in sidebar order
        self._principal: Principal | None = None
        self._info: DatabaseInfo | None = None
        self._services: Services | None = None
        self.hub = Hub(self)
        # An erasure or a retention run may have deleted the signed-in account: then lock.
        self.hub.volunteers_changed.connect(self.check_principal, Qt.ConnectionType.QueuedConnection)
        self._printer: Printer | None = None
        self.dialog: QDialog | None = None  # the one own-account dialog open, if any
        for key, title in self._page_specs():
            self._titles[key] = title
        wanted = str(settings.value("window/page", "desk"))
        self._wanted_page = wanted if wanted in PAGE_KEYS else "desk"
        self.sidebar.currentRowChanged.connect(self._show_row)

        self.workspace = QWidget()
        row = QHBoxLayout(self.workspace)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        self.lock_screen = LockScreen()
        self.lock_screen.signed_in.connect(self._signed_in)
        self.screens = QStackedWidget()
        self.screens.addWidget(self.workspace)
        self.screens.addWidget(self.lock_screen)
        self.screens.setCurrentWidget(self.lock_screen)
        self.setCentralWidget(self.screens)
        self.setStyleSheet(STYLE)
        self._fit_sidebar()

        self.site_label = QLabel(self.tr("Opening the database…"))
        self.database_label = QLabel()
        self.user_label = QLabel()
        self.user_label.setObjectName("userLabel")
        self.lock_button = QPushButton(self.tr("Lock"))
        self.lock_button.setToolTip(self.tr("Lock the app (Ctrl+L): the next person signs in."))
        self.lock_button.clicked.connect(self.lock)
        self.statusBar().addWidget(self.site_label)
        self.statusBar().addPermanentWidget(self.database_label)
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.lock_button)

        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(DEFAULT_LOCK_MINUTES * 60_000)
        self.idle_timer.timeout.connect(self.auto_lock)
        self._watcher = InputWatcher(self, self._input_seen)

        self._build_menus()
        self._show_locked_state()
        self._restore_geometry()

    def _fit_sidebar(self) -> None:
        # As wide as the longest page name in this language and font (measured once the sidebar is
        # in the window and styled), with room for STYLE's padding and the bold selected item.
        for key in PAGE_KEYS:
            QListWidgetItem(page_icon(key), self._titles[key], self.sidebar)
        self.sidebar.ensurePolished()
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setFixedWidth(max(170, int(self.sidebar.sizeHintForColumn(0) * 1.06) + 16))
        self.sidebar.blockSignals(True)
        self.sidebar.clear()
        self.sidebar.blockSignals(False)

    def _page_specs(self) -> list[tuple[str, str]]:
        return [
            ("desk", self.tr("Desk")),
            ("visits", self.tr("Visits")),
            ("referrals", self.tr("Referrals")),
            ("directory", self.tr("Directory")),
            ("volunteers", self.tr("Volunteers")),
            ("shifts", self.tr("Shifts")),
            ("reports", self.tr("Reports")),
            ("settings", self.tr("Settings")),
            ("accounts", self.tr("Accounts")),
            ("privacy", self.tr("Data & privacy")),
        ]

    # -- pages ------------------------------------------------------------------------------

    @property
    def language(self) -> str:
        return self._language

    @property
    def ui_settings(self) -> QSettings:
        """Per-user window settings (geometry, the desk's last volunteer): not the database's."""
        return self._settings

    @property
    def services(self) -> Services:
        """The open database's services; pages exist only once it is open and someone signed in."""
        if self._services is None:
            raise LookupError("the database is not open yet")
        return self._services

    def printing(self) -> Printer:
        if self._printer is None:
            from welcome_point.ui.printing import Printer

            services = self.services
            self._printer = Printer(services.printouts, services.desk.site, self,
                                    certificates=services.certificates, shifts=services.shifts,
                                    language=self._language)
        return self._printer

    def after_restore(self, _result: object) -> None:
        """After a restore the accounts may differ too: sign in again, to pages built on the restored data."""
        QTimer.singleShot(0, lambda: self.lock(ask=False))

    def page(self, key: str) -> QWidget:
        """The page for ``key``, built on first use; only the pages of the signed-in role exist."""
        if key not in self._visible:
            raise LookupError(f"the page {key!r} is not open to the current account")
        if key not in self.pages:
            try:
                page = self._factory.build(key)
            except Exception as exc:  # one broken page must not take the window down
                log.exception("the page %s could not be built", key)
                page = WaitingPage(key, self._titles[key])
                page.show_failure(describe(exc))
            self.stack.addWidget(page)
            self.pages[key] = page
            self._inform(page)
        return self.pages[key]

    def _inform(self, page: QWidget) -> None:
        """Pass what the database holds to a page that shows it."""
        # Placeholders, Settings and Reports show it (duck-typed: the Reports module loads when first built).
        show_info = getattr(page, "show_info", None)
        if self._info is not None and show_info is not None:
            show_info(self._info)
        if self._services is not None and isinstance(page, SettingsPage):
            try:
                page.use_site(self._services.desk.site(), self._services.desk.update_site)
                page.use_rules(RuleAccess(self._services))
                page.use_report_k(self._services.reports.k(), self._services.reports.set_k)
                page.use_privacy(self._services.auth, self._services.privacy)
            except WelcomePointError as exc:
                page.site_message.setText(describe(exc))

    @property
    def settings_page(self) -> SettingsPage:
        page = self.page("settings")
        assert isinstance(page, SettingsPage)
        return page

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self._visible):
            page = self.page(self._visible[row])
            self.stack.setCurrentWidget(page)
            self._refresh_lock_minutes()  # a changed setting takes effect at the next page switch

    def show_page(self, key: str) -> None:
        """Show ``key`` if the account may use it (else its first page); remembered while locked."""
        if key in PAGE_KEYS:
            self._wanted_page = key
        if not self._visible:
            return
        row = self._visible.index(key) if key in self._visible else 0
        self.sidebar.setCurrentRow(row)
        self._show_row(row)

    def current_page(self) -> str:
        row = self.sidebar.currentRow()
        if self._principal is not None and 0 <= row < len(self._visible):
            return self._visible[row]
        return self._wanted_page

    # -- menus ------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.switch_action = QAction(self.tr("&Switch user…"), self)
        self.switch_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.switch_action.triggered.connect(self.switch_user)
        self.password_action = QAction(self.tr("Change my &password…"), self)
        self.password_action.triggered.connect(self.change_own_password)
        self.pin_action = QAction(self.tr("Set my P&IN…"), self)
        self.pin_action.triggered.connect(self.set_own_pin)
        self.my_shift_action = QAction(self.tr("My &shift today…"), self)
        self.my_shift_action.triggered.connect(self.open_my_shift)
        self.roster_action = QAction(self.tr("Print &roster…"), self)
        self.roster_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.roster_action.triggered.connect(self._print_roster)
        for action in (self.lock_action, self.switch_action, None, self.password_action, self.pin_action,
                       self.my_shift_action, None, self.roster_action, None):
            if action is None:
                file_menu.addSeparator()
            else:
                file_menu.addAction(action)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        self.go_menu = self.menuBar().addMenu(self.tr("&Go"))

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

    def _fill_pages(self) -> None:
        """The sidebar and the Go menu: the pages of the signed-in role, Ctrl+1 … Ctrl+9, Ctrl+0."""
        self.sidebar.blockSignals(True)
        self.sidebar.clear()
        for key in self._visible:
            QListWidgetItem(page_icon(key), self._titles[key], self.sidebar)
        self.sidebar.blockSignals(False)
        self.go_menu.clear()
        for number, key in enumerate(self._visible):
            action = QAction(page_icon(key), self._titles[key], self.go_menu)
            if number < 10:
                action.setShortcut(QKeySequence(f"Ctrl+{(number + 1) % 10}"))
            action.triggered.connect(self._page_switcher(number))
            self.go_menu.addAction(action)

    def _print_roster(self) -> None:
        if self._services is None or self._principal is None:
            return
        self.printing().ask_roster(None)

    def _page_switcher(self, number: int) -> Callable[[], None]:
        return lambda: self.sidebar.setCurrentRow(number)

    # -- the database -----------------------------------------------------------------------

    def show_site(self, name: str) -> None:
        self.site_label.setText(name)
        self.lock_screen.set_site(name)

    def show_database(self, info: DatabaseInfo, services: Services | None = None) -> None:
        self.show_site(info.site.name if info.site else self.tr("No Welcome Point set up yet"))
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
            principal = services.access.principal
            if principal is not None:  # the window was rebuilt (a language switch) while signed in
                self._enter(principal)
            else:
                self._show_gate()

    def show_database_error(self, exc: BaseException, *, dialog: bool = True) -> None:
        self.site_label.setText(self.tr("The database could not be opened."))
        self.lock_screen.show_failure(describe(exc))
        if dialog:
            QMessageBox.critical(self, self.tr("Database"), describe(exc))

    # -- signing in and locking -------------------------------------------------------------

    @property
    def principal(self) -> Principal | None:
        return self._principal

    @property
    def page_keys(self) -> list[str]:
        """The pages the signed-in account sees, in sidebar order (none while locked)."""
        return list(self._visible)

    def _show_gate(self, *, pin: bool = False) -> None:
        self.screens.setCurrentWidget(self.lock_screen)
        if self._services is None:
            return  # still opening, or failed: the lock screen says which
        auth = self._services.auth
        try:
            setup = auth.needs_setup()
        except Exception as exc:
            self.lock_screen.show_failure(describe(exc))
            return
        if setup:
            self.lock_screen.show_setup(auth)
        else:
            self.lock_screen.show_sign_in(auth, pin=pin)

    def _signed_in(self, principal: Principal) -> None:
        self._enter(principal)

    def _enter(self, principal: Principal) -> None:
        if self._principal is not None:
            self._clear_session()
        self._principal = principal
        self._visible = visible_pages(principal.role)
        self._fill_pages()
        self._show_account(principal)
        for action in (self.lock_action, self.switch_action, self.password_action, self.pin_action):
            action.setEnabled(True)
        self.my_shift_action.setEnabled(principal.volunteer_id is not None)
        self.roster_action.setEnabled(principal.may(Role.COORDINATOR))
        self.lock_button.setVisible(True)
        self.screens.setCurrentWidget(self.workspace)
        self.show_page(self._wanted_page)
        self._refresh_lock_minutes()
        self._watcher.start()
        log.info("signed in: account %s, role %s", principal.account_id, principal.role.code)

    def _show_account(self, principal: Principal) -> None:
        role = label(v.ACCOUNT_ROLES, principal.role.code)
        name = ""
        if self._services is not None:
            try:
                name = self._services.auth.current().username
            except Exception:  # the status bar can do without the name
                name = ""
        text = self.tr("%1 (%2)", "username (role)").replace("%1", name).replace("%2", role) if name else role
        self.user_label.setText(text)
        self.user_label.setVisible(True)

    def _show_locked_state(self) -> None:
        for action in (self.lock_action, self.switch_action, self.password_action, self.pin_action,
                       self.my_shift_action, self.roster_action):
            action.setEnabled(False)
        self.user_label.clear()
        self.user_label.setVisible(False)
        self.lock_button.setVisible(False)
        self.go_menu.clear()

    def _clear_session(self) -> None:
        """Forget everything the signed-in account saw: dialogs, pages, the printer."""
        self.idle_timer.stop()
        self._watcher.stop()
        self._close_windows()
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.hide()
            page.deleteLater()
        self.pages.clear()
        if self._printer is not None:
            self._printer.deleteLater()
            self._printer = None
        self.sidebar.blockSignals(True)
        self.sidebar.clear()
        self.sidebar.blockSignals(False)
        self._visible = []
        self._principal = None
        self._show_locked_state()
        QToolTip.hideText()

    def _close_windows(self) -> None:
        close_windows(self)
        if self.dialog is not None and isValid(self.dialog):
            self.dialog.deleteLater()
        self.dialog = None

    def _confirm_losing_visit(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Visit not saved"),
            self.tr("The visit in the form is not saved yet; locking the app loses it. Lock anyway?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def lock(self, *, ask: bool = True, pin: bool = False) -> bool:
        """Sign out and show the lock screen; False when the user kept a half-entered visit."""
        if self._principal is None:
            return True
        if ask and self._unsaved_visit() and not self._confirm_losing_visit():
            return False
        self._wanted_page = self.current_page()
        assert self._services is not None
        try:
            self._services.auth.lock()
        except Exception:  # never stay signed in because the audit entry failed
            log.exception("the lock could not be recorded")
            self._services.access.sign_out()
        self._clear_session()
        self._show_gate(pin=pin)
        return True

    def switch_user(self) -> bool:
        """The desk's quick switch: lock, then the sign-in screen asks for a PIN."""
        return self.lock(pin=True)

    def auto_lock(self) -> None:
        """No input for the lock time: lock at once, even over a half-entered visit (privacy first)."""
        if self._principal is None:
            return
        log.info("locked after %d idle minute(s)", self.idle_timer.interval() // 60_000)
        self.lock(ask=False)

    def _input_seen(self) -> None:
        if self._principal is not None and self.idle_timer.isActive():
            self.idle_timer.start()

    def use_lock_minutes(self, minutes: int) -> None:
        self.idle_timer.setInterval(max(1, minutes) * 60_000)
        if self._principal is not None:
            self.idle_timer.start()

    def _refresh_lock_minutes(self) -> None:
        if self._principal is None or self._services is None:
            return
        try:
            minutes = self._services.auth.lock_minutes()
        except Exception:
            minutes = self.idle_timer.interval() // 60_000 or DEFAULT_LOCK_MINUTES
        self.use_lock_minutes(minutes)

    def check_principal(self) -> None:
        """After an account changed: if it was the signed-in one, rebuild for its new role."""
        if self._services is None:
            return
        principal = self._services.access.principal
        if principal == self._principal:
            return
        if principal is None:
            self._clear_session()
            self._show_gate()
        else:
            self._enter(principal)

    # -- the signed-in account's own things ------------------------------------------------

    def _open_dialog(self, dialog: QDialog) -> None:
        if self.dialog is not None and isValid(self.dialog):
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def change_own_password(self) -> None:
        if self._services is None or self._principal is None:
            return
        from welcome_point.ui.accounts_page import PasswordDialog

        auth = self._services.auth
        dialog = PasswordDialog(self.tr("Change my password"), self, ask_current=True)
        dialog.use(auth.change_own_password)
        self._open_dialog(dialog)

    def set_own_pin(self) -> None:
        if self._services is None or self._principal is None:
            return
        from welcome_point.ui.accounts_page import PinDialog

        auth = self._services.auth
        dialog = PinDialog(self.tr("My PIN for the quick switch"), self, ask_password=True)
        dialog.use(auth.set_own_pin)
        self._open_dialog(dialog)

    def open_my_shift(self) -> None:
        if self._services is None or self._principal is None or self._principal.volunteer_id is None:
            return
        from welcome_point.ui.my_shift import MyShiftDialog

        self._open_dialog(MyShiftDialog(self._services.shifts, self._principal.volunteer_id, self))

    # -- closing ----------------------------------------------------------------------------

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
        # A closed window (also the old one of a language switch) must not lock the new one's session.
        self.idle_timer.stop()
        self._watcher.stop()
        super().closeEvent(event)


def _short_path(path: Path) -> str:
    try:
        return str(Path("~") / path.relative_to(Path.home()))
    except ValueError:
        return str(path)
