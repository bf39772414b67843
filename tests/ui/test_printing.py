"""Slips and cards from a saved visit, through the service, the documents and the label translators."""

from __future__ import annotations

import unicodedata
from datetime import datetime

import pytest
from pypdf import PdfReader

from tests.conftest import DEMO_TODAY
from welcome_point.domain import cardcode
from welcome_point.domain.desk import ReferralChoice, VisitForm
from welcome_point.domain.models import Organisation
from welcome_point.services.desk import DeskService
from welcome_point.services.printouts import PrintoutService
from welcome_point.storage.bulk import Dataset, write_dataset
from welcome_point.ui.printing import LabelLanguage, Printer, label_languages

NOW = datetime(2026, 11, 25, 12, 0)


@pytest.fixture
def setup(qtbot, database, tmp_path):
    from PySide6.QtWidgets import QWidget

    with database.write() as session:
        write_dataset(session, Dataset(organisations=(Organisation(
            id=1, name="Mieterverein Düsseldorf", category="legal_aid", address="Oststraße 47, 40211 Düsseldorf",
            phone="+49 211 555 0101", opening_hours="Di, Do 15–18", what_to_bring="Mietvertrag",
            topics=("housing",)),)))
    desk = DeskService(database, lambda: NOW)
    desk.update_site("Welcome Point Hbf", "Bahnhofsplatz 1", "Mo–Fr 10–16")
    opened: list[str] = []
    parent = QWidget()
    qtbot.addWidget(parent)
    printer = Printer(PrintoutService(database, tmp_path / "printouts", lambda: NOW), desk.site, parent,
                      opener=lambda url: opened.append(url.toLocalFile()) or True)
    return desk, printer, opened


def text_of(path: str) -> str:
    reader = PdfReader(path)
    return unicodedata.normalize("NFKC", "\n".join(page.extract_text() for page in reader.pages))


def test_slip_for_an_arabic_speaking_visitor(setup) -> None:
    desk, printer, opened = setup
    saved = desk.save_visit(VisitForm(language="ar", topics=("housing",), arrived_at=NOW,
                                      referrals=(ReferralChoice(1, "housing"),)))
    printer.referral_slips(saved.referral_ids)
    assert len(opened) == 1
    text = text_of(opened[0])
    assert "Oststraße 47, 40211 Düsseldorf" in text
    assert "Welcome Point Hbf" in text
    arabic = LabelLanguage("ar")
    assert arabic.language == "ar"
    # The Arabic label reads in logical order in the extracted text (shaped forms normalised).
    address_label = arabic.text("Printout", "Address")
    assert address_label != "Address", "the Arabic translation of the slip labels is missing"
    assert address_label in text
    assert LabelLanguage("de").text("Printout", "Address") in text


def test_visitor_language_without_our_translation_gets_english_labels() -> None:
    assert [lang.language for lang in label_languages("ti")] == ["de", "en"]
    assert [lang.language for lang in label_languages("de")] == ["de"]
    assert [lang.language for lang in label_languages(None)] == ["de"]


def test_card_carries_the_code_and_the_site(setup) -> None:
    _desk, printer, opened = setup
    code = cardcode.generate()
    printer.visitor_cards([code], "uk")
    text = text_of(opened[0])
    assert code in text.replace(" ", "")
    assert "Welcome Point Hbf" in text
    assert "Mo–Fr 10–16" in text
    assert printer.last_written[0].stat().st_mode & 0o077 == 0  # card codes: private file
    assert printer.last_written[0].parent.stat().st_mode & 0o077 == 0


def test_desk_flow_ends_with_a_slip_in_the_visitors_language(qtbot, setup, database) -> None:
    """From the keyboard at the desk to the printed slip, over the real database and PDF writer."""
    from PySide6.QtCore import Qt

    from welcome_point.services.directory import DirectoryService
    from welcome_point.ui.desk_page import DeskPage
    from welcome_point.ui.hub import Hub

    desk, printer, opened = setup
    page = DeskPage(desk, DirectoryService(database).suggest, Hub(), printer)
    qtbot.addWidget(page)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    qtbot.keyClick(page, Qt.Key.Key_F6)  # anonymous
    qtbot.keyClick(page.form.topics, "2")  # housing
    qtbot.keyClick(page.form.topics, Qt.Key.Key_Tab)
    qtbot.keyClicks(page.form.referral, "mieter")
    qtbot.keyClick(page.form.referral, Qt.Key.Key_Return)
    page.form.language.setFocus()
    # Typed in its own script (through the input method: QTest types ASCII keys only).
    page.form.language.lineEdit().insert("فارس")
    qtbot.keyClick(page.form.language.lineEdit(), Qt.Key.Key_Return)
    qtbot.keyClick(page.form.language, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.notice.slip.isVisible()
    qtbot.mouseClick(page.notice.slip, Qt.MouseButton.LeftButton)
    text = text_of(opened[-1])
    assert "Oststraße 47, 40211 Düsseldorf" in text
    # The zero-width non-joiner shapes the word; it is no glyph, and the extraction sees a gap.
    assert LabelLanguage("fa").text("Printout", "Referral").replace("\u200c", " ") in text
    assert LabelLanguage("fa").text("Printout", "Address") in text


@pytest.mark.demo
def test_rosters_certificates_and_calendars_from_the_window(qtbot, demo_database, tmp_path, monkeypatch) -> None:
    from datetime import date, timedelta

    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

    from welcome_point.services.container import build_services

    services = build_services(demo_database, tmp_path)
    parent = QWidget()
    qtbot.addWidget(parent)
    opened: list[str] = []
    printer = Printer(services.printouts, services.desk.site, parent,
                      opener=lambda url: opened.append(url.toLocalFile()) or True,
                      certificates=services.certificates, shifts=services.shifts, language="de",
                      today=lambda: DEMO_TODAY)
    printer.roster(date(2026, 11, 16), date(2026, 11, 22), public=True)
    public = text_of(opened[-1])
    assert "+49" not in public
    assert "10:00" in public
    printer.roster(date(2026, 11, 16), date(2026, 11, 22), public=False)
    assert "+49" in text_of(opened[-1])

    volunteer = services.volunteers.search()[0]
    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *args: (2026, True)))
    printer.ask_certificate(volunteer.id)
    certificate = text_of(opened[-1])
    assert volunteer.display_name in certificate
    assert "Ehrenamtsnachweis" in certificate  # a German document, whatever the window's language
    assert "Prüfcode" in certificate

    target = tmp_path / "shifts.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args: (str(target), "")))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *args: None))
    soon = DEMO_TODAY + timedelta(days=92)
    busy = next(v for v in services.volunteers.search() if services.shifts.volunteer_shifts(v.id, DEMO_TODAY, soon))
    printer.ask_calendar(busy.id)
    calendar = target.read_text(encoding="utf-8")
    assert calendar.startswith("BEGIN:VCALENDAR")
    assert "BEGIN:VEVENT" in calendar
