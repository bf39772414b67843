"""ReportService: months entered at the desk, sites by code, the k setting, and the demo year
cross-checked against a plain Python count of the rows read back."""

from __future__ import annotations

import sqlite3
from collections import Counter
from datetime import date, datetime, timedelta

import pytest

from tests.conftest import DEMO_TODAY
from tests.storage.test_report_queries import ALL_SITES, CODES, OCTOBER, SITE_1, SITE_2, month_dataset
from welcome_point.domain import cardcode
from welcome_point.domain.desk import ReferralChoice, VisitForm
from welcome_point.domain.errors import ValidationError
from welcome_point.domain.models import Organisation, Shift
from welcome_point.domain.report import DEFAULT_K, TABLE_SPECS, TOTAL_KEYS, Period, SiteRef
from welcome_point.domain.shifts import hours_worked
from welcome_point.services.desk import DeskService
from welcome_point.services.reports import REPORT_K_KEY, ReportService
from welcome_point.storage.bulk import Dataset, write_dataset
from welcome_point.storage.repositories import SqlSettingsRepository

TODAY = date(2026, 11, 25)


@pytest.fixture
def two_sites(database) -> ReportService:
    with database.write() as session:
        write_dataset(session, month_dataset())
    return ReportService(database, today=lambda: TODAY)


def expected_tables(expected: dict) -> dict:
    return {name: cells for name, cells in expected.items() if name != "totals"}


def test_counts_of_one_site_and_of_all_sites(two_sites) -> None:
    for code, expected in zip(CODES, (SITE_1, SITE_2), strict=True):
        counts = two_sites.counts(OCTOBER, code)
        assert counts.site.code == code
        assert counts.sites == (code,)
        assert counts.period == OCTOBER
        assert dict(counts.totals) == expected["totals"]
        assert {name: dict(cells) for name, cells in counts.tables.items()} == expected_tables(expected)
    together = two_sites.counts(OCTOBER)
    assert together.site == SiteRef("ALL", "All Welcome Points")
    assert together.sites == CODES
    assert dict(together.totals) == ALL_SITES["totals"]
    assert {name: dict(cells) for name, cells in together.tables.items()} == expected_tables(ALL_SITES)


def test_sites_and_site_codes(two_sites) -> None:
    assert two_sites.sites() == [SiteRef("AAA-1", "Welcome Point A"), SiteRef("BBB-2", "Welcome Point B")]
    assert two_sites.counts(OCTOBER, " bbb-2 ").site.code == "BBB-2"  # typed at the command line
    with pytest.raises(ValidationError, match="no Welcome Point with code 'XYZ'") as raised:
        two_sites.counts(OCTOBER, "XYZ")
    assert raised.value.field == "site"
    with pytest.raises(ValidationError) as raised:
        two_sites.counts(OCTOBER, "X" * 1000)
    assert len(str(raised.value)) < 400


def test_default_period_is_last_month() -> None:
    service = ReportService(None, today=lambda: date(2026, 1, 3))  # type: ignore[arg-type]
    assert service.default_period() == Period(2025, 12)


def test_k_is_a_setting_with_a_safe_default(database) -> None:
    service = ReportService(database)
    assert service.k() == DEFAULT_K
    service.set_k(7)
    assert service.k() == 7
    for bad in (2, 51, 0, -5):
        with pytest.raises(ValidationError):
            service.set_k(bad)
    assert service.k() == 7
    for damaged in ("seven", "", "2", "99", "5.5"):
        with database.write() as session:
            SqlSettingsRepository(session).set(REPORT_K_KEY, damaged)
        assert service.k() == DEFAULT_K, damaged


def test_report_anonymises_with_the_chosen_k_and_todays_date(two_sites) -> None:
    two_sites.set_k(3)
    report = two_sites.report(OCTOBER, "AAA-1")
    assert (report.k, report.generated, report.period, report.site.code) == (3, TODAY, OCTOBER, "AAA-1")
    assert [total.key for total in report.totals] == list(TOTAL_KEYS)
    assert report.total("visits") == 5
    assert report.total("volunteer_hours") == 7.8
    assert report.totals_only  # 5 visits < 2k = 6
    # All sites together is the merge of the sites' own reports: both publish totals only (5 and
    # 2 visits < 6), so the sum does too, although 7 visits >= 6. Counted afresh, "all minus
    # AAA-1" would give back BBB-2's hidden figures.
    together = two_sites.report(OCTOBER, k=3)
    assert (together.k, together.site.code, together.sites) == (3, "ALL", ("AAA-1", "BBB-2"))
    assert together.total("visits") == 7
    assert together.totals_only
    with pytest.raises(ValidationError):
        two_sites.report(OCTOBER, k=1)


