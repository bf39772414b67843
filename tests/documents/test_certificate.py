from __future__ import annotations

import dataclasses
import io
import unicodedata
from datetime import date, timedelta

import pypdf
import pytest

from welcome_point.documents.certificate import (
    CERTIFICATE_LABELS_EN,
    Certificate,
    certificate_pdf,
    format_hours,
    write_certificate,
)
from welcome_point.domain.errors import ValidationError


def make_certificate(**changes: object) -> Certificate:
    certificate = Certificate(
        volunteer_name="Anna Becker", first=date(2026, 1, 1), last=date(2026, 12, 31), shifts=48,
        hours=timedelta(hours=142, minutes=30), estimated_shifts=3, activities=("Empfang", "Dolmetschen"),
        place="Düsseldorf", issued_on=date(2027, 1, 15), verification_code="WP-7KQ2M-X9RT4",
        site_name="Welcome Point Düsseldorf-Oberbilk", site_address="Kölner Straße 100, 40227 Düsseldorf",
        ehrenamtskarte="Voraussetzung erfüllt: mindestens 250 Stunden im Jahr oder 5 Stunden in der Woche.",
        signer="Miriam Schulte, Koordination")
    return dataclasses.replace(certificate, **changes)  # type: ignore[arg-type]


def pdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    return unicodedata.normalize("NFKC", "\n".join(page.extract_text() for page in reader.pages))


def joined(text: str) -> str:
    """The text with line breaks as spaces: a wrapped sentence reads as one."""
    return " ".join(text.split())


def test_the_certificate_is_one_a4_portrait_page():
    reader = pypdf.PdfReader(io.BytesIO(certificate_pdf(make_certificate())))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == (210, 297)


def test_the_certificate_holds_everything_it_certifies():
    text = pdf_text(certificate_pdf(make_certificate()))
    lines = [line.strip() for line in text.splitlines()]
    for expected in ("Ehrenamtsnachweis", "Hiermit bestätigen wir die ehrenamtliche Mitarbeit von", "Anna Becker",
                     "Zeitraum", "01.01.2026 – 31.12.2026", "Einsätze", "48", "Stunden", "142,5", "Tätigkeiten",
                     "Empfang, Dolmetschen", "Ehrenamtskarte NRW", "Düsseldorf, 15.01.2027", "Ort, Datum",
                     "Unterschrift, Stempel", "Miriam Schulte, Koordination", "Prüfcode", "WP-7KQ2M-X9RT4",
                     "Welcome Point Düsseldorf-Oberbilk", "Kölner Straße 100, 40227 Düsseldorf"):
        assert expected in lines, expected
    flowing = joined(text)
    assert "Voraussetzung erfüllt: mindestens 250 Stunden im Jahr oder 5 Stunden in der Woche." in flowing
    assert "Bei 3 Einsätzen wurde keine Ankunfts- oder Gehzeit erfasst" in flowing


@pytest.mark.parametrize(("hours", "shown"), [
    (timedelta(hours=142, minutes=30), "142,5"),
    (timedelta(hours=10), "10"),
    (timedelta(hours=3, minutes=10), "3,17"),
    (timedelta(minutes=45), "0,75"),
    (timedelta(0), "0"),
])
def test_the_hours_given_are_printed(hours, shown):
    assert format_hours(hours) == shown
    lines = [line.strip() for line in pdf_text(certificate_pdf(make_certificate(hours=hours))).splitlines()]
    assert shown in lines


def test_no_note_when_all_hours_come_from_check_in_and_out():
    text = joined(pdf_text(certificate_pdf(make_certificate(estimated_shifts=0))))
    assert "keine Ankunfts- oder Gehzeit" not in text


def test_an_english_certificate():
    text = pdf_text(certificate_pdf(make_certificate(labels=CERTIFICATE_LABELS_EN, activities=("Desk",),
                                                     ehrenamtskarte="Threshold not met (250 hours a year).")))
    lines = [line.strip() for line in text.splitlines()]
    for expected in ("Volunteer certificate", "Period", "Shifts", "Hours", "142.5", "Desk", "Verification code",
                     "Place, date", "Threshold not met (250 hours a year)."):
        assert expected in lines, expected
    assert "For 3 shifts no arrival or departure time was recorded" in joined(text)


def test_optional_lines_are_left_out():
    text = pdf_text(certificate_pdf(make_certificate(ehrenamtskarte="", activities=(), signer="")))
    assert "Ehrenamtskarte NRW" not in text
    assert "Tätigkeiten" not in text
    assert "Miriam" not in text


def test_the_qr_code_is_drawn():
    data = certificate_pdf(make_certificate())
    # Vector modules: many small filled rectangles in the page's content stream.
    content = pypdf.PdfReader(io.BytesIO(data)).pages[0].get_contents().get_data()
    assert content.count(b" re") > 100
    other = certificate_pdf(make_certificate(verification_code="WP-OTHER-CODE"))
    assert other != data


def test_long_texts_stay_on_one_page():
    text = pdf_text(certificate_pdf(make_certificate(
        volunteer_name="Maximiliane-Charlotte Friederike von Hohenzollern-Sigmaringen-Oberbilk " * 2,
        activities=tuple(f"Tätigkeit Nummer {i} mit langem Namen" for i in range(12)),
        site_address="Sehr lange Straße mit einem langen Namen 123, Hinterhaus, 3. OG, 40227 Düsseldorf " * 3,
        ehrenamtskarte="Ein sehr langer Hinweis zur Ehrenamtskarte. " * 8)))
    assert "Ehrenamtsnachweis" in text
    assert "WP-7KQ2M-X9RT4" in text


def test_bad_figures_are_refused():
    with pytest.raises(ValidationError):
        make_certificate(volunteer_name=" ")
    with pytest.raises(ValidationError):
        make_certificate(last=date(2025, 12, 31))
    with pytest.raises(ValidationError):
        make_certificate(estimated_shifts=49)
    with pytest.raises(ValidationError):
        make_certificate(hours=timedelta(hours=-1))
    with pytest.raises(ValidationError):
        make_certificate(verification_code="")


def test_the_same_certificate_gives_the_same_bytes():
    first = certificate_pdf(make_certificate())
    assert certificate_pdf(make_certificate()) == first
    assert certificate_pdf(make_certificate(issued_on=date(2027, 1, 16))) != first


def test_writing_is_atomic(tmp_path, monkeypatch):
    target = tmp_path / "nachweis.pdf"
    assert write_certificate(make_certificate(), target) == target
    assert target.read_bytes() == certificate_pdf(make_certificate())

    def disk_full(_descriptor):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("welcome_point.documents.atomic.os.fsync", disk_full)
    with pytest.raises(OSError, match="No space"):
        write_certificate(make_certificate(shifts=49), target)
    assert target.read_bytes() == certificate_pdf(make_certificate())
    assert [p.name for p in tmp_path.iterdir()] == ["nachweis.pdf"]
