"""The true figures of one month, for one site or all sites, in six GROUP BY queries.

Every visit query is bounded by ``arrived_at >= first day AND arrived_at < first day of the next
month``, so SQLite walks ``ix_visits_site_arrived`` (one site) or ``ix_visits_arrived`` (all
sites) over that month only; visitors, topics and referrals are joined from those visits through
their primary keys and ``ix_referrals_visit``. tests/storage/test_report_queries.py explains
every statement that counting a month runs.

The month's visits are walked four times, not once per table: one query groups them by every
visit dimension at once (language, weekday, age band, gender, visitor type), and the one-way
tables and language x age band are sums over its few hundred groups; the others count distinct
visitors, topics by weekday (whose sums are the topic table) and referrals. On a million visits
this takes about 60% of the time of one GROUP BY per table (benchmarks/report.py). Shifts are
read through ``ix_shifts_site_starts`` for one site; all sites read the shifts and assignments
tables whole, which hold a few thousand rows a year.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, and_, case, distinct, func, literal, literal_column, select
from sqlalchemy.orm import Session

from welcome_point.domain.models import Shift
from welcome_point.domain.report import Key, Period
from welcome_point.domain.shifts import STAFFED_STATUSES, hours_worked
from welcome_point.storage.tables import (
    AssignmentRow,
    OrganisationRow,
    ReferralRow,
    ShiftRow,
    SiteRow,
    VisitorRow,
    VisitRow,
    VisitTopicRow,
)

NOT_STATED = "not_stated"
# SQLite's strftime('%w'): 0 is Sunday. Another database would need its own weekday expression
# (EXTRACT(ISODOW ...) in PostgreSQL); this is the only SQLite-specific function used here.
WEEKDAY_CODES = {"1": "mon", "2": "tue", "3": "wed", "4": "thu", "5": "fri", "6": "sat", "0": "sun"}


@dataclass(frozen=True, slots=True)
class MonthFigures:
    """``totals`` for every key of TOTAL_KEYS; ``tables`` with the non-zero cells of each table."""

    totals: dict[str, int | float]
    tables: dict[str, dict[Key, int]] = field(default_factory=dict)


def site_rows(session: Session) -> list[tuple[int, str, str]]:
    """(id, code, name) of every site, by code."""
    return [(row.id, row.code, row.name)
            for row in session.execute(select(SiteRow.id, SiteRow.code, SiteRow.name).order_by(SiteRow.code))]


def _start(day: date) -> datetime:
    return datetime.combine(day, time.min)


def _weekday(moment: Any) -> ColumnElement[str]:
    # Inlined, not bound: the same text in SELECT and GROUP BY is then one expression to SQLite.
    return func.strftime(literal_column("'%w'"), moment)


def _visits_in(period: Period, site_id: int | None) -> list[ColumnElement[bool]]:
    # site_id first: with it, the condition matches ix_visits_site_arrived column by column.
    in_month = [VisitRow.arrived_at >= _start(period.first_day), VisitRow.arrived_at < _start(period.end)]
    return in_month if site_id is None else [VisitRow.site_id == site_id, *in_month]


def _shifts_in(period: Period, site_id: int | None) -> list[ColumnElement[bool]]:
    in_month = [ShiftRow.starts_at >= _start(period.first_day), ShiftRow.starts_at < _start(period.end)]
    return in_month if site_id is None else [ShiftRow.site_id == site_id, *in_month]


def _first_seen_in(period: Period) -> ColumnElement[bool]:
    return and_(VisitorRow.first_seen >= period.first_day, VisitorRow.first_seen < period.end)


def statements(period: Period, site_id: int | None) -> dict[str, Select[Any]]:
    """The month's queries by name, for ``month_figures`` and whoever wants to see their SQL."""
    visits = _visits_in(period, site_id)
    visitor_type = case((VisitRow.visitor_id.is_(None), literal(None)),
                        (_first_seen_in(period), literal("new")), else_=literal("returning"))
    dimensions = (VisitRow.language, _weekday(VisitRow.arrived_at),
                  func.coalesce(VisitorRow.age_band, literal_column(f"'{NOT_STATED}'")),
                  func.coalesce(VisitorRow.gender, literal_column(f"'{NOT_STATED}'")), visitor_type)
    by_visit = (
        select(*dimensions, func.count())
        .select_from(VisitRow).outerjoin(VisitorRow, VisitorRow.id == VisitRow.visitor_id)
        .where(*visits).group_by(*dimensions))
    visitors = (
        select(func.count(distinct(VisitRow.visitor_id)),
               func.count(distinct(case((_first_seen_in(period), VisitRow.visitor_id)))))
        .select_from(VisitRow).join(VisitorRow, VisitorRow.id == VisitRow.visitor_id).where(*visits))
    topic_weekday = (VisitTopicRow.topic, _weekday(VisitRow.arrived_at))
    topics = (
        select(*topic_weekday, func.count())
        .select_from(VisitRow).join(VisitTopicRow, VisitTopicRow.visit_id == VisitRow.id)
        .where(*visits).group_by(*topic_weekday))
    referrals = (
        select(OrganisationRow.category, ReferralRow.status, func.count())
        .select_from(VisitRow).join(ReferralRow, ReferralRow.visit_id == VisitRow.id)
        .join(OrganisationRow, OrganisationRow.id == ReferralRow.organisation_id)
        .where(*visits).group_by(OrganisationRow.category, ReferralRow.status))
    # Attended assignments one by one: hours follow the certificates' rule (domain.shifts.hours_worked).
    attended = (
        select(AssignmentRow.volunteer_id, ShiftRow.site_id, ShiftRow.starts_at, ShiftRow.ends_at,
               ShiftRow.role, AssignmentRow.checked_in_at, AssignmentRow.checked_out_at)
        .select_from(ShiftRow).join(AssignmentRow, AssignmentRow.shift_id == ShiftRow.id)
        .where(*_shifts_in(period, site_id), AssignmentRow.status == "attended"))
    staffed = (select(func.count()).where(AssignmentRow.shift_id == ShiftRow.id,
                                          AssignmentRow.status.in_(sorted(STAFFED_STATUSES)))
               .scalar_subquery())
    shifts = (
        select(func.count(), func.coalesce(func.sum(case((staffed < ShiftRow.min_staff, 1), else_=0)), 0))
        .select_from(ShiftRow).where(*_shifts_in(period, site_id)))
    return {"by_visit": by_visit, "visitors": visitors, "topics": topics, "referrals": referrals,
            "attended": attended, "shifts": shifts}