def test_a_month_still_running_cannot_be_reported(two_sites) -> None:
    with pytest.raises(ValidationError, match="not over yet"):
        two_sites.report(Period.of(TODAY))
    with pytest.raises(ValidationError, match="not over yet"):
        two_sites.report(Period.of(TODAY).next(), "AAA-1")


def test_a_database_without_a_welcome_point_says_so(database) -> None:
    with pytest.raises(ValidationError, match="no Welcome Point"):
        ReportService(database, lambda: TODAY).report(OCTOBER)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def test_a_month_entered_at_the_desk(database) -> None:
    with database.write() as session:
        write_dataset(session, Dataset(organisations=(
            Organisation(id=1, name="Jobcenter Mitte", category="authority", topics=("benefits",)),)))
    desk = DeskService(database, Clock(datetime(2026, 11, 2, 9, 0)))
    code = cardcode.generate()
    # A new card in October, the same person back at the last minute of the month, an anonymous
    # visit about two topics, and one in November that October must not see.
    desk.save_visit(VisitForm(language="ar", topics=("benefits",), arrived_at=datetime(2026, 10, 6, 10, 0),
                              card_code=code, new_visitor=True, age_band="27-39", gender="female",
                              referrals=(ReferralChoice(1, "benefits"),)))
    desk.save_visit(VisitForm(language="ar", topics=("benefits", "work"),
                              arrived_at=datetime(2026, 10, 31, 23, 59), card_code=code,
                              age_band="27-39", gender="female"))
    desk.save_visit(VisitForm(language="uk", topics=("housing", "health"),
                              arrived_at=datetime(2026, 10, 13, 15, 0)))
    desk.save_visit(VisitForm(language="uk", topics=("housing",), arrived_at=datetime(2026, 11, 1, 0, 0)))
    counts = ReportService(database).counts(OCTOBER, desk.site().code)
    assert dict(counts.totals) == {
        "visits": 3, "visitors_distinct": 1, "visitors_new": 1, "visits_anonymous": 1, "referrals": 1,
        "volunteer_hours": 0.0, "volunteers_active": 0, "shifts_planned": 0, "shifts_understaffed": 0}
    tables = counts.tables
    assert tables["visits_by_topic"] == {("benefits",): 2, ("work",): 1, ("housing",): 1, ("health",): 1}
    assert tables["visits_by_weekday"] == {("tue",): 2, ("sat",): 1}
    assert tables["visits_by_visitor_type"] == {("new",): 2}
    assert tables["visits_by_gender"] == {("female",): 2, ("not_stated",): 1}
    assert tables["visits_by_language_and_age_band"] == {("ar", "27-39"): 2, ("uk", "not_stated"): 1}
    assert tables["referrals_by_category_and_status"] == {("authority", "open"): 1}


# --- the demo year against an independent count -------------------------------------------------


