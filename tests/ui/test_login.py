"""Signing in as a person meets it: first start, sign-in, wrong passwords, the PIN switch, roles."""

from __future__ import annotations

import gc
import sqlite3

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QSettings, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QTabBar
from shiboken6 import isValid

from welcome_point.app import DeskApplication
from welcome_point.domain.access import Role
from welcome_point.ui.login import LockScreen, password_strength
from welcome_point.ui.main_window import PAGE_KEYS

ADMIN = "admin"
PASSWORD = "correct horse battery"
ROLE_PAGES = {
    Role.VOLUNTEER: ["desk"],
    Role.COORDINATOR: ["desk", "visits", "referrals", "volunteers", "shifts"],
    Role.STAFF: ["desk", "visits", "referrals", "directory", "volunteers", "shifts", "reports", "settings"],
    Role.ADMIN: list(PAGE_KEYS),
}


def cheap_hasher() -> PasswordHasher:
    return PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


@pytest.fixture
def cheap_hashes(monkeypatch):
    """argon2 at its smallest cost: these tests sign in often (the real cost is tested with the service)."""
    monkeypatch.setattr("welcome_point.services.auth.PasswordHasher", cheap_hasher)


def start(qapp, qtbot, tmp_path, language: str = "en") -> DeskApplication:
    data = tmp_path / "data"
    data.mkdir(exist_ok=True)
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    app = DeskApplication(qapp, data, settings, language=language)
    window = app.start()
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: app.services is not None or app.database_error is not None, timeout=10_000)
    return app


def stop(app: DeskApplication, qapp) -> None:
    for widget in qapp.topLevelWidgets():
        widget.close()
    app.translations.install(qapp, "en")
    app.close()


@pytest.fixture
def desk(qapp, qtbot, tmp_path, cheap_hashes):
    app = start(qapp, qtbot, tmp_path)
    yield app
    stop(app, qapp)


def create_admin(app: DeskApplication, qtbot) -> None:
    setup = app.window.lock_screen.setup
    qtbot.waitUntil(setup.isVisible)
    setup.username.setText(ADMIN)
    setup.password.setText(PASSWORD)
    setup.repeat.setText(PASSWORD)
    qtbot.mouseClick(setup.create_button, Qt.MouseButton.LeftButton)
    assert app.window.principal is not None


def sign_in(app: DeskApplication, qtbot, username: str, secret: str, *, pin: bool = False) -> None:
    form = app.window.lock_screen.sign_in
    qtbot.waitUntil(form.isVisible)
    if form.pin_mode != pin:
        qtbot.mouseClick(form.mode_button, Qt.MouseButton.LeftButton)
    form.username.setText(username)
    (form.pin if pin else form.password).setText(secret)
    qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)


def add_account(app: DeskApplication, username: str, role: Role, *, pin: str | None = None,
                volunteer_id: int | None = None) -> int:
    return app.services.auth.create_account(username, role, f"{username}-password", pin, volunteer_id).id


def flush_deletions(qtbot) -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.wait(20)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def widget_texts(qapp) -> list[str]:
    """Every text the widget tree holds: labels, buttons, fields, combo items, titles, tooltips,
    tabs, and every cell of every item view (display and tooltip)."""
    # Collect first, then no collection during the walk: a wrapper collected half-way would delete its
    # widget under the list allWidgets() returned (a crash seen once in the full suite).
    gc.collect()
    gc.disable()
    try:
        return _widget_texts(qapp)
    finally:
        gc.enable()


def _widget_texts(qapp) -> list[str]:
    texts: list[str] = []
    for widget in qapp.allWidgets():
        if not isValid(widget):
            continue
        texts += [widget.windowTitle(), widget.toolTip(), widget.statusTip(), widget.whatsThis(),
                  widget.accessibleName(), widget.accessibleDescription()]
        for name in ("text", "placeholderText", "title", "currentText", "toPlainText"):
            getter = getattr(widget, name, None)
            if callable(getter):
                try:
                    value = getter()
                except TypeError:
                    continue
                if isinstance(value, str):
                    texts.append(value)
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts += model_texts(widget.model())
    for action in qapp.allWidgets():
        for act in action.actions() if isValid(action) else ():
            texts += [act.text(), act.toolTip()]
    return texts


def model_texts(model, parent: QModelIndex | None = None) -> list[str]:
    """Display texts and tooltips of every cell, children of tree rows included."""
    parent = parent or QModelIndex()
    texts: list[str] = []
    try:
        columns = model.columnCount(parent)
    except TypeError:  # a list model: one column, and columnCount() is private
        columns = 1
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if value is not None:
                    texts.append(str(value))
            if column == 0 and _has_children(model, index):
                texts += model_texts(model, index)
    return texts


def _has_children(model, index: QModelIndex) -> bool:
    try:
        return bool(model.hasChildren(index))
    except TypeError:  # list and table models keep it private: they have no children
        return False


def holds(qapp, needle: str) -> bool:
    return any(needle in text for text in widget_texts(qapp))


