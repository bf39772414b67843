"""SQL of privacy: who is due for erasure, the erasure itself, subject records, the personal columns.

Erasure deletes the person's row and lets the foreign keys do the rest (storage/tables.py): visits
keep their figures with ``visitor_id`` NULL (anonymous visits), assignments and their history keep
the hours with ``volunteer_id`` NULL, languages and roles go with the volunteer. What no foreign key
reaches is deleted here: queue entries holding the card code, and the accounts of the volunteer.
``PRAGMA secure_delete`` (storage/engine.py) overwrites the freed bytes; ``truncate_wal`` then copies the
overwritten pages from the WAL into the file at once and empties the WAL.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import Engine, and_, case, delete, exists, func, or_, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from welcome_point.domain import vocabulary as v
from welcome_point.domain.models import Shift
from welcome_point.domain.privacy import VISITOR, VOLUNTEER, RecordSection, SubjectRecord, Value, add_months
from welcome_point.domain.shifts import hours_worked
from welcome_point.storage.tables import (
    AccountRow,
    AssignmentChangeRow,
    AssignmentRow,
    AuditEventRow,
    Base,
    OrganisationRow,
    QueueEntryRow,
    ReferralRow,
    ShiftRow,
    SiteRow,
    VisitorRow,
    VisitRow,
    VisitTopicRow,
    VisitVolunteerRow,
    VolunteerLanguageRow,
    VolunteerRoleRow,
    VolunteerRow,
)

log = logging.getLogger(__name__)

_CHUNK = 500  # ids per IN list, far below SQLite's limit of bound variables

# --- the personal columns of the schema --------------------------------------------------------

# The tables whose rows are about people, by processing activity (domain.privacy.ACTIVITY_CODES).
ACTIVITY_TABLES: dict[str, tuple[str, ...]] = {
    "desk": ("visitors", "visits", "visit_topics", "referrals", "queue_entries"),
    "volunteers": ("volunteers", "volunteer_languages", "volunteer_roles", "assignments",
                   "assignment_changes", "visit_volunteers"),
    "accounts": ("accounts", "audit_events"),
    "reports": (),
}
# Keys and checksums: they say nothing about a person by themselves. Every other column of the tables
# above counts as personal data, so a column added by a migration appears in the record by itself.
TECHNICAL_COLUMNS = frozenset({"id", "site_id", "visit_id", "shift_id", "assignment_id", "prev_hash", "hash",
                               "volunteer_languages.volunteer_id", "volunteer_roles.volunteer_id"})


def personal_columns() -> dict[str, tuple[tuple[str, str], ...]]:
    """Activity code -> the (table, column) pairs holding personal data, in the schema's column order."""
    tables = Base.metadata.tables
    result: dict[str, tuple[tuple[str, str], ...]] = {}
    for activity, names in ACTIVITY_TABLES.items():
        result[activity] = tuple(
            (name, column.name) for name in names for column in tables[name].columns
            if column.name not in TECHNICAL_COLUMNS and f"{name}.{column.name}" not in TECHNICAL_COLUMNS)
    return result


def controller(session: Session) -> tuple[str, str]:
    """The name and address of the (first) Welcome Point; empty before the first site is set up."""
    row = session.execute(select(SiteRow.name, SiteRow.address).order_by(SiteRow.id).limit(1)).first()
    return ("", "") if row is None else (row[0], row[1])


# --- who is due ------------------------------------------------------------------------------------

def _midnight(day: date) -> datetime:
    return datetime.combine(day, time())


def visitors_due(session: Session, cutoff: date) -> list[int]:
    """Visitors last seen before ``cutoff``: their newest visit (their first day, without a visit) lies
    before it, and no queue entry with their card arrived on it or later (someone waiting right now)."""
    since = _midnight(cutoff)
    any_visit = exists().where(VisitRow.visitor_id == VisitorRow.id)
    recent_visit = exists().where(VisitRow.visitor_id == VisitorRow.id, VisitRow.arrived_at >= since)
    waiting = exists().where(QueueEntryRow.card_code == VisitorRow.card_code,
                             QueueEntryRow.arrived_at >= since)
    query = (select(VisitorRow.id)
             .where(~recent_visit, ~waiting, or_(any_visit, VisitorRow.first_seen < cutoff))
             .order_by(VisitorRow.id))
    return list(session.scalars(query))


def volunteers_due(session: Session, cutoff: date) -> list[int]:
    """Volunteers who left before ``cutoff``: inactive, with a day left before it. An active volunteer is
    never due, whatever day left the row still holds."""
    query = (select(VolunteerRow.id)
             .where(VolunteerRow.active.is_(False), VolunteerRow.left_on.is_not(None),
                    VolunteerRow.left_on < cutoff)
             .order_by(VolunteerRow.id))
    return list(session.scalars(query))