def parsed(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def python_counts(path, period: Period, site_id: int | None) -> tuple[dict, dict]:
    """The figures of MonthCounts, counted row by row in Python from the tables as stored."""
    connection = sqlite3.connect(path)
    try:
        query = connection.execute
        first, end = period.first_day, period.end
        visitors = {row[0]: row[1:] for row in query("SELECT id, first_seen, age_band, gender FROM visitors")}
        visits = [(visit_id, visitor_id, parsed(arrived).date(), language)
                  for visit_id, site, visitor_id, arrived, language
                  in query("SELECT id, site_id, visitor_id, arrived_at, language FROM visits")
                  if site_id in (None, site) and first <= parsed(arrived).date() < end]
        topics: dict[int, list[str]] = {}
        for visit_id, topic in query("SELECT visit_id, topic FROM visit_topics"):
            topics.setdefault(visit_id, []).append(topic)
        categories = dict(query("SELECT id, category FROM organisations").fetchall())
        referrals = query("SELECT visit_id, organisation_id, status FROM referrals").fetchall()
        shifts = {row[0]: (parsed(row[2]), parsed(row[3]), row[4]) for row in query(
            "SELECT id, site_id, starts_at, ends_at, min_staff FROM shifts")
            if site_id in (None, row[1]) and first <= parsed(row[2]).date() < end}
        assignments = [row for row in query(
            "SELECT shift_id, volunteer_id, status, checked_in_at, checked_out_at FROM assignments")
            if row[0] in shifts]
    finally:
        connection.close()

    weekday = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
    tables: dict[str, Counter] = {spec.name: Counter() for spec in TABLE_SPECS}
    seen: set[int] = set()
    new: set[int] = set()
    for visit_id, visitor_id, day, language in visits:
        first_seen, age_band, gender = (visitors[visitor_id] if visitor_id is not None
                                        else (None, "not_stated", "not_stated"))
        tables["visits_by_language"][(language,)] += 1
        tables["visits_by_age_band"][(age_band,)] += 1
        tables["visits_by_gender"][(gender,)] += 1
        tables["visits_by_weekday"][(weekday[day.weekday()],)] += 1
        tables["visits_by_language_and_age_band"][(language, age_band)] += 1
        for topic in topics[visit_id]:
            tables["visits_by_topic"][(topic,)] += 1
            tables["visits_by_topic_and_weekday"][(topic, weekday[day.weekday()])] += 1
        if visitor_id is not None:
            seen.add(visitor_id)
            is_new = first <= date.fromisoformat(first_seen) < end
            tables["visits_by_visitor_type"][("new" if is_new else "returning",)] += 1
            if is_new:
                new.add(visitor_id)
    in_month = {visit[0] for visit in visits}
    for visit_id, organisation_id, status in referrals:
        if visit_id in in_month:
            tables["referrals_by_category_and_status"][(categories[organisation_id], status)] += 1
    # Hours per person by the certificates' rule (clamped times, overlaps once): the report must agree.
    per_person: dict[object, list] = {}
    staffed = Counter()
    for index, (shift_id, volunteer_id, status, checked_in, checked_out) in enumerate(assignments):
        if status in ("planned", "confirmed", "attended"):
            staffed[shift_id] += 1
        if status == "attended":
            starts, ends, _ = shifts[shift_id]
            shift = Shift(id=shift_id, site_id=1, starts_at=starts, ends_at=ends)
            person = volunteer_id if volunteer_id is not None else ("erased", index)
            per_person.setdefault(person, []).append(
                (shift, status, checked_in and parsed(checked_in), checked_out and parsed(checked_out)))
    worked = sum((hours_worked(rows).total for rows in per_person.values()), timedelta())
    active = {person for person in per_person if not isinstance(person, tuple)}
    totals = {
        "visits": len(visits), "visitors_distinct": len(seen), "visitors_new": len(new),
        "visits_anonymous": sum(1 for visit in visits if visit[1] is None),
        "referrals": sum(tables["referrals_by_category_and_status"].values()),
        "volunteer_hours": round(worked.total_seconds() / 3600, 1), "volunteers_active": len(active),
        "shifts_planned": len(shifts),
        "shifts_understaffed": sum(1 for shift_id, (_, _, least) in shifts.items() if staffed[shift_id] < least),
    }
    return totals, {name: dict(cells) for name, cells in tables.items()}


DEMO_MONTHS = [Period(2025, 11)]
while DEMO_MONTHS[-1] < Period.of(DEMO_TODAY):
    DEMO_MONTHS.append(DEMO_MONTHS[-1].next())


@pytest.mark.parametrize("site_code", [None, "DUS-WP1"], ids=["all sites", "one site"])
def test_demo_year_matches_a_row_by_row_count(demo_database, site_code) -> None:
    service = ReportService(demo_database, today=lambda: DEMO_TODAY)
    busy = 0
    for period in DEMO_MONTHS:
        counts = service.counts(period, site_code)
        totals, tables = python_counts(demo_database.path, period, None if site_code is None else 1)
        assert dict(counts.totals) == totals, period
        assert {name: dict(cells) for name, cells in counts.tables.items()} == tables, period
        # Every one-way table of visits adds up to the visits; visitor types to the card holders' visits.
        for spec in TABLE_SPECS:
            if spec.total_key is not None:
                assert sum(counts.tables[spec.name].values()) == counts.table_total(spec), (period, spec.name)
        assert sum(counts.tables["visits_by_language"].values()) == counts.totals["visits"]
        busy += totals["visits"] > 100 and totals["shifts_planned"] > 0 and totals["volunteer_hours"] > 0
    assert busy >= 10  # the cross-check saw real months, not empty ones
