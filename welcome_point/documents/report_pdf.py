"""The monthly report as a PDF to read: a cover with the key figures, a chart per table, the rules.

Every word of the PDF is a field of ``ReportText``, an English source text marked for
``pyside6-lupdate`` in the context "ReportText"; the UI passes a copy translated with Qt
(``ReportText.translated``), so the documents layer needs no Qt. This module imports no
reportlab at load time (the UI builds a ReportText at start-up); the drawing is in report_charts.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

from welcome_point.domain.report import DIMENSIONS, MonthlyReport, Period
from welcome_point.domain.text import fill
from welcome_point.domain.vocabulary import QT_TRANSLATE_NOOP

CONTEXT = "ReportText"


def english_term(dimension: str, code: str) -> str:
    """The English label of a code; unknown codes show as themselves."""
    vocabulary = DIMENSIONS.get(dimension)
    if vocabulary is None or code not in vocabulary:
        return code
    return vocabulary.term(code).label


@dataclass(frozen=True)
class ReportText:
    """The words of the PDF and the e-mail. ``{name}`` placeholders are replaced; a translation may
    leave any of them out. ``term`` gives the label of a code of a dimension."""

    title: str = QT_TRANSLATE_NOOP("ReportText", "Monthly report")
    city_name: str = QT_TRANSLATE_NOOP("ReportText", "City report")
    period: str = QT_TRANSLATE_NOOP("ReportText", "{month} {year}")
    months: tuple[str, ...] = (
        QT_TRANSLATE_NOOP("ReportText", "January"), QT_TRANSLATE_NOOP("ReportText", "February"),
        QT_TRANSLATE_NOOP("ReportText", "March"), QT_TRANSLATE_NOOP("ReportText", "April"),
        QT_TRANSLATE_NOOP("ReportText", "May"), QT_TRANSLATE_NOOP("ReportText", "June"),
        QT_TRANSLATE_NOOP("ReportText", "July"), QT_TRANSLATE_NOOP("ReportText", "August"),
        QT_TRANSLATE_NOOP("ReportText", "September"), QT_TRANSLATE_NOOP("ReportText", "October"),
        QT_TRANSLATE_NOOP("ReportText", "November"), QT_TRANSLATE_NOOP("ReportText", "December"),
    )
    # How numbers are written: the thousands separator and the decimal separator of 1234.5.
    number_format: str = QT_TRANSLATE_NOOP("ReportText", "1,234.5")
    sites: str = QT_TRANSLATE_NOOP("ReportText", "Figures of {count} Welcome Points: {sites}")
    generated: str = QT_TRANSLATE_NOOP("ReportText", "Made on {date} · small counts hidden below k = {k}")
    key_figures: str = QT_TRANSLATE_NOOP("ReportText", "Key figures")
    total_visits: str = QT_TRANSLATE_NOOP("ReportText", "Visits")
    total_visitors_distinct: str = QT_TRANSLATE_NOOP("ReportText", "Visitors (distinct cards)")
    total_visitors_new: str = QT_TRANSLATE_NOOP("ReportText", "New visitors")
    total_visits_anonymous: str = QT_TRANSLATE_NOOP("ReportText", "Anonymous visits")
    total_referrals: str = QT_TRANSLATE_NOOP("ReportText", "Referrals")
    total_volunteer_hours: str = QT_TRANSLATE_NOOP("ReportText", "Volunteer hours")
    total_volunteers_active: str = QT_TRANSLATE_NOOP("ReportText", "Active volunteers")
    total_shifts_planned: str = QT_TRANSLATE_NOOP("ReportText", "Shifts planned")
    total_shifts_understaffed: str = QT_TRANSLATE_NOOP("ReportText", "Shifts understaffed")
    totals_only: str = QT_TRANSLATE_NOOP(
        "ReportText", "{site} had fewer than {visits} visits this month (twice k = {k}), so only the key "
                      "figures are published: tables of so few visits could single people out.")
    table_visits_by_topic: str = QT_TRANSLATE_NOOP("ReportText", "Visits by topic")
    table_visits_by_language: str = QT_TRANSLATE_NOOP("ReportText", "Visits by language")
    table_visits_by_age_band: str = QT_TRANSLATE_NOOP("ReportText", "Visits by age band")
    table_visits_by_gender: str = QT_TRANSLATE_NOOP("ReportText", "Visits by gender")
    table_visits_by_weekday: str = QT_TRANSLATE_NOOP("ReportText", "Visits by weekday")
    table_visits_by_visitor_type: str = QT_TRANSLATE_NOOP(
        "ReportText", "Visits of new and returning visitors")
    table_referrals_by_category_and_status: str = QT_TRANSLATE_NOOP(
        "ReportText", "Referrals by kind of service and status")
    table_visits_by_language_and_age_band: str = QT_TRANSLATE_NOOP(
        "ReportText", "Visits by language and age band")
    table_visits_by_topic_and_weekday: str = QT_TRANSLATE_NOOP("ReportText", "Visits by topic and weekday")
    dimension_topic: str = QT_TRANSLATE_NOOP("ReportText", "Topic")
    dimension_language: str = QT_TRANSLATE_NOOP("ReportText", "Language")
    dimension_age_band: str = QT_TRANSLATE_NOOP("ReportText", "Age band")
    dimension_gender: str = QT_TRANSLATE_NOOP("ReportText", "Gender")
    dimension_weekday: str = QT_TRANSLATE_NOOP("ReportText", "Weekday")
    dimension_visitor_type: str = QT_TRANSLATE_NOOP("ReportText", "Visitor")
    dimension_category: str = QT_TRANSLATE_NOOP("ReportText", "Kind of service")
    dimension_status: str = QT_TRANSLATE_NOOP("ReportText", "Status")
    table_total: str = QT_TRANSLATE_NOOP("ReportText", "Total: {total}")
    multi_note: str = QT_TRANSLATE_NOOP(
        "ReportText", "A visit about several topics counts once for each topic.")
    # What a hidden cell shows: a count of 1 to k-1, or a count hidden to protect one.
    primary: str = QT_TRANSLATE_NOOP("ReportText", "<{k}")
    complementary: str = QT_TRANSLATE_NOOP("ReportText", "x")
    legend: str = QT_TRANSLATE_NOOP(
        "ReportText", "{primary}: between 1 and {k_minus_1} · {complementary}: hidden so that a small "
                      "count cannot be worked out")
    note_title: str = QT_TRANSLATE_NOOP("ReportText", "About these figures")
    note_k: str = QT_TRANSLATE_NOOP(
        "ReportText", "Counts from 1 to {k_minus_1} are not published; they are shown as \"{primary}\" "
                      "(k = {k}). A small group of people could be recognised by them.")
    note_complementary: str = QT_TRANSLATE_NOOP(
        "ReportText", "Where a hidden count could be worked out from the other counts of its table, row or "
                      "column and their total, more counts are hidden as well; they are shown as "
                      "\"{complementary}\". No hidden count can be calculated from the published figures.")
    note_zeros: str = QT_TRANSLATE_NOOP("ReportText", "Zeros are shown: a zero reveals nobody.")
    note_small_month: str = QT_TRANSLATE_NOOP(
        "ReportText", "A month with fewer than {visits} visits (twice k) publishes only the key figures.")
    note_topics: str = QT_TRANSLATE_NOOP(
        "ReportText", "Topics are counted once per visit and topic: a visit about housing and health counts "
                      "under both, so the topics add up to more than the visits.")
    note_visits: str = QT_TRANSLATE_NOOP(
        "ReportText", "Visits count visits, not people. Distinct visitors count the pseudonymous visitor "
                      "cards seen in the month; anonymous visits count among the visits only.")
    note_volunteers: str = QT_TRANSLATE_NOOP(
        "ReportText", "Volunteer figures are totals only; nothing is shown per person.")
    note_merged: str = QT_TRANSLATE_NOOP(
        "ReportText", "This report adds up the reports of {count} Welcome Points. A sum with a hidden part "
                      "is hidden, and the rules are applied again to the sums.")
    note_files: str = QT_TRANSLATE_NOOP(
        "ReportText", "The same figures are in the CSV files and the JSON file (format "
                      "welcome-point-monthly, version 1); SHA256SUMS lists a checksum of each file.")
    page: str = QT_TRANSLATE_NOOP("ReportText", "Page {page} of {pages}")
    email_subject: str = QT_TRANSLATE_NOOP("ReportText", "Welcome Point monthly report: {site}, {period}")
    email_body: str = QT_TRANSLATE_NOOP(
        "ReportText", "Hello,\n\nattached are the anonymised figures of {site} for {period}: a PDF to read, "
                      "CSV files for spreadsheets and a JSON file for the city's records. The files hold "
                      "counts only, no names or contact details; counts below {k} are hidden.\n\n"
                      "Best regards")
    term: Callable[[str, str], str] = english_term

    def translated(self, translate: Callable[[str], str],
                   term: Callable[[str, str], str] | None = None) -> ReportText:
        """A copy with every text passed through ``translate`` (and ``term`` for the codes' labels)."""
        changes: dict[str, object] = {}
        for item in dataclasses.fields(self):
            value = getattr(self, item.name)
            if isinstance(value, str):
                changes[item.name] = translate(value)
            elif isinstance(value, tuple):
                changes[item.name] = tuple(translate(text) for text in value)
        if term is not None:
            changes["term"] = term
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]

    def total_label(self, key: str) -> str:
        return str(getattr(self, f"total_{key}", key))

    def table_title(self, name: str) -> str:
        return str(getattr(self, f"table_{name}", name))

    def dimension(self, name: str) -> str:
        return str(getattr(self, f"dimension_{name}", name))

    def period_label(self, period: Period) -> str:
        return fill(self.period, month=self.months[period.month - 1], year=period.year)

    def number(self, value: int | float) -> str:
        """``value`` written the way ``number_format`` shows: 1234.5 → "1,234.5" or "1.234,5"."""
        marks = [char for char in self.number_format if not char.isdigit()]
        thousands, decimal = (marks[0], marks[-1]) if len(marks) >= 2 else ("", marks[0] if marks else ".")
        if isinstance(value, float) and not value.is_integer():
            whole, fraction = f"{value:,.1f}".split(".")
        else:
            whole, fraction = f"{int(value):,d}", ""
        whole = whole.replace(",", thousands)
        return whole + (decimal + fraction if fraction else "")

    def hidden(self, suppressed: str | None, k: int) -> str:
        """What a cell shows instead of its count."""
        return fill(self.primary if suppressed == "primary" else self.complementary, k=k)


def report_pdf(report: MonthlyReport, text: ReportText | None = None) -> bytes:
    """The report as an A4 PDF; the same report and text always give the same bytes."""
    from welcome_point.documents.report_charts import render  # reportlab loads only when a PDF is made

    return render(report, text or ReportText())
