"""The accounts page: an admin creates, changes, locks out and lets in the accounts of the others."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from tests.ui.test_login import cheap_hasher
from welcome_point.domain.access import Role
from welcome_point.domain.models import Volunteer
from welcome_point.domain.passwords import LoginRefused
from welcome_point.services.access import Access
from welcome_point.services.auth import AuthService
from welcome_point.services.volunteers import VolunteerService
from welcome_point.ui.accounts_page import AccountDialog, AccountsPage, AccountTableModel

PASSWORD = "admin password 1"


@pytest.fixture
def access() -> Access:
    return Access(None)


@pytest.fixture
def auth(database, access) -> AuthService:
    service = AuthService(database, access, hasher=cheap_hasher())
    service.create_first_admin("admin", PASSWORD)  # signs in as the admin
    return service


@pytest.fixture
def volunteers(database, access) -> VolunteerService:
    return VolunteerService(database, access=access)


@pytest.fixture
def page(qtbot, auth, volunteers) -> AccountsPage:
    widget = AccountsPage(auth, lambda: volunteers.search("", include_inactive=True))
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    return widget


def cell(page: AccountsPage, row: int, column: int) -> str:
    return page.model.data(page.model.index(row, column))


def row_of(page: AccountsPage, username: str) -> int:
    return next(row for row, account in enumerate(page.model.rows) if account.username == username)


def select(page: AccountsPage, username: str) -> None:
    page.table.selectRow(row_of(page, username))


def fill_new_account(dialog: AccountDialog, username: str, role: str, password: str = "long enough 1",
                     pin: str = "", volunteer_id: int | None = None) -> None:
    dialog.username.setText(username)
    dialog.role.setCurrentIndex(dialog.role.findData(role))
    dialog.password.setText(password)
    dialog.repeat.setText(password)
    dialog.pin.setText(pin)
    dialog.pin_repeat.setText(pin)
    dialog.volunteer.setCurrentIndex(dialog.volunteer.findData(volunteer_id))


def test_the_table_lists_the_accounts(page, auth):
    auth.create_account("anna", Role.VOLUNTEER, "anna password", pin="123456")
    page.refresh()
    assert page.model.rowCount() == 2
    assert page.model.headerData(AccountTableModel.ROLE, Qt.Orientation.Horizontal) == "Role"
    anna = row_of(page, "anna")
    assert cell(page, anna, AccountTableModel.ROLE) == "Volunteer"
    assert cell(page, anna, AccountTableModel.PIN) == "yes"
    assert cell(page, anna, AccountTableModel.ACTIVE) == "yes"
    assert cell(page, row_of(page, "admin"), AccountTableModel.ROLE) == "Administrator"
    assert cell(page, row_of(page, "admin"), AccountTableModel.PIN) == "no"


def test_a_new_account_with_pin_and_volunteer(page, qtbot, auth, volunteers):
    vera = volunteers.save(Volunteer(None, "Vera", date(2025, 1, 1)))
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.isVisible()
    assert [dialog.role.itemText(i) for i in range(dialog.role.count())] == [
        "Volunteer", "Coordinator", "Staff", "Administrator"]
    assert dialog.volunteer.findText("Vera") >= 0
    fill_new_account(dialog, "vera", "volunteer", pin="654321", volunteer_id=vera.id)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    row = row_of(page, "vera")
    assert cell(page, row, AccountTableModel.VOLUNTEER) == "Vera"
    assert cell(page, row, AccountTableModel.PIN) == "yes"
    assert page.message.text() == "Account “vera” created."
    principal = auth.switch_user("vera", "654321")
    assert principal.role == Role.VOLUNTEER
    assert principal.volunteer_id == vera.id


def test_mistakes_are_said_in_the_dialog_which_stays_open(page, qtbot, auth):
    page.new_account()
    dialog = page.dialog
    fill_new_account(dialog, "", "staff")
    dialog.accept()
    assert dialog.message.text() == "Enter a username."
    fill_new_account(dialog, "bob", "staff", password="short")
    dialog.accept()
    assert "at least 8 characters" in dialog.message.text()
    fill_new_account(dialog, "bob", "staff")
    dialog.repeat.setText("something else")
    dialog.accept()
    assert "differ" in dialog.message.text()
    fill_new_account(dialog, "bob", "staff", pin="123")
    dialog.accept()
    assert "at least 6 digits" in dialog.message.text()
    fill_new_account(dialog, "ADMIN", "staff")  # taken: usernames compare without case
    dialog.accept()
    assert dialog.isVisible()
    assert "taken" in dialog.message.text()
    assert len(auth.accounts()) == 1
    assert dialog.password.text() == "long enough 1"  # nothing typed is lost
    dialog.reject()
    assert dialog.password.text() == ""  # no password stays in a closed dialog


def test_reset_password_and_pin(page, qtbot, auth):
    auth.create_account("carl", Role.COORDINATOR, "carl password")
    page.refresh()
    select(page, "carl")
    qtbot.mouseClick(page.password_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert "carl" in dialog.windowTitle()
    dialog.password.setText("a new password")
    dialog.repeat.setText("a new password")
    dialog.accept()
    assert auth.login("carl", "a new password").role == Role.COORDINATOR
    auth.login("admin", PASSWORD)

    select(page, "carl")
    page.change_pin()
    dialog = page.dialog
    assert not dialog.remove.isEnabled()  # carl has no PIN to remove
    dialog.pin.setText("777777")
    dialog.repeat.setText("777777")
    dialog.accept()
    assert cell(page, row_of(page, "carl"), AccountTableModel.PIN) == "yes"
    page.change_pin()
    page.dialog.remove.setChecked(True)
    page.dialog.accept()
    assert cell(page, row_of(page, "carl"), AccountTableModel.PIN) == "no"
    with pytest.raises(LoginRefused):
        auth.switch_user("carl", "777777")


def test_deactivate_activate_and_the_last_admin(page, qtbot, auth):
    auth.create_account("dora", Role.STAFF, "dora password")
    page.refresh()
    select(page, "dora")
    assert page.active_button.text() == "&Deactivate"
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    assert cell(page, row_of(page, "dora"), AccountTableModel.ACTIVE) == "no"
    assert page.active_button.text() == "&Activate"
    with pytest.raises(LoginRefused):
        auth.login("dora", "dora password")
    auth.login("admin", PASSWORD)
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    assert cell(page, row_of(page, "dora"), AccountTableModel.ACTIVE) == "yes"

    select(page, "admin")
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)  # the last admin: refused inline
    assert "last active admin" in page.message.text()
    assert cell(page, row_of(page, "admin"), AccountTableModel.ACTIVE) == "yes"


def test_unlock_lifts_the_wait(page, qtbot, auth, access):
    auth.create_account("emil", Role.VOLUNTEER, "emil password")
    admin = access.principal
    for _ in range(5):
        with pytest.raises(LoginRefused):
            auth.login("emil", "wrong password")
    access.sign_in(admin)
    page.refresh()
    select(page, "emil")
    assert cell(page, row_of(page, "emil"), AccountTableModel.LOCKED) != ""
    assert page.unlock_button.isEnabled()
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    assert cell(page, row_of(page, "emil"), AccountTableModel.LOCKED) == ""
    assert not page.unlock_button.isEnabled()
    assert auth.login("emil", "emil password").role == Role.VOLUNTEER


def test_change_role_and_linked_volunteer(page, qtbot, auth, volunteers):
    fritz = volunteers.save(Volunteer(None, "Fritz", date(2025, 1, 1)))
    auth.create_account("fritz", Role.VOLUNTEER, "fritz password")
    page.refresh()
    select(page, "fritz")
    changed = []
    page.accounts_changed.connect(lambda: changed.append(True))
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert not dialog.username.isVisible()  # the name stays
    assert dialog.role.currentData() == "volunteer"
    dialog.role.setCurrentIndex(dialog.role.findData("coordinator"))
    dialog.volunteer.setCurrentIndex(dialog.volunteer.findData(fritz.id))
    dialog.accept()
    row = row_of(page, "fritz")
    assert cell(page, row, AccountTableModel.ROLE) == "Coordinator"
    assert cell(page, row, AccountTableModel.VOLUNTEER) == "Fritz"
    assert changed == [True]


def test_a_refusal_of_the_service_never_crashes_the_page(page, qtbot, access):
    access.sign_out()  # e.g. the session ended meanwhile
    page.refresh()
    assert "sign in" in page.message.text().lower()
    select(page, "admin")
    page.unlock()
    page.toggle_active()
    assert "sign in" in page.message.text().lower()  # said on the page, not raised
