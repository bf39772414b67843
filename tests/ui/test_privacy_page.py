"""The Data & privacy page as an admin uses it, over a real SQLite file and the real services."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from welcome_point.domain import cardcode
from welcome_point.domain.access import Principal, Role
from welcome_point.domain.errors import ValidationError
from welcome_point.domain.models import Site, Visit, Visitor, Volunteer
from welcome_point.domain.privacy import RetentionPolicy
from welcome_point.services.container import build_services
from welcome_point.storage.bulk import Dataset, write_dataset
from welcome_point.ui import audit_log
from welcome_point.ui.hub import Hub
from welcome_point.ui.privacy_erase_dialog import EraseDialog
from welcome_point.ui.privacy_page import BACKUPS, RETENTION, SUBJECT, PrivacyPage

TODAY = date.today()
OLD_CODE = cardcode.generate(lambda n: 3 % n)  # last seen three years ago: past the 24 months
NEW_CODE = cardcode.generate(lambda n: 7 % n)  # seen last week
ACTIVE, GONE = 1, 2  # volunteers: active, and one who left two years ago


def days_ago(days: int, hour: int = 10) -> datetime:
    day = TODAY - timedelta(days=days)
    return datetime(day.year, day.month, day.day, hour)


def fill(database) -> None:
    with database.write() as session:
        write_dataset(session, Dataset(
            sites=(Site(id=1, code="WP-T", name="Welcome Point Test", address="Bahnhofstraße 1"),),
            volunteers=(
                Volunteer(id=ACTIVE, display_name="Amira Active", joined_on=TODAY - timedelta(days=400)),
                Volunteer(id=GONE, display_name="Gustav Gone", joined_on=TODAY - timedelta(days=1500),
                          left_on=TODAY - timedelta(days=730), active=False),
            ),
            visitors=(
                Visitor(id=1, card_code=OLD_CODE, first_seen=TODAY - timedelta(days=1200), language="ar"),
                Visitor(id=2, card_code=NEW_CODE, first_seen=TODAY - timedelta(days=30), language="uk"),
            ),
            visits=(
                Visit(id=1, site_id=1, arrived_at=days_ago(1200), visitor_id=1, language="ar", topics=("housing",)),
                Visit(id=2, site_id=1, arrived_at=days_ago(1100), visitor_id=1, language="ar", topics=("health",)),
                Visit(id=3, site_id=1, arrived_at=days_ago(30), visitor_id=2, language="uk", topics=("work",)),
                Visit(id=4, site_id=1, arrived_at=days_ago(7), visitor_id=2, language="uk",
                      topics=("german_course",)),
            )))


def full_services(database, data_dir):
    return build_services(database, data_dir)


@pytest.fixture
def services(database, data_dir):
    fill(database)
    return full_services(database, data_dir)


@pytest.fixture
def hub() -> Hub:
    return Hub()


@pytest.fixture
def page(qtbot, services, hub):
    widget = PrivacyPage(services, hub, language="en")
    qtbot.addWidget(widget)
    widget.resize(1176, 700)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    yield widget
    widget.finish()
    QThreadPool.globalInstance().waitForDone(20_000)  # nothing may run when the database goes away
    QApplication.processEvents()


def finish(qtbot, page: PrivacyPage) -> None:
    qtbot.waitUntil(lambda: not page.working, timeout=30_000)


@pytest.fixture
def answer(monkeypatch):
    """QMessageBox.question answered with Yes; the questions asked are recorded."""
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def typing(monkeypatch, text: str) -> list[str]:
    """The erase dialog, with ``text`` typed into it and Erase pressed; records its prompts."""
    prompts: list[str] = []

    def exec_(dialog: EraseDialog) -> int:
        prompts.append(dialog.prompt.text())
        dialog.typed.setText(text)
        dialog.erase_button.click()
        if not dialog.erase_button.isEnabled():
            dialog.reject()
        return dialog.result()

    monkeypatch.setattr(EraseDialog, "exec", exec_)
    return prompts


def sign_in_admin(services) -> int:
    account = services.auth.create_account("ada", Role.ADMIN, "correct horse battery")
    services.access.sign_in(Principal(account.id, Role.ADMIN))
    return account.id


# -- the audit log -------------------------------------------------------------------------------

def test_the_audit_log_shows_events_newest_first_with_user_names(qtbot, services, hub, monkeypatch):
    account_id = sign_in_admin(services)
    services.audit.record("export_report", "report")
    services.audit.record("visit_deleted", "visit", 4)
    monkeypatch.setattr(audit_log, "PAGE_SIZE", 2)
    page = PrivacyPage(services, hub, language="en")
    qtbot.addWidget(page)
    page.show()
    tab = page.audit_tab
    model = tab.model
    assert [event.action for event in model.events] == ["visit_deleted", "export_report"]
    assert model.data(model.index(0, model.ACTION)) == "Visit deleted"
    assert model.data(model.index(0, model.ACCOUNT)) == f"{account_id} · ada"
    assert model.data(model.index(0, model.OBJECT_ID)) == "4"
    assert model.data(model.index(0, model.OBJECT_TYPE)) == "Visit"
    assert tab.older_button.isEnabled()  # account_created is older
    qtbot.mouseClick(tab.older_button, Qt.MouseButton.LeftButton)
    assert [event.action for event in model.events] == ["visit_deleted", "export_report", "account_created"]
    assert not tab.older_button.isEnabled()
    tab.action_filter.setCurrentIndex(tab.action_filter.findData("export_report"))
    assert [event.action for event in model.events] == ["export_report"]
    assert not tab.empty.isVisible()
    tab.action_filter.setCurrentIndex(tab.action_filter.findData("restore"))
    assert model.events == []
    assert tab.empty.isVisible()
    assert "All actions" in tab.empty.text()


def test_an_empty_audit_log_says_what_will_appear(page):
    tab = page.audit_tab
    assert tab.model.events == []
    assert tab.empty.isVisible()
    assert "empty" in tab.empty.text()
    assert not tab.table.isVisible()


def test_verify_says_intact_then_names_the_entry_that_was_tampered_with(page, services, qtbot, database):
    for action in ("login", "export_report", "backup", "settings_changed"):
        services.audit.record(action)
    tab = page.audit_tab
    tab.reload()
    qtbot.mouseClick(tab.verify_button, Qt.MouseButton.LeftButton)
    finish(qtbot, page)
    assert tab.verify_message.property("kind") == "ok"
    assert "intact: 4 entries" in tab.verify_message.text()

    # Someone with the file and sqlite3: drop the trigger, rewrite entry 2.
    with sqlite3.connect(database.path) as raw:
        raw.execute("DROP TRIGGER audit_events_no_update")
        raw.execute("UPDATE audit_events SET action = 'login' WHERE id = 2")
    raw.close()
    qtbot.mouseClick(tab.verify_button, Qt.MouseButton.LeftButton)
    finish(qtbot, page)
    assert tab.verify_message.property("kind") == "error"
    assert "entry 2 " in tab.verify_message.text()
    assert tab.model.broken_id == 2
    assert tab.table.currentIndex().row() == tab.model.row_of(2)


def test_a_removed_entry_is_found_too(page, services, qtbot, database):
    for action in ("login", "export_report", "backup"):
        services.audit.record(action)
    with sqlite3.connect(database.path) as raw:
        raw.execute("DROP TRIGGER audit_events_no_delete")
        raw.execute("DELETE FROM audit_events WHERE id = 2")
    raw.close()
    page.audit_tab.verify()
    finish(qtbot, page)
    assert "entry 3 " in page.audit_tab.verify_message.text()


def test_a_staff_account_is_refused_inline(qtbot, services, hub):
    services.access.sign_in(Principal(99, Role.STAFF))
    page = PrivacyPage(services, hub, language="en")
    qtbot.addWidget(page)
    page.show()
    assert page.audit_tab.message.isVisible()
    assert "may not do this" in page.audit_tab.message.text()
    page.audit_tab.verify()
    finish(qtbot, page)
    assert "may not do this" in page.audit_tab.verify_message.text()
    page.show_tab(RETENTION)
    assert "may not do this" in page.retention_tab.policy_message.text()
    assert not page.retention_tab.run_button.isEnabled()
    page.show_tab(BACKUPS)  # staff may take backups
    assert not page.backups_tab.message.isVisible()


# -- retention -------------------------------------------------------------------------------------

def test_retention_shows_the_defaults_and_saves_a_new_policy(page, services, qtbot):
    page.show_tab(RETENTION)
    tab = page.retention_tab
    assert (tab.visitor_months.value(), tab.volunteer_months.value()) == (24, 12)
    assert "Not run yet" in tab.last_run.text()
    tab.visitor_months.setValue(18)
    tab.volunteer_months.setValue(6)
    with qtbot.waitSignal(page.policy_saved):
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert services.privacy.policy() == RetentionPolicy(visitor_months=18, volunteer_months=6)
    assert tab.policy_message.property("kind") == "ok"
    actions = [(event.action, event.object_type) for event in services.audit.events()]
    assert ("settings_changed", "retention.visitor_months") in actions


def test_run_now_asks_then_erases_what_is_past_its_time(page, services, qtbot, hub, answer):
    page.show_tab(RETENTION)
    tab = page.retention_tab
    with qtbot.waitSignal(hub.visits_changed, timeout=30_000), \
            qtbot.waitSignal(hub.volunteers_changed, timeout=30_000):
        qtbot.mouseClick(tab.run_button, Qt.MouseButton.LeftButton)
        finish(qtbot, page)
    assert len(answer) == 1
    assert "24 months" in answer[0]
    assert "backup" in answer[0]
    assert "1 visitors and 1 volunteers erased" in tab.run_message.text()
    assert "Last run" in tab.last_run.text()
    with pytest.raises(ValidationError):
        services.privacy.visitor_record(OLD_CODE)
    assert services.privacy.visitor_record(NEW_CODE).reference == NEW_CODE
    assert services.volunteers.get(GONE) is None
    assert page.audit_tab.model.events[0].action in {"retention_run", "erasure_visitor", "erasure_volunteer"}


def test_cancelling_run_now_erases_nothing(page, services, qtbot, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *args: QMessageBox.StandardButton.Cancel))
    page.show_tab(RETENTION)
    qtbot.mouseClick(page.retention_tab.run_button, Qt.MouseButton.LeftButton)
    assert not page.working
    assert services.privacy.visitor_record(OLD_CODE).reference == OLD_CODE


# -- subject access and erasure --------------------------------------------------------------------

def show_card(qtbot, page: PrivacyPage, code: str) -> None:
    page.show_tab(SUBJECT)
    tab = page.subject_tab
    tab.card_code.clear()
    qtbot.keyClicks(tab.card_code, code.lower().replace("-", " "))  # as typed from the card
    qtbot.mouseClick(tab.show_button, Qt.MouseButton.LeftButton)


def test_show_then_export_writes_json_and_pdf(page, qtbot, tmp_path, monkeypatch, services):
    out = tmp_path / "stick"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *args, **kwargs: str(out)))
    show_card(qtbot, page, NEW_CODE)
    tab = page.subject_tab
    assert tab.record is not None
    assert tab.record.reference == NEW_CODE
    text = tab.summary.toPlainText()
    assert NEW_CODE in text
    assert "Visits (2)" in text
    assert "German courses" in text
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    finish(qtbot, page)
    assert tab.message.property("kind") == "ok", tab.message.text()
    assert sorted(path.suffix for path in out.iterdir()) == [".json", ".pdf"]
    data = json.loads(next(out.glob("*.json")).read_text("utf-8"))
    assert data["reference"] == NEW_CODE
    assert len(data["visits"]) == 2
    assert next(out.glob("*.pdf")).read_bytes().startswith(b"%PDF")
    assert services.audit.events(limit=1)[0].action == "export_subject_access"


def test_a_volunteer_record_exports_in_the_window_language(qtbot, services, hub, tmp_path, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *args, **kwargs: str(out)))
    page = PrivacyPage(services, hub, language="ar")  # no shipped labels: the window's texts go in
    qtbot.addWidget(page)
    page.show()
    page.show_tab(SUBJECT)
    tab = page.subject_tab
    tab.volunteer.setCurrentIndex(tab.volunteer.findData(GONE))
    tab.volunteer.activated.emit(tab.volunteer.currentIndex())
    assert tab.volunteer_choice.isChecked()
    assert "left" in tab.volunteer.currentText()
    qtbot.mouseClick(tab.show_button, Qt.MouseButton.LeftButton)
    assert "Gustav Gone" in tab.summary.toPlainText()
    tab.export()
    finish(qtbot, page)
    assert sorted(path.suffix for path in out.iterdir()) == [".json", ".pdf"]
    page.finish()


def test_a_mistyped_or_unknown_card_code_is_explained(page, qtbot):
    show_card(qtbot, page, "ABC")
    tab = page.subject_tab
    assert tab.record is None
    assert "not a card code" in tab.message.text()
    assert not tab.export_button.isEnabled()
    assert not tab.erase_button.isEnabled()
    unknown = cardcode.generate(lambda n: 11 % n)
    show_card(qtbot, page, unknown)
    assert tab.record is None
    assert "No visitor has this card code" in tab.message.text()


def test_erasure_needs_the_card_code_typed_again(page, qtbot, monkeypatch, services, hub):
    show_card(qtbot, page, NEW_CODE)
    tab = page.subject_tab
    prompts = typing(monkeypatch, "K7MXP-Q4TAC")  # another code
    qtbot.mouseClick(tab.erase_button, Qt.MouseButton.LeftButton)
    assert not page.working
    assert "Not erased" in tab.message.text()
    assert NEW_CODE in prompts[0]
    assert services.privacy.visitor_record(NEW_CODE).reference == NEW_CODE

    typing(monkeypatch, NEW_CODE.lower())  # case and dashes aside
    with qtbot.waitSignal(hub.visits_changed, timeout=30_000):
        qtbot.mouseClick(tab.erase_button, Qt.MouseButton.LeftButton)
        finish(qtbot, page)
    assert tab.message.property("kind") == "ok", tab.message.text()
    assert tab.record is None
    assert tab.summary.toPlainText() == ""
    assert tab.card_code.text() == ""
    with pytest.raises(ValidationError):
        services.privacy.visitor_record(NEW_CODE)
    assert [event.action for event in services.audit.events(limit=1)] == ["erasure_visitor"]


def test_a_volunteer_is_erased_after_typing_their_number(page, qtbot, monkeypatch, services, hub):
    page.show_tab(SUBJECT)
    tab = page.subject_tab
    tab.volunteer_choice.setChecked(True)
    tab.volunteer.setCurrentIndex(tab.volunteer.findData(ACTIVE))
    tab.show_record()
    assert tab.record is not None
    assert tab.record.subject_id == ACTIVE
    typing(monkeypatch, str(ACTIVE))
    with qtbot.waitSignal(hub.volunteers_changed, timeout=30_000):
        tab.erase()
        finish(qtbot, page)
    assert services.volunteers.get(ACTIVE) is None
    assert tab.volunteer.findData(ACTIVE) == -1


def test_the_erase_dialog_refuses_enter_before_the_code_matches(qtbot):
    dialog = EraseDialog("The visitor", NEW_CODE)
    qtbot.addWidget(dialog)
    assert not dialog.erase_button.isEnabled()
    dialog.typed.setText(NEW_CODE[:5])
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.typed.setText(NEW_CODE.replace("-", " "))
    assert dialog.erase_button.isEnabled()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


# -- backups -----------------------------------------------------------------------------------------

def test_back_up_now_adds_a_verified_row(page, qtbot, services):
    page.show_tab(BACKUPS)
    tab = page.backups_tab
    assert tab.model.rowCount() == 0
    assert tab.empty.isVisible()
    assert not tab.restore_button.isEnabled()
    page.tabs.tabBar().setFocus()
    qtbot.keyClick(page.tabs.tabBar(), Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    finish(qtbot, page)
    assert tab.message.property("kind") == "ok", tab.message.text()
    assert tab.model.rowCount() == 1
    assert not tab.empty.isVisible()
    model = tab.model
    assert model.data(model.index(0, model.REASON)) == "Taken by hand"
    assert model.data(model.index(0, model.VERIFIED)) == "yes, intact"
    assert len(services.backups.backups()) == 1


def test_restore_brings_back_the_data_of_the_backup(page, qtbot, services, hub, answer):
    page.show_tab(BACKUPS)
    tab = page.backups_tab
    tab.back_up_now()
    finish(qtbot, page)
    added = services.volunteers.save(Volunteer(id=None, display_name="Later Lena", joined_on=TODAY))
    tab.table.selectRow(0)
    assert tab.restore_button.isEnabled()
    with qtbot.waitSignal(page.restored, timeout=30_000) as restored, \
            qtbot.waitSignal(hub.shifts_changed, timeout=30_000):
        qtbot.mouseClick(tab.restore_button, Qt.MouseButton.LeftButton)
        finish(qtbot, page)
    assert "kept aside" in answer[0]
    assert "reloads" in answer[0]
    assert tab.message.property("kind") == "ok", tab.message.text()
    result = restored.args[0]
    assert result.set_aside.exists()
    assert services.volunteers.get(added.id) is None  # entered after the backup
    assert services.volunteers.get(ACTIVE) is not None
    assert tab.model.rowCount() == 2  # the copy taken before the restore is listed too


def test_a_refused_restore_file_is_explained(page, qtbot, tmp_path, monkeypatch, answer):
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kwargs: (str(junk), "")))
    page.show_tab(BACKUPS)
    tab = page.backups_tab
    qtbot.mouseClick(tab.restore_file_button, Qt.MouseButton.LeftButton)
    finish(qtbot, page)
    assert tab.message.property("kind") == "error"
    assert tab.backup_button.isEnabled()


def test_the_extra_backup_folder_is_chosen_and_cleared(page, qtbot, tmp_path, monkeypatch, services):
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *args, **kwargs: str(stick)))
    page.show_tab(BACKUPS)
    tab = page.backups_tab
    assert tab.extra_path.text() == ""
    assert not tab.clear_button.isEnabled()
    qtbot.mouseClick(tab.choose_button, Qt.MouseButton.LeftButton)
    assert services.backups.extra_dir() == stick
    assert tab.extra_path.text() == str(stick)
    tab.back_up_now()
    finish(qtbot, page)
    assert any(stick.iterdir())  # the copy went there too
    qtbot.mouseClick(tab.clear_button, Qt.MouseButton.LeftButton)
    assert services.backups.extra_dir() is None
    assert tab.extra_path.text() == ""


def test_a_missing_extra_folder_is_refused_inline(page, qtbot, tmp_path, monkeypatch, services):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *args, **kwargs: str(tmp_path / "pulled-out")))
    page.show_tab(BACKUPS)
    tab = page.backups_tab
    tab.choose_extra_dir()
    assert tab.extra_message.property("kind") == "error"
    assert services.backups.extra_dir() is None


def test_every_tab_fits_a_laptop_screen(page):
    page.resize(1176, 680)  # 1366 × 768 minus the sidebar and the window frame
    for index in range(page.tabs.count()):
        page.show_tab(index)
        tab = page.tabs.widget(index)
        assert tab.minimumSizeHint().height() <= 640, index
        assert tab.minimumSizeHint().width() <= 1176, index


def test_paths_in_messages_are_isolated_left_to_right(page, qtbot, services, answer):
    page.show_tab(BACKUPS)
    tab = page.backups_tab
    tab.back_up_now()
    finish(qtbot, page)
    tab.table.selectRow(0)
    tab.restore_selected()
    finish(qtbot, page)
    assert "\u2066" in tab.message.text()
    assert Path(services.backups.backups()[0].path).exists()
