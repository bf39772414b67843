from __future__ import annotations

import dataclasses
import io
import time
import unicodedata
from datetime import date

import pypdf
import pytest

from welcome_point.documents.pdf_fonts import TextStyle, shape_line, visual_order, wrap
from welcome_point.documents.referral_slip import (
    ReferralSlip,
    SlipLabels,
    referral_slip_pdf,
    slip_qr_text,
    write_referral_slip,
)
from welcome_point.domain.errors import ValidationError
from welcome_point.domain.models import Organisation

GERMAN = SlipLabels("de", "Weitervermittlung", "Organisation", "Adresse", "Öffnungszeiten", "Telefon", "Thema",
                    "Bitte mitbringen", "Wohnen", "Ausgestellt von", "Für die Adresse scannen")
ARABIC = SlipLabels("ar", "إحالة", "المنظمة", "العنوان", "ساعات العمل", "الهاتف", "الموضوع", "ما يجب إحضاره",
                    "السكن", "صادرة عن", "امسح الرمز للحصول على العنوان")
FARSI = SlipLabels("fa", "ارجاع", "سازمان", "نشانی", "ساعات کاری", "تلفن", "موضوع", "چه چیزی همراه بیاورید",
                   "مسکن", "صادر شده توسط", "برای نشانی اسکن کنید")
UKRAINIAN = SlipLabels("uk", "Направлення", "Організація", "Адреса", "Години роботи", "Телефон", "Тема",
                       "Що взяти з собою", "Житло", "Видано", "Скануйте, щоб отримати адресу")
TURKISH = SlipLabels("tr", "Yönlendirme", "Kurum", "Adres", "Çalışma saatleri", "Telefon", "Konu",
                     "Yanınızda getirin", "Konut", "Düzenleyen", "Adres için tarayın")
TIGRINYA = SlipLabels("ti", "ምልኣኽ", "ትካል", "ኣድራሻ", "ሰዓታት ስራሕ", "ቴሌፎን", "ኣርእስቲ", "ዘምጽእዎ", "ገዛ", "ዝሃበ",
                      "ንኣድራሻ ስካን ግበሩ")

CARITAS = Organisation(
    None, "Caritas Migrationsberatung Berlin-Mitte", "counselling",
    address="Residenzstraße 90\n13409 Berlin (Hinterhaus, 2. OG)", phone="+49 30 666 33 1234",
    opening_hours="Mo–Do 9–12 Uhr und 13–16 Uhr, Fr 9–12 Uhr",
    what_to_bring="Ausweis oder Duldung, Mietvertrag, letzte Bescheide vom Jobcenter",
)


def make_slip(*columns: SlipLabels, organisation: Organisation = CARITAS, issued_on: date = date(2025, 11, 25),
              ) -> ReferralSlip:
    return ReferralSlip("Welcome Point Moabit", "Turmstraße 21, 10559 Berlin", "Di und Do 10–16 Uhr",
                        organisation, issued_on, columns)


def pdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def lines_of(data: bytes) -> list[str]:
    return [line.strip() for line in unicodedata.normalize("NFKC", pdf_text(data)).splitlines()]


def font_names(data: bytes) -> set[str]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    return {str(font.get_object()["/BaseFont"]).split("+")[-1] for font in fonts.values()}


def test_the_slip_is_one_a5_landscape_page():
    reader = pypdf.PdfReader(io.BytesIO(referral_slip_pdf(make_slip(GERMAN, ARABIC))))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == (210, 148)


def test_arabic_is_shaped_and_extracts_in_logical_order():
    data = referral_slip_pdf(make_slip(GERMAN, ARABIC))
    raw = pdf_text(data)
    # Joined letters are contextual glyphs: HarfBuzz shaped the text (Arabic Presentation Forms).
    assert any(0xFB50 <= ord(c) <= 0xFEFF for c in raw)
    lines = lines_of(data)
    for label in ("إحالة", "المنظمة", "العنوان", "ساعات العمل", "الهاتف", "الموضوع", "ما يجب إحضاره", "السكن",
                  "صادرة عن", "امسح الرمز للحصول على العنوان"):
        assert label in lines
    assert "NotoSansArabic-Regular" in font_names(data)
    assert "NotoSansArabic-Bold" in font_names(data)


def test_farsi_is_shaped_and_extracts_in_logical_order():
    lines = lines_of(referral_slip_pdf(make_slip(GERMAN, FARSI)))
    for label in ("ارجاع", "ساعات کاری", "چه چیزی همراه بیاورید", "مسکن"):
        assert label in lines


