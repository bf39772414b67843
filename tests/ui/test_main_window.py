"""The main window as a person meets it: pages, shortcuts, languages, remembered geometry."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from welcome_point import __version__
from welcome_point.app import DeskApplication
from welcome_point.storage import schema
from welcome_point.ui.main_window import PAGE_KEYS

ADMIN_PASSWORD = "correct horse battery"


@pytest.fixture
def cheap_hashes(monkeypatch):
    """argon2 with the smallest cost: the tests sign in often; the real cost is the auth service's test."""
    from argon2 import PasswordHasher

    monkeypatch.setattr("welcome_point.services.auth.PasswordHasher",
                        lambda: PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))


def sign_in_first_admin(app, qtbot) -> None:
    """First start: the window asks for the administrator account; create it and land signed in."""
    setup = app.window.lock_screen.setup
    qtbot.waitUntil(lambda: setup.isVisible(), timeout=10_000)
    setup.username.setText("admin")
    setup.password.setText(ADMIN_PASSWORD)
    setup.repeat.setText(ADMIN_PASSWORD)
    qtbot.mouseClick(setup.create_button, Qt.MouseButton.LeftButton)
    assert app.window.principal is not None


@pytest.fixture
def desk(qapp, qtbot, tmp_path, request, cheap_hashes):
    data = request.getfixturevalue("demo_data_dir") if "demo" in request.keywords else tmp_path / "data"
    data.mkdir(exist_ok=True)
    if "newer_database" in request.keywords:
        make_newer_database(data)
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    # The shared demo database must not change: no retention run, no backups into its folder.
    app = DeskApplication(qapp, data, settings, language=getattr(request, "param", "en"),
                          housekeeping="demo" not in request.keywords)
    window = app.start()
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: app.info is not None or app.database_error is not None, timeout=10_000)
    if app.services is not None:
        if "demo" in request.keywords:
            # The shared demo database must not change: full rights without an account of its own.
            from welcome_point.domain.access import SYSTEM

            app.services.access.sign_in(SYSTEM)
            app.window.lock_screen.signed_in.emit(SYSTEM)
        else:
            sign_in_first_admin(app, qtbot)
    yield app
    for widget in qapp.topLevelWidgets():
        widget.close()
    app.translations.install(qapp, "en")
    app.close()


def make_newer_database(data):
    raw = sqlite3.connect(data / "welcome-point.sqlite3")
    raw.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    raw.execute("INSERT INTO alembic_version VALUES ('9999_future')")
    raw.commit()
    raw.close()


@pytest.fixture
def dialogs(monkeypatch):
    """Critical message boxes, recorded instead of shown."""
    shown = []
    monkeypatch.setattr(QMessageBox, "critical",
                        staticmethod(lambda parent, title, text: shown.append(text)))
    return shown


def click_page(qtbot, window, row):
    rect = window.sidebar.visualItemRect(window.sidebar.item(row))
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_every_page_opens_from_the_sidebar(desk, qtbot):
    window = desk.window
    assert window.sidebar.count() == len(PAGE_KEYS) == 10  # the admin sees every page
    for row, key in enumerate(PAGE_KEYS):
        click_page(qtbot, window, row)
        assert window.current_page() == key
        assert window.stack.currentWidget() is window.pages[key]
        assert window.stack.currentWidget().isVisible()


def test_pages_of_the_desk_work_on_the_open_database(desk):
    from welcome_point.ui.desk_page import DeskPage
    from welcome_point.ui.directory_page import DirectoryPage
    from welcome_point.ui.referrals_page import ReferralsPage
    from welcome_point.ui.reports_page import ReportsPage
    from welcome_point.ui.shifts_page import ShiftsPage
    from welcome_point.ui.visits_page import VisitsPage
    from welcome_point.ui.volunteers_page import VolunteersPage

    for key, kind in (("desk", DeskPage), ("visits", VisitsPage), ("referrals", ReferralsPage),
                      ("directory", DirectoryPage), ("volunteers", VolunteersPage), ("shifts", ShiftsPage),
                      ("reports", ReportsPage)):
        assert isinstance(desk.window.page(key), kind)


def test_shortcuts_switch_pages(desk, qtbot):
    window = desk.window
    window.activateWindow()
    for number, key in ((6, "shifts"), (8, "settings"), (1, "desk")):
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
        assert window.current_page() == key


@pytest.mark.demo
def test_the_window_shows_the_database(desk, qtbot):
    window = desk.window
    assert "Demo" in window.site_label.text()
    assert "welcome-point.sqlite3" in window.database_label.text()
    window.show_page("reports")
    reports = window.page("reports")
    qtbot.waitUntil(lambda: reports.report is not None and not reports.computing, timeout=10_000)
    assert "wp-demo" not in reports.hint.text()
    settings = window.settings_page
    assert str(desk.data_dir) in settings.folder.text()
    assert schema.head_revision() in settings.revision.text()
    assert "Volunteers: 40" in settings.counts.text()


def test_an_empty_database_says_how_to_start(desk, qtbot):
    desk.window.show_page("reports")
    page = desk.window.page("reports")
    qtbot.waitUntil(lambda: page.report is not None and not page.computing, timeout=10_000)
    assert page.hint.isVisibleTo(page)
    assert "welcome-point --data-dir ~/wp-demo demo" in page.hint.text()
    assert "welcome-point --data-dir ~/wp-demo</nobr>" in page.hint.text()
    # A fresh install records visits at once, under a name to change on the Settings page.
    assert desk.window.site_label.text() == "Welcome Point"
    assert desk.window.settings_page.site_name.text() == "Welcome Point"
    assert desk.window.settings_page.site_box.isEnabled()


