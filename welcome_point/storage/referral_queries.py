"""SQL of the referrals page: the work list, status changes and counts per partner."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, datetime
from typing import NamedTuple

from sqlalchemy import ColumnElement, Integer, case, func, select
from sqlalchemy.orm import Session

from welcome_point.domain.models import Referral
from welcome_point.storage.tables import OrganisationRow, ReferralRow, VisitRow


class ReferralLine(NamedTuple):
    """One referral with what the list shows next to it: the partner's name, the visit's language."""

    id: int
    visit_id: int
    created_at: datetime
    organisation_id: int
    organisation_name: str
    topic: str
    language: str
    status: str
    follow_up_on: date | None
    status_changed_at: datetime | None


class PartnerCountLine(NamedTuple):
    organisation_id: int
    name: str
    open: int
    followed_up: int
    completed: int
    not_reached: int
    total: int


def _count_of(status: str) -> ColumnElement[int]:
    return func.sum(case((ReferralRow.status == status, 1), else_=0), type_=Integer)


def _referral(row: ReferralRow) -> Referral:
    return Referral(id=row.id, visit_id=row.visit_id, organisation_id=row.organisation_id, topic=row.topic,
                    created_at=row.created_at, status=row.status, follow_up_on=row.follow_up_on,
                    status_changed_at=row.status_changed_at)


_LINE_COLUMNS = (ReferralRow.id, ReferralRow.visit_id, ReferralRow.created_at, ReferralRow.organisation_id,
                 OrganisationRow.name, ReferralRow.topic, VisitRow.language, ReferralRow.status,
                 ReferralRow.follow_up_on, ReferralRow.status_changed_at)


class SqlReferralRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def lines(self, statuses: Collection[str], organisation_id: int | None = None,
              changed_since: datetime | None = None) -> list[ReferralLine]:
        """Referrals in ``statuses``; with ``changed_since``, only those whose status changed since then.

        ``status IN (...)`` leads both indexes (status, follow_up_on) and (organisation_id, status),
        so the list never reads the closed history of a year to find the open ones.
        """
        if not statuses:
            return []
        query = (select(*_LINE_COLUMNS)
                 .join(OrganisationRow, OrganisationRow.id == ReferralRow.organisation_id)
                 .join(VisitRow, VisitRow.id == ReferralRow.visit_id)
                 .where(ReferralRow.status.in_(sorted(statuses))))
        if organisation_id is not None:
            query = query.where(ReferralRow.organisation_id == organisation_id)
        if changed_since is not None:
            # A closed referral without a recorded change (imported history) counts from its creation.
            query = query.where(func.coalesce(ReferralRow.status_changed_at, ReferralRow.created_at)
                                >= changed_since)
        query = query.order_by(ReferralRow.follow_up_on, ReferralRow.id)
        return [ReferralLine._make(row) for row in self._session.execute(query)]

    def get(self, referral_id: int) -> Referral | None:
        row = self._session.get(ReferralRow, referral_id)
        return None if row is None else _referral(row)

    def write_status(self, referral_id: int, status: str, follow_up_on: date | None,
                     status_changed_at: datetime | None) -> Referral | None:
        """Set the three status fields as given; None when there is no such referral."""
        row = self._session.get(ReferralRow, referral_id)
        if row is None:
            return None
        row.status, row.follow_up_on, row.status_changed_at = status, follow_up_on, status_changed_at
        self._session.flush()
        return _referral(row)

    def counts_per_partner(self, since: datetime | None = None) -> list[PartnerCountLine]:
        """Referrals made since ``since`` per partner and status, in one GROUP BY.

        Partners without a referral in the period are left out; the most used come first.
        """
        query = (select(OrganisationRow.id, OrganisationRow.name, _count_of("open"), _count_of("followed_up"),
                        _count_of("completed"), _count_of("not_reached"), func.count(ReferralRow.id))
                 .join(ReferralRow, ReferralRow.organisation_id == OrganisationRow.id)
                 .group_by(OrganisationRow.id, OrganisationRow.name))
        if since is not None:
            query = query.where(ReferralRow.created_at >= since)
        query = query.order_by(func.count(ReferralRow.id).desc(), OrganisationRow.name, OrganisationRow.id)
        return [PartnerCountLine(org_id, name, int(opened), int(followed), int(completed), int(missed),
                                 int(total))
                for org_id, name, opened, followed, completed, missed, total in self._session.execute(query)]
