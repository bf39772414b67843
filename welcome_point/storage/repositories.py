"""Repositories: SQL in, domain dataclasses out. Each works inside a session it is given."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from welcome_point.domain.models import Site
from welcome_point.storage.tables import (
    AccountRow,
    AssignmentRow,
    AuditEventRow,
    OrganisationRow,
    ReferralRow,
    SettingRow,
    ShiftRow,
    SiteRow,
    VisitorRow,
    VisitRow,
    VolunteerRow,
)

# What `welcome-point info` and the settings page count, in the order they show it.
COUNTED = {
    "sites": SiteRow,
    "visitors": VisitorRow,
    "visits": VisitRow,
    "referrals": ReferralRow,
    "organisations": OrganisationRow,
    "volunteers": VolunteerRow,
    "shifts": ShiftRow,
    "assignments": AssignmentRow,
    "accounts": AccountRow,
    "audit_events": AuditEventRow,
    "settings": SettingRow,
}


def _site(row: SiteRow) -> Site:
    return Site(id=row.id, code=row.code, name=row.name, address=row.address,
                opening_hours=row.opening_hours)


class SqlSiteRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def first(self) -> Site | None:
        row = self._session.scalars(select(SiteRow).order_by(SiteRow.id).limit(1)).first()
        return None if row is None else _site(row)

    def add(self, site: Site) -> Site:
        row = SiteRow(code=site.code, name=site.name, address=site.address,
                      opening_hours=site.opening_hours)
        self._session.add(row)
        self._session.flush()
        return _site(row)

    def update(self, site: Site) -> Site:
        row = self._session.get(SiteRow, site.id)
        if row is None:
            return self.add(site)
        row.code, row.name, row.address, row.opening_hours = (site.code, site.name, site.address,
                                                               site.opening_hours)
        self._session.flush()
        return _site(row)


class SqlSettingsRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, key: str, default: str | None = None) -> str | None:
        row = self._session.get(SettingRow, key)
        return default if row is None else row.value

    def set(self, key: str, value: str) -> None:
        self._session.merge(SettingRow(key=key, value=value))


class SqlStatisticsRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def row_counts(self) -> dict[str, int]:
        return {name: self._session.scalar(select(func.count()).select_from(table)) or 0
                for name, table in COUNTED.items()}

