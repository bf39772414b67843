"""SQL of the desk: the queue, visitors by card code, and one visit with its topics and referrals."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from welcome_point.domain.desk import QueueEntry, ReferralChoice, VisitForm, VisitSummary
from welcome_point.domain.models import Visitor
from welcome_point.domain.vocabulary import TOPICS
from welcome_point.storage.tables import (
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

    def update_facts(self, visitor_id: int, age_band: str, gender: str, language: str) -> None:
        """What the visitor told us this time replaces what we knew (coarse facts only)."""
        row = self._session.get(VisitorRow, visitor_id)
        if row is not None:
            row.age_band, row.gender, row.language = age_band, gender, language

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
        row = VisitRow(site_id=site_id, visitor_id=visitor_id, arrived_at=form.arrived_at,
                       started_at=form.started_at, ended_at=form.ended_at, group_size=form.group_size,
                       language=form.language, interpreter_needed=form.interpreter_needed,
                       outcome=form.outcome)
        self._session.add(row)
        self._session.flush()
        return row.id, self._write_details(row.id, form, created_at)

    def _write_details(self, visit_id: int, form: VisitForm, created_at: datetime) -> tuple[int, ...]:
        self._session.add_all(VisitTopicRow(visit_id=visit_id, topic=topic) for topic in form.topics)
        self._session.add_all(VisitVolunteerRow(visit_id=visit_id, volunteer_id=volunteer)
                              for volunteer in form.volunteer_ids)
        referrals = [ReferralRow(visit_id=visit_id, organisation_id=r.organisation_id, topic=r.topic,
                                 status="open", follow_up_on=form.follow_up_date(), created_at=created_at)
                     for r in form.referrals]
        self._session.add_all(referrals)
        self._session.flush()
        return tuple(r.id for r in referrals)

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

    def organisations_usable(self, ids: set[int]) -> bool:
        """All exist and none is archived."""
        found = set(self._session.scalars(select(OrganisationRow.id).where(
            OrganisationRow.id.in_(ids), OrganisationRow.archived.is_(False))))
        return found == ids

    def visitor_of(self, visit_id: int) -> int | None:
        return self._session.scalar(select(VisitRow.visitor_id).where(VisitRow.id == visit_id))

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


class SqlVolunteerNames:
    def __init__(self, session: Session) -> None:
        self._session = session

    def active(self) -> list[tuple[int, str]]:
        rows = self._session.execute(
            select(VolunteerRow.id, VolunteerRow.display_name).where(VolunteerRow.active.is_(True))
            .order_by(VolunteerRow.display_name))
        return [(vid, name) for vid, name in rows]


_TOPIC_ORDER = {code: i for i, code in enumerate(TOPICS.codes)}


def _in_vocabulary_order(topics: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(topics, key=lambda code: _TOPIC_ORDER.get(code, len(_TOPIC_ORDER))))
