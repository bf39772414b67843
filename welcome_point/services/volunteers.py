"""Volunteers: who they are, which languages they speak and how well, their roles and consent.

Contact data (phone, e-mail) is kept only with a recorded consent date: the domain dataclass
and a CHECK constraint both refuse it otherwise. Nothing here logs a volunteer's data.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import replace
from datetime import date, datetime, time
from typing import TYPE_CHECKING

from welcome_point.domain import directory_csv as dc
from welcome_point.domain.access import Role
from welcome_point.domain.directory_csv import fold
from welcome_point.domain.errors import ValidationError
from welcome_point.domain.models import Volunteer
from welcome_point.services.access import Access, public, requires
from welcome_point.storage.engine import Database
from welcome_point.storage.shifts import SqlShiftRepository
from welcome_point.storage.volunteers import SqlVolunteerRepository

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from welcome_point.services.audit import AuditService


def sort_key(volunteer: Volunteer) -> tuple[str, int]:
    return fold(volunteer.display_name), volunteer.id or 0


def speaks(volunteer: Volunteer, languages: Collection[str]) -> bool:
    """Whether the volunteer speaks any of ``languages`` (at any level)."""
    return any(lang.language in languages for lang in volunteer.languages)


def matches(volunteer: Volunteer, text: str = "", languages: Collection[str] | None = None,
            include_inactive: bool = False) -> bool:
    """The one filter of the service and the page: every word of ``text`` in the name (case and
    accents aside), speaking one of ``languages`` when given, active unless inactive ones count.

    Only the name is searched: typing part of a phone number must not find a person.
    """
    if not include_inactive and not volunteer.active:
        return False
    if languages is not None and not speaks(volunteer, languages):
        return False
    name = fold(volunteer.display_name)
    return all(word in name for word in fold(text).split())


def check_contact(volunteer: Volunteer) -> None:
    """Phone and e-mail in the formats the directory accepts (a number one can dial, an address
    one can write to); raises ValidationError naming the field."""
    messages = {dc.BAD_PHONE: "phone: only digits, spaces and + / - ( ) are allowed, with at least 5 digits",
                dc.BAD_EMAIL: "email: not an e-mail address"}
    for field in ("phone", "email"):
        code = dc.text_problem(field, getattr(volunteer, field))
        if code in messages:
            raise ValidationError(messages[code], field)


class VolunteerService:
    def __init__(self, database: Database, clock: Callable[[], datetime] = datetime.now,
                 *, access: Access | None = None, audit: AuditService | None = None) -> None:
        self._access = access or Access()
        self._audit = audit
        self._db = database
        self._clock = clock

    @public
    def today(self) -> date:
        return self._clock().date()

    @requires(Role.COORDINATOR)
    def search(self, text: str = "", language: str | None = None,
               include_inactive: bool = False) -> list[Volunteer]:
        """Volunteers whose name holds every word of ``text`` and who speak ``language``, by name."""
        with self._db.read() as session:
            everybody = SqlVolunteerRepository(session).list_all(include_inactive=include_inactive)
        wanted = None if language is None else (language,)
        return sorted((p for p in everybody if matches(p, text, wanted, include_inactive)), key=sort_key)

    @requires(Role.COORDINATOR)
    def get(self, volunteer_id: int) -> Volunteer | None:
        with self._db.read() as session:
            return SqlVolunteerRepository(session).get(volunteer_id)

    @requires(Role.COORDINATOR)
    def save(self, volunteer: Volunteer) -> Volunteer:
        """Create (no id) or update a volunteer with their languages and roles.

        The dataclass has already refused contact data without a consent date; a consent given
        in the future is refused here (it cannot have been recorded yet). ``active`` and
        ``left_on`` are kept together as ``set_active`` keeps them (retention counts from the
        day an inactive volunteer left, domain/privacy.py): an active volunteer is saved without
        a day left, an inactive one without a day left today (their joining day, when they
        join later). Saving a volunteer inactive cancels their open assignments from that day
        on, as ``set_active`` does.
        """
        check_contact(volunteer)
        if volunteer.consent_on is not None and volunteer.consent_on > self.today():
            raise ValidationError("the consent date lies in the future", "consent_on")
        if volunteer.active:
            volunteer = replace(volunteer, left_on=None)
        elif volunteer.left_on is None:
            volunteer = replace(volunteer, left_on=max(self.today(), volunteer.joined_on))
        with self._db.write() as session:
            repository = SqlVolunteerRepository(session)
            if volunteer.id is None:
                return repository.add(volunteer)
            current = repository.get(volunteer.id)
            if current is None:
                raise ValidationError("this volunteer no longer exists")
            saved = repository.update(volunteer)
            assert saved is not None
            if saved.left_on is not None:
                self._cancel_open(session, volunteer.id, saved.left_on, was_active=current.active)
        return saved

    @requires(Role.COORDINATOR)
    def set_active(self, volunteer_id: int, active: bool, left_on: date | None = None) -> Volunteer:
        """Deactivate (left on ``left_on``, today by default) or reactivate (the left date cleared).

        History stays: past shifts and hours keep the volunteer's name. Deactivating cancels, in the
        same transaction and with a history line each, their planned and confirmed assignments on
        shifts from ``left_on`` on (the first day they are gone, as the conflict rules read it) that
        have not started yet, so no shift looks staffed by someone who left. Reactivating brings
        none of them back: the shifts may have been filled since.
        """
        if active:
            left_on = None
        elif left_on is None:
            left_on = self.today()
        with self._db.write() as session:
            repository = SqlVolunteerRepository(session)
            current = repository.get(volunteer_id)
            if current is None:
                raise ValidationError("this volunteer no longer exists")
            if left_on is not None and left_on < current.joined_on:
                raise ValidationError("the volunteer cannot leave before joining", "left_on")
            replace(current, active=active, left_on=left_on)  # the dataclass's checks, before writing
            saved = repository.set_active(volunteer_id, active, left_on)
            if left_on is not None:
                self._cancel_open(session, volunteer_id, left_on, was_active=current.active)
        assert saved is not None
        return saved

    def _cancel_open(self, session: Session, volunteer_id: int, left_on: date, *, was_active: bool) -> None:
        """In the caller's transaction: cancel the open assignments of a volunteer who left on ``left_on``
        on shifts from that day on that have not started, and audit the deactivation if it is one."""
        now = self._clock().replace(microsecond=0)
        shifts = SqlShiftRepository(session)
        first_gone = max(datetime.combine(left_on, time()), now)
        for assignment in shifts.open_assignments(volunteer_id, first_gone):
            shifts.cancel(assignment, now)
        if was_active and self._audit is not None:
            self._audit.record_in(session, "volunteer_deactivated", "volunteer", volunteer_id)
