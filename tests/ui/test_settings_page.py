"""The Settings page's security and record-of-processing groups, over the real services."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from tests.ui.test_privacy_page import full_services
from welcome_point.domain.access import Principal, Role
from welcome_point.domain.models import Site
from welcome_point.domain.privacy import RetentionPolicy
from welcome_point.storage.bulk import Dataset, write_dataset
from welcome_point.ui.settings_page import SettingsPage


@pytest.fixture
def services(database, data_dir):
    with database.write() as session:
        write_dataset(session, Dataset(sites=(Site(id=1, code="WP-T", name="Welcome Point Teststadt",
                                                   address="Bahnhofstraße 1, 40210 Düsseldorf"),)))
    return full_services(database, data_dir)


@pytest.fixture
def page(qtbot, services):
    widget = SettingsPage("en")
    qtbot.addWidget(widget)
    widget.resize(1176, 700)
    widget.use_privacy(services.auth, services.privacy)
    widget.show()
    return widget


def test_before_the_database_is_open_the_groups_wait(qtbot):
    page = SettingsPage("en")
    qtbot.addWidget(page)
    page.show()
    assert not page.security_box.isEnabled()
    assert not page.processing_box.isEnabled()
    assert page.processing_box.plain_text() == ""
    assert not page.site_box.isEnabled()  # the groups that were there before are unchanged


def test_the_auto_lock_minutes_are_read_and_saved(page, services, qtbot):
    assert page.lock_minutes.value() == 10
    page.lock_minutes.setValue(25)
    with qtbot.waitSignal(page.lock_minutes_changed) as changed:
        qtbot.mouseClick(page.lock_save, Qt.MouseButton.LeftButton)
    assert changed.args == [25]
    assert services.auth.lock_minutes() == 25
    assert page.lock_message.text() == "Saved."
    assert "25 minutes" in page.processing_box.plain_text()  # the record quotes it


def test_a_volunteer_may_not_change_the_lock_time(page, services, qtbot):
    services.access.sign_in(Principal(7, Role.VOLUNTEER))
    page.lock_minutes.setValue(3)
    qtbot.mouseClick(page.lock_save, Qt.MouseButton.LeftButton)
    services.access.sign_in(Principal(None, Role.ADMIN))
    assert services.auth.lock_minutes() == 10
    assert "staff" in page.lock_message.text()


def test_the_record_of_processing_is_shown_with_every_activity(page):
    text = page.processing_box.plain_text()
    assert "Record of processing activities (GDPR Art. 30)" in text
    assert "Welcome Point Teststadt" in text  # the controller
    assert "Bahnhofstraße 1" in text
    for caption in ("Purpose:", "Data subjects:", "Categories of data:", "Recipients:", "Retention:"):
        assert text.count(caption) == 4, caption  # desk, volunteers, accounts, reports
    assert "Card code (pseudonym on the visitor's card)" in text
    assert "erased 24 months after their last visit" in text
    assert "erased 12 months after they left" in text
    assert "Technical and organisational measures" in text
    assert "argon2id" in text
    assert "Card code (pseudonym" in page.processing_box.view.toPlainText()


def test_the_record_follows_a_changed_policy(page, services):
    services.privacy.set_policy(RetentionPolicy(visitor_months=6, volunteer_months=3))
    assert "erased 24 months" in page.processing_box.plain_text()  # as generated before
    page.hide()
    page.show()  # coming back to the page generates it again
    text = page.processing_box.plain_text()
    assert "erased 6 months after their last visit" in text
    assert "erased 3 months after they left" in text


def test_the_record_names_a_renamed_welcome_point(page, services):
    page.use_site(services.desk.site(), services.desk.update_site)
    page.site_name.setText("Welcome Point Neustadt")
    page._save_site()
    assert "Welcome Point Neustadt" in page.processing_box.plain_text()


def test_copy_puts_the_text_on_the_clipboard(page, qtbot):
    qtbot.mouseClick(page.processing_box.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == page.processing_box.plain_text()
    assert page.processing_box.message.text() == "Copied."


@pytest.mark.parametrize(("name", "kind"), [("record.txt", "Text file (*.txt)"),
                                            ("record", "Text file (*.txt)"),
                                            ("record.pdf", "PDF document (*.pdf)")])
def test_save_writes_text_or_pdf(page, qtbot, tmp_path, monkeypatch, name, kind):
    target = tmp_path / name
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(target), kind)))
    qtbot.mouseClick(page.processing_box.save_button, Qt.MouseButton.LeftButton)
    written = target if target.suffix else target.with_suffix(".txt")
    assert written.exists()
    if written.suffix == ".pdf":
        assert written.read_bytes().startswith(b"%PDF")
        from pypdf import PdfReader

        text = " ".join(" ".join(page_.extract_text() for page_ in PdfReader(str(written)).pages).split())
        assert "Record of processing activities" in text
        assert "Welcome Point Teststadt" in text
    else:
        assert written.read_text("utf-8") == page.processing_box.plain_text()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary file left
    assert page.processing_box.message.property("kind") == "ok"


def test_a_failed_save_is_explained(page, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "missing" / "record.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(target), "Text file (*.txt)")))
    page.processing_box.save()
    assert page.processing_box.message.property("kind") == "error"
    assert not Path(target).exists()


def test_a_volunteer_account_sees_why_the_record_is_missing(qtbot, services):
    services.access.sign_in(Principal(7, Role.VOLUNTEER))
    page = SettingsPage("en")
    qtbot.addWidget(page)
    page.use_privacy(services.auth, services.privacy)
    page.show()
    assert "may not do this" in page.processing_box.message.text()
    assert not page.processing_box.save_button.isEnabled()
