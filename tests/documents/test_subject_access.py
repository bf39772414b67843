"""The subject access files: JSON with codes, PDF with labels, both or neither written."""

from __future__ import annotations

import dataclasses
import io
import json
import unicodedata
from datetime import date, datetime
from pathlib import Path

import pypdf
import pytest

from welcome_point.documents import subject_access as sa
from welcome_point.documents.subject_access import (
    SUBJECT_ACCESS_LABELS_DE,
    SUBJECT_ACCESS_LABELS_EN,
    file_stem,
    labels_for,
    subject_access_json,
    subject_access_pdf,
    write_subject_access,
)
from welcome_point.domain.privacy import RecordSection, SubjectRecord

COMPILED = datetime(2026, 11, 25, 14, 5)


def visitor_record(visits: int = 2) -> SubjectRecord:
    return SubjectRecord(
        kind="visitor", subject_id=17, reference="K7MXP-Q4TAC", compiled_at=COMPILED,
        fields=(("id", 17), ("card_code", "K7MXP-Q4TAC"), ("first_seen", date(2025, 2, 3)),
                ("age_band", "27-39"), ("gender", "female"), ("language", "ar"), ("region", "middle_east"),
                ("last_seen", date(2026, 10, 1)), ("kept_until", date(2028, 10, 1))),
        sections=(
            RecordSection("visits", ("id", "site", "arrived_at", "started_at", "ended_at", "group_size",
                                     "language", "interpreter_needed", "topics", "outcome"),
                          tuple((n + 1, "DUS-HBF", datetime(2026, 10, 1, 10, 0), datetime(2026, 10, 1, 10, 20),
                                 None, 2, "ar", True, ("housing", "health"), "referred") for n in range(visits))),
            RecordSection("referrals", ("id", "visit_id", "organisation", "category", "topic", "status",
                                        "created_at", "follow_up_on", "status_changed_at"),
                          ((3, 1, "مركز الاستشارة Düsseldorf", "counselling", "housing", "open",
                            datetime(2026, 10, 1, 10, 30), date(2026, 10, 15), None),)),
            RecordSection("queue", ("id", "arrived_at", "language", "called_at")),
        ))


def volunteer_record() -> SubjectRecord:
    return SubjectRecord(
        kind="volunteer", subject_id=4, reference="4", compiled_at=COMPILED,
        fields=(("id", 4), ("display_name", "Anna Becker"), ("phone", "+49 151 2345678"),
                ("email", "anna@example.org"), ("joined_on", date(2024, 1, 1)), ("left_on", None),
                ("consent_on", date(2024, 1, 1)), ("active", True), ("hours", 142.5),
                ("attended_shifts", 40), ("estimated_shifts", 2), ("kept_until_left", None)),
        sections=(RecordSection("languages", ("language", "level"), (("de", "native"), ("ar", "fluent"))),
                  RecordSection("accounts", ("id", "username", "role", "active", "created_at", "has_pin"),
                                ((2, "abecker", "volunteer", True, datetime(2024, 1, 2, 9, 0), False),))))


def pdf_text(data: bytes) -> tuple[int, str]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return len(reader.pages), " ".join(unicodedata.normalize("NFKC", text).split())


def test_the_json_keeps_codes_and_iso_dates() -> None:
    data = json.loads(subject_access_json(visitor_record()))
    assert data["format"] == "welcome-point-subject-access"
    assert (data["kind"], data["subject_id"], data["reference"]) == ("visitor", 17, "K7MXP-Q4TAC")
    assert data["compiled_at"] == "2026-11-25 14:05:00"
    assert data["subject"]["card_code"] == "K7MXP-Q4TAC"
    assert data["subject"]["first_seen"] == "2025-02-03"
    assert data["visits"][0] == {"id": 1, "site": "DUS-HBF", "arrived_at": "2026-10-01 10:00:00",
                                 "started_at": "2026-10-01 10:20:00", "ended_at": None, "group_size": 2,
                                 "language": "ar", "interpreter_needed": True, "topics": ["housing", "health"],
                                 "outcome": "referred"}
    assert data["referrals"][0]["organisation"] == "مركز الاستشارة Düsseldorf"
    assert data["queue"] == []


def test_the_english_pdf_labels_codes_and_values() -> None:
    pages, text = pdf_text(subject_access_pdf(visitor_record(), SUBJECT_ACCESS_LABELS_EN, "Welcome Point Hbf"))
    assert pages == 1
    for expected in ("Welcome Point Hbf", "Information on the data stored about a visitor card", "K7MXP-Q4TAC",
                     "Card code", "Age band", "27–39", "Female", "Arabic", "Middle East", "Visits (2)",
                     "Housing, Health", "Referred", "Referrals (1)", "Counselling", "Open",
                     "Waiting queue (0)", "None", "2026-10-15", "yes", "Page 1"):
        assert expected in text, expected