def audit_actions(app: DeskApplication) -> list[tuple[str, int | None]]:
    raw = sqlite3.connect(app.data_dir / "welcome-point.sqlite3")
    try:
        return raw.execute("SELECT action, account_id FROM audit_events ORDER BY id").fetchall()
    finally:
        raw.close()


# -- first start -----------------------------------------------------------------------------

def test_the_first_start_creates_the_administrator_and_lands_signed_in(desk, qtbot):
    window = desk.window
    assert window.screens.currentWidget() is window.lock_screen
    assert window.lock_screen.page() == LockScreen.SETUP
    assert not window.sidebar.isVisible()
    assert window.page_keys == []
    assert not window.roster_action.isEnabled()
    assert not window.lock_action.isEnabled()
    setup = window.lock_screen.setup
    assert "cannot be recovered" in " ".join(widget_texts(desk.app))
    setup.password.setText("short")
    setup.repeat.setText("short")
    assert setup.strength.text().startswith("Too short")
    qtbot.mouseClick(setup.create_button, Qt.MouseButton.LeftButton)
    assert "at least 8 characters" in setup.message.text()
    setup.password.setText(PASSWORD)
    setup.repeat.setText(PASSWORD + "!")
    assert setup.strength.text() in ("Fair.", "Strong.")
    qtbot.keyClick(setup.repeat, Qt.Key.Key_Return)
    assert "differ" in setup.message.text()
    assert desk.services.auth.needs_setup()

    create_admin(desk, qtbot)
    assert window.principal.role == Role.ADMIN
    assert window.screens.currentWidget() is window.workspace
    assert window.sidebar.isVisible()
    assert window.page_keys == list(PAGE_KEYS)
    assert window.user_label.text() == "admin (Administrator)"
    assert window.lock_button.isVisible()
    assert not desk.services.auth.needs_setup()
    assert ("admin_created", 1) in audit_actions(desk)
    assert setup.password.text() == setup.repeat.text() == ""


def test_password_strength_hint():
    assert password_strength("") == 0
    assert password_strength("1234567") == 0
    assert password_strength("12345678") == 1  # digits only
    assert password_strength("aaaaaaaaaaaa") == 1
    assert password_strength("Sommer2026") == 2
    assert password_strength("correct horse battery staple") == 3


# -- signing in ------------------------------------------------------------------------------

def test_a_wrong_password_is_said_inline_and_audited(desk, qtbot):
    create_admin(desk, qtbot)
    desk.window.lock()
    form = desk.window.lock_screen.sign_in
    assert form.isVisible()
    assert form.username.text() == ""  # nobody's username is left for the next person
    assert form.username.hasFocus()
    qtbot.keyClicks(form.username, ADMIN)
    qtbot.keyClick(form.username, Qt.Key.Key_Tab)
    qtbot.keyClicks(form.password, "not the password")
    qtbot.keyClick(form.password, Qt.Key.Key_Return)  # Enter submits
    assert desk.window.principal is None
    assert form.message.isVisible()
    assert form.message.text() == "The username or the password is not right."
    assert form.password.text() == ""
    assert audit_actions(desk)[-1] == ("login_failed", 1)

    # An unknown name reads the same and is audited without an account.
    sign_in(desk, qtbot, "nobody", "whatever-it-is")
    assert form.message.text() == "The username or the password is not right."
    assert audit_actions(desk)[-1] == ("login_failed", None)

    form.password.setText(PASSWORD)
    form.username.setText(ADMIN)
    qtbot.keyClick(form.password, Qt.Key.Key_Return)
    assert desk.window.principal is not None
    assert desk.window.principal.role == Role.ADMIN
    assert audit_actions(desk)[-1] == ("login", 1)


def test_an_empty_form_is_not_sent(desk, qtbot):
    create_admin(desk, qtbot)
    desk.window.lock()
    before = audit_actions(desk)
    form = desk.window.lock_screen.sign_in
    qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    assert form.message.text() == "Enter your username."
    form.username.setText(ADMIN)
    qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    assert form.message.text() == "Enter your password."
    assert audit_actions(desk) == before