def test_switching_language_rebuilds_the_window(desk, qtbot):
    desk.window.show_page("settings")
    desk.window.settings_page.language_box.setCurrentIndex(
        desk.window.settings_page.language_box.findData("de"))
    old = desk.window
    qtbot.mouseClick(old.settings_page.switch_button, Qt.MouseButton.LeftButton)
    assert desk.window is not old
    assert desk.window.sidebar.item(5).text() == "Schichten"
    assert desk.window.current_page() == "settings"
    assert desk.settings.value("language") == "de"

    arabic = next(a for a in desk.window.menuBar().actions()[2].menu().actions() if a.data() == "ar")
    arabic.trigger()
    assert desk.window.isRightToLeft()
    assert desk.window.sidebar.item(0).text() != "Desk"


def test_geometry_and_page_are_remembered(desk, qtbot, qapp):
    window = desk.window
    window.resize(1000, 640)
    window.show_page("reports")
    window.close()
    again = DeskApplication(qapp, desk.data_dir, desk.settings, language="en")._build_window()
    qtbot.addWidget(again)
    assert again.size().width() == 1000
    assert again.size().height() == 640
    assert again.current_page() == "reports"


def test_about_names_version_licence_and_credits(desk, monkeypatch):
    shown = {}
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda parent, title, text: shown.update(text=text)))
    help_menu = desk.window.menuBar().actions()[3].menu()
    help_menu.actions()[0].trigger()
    assert __version__ in shown["text"]
    assert "General Public License" in shown["text"]
    assert "SQLAlchemy" in shown["text"]


@pytest.mark.newer_database
def test_a_refused_database_is_explained_in_the_window_language(dialogs, desk, qtbot):
    assert isinstance(desk.database_error, Exception)
    assert len(dialogs) == 1
    assert dialogs[0].startswith("This database was written by a newer version")
    assert "9999_future" in dialogs[0]
    assert desk.window.site_label.text() == "The database could not be opened."
    desk.switch_language("de")
    assert desk.window.site_label.text() == "Die Datenbank konnte nicht geöffnet werden."
    assert len(dialogs) == 1  # not shown again


def test_closing_before_the_database_is_open_releases_it(qapp, qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    desk = DeskApplication(qapp, tmp_path, settings, language="en")
    window = desk.start()
    qtbot.addWidget(window)
    desk.open_database()  # as after the first paint; the window closes at once
    window.close()
    desk.close()
    assert desk.info is not None
    assert desk.database is None  # disposed


def test_the_welcome_point_is_named_on_the_settings_page(desk, qtbot):
    page = desk.window.settings_page
    page.site_name.setText("Welcome Point Hauptbahnhof")
    page.site_hours.setText("Mo–Fr 10–16")
    qtbot.mouseClick(page.site_save, Qt.MouseButton.LeftButton)
    assert desk.window.site_label.text() == "Welcome Point Hauptbahnhof"
    raw = sqlite3.connect(desk.data_dir / "welcome-point.sqlite3")
    try:
        assert raw.execute("SELECT name, opening_hours FROM sites").fetchall() == [
            ("Welcome Point Hauptbahnhof", "Mo–Fr 10–16")]
    finally:
        raw.close()
    page.site_name.setText("   ")
    qtbot.mouseClick(page.site_save, Qt.MouseButton.LeftButton)
    assert "nothing was changed" in page.site_message.text()


def test_a_half_entered_visit_is_not_lost_by_closing_or_switching_language(desk, qtbot, monkeypatch):
    window = desk.window
    page = window.page("desk")
    page.form.topics.buttons["housing"].setChecked(True)
    answers = []

    def ask(*args):
        answers.append(args[2])
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(ask))
    assert not window.close()
    assert window.isVisible()
    desk.switch_language("de")
    assert desk.window is window  # refused: the visit stays in the form
    assert page.form.topics.selected() == ("housing",)
    assert len(answers) == 2
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *args: QMessageBox.StandardButton.Yes))
    desk.switch_language("de")
    assert desk.window is not window


def test_the_volunteer_at_the_desk_is_remembered(desk, qtbot, qapp):
    raw = sqlite3.connect(desk.data_dir / "welcome-point.sqlite3")
    raw.execute("INSERT INTO volunteers (id, display_name, phone, email, joined_on, active) "
                "VALUES (7, 'Anna', '', '', '2026-01-01', 1)")
    raw.commit()
    raw.close()
    desk.window.close()
    window = desk._build_window()
    qtbot.addWidget(window)
    window.show_database(desk.info, desk.services)
    box = window.page("desk").queue.volunteer
    box.setCurrentIndex(box.findData(7))
    window.close()
    again = desk._build_window()
    qtbot.addWidget(again)
    again.show_database(desk.info, desk.services)
    assert again.page("desk").queue.volunteer.currentData() == 7


def test_shift_rules_and_the_certificate_threshold_are_settings(desk, qtbot):
    page = desk.window.settings_page
    assert page.rules_box.isEnabled()
    assert page.daily_limit.value() == 10
    assert page.rest.value() == 11
    page.daily_limit.setValue(8)
    page.per_year.setValue(200)
    qtbot.mouseClick(page.rules_save, Qt.MouseButton.LeftButton)
    from datetime import timedelta

    assert desk.services.shifts.rules().daily_limit == timedelta(hours=8)
    assert desk.services.certificates.threshold().hours_per_year == 200