def test_the_organisation_is_shown_as_stored_in_both_columns():
    lines = lines_of(referral_slip_pdf(make_slip(GERMAN, ARABIC)))
    for value in ("Caritas Migrationsberatung Berlin-Mitte", "Residenzstraße 90", "13409 Berlin (Hinterhaus, 2. OG)",
                  "Mo–Do 9–12 Uhr und 13–16 Uhr, Fr 9–12 Uhr", "+49 30 666 33 1234"):
        assert lines.count(value) == 2, value
    # Text in the Arabic column keeps its own direction: the phone number is not reversed.
    assert "1234 33 666 30 +49" not in lines


@pytest.mark.parametrize("labels", [UKRAINIAN, TURKISH], ids=["uk", "tr"])
def test_cyrillic_and_turkish_extract_as_given(labels):
    text = pdf_text(referral_slip_pdf(make_slip(GERMAN, labels)))
    lines = [line.strip() for line in text.splitlines()]
    for label in (labels.title, labels.organisation, labels.address, labels.opening_hours, labels.topic,
                  labels.what_to_bring, labels.topic_name, labels.issued_by, labels.scan_hint):
        assert label in lines
    assert "Weitervermittlung" in lines


def test_tigrinya_uses_the_ethiopic_font():
    data = referral_slip_pdf(make_slip(GERMAN, TIGRINYA))
    assert "NotoSansEthiopic-Regular" in font_names(data)
    lines = lines_of(data)
    assert "ምልኣኽ" in lines
    assert "ሰዓታት ስራሕ" in lines


def test_fields_without_data_are_left_out():
    bare = Organisation(None, "Stadtteilmütter", "counselling", address="Turmstraße 5, 10559 Berlin")
    lines = lines_of(referral_slip_pdf(make_slip(GERMAN, ARABIC, organisation=bare)))
    assert "Adresse" in lines
    assert "العنوان" in lines
    for absent in ("Telefon", "Bitte mitbringen", "الهاتف", "ما يجب إحضاره"):
        assert absent not in lines


def test_a_german_visitor_gets_one_column():
    for columns in ((GERMAN,), (GERMAN, GERMAN)):
        lines = lines_of(referral_slip_pdf(make_slip(*columns)))
        assert lines.count("Weitervermittlung") == 1
        assert lines.count("Residenzstraße 90") == 1
        assert lines.count("Für die Adresse scannen") == 1


def test_a_slip_holds_at_most_two_languages():
    with pytest.raises(ValidationError):
        make_slip(GERMAN, ARABIC, TURKISH)
    with pytest.raises(ValidationError):
        make_slip()


def test_the_slip_carries_nothing_about_the_visitor():
    assert {f.name for f in dataclasses.fields(ReferralSlip)} == {
        "site_name", "site_address", "site_opening_hours", "organisation", "issued_on", "columns"}


def test_the_qr_code_holds_name_and_address():
    assert slip_qr_text(CARITAS) == "Caritas Migrationsberatung Berlin-Mitte\nResidenzstraße 90\n13409 Berlin (Hinterhaus, 2. OG)"
    no_address = Organisation(None, "Telefonberatung", "counselling", phone="0800 123")
    assert slip_qr_text(no_address) == ""
    lines = lines_of(referral_slip_pdf(make_slip(GERMAN, ARABIC, organisation=no_address)))
    assert "Für die Adresse scannen" not in lines
    assert "امسح الرمز للحصول على العنوان" not in lines


def test_the_issuing_welcome_point_and_date_are_in_the_footer():
    lines = lines_of(referral_slip_pdf(make_slip(GERMAN, TURKISH)))
    assert lines.count("Welcome Point Moabit") == 2
    assert lines.count("Turmstraße 21, 10559 Berlin") == 2
    assert lines.count("25.11.2025") == 2


def test_texts_at_their_maximum_length_stay_on_the_page():
    longest = Organisation(
        None, ("Beratungsstelle für Wohnungsnotfälle " * 6)[:200], "counselling",
        address=("Teltower Damm 118–122, Aufgang C, 14167 Berlin-Zehlendorf " * 6)[:300], phone="0" * 40,
        opening_hours=("Montag bis Donnerstag 9:00–12:30 Uhr und 14:00–17:30 Uhr; " * 6)[:300],
        what_to_bring=("Personalausweis, Reisepass oder Aufenthaltstitel, Mietvertrag, " * 9)[:500])
    data = referral_slip_pdf(make_slip(GERMAN, ARABIC, organisation=longest))
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    lines = lines_of(data)
    assert lines[0] == "Weitervermittlung"
    assert any(line.endswith("...") for line in lines)  # "…" after NFKC: cut short rather than drawn off the paper
    assert "إحالة" in lines


