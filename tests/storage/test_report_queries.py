"""The month's figures on a hand-made month whose every number is counted here by hand,
and the plans of the very statements that compute them."""

from __future__ import annotations

import re
import sqlite3
from datetime import date, datetime

import pytest
from sqlalchemy import event

from welcome_point.domain import cardcode
from welcome_point.domain import models as m
from welcome_point.domain.report import TABLE_SPECS, TOTAL_KEYS, Period
from welcome_point.storage.bulk import Dataset, write_dataset
from welcome_point.storage.report_queries import month_figures, site_rows

OCTOBER = Period(2026, 10)
CODES = ("AAA-1", "BBB-2")


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def card(number: int) -> str:
    body = f"{number:09d}".translate(str.maketrans("0123456789", "ABCDEFGHJK"))
    return cardcode.format_code(body + cardcode.check_character(body))


def month_dataset() -> Dataset:
    """October 2026 at two sites, with visits, referrals and shifts on both sides of its bounds.

    Site 1: visits 2-6 (1 is on 30 September, 9 on 1 November). Site 2: visits 7 and 8.
    Visitor 1 was first seen in September; visitors 2 and 3 in October; visitor 4 in November.
    """
    sites = (m.Site(id=1, code=CODES[0], name="Welcome Point A"),
             m.Site(id=2, code=CODES[1], name="Welcome Point B"))
    organisations = (m.Organisation(id=1, name="Amt", category="authority"),
                     m.Organisation(id=2, name="Praxis", category="health"))
    volunteers = tuple(m.Volunteer(id=i, display_name=f"Volunteer {i}", joined_on=date(2026, 1, 1))
                       for i in (1, 2, 3))
    visitors = (
        m.Visitor(id=1, card_code=card(1), first_seen=date(2026, 9, 15), age_band="27-39",
                  gender="female"),
        m.Visitor(id=2, card_code=card(2), first_seen=date(2026, 10, 5), age_band="18-26",
                  gender="male"),
        m.Visitor(id=3, card_code=card(3), first_seen=date(2026, 10, 31), age_band="40-59",
                  gender="diverse"),
        m.Visitor(id=4, card_code=card(4), first_seen=date(2026, 11, 1), age_band="60+"),
    )
    visit = m.Visit
    visits = (
        visit(id=1, site_id=1, visitor_id=1, arrived_at=at("2026-09-30 23:59:59"), language="ar",
              topics=("housing",)),
        visit(id=2, site_id=1, visitor_id=1, arrived_at=at("2026-10-01 00:00:00"), language="ar",
              topics=("housing", "health")),
        visit(id=3, site_id=1, visitor_id=1, arrived_at=at("2026-10-12 10:00"), language="ar", topics=("work",)),
        visit(id=4, site_id=1, visitor_id=2, arrived_at=at("2026-10-05 11:00"), language="uk",
              topics=("housing",)),
        visit(id=5, site_id=1, arrived_at=at("2026-10-17 12:00"), language="de", topics=("letters", "health")),
        visit(id=6, site_id=1, arrived_at=at("2026-10-31 23:59:59"), language="fa", topics=("other",)),
        visit(id=7, site_id=2, visitor_id=3, arrived_at=at("2026-10-31 15:00"), language="ar",
              topics=("residence",)),
        visit(id=8, site_id=2, visitor_id=1, arrived_at=at("2026-10-18 09:00"), language="ar",
              topics=("housing",)),
        visit(id=9, site_id=1, visitor_id=4, arrived_at=at("2026-11-01 00:00:00"), language="ti",
              topics=("housing",)),
        visit(id=10, site_id=2, arrived_at=at("2026-11-01 00:00:00"), language="ar", topics=("housing",)),
    )
    created = at("2026-10-01 12:00")
    referrals = (
        m.Referral(id=1, visit_id=2, organisation_id=1, topic="housing", created_at=created, status="open"),
        m.Referral(id=2, visit_id=2, organisation_id=2, topic="health", created_at=created, status="completed"),
        m.Referral(id=3, visit_id=5, organisation_id=1, topic="letters", created_at=created, status="completed"),
        m.Referral(id=4, visit_id=1, organisation_id=1, topic="housing", created_at=created),
        m.Referral(id=5, visit_id=7, organisation_id=2, topic="residence", created_at=created,
                   status="followed_up"),
        m.Referral(id=6, visit_id=9, organisation_id=2, topic="housing", created_at=created),
    )
    shifts = (
        m.Shift(id=1, site_id=1, starts_at=at("2026-10-02 10:00"), ends_at=at("2026-10-02 13:00"), min_staff=2),
        m.Shift(id=2, site_id=1, starts_at=at("2026-10-31 22:00"), ends_at=at("2026-10-31 23:30"), min_staff=2),
        m.Shift(id=3, site_id=1, starts_at=at("2026-10-20 10:00"), ends_at=at("2026-10-20 12:00"), min_staff=1),
        m.Shift(id=4, site_id=1, starts_at=at("2026-11-01 00:00"), ends_at=at("2026-11-01 02:00"), min_staff=1),
        m.Shift(id=5, site_id=1, starts_at=at("2026-09-30 20:00"), ends_at=at("2026-09-30 23:59"), min_staff=1),
        m.Shift(id=6, site_id=2, starts_at=at("2026-10-10 10:00"), ends_at=at("2026-10-10 12:00"), min_staff=1),
    )
    a = m.Assignment
    assignments = (
        # Shift 1: 3 h 20 min checked, 3 h planned (no times); the cancellation counts nowhere.
        a(id=1, shift_id=1, volunteer_id=1, status="attended", checked_in_at=at("2026-10-02 09:50"),
          checked_out_at=at("2026-10-02 13:10")),
        a(id=2, shift_id=1, volunteer_id=2, status="attended"),
        a(id=3, shift_id=1, volunteer_id=3, status="cancelled"),
        # Shift 2: checked in, never out: the planned 1 h 30 min; the no-show leaves it understaffed.
        a(id=4, shift_id=2, volunteer_id=1, status="attended", checked_in_at=at("2026-10-31 22:00")),
        a(id=5, shift_id=2, volunteer_id=2, status="no_show"),
        # Shift 3 has nobody. Shifts 4 and 5 lie outside October.
        a(id=6, shift_id=4, volunteer_id=3, status="attended"),
        a(id=7, shift_id=5, volunteer_id=3, status="attended"),
        # Site 2: 1 h 30 min checked, 2 h of an erased volunteer (kept in the hours), one still planned.
        a(id=8, shift_id=6, volunteer_id=3, status="attended", checked_in_at=at("2026-10-10 10:00"),
          checked_out_at=at("2026-10-10 11:30")),
        a(id=9, shift_id=6, volunteer_id=None, status="attended"),
        a(id=10, shift_id=6, volunteer_id=2, status="planned"),
    )
    return Dataset(sites=sites, organisations=organisations, volunteers=volunteers, shifts=shifts,
                   assignments=assignments, visitors=visitors, visits=visits, referrals=referrals)