def _volunteer_hours(rows: Sequence[Row[Any]]) -> tuple[float, int]:
    """Total hours and active volunteers, per person as on their certificate (no minute twice)."""
    by_volunteer: dict[object, list[tuple[Shift, str, datetime | None, datetime | None]]] = {}
    for index, row in enumerate(rows):
        volunteer_id, site, starts_at, ends_at, role, checked_in, checked_out = tuple(row)
        shift = Shift(id=None, site_id=site, starts_at=starts_at, ends_at=ends_at, role=role)
        # An erased volunteer's shifts cannot be told apart by person: each counts on its own.
        person = volunteer_id if volunteer_id is not None else ("erased", index)
        by_volunteer.setdefault(person, []).append((shift, "attended", checked_in, checked_out))
    total = sum((hours_worked(worked).total for worked in by_volunteer.values()), timedelta())
    active = sum(1 for person in by_volunteer if not isinstance(person, tuple))
    return round(total.total_seconds() / 3600, 1), active


def _margin(cells: Mapping[Key, int], position: int) -> dict[Key, int]:
    summed: Counter[Key] = Counter()
    for key, count in cells.items():
        summed[(key[position],)] += count
    return dict(summed)


def month_figures(session: Session, period: Period, site_id: int | None) -> MonthFigures:
    """Every figure of MonthCounts for ``period``: one site, or all sites when ``site_id`` is None."""
    queries = statements(period, site_id)
    # (language, weekday, age band, gender, visitor type or None for an anonymous visit) -> visits
    joint: dict[tuple[str, str, str, str, str | None], int] = {}
    for language, weekday, age_band, gender, visitor_type, count in session.execute(queries["by_visit"]):
        joint[(language, WEEKDAY_CODES[weekday], age_band, gender, visitor_type)] = count
    distinct_visitors, new_visitors = session.execute(queries["visitors"]).one()
    topic_weekday: dict[Key, int] = {}
    for topic, weekday, count in session.execute(queries["topics"]):
        topic_weekday[(topic, WEEKDAY_CODES[weekday])] = count
    referrals: dict[Key, int] = {(category, status): count
                                 for category, status, count in session.execute(queries["referrals"])}
    hours, volunteers = _volunteer_hours(session.execute(queries["attended"]).all())
    shifts, understaffed = session.execute(queries["shifts"]).one()

    by_dimensions: dict[str, Counter[Key]] = {name: Counter() for name in (
        "language", "weekday", "age_band", "gender", "visitor_type", "language_and_age_band")}
    for (language, weekday, age_band, gender, visitor_type), count in joint.items():
        by_dimensions["language"][(language,)] += count
        by_dimensions["weekday"][(weekday,)] += count
        by_dimensions["age_band"][(age_band,)] += count
        by_dimensions["gender"][(gender,)] += count
        by_dimensions["language_and_age_band"][(language, age_band)] += count
        if visitor_type is not None:
            by_dimensions["visitor_type"][(visitor_type,)] += count
    visits = sum(joint.values())
    anonymous = sum(count for key, count in joint.items() if key[4] is None)
    totals: dict[str, int | float] = {
        "visits": visits,
        "visitors_distinct": int(distinct_visitors),
        "visitors_new": int(new_visitors),
        "visits_anonymous": anonymous,
        "referrals": sum(referrals.values()),
        "volunteer_hours": hours,
        "volunteers_active": int(volunteers),
        "shifts_planned": int(shifts),
        "shifts_understaffed": int(understaffed),
    }
    tables: dict[str, dict[Key, int]] = {
        f"visits_by_{name}": dict(cells) for name, cells in by_dimensions.items()}
    tables["visits_by_topic"] = _margin(topic_weekday, 0)
    tables["visits_by_topic_and_weekday"] = topic_weekday
    tables["referrals_by_category_and_status"] = referrals
    return MonthFigures(totals=totals, tables=tables)
