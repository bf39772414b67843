"""SQL of the desk: the queue, visitors by card code, and one visit with its topics and referrals."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from sqlalchemy import Date, DateTime, bindparam, case, delete, func, insert, literal, select, update
from sqlalchemy.orm import Session

from welcome_point.domain.desk import QueueEntry, ReferralChoice, VisitForm, VisitSummary
from welcome_point.domain.errors import ValidationError
from welcome_point.domain.models import Visitor
from welcome_point.domain.vocabulary import TOPICS
from welcome_point.storage.tables import (
    Base,
    OrganisationRow,
    QueueEntryRow,
    ReferralRow,
    VisitorRow,
    VisitRow,
    VisitTopicRow,
    VisitVolunteerRow,
    VolunteerRow,
)


def _entry(row: QueueEntryRow) -> QueueEntry:
    return QueueEntry(id=row.id, site_id=row.site_id, arrived_at=row.arrived_at, language=row.language,
                      card_code=row.card_code, called_at=row.called_at)


def _visitor(row: VisitorRow) -> Visitor:
    return Visitor(id=row.id, card_code=row.card_code, first_seen=row.first_seen, age_band=row.age_band,
                   gender=row.gender, language=row.language, region=row.region)


class SqlQueueRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def waiting(self, site_id: int) -> list[QueueEntry]:
        rows = self._session.scalars(
            select(QueueEntryRow).where(QueueEntryRow.site_id == site_id, QueueEntryRow.called_at.is_(None))
            .order_by(QueueEntryRow.arrived_at, QueueEntryRow.id))
        return [_entry(row) for row in rows]

    def in_conversation(self, site_id: int) -> list[QueueEntry]:
        rows = self._session.scalars(
            select(QueueEntryRow)
            .where(QueueEntryRow.site_id == site_id, QueueEntryRow.called_at.is_not(None))
            .order_by(QueueEntryRow.called_at, QueueEntryRow.id))
        return [_entry(row) for row in rows]

    def get(self, entry_id: int) -> QueueEntry | None:
        row = self._session.get(QueueEntryRow, entry_id)
        return None if row is None else _entry(row)

    def add(self, entry: QueueEntry) -> QueueEntry:
        row = QueueEntryRow(site_id=entry.site_id, arrived_at=entry.arrived_at, language=entry.language,
                            card_code=entry.card_code, called_at=entry.called_at)
        if entry.id is not None:
            row.id = entry.id  # Undo puts a person back under the same number
        self._session.add(row)
        self._session.flush()
        return _entry(row)

    def set_called(self, entry_id: int, called_at: datetime | None) -> QueueEntry | None:
        row = self._session.get(QueueEntryRow, entry_id)
        if row is None:
            return None
        row.called_at = called_at
        self._session.flush()
        return _entry(row)

    def remove(self, entry_id: int) -> QueueEntry | None:
        row = self._session.get(QueueEntryRow, entry_id)
        if row is None:
            return None
        entry = _entry(row)
        self._session.delete(row)
        return entry


class SqlVisitorRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def by_code(self, card_code: str) -> Visitor | None:
        row = self._session.scalars(select(VisitorRow).where(VisitorRow.card_code == card_code)).first()
        return None if row is None else _visitor(row)

    def get(self, visitor_id: int) -> Visitor | None:
        row = self._session.get(VisitorRow, visitor_id)
        return None if row is None else _visitor(row)

    def code_taken(self, card_code: str) -> bool:
        return self._session.scalar(
            select(func.count()).select_from(VisitorRow).where(VisitorRow.card_code == card_code)) != 0

    def add(self, visitor: Visitor) -> Visitor:
        row = VisitorRow(card_code=visitor.card_code, first_seen=visitor.first_seen,
                         age_band=visitor.age_band, gender=visitor.gender, language=visitor.language,
                         region=visitor.region)
        self._session.add(row)
        self._session.flush()
        return _visitor(row)

    def update_facts(self, card_code: str, age_band: str, gender: str, language: str) -> int | None:
        """What the visitor told us this time replaces what we knew (coarse facts only).

        Returns the visitor's id, or None when no visitor has this card."""
        return self._session.connection().execute(_UPDATE_FACTS, {
            "code": card_code, "age_band": age_band, "gender": gender, "language": language}).scalar()

    def delete_if_unvisited(self, visitor_id: int) -> bool:
        visits = self._session.scalar(
            select(func.count()).select_from(VisitRow).where(VisitRow.visitor_id == visitor_id))
        if visits:
            return False
        self._session.execute(delete(VisitorRow).where(VisitorRow.id == visitor_id))
        return True


class SqlVisitRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, site_id: int, visitor_id: int | None, form: VisitForm, created_at: datetime) -> tuple[
            int, tuple[int, ...]]:
        # Cached Core statements, not ORM objects: saving a visit is the desk's hot path
        # (benchmarks/desk.py measures it against raw sqlite3).
        connection = self._session.connection()
        visit_id: int = connection.execute(_INSERT_VISIT, {
            "site_id": site_id, "visitor_id": visitor_id, "arrived_at": form.arrived_at,
            "started_at": form.started_at, "ended_at": form.ended_at, "group_size": form.group_size,
            "language": form.language, "interpreter_needed": form.interpreter_needed,
            "outcome": form.outcome}).scalar_one()
        return visit_id, self._write_details(visit_id, form, created_at)

    def _write_details(self, visit_id: int, form: VisitForm, created_at: datetime) -> tuple[int, ...]:
        connection = self._session.connection()
        connection.execute(_INSERT_TOPICS, [{"visit_id": visit_id, "topic": topic} for topic in form.topics])
        if form.volunteer_ids:
            connection.execute(_INSERT_VOLUNTEERS, [
                {"visit_id": visit_id, "volunteer_id": volunteer} for volunteer in form.volunteer_ids])
        ids = []
        for choice in form.referrals:
            # Inserted only when the organisation exists and is not archived: one statement
            # checks and writes; no row back means a partner that cannot be referred to.
            referral_id = connection.execute(_INSERT_REFERRAL, {
                "visit_id": visit_id, "organisation_id": choice.organisation_id, "topic": choice.topic,
                "follow_up_on": form.follow_up_date(), "created_at": created_at}).scalar()
            if referral_id is None:
                raise ValidationError("a referral names an organisation that is not in the directory",
                                      "referrals")
            ids.append(referral_id)
        return tuple(ids)

    def update(self, visit_id: int, visitor_id: int | None, form: VisitForm, now: datetime) -> bool:
        """Replace a visit's facts; referrals that stay keep their status and history."""
        row = self._session.get(VisitRow, visit_id)
        if row is None:
            return False
        row.visitor_id = visitor_id
        row.arrived_at, row.started_at, row.ended_at = form.arrived_at, form.started_at, form.ended_at
        row.group_size, row.language = form.group_size, form.language
        row.interpreter_needed, row.outcome = form.interpreter_needed, form.outcome
        self._session.execute(delete(VisitTopicRow).where(VisitTopicRow.visit_id == visit_id))
        self._session.execute(delete(VisitVolunteerRow).where(VisitVolunteerRow.visit_id == visit_id))
        existing = {(r.organisation_id, r.topic): r for r in self._session.scalars(
            select(ReferralRow).where(ReferralRow.visit_id == visit_id))}
        wanted = {(r.organisation_id, r.topic) for r in form.referrals}
        for key, referral in existing.items():
            if key not in wanted:
                self._session.delete(referral)
        kept = [r for r in form.referrals if (r.organisation_id, r.topic) not in existing]
        self._session.flush()
        self._write_details(visit_id, replace(form, referrals=tuple(kept)), now)
        return True

    def delete(self, visit_id: int) -> bool:
        # Topics, volunteers and referrals go with it (ON DELETE CASCADE).
        row = self._session.get(VisitRow, visit_id)
        if row is None:
            return False
        self._session.delete(row)
        self._session.flush()
        return True

    def organisation_names(self, ids: set[int]) -> dict[int, str]:
        """Names of organisations, archived ones too (an old referral still shows its partner)."""
        rows = self._session.execute(select(OrganisationRow.id, OrganisationRow.name)
                                     .where(OrganisationRow.id.in_(ids)))
        return {organisation_id: name for organisation_id, name in rows}

    def referral_for_slip(self, referral_id: int) -> tuple[int, str, datetime, str] | None:
        """Organisation id, topic, creation time and the visit's language of one referral."""
        row = self._session.execute(
            select(ReferralRow.organisation_id, ReferralRow.topic, ReferralRow.created_at, VisitRow.language)
            .join(VisitRow, VisitRow.id == ReferralRow.visit_id)
            .where(ReferralRow.id == referral_id)).first()
        return None if row is None else (row[0], row[1], row[2], row[3])

    def form(self, visit_id: int) -> tuple[VisitForm, int | None] | None:
        """The visit as the form shows it for editing, and its visitor id."""
        row = self._session.get(VisitRow, visit_id)
        if row is None:
            return None
        topics = tuple(self._session.scalars(
            select(VisitTopicRow.topic).where(VisitTopicRow.visit_id == visit_id)))
        volunteers = tuple(self._session.scalars(
            select(VisitVolunteerRow.volunteer_id).where(VisitVolunteerRow.visit_id == visit_id)))
        referrals = self._session.execute(
            select(ReferralRow.organisation_id, ReferralRow.topic, ReferralRow.follow_up_on)
            .where(ReferralRow.visit_id == visit_id).order_by(ReferralRow.id)).all()
        visitor = None if row.visitor_id is None else self._session.get(VisitorRow, row.visitor_id)
        form = VisitForm(
            language=row.language, topics=_in_vocabulary_order(topics), arrived_at=row.arrived_at,
            started_at=row.started_at, ended_at=row.ended_at,
            card_code=None if visitor is None else visitor.card_code,
            age_band=visitor.age_band if visitor else "not_stated",
            gender=visitor.gender if visitor else "not_stated",
            group_size=row.group_size, interpreter_needed=row.interpreter_needed, outcome=row.outcome,
            referrals=tuple(ReferralChoice(org, topic) for org, topic, _ in referrals),
            volunteer_ids=volunteers,
            follow_up_on=referrals[0][2] if referrals else None)
        return form, row.visitor_id

    def of_day(self, site_id: int, day: date) -> list[VisitSummary]:
        start = datetime.combine(day, time())
        rows = self._session.execute(
            select(VisitRow).where(VisitRow.site_id == site_id, VisitRow.arrived_at >= start,
                                   VisitRow.arrived_at < start + timedelta(days=1))
            .order_by(VisitRow.arrived_at.desc(), VisitRow.id.desc())).scalars().all()
        ids = [row.id for row in rows]
        topics: dict[int, list[str]] = defaultdict(list)
        names: dict[int, list[str]] = defaultdict(list)
        if ids:
            for visit_id, topic in self._session.execute(
                    select(VisitTopicRow.visit_id, VisitTopicRow.topic)
                    .where(VisitTopicRow.visit_id.in_(ids))):
                topics[visit_id].append(topic)
            for visit_id, name in self._session.execute(
                    select(ReferralRow.visit_id, OrganisationRow.name)
                    .join(OrganisationRow, OrganisationRow.id == ReferralRow.organisation_id)
                    .where(ReferralRow.visit_id.in_(ids)).order_by(ReferralRow.id)):
                names[visit_id].append(name)
        return [VisitSummary(id=row.id, arrived_at=row.arrived_at, started_at=row.started_at,
                             ended_at=row.ended_at, language=row.language,
                             topics=_in_vocabulary_order(topics[row.id]), outcome=row.outcome,
                             group_size=row.group_size, returning=row.visitor_id is not None,
                             referral_names=tuple(names[row.id])) for row in rows]


