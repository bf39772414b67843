"""The Directory page driven from the keyboard, with the database checked after every step."""

from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from welcome_point.domain.models import Organisation
from welcome_point.services.directory import DirectoryService
from welcome_point.ui.directory_page import EXAMPLE_BACKGROUND, DirectoryPage, OrganisationTableModel
from welcome_point.ui.hub import Hub
from welcome_point.ui.labels import ltr
from welcome_point.ui.organisation_dialog import OrganisationDialog

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def service(database):
    return DirectoryService(database)


@pytest.fixture
def page(qtbot, service):
    widget = DirectoryPage(service, Hub())
    qtbot.addWidget(widget)
    widget.resize(1186, 708)  # the page's share of a 1366x768 screen
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


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


def open_dialog(qtbot, page, key, modifier=Qt.KeyboardModifier.NoModifier, widget=None) -> OrganisationDialog:
    page.dialog = None
    press(qtbot, key, modifier, widget or page)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    dialog = page.dialog
    qtbot.waitUntil(lambda: dialog.isActiveWindow())
    return dialog


def names(service, include_archived=True):
    return [o.name for o in service.search(include_archived=include_archived)]


def test_empty_directory_says_what_to_do(page):
    assert page.views.currentIndex() == 1
    assert "No partner organisations yet" in page.empty.text()
    assert not page.edit_button.isEnabled()
    assert not page.details.isVisible()


def test_create_an_organisation_with_the_keyboard(qtbot, page, service):
    dialog = open_dialog(qtbot, page, Qt.Key.Key_N, CTRL)
    assert dialog.windowTitle() == "New partner organisation"
    assert focused() is dialog.name

    # Enter on an empty form: messages next to the fields, the dialog stays, nothing saved.
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.errors["name"].isVisible()
    assert dialog.errors["name"].text() == "The name is missing."
    assert dialog.errors["category"].text() == "The category is missing."
    assert names(service) == []

    type_into_focus(qtbot, "Tafel Düsseldorf")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.category
    type_into_focus(qtbot, "Comm")  # keyboard search in the closed combo box
    assert dialog.category.currentData() == "community"
    press(qtbot, Qt.Key.Key_Tab)
    type_into_focus(qtbot, "Markt 1, 40213 Düsseldorf")
    press(qtbot, Qt.Key.Key_Tab)
    type_into_focus(qtbot, "0211")  # too few digits
    for text in ("", "https://tafel.example", "Di, Do 10–13"):  # e-mail, website, opening hours
        press(qtbot, Qt.Key.Key_Tab)
        type_into_focus(qtbot, text)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.what_to_bring
    type_into_focus(qtbot, "Berechtigungsschein")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.topics
    press(qtbot, Qt.Key.Key_End)
    press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_Space)  # ticks "Donations"
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.languages
    press(qtbot, Qt.Key.Key_Space)  # ticks German, the first
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Space)  # and English
    press(qtbot, Qt.Key.Key_Return)

    assert dialog.isVisible()  # the phone number is refused, next to its field
    assert dialog.errors["phone"].isVisible()
    assert "is not a phone number" in dialog.errors["phone"].text()
    assert not dialog.errors["name"].isVisible()
    assert focused() is dialog.phone
    assert names(service) == []

    type_into_focus(qtbot, " 1234567")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    [saved] = service.search()
    assert saved == Organisation(
        id=saved.id, name="Tafel Düsseldorf", category="community", address="Markt 1, 40213 Düsseldorf",
        phone="0211 1234567", website="https://tafel.example", opening_hours="Di, Do 10–13",
        what_to_bring="Berechtigungsschein", topics=("donations",), languages=("de", "en"))
    assert page.model.rowCount() == 1
    assert page.selected() == saved
    assert "Tafel Düsseldorf" in page.details.toPlainText()