# The hand count of October: totals and the non-zero cells of every table.
SITE_1 = {
    "totals": {"visits": 5, "visitors_distinct": 2, "visitors_new": 1, "visits_anonymous": 2, "referrals": 3,
               "volunteer_hours": 7.8, "volunteers_active": 2, "shifts_planned": 3, "shifts_understaffed": 2},
    "visits_by_topic": {("housing",): 2, ("health",): 2, ("work",): 1, ("letters",): 1, ("other",): 1},
    "visits_by_language": {("ar",): 2, ("uk",): 1, ("de",): 1, ("fa",): 1},
    "visits_by_age_band": {("27-39",): 2, ("18-26",): 1, ("not_stated",): 2},
    "visits_by_gender": {("female",): 2, ("male",): 1, ("not_stated",): 2},
    "visits_by_weekday": {("thu",): 1, ("mon",): 2, ("sat",): 2},
    "visits_by_visitor_type": {("returning",): 2, ("new",): 1},
    "referrals_by_category_and_status": {("authority", "open"): 1, ("health", "completed"): 1,
                                         ("authority", "completed"): 1},
    "visits_by_language_and_age_band": {("ar", "27-39"): 2, ("uk", "18-26"): 1, ("de", "not_stated"): 1,
                                        ("fa", "not_stated"): 1},
    "visits_by_topic_and_weekday": {("housing", "thu"): 1, ("housing", "mon"): 1, ("health", "thu"): 1,
                                    ("health", "sat"): 1, ("work", "mon"): 1, ("letters", "sat"): 1,
                                    ("other", "sat"): 1},
}
SITE_2 = {
    "totals": {"visits": 2, "visitors_distinct": 2, "visitors_new": 1, "visits_anonymous": 0, "referrals": 1,
               "volunteer_hours": 3.5, "volunteers_active": 1, "shifts_planned": 1, "shifts_understaffed": 0},
    "visits_by_topic": {("residence",): 1, ("housing",): 1},
    "visits_by_language": {("ar",): 2},
    "visits_by_age_band": {("40-59",): 1, ("27-39",): 1},
    "visits_by_gender": {("diverse",): 1, ("female",): 1},
    "visits_by_weekday": {("sat",): 1, ("sun",): 1},
    "visits_by_visitor_type": {("new",): 1, ("returning",): 1},
    "referrals_by_category_and_status": {("health", "followed_up"): 1},
    "visits_by_language_and_age_band": {("ar", "40-59"): 1, ("ar", "27-39"): 1},
    "visits_by_topic_and_weekday": {("residence", "sat"): 1, ("housing", "sun"): 1},
}


def added(first: dict[tuple[str, ...], int], second: dict[tuple[str, ...], int]) -> dict[tuple[str, ...], int]:
    return {key: first.get(key, 0) + second.get(key, 0) for key in first.keys() | second.keys()}


ALL_SITES = {name: added(SITE_1[name], SITE_2[name]) for name in SITE_1 if name != "totals"}
# Visitor 1 came to both sites: one person, counted once; the hours and shifts simply add up.
ALL_SITES["totals"] = {"visits": 7, "visitors_distinct": 3, "visitors_new": 2, "visits_anonymous": 2,
                       "referrals": 4, "volunteer_hours": 11.3, "volunteers_active": 3, "shifts_planned": 4,
                       "shifts_understaffed": 2}


