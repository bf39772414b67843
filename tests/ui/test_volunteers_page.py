"""The Volunteers page driven from the keyboard, with the database checked after every step."""

from __future__ import annotations

from datetime import date, datetime

import pytest
import shiboken6
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from welcome_point.domain.models import Volunteer, VolunteerLanguage
from welcome_point.services.volunteers import VolunteerService
from welcome_point.ui.hub import Hub
from welcome_point.ui.labels import ltr
from welcome_point.ui.volunteer_dialog import LeaveDialog, VolunteerDialog
from welcome_point.ui.volunteers_page import VolunteersPage, VolunteerTableModel

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
NOW = datetime(2026, 11, 25, 11, 0)
TODAY = NOW.date()


@pytest.fixture
def service(database):
    return VolunteerService(database, clock=lambda: NOW)


@pytest.fixture
def hub():
    return Hub()


@pytest.fixture
def page(qtbot, service, hub):
    widget = VolunteersPage(service, hub)
    qtbot.addWidget(widget)
    widget.resize(1186, 708)  # the page's share of a 1366x768 screen
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def person(name: str, *languages: tuple[str, str], **fields) -> Volunteer:
    fields.setdefault("joined_on", date(2025, 3, 1))
    return Volunteer(id=None, display_name=name,
                     languages=tuple(VolunteerLanguage(code, level) for code, level in languages), **fields)


def focused():
    return QApplication.focusWidget()


def type_into_focus(qtbot, text):
    """Type as a keyboard would; QTest knows ASCII keys only, so other letters come as text events."""
    widget = focused()
    assert widget is not None
    for character in text:
        if character.isascii():
            qtbot.keyClicks(widget, character)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character))


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier, widget=None):
    qtbot.keyClick(widget or focused(), key, modifier)


def open_dialog(qtbot, page, key, modifier=Qt.KeyboardModifier.NoModifier, widget=None) -> VolunteerDialog:
    page.dialog = None
    press(qtbot, key, modifier, widget or page)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    dialog = page.dialog
    qtbot.waitUntil(lambda: dialog.isActiveWindow())
    return dialog


def names_shown(page) -> list[str]:
    return [page.proxy.index(row, VolunteerTableModel.NAME).data() for row in range(page.proxy.rowCount())]


def test_empty_page_says_what_to_do(page):
    assert page.views.currentIndex() == 1
    assert "No volunteers yet" in page.empty.text()
    assert "Ctrl+N" in page.empty.text()
    for button in (page.edit_button, page.active_button, page.certificate_button, page.calendar_button):
        assert not button.isEnabled()


