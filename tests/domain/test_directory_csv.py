"""Reading and writing the partner directory as CSV: no Qt, no database."""

from __future__ import annotations

import pytest

from welcome_point.documents.csv_files import csv_text
from welcome_point.domain import directory_csv as dc
from welcome_point.domain.directory_csv import (
    DirectoryFileError,
    RowProblem,
    decode_directory_bytes,
    detect_delimiter,
    directory_csv_rows,
    parse_directory_csv,
    text_problem,
)
from welcome_point.domain.errors import ValidationError
from welcome_point.domain.models import Organisation

HEADER = "name,category,address,phone,email,website,opening_hours,what_to_bring,topics,languages"


def org(**fields) -> Organisation:
    values = {"id": None, "name": "Refugee Law Clinic", "category": "legal_aid"} | fields
    return Organisation(**values)


def codes(result: dc.DirectoryImport) -> list[tuple[int, str, str]]:
    return [(p.line, p.field, p.code) for p in result.problems]


# -- delimiter, encoding, headers ---------------------------------------------------------------

@pytest.mark.parametrize(("header", "expected"), [
    ("name;category;address", ";"),
    ("name,category,address", ","),
    ('"Name; der Einrichtung",category', ","),  # one ; inside a quoted name, one real ,
    ("name", ","),
])
def test_the_delimiter_is_what_the_header_line_holds_more_of(header, expected):
    assert detect_delimiter(header + "\nx") == expected


def test_semicolon_file_with_commas_inside_cells():
    text = 'name;category;address\nMBE;counselling;Kölner Str. 1, 40211 Düsseldorf\n'
    result = parse_directory_csv(text)
    assert result.ok
    assert result.delimiter == ";"
    assert result.organisations[0].address == "Kölner Str. 1, 40211 Düsseldorf"


def test_german_headers_and_german_names_of_codes():
    text = ("Name;Kategorie;Adresse;Telefon;E-Mail;Webseite;Öffnungszeiten;Mitzubringen;Themen;Sprachen\n"
            "Jobcenter Mitte;Behörde;Luisenstr. 105;0211 8922-0;jobcenter@example.org;https://jobcenter.example;"
            "Mo–Fr 8–12;Ausweis;Leistungen & Jobcenter|Arbeit & Ausbildung;Deutsch|Arabisch\n")
    result = parse_directory_csv(text)
    assert result.ok, result.problems
    jobcenter = result.organisations[0]
    assert jobcenter == org(name="Jobcenter Mitte", category="authority", address="Luisenstr. 105",
                            phone="0211 8922-0", email="jobcenter@example.org",
                            website="https://jobcenter.example", opening_hours="Mo–Fr 8–12",
                            what_to_bring="Ausweis", topics=("work", "benefits"), languages=("de", "ar"))


def test_categories_as_codes_or_english_labels_topics_and_languages_separated_by_bars_or_spaces():
    text = (HEADER + "\n"
            "A,Legal aid,,,,,,,residence family,DE EN\n"
            "B,health,,,,,,,Health | Family & reunification,Arabic|Farsi/Dari\n")
    result = parse_directory_csv(text)
    assert result.ok, result.problems
    a, b = result.organisations
    assert (a.category, a.topics, a.languages) == ("legal_aid", ("residence", "family"), ("de", "en"))
    assert (b.category, b.topics, b.languages) == ("health", ("health", "family"), ("ar", "fa"))


def test_byte_order_mark_is_accepted_and_other_encodings_refused_clearly():
    data = ("\ufeff" + "name;category\nSprachcafé;community\n").encode()
    assert parse_directory_csv(decode_directory_bytes(data)).organisations[0].name == "Sprachcafé"
    with pytest.raises(DirectoryFileError) as latin:
        decode_directory_bytes("name;category\nok;other\nSprachcafé;community\n".encode("latin-1"))
    assert (latin.value.code, latin.value.line) == (dc.FILE_NOT_UTF8, 3)
    with pytest.raises(DirectoryFileError) as utf16:
        decode_directory_bytes("name;category\n".encode("utf-16"))
    assert utf16.value.code == dc.FILE_UTF16
    assert isinstance(utf16.value, ValidationError)