@pytest.fixture
def month(database):
    with database.write() as session:
        write_dataset(session, month_dataset())
    return database


def figures(database, period: Period, site_id: int | None):
    with database.read() as session:
        return month_figures(session, period, site_id)


@pytest.mark.parametrize(("site_id", "expected"), [(1, SITE_1), (2, SITE_2), (None, ALL_SITES)],
                         ids=["site 1", "site 2", "all sites"])
def test_every_figure_of_a_hand_made_month(month, site_id, expected) -> None:
    result = figures(month, OCTOBER, site_id)
    assert list(result.totals) == list(TOTAL_KEYS)
    assert result.totals == expected["totals"]
    assert isinstance(result.totals["volunteer_hours"], float)
    assert sorted(result.tables) == sorted(spec.name for spec in TABLE_SPECS)
    for name, cells in result.tables.items():
        assert cells == expected[name], name


def test_anonymous_visits_count_as_visits_and_not_stated_only(month) -> None:
    result = figures(month, OCTOBER, 1)
    tables = result.tables
    assert result.totals["visits_anonymous"] == 2
    assert sum(tables["visits_by_visitor_type"].values()) == result.totals["visits"] - 2
    assert tables["visits_by_age_band"][("not_stated",)] == tables["visits_by_gender"][("not_stated",)] == 2
    # The visitors counted are the card holders only.
    assert result.totals["visitors_distinct"] == 2


def test_month_bounds_are_first_midnight_inclusive_and_next_midnight_exclusive(month) -> None:
    september, november = figures(month, Period(2026, 9), 1), figures(month, Period(2026, 11), None)
    assert september.totals["visits"] == 1  # 30 September 23:59:59
    assert september.tables["visits_by_weekday"] == {("wed",): 1}
    assert september.totals["shifts_planned"] == 1
    assert november.totals["visits"] == 2  # both on 1 November 00:00:00, a Sunday
    assert november.tables["visits_by_weekday"] == {("sun",): 2}
    assert november.totals["visitors_new"] == 1
    assert november.totals["referrals"] == 1
    assert november.tables["visits_by_visitor_type"] == {("new",): 1}


def test_an_empty_month_is_all_zeros(month) -> None:
    result = figures(month, Period(2025, 1), None)
    assert result.totals == dict.fromkeys(TOTAL_KEYS, 0)
    assert result.totals["volunteer_hours"] == 0.0
    assert all(cells == {} for cells in result.tables.values())


def test_sites_come_by_code(month) -> None:
    with month.read() as session:
        assert site_rows(session) == [(1, "AAA-1", "Welcome Point A"), (2, "BBB-2", "Welcome Point B")]


def executed_plans(database, period: Period, site_id: int | None) -> list[tuple[str, str]]:
    """(statement, plan) of every SELECT that counting the month runs, with the values it binds."""
    recorded: list[tuple[str, tuple]] = []

    def record(connection, cursor, statement, parameters, context, executemany) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            recorded.append((statement, tuple(parameters)))

    event.listen(database.engine, "before_cursor_execute", record)
    try:
        figures(database, period, site_id)
    finally:
        event.remove(database.engine, "before_cursor_execute", record)
    connection = sqlite3.connect(database.path)
    try:
        return [(statement, " | ".join(row[3] for row in connection.execute(f"EXPLAIN QUERY PLAN {statement}",
                                                                              parameters)))
                for statement, parameters in recorded]
    finally:
        connection.close()


@pytest.mark.parametrize(("site_id", "index"), [(1, "ix_visits_site_arrived"), (None, "ix_visits_arrived")],
                         ids=["one site", "all sites"])
def test_every_visit_query_of_a_month_searches_an_index(demo_database, site_id, index) -> None:
    plans = executed_plans(demo_database, OCTOBER, site_id)
    on_visits = [(statement, shown) for statement, shown in plans if "FROM visits" in statement]
    assert len(on_visits) == 4, plans  # the visit dimensions, distinct visitors, topics, referrals
    for statement, shown in on_visits:
        assert re.search(rf"SEARCH visits USING (COVERING )?INDEX {index} ", shown), (statement, shown)
        for table in ("visits", "visit_topics", "referrals", "visitors", "organisations"):
            assert f"SCAN {table}" not in shown, (statement, shown)
    joins = " ".join(shown for _, shown in on_visits)
    assert "SEARCH visit_topics USING COVERING INDEX sqlite_autoindex_visit_topics_1 (visit_id=?)" in joins
    assert "SEARCH referrals USING INDEX ix_referrals_visit (visit_id=?)" in joins


def test_one_sites_shifts_are_searched_by_site_and_start(demo_database) -> None:
    on_shifts = [shown for statement, shown in executed_plans(demo_database, OCTOBER, 1)
                 if "FROM shifts" in statement]
    assert len(on_shifts) == 2
    assert all("SEARCH shifts USING INDEX ix_shifts_site_starts" in shown for shown in on_shifts), on_shifts