def test_the_same_slip_gives_the_same_bytes():
    first = referral_slip_pdf(make_slip(GERMAN, ARABIC))
    assert referral_slip_pdf(make_slip(GERMAN, ARABIC)) == first
    assert referral_slip_pdf(make_slip(GERMAN, ARABIC, issued_on=date(2025, 11, 26))) != first


def test_a_slip_is_quick_once_the_fonts_are_loaded():
    referral_slip_pdf(make_slip(GERMAN, FARSI))
    started = time.perf_counter()
    referral_slip_pdf(make_slip(GERMAN, ARABIC, issued_on=date(2025, 12, 1)))
    # Typically 20-40 ms; the bound leaves room for a busy test machine.
    assert time.perf_counter() - started < 0.5


def test_writing_replaces_the_file_atomically(tmp_path):
    target = tmp_path / "slip.pdf"
    assert write_referral_slip(make_slip(GERMAN, ARABIC), target) == target
    assert target.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == ["slip.pdf"]


def test_a_missing_folder_fails_without_leaving_files(tmp_path):
    with pytest.raises(FileNotFoundError):
        write_referral_slip(make_slip(GERMAN, ARABIC), tmp_path / "gone" / "slip.pdf")
    assert list(tmp_path.iterdir()) == []


def test_a_failed_write_keeps_the_old_file_and_no_temporary_file(tmp_path, monkeypatch):
    target = tmp_path / "slip.pdf"
    target.write_bytes(b"old")

    def disk_full(_descriptor):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("welcome_point.documents.atomic.os.fsync", disk_full)
    with pytest.raises(OSError, match="No space"):
        write_referral_slip(make_slip(GERMAN, ARABIC), target)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["slip.pdf"]


# --- the text engine under the slip ----------------------------------------------------------

def rev(text: str) -> str:
    return text[::-1]


@pytest.mark.parametrize(("text", "rtl", "expected"), [
    ("Hauptstraße 5", False, "Hauptstraße 5"),
    ("ما يجب إحضاره", True, rev("ما يجب إحضاره")),
    # A German address inside an Arabic line stays left to right, and left of the Arabic label.
    ("العنوان: Hauptstraße 5", True, "Hauptstraße 5 :" + rev("العنوان")),
    # Numbers read left to right; in a right-to-left line the ranges follow each other leftwards.
    ("ساعات 10:00 - 18:00", True, "18:00 - 10:00 " + rev("ساعات")),
    # Brackets are mirrored where they are right to left, not where they are left to right.
    ("الموضوع (السكن)", True, "(" + rev("السكن") + ") " + rev("الموضوع")),
    ("Wohnen (السكن) und mehr", False, "Wohnen (" + rev("السكن") + ") und mehr"),
    ("الطابق 2", True, "2 " + rev("الطابق")),
    ("+49 30 1234", False, "+49 30 1234"),
])
def test_bidirectional_order(text, rtl, expected):
    assert visual_order(text, rtl) == expected


def test_arabic_runs_are_joined_and_latin_runs_are_not_ligated():
    line = shape_line("العنوان: Hauptstraße 5", 10, False, True)
    assert [run.font for run in line.runs] == ["WelcomePoint-DejaVuSans", "WelcomePoint-NotoSansArabic"]
    latin, arabic = (run.text for run in line.runs)
    assert latin == "Hauptstraße 5"  # no "ﬆ" ligature in German words
    assert unicodedata.normalize("NFKC", arabic) == " :" + rev("العنوان")
    assert arabic != " :" + rev("العنوان")  # contextual forms, not isolated letters


def test_wrapping_breaks_in_logical_order_and_fits():
    style = TextStyle(10)
    text = "ما يجب إحضاره " * 6
    lines = wrap(text, style, 120)
    assert len(lines) > 1
    assert all(line.width <= 120 for line in lines)
    assert " ".join(line.logical for line in lines) == text.strip()  # the first words on the first line
    assert all(line.rtl for line in lines)
    long_word = wrap("https://example.org/" + "x" * 80, style, 100)
    assert all(line.width <= 100 for line in long_word)
    assert "".join(line.logical for line in long_word) == "https://example.org/" + "x" * 80