def test_the_german_pdf() -> None:
    _, text = pdf_text(subject_access_pdf(volunteer_record(), labels_for("de_DE")))
    for expected in ("Auskunft über die zu einer/einem Ehrenamtlichen gespeicherten Daten", "Anna Becker",
                     "Telefon", "+49 151 2345678", "anna@example.org", "01.01.2024", "142,5", "ja",
                     "Benutzerkonten (1)", "abecker", "Seite 1", "Art. 15 DSGVO", "25.11.2026",
                     "Rechte", "Gespeichert bis (gerechnet ab Austritt)"):
        assert expected in text, expected


def test_translated_value_labels_from_the_caller_win() -> None:
    labels = dataclasses.replace(SUBJECT_ACCESS_LABELS_DE, values={"language.ar": "Arabisch",
                                                                   "language_level.fluent": "fließend"})
    _, text = pdf_text(subject_access_pdf(volunteer_record(), labels))
    assert "Arabisch" in text
    assert "fließend" in text
    assert "German" in text  # no translation given: the English label


def test_long_sections_continue_on_new_pages_with_their_column_names() -> None:
    data = subject_access_pdf(visitor_record(visits=150))
    pages, text = pdf_text(data)
    assert pages > 2
    for page in pypdf.PdfReader(io.BytesIO(data)).pages:  # the column names on every page the table fills
        page_text = page.extract_text()
        assert ("DUS-HBF" in page_text) == ("Interpreter" in page_text)
    assert f"Page {pages}" in text
    assert "150" in text


def test_the_same_record_gives_the_same_bytes() -> None:
    assert subject_access_pdf(visitor_record()) == subject_access_pdf(visitor_record())


def test_labels_for_falls_back_to_english() -> None:
    assert labels_for("de") is SUBJECT_ACCESS_LABELS_DE
    assert labels_for("ar") is SUBJECT_ACCESS_LABELS_EN
    assert labels_for("en") is SUBJECT_ACCESS_LABELS_EN


def test_files_are_named_by_kind_reference_and_day(tmp_path) -> None:
    assert file_stem(visitor_record()) == "subject-access-visitor-K7MXP-Q4TAC-2026-11-25"
    assert file_stem(volunteer_record()) == "subject-access-volunteer-4-2026-11-25"
    paths = write_subject_access(volunteer_record(), tmp_path)
    assert [p.name for p in paths] == ["subject-access-volunteer-4-2026-11-25.json",
                                       "subject-access-volunteer-4-2026-11-25.pdf"]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in paths)
    assert json.loads(paths[0].read_bytes())["subject"]["hours"] == 142.5


def test_a_failed_pdf_leaves_no_json_behind(tmp_path, monkeypatch) -> None:
    real = sa.write_atomically

    def failing(path: Path, data: bytes) -> Path:
        if path.suffix == ".pdf":
            raise OSError(28, "No space left on device")
        return real(path, data)

    monkeypatch.setattr(sa, "write_atomically", failing)
    with pytest.raises(OSError, match="No space"):
        write_subject_access(visitor_record(), tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_a_row_must_fit_its_columns() -> None:
    with pytest.raises(ValueError, match="columns"):
        RecordSection("visits", ("id", "site"), ((1,),))


def test_in_a_crowded_table_values_stay_whole_and_headings_break():
    from welcome_point.documents.pdf_fonts import TextStyle, text_width
    from welcome_point.documents.subject_access import CELL_PAD, TABLE_SIZE, _column_widths

    headings = ["Dolmetschung", "Standortkennung", "Gruppengröße", "Ankunftszeit", "Ergebnisschlüssel"]
    values = ["22.09.2026", "DUS-WP1", "2047", "12:23", "Weitervermittelt"]
    columns = [[(heading, True), (value, False)] for heading, value in zip(headings, values, strict=True)]
    total = sum(text_width(v, TextStyle(TABLE_SIZE, False)) + 2 * CELL_PAD + 0.5 for v in values) + 30
    heading_least = sum(text_width(h, TextStyle(TABLE_SIZE, True)) + 2 * CELL_PAD + 0.5 for h in headings)
    assert heading_least > total  # the headings alone do not fit
    widths = _column_widths(columns, total)
    assert abs(sum(widths) - total) < 0.01
    for value, width in zip(values, widths, strict=True):
        assert width >= text_width(value, TextStyle(TABLE_SIZE, False)) + 2 * CELL_PAD