def test_edit_with_enter_and_clear_the_example_mark(qtbot, page, service):
    first = service.save(Organisation(id=None, name="Jobcenter Mitte (Beispiel)", category="authority",
                                      topics=("benefits",), is_example=True))
    service.save(Organisation(id=None, name="Sprachcafé", category="community"))
    page.refresh()
    assert page.model.data(page.model.index(0, OrganisationTableModel.STATUS)) == "Example – please check"
    assert page.model.data(page.model.index(0, OrganisationTableModel.STATUS),
                           Qt.ItemDataRole.BackgroundRole).color() == EXAMPLE_BACKGROUND

    press(qtbot, Qt.Key.Key_F, CTRL, page)
    assert focused() is page.search
    type_into_focus(qtbot, "jobcenter")
    assert page.proxy.rowCount() == 1
    press(qtbot, Qt.Key.Key_Return)  # from the search field into the list
    assert focused() is page.table
    assert page.selected().id == first.id

    dialog = open_dialog(qtbot, page, Qt.Key.Key_Return, widget=page.table)
    assert dialog.windowTitle() == "Edit partner organisation"
    assert dialog.name.text() == "Jobcenter Mitte (Beispiel)"
    assert dialog.example.isVisible()
    assert dialog.example.isChecked()
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # &Name
    assert focused() is dialog.name
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_into_focus(qtbot, "Jobcenter Düsseldorf – Mitte")
    dialog.example.setFocus()
    press(qtbot, Qt.Key.Key_Space)  # checked: no longer example data
    press(qtbot, Qt.Key.Key_Return, widget=dialog.name)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    saved = service.get(first.id)
    assert saved.name == "Jobcenter Düsseldorf – Mitte"
    assert not saved.is_example
    assert saved.topics == ("benefits",)
    assert page.model.data(page.model.index(page.model.row_of(first.id), OrganisationTableModel.STATUS)) == ""


def test_archive_asks_first_and_restore_brings_it_back(qtbot, page, service, monkeypatch):
    tafel = service.save(Organisation(id=None, name="Tafel", category="community"))
    page.refresh()
    questions = []
    answer = QMessageBox.StandardButton.No

    def question(parent, title, text, buttons, default):
        questions.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    page.table.setFocus()
    press(qtbot, Qt.Key.Key_Delete, widget=page.table)
    assert "Archive “Tafel”?" in questions[0]
    assert not service.get(tafel.id).archived

    answer = QMessageBox.StandardButton.Yes
    press(qtbot, Qt.Key.Key_Delete, widget=page.table)
    assert service.get(tafel.id).archived
    assert page.proxy.rowCount() == 0
    assert "archived" in page.empty.text()
    assert "1 archived not shown" in page.status.text()

    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier, page)  # Show &archived
    qtbot.waitUntil(page.show_archived.isChecked)  # a mnemonic clicks after a short animation
    assert page.proxy.rowCount() == 1
    assert page.model.data(page.model.index(0, OrganisationTableModel.STATUS)) == "Archived"
    assert page.archive_button.text() == "&Restore"
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert len(questions) == 2  # restoring needs no confirmation
    assert not service.get(tafel.id).archived


def write(path, text, encoding="utf-8"):
    path.write_bytes(text.encode(encoding))
    return path


def test_import_with_bad_rows_imports_nothing_then_a_good_file_imports_all(qtbot, page, service, monkeypatch,
                                                                          tmp_path):
    service.save(Organisation(id=None, name="Already here", category="other"))
    page.refresh()
    bad = write(tmp_path / "bad.csv", "Name;Kategorie;Telefon;Webseite\n"
                "Jobcenter;Behörde;0211 8922-0;https://jobcenter.example\n"
                ";Beratung;12;\n"
                "VHS;Sprachkurs;;\n"
                "Sprachcafé;Café;;www.sprachcafe.de\n"
                "Tafel;community;;\n")
    good = write(tmp_path / "good.csv", "name,category,topics,languages\n"
                 "Jobcenter,authority,benefits|work,de|en\nVHS,language_course,german_course,de\n")
    chosen = [str(bad)]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *args: (chosen[0], "")))
    told = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda parent, title, text: told.append(text)))

    press(qtbot, Qt.Key.Key_I, CTRL, page)
    qtbot.waitUntil(lambda: page.report_dialog is not None and page.report_dialog.isVisible())
    report = page.report_dialog
    assert "Nothing was imported: 2 of 5 rows have problems" in report.headline.text()
    table = report.table
    rows = [[table.item(row, column).text() for column in range(3)] for row in range(table.rowCount())]
    assert rows == [
        ["3", "Name", "The name is missing."],
        ["3", "Phone", "“12” is not a phone number: use digits, spaces and + / - ( ) only, at least 5 digits."],
        ["5", "Category", rows[2][2]],
        ["5", "Website", "“www.sprachcafe.de” is not a web address: it must start with http:// or https://."],
    ]
    assert rows[2][2].startswith("“Café” is not a known category.")
    assert names(service) == ["Already here"]
    assert page.import_button.isEnabled()
    press(qtbot, Qt.Key.Key_Escape, widget=report)
    assert not report.isVisible()

    page.activateWindow()  # a window manager gives the focus back; the offscreen platform needs asking
    qtbot.waitUntil(page.isActiveWindow)
    chosen[0] = str(good)
    press(qtbot, Qt.Key.Key_I, CTRL, page)
    qtbot.waitUntil(lambda: bool(told))
    assert told[0].startswith("2 organisation(s) imported.")
    assert names(service) == ["Already here", "Jobcenter", "VHS"]
    assert service.search("jobcenter")[0].topics == ("work", "benefits")
    assert page.model.rowCount() == 3


