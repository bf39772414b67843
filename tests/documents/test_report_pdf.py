"""The report's PDF: A4, the key figures and charts in German or English, the same bytes every time."""

from __future__ import annotations

import ast
import dataclasses
import inspect
import io
import unicodedata

import pypdf
import pytest

from tests.documents.report_samples import anonymised_report, sample_report
from welcome_point.documents import report_pdf as report_pdf_module
from welcome_point.documents.report_pdf import ReportText, english_term, report_pdf
from welcome_point.domain.report import DIMENSIONS, SiteRef

# What the German .ts file should say (the lead fills it in after lupdate; see the hand-over note).
GERMAN = {
    "Monthly report": "Monatsbericht",
    "City report": "Stadtbericht",
    "{month} {year}": "{month} {year}",
    "January": "Januar", "February": "Februar", "March": "März", "April": "April", "May": "Mai",
    "June": "Juni", "July": "Juli", "August": "August", "September": "September", "October": "Oktober",
    "November": "November", "December": "Dezember",
    "1,234.5": "1.234,5",
    "Figures of {count} Welcome Points: {sites}": "Zahlen von {count} Welcome Points: {sites}",
    "Made on {date} · small counts hidden below k = {k}": "Erstellt am {date} · kleine Zahlen unter k = {k} verdeckt",
    "Key figures": "Kennzahlen",
    "Visits": "Besuche",
    "Visitors (distinct cards)": "Besuchende (verschiedene Karten)",
    "New visitors": "Neue Besuchende",
    "Anonymous visits": "Anonyme Besuche",
    "Referrals": "Weitervermittlungen",
    "Volunteer hours": "Stunden Ehrenamt",
    "Active volunteers": "Aktive Ehrenamtliche",
    "Shifts planned": "Geplante Schichten",
    "Shifts understaffed": "Unterbesetzte Schichten",
    "{site} had fewer than {visits} visits this month (twice k = {k}), so only the key figures are published: tables of so few visits could single people out.":
        "{site} hatte in diesem Monat weniger als {visits} Besuche (zweimal k = {k}); deshalb werden nur die Kennzahlen veröffentlicht: Tabellen aus so wenigen Besuchen könnten einzelne Menschen erkennbar machen.",
    "Visits by topic": "Besuche nach Thema",
    "Visits by language": "Besuche nach Sprache",
    "Visits by age band": "Besuche nach Altersgruppe",
    "Visits by gender": "Besuche nach Geschlecht",
    "Visits by weekday": "Besuche nach Wochentag",
    "Visits of new and returning visitors": "Besuche neuer und wiederkehrender Besuchender",
    "Referrals by kind of service and status": "Weitervermittlungen nach Art der Stelle und Stand",
    "Visits by language and age band": "Besuche nach Sprache und Altersgruppe",
    "Visits by topic and weekday": "Besuche nach Thema und Wochentag",
    "Topic": "Thema", "Language": "Sprache", "Age band": "Altersgruppe", "Gender": "Geschlecht",
    "Weekday": "Wochentag", "Visitor": "Besuchende", "Kind of service": "Art der Stelle", "Status": "Stand",
    "Total: {total}": "Summe: {total}",
    "A visit about several topics counts once for each topic.": "Ein Besuch zu mehreren Themen zählt bei jedem Thema einmal.",
    "<{k}": "<{k}",
    "x": "x",
    "{primary}: between 1 and {k_minus_1} · {complementary}: hidden so that a small count cannot be worked out":
        "{primary}: zwischen 1 und {k_minus_1} · {complementary}: verdeckt, damit sich keine kleine Zahl errechnen lässt",
    "About these figures": "Zu diesen Zahlen",
    "Counts from 1 to {k_minus_1} are not published; they are shown as \"{primary}\" (k = {k}). A small group of people could be recognised by them.":
        "Zahlen von 1 bis {k_minus_1} werden nicht veröffentlicht; sie erscheinen als „{primary}“ (k = {k}). An ihnen könnte man eine kleine Gruppe von Menschen erkennen.",
    "Where a hidden count could be worked out from the other counts of its table, row or column and their total, more counts are hidden as well; they are shown as \"{complementary}\". No hidden count can be calculated from the published figures.":
        "Wo sich eine verdeckte Zahl aus den übrigen Zahlen ihrer Tabelle, Zeile oder Spalte und deren Summe errechnen ließe, werden weitere Zahlen verdeckt; sie erscheinen als „{complementary}“. Keine verdeckte Zahl lässt sich aus den veröffentlichten Zahlen berechnen.",
    "Zeros are shown: a zero reveals nobody.": "Nullen werden gezeigt: Eine Null verrät niemanden.",
    "A month with fewer than {visits} visits (twice k) publishes only the key figures.":
        "Ein Monat mit weniger als {visits} Besuchen (zweimal k) veröffentlicht nur die Kennzahlen.",
    "Topics are counted once per visit and topic: a visit about housing and health counts under both, so the topics add up to more than the visits.":
        "Themen zählen einmal je Besuch und Thema: Ein Besuch zu Wohnen und Gesundheit zählt bei beiden; deshalb ergeben die Themen zusammen mehr als die Besuche.",
    "Visits count visits, not people. Distinct visitors count the pseudonymous visitor cards seen in the month; anonymous visits count among the visits only.":
        "Gezählt werden Besuche, nicht Menschen. Verschiedene Besuchende zählen die pseudonymen Besuchskarten des Monats; anonyme Besuche zählen nur bei den Besuchen.",
    "Volunteer figures are totals only; nothing is shown per person.":
        "Zahlen zum Ehrenamt sind nur Summen; nichts wird je Person gezeigt.",
    "This report adds up the reports of {count} Welcome Points. A sum with a hidden part is hidden, and the rules are applied again to the sums.":
        "Dieser Bericht addiert die Berichte von {count} Welcome Points. Eine Summe mit verdecktem Anteil wird verdeckt, und die Regeln werden auf die Summen erneut angewandt.",
    "The same figures are in the CSV files and the JSON file (format welcome-point-monthly, version 1); SHA256SUMS lists a checksum of each file.":
        "Dieselben Zahlen stehen in den CSV-Dateien und der JSON-Datei (Format welcome-point-monthly, Version 1); SHA256SUMS enthält eine Prüfsumme jeder Datei.",
    "Page {page} of {pages}": "Seite {page} von {pages}",
    "Welcome Point monthly report: {site}, {period}": "Monatsbericht des Welcome Points: {site}, {period}",
    "Hello,\n\nattached are the anonymised figures of {site} for {period}: a PDF to read, CSV files for spreadsheets and a JSON file for the city's records. The files hold counts only, no names or contact details; counts below {k} are hidden.\n\nBest regards":
        "Guten Tag,\n\nanbei die anonymisierten Zahlen von {site} für {period}: ein PDF zum Lesen, CSV-Dateien für Tabellenkalkulationen und eine JSON-Datei für die Unterlagen der Stadt. Die Dateien enthalten nur Zahlen, keine Namen oder Kontaktdaten; Zahlen unter {k} sind verdeckt.\n\nMit freundlichen Grüßen",
}