def record_leaving(session: Session, today: date) -> int:
    """Give inactive volunteers without a day left (older data) ``today`` as that day (their joining day
    when that lies later), so retention counts from it; the number of volunteers changed."""
    result = session.execute(
        update(VolunteerRow)
        .where(VolunteerRow.active.is_(False), VolunteerRow.left_on.is_(None))
        .values(left_on=case((VolunteerRow.joined_on > today, VolunteerRow.joined_on), else_=today)))
    return int(getattr(result, "rowcount", 0) or 0)


def visitor_id(session: Session, card_code: str) -> int | None:
    """The id of the visitor with this (normalised) card code."""
    return session.scalar(select(VisitorRow.id).where(VisitorRow.card_code == card_code))


def volunteer_exists(session: Session, volunteer_id: int) -> bool:
    return session.scalar(select(func.count()).select_from(VolunteerRow)
                          .where(VolunteerRow.id == volunteer_id)) != 0


# --- erasure -------------------------------------------------------------------------------------

def _chunks(ids: Sequence[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield list(ids[start:start + _CHUNK])


def erase_visitors(session: Session, ids: Sequence[int]) -> int:
    """Delete the visitors and the queue entries with their card codes; their visits become anonymous."""
    erased = 0
    for chunk in _chunks(ids):
        codes = select(VisitorRow.card_code).where(VisitorRow.id.in_(chunk)).scalar_subquery()
        session.execute(delete(QueueEntryRow).where(QueueEntryRow.card_code.in_(codes)))
        result = session.execute(delete(VisitorRow).where(VisitorRow.id.in_(chunk)))
        erased += int(getattr(result, "rowcount", 0) or 0)
    return erased


@dataclass(frozen=True, slots=True)
class ErasedVolunteers:
    erased: int
    accounts_deleted: tuple[int, ...]
    accounts_kept: tuple[int, ...]  # the last active administrator account is never deleted (only unlinked)


def erase_volunteers(session: Session, ids: Sequence[int]) -> ErasedVolunteers:
    """Delete the volunteers (languages and roles with them) and their accounts; assignments, their history
    and the visits keep their hours and figures with the volunteer set to NULL.

    An account's user name may be a name, so a linked account is deleted, not merely unlinked; only when
    it is the last active administrator account does it stay (unlinked), or nobody could sign in as an
    administrator any more and the first-start set-up would open to anyone at the desk.
    """
    linked: list[tuple[int, str, bool]] = []
    for chunk in _chunks(ids):
        linked.extend((row[0], row[1], bool(row[2])) for row in session.execute(
            select(AccountRow.id, AccountRow.role, AccountRow.active)
            .where(AccountRow.volunteer_id.in_(chunk)).order_by(AccountRow.id)))
    admins = session.scalar(select(func.count()).select_from(AccountRow)
                            .where(AccountRow.role == "admin", AccountRow.active.is_(True))) or 0
    linked_admins = [account for account, role, active in linked if role == "admin" and active]
    kept = linked_admins[:1] if linked_admins and admins == len(linked_admins) else []
    deleted = [account for account, _, _ in linked if account not in kept]
    for chunk in _chunks(deleted):
        session.execute(delete(AccountRow).where(AccountRow.id.in_(chunk)))
    if kept:
        log.warning("kept account %s: it is the last active administrator (its volunteer link is removed)",
                    kept[0])
    erased = 0
    for chunk in _chunks(ids):
        result = session.execute(delete(VolunteerRow).where(VolunteerRow.id.in_(chunk)))
        erased += int(getattr(result, "rowcount", 0) or 0)
    return ErasedVolunteers(erased, tuple(deleted), tuple(kept))


def truncate_wal(engine: Engine, wait_ms: int = 1000) -> bool:
    """Copy the WAL into the database file and empty it (``PRAGMA wal_checkpoint(TRUNCATE)``); True when
    that completed.

    After an erasure the overwritten pages are in the WAL, while the file still holds the old ones (and
    the WAL may hold older copies too) until a checkpoint: this one makes the erasure reach the file at
    once. A reader holding an older snapshot (another window, a backup) stops it; then it waits at most
    ``wait_ms`` and gives up (logged): the pages reach the file at a later checkpoint, and older copies in
    the WAL are overwritten as the WAL is reused. Never raises.
    """
    try:
        with engine.connect() as connection:
            waited = connection.exec_driver_sql("PRAGMA busy_timeout").scalar()
            connection.exec_driver_sql(f"PRAGMA busy_timeout = {int(wait_ms)}")
            try:
                row = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").first()
            finally:
                connection.exec_driver_sql(f"PRAGMA busy_timeout = {int(waited or 0)}")
    except DBAPIError as error:
        log.info("the WAL was not checkpointed after the erasure (%s)", type(error.orig).__name__)
        return False
    if row is None or row[0] != 0:
        log.info("the WAL was not fully checkpointed after the erasure (a reader holds it)")
        return False
    return True


# --- subject records -----------------------------------------------------------------------------

def _audit_rows(session: Session, condition: ColumnElement[bool]) -> tuple[tuple[Value, ...], ...]:
    rows = session.execute(
        select(AuditEventRow.at, AuditEventRow.action, AuditEventRow.object_type, AuditEventRow.object_id)
        .where(condition).order_by(AuditEventRow.id))
    return tuple((at, action, object_type, object_id) for at, action, object_type, object_id in rows)


def visitor_record(session: Session, card_code: str, compiled_at: datetime,
                   visitor_months: int) -> SubjectRecord | None:
    """Everything about the card ``card_code`` (normalised), or None when no visitor has it."""
    visitor = session.scalars(select(VisitorRow).where(VisitorRow.card_code == card_code)).first()
    if visitor is None:
        return None
    visits = session.execute(
        select(VisitRow, SiteRow.code).join(SiteRow, SiteRow.id == VisitRow.site_id)
        .where(VisitRow.visitor_id == visitor.id).order_by(VisitRow.arrived_at, VisitRow.id)).all()
    visit_ids = [visit.id for visit, _ in visits]
    topics: dict[int, list[str]] = defaultdict(list)
    referral_rows: list[tuple[Value, ...]] = []
    for chunk in _chunks(visit_ids):
        for visit_id, topic in session.execute(select(VisitTopicRow.visit_id, VisitTopicRow.topic)
                                               .where(VisitTopicRow.visit_id.in_(chunk))):
            topics[visit_id].append(topic)
        for referral, name, category in session.execute(
                select(ReferralRow, OrganisationRow.name, OrganisationRow.category)
                .join(OrganisationRow, OrganisationRow.id == ReferralRow.organisation_id)
                .where(ReferralRow.visit_id.in_(chunk)).order_by(ReferralRow.created_at, ReferralRow.id)):
            referral_rows.append((referral.id, referral.visit_id, name, category, referral.topic,
                                  referral.status, referral.created_at, referral.follow_up_on,
                                  referral.status_changed_at))
    queue = session.execute(
        select(QueueEntryRow.id, QueueEntryRow.arrived_at, QueueEntryRow.language, QueueEntryRow.called_at)
        .where(QueueEntryRow.card_code == card_code).order_by(QueueEntryRow.id)).all()
    last_seen = max([visitor.first_seen, *(visit.arrived_at.date() for visit, _ in visits),
                     *(row[1].date() for row in queue)])
    fields: tuple[tuple[str, Value], ...] = (
        ("id", visitor.id), ("card_code", visitor.card_code), ("first_seen", visitor.first_seen),
        ("age_band", visitor.age_band), ("gender", visitor.gender), ("language", visitor.language),
        ("region", visitor.region), ("last_seen", last_seen),
        ("kept_until", add_months(last_seen, visitor_months)),
    )
    sections = (
        RecordSection("visits", ("id", "site", "arrived_at", "started_at", "ended_at", "group_size",
                                 "language", "interpreter_needed", "topics", "outcome"),
                      tuple((visit.id, site, visit.arrived_at, visit.started_at, visit.ended_at,
                             visit.group_size, visit.language, visit.interpreter_needed,
                             v.TOPICS.ordered(topics[visit.id]), visit.outcome) for visit, site in visits)),
        RecordSection("referrals", ("id", "visit_id", "organisation", "category", "topic", "status",
                                    "created_at", "follow_up_on", "status_changed_at"), tuple(referral_rows)),
        RecordSection("queue", ("id", "arrived_at", "language", "called_at"),
                      tuple(tuple(row) for row in queue)),
        RecordSection("audit", ("at", "action", "object_type", "object_id"), _audit_rows(
            session, and_(AuditEventRow.object_type == VISITOR, AuditEventRow.object_id == visitor.id))),
    )
    return SubjectRecord(kind=VISITOR, subject_id=visitor.id, reference=visitor.card_code,
                         compiled_at=compiled_at, fields=fields, sections=sections)


def volunteer_record(session: Session, volunteer_id: int, compiled_at: datetime,
                     volunteer_months: int) -> SubjectRecord | None:
    """Everything about one volunteer, or None when there is no such volunteer. Never password hashes."""
    person = session.get(VolunteerRow, volunteer_id)
    if person is None:
        return None
    levels, codes = v.LANGUAGE_LEVELS.codes, v.LANGUAGES.codes
    languages = sorted(  # strongest first, as the volunteer dialog lists them
        ((language, level) for language, level in session.execute(
            select(VolunteerLanguageRow.language, VolunteerLanguageRow.level)
            .where(VolunteerLanguageRow.volunteer_id == volunteer_id))),
        key=lambda pair: (levels.index(pair[1]) if pair[1] in levels else len(levels),
                          codes.index(pair[0]) if pair[0] in codes else len(codes)))
    roles = session.scalars(select(VolunteerRoleRow.role)
                            .where(VolunteerRoleRow.volunteer_id == volunteer_id))
    assignments = session.execute(
        select(AssignmentRow, ShiftRow, SiteRow.code)
        .join(ShiftRow, ShiftRow.id == AssignmentRow.shift_id).join(SiteRow, SiteRow.id == ShiftRow.site_id)
        .where(AssignmentRow.volunteer_id == volunteer_id)
        .order_by(ShiftRow.starts_at, AssignmentRow.id)).all()
    worked = [(Shift(id=shift.id, site_id=shift.site_id, starts_at=shift.starts_at, ends_at=shift.ends_at,
                     role=shift.role), assignment.status, assignment.checked_in_at, assignment.checked_out_at)
              for assignment, shift, _ in assignments]
    hours = hours_worked(worked)
    history = session.execute(
        select(AssignmentChangeRow.at, AssignmentChangeRow.action, AssignmentChangeRow.assignment_id)
        .where(or_(AssignmentChangeRow.volunteer_id == volunteer_id,
                   AssignmentChangeRow.other_volunteer_id == volunteer_id))
        .order_by(AssignmentChangeRow.at, AssignmentChangeRow.id)).all()
    accounts = session.execute(
        select(AccountRow.id, AccountRow.username, AccountRow.role, AccountRow.active, AccountRow.created_at,
               AccountRow.pin_hash.is_not(None))
        .where(AccountRow.volunteer_id == volunteer_id).order_by(AccountRow.id)).all()
    account_ids = [row[0] for row in accounts]
    visits = session.execute(
        select(VisitRow.id, VisitRow.arrived_at)
        .join(VisitVolunteerRow, VisitVolunteerRow.visit_id == VisitRow.id)
        .where(VisitVolunteerRow.volunteer_id == volunteer_id)
        .order_by(VisitRow.arrived_at, VisitRow.id)).all()
    about = and_(AuditEventRow.object_type == VOLUNTEER, AuditEventRow.object_id == volunteer_id)
    by_accounts = AuditEventRow.account_id.in_(account_ids)
    audit = _audit_rows(session, or_(about, by_accounts) if account_ids else about)
    kept_until = (None if person.active or person.left_on is None  # only who left is due (volunteers_due)
                  else add_months(person.left_on, volunteer_months))
    fields: tuple[tuple[str, Value], ...] = (
        ("id", person.id), ("display_name", person.display_name), ("phone", person.phone),
        ("email", person.email), ("joined_on", person.joined_on), ("left_on", person.left_on),
        ("consent_on", person.consent_on), ("active", person.active),
        ("hours", round(hours.total_hours, 2)), ("attended_shifts", hours.shifts),
        ("estimated_shifts", hours.estimated_shifts), ("kept_until_left", kept_until),
    )
    sections = (
        RecordSection("languages", ("language", "level"), tuple(tuple(row) for row in languages)),
        RecordSection("roles", ("role",), tuple((role,) for role in v.ROLES.ordered(roles))),
        RecordSection("assignments", ("id", "shift_id", "site", "starts_at", "ends_at", "role", "status",
                                      "checked_in_at", "checked_out_at"),
                      tuple((assignment.id, shift.id, site, shift.starts_at, shift.ends_at, shift.role,
                             assignment.status, assignment.checked_in_at, assignment.checked_out_at)
                            for assignment, shift, site in assignments)),
        RecordSection("shift_history", ("at", "action", "assignment_id"),
                      tuple(tuple(row) for row in history)),
        RecordSection("accounts", ("id", "username", "role", "active", "created_at", "has_pin"),
                      tuple((row[0], row[1], row[2], bool(row[3]), row[4], bool(row[5]))
                            for row in accounts)),
        RecordSection("visits", ("id", "date"), tuple((row[0], row[1].date()) for row in visits)),
        RecordSection("audit", ("at", "action", "object_type", "object_id"), audit),
    )
    return SubjectRecord(kind=VOLUNTEER, subject_id=person.id, reference=str(person.id),
                         compiled_at=compiled_at, fields=fields, sections=sections)