def test_a_file_that_is_no_directory_is_refused_with_advice(qtbot, page, service, monkeypatch, tmp_path):
    latin = write(tmp_path / "latin.csv", "name;category\nSprachcafé;community\n", "latin-1")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *args: (str(latin), "")))
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text: warnings.append(text)))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(warnings))
    assert "Line 2 is not UTF-8 text" in warnings[0]
    assert "Nothing was imported." in warnings[0]
    assert names(service) == []


def test_cancelled_file_dialogs_change_nothing(qtbot, page, service, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *args: ("", "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args: ("", "")))
    press(qtbot, Qt.Key.Key_I, CTRL, page)
    press(qtbot, Qt.Key.Key_E, CTRL, page)
    assert not page.progress.isVisible()
    assert names(service) == []


def test_export_writes_a_file_that_imports_again(qtbot, page, service, monkeypatch, tmp_path):
    service.save(Organisation(id=None, name="Refugee Law Clinic", category="legal_aid", phone="+49 211 555 0012",
                              topics=("residence",), languages=("de", "fr"), is_example=True))
    target = tmp_path / "directory"  # no suffix typed: .csv is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args: (str(target), "")))
    press(qtbot, Qt.Key.Key_E, CTRL, page)
    qtbot.waitUntil(lambda: "exported" in page.status.text())
    path = tmp_path / "directory.csv"
    assert "1 organisation(s) exported" in page.status.text()
    from welcome_point.services.directory import read_directory_file

    parsed = read_directory_file(path)
    assert parsed.ok
    assert [o.phone for o in parsed.organisations] == ["+49 211 555 0012"]


def test_demo_directory_shows_every_entry_as_example_to_check(qtbot, demo_database):
    page = DirectoryPage(DirectoryService(demo_database), Hub())  # reads only
    qtbot.addWidget(page)
    assert page.model.rowCount() == 18
    statuses = {page.model.data(page.model.index(row, OrganisationTableModel.STATUS))
                for row in range(page.model.rowCount())}
    assert statuses == {"Example – please check"}


def test_counts_are_written_in_the_digits_of_the_window_language(qtbot, page, service):
    for number in range(11):
        service.save(Organisation(id=None, name=f"Beratung {number}", category="other"))
    gone = service.save(Organisation(id=None, name="Geschlossen", category="other"))
    service.archive(gone.id, True)
    page.refresh()
    assert page.status.text() == "11 of 11 organisations shown · 1 archived not shown"

    previous = QLocale()
    QLocale.setDefault(QLocale("ar_EG"))
    try:
        page.refresh()
        arabic = page.status.text()
        page.show_archived.setChecked(True)
        with_archived = page.status.text()
    finally:
        QLocale.setDefault(previous)
    assert arabic == "١١ of ١١ organisations shown · ١ archived not shown"
    assert with_archived == "١٢ of ١٢ organisations shown"


def test_ltr_isolates_paths_and_numbers_and_leaves_nothing_as_nothing():
    assert ltr("+49 211 555") == "\u2066+49 211 555\u2069"
    assert ltr("") == ""


@pytest.mark.parametrize(("job", "outcome"), [("import", "done"), ("import", "failed"),
                                              ("export", "done"), ("export", "failed")])
def test_a_result_arriving_after_the_page_is_gone_is_ignored(qtbot, service, monkeypatch, tmp_path, job,
                                                             outcome):
    """A language switch rebuilds the window while a file is read or written: the old page is deleted."""
    page = DirectoryPage(service, Hub())
    release = threading.Event()

    def slow(path):
        release.wait(5)
        if outcome == "failed":
            raise OSError(13, "Permission denied")
        return 0 if job == "export" else service.import_csv(path)

    file = write(tmp_path / "in.csv", "name;category\nTafel;community\n")
    if job == "import":
        monkeypatch.setattr(service, "import_csv", slow)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *args: (str(file), "")))
    else:
        monkeypatch.setattr(service, "export_csv", slow)
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            staticmethod(lambda *args: (str(tmp_path / "out.csv"), "")))
    shown = []
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(lambda *args: shown.append(args)))

    (page.import_csv if job == "import" else page.export_csv)()
    runner = page._runner
    assert runner.pending == 1
    shiboken6.delete(page)
    release.set()
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=5000)
    QApplication.processEvents()
    assert shown == []  # nothing shown, and no error from a deleted widget (pytest-qt reports those)