def pages(data: bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return [unicodedata.normalize("NFKC", page.extract_text()) for page in reader.pages]


def joined(text: str) -> str:
    return " ".join(text.split())


def german() -> ReportText:
    return ReportText().translated(lambda source: GERMAN[source])


def test_the_report_is_a4_with_the_key_figures_on_the_cover():
    data = report_pdf(sample_report())
    reader = pypdf.PdfReader(io.BytesIO(data))
    box = reader.pages[0].mediabox
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == (210, 297)
    cover = pages(data)[0]
    lines = [line.strip() for line in cover.splitlines()]
    for expected in ("Monthly report", "Welcome Point Hauptbahnhof", "October 2026", "Key figures", "812",
                     "Visits", "540", "Visitors (distinct cards)", "644.5", "Volunteer hours", "6",
                     "Shifts understaffed", "Visits by topic"):
        assert expected in lines, expected


def test_every_table_is_shown_with_hidden_cells_as_less_than_k():
    report = sample_report()
    text = pages(report_pdf(report))
    everything = "\n".join(text)
    for title in ("Visits by topic", "Visits by language", "Visits by age band", "Visits by gender",
                  "Visits by weekday", "Visits of new and returning visitors",
                  "Referrals by kind of service and status", "Visits by language and age band",
                  "Visits by topic and weekday", "About these figures"):
        assert title in everything, title
    assert "<5" in everything
    assert "Residence & asylum" in everything  # the label, not the code
    assert "Family & reunification" in everything
    assert "190" in everything
    assert "Total: 509" in everything
    assert "<5: between 1 and 4 · x: hidden so that a small count cannot be worked out" in joined(everything)
    last = len(text)
    for number, page in enumerate(text, start=1):
        assert f"Page {number} of {last}" in page
        assert "DUS-HBF · October 2026" in page


def test_the_note_states_k_and_the_rules():
    flowing = joined(pages(report_pdf(sample_report(k=7)))[-1])
    assert 'Counts from 1 to 6 are not published; they are shown as "<7" (k = 7).' in flowing
    assert "more counts are hidden as well" in flowing
    assert "Zeros are shown" in flowing
    assert "fewer than 14 visits" in flowing
    assert "Topics are counted once per visit and topic" in flowing
    assert "Volunteer figures are totals only" in flowing


def test_a_small_month_says_that_only_the_totals_are_published():
    text = pages(report_pdf(sample_report(totals_only=True)))
    assert len(text) == 1
    flowing = joined(text[0])
    assert ("Welcome Point Hauptbahnhof had fewer than 10 visits this month (twice k = 5), so only the key "
            "figures are published") in flowing
    assert "Visits by topic" not in flowing
    assert "Page 1 of 1" in flowing


def test_the_same_report_gives_the_same_bytes():
    report = anonymised_report()
    assert report_pdf(report) == report_pdf(report)
    assert report_pdf(report, german()) == report_pdf(anonymised_report(), german())


def test_the_german_report_is_german_throughout():
    def term(dimension: str, code: str) -> str:
        return {"housing": "Wohnen", "mon": "Montag"}.get(code, english_term(dimension, code))

    text = ReportText().translated(lambda source: GERMAN[source], term)
    everything = "\n".join(pages(report_pdf(sample_report(), text)))
    flowing = joined(everything)
    for expected in ("Monatsbericht", "Oktober 2026", "Kennzahlen", "644,5", "Stunden Ehrenamt",
                     "Besuche nach Thema", "Wohnen", "Montag", "Zu diesen Zahlen", "Seite 1 von", "Summe: 3.452",
                     "Zahlen von 1 bis 4 werden nicht veröffentlicht; sie erscheinen als „<5“ (k = 5)."):
        assert expected in flowing, expected
    for english in ("Key figures", "Visits by topic", "About these figures", "Page 1 of", "October"):
        assert english not in flowing, english


def test_a_city_report_lists_its_welcome_points():
    report = sample_report(site=SiteRef("CITY", "City report"), sites=("DUS-BEN", "DUS-HBF", "DUS-OBK"))
    flowing = joined("\n".join(pages(report_pdf(report))))
    assert "Figures of 3 Welcome Points: DUS-BEN, DUS-HBF, DUS-OBK" in flowing
    assert "This report adds up the reports of 3 Welcome Points." in flowing
    assert "CITY · October 2026" in flowing


def test_long_names_and_labels_in_other_scripts_are_drawn():
    long_name = "Welcome Point " + "Hauptbahnhof und Umgebung " * 6
    report = sample_report(site=SiteRef("DUS", long_name))
    data = report_pdf(report, ReportText(term=lambda dimension, code: "العربية" if code == "ar" else code))
    assert data.startswith(b"%PDF")


def test_numbers_are_written_as_the_language_writes_them():
    english, german_text = ReportText(), german()
    assert [english.number(v) for v in (0, 7, 1234, 644.5, 644.0, 1234567.25)] == \
        ["0", "7", "1,234", "644.5", "644", "1,234,567.2"]
    assert [german_text.number(v) for v in (1234, 644.5, 1234567.25)] == ["1.234", "644,5", "1.234.567,2"]
    assert ReportText(number_format="1234.5").number(12345.5) == "12345.5"


def test_translated_passes_every_text_through_and_keeps_the_rest():
    text = ReportText().translated(lambda source: f"[{source}]", lambda dimension, code: code.upper())
    for field in dataclasses.fields(ReportText):
        value = getattr(text, field.name)
        if isinstance(value, str):
            assert value == f"[{getattr(ReportText(), field.name)}]", field.name
    assert text.months[9] == "[October]"
    assert text.term("topic", "housing") == "HOUSING"
    assert ReportText().term("topic", "housing") == "Housing"
    assert ReportText().term("topic", "unknown") == "unknown"
    assert ReportText().translated(str.upper).term is english_term


def test_every_text_is_marked_for_lupdate_in_the_report_text_context():
    """pyside6-lupdate collects only literal QT_TRANSLATE_NOOP("ReportText", "...") calls."""
    tree = ast.parse(inspect.getsource(report_pdf_module))
    cls = next(node for node in tree.body if isinstance(node, ast.ClassDef) and node.name == "ReportText")
    marked = 0
    for node in cls.body:
        if not isinstance(node, ast.AnnAssign) or node.value is None:
            continue
        name = node.target.id  # type: ignore[union-attr]
        calls = [node.value] if isinstance(node.value, ast.Call) else getattr(node.value, "elts", [])
        if name == "term":
            continue
        assert calls, name
        for call in calls:
            assert isinstance(call, ast.Call), name
            assert call.func.id == "QT_TRANSLATE_NOOP", name  # type: ignore[attr-defined]
            assert [type(arg) for arg in call.args] == [ast.Constant, ast.Constant], name
            assert call.args[0].value == "ReportText", name  # type: ignore[attr-defined]
            marked += 1
    assert marked == len(GERMAN)


def test_the_german_translations_cover_every_text():
    text = ReportText()
    sources = [getattr(text, f.name) for f in dataclasses.fields(text) if isinstance(getattr(text, f.name), str)]
    assert sorted({*sources, *text.months}) == sorted(GERMAN)


@pytest.mark.parametrize("dimension", list(DIMENSIONS))
def test_every_dimension_has_a_heading(dimension: str):
    assert ReportText().dimension(dimension) != dimension
