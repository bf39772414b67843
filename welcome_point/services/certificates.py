"""The facts behind rosters and hour certificates; the UI and the command line add the labels."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from welcome_point.domain.access import Role
from welcome_point.domain.certificates import (
    DEFAULT_HOURS_PER_WEEK,
    DEFAULT_HOURS_PER_YEAR,
    Threshold,
    verification_code,
)
from welcome_point.domain.errors import ValidationError
from welcome_point.domain.models import Site, Volunteer
from welcome_point.domain.shifts import Hours, ShiftView
from welcome_point.services.access import Access, requires
from welcome_point.services.shifts import ShiftService
from welcome_point.services.volunteers import VolunteerService
from welcome_point.storage.engine import Database
from welcome_point.storage.repositories import SqlSettingsRepository, SqlSiteRepository

if TYPE_CHECKING:
    from welcome_point.services.audit import AuditService

YEARLY_KEY = "certificates.hours_per_year"
WEEKLY_KEY = "certificates.hours_per_week"


@dataclass(frozen=True, slots=True)
class RosterFacts:
    site: Site
    first: date
    last: date
    shifts: tuple[ShiftView, ...]


@dataclass(frozen=True, slots=True)
class CertificateFacts:
    volunteer: Volunteer
    site: Site
    first: date
    last: date
    hours: Hours
    code: str
    threshold: Threshold
    meets_threshold: bool


class CertificateService:
    def __init__(self, database: Database, shifts: ShiftService, volunteers: VolunteerService,
                 today: Callable[[], date] = date.today,
                 *, access: Access | None = None, audit: AuditService | None = None) -> None:
        self._access = access or Access()
        self._audit = audit
        self._today = today
        self._db = database
        self._shifts = shifts
        self._volunteers = volunteers

    def _site(self) -> Site:
        with self._db.read() as session:
            site = SqlSiteRepository(session).first()
        if site is None:
            raise ValidationError("no Welcome Point is set up yet")
        return site

    @requires(Role.COORDINATOR)
    def threshold(self) -> Threshold:
        with self._db.read() as session:
            settings = SqlSettingsRepository(session)
            yearly = settings.get(YEARLY_KEY)
            weekly = settings.get(WEEKLY_KEY)
        try:
            return Threshold(float(yearly) if yearly else DEFAULT_HOURS_PER_YEAR,
                             float(weekly) if weekly else DEFAULT_HOURS_PER_WEEK)
        except ValueError:
            return Threshold()  # a damaged setting falls back to the rule's numbers

    @requires(Role.STAFF)
    def set_threshold(self, threshold: Threshold) -> None:
        with self._db.write() as session:
            settings = SqlSettingsRepository(session)
            settings.set(YEARLY_KEY, str(threshold.hours_per_year))
            settings.set(WEEKLY_KEY, str(threshold.hours_per_week))
            if self._audit is not None:
                self._audit.record_in(session, "settings_changed", "certificate_threshold")

    @requires(Role.COORDINATOR)
    def roster(self, first: date, last: date) -> RosterFacts:
        if last < first:
            raise ValidationError("the period ends before it starts", "period")
        return RosterFacts(site=self._site(), first=first, last=last,
                           shifts=tuple(self._shifts.shifts_between(first, last)))

    @requires(Role.COORDINATOR)
    def certificate(self, volunteer_id: int, first: date, last: date) -> CertificateFacts:
        volunteer = self._volunteers.get(volunteer_id)
        if volunteer is None or volunteer.id is None:
            raise ValidationError(f"there is no volunteer number {volunteer_id}", "volunteer")
        # The period the certificate can speak for: not before joining, not after leaving, not in
        # the future (a year asked for in November ends today, and its weekly average with it).
        first = max(first, volunteer.joined_on)
        last = min(last, self._today(), volunteer.left_on or last)
        if last < first:
            raise ValidationError("the volunteer was not active in this period", "period")
        site = self._site()
        hours = self._shifts.hours(volunteer.id, first, last)
        threshold = self.threshold()
        return CertificateFacts(
            volunteer=volunteer, site=site, first=first, last=last, hours=hours,
            code=verification_code(site.code, volunteer.id, first, last, hours.total, hours.shifts),
            threshold=threshold, meets_threshold=threshold.met(hours.total, first, last))
