"""The volunteer service on a real SQLite file: consent before contact data, search, leaving and returning."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import text

from welcome_point.domain.access import Principal, Role
from welcome_point.domain.errors import ConstraintError, ValidationError
from welcome_point.domain.models import Shift, Site, Volunteer, VolunteerLanguage
from welcome_point.services.access import Access
from welcome_point.services.audit import AuditService
from welcome_point.services.shifts import ShiftService
from welcome_point.services.volunteers import VolunteerService, matches
from welcome_point.storage.bulk import Dataset, write_dataset

NOW = datetime(2026, 11, 25, 11, 0)
TODAY = NOW.date()


def person(name: str, *languages: tuple[str, str], **fields) -> Volunteer:
    fields.setdefault("joined_on", date(2025, 3, 1))
    return Volunteer(id=None, display_name=name,
                     languages=tuple(VolunteerLanguage(code, level) for code, level in languages), **fields)


def rows(database, sql: str) -> list[tuple]:
    with database.read() as session:
        return [tuple(row) for row in session.execute(text(sql))]


@pytest.fixture
def service(database):
    return VolunteerService(database, clock=lambda: NOW)


def test_save_creates_then_updates_languages_roles_and_dates(service, database):
    created = service.save(person("Amira Haddad", ("de", "fluent"), ("ar", "native"),
                                  roles=("interpreter", "desk")))
    assert created.id is not None
    # Strongest language first, roles in the vocabulary's order, whatever order they came in.
    assert created.languages == (VolunteerLanguage("ar", "native"), VolunteerLanguage("de", "fluent"))
    assert created.roles == ("desk", "interpreter")
    assert service.get(created.id) == created

    changed = dataclasses.replace(created, display_name="Amira H.", languages=(VolunteerLanguage("fa", "basic"),),
                                  roles=("coordinator",), left_on=date(2026, 10, 1), active=False)
    assert service.save(changed) == changed
    assert service.get(created.id) == changed
    assert rows(database, "SELECT language, level FROM volunteer_languages") == [("fa", "basic")]
    assert rows(database, "SELECT role FROM volunteer_roles") == [("coordinator",)]
    with pytest.raises(ValidationError, match="no longer exists"):
        service.save(dataclasses.replace(changed, id=999))


def test_contact_data_needs_a_consent_date(service, database):
    # The dataclass refuses it before any service or database sees it.
    with pytest.raises(ValidationError, match="consent"):
        person("Jonas", phone="+49 151 000 1234")
    with pytest.raises(ValidationError, match="consent"):
        person("Jonas", email="jonas@example.org")
    # Without contact data, no consent is needed.
    plain = service.save(person("Jonas"))
    assert plain.consent_on is None

    saved = service.save(dataclasses.replace(plain, phone="+49 151 000 1234", email="jonas@example.org",
                                             consent_on=date(2026, 11, 20)))
    assert rows(database, "SELECT phone, email, consent_on FROM volunteers") == [
        ("+49 151 000 1234", "jonas@example.org", "2026-11-20")]
    assert service.get(saved.id) == saved

    with pytest.raises(ValidationError) as future:
        service.save(dataclasses.replace(saved, consent_on=date(2026, 11, 26)))
    assert future.value.field == "consent_on"
    with pytest.raises(ValidationError) as phone:
        service.save(dataclasses.replace(saved, phone="call me"))
    assert phone.value.field == "phone"
    with pytest.raises(ValidationError) as email:
        service.save(dataclasses.replace(saved, email="jonas(at)example"))
    assert email.value.field == "email"
    assert service.get(saved.id) == saved  # nothing refused was written


def test_the_database_refuses_contact_data_without_consent_too(service, database):
    saved = service.save(person("Lena"))
    with pytest.raises(ConstraintError), database.write() as session:
        session.execute(text("UPDATE volunteers SET phone = '0211 12345' WHERE id = :id"), {"id": saved.id})
    # And a raw connection (another tool on the same file) meets the same CHECK constraint.
    with sqlite3.connect(database.path) as connection, pytest.raises(sqlite3.IntegrityError):
        connection.execute("UPDATE volunteers SET email = 'x@example.org'")


def test_search_by_name_and_by_language(service):
    amira = service.save(person("Amira Haddad", ("ar", "native"), ("de", "fluent")))
    jose = service.save(person("José Müller", ("de", "native"), ("es", "basic")))
    olena = service.save(person("Olena Koval", ("uk", "native"), ("ru", "fluent"), ("de", "basic")))
    farid = service.save(person("Farid Rahimi", ("fa", "native"), ("ps", "fluent")))
    names = lambda found: [p.display_name for p in found]  # noqa: E731

    assert names(service.search()) == ["Amira Haddad", "Farid Rahimi", "José Müller", "Olena Koval"]
    assert names(service.search("jose")) == ["José Müller"]  # accents and case aside
    assert names(service.search("MÜLLER jos")) == ["José Müller"]  # every word, any order
    assert names(service.search("ra")) == ["Amira Haddad", "Farid Rahimi"]
    assert service.search("nobody") == []
    assert names(service.search(language="de")) == ["Amira Haddad", "José Müller", "Olena Koval"]  # any level
    assert names(service.search(language="ps")) == ["Farid Rahimi"]
    assert names(service.search("o", language="uk")) == ["Olena Koval"]
    assert service.search(language="ti") == []

    service.set_active(olena.id, False, date(2026, 11, 1))
    assert names(service.search(language="de")) == ["Amira Haddad", "José Müller"]
    assert names(service.search(language="de", include_inactive=True)) == [
        "Amira Haddad", "José Müller", "Olena Koval"]
    assert {amira.id, jose.id, farid.id} == {p.id for p in service.search()}


def test_search_never_looks_at_contact_data(service):
    service.save(person("Sam", phone="+49 151 000 4711", email="sam@example.org", consent_on=TODAY))
    assert service.search("4711") == []
    assert service.search("example") == []
    assert not matches(service.search()[0], "sam@example.org")


def test_deactivate_and_reactivate(service):
    saved = service.save(person("Yusuf Demir", ("tr", "native"), phone="0211 555 0101", consent_on=TODAY))

    left = service.set_active(saved.id, False)
    assert (left.active, left.left_on) == (False, TODAY)  # left today unless told otherwise
    assert left.phone == "0211 555 0101"  # nothing else changes
    assert service.search() == []

    left = service.set_active(saved.id, False, date(2026, 9, 30))
    assert service.get(saved.id).left_on == date(2026, 9, 30)

    with pytest.raises(ValidationError) as early:
        service.set_active(saved.id, False, date(2025, 2, 28))  # joined 2025-03-01
    assert early.value.field == "left_on"
    assert service.get(saved.id) == left

    back = service.set_active(saved.id, True)
    assert (back.active, back.left_on) == (True, None)
    assert [p.id for p in service.search()] == [saved.id]

    with pytest.raises(ValidationError, match="no longer exists"):
        service.set_active(999, False)


def test_leaving_cancels_the_shifts_to_come_with_their_history(service, database):
    with database.write() as session:
        write_dataset(session, Dataset(sites=(Site(id=1, code="DUS", name="Welcome Point Düsseldorf"),)))
    shifts = ShiftService(database, clock=lambda: NOW)
    yusuf = service.save(person("Yusuf Demir", ("tr", "native"))).id
    lena = service.save(person("Lena Wolf")).id

    def shift_on(day: date, hour: int) -> int:
        start = datetime.combine(day, time(hour))
        added = shifts.add_shift(Shift(id=None, site_id=1, starts_at=start, ends_at=start + timedelta(hours=3)))
        assert added.id is not None
        return added.id

    started = shift_on(TODAY, 10)  # 10–13, NOW is 11:00: kept for the attendance to be recorded
    this_afternoon = shift_on(TODAY, 13)
    friday, december = shift_on(date(2026, 11, 27), 10), shift_on(date(2026, 12, 1), 10)
    theirs = {shift_id: shifts.assign(shift_id, yusuf) for shift_id in (started, this_afternoon, friday, december)}
    with database.write() as session:
        session.execute(text("UPDATE assignments SET status = 'confirmed' WHERE id = :id"), {"id": theirs[friday]})
    lenas = shifts.assign(friday, lena)

    def statuses() -> dict[int, str]:
        return dict(rows(database, "SELECT id, status FROM assignments"))

    def cancellations() -> list[tuple]:
        return rows(database, "SELECT assignment_id, volunteer_id, at FROM assignment_changes "
                              "WHERE action = 'cancelled' ORDER BY assignment_id")

    service.set_active(yusuf, False, date(2026, 12, 1))  # leaves in December: until then they come
    assert statuses()[theirs[december]] == "cancelled"
    assert statuses()[theirs[friday]] == "confirmed"
    assert cancellations() == [(theirs[december], yusuf, "2026-11-25 11:00:00.000000")]

    service.set_active(yusuf, False)  # left today after all
    assert statuses() == {theirs[started]: "planned", theirs[this_afternoon]: "cancelled",
                          theirs[friday]: "cancelled", theirs[december]: "cancelled", lenas: "planned"}
    assert [row[0] for row in cancellations()] == [theirs[this_afternoon], theirs[friday], theirs[december]]
    assert [(c.action, c.volunteer_name) for c in shifts.history(friday)] == [
        ("assigned", "Yusuf Demir"), ("assigned", "Lena Wolf"), ("cancelled", "Yusuf Demir")]
    assert [v.staffed for v in shifts.shifts_between(TODAY, date(2026, 12, 1))] == [1, 0, 1, 0]

    service.set_active(yusuf, True)  # coming back brings no shift back: they may have been filled
    assert statuses()[theirs[friday]] == "cancelled"


def test_save_keeps_active_and_the_day_left_together(service, database):
    """Retention counts from the day an inactive volunteer left (domain/privacy.py): an inactive volunteer
    always has that day, an active one never has one, whatever the form sent."""
    gone = service.save(person("Omar", active=False))
    assert (gone.active, gone.left_on) == (False, TODAY)  # left today unless told otherwise
    assert rows(database, f"SELECT active, left_on FROM volunteers WHERE id = {gone.id}") == [
        (0, "2026-11-25")]
    earlier = service.save(dataclasses.replace(gone, left_on=date(2026, 9, 30)))
    assert (earlier.active, earlier.left_on) == (False, date(2026, 9, 30))  # a day given is kept
    again = service.save(dataclasses.replace(earlier, display_name="Omar K."))
    assert again.left_on == date(2026, 9, 30)  # editing something else keeps it too

    back = service.save(dataclasses.replace(again, active=True))  # ticked "Active", "Left on" still set
    assert (back.active, back.left_on) == (True, None)
    assert service.get(gone.id) == back
    new = service.save(person("Layla", left_on=date(2022, 6, 30), joined_on=date(2021, 3, 1)))
    assert (new.active, new.left_on) == (True, None)

    later = service.save(person("Nour", joined_on=date(2027, 1, 1), active=False))
    assert later.left_on == date(2027, 1, 1)  # never before joining


def test_saving_a_volunteer_inactive_cancels_the_shifts_to_come(database):
    access = Access(Principal(account_id=7, role=Role.COORDINATOR))
    service = VolunteerService(database, clock=lambda: NOW, access=access,
                               audit=AuditService(database, access, lambda: NOW))
    with database.write() as session:
        write_dataset(session, Dataset(sites=(Site(id=1, code="DUS", name="Welcome Point Düsseldorf"),)))
    shifts = ShiftService(database, clock=lambda: NOW)
    yusuf = service.save(person("Yusuf Demir", ("tr", "native")))
    assert yusuf.id is not None
    start = datetime.combine(date(2026, 11, 27), time(10))
    friday = shifts.add_shift(Shift(id=None, site_id=1, starts_at=start, ends_at=start + timedelta(hours=3)))
    assert friday.id is not None
    assignment = shifts.assign(friday.id, yusuf.id)

    service.save(dataclasses.replace(yusuf, active=False))  # through the dialog, as set_active does
    assert rows(database, f"SELECT status FROM assignments WHERE id = {assignment}") == [("cancelled",)]
    assert rows(database, "SELECT volunteer_id FROM assignment_changes WHERE action = 'cancelled'") == [
        (yusuf.id,)]
    service.save(dataclasses.replace(yusuf, active=False, display_name="Yusuf D."))  # gone already: once
    assert rows(database, "SELECT action, object_id FROM audit_events") == [
        ("volunteer_deactivated", yusuf.id)]