def test_absurd_files_are_refused_before_reading_rows():
    with pytest.raises(DirectoryFileError) as large:
        decode_directory_bytes(b"x" * (dc.MAX_BYTES + 1))
    assert large.value.code == dc.FILE_TOO_LARGE
    many = "name,category\n" + "".join(f"Org {i},other\n" for i in range(dc.MAX_ROWS + 1))
    with pytest.raises(DirectoryFileError) as rows:
        parse_directory_csv(many)
    assert rows.value.code == dc.FILE_TOO_MANY_ROWS
    exactly = "name,category\n" + "".join(f"Org {i},other\n" for i in range(dc.MAX_ROWS))
    assert len(parse_directory_csv(exactly).organisations) == dc.MAX_ROWS


@pytest.mark.parametrize("text", ["", "\ufeff", "\n\n ; \n"])
def test_an_empty_file_is_refused(text):
    with pytest.raises(DirectoryFileError) as empty:
        parse_directory_csv(text)
    assert empty.value.code == dc.FILE_EMPTY


def test_a_header_alone_is_an_empty_directory_not_an_error():
    result = parse_directory_csv(HEADER + "\r\n")
    assert result.ok
    assert result.row_count == 0


def test_header_problems_stop_reading_rows():
    result = parse_directory_csv("Name;Telefn;Name\nA;1;B\n")
    assert codes(result) == [(1, "", dc.UNKNOWN_COLUMN), (1, "name", dc.DUPLICATE_COLUMN),
                             (1, "category", dc.MISSING_HEADER)]
    assert result.organisations == ()


# -- every problem code ---------------------------------------------------------------------------

@pytest.mark.parametrize(("row", "field", "code"), [
    (",authority,,,,,,,,", "name", dc.MISSING_NAME),
    ("A,,,,,,,,,", "category", dc.MISSING_CATEGORY),
    ("A,Behörden,,,,,,,,", "category", dc.UNKNOWN_CATEGORY),
    ("A,other,,12 34,,,,,,", "phone", dc.BAD_PHONE),
    ("A,other,,call Mrs Weber,,,,,,", "phone", dc.BAD_PHONE),
    ("A,other,,,mail at example.org,,,,,", "email", dc.BAD_EMAIL),
    ("A,other,,,a@localhost,,,,,", "email", dc.BAD_EMAIL),
    ("A,other,,,,www.example.org,,,,", "website", dc.BAD_URL),
    ("A,other,,,,ftp://example.org,,,,", "website", dc.BAD_URL),
    ("A,other,,,,https://,,,,", "website", dc.BAD_URL),
    ("A,other,,,,,,,residence|visa,", "topics", dc.UNKNOWN_TOPIC),
    ("A,other,,,,,,,,de|klingon", "languages", dc.UNKNOWN_LANGUAGE),
    ("A" * 201 + ",other,,,,,,,,", "name", dc.TOO_LONG),
    ("A,other," + "x" * 301 + ",,,,,,,", "address", dc.TOO_LONG),
    ("A,other,,,,,,\x07,,", "what_to_bring", dc.CONTROL_CHARACTER),
    ("A,other,,,,,,,", "", dc.WRONG_COLUMN_COUNT),
    ("A,other,,,,,,,,,extra", "", dc.WRONG_COLUMN_COUNT),
])
def test_every_problem_is_reported_with_its_line_field_and_code(row, field, code):
    result = parse_directory_csv(f"{HEADER}\nGood,other,,,,,,,,\n{row}\n")
    assert codes(result) == [(3, field, code)]
    assert [o.name for o in result.organisations] == ["Good"]


def test_yes_no_columns_and_a_value_without_a_heading():
    result = parse_directory_csv("name,category,example,archived,\n"
                                 "A,other,ja,,\nB,other,yes,no,\nC,other,maybe,,\nD,other,,,note\n")
    assert codes(result) == [(4, "example", dc.BAD_YES_NO), (5, "", dc.VALUE_WITHOUT_HEADER)]
    assert [(o.name, o.is_example, o.archived) for o in result.organisations] == [
        ("A", True, False), ("B", True, False)]


