"""Worked examples of the suppression rules and of merging; the proof over random months is in
test_suppression_property.py."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from welcome_point.domain.errors import ReportFileError, ValidationError
from welcome_point.domain.report import (
    COMPLEMENTARY,
    PRIMARY,
    TABLE_SPECS,
    TOTAL_KEYS,
    MonthCounts,
    MonthlyReport,
    Period,
    SiteRef,
)
from welcome_point.domain.report_merge import merge_reports
from welcome_point.domain.suppression import anonymise

GENERATED = date(2026, 11, 2)
OCTOBER = Period(2026, 10)


def counts(visits: list[tuple[str, str, str, str, tuple[str, ...], str | None]],
           referrals: list[tuple[str, str]] = (), site: str = "DUS-HBF",
           period: Period = OCTOBER) -> MonthCounts:
    """visits as (language, age band, gender, weekday, topics, visitor type or None = anonymous)."""
    tables: dict[str, Counter] = {spec.name: Counter() for spec in TABLE_SPECS}
    for language, age, gender, weekday, topics, kind in visits:
        tables["visits_by_language"][(language,)] += 1
        tables["visits_by_age_band"][(age,)] += 1
        tables["visits_by_gender"][(gender,)] += 1
        tables["visits_by_weekday"][(weekday,)] += 1
        tables["visits_by_language_and_age_band"][(language, age)] += 1
        if kind is not None:
            tables["visits_by_visitor_type"][(kind,)] += 1
        for topic in topics:
            tables["visits_by_topic"][(topic,)] += 1
            tables["visits_by_topic_and_weekday"][(topic, weekday)] += 1
    for category, status in referrals:
        tables["referrals_by_category_and_status"][(category, status)] += 1
    totals = {key: 0 for key in TOTAL_KEYS}
    totals.update(visits=len(visits), visits_anonymous=sum(1 for v in visits if v[5] is None),
                  referrals=len(referrals), volunteer_hours=12.25, volunteers_active=3)
    return MonthCounts(SiteRef(site, f"Welcome Point {site}"), (site,), period, totals,
                       {name: dict(counter) for name, counter in tables.items()})


def arabic_month(extra: list | None = None) -> MonthCounts:
    visits = [("ar", "27-39", "male", "mon", ("housing",), "returning")] * 30
    visits += [("ar", "18-26", "female", "tue", ("health",), "new")] * 20
    visits += [("uk", "40-59", "female", "wed", ("work",), "returning")] * 15
    return counts(visits + (extra or []))


def test_a_month_with_fewer_than_2k_visits_publishes_only_its_totals():
    report = anonymise(counts([("ar", "27-39", "male", "mon", ("housing",), "new")] * 9), 5, GENERATED)
    assert report.tables == ()
    assert report.totals_only
    assert report.total("visits") == 9
    assert [t.key for t in report.totals] == list(TOTAL_KEYS)
    assert report.total("volunteer_hours") == 12.2  # one decimal (banker's rounding of 12.25)


def test_every_table_lists_every_code_with_zeros_published():
    report = anonymise(arabic_month(), 5, GENERATED)
    assert [t.name for t in report.tables] == [spec.name for spec in TABLE_SPECS]
    for spec, table in zip(TABLE_SPECS, report.tables, strict=True):
        assert [cell.key for cell in table.cells] == list(spec.cell_keys())
    languages = report.table("visits_by_language")
    assert languages.cell("ar").value == 50
    assert languages.cell("so").value == 0
    assert languages.cell("so").suppressed is None
    assert languages.total == 65


def test_one_visitor_from_a_rare_language_is_hidden_with_a_partner():
    report = anonymise(arabic_month([("ti", "18-26", "male", "mon", ("residence",), "new")]), 5, GENERATED)
    languages = report.table("visits_by_language")
    assert languages.cell("ti").suppressed == PRIMARY
    assert languages.cell("ti").value is None
    assert languages.suppressed_count >= 2
    assert any(cell.suppressed == COMPLEMENTARY for cell in languages.cells)
    cross = report.table("visits_by_language_and_age_band")
    assert cross.cell("ti", "18-26").suppressed == PRIMARY
    ti_row = [cell for cell in cross.cells if cell.key[0] == "ti"]
    assert sum(1 for cell in ti_row if cell.suppressed) >= 2


def test_published_counts_are_zero_or_at_least_k_and_lines_never_hide_exactly_one():
    visits = [("ar", "27-39", "male", "mon", ("housing", "health"), "returning")] * 12
    visits += [("fa", "0-17", "female", "sun", ("school",), "new")] * 3
    visits += [("uk", "60+", "diverse", "sat", ("benefits",), None)] * 2
    visits += [("de", "40-59", "not_stated", "thu", ("letters",), "returning")] * 9
    month = counts(visits, referrals=[("health", "open")] * 7 + [("legal_aid", "completed")] * 2)
    for k in (3, 5, 8):
        report = anonymise(month, k, GENERATED)
        for table in report.tables:
            assert all(cell.value is None or cell.value == 0 or cell.value >= k for cell in table.cells)
            for axis in range(len(table.dimensions)):
                for code in {cell.key[axis] for cell in table.cells}:
                    line = [cell for cell in table.cells if cell.key[axis] == code]
                    if len(table.dimensions) == 1:
                        line = table.cells
                    assert sum(1 for cell in line if cell.suppressed) != 1, (k, table.name, code)


def test_a_table_whose_total_is_below_k_publishes_no_non_zero_cell():
    month = counts([("ar", "27-39", "male", "mon", ("housing",), "returning")] * 20,
                   referrals=[("housing", "open")] * 3)
    table = anonymise(month, 5, GENERATED).table("referrals_by_category_and_status")
    assert table.total is None
    assert table.cell("housing", "open").suppressed == PRIMARY
    assert all(cell.value in (None, 0) for cell in table.cells)
    assert table.suppressed_count >= 2  # the total (3) is a key figure: one hidden cell would be pinned


def test_multi_tables_publish_no_total():
    report = anonymise(arabic_month(), 5, GENERATED)
    assert report.table("visits_by_topic").multi
    assert report.table("visits_by_topic").total is None
    assert report.table("visits_by_topic_and_weekday").total is None


@pytest.mark.parametrize("k", [2, 51, True, 5.0])
def test_k_below_3_or_not_a_whole_number_is_refused(k):
    with pytest.raises(ValidationError):
        anonymise(arabic_month(), k, GENERATED)


def test_period_parsing_and_bounds():
    assert Period.parse("2026-10") == OCTOBER
    assert Period.before(date(2026, 1, 15)) == Period(2025, 12)
    assert OCTOBER.end == date(2026, 11, 1)
    for bad in ("2026-13", "10/2026", "", "2026-1", "x" * 1000):
        with pytest.raises(ValidationError):
            Period.parse(bad)


def _report(site: str, k: int = 5, period: Period = OCTOBER, scale: int = 1) -> MonthlyReport:
    visits = [("ar", "27-39", "male", "mon", ("housing",), "returning")] * (10 * scale)
    visits += [("ar", "18-26", "female", "tue", ("health",), "new")] * (8 * scale)
    visits += [("de", "40-59", "female", "wed", ("work",), "returning")] * (12 * scale)
    visits += [("uk", "27-39", "male", "thu", ("housing",), "returning")] * 6
    visits += [("fa", "18-26", "female", "tue", ("health",), "new")] * 3
    return anonymise(counts(visits, site=site, period=period), k, GENERATED)


def test_merging_adds_known_cells_and_keeps_hidden_parts_hidden():
    a, b = _report("DUS-HBF"), _report("DUS-OST", scale=2)
    merged = merge_reports([a, b], date(2026, 11, 5), SiteRef("DUS", "Düsseldorf"))
    assert merged.sites == ("DUS-HBF", "DUS-OST")
    assert merged.total("visits") == a.total("visits") + b.total("visits")
    for table in merged.tables:
        for cell in table.cells:
            parts = [report.table(table.name).cell(*cell.key) for report in (a, b)]
            if all(part.published for part in parts):
                assert cell.value == sum(part.value for part in parts)
            else:
                assert cell.value is None
    languages = merged.table("visits_by_language")
    assert any(cell.value for cell in languages.cells)  # the sums of what both published
    # 3 + 3: each part was hidden as 1..4, so the sum lies in 2..8: hidden, and not "primary"
    # (which would claim it below k).
    assert languages.cell("fa").value is None
    assert languages.cell("fa").suppressed == COMPLEMENTARY


def test_merging_with_a_totals_only_site_hides_every_cell_it_could_change():
    small = anonymise(counts([("ar", "27-39", "male", "mon", ("housing",), "new")] * 4, site="DUS-S"),
                      5, GENERATED)
    merged = merge_reports([_report("DUS-HBF", scale=3), small], GENERATED, SiteRef("DUS", "Düsseldorf"))
    assert merged.total("visits") == 3 * 30 + 9 + 4
    # The small site's part of every cell is unknown and could be k or more: hidden, complementary.
    assert all(cell.suppressed == COMPLEMENTARY for cell in merged.table("visits_by_language").cells)


def test_merging_under_a_larger_k_suppresses_the_sums_again():
    a, b = _report("DUS-HBF", k=3), _report("DUS-OST", k=3)
    merged = merge_reports([a, b], GENERATED, SiteRef("DUS", "Düsseldorf"), k=8)
    assert merged.k == 8
    for table in merged.tables:
        assert all(cell.value is None or cell.value == 0 or cell.value >= 8 for cell in table.cells)


def test_merge_refuses_other_months_a_site_twice_and_a_single_report():
    a, b = _report("DUS-HBF"), _report("DUS-OST", period=Period(2026, 9))
    with pytest.raises(ReportFileError, match=r"B\.json: covers 2026-09"):
        merge_reports([a, b], GENERATED, SiteRef("DUS", "D"), sources=["A.json", "B.json"])
    with pytest.raises(ReportFileError, match=r"C\.json: site DUS-HBF is already in A\.json"):
        merge_reports([a, a], GENERATED, SiteRef("DUS", "D"), sources=["A.json", "C.json"])
    with pytest.raises(ReportFileError, match="at least two"):
        merge_reports([a], GENERATED, SiteRef("DUS", "D"))