@pytest.mark.parametrize("role", list(Role))
def test_the_sidebar_shows_the_pages_of_the_role(desk, qtbot, role):
    create_admin(desk, qtbot)
    add_account(desk, "someone", role)
    desk.window.lock()
    sign_in(desk, qtbot, "someone", "someone-password")
    window = desk.window
    assert window.principal.role == role
    assert window.page_keys == ROLE_PAGES[role]
    assert [window.sidebar.item(row).text() for row in range(window.sidebar.count())] == [
        window._titles[key] for key in ROLE_PAGES[role]]
    go = [action for action in window.go_menu.actions()]
    assert len(go) == len(ROLE_PAGES[role])
    assert go[0].shortcut().toString() == "Ctrl+1"
    for key in PAGE_KEYS:
        if key not in ROLE_PAGES[role]:
            with pytest.raises(LookupError):
                window.page(key)
    for key in ROLE_PAGES[role]:
        window.show_page(key)
        assert window.current_page() == key
        assert window.stack.currentWidget() is window.pages[key]
    assert window.roster_action.isEnabled() == (role >= Role.COORDINATOR)
    assert not window.my_shift_action.isEnabled()  # no linked volunteer
    # The last Go entry follows the visible pages.
    window.activateWindow()
    qtbot.keyClick(window, getattr(Qt.Key, f"Key_{min(len(ROLE_PAGES[role]), 9)}"),
                   Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == ROLE_PAGES[role][min(len(ROLE_PAGES[role]), 9) - 1]


def test_the_desk_page_works_for_a_volunteer(desk, qtbot):
    create_admin(desk, qtbot)
    add_account(desk, "vol", Role.VOLUNTEER)
    desk.window.lock()
    sign_in(desk, qtbot, "vol", "vol-password")
    from welcome_point.ui.desk_page import DeskPage

    page = desk.window.page("desk")
    assert isinstance(page, DeskPage)
    qtbot.mouseClick(page.queue.arrival, Qt.MouseButton.LeftButton)
    assert len(desk.services.desk.queue()) == 1


def test_quick_switch_with_a_pin(desk, qtbot):
    create_admin(desk, qtbot)
    add_account(desk, "desk1", Role.VOLUNTEER, pin="246810")
    admin_page = desk.window.page("settings")
    assert desk.window.switch_user()
    form = desk.window.lock_screen.sign_in
    assert form.pin_mode
    assert form.heading.text() == "Quick switch with PIN"
    assert form.pin.isVisible()
    assert not form.password.isVisible()
    form.username.setText("desk1")
    qtbot.keyClicks(form.pin, "12ab34")  # digits only
    assert form.pin.text() == "1234"
    qtbot.keyClick(form.pin, Qt.Key.Key_Return)
    assert form.message.text() == "A PIN has at least 6 digits."
    form.pin.setText("999999")
    qtbot.keyClick(form.pin, Qt.Key.Key_Return)
    assert form.message.text() == "The username or the PIN is not right."
    form.pin.setText("246810")
    qtbot.keyClick(form.pin, Qt.Key.Key_Return)
    window = desk.window
    assert window.principal.role == Role.VOLUNTEER
    assert window.page_keys == ["desk"]
    flush_deletions(qtbot)
    assert not isValid(admin_page)  # the admin's pages were destroyed, the volunteer's built anew
    assert ("switch_user", 2) in audit_actions(desk)

    # Back to the password form, for whoever comes next.
    window.lock()
    assert not form.pin_mode
    qtbot.mouseClick(form.mode_button, Qt.MouseButton.LeftButton)
    assert form.pin_mode


def test_a_lockout_shows_the_wait_and_counts_down(desk, qtbot):
    create_admin(desk, qtbot)
    add_account(desk, "anna", Role.VOLUNTEER)
    desk.window.lock()
    form = desk.window.lock_screen.sign_in
    for _ in range(5):
        sign_in(desk, qtbot, "anna", "wrong password")
    assert "Please wait 0:30" in form.message.text()
    assert not form.submit_button.isEnabled()
    form.password.setText("anna-password")
    qtbot.keyClick(form.password, Qt.Key.Key_Return)  # Enter does nothing while waiting
    assert desk.window.principal is None
    qtbot.waitUntil(lambda: "0:29" in form.message.text(), timeout=3000)

    later = form.clock() + 31
    form.clock = lambda: later
    qtbot.waitUntil(form.submit_button.isEnabled, timeout=3000)
    assert form.message.text() == "You can try again now."


def test_the_lock_screen_shows_no_personal_data(desk, qtbot, qapp):
    create_admin(desk, qtbot)
    add_account(desk, "Maria Musterfrau", Role.STAFF)
    desk.window.lock()
    sign_in(desk, qtbot, "Maria Musterfrau", "Maria Musterfrau-password")
    assert holds(qapp, "Maria Musterfrau")  # the status bar names who is signed in
    desk.window.lock()
    flush_deletions(qtbot)
    assert not holds(qapp, "Maria Musterfrau")
    # (The window's own label; windows of earlier tests may linger in allWidgets() until collected.)
    assert ADMIN + " (" not in desk.window.user_label.text()
    assert not desk.window.user_label.isVisible()
    assert not desk.window.lock_button.isVisible()
    assert desk.window.go_menu.actions() == []
    for action in (desk.window.roster_action, desk.window.my_shift_action, desk.window.password_action,
                   desk.window.pin_action, desk.window.lock_action):
        assert not action.isEnabled()
    assert desk.window.lock_screen.site.text() == "Welcome Point"


def test_a_database_that_cannot_open_says_so_on_the_lock_screen(qapp, qtbot, tmp_path, cheap_hashes):
    data = tmp_path / "data"
    data.mkdir()
    raw = sqlite3.connect(data / "welcome-point.sqlite3")
    raw.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    raw.execute("INSERT INTO alembic_version VALUES ('9999_future')")
    raw.commit()
    raw.close()
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    app = DeskApplication(qapp, data, settings, language="en", interactive=False)
    window = app.start()
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: app.database_error is not None, timeout=10_000)
    try:
        # interactive=False (smoke runs): the message is in the window, not in a dialog.
        assert window.lock_screen.page() == LockScreen.FAILED
        assert "newer version" in window.lock_screen.failure.text()
    finally:
        stop(app, qapp)
