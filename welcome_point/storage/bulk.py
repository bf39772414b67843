"""Fast bulk writes of whole datasets (demo data, later imports): Core executemany, one transaction."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Table, delete, insert
from sqlalchemy.orm import Session

from welcome_point.domain import models as m
from welcome_point.storage import tables as t

# Account and audit history are not part of a dataset: replacing the data must not lock
# anyone out nor erase the record of who did it. Settings stay too.
KEPT_ON_REPLACE = {"accounts", "audit_events", "settings"}


@dataclass(frozen=True, slots=True)
class Dataset:
    """Domain objects with their ids already assigned, ready to go into empty tables."""

    sites: tuple[m.Site, ...] = ()
    organisations: tuple[m.Organisation, ...] = ()
    volunteers: tuple[m.Volunteer, ...] = ()
    shifts: tuple[m.Shift, ...] = ()
    assignments: tuple[m.Assignment, ...] = ()
    visitors: tuple[m.Visitor, ...] = ()
    visits: tuple[m.Visit, ...] = ()
    referrals: tuple[m.Referral, ...] = ()


def erase_data(session: Session) -> None:
    for table in reversed(t.Base.metadata.sorted_tables):
        if table.name not in KEPT_ON_REPLACE:
            session.execute(delete(table))


def _put(session: Session, table: Table, rows: Iterable[dict[str, object]]) -> None:
    batch = list(rows)
    if batch:
        session.execute(insert(table), batch)


def write_dataset(session: Session, data: Dataset) -> None:
    tb = t.Base.metadata.tables
    _put(session, tb["sites"], ({"id": s.id, "code": s.code, "name": s.name, "address": s.address,
                                 "opening_hours": s.opening_hours} for s in data.sites))
    _put(session, tb["organisations"], (
        {"id": o.id, "name": o.name, "category": o.category, "address": o.address, "phone": o.phone,
         "email": o.email, "website": o.website, "opening_hours": o.opening_hours,
         "what_to_bring": o.what_to_bring, "is_example": o.is_example, "archived": o.archived}
        for o in data.organisations))
    _put(session, tb["organisation_topics"], (
        {"organisation_id": o.id, "topic": code} for o in data.organisations for code in o.topics))
    _put(session, tb["organisation_languages"], (
        {"organisation_id": o.id, "language": code} for o in data.organisations for code in o.languages))
    _put(session, tb["volunteers"], (
        {"id": p.id, "display_name": p.display_name, "phone": p.phone, "email": p.email,
         "joined_on": p.joined_on, "left_on": p.left_on, "consent_on": p.consent_on, "active": p.active}
        for p in data.volunteers))
    _put(session, tb["volunteer_languages"], (
        {"volunteer_id": p.id, "language": lang.language, "level": lang.level}
        for p in data.volunteers for lang in p.languages))
    _put(session, tb["volunteer_roles"], (
        {"volunteer_id": p.id, "role": role} for p in data.volunteers for role in p.roles))
    _put(session, tb["shifts"], (
        {"id": s.id, "site_id": s.site_id, "starts_at": s.starts_at, "ends_at": s.ends_at,
         "role": s.role, "min_staff": s.min_staff} for s in data.shifts))
    _put(session, tb["shift_languages"], (
        {"shift_id": s.id, "language": code} for s in data.shifts for code in s.wanted_languages))
    _put(session, tb["assignments"], (
        {"id": a.id, "shift_id": a.shift_id, "volunteer_id": a.volunteer_id, "status": a.status,
         "checked_in_at": a.checked_in_at, "checked_out_at": a.checked_out_at}
        for a in data.assignments))
    _put(session, tb["visitors"], (
        {"id": p.id, "card_code": p.card_code, "first_seen": p.first_seen, "age_band": p.age_band,
         "gender": p.gender, "language": p.language, "region": p.region} for p in data.visitors))
    _put(session, tb["visits"], (
        {"id": x.id, "site_id": x.site_id, "visitor_id": x.visitor_id, "arrived_at": x.arrived_at,
         "started_at": x.started_at, "ended_at": x.ended_at, "group_size": x.group_size,
         "language": x.language, "interpreter_needed": x.interpreter_needed, "outcome": x.outcome}
        for x in data.visits))
    _put(session, tb["visit_topics"], (
        {"visit_id": x.id, "topic": code} for x in data.visits for code in x.topics))
    _put(session, tb["visit_volunteers"], (
        {"visit_id": x.id, "volunteer_id": vid} for x in data.visits for vid in x.volunteer_ids))
    _put(session, tb["referrals"], (
        {"id": r.id, "visit_id": r.visit_id, "organisation_id": r.organisation_id, "topic": r.topic,
         "status": r.status, "follow_up_on": r.follow_up_on, "created_at": r.created_at,
         "status_changed_at": r.status_changed_at} for r in data.referrals))