# Core statements on the tables (not the ORM classes), compiled once and cached.
_TABLES = Base.metadata.tables
_VISITORS, _VISITS = _TABLES["visitors"], _TABLES["visits"]
_REFERRALS, _ORGANISATIONS = _TABLES["referrals"], _TABLES["organisations"]
_UPDATE_FACTS = (
    update(_VISITORS).where(_VISITORS.c.card_code == bindparam("code"))
    # "not stated" this time does not erase what the visitor told us before.
    .values(age_band=case((bindparam("age_band") == "not_stated", _VISITORS.c.age_band),
                          else_=bindparam("age_band")),
            gender=case((bindparam("gender") == "not_stated", _VISITORS.c.gender), else_=bindparam("gender")),
            language=bindparam("language"))
    .returning(_VISITORS.c.id))
_INSERT_VISIT = insert(_VISITS).returning(_VISITS.c.id)
_INSERT_TOPICS = insert(_TABLES["visit_topics"])
_INSERT_VOLUNTEERS = insert(_TABLES["visit_volunteers"])
_INSERT_REFERRAL = insert(_REFERRALS).from_select(
    ["visit_id", "organisation_id", "topic", "status", "follow_up_on", "created_at"],
    select(bindparam("visit_id"), _ORGANISATIONS.c.id, bindparam("topic"), literal("open"),
           bindparam("follow_up_on", type_=Date), bindparam("created_at", type_=DateTime))
    .where(_ORGANISATIONS.c.id == bindparam("organisation_id"), _ORGANISATIONS.c.archived.is_(False)),
).returning(_REFERRALS.c.id)


class SqlVolunteerNames:
    def __init__(self, session: Session) -> None:
        self._session = session

    def active(self) -> list[tuple[int, str]]:
        rows = self._session.execute(
            select(VolunteerRow.id, VolunteerRow.display_name).where(VolunteerRow.active.is_(True))
            .order_by(VolunteerRow.display_name))
        return [(vid, name) for vid, name in rows]


def _in_vocabulary_order(topics: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    return TOPICS.ordered(topics)
