"""Locking: by hand, by the idle timer, and to switch users; nothing a page showed survives it."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QMessageBox
from shiboken6 import isValid

from tests.ui.test_login import (
    ADMIN,
    PASSWORD,
    add_account,
    cheap_hasher,
    create_admin,
    flush_deletions,
    holds,
    sign_in,
    start,
    stop,
)
from welcome_point.domain.access import Role
from welcome_point.domain.desk import ReferralChoice, VisitForm
from welcome_point.domain.models import Organisation, Shift, Volunteer

CANARY_NAME = "CANARY-NAME-7781"
CANARY_ORG = "CANARY-ORG-5521"


@pytest.fixture
def desk(qapp, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr("welcome_point.services.auth.PasswordHasher", cheap_hasher)
    app = start(qapp, qtbot, tmp_path)
    create_admin(app, qtbot)
    yield app
    stop(app, qapp)


def seed(app) -> tuple[int, str]:
    """A volunteer, a partner and a visit with a new card code and a referral; (volunteer id, code)."""
    services = app.services
    volunteer = services.volunteers.save(Volunteer(None, CANARY_NAME, datetime.now().date()))
    partner = services.directory.save(Organisation(None, CANARY_ORG, "counselling"))
    code = services.desk.new_card_code()
    now = services.desk.now()
    services.desk.save_visit(VisitForm(
        language="ar", topics=("housing",), arrived_at=now - timedelta(minutes=30),
        started_at=now - timedelta(minutes=25), ended_at=now - timedelta(minutes=5), card_code=code,
        new_visitor=True, referrals=(ReferralChoice(partner.id, "housing"),), volunteer_ids=(volunteer.id,)))
    app.window.hub.visits_changed.emit()
    app.window.hub.volunteers_changed.emit()
    return volunteer.id, code


def open_pages(app, qtbot, code: str) -> None:
    window = app.window
    for key in ("desk", "visits", "volunteers", "referrals", "shifts"):
        window.show_page(key)
        qtbot.wait(10)
    visits = window.page("visits")
    qtbot.waitUntil(lambda: visits.model.rowCount() > 0, timeout=5000)
    # The visit list shows no card codes; the desk form does, once a card is scanned.
    window.show_page("desk")
    form = window.page("desk").form
    qtbot.keyClicks(form.card, code)
    qtbot.keyClick(form.card, Qt.Key.Key_Return)
    # Each canary is really in the widget tree before the lock (else the test would prove nothing).
    assert holds(app.app, code)
    assert holds(app.app, CANARY_NAME)
    assert holds(app.app, CANARY_ORG)


def half_enter_a_visit(app) -> None:
    page = app.window.page("desk")
    page.form.topics.buttons["housing"].setChecked(True)
    assert page.form.has_input()


def test_the_idle_lock_removes_every_canary_from_the_widget_tree(desk, qtbot, qapp):
    window = desk.window
    volunteer_id, code = seed(desk)
    open_pages(desk, qtbot, code)
    box = window.page("desk").queue.volunteer
    box.setCurrentIndex(box.findData(volunteer_id))
    assert window.page("desk").form.has_input()  # the idle lock does not ask: privacy first
    window.change_own_password()  # an open dialog of the window
    assert window.dialog is not None
    assert window.dialog.isVisible()
    old_pages = dict(window.pages)

    window.idle_timer.setInterval(50)
    window.idle_timer.start()
    qtbot.waitUntil(lambda: window.principal is None, timeout=5000)
    flush_deletions(qtbot)

    assert window.pages == {}
    assert all(not isValid(page) for page in old_pages.values())
    assert window.screens.currentWidget() is window.lock_screen
    assert desk.services.access.principal is None
    for canary in (CANARY_NAME, code, CANARY_ORG, ADMIN + " ("):
        assert not holds(qapp, canary), canary
    assert not any(w.isVisible() for w in qapp.topLevelWidgets() if w is not window)

    # Signed in again, the data is back.
    sign_in(desk, qtbot, ADMIN, PASSWORD)
    window.show_page("volunteers")
    assert holds(qapp, CANARY_NAME)
    window.show_page("referrals")
    qtbot.waitUntil(lambda: holds(qapp, CANARY_ORG), timeout=5000)
    assert not window.page("desk").form.has_input()  # the half-entered visit was given up for privacy


def test_the_idle_lock_ends_a_modal_dialog_running_its_own_event_loop(desk, qtbot):
    window = desk.window
    page = window.page("volunteers")
    window.show_page("volunteers")
    returned = []

    def ask() -> None:
        dialog = QDialog(page)
        dialog.setWindowTitle(CANARY_NAME)
        returned.append(dialog.exec())

    QTimer.singleShot(0, ask)
    window.idle_timer.start(100)
    qtbot.waitUntil(lambda: bool(returned), timeout=5000)
    assert returned == [QDialog.DialogCode.Rejected]
    assert window.principal is None
    flush_deletions(qtbot)
    assert not isValid(page)
    assert not holds(desk.app, CANARY_NAME)


def test_the_idle_time_is_the_setting_and_input_restarts_it(desk, qtbot):
    window = desk.window
    assert window.idle_timer.isActive()
    assert window.idle_timer.interval() == 10 * 60_000
    desk.services.auth.set_lock_minutes(3)
    window.show_page("visits")  # the setting is read again when the page changes
    assert window.idle_timer.interval() == 3 * 60_000
    window.idle_timer.start(1000)
    qtbot.wait(400)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)
    assert window.idle_timer.remainingTime() > 800
    assert window.principal is not None

    page = window.page("settings")  # the one place of the setting
    page.lock_minutes.setValue(7)
    qtbot.mouseClick(page.lock_save, Qt.MouseButton.LeftButton)
    assert window.idle_timer.interval() == 7 * 60_000
    assert desk.services.auth.lock_minutes() == 7


def test_a_manual_lock_asks_before_losing_a_half_entered_visit(desk, qtbot, monkeypatch):
    window = desk.window
    window.show_page("desk")
    half_enter_a_visit(desk)
    asked = []

    def answer(reply):
        def ask(*args):
            asked.append(args[2])
            return reply
        return ask

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer(QMessageBox.StandardButton.No)))
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 1
    assert "locking the app loses it" in asked[0]
    assert window.principal is not None
    assert window.page("desk").form.has_input()

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer(QMessageBox.StandardButton.Yes)))
    qtbot.mouseClick(window.lock_button, Qt.MouseButton.LeftButton)
    assert window.principal is None
    assert len(asked) == 2
    assert ("lock", 1) in [tuple(row) for row in _audit(desk)]


def test_a_lock_without_a_visit_in_the_form_does_not_ask(desk, qtbot):
    window = desk.window
    window.show_page("desk")
    assert window.lock()  # conftest fails the test if a message box opened
    assert window.principal is None


def test_pages_are_rebuilt_for_the_next_user(desk, qtbot):
    window = desk.window
    settings = window.page("settings")
    add_account(desk, "coord", Role.COORDINATOR)
    window.show_page("shifts")
    window.lock()
    sign_in(desk, qtbot, "coord", "coord-password")
    flush_deletions(qtbot)
    assert not isValid(settings)
    assert window.page_keys == ["desk", "visits", "referrals", "volunteers", "shifts"]
    assert window.current_page() == "shifts"  # the page shown before the lock, if the role has it
    assert window.user_label.text() == "coord (Coordinator)"
    window.lock()
    sign_in(desk, qtbot, ADMIN, PASSWORD)
    assert window.current_page() == "shifts"


def test_demoting_oneself_rebuilds_the_window_for_the_new_role(desk, qtbot):
    window = desk.window
    add_account(desk, "second-admin", Role.ADMIN)
    page = window.page("accounts")
    window.show_page("accounts")
    own = next(row for row, a in enumerate(page.model.rows) if a.username == ADMIN)
    page.table.selectRow(own)
    page.edit_selected()
    dialog = page.dialog
    dialog.role.setCurrentIndex(dialog.role.findData("staff"))
    dialog.accept()
    assert window.principal.role == Role.STAFF
    assert "accounts" not in window.page_keys
    assert window.current_page() == "desk"


def test_switching_the_language_keeps_the_session(desk, qtbot):
    window = desk.window
    window.show_page("settings")
    desk.switch_language("de")
    assert desk.window is not window
    assert desk.window.principal is not None
    assert desk.window.current_page() == "settings"
    assert desk.window.sidebar.item(5).text() == "Schichten"
    assert not window.idle_timer.isActive()  # the old window locks nothing any more
    desk.window.lock()
    assert desk.services.access.principal is None


def test_my_shift_today_checks_in_and_out(desk, qtbot):
    services = desk.services
    volunteer = services.volunteers.save(Volunteer(None, "Vera", datetime.now().date()))
    now = datetime.now().replace(second=0, microsecond=0)
    starts = max(now - timedelta(minutes=10), datetime.combine(now.date(), time()))
    ends = min(starts + timedelta(hours=2), datetime.combine(now.date(), time(23, 59)))
    shift = services.shifts.add_shift(Shift(None, services.desk.site().id, starts, ends))
    services.shifts.assign(shift.id, volunteer.id)
    add_account(desk, "vera", Role.VOLUNTEER, pin="135790", volunteer_id=volunteer.id)
    window = desk.window
    assert not window.my_shift_action.isEnabled()  # the admin has no volunteer of their own
    window.switch_user()
    sign_in(desk, qtbot, "vera", "135790", pin=True)
    assert window.my_shift_action.isEnabled()
    window.my_shift_action.trigger()
    dialog = window.dialog
    assert dialog.isVisible()
    assert dialog.list.count() == 1
    assert "Desk" in dialog.list.item(0).text()
    assert not dialog.check_out_button.isEnabled()
    qtbot.mouseClick(dialog.check_in_button, Qt.MouseButton.LeftButton)
    assert "checked in at" in dialog.list.item(0).text()
    assert dialog.message.text() == "Checked in. Thank you for coming!"
    qtbot.mouseClick(dialog.check_out_button, Qt.MouseButton.LeftButton)
    assert "checked out at" in dialog.list.item(0).text()
    qtbot.mouseClick(dialog.check_out_button, Qt.MouseButton.LeftButton)  # disabled: nothing happens
    window.lock()
    flush_deletions(qtbot)
    assert not isValid(dialog)


def test_changing_ones_own_password_and_pin(desk, qtbot):
    window = desk.window
    window.password_action.trigger()
    dialog = window.dialog
    dialog.current.setText("wrong one")
    dialog.password.setText("a new long password")
    dialog.repeat.setText("a new long password")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.message.isVisible()
    dialog.current.setText(PASSWORD)
    dialog.accept()
    assert not dialog.isVisible()

    window.pin_action.trigger()
    dialog = window.dialog
    dialog.password.setText("a new long password")
    dialog.pin.setText("112233")
    dialog.repeat.setText("112234")
    dialog.accept()
    assert "differ" in dialog.message.text()
    dialog.repeat.setText("112233")
    dialog.accept()
    assert not dialog.isVisible()
    window.switch_user()
    sign_in(desk, qtbot, ADMIN, "112233", pin=True)
    assert window.principal is not None


def _audit(app):
    import sqlite3

    raw = sqlite3.connect(app.data_dir / "welcome-point.sqlite3")
    try:
        return raw.execute("SELECT action, account_id FROM audit_events ORDER BY id").fetchall()
    finally:
        raw.close()


def test_work_that_ends_after_the_lock_does_not_reach_the_destroyed_page(desk, qtbot):
    """A backup, restore, export or erasure still running when the idle lock fires delivers its result
    (or failure) to a page the lock destroyed: it must be dropped quietly, not crash in a slot."""
    window = desk.window
    window.show_page("privacy")
    page = window.page("privacy")
    tabs = [page.backups_tab, page.retention_tab, page.subject_tab, page.audit_tab]
    window.auto_lock()
    flush_deletions(qtbot)
    assert not any(isValid(tab) for tab in tabs)
    for tab in tabs:
        for name in ("_failed", "_verify_failed"):
            if hasattr(tab, name):
                getattr(tab, name)(RuntimeError("the work ended after the lock"))
    page.backups_tab._restored(None)
    page.backups_tab._backed_up(None)
    page.retention_tab._ran(None)
    page.audit_tab._verified(None)


def test_erasing_the_signed_in_account_s_own_volunteer_locks_the_window(desk, qtbot):
    from welcome_point.domain.access import Role as Roles

    services = desk.services
    helper = services.volunteers.save(Volunteer(None, "Helper Erased", datetime.now().date()))
    services.auth.create_account("helper", Roles.ADMIN.code, "helper-password", volunteer_id=helper.id)
    desk.window.lock(ask=False)
    desk.window.lock_screen.signed_in.emit(services.auth.login("helper", "helper-password"))
    assert desk.window.principal is not None
    services.privacy.erase_volunteer(helper.id)  # the helper's account goes with their record
    desk.window.hub.volunteers_changed.emit()  # as the privacy page does after an erasure
    qtbot.waitUntil(lambda: desk.window.principal is None, timeout=3000)
    assert desk.window.page_keys == []
    assert desk.window.screens.currentWidget() is desk.window.lock_screen