def test_create_a_volunteer_with_two_languages_from_the_keyboard(qtbot, page, service, hub):
    changes = []
    hub.volunteers_changed.connect(lambda: changes.append(1))
    dialog = open_dialog(qtbot, page, Qt.Key.Key_N, CTRL)
    assert dialog.windowTitle() == "New volunteer"
    assert focused() is dialog.display_name
    assert dialog.active.isChecked()
    assert dialog.roles["desk"].isChecked()  # the usual role is ticked already

    # Enter on an empty form: a message next to the name, the dialog stays, nothing saved.
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.errors["display_name"].isVisible()
    assert service.search(include_inactive=True) == []

    type_into_focus(qtbot, "Amira Haddad")
    press(qtbot, Qt.Key.Key_A, ALT)  # Add language: a new row, the cursor in it
    qtbot.waitUntil(lambda: len(dialog.languages.rows) == 1)
    row = dialog.languages.rows[0]
    assert focused() is row.language
    type_into_focus(qtbot, "Arab")
    popup = row.language.completer().popup()
    assert popup.isVisible()  # the matching languages
    # Enter goes to the open list (as a window system delivers it): completes and goes on to the level.
    press(qtbot, Qt.Key.Key_Return, widget=popup)
    assert not popup.isVisible()
    dialog.activateWindow()  # what a window manager does when a popup closes; offscreen has none
    qtbot.waitUntil(lambda: dialog.isActiveWindow())
    assert dialog.isVisible()
    assert row.language.currentText() == "Arabic – العربية"
    assert focused() is row.level
    type_into_focus(qtbot, "N")  # keyboard search in the closed combo box: Native
    assert row.level.currentData() == "native"

    press(qtbot, Qt.Key.Key_A, ALT)
    qtbot.waitUntil(lambda: len(dialog.languages.rows) == 2)
    second = dialog.languages.rows[1]
    assert focused() is second.language
    type_into_focus(qtbot, "Deutsch")  # the language's own name finds it too
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is second.level  # fluent, the default
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is second.remove
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.languages.add_button, [focused() is r.language for r in dialog.languages.rows]

    dialog.roles["interpreter"].setFocus()
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Return, widget=dialog.display_name)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())

    [saved] = service.search()
    assert saved == Volunteer(
        id=saved.id, display_name="Amira Haddad", joined_on=TODAY, roles=("desk", "interpreter"),
        languages=(VolunteerLanguage("ar", "native"), VolunteerLanguage("de", "fluent")))
    assert changes == [1]
    assert page.selected() == saved
    assert page.model.data(page.model.index(0, VolunteerTableModel.LANGUAGES)) == "AR (Native), DE (Fluent)"
    assert page.model.data(page.model.index(0, VolunteerTableModel.ROLES)) == "Desk, Interpreter"
    assert page.model.data(page.model.index(0, VolunteerTableModel.STATUS)) == "Active"


def test_edit_with_enter_and_the_consent_rule_next_to_its_field(qtbot, page, service):
    saved = service.save(person("Jonas Becker", ("de", "native"), ("en", "fluent"), ("uk", "basic")))
    service.save(person("Olena Koval", ("uk", "native")))
    page.refresh()

    press(qtbot, Qt.Key.Key_F, CTRL, page)
    assert focused() is page.search
    type_into_focus(qtbot, "jonas")
    assert names_shown(page) == ["Jonas Becker"]
    press(qtbot, Qt.Key.Key_Return)  # from the search field into the list
    assert focused() is page.table

    dialog = open_dialog(qtbot, page, Qt.Key.Key_Return, widget=page.table)
    assert dialog.windowTitle() == "Edit volunteer"
    assert [row.language.code() for row in dialog.languages.rows] == ["de", "en", "uk"]
    assert not dialog.consent_on.check.isChecked()
    press(qtbot, Qt.Key.Key_L, ALT)  # &Languages spoken: the first of them
    assert focused() is dialog.languages.rows[0].language
    press(qtbot, Qt.Key.Key_O, ALT)  # C&onsent
    assert focused() is dialog.consent_on.check

    press(qtbot, Qt.Key.Key_P, ALT)  # &Phone
    assert focused() is dialog.phone
    assert dialog.phone.layoutDirection() == Qt.LayoutDirection.LeftToRight
    type_into_focus(qtbot, "+49 151 000 1234")
    press(qtbot, Qt.Key.Key_Return)

    # No consent date: the form says so next to the consent field, and saves nothing.
    assert dialog.isVisible()
    assert dialog.errors["consent_on"].isVisible()
    assert "consent" in dialog.errors["consent_on"].text()
    assert not dialog.errors["phone"].isVisible()
    assert focused() is dialog.consent_on.check
    assert service.get(saved.id).phone == ""

    press(qtbot, Qt.Key.Key_Space)  # "Given on": today, unless changed
    assert dialog.consent_on.edit.isEnabled()
    dialog.consent_on.edit.setDate(QDate(2026, 11, 30))
    press(qtbot, Qt.Key.Key_Return, widget=dialog.phone)
    assert dialog.isVisible()
    assert dialog.errors["consent_on"].text() == "The consent date lies in the future."

    dialog.consent_on.edit.setDate(QDate(2026, 11, 20))
    # The last language goes: its Remove button, reached with Tab from the level box.
    last = dialog.languages.rows[2]
    last.level.setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is last.remove
    press(qtbot, Qt.Key.Key_Space)
    assert len(dialog.languages.rows) == 2
    press(qtbot, Qt.Key.Key_Return, widget=dialog.phone)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())

    changed = service.get(saved.id)
    assert (changed.phone, changed.consent_on) == ("+49 151 000 1234", date(2026, 11, 20))
    assert [lang.language for lang in changed.languages] == ["de", "en"]
    assert page.selected() == changed

    # The phone column is there, hidden until asked for; it reads left to right.
    assert page.table.isColumnHidden(VolunteerTableModel.PHONE)
    page.show_phone.setChecked(True)
    assert not page.table.isColumnHidden(VolunteerTableModel.PHONE)
    row = page.model.row_of(saved.id)
    assert page.model.data(page.model.index(row, VolunteerTableModel.PHONE)) == ltr("+49 151 000 1234")