def test_a_row_repeating_an_earlier_one_is_reported_with_the_first_line():
    result = parse_directory_csv("name;category;address\nMBE;counselling;Markt 1\nmbe ; counselling;MARKT 1\n"
                                 "MBE;counselling;Markt 2\n")
    assert result.problems == (RowProblem(3, "name", dc.DUPLICATE_ROW, "2"),)
    assert len(result.organisations) == 2


def test_all_problems_of_all_rows_are_collected_in_line_and_column_order():
    text = (f"{HEADER}\n"
            "Good,other,,,,,,,,\n"
            ",nonsense,,12,,www.x.de,,,,\n"
            "Also good,counselling,,,,,,,,\n"
            "Bad topic,other,,,,,,,visa,\n")
    result = parse_directory_csv(text)
    assert codes(result) == [(3, "name", dc.MISSING_NAME), (3, "category", dc.UNKNOWN_CATEGORY),
                             (3, "phone", dc.BAD_PHONE), (3, "website", dc.BAD_URL),
                             (5, "topics", dc.UNKNOWN_TOPIC)]
    assert result.bad_lines == (3, 5)
    assert result.row_count == 4
    assert [row.line for row in result.rows] == [2, 4]


def test_lines_are_the_rows_a_spreadsheet_shows():
    text = f'{HEADER}\n\n"Two\nlines",other,,,,,,,,\nBad,xx,,,,,,,,\n'
    result = parse_directory_csv(text)
    assert result.organisations[0].name == "Two\nlines"
    assert codes(result) == [(4, "category", dc.UNKNOWN_CATEGORY)]


def test_long_values_are_shortened_in_the_report():
    result = parse_directory_csv(f"{HEADER}\nA,{'x' * 500},,,,,,,,\n")
    assert result.problems[0].code == dc.UNKNOWN_CATEGORY
    assert len(result.problems[0].value) <= 61


# -- the rules the form shares --------------------------------------------------------------------

@pytest.mark.parametrize(("field", "value", "code"), [
    ("name", "  ", dc.MISSING_NAME),
    ("phone", "+49 (0)211 / 899-0", None),
    ("phone", "1234", dc.BAD_PHONE),
    ("email", "info@stadt.duesseldorf.de", None),
    ("website", "https://www.duesseldorf.de/auslaenderamt", None),
    ("website", "http://example.org:8080/x?y=1", None),
    ("website", "https://exa mple.org", dc.BAD_URL),
    ("website", "http://[::1", dc.BAD_URL),
    ("opening_hours", "Mo\nDi", None),
    ("address", "", None),
])
def test_field_rules(field, value, code):
    assert text_problem(field, value) == code


def test_check_organisation_names_the_field():
    with pytest.raises(ValidationError) as bad:
        dc.check_organisation(org(website="www.example.org"))
    assert bad.value.field == "website"
    dc.check_organisation(org(phone="+49 211 555 0001", website="https://example.org"))


# -- the round trip -----------------------------------------------------------------------------

def test_an_export_reads_back_unchanged():
    organisations = [
        org(name="Ausländerbehörde (Beispiel)", category="authority", address="Beispielstraße 3, 40213 Düsseldorf",
            phone="+49 211 555 0001", email="kontakt1@example.org", website="https://example.org/partner-1",
            opening_hours="Mo–Fr 8–12, Do 14–17", what_to_bring='Pass; "Fiktionsbescheinigung"\nMeldebescheinigung',
            topics=("residence", "family"), languages=("de", "en", "ar"), is_example=True),
        org(name="=SUM(A1) is not a formula", category="other", phone="-0211 12345", archived=True),
        org(name="@home; café, ‹quoted›", category="community", what_to_bring="+ Ausweis"),
    ]
    header, rows = directory_csv_rows(organisations)
    assert header == dc.COLUMNS
    text = csv_text(header, rows)  # what write_csv puts into the file: BOM, CRLF, defused formulas
    assert "'=SUM" in text
    result = parse_directory_csv(decode_directory_bytes(text.encode()))
    assert result.ok, result.problems
    assert list(result.organisations) == organisations