def test_deactivate_asks_for_the_date_and_reactivate_brings_them_back(qtbot, page, service, monkeypatch):
    yusuf = service.save(person("Yusuf Demir", ("tr", "native")))
    service.save(person("Lena Vogel", ("de", "native")))
    page.refresh()
    page.table.setFocus()
    row = page.proxy.mapFromSource(page.model.index(page.model.row_of(yusuf.id), 0)).row()
    page.table.selectRow(row)
    assert page.selected().id == yusuf.id

    # Delete asks first; Cancel changes nothing.
    press(qtbot, Qt.Key.Key_Delete, widget=page.table)
    qtbot.waitUntil(lambda: page.leave_dialog is not None and page.leave_dialog.isVisible())
    leave: LeaveDialog = page.leave_dialog
    assert "Deactivate “Yusuf Demir”?" in leave.findChildren(type(page.empty))[0].text()
    assert leave.left_on_date() == TODAY
    press(qtbot, Qt.Key.Key_Escape, widget=leave)
    qtbot.waitUntil(lambda: not shiboken6.isValid(leave) or not leave.isVisible())
    assert service.get(yusuf.id).active

    press(qtbot, Qt.Key.Key_Delete, widget=page.table)
    qtbot.waitUntil(lambda: page.leave_dialog is not leave and page.leave_dialog.isVisible())
    leave = page.leave_dialog
    qtbot.waitUntil(lambda: leave.isActiveWindow())
    leave.left_on.setDate(QDate(2026, 10, 31))
    press(qtbot, Qt.Key.Key_D, ALT, widget=leave)  # &Deactivate
    qtbot.waitUntil(lambda: not shiboken6.isValid(leave) or not leave.isVisible())

    gone = service.get(yusuf.id)
    assert (gone.active, gone.left_on) == (False, date(2026, 10, 31))
    assert names_shown(page) == ["Lena Vogel"]
    assert "1 inactive not shown" in page.status.text()

    page.show_inactive.setChecked(True)
    assert names_shown(page) == ["Lena Vogel", "Yusuf Demir"]
    row = page.proxy.mapFromSource(page.model.index(page.model.row_of(yusuf.id), 0)).row()
    page.table.selectRow(row)
    assert page.active_button.text() == "&Reactivate…"
    assert page.model.data(page.model.index(page.model.row_of(yusuf.id), VolunteerTableModel.STATUS)) \
        == "Inactive"

    # Delete never reactivates; the button does, after asking.
    press(qtbot, Qt.Key.Key_Delete, widget=page.table)
    assert not service.get(yusuf.id).active
    questions = []

    def question(parent, title, text, buttons, default):
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    page.active_button.click()
    assert "Reactivate “Yusuf Demir”?" in questions[0]
    back = service.get(yusuf.id)
    assert (back.active, back.left_on) == (True, None)
    assert page.active_button.text() == "&Deactivate…"


def test_filter_by_speaks(qtbot, page, service):
    for name, languages in (("Amira Haddad", (("ar", "native"), ("de", "fluent"))),
                            ("Farid Rahimi", (("fa", "native"), ("de", "basic"))),
                            ("Olena Koval", (("uk", "native"), ("ru", "fluent"))),
                            ("Nasrin Sultani", (("de", "native"), ("fa", "basic")))):
        service.save(person(name, *languages))
    gone = service.save(person("Maryam Çelik", ("fa", "fluent")))
    service.set_active(gone.id, False)
    page.refresh()
    assert len(names_shown(page)) == 4

    press(qtbot, Qt.Key.Key_S, ALT, page)  # &Speaks
    assert focused() is page.speaks
    type_into_focus(qtbot, "Far")  # filters while typing
    assert names_shown(page) == ["Farid Rahimi", "Nasrin Sultani"]
    type_into_focus(qtbot, "si")
    press(qtbot, Qt.Key.Key_Return)
    assert page.speaks.code() == "fa"
    assert names_shown(page) == ["Farid Rahimi", "Nasrin Sultani"]

    page.show_inactive.setChecked(True)
    assert names_shown(page) == ["Farid Rahimi", "Maryam Çelik", "Nasrin Sultani"]
    page.search.setText("nas")
    assert names_shown(page) == ["Nasrin Sultani"]
    page.search.clear()

    page.speaks.set_code("ti")
    assert names_shown(page) == []
    assert page.views.currentIndex() == 1
    assert "Nobody here speaks Tigrinya" in page.empty.text()

    page.speaks.set_code(None)
    assert len(names_shown(page)) == 5


def test_certificate_and_calendar_ask_for_the_selected_volunteer(qtbot, page, service):
    saved = service.save(person("Amira Haddad"))
    page.refresh()
    with qtbot.waitSignal(page.certificate_requested) as certificate:
        page.certificate_button.click()
    assert certificate.args == [saved.id]
    with qtbot.waitSignal(page.calendar_requested) as calendar:
        page.calendar_button.click()
    assert calendar.args == [saved.id]


def test_a_refused_save_brings_the_form_back_with_the_reason(qtbot, page, service, database):
    saved = service.save(person("Lena Vogel"))
    page.refresh()
    # Someone removes the volunteer on another laptop while the form is open.
    page.table.setFocus()
    dialog = open_dialog(qtbot, page, Qt.Key.Key_Return, widget=page.table)
    with database.write() as session:
        from sqlalchemy import text

        session.execute(text("DELETE FROM volunteers WHERE id = :id"), {"id": saved.id})
    press(qtbot, Qt.Key.Key_Return, widget=dialog.display_name)
    qtbot.waitUntil(lambda: page.dialog is not dialog and page.dialog is not None and page.dialog.isVisible())
    assert "no longer exists" in page.dialog.general_error.text()
    assert page.dialog.display_name.text() == "Lena Vogel"


def test_hub_change_refreshes_the_list(qtbot, page, service, hub):
    service.save(person("Lena Vogel"))
    assert page.model.rowCount() == 0
    hub.volunteers_changed.emit()
    assert names_shown(page) == ["Lena Vogel"]


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft])
def test_renders_at_laptop_size(qtbot, service, direction, tmp_path):
    service.save(person("Amira Haddad", ("ar", "native"), ("de", "fluent"), ("en", "basic"),
                        phone="+49 151 000 1234", consent_on=TODAY, roles=("desk", "interpreter")))
    widget = VolunteersPage(service, Hub())
    qtbot.addWidget(widget)
    widget.setLayoutDirection(direction)
    widget.resize(1186, 708)
    widget.show()
    qtbot.waitExposed(widget)
    # Every tool button shows its whole text.
    for button in (widget.new_button, widget.edit_button, widget.active_button, widget.certificate_button,
                   widget.calendar_button):
        assert button.width() >= button.sizeHint().width()
    assert widget.grab().save(str(tmp_path / "page.png"))
    dialog = VolunteerDialog(service.search()[0], TODAY, widget)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.phone.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert dialog.grab().save(str(tmp_path / "dialog.png"))
    dialog.reject()
