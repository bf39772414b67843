"""Retention with frozen time, subject access, erasure on request (secure_delete) and the record of processing."""

from __future__ import annotations

import json
import logging
import random
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from welcome_point.domain import cardcode
from welcome_point.domain.access import AccessDenied, NotSignedIn, Principal, Role
from welcome_point.domain.errors import ExportError, ValidationError
from welcome_point.domain.models import (
    Assignment,
    Organisation,
    Referral,
    Shift,
    Site,
    Visit,
    Visitor,
    Volunteer,
    VolunteerLanguage,
)
from welcome_point.domain.privacy import (
    DATA_DESCRIPTIONS,
    RetentionPolicy,
    RetentionResult,
    add_months,
)
from welcome_point.domain.report import Period
from welcome_point.services.access import Access, is_marked
from welcome_point.services.audit import AuditService
from welcome_point.services.privacy import LAST_RUN_KEY, VISITOR_MONTHS_KEY, PrivacyService
from welcome_point.services.reports import ReportService
from welcome_point.storage import privacy as sql
from welcome_point.storage.bulk import Dataset, write_dataset
from welcome_point.storage.repositories import SqlSettingsRepository
from welcome_point.storage.tables import AccountRow, QueueEntryRow

NOW = datetime(2026, 11, 25, 9, 0)
TODAY = NOW.date()
VISITOR_CUTOFF = date(2024, 11, 25)  # 24 months before TODAY
VOLUNTEER_CUTOFF = date(2025, 11, 25)  # 12 months before TODAY


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def code(seed: int) -> str:
    return cardcode.generate(random.Random(seed).randrange)


# Visitors: (id, first seen, visit days). The comments say what the first run at TODAY does.
GONE = 1  # last visit one day before the cutoff: erased
FRESH = 2  # last visit one day after the cutoff: kept
EXACT = 3  # last visit on the cutoff day itself (exactly 24 months): kept, erased a day later
NO_VISIT_OLD = 4  # no visit, first seen before the cutoff: erased
NO_VISIT_NEW = 5  # no visit, first seen on the cutoff day: kept
WAITING = 6  # old visits only, but waiting in the queue right now: kept
CODES = {visitor_id: code(visitor_id * 11) for visitor_id in range(1, 7)}

ANNA, BERTOLD, CLARA, DORA = 1, 2, 3, 4
BERTOLD_NAME, BERTOLD_PHONE, BERTOLD_EMAIL = "Bertold Kanarienvogel", "+49 151 99887766", "bertold.kv@example.org"
BERTOLD_USER = "bkanarienvogel"


def at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour)


def dataset() -> Dataset:
    def volunteer(volunteer_id: int, name: str, left_on: date | None, **contact: str) -> Volunteer:
        return Volunteer(id=volunteer_id, display_name=name, joined_on=date(2023, 1, 1), left_on=left_on,
                         active=left_on is None, consent_on=date(2023, 1, 1) if contact else None,
                         languages=(VolunteerLanguage("de", "native"), VolunteerLanguage("ar", "fluent")),
                         roles=("desk", "interpreter"), **contact)

    visits: list[Visit] = []
    visitors: list[Visitor] = []

    def visitor(visitor_id: int, first_seen: date, *days: date) -> None:
        visitors.append(Visitor(id=visitor_id, card_code=CODES[visitor_id], first_seen=first_seen,
                                age_band="27-39", gender="female", language="ar", region="middle_east"))
        for day in days:
            visits.append(Visit(id=len(visits) + 1, site_id=1, arrived_at=at(day), visitor_id=visitor_id,
                                language="ar", topics=("housing", "health"), started_at=at(day, 11),
                                ended_at=at(day, 12), outcome="referred", volunteer_ids=(BERTOLD,)))

    visitor(GONE, date(2023, 5, 2), date(2023, 5, 2), VISITOR_CUTOFF - timedelta(days=1))
    visitor(FRESH, date(2023, 5, 2), date(2023, 5, 2), VISITOR_CUTOFF + timedelta(days=1))
    visitor(EXACT, date(2023, 5, 2), VISITOR_CUTOFF)
    visitor(NO_VISIT_OLD, VISITOR_CUTOFF - timedelta(days=1))
    visitor(NO_VISIT_NEW, VISITOR_CUTOFF)
    visitor(WAITING, date(2022, 1, 3), date(2022, 1, 3))
    visits.append(Visit(id=len(visits) + 1, site_id=1, arrived_at=at(date(2024, 11, 20)), language="uk",
                        topics=("work",)))  # anonymous from the start
    shifts = (Shift(id=1, site_id=1, starts_at=at(date(2025, 3, 3), 9), ends_at=at(date(2025, 3, 3), 13)),
              Shift(id=2, site_id=1, starts_at=at(date(2025, 3, 4), 9), ends_at=at(date(2025, 3, 4), 13)),
              Shift(id=3, site_id=1, starts_at=at(date(2025, 3, 5), 9), ends_at=at(date(2025, 3, 5), 13)))
    assignments = (
        Assignment(id=1, shift_id=1, volunteer_id=BERTOLD, status="attended",
                   checked_in_at=at(date(2025, 3, 3), 9), checked_out_at=at(date(2025, 3, 3), 12)),
        Assignment(id=2, shift_id=2, volunteer_id=BERTOLD, status="attended"),
        Assignment(id=3, shift_id=3, volunteer_id=ANNA, status="attended"),
        Assignment(id=4, shift_id=3, volunteer_id=BERTOLD, status="cancelled"),
    )
    return Dataset(
        sites=(Site(id=1, code="DUS-HBF", name="Welcome Point Düsseldorf Hbf",
                    address="Konrad-Adenauer-Platz 1\n40210 Düsseldorf"),),
        organisations=(Organisation(id=1, name="Jobcenter Mitte", category="authority"),),
        volunteers=(volunteer(ANNA, "Anna Active", None, phone="+49 151 1111111"),
                    volunteer(BERTOLD, BERTOLD_NAME, VOLUNTEER_CUTOFF - timedelta(days=1),
                              phone=BERTOLD_PHONE, email=BERTOLD_EMAIL),
                    volunteer(CLARA, "Clara Exact", VOLUNTEER_CUTOFF),
                    volunteer(DORA, "Dora Fresh", VOLUNTEER_CUTOFF + timedelta(days=1))),
        shifts=shifts, assignments=assignments, visitors=tuple(visitors), visits=tuple(visits),
        referrals=(Referral(id=1, visit_id=2, organisation_id=1, topic="housing", status="followed_up",
                            created_at=at(VISITOR_CUTOFF - timedelta(days=1), 12),
                            follow_up_on=VISITOR_CUTOFF + timedelta(days=6)),),
    )


FAKE_HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo"


@pytest.fixture
def filled(database):
    with database.write() as session:
        write_dataset(session, dataset())
        session.add_all([
            AccountRow(id=1, username="admin", role="admin", secret_hash=FAKE_HASH, created_at=NOW),
            AccountRow(id=2, username=BERTOLD_USER, role="volunteer", secret_hash=FAKE_HASH,
                       pin_hash=FAKE_HASH, volunteer_id=BERTOLD, created_at=at(date(2023, 1, 2))),
            QueueEntryRow(id=1, site_id=1, arrived_at=at(date(2024, 3, 1)), language="ar",
                          card_code=CODES[GONE]),
            QueueEntryRow(id=2, site_id=1, arrived_at=NOW - timedelta(minutes=5), language="ar",
                          card_code=CODES[WAITING]),
        ])
    return database


class Backups:
    def __init__(self) -> None:
        self.reasons: list[str] = []

    def __call__(self, reason: str) -> None:
        self.reasons.append(reason)


@pytest.fixture
def out(tmp_path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def clock() -> Clock:
    return Clock(NOW)


@pytest.fixture
def backups() -> Backups:
    return Backups()


@pytest.fixture
def access() -> Access:
    return Access(Principal(account_id=1, role=Role.ADMIN))


@pytest.fixture
def privacy(filled, clock, backups, access) -> PrivacyService:
    return PrivacyService(filled, access=access, audit=AuditService(filled, access, clock), before_change=backups,
                          clock=clock)


def rows(database, query: str) -> list[tuple]:
    connection = sqlite3.connect(database.path)
    try:
        return connection.execute(query).fetchall()
    finally:
        connection.close()


def ids(database, table: str) -> list[int]:
    return [row[0] for row in rows(database, f"SELECT id FROM {table} ORDER BY id")]


def audit(database) -> list[tuple]:
    return rows(database, "SELECT action, object_type, object_id FROM audit_events ORDER BY id")


def attended_hours(database) -> float:
    """The sum of attended time over every assignment, as the reports count it (planned times if missing)."""
    (total,) = rows(database, """
        SELECT SUM((julianday(COALESCE(a.checked_out_at, s.ends_at)) - julianday(COALESCE(a.checked_in_at, s.starts_at))) * 24)
        FROM assignments a JOIN shifts s ON s.id = a.shift_id WHERE a.status = 'attended'""")[0]
    return round(total, 3)


# --- calendar months ---------------------------------------------------------------------------

@pytest.mark.parametrize(("day", "months", "expected"), [
    (date(2026, 11, 25), -24, date(2024, 11, 25)),
    (date(2026, 11, 25), -12, date(2025, 11, 25)),
    (date(2026, 3, 31), -1, date(2026, 2, 28)),
    (date(2024, 3, 31), -1, date(2024, 2, 29)),
    (date(2024, 2, 29), 12, date(2025, 2, 28)),
    (date(2026, 1, 15), -1, date(2025, 12, 15)),
    (date(2026, 12, 31), 1, date(2027, 1, 31)),
    (date(2026, 5, 10), -120, date(2016, 5, 10)),
])
def test_months_are_calendar_months(day, months, expected) -> None:
    assert add_months(day, months) == expected


def test_add_months_refuses_dates_beyond_the_calendar() -> None:
    with pytest.raises(ValidationError):
        add_months(date(1, 1, 1), -1)


# --- the policy --------------------------------------------------------------------------------

def test_the_policy_defaults_to_24_and_12_months(privacy) -> None:
    assert privacy.policy() == RetentionPolicy(24, 12)


@pytest.mark.parametrize(("visitor_months", "volunteer_months"),
                         [(0, 12), (121, 12), (24, 0), (24, 121), (-5, 12), (True, 12)])
def test_periods_outside_1_to_120_months_are_refused(visitor_months, volunteer_months) -> None:
    with pytest.raises(ValidationError):
        RetentionPolicy(visitor_months, volunteer_months)


def test_a_changed_policy_is_stored_and_audited(privacy, filled) -> None:
    privacy.set_policy(RetentionPolicy(36, 12))
    assert privacy.policy() == RetentionPolicy(36, 12)
    assert audit(filled) == [("settings_changed", "retention.visitor_months", None)]
    privacy.set_policy(RetentionPolicy(36, 12))  # unchanged: nothing to audit
    assert len(audit(filled)) == 1
    privacy.set_policy(RetentionPolicy(1, 120))
    assert privacy.policy() == RetentionPolicy(1, 120)
    assert len(audit(filled)) == 3


def test_a_damaged_setting_falls_back_to_the_default(privacy, filled) -> None:
    with filled.write() as session:
        SqlSettingsRepository(session).set(VISITOR_MONTHS_KEY, "forever")
    assert privacy.policy() == RetentionPolicy(24, 12)


def test_set_policy_refuses_anything_but_a_policy(privacy) -> None:
    with pytest.raises(ValidationError):
        privacy.set_policy({"visitor_months": 3})  # type: ignore[arg-type]


# --- retention with frozen time ----------------------------------------------------------------

def test_retention_erases_exactly_those_past_the_boundary(privacy, filled, backups) -> None:
    visits_before = ids(filled, "visits")
    hours_before = attended_hours(filled)
    reports = ReportService(filled, today=lambda: TODAY)
    march_hours = reports.counts(Period(2025, 3)).totals["volunteer_hours"]
    november_visits = reports.counts(Period(2024, 11)).totals["visits"]

    result = privacy.run_if_due()

    assert result == RetentionResult(visitors_erased=2, volunteers_erased=1,
                                     visitor_ids=(GONE, NO_VISIT_OLD), volunteer_ids=(BERTOLD,))
    assert backups.reasons == ["retention"]
    assert ids(filled, "visitors") == [FRESH, EXACT, NO_VISIT_NEW, WAITING]
    assert ids(filled, "volunteers") == [ANNA, CLARA, DORA]
    # The visits stay, now anonymous; the queue entry with the erased card is gone, the waiting one stays.
    assert ids(filled, "visits") == visits_before
    assert rows(filled, "SELECT COUNT(*) FROM visits WHERE visitor_id IS NULL") == [(3,)]
    assert ids(filled, "queue_entries") == [2]
    assert rows(filled, "SELECT COUNT(*) FROM referrals") == [(1,)]
    # Reports still count the visits, and the hours stay in the anonymous totals.
    assert reports.counts(Period(2024, 11)).totals["visits"] == november_visits
    assert reports.counts(Period(2025, 3)).totals["volunteer_hours"] == march_hours
    assert attended_hours(filled) == hours_before
    assert rows(filled, "SELECT id, volunteer_id FROM assignments ORDER BY id") == [
        (1, None), (2, None), (3, ANNA), (4, None)]
    # Languages, roles, the visit links and the account went with the volunteer.
    assert rows(filled, f"SELECT COUNT(*) FROM volunteer_languages WHERE volunteer_id = {BERTOLD}") == [(0,)]
    assert rows(filled, f"SELECT COUNT(*) FROM visit_volunteers WHERE volunteer_id = {BERTOLD}") == [(0,)]
    assert ids(filled, "accounts") == [1]
    assert rows(filled, f"SELECT value FROM settings WHERE key = '{LAST_RUN_KEY}'") == [("2026-11-25",)]
    assert audit(filled) == [("retention_run", "visitors", 2), ("retention_run", "volunteers", 1),
                             ("erasure_visitor", "visitor", GONE), ("erasure_visitor", "visitor", NO_VISIT_OLD),
                             ("erasure_volunteer", "volunteer", BERTOLD)]
    assert privacy._audit.verify().ok
    assert rows(filled, "PRAGMA foreign_key_check") == []


def test_a_second_run_the_same_day_does_nothing(privacy, filled, backups, clock) -> None:
    privacy.run_if_due()
    events = audit(filled)
    clock.now = NOW.replace(hour=23, minute=59)
    assert privacy.run_if_due() is None
    assert audit(filled) == events
    assert backups.reasons == ["retention"]


def test_the_next_day_erases_what_crossed_the_boundary_overnight(privacy, filled, backups, clock) -> None:
    privacy.run_if_due()
    clock.now = NOW + timedelta(days=1)
    result = privacy.run_if_due()
    assert result is not None
    assert (result.visitor_ids, result.volunteer_ids) == ((EXACT, NO_VISIT_NEW), (CLARA,))
    assert backups.reasons == ["retention", "retention"]
    assert privacy.run_retention() == RetentionResult()  # after erasure nothing more is due the same day
    assert backups.reasons == ["retention", "retention"]  # and no backup when nothing is erased
    assert audit(filled)[-2:] == [("retention_run", "visitors", 0), ("retention_run", "volunteers", 0)]
    clock.now = NOW + timedelta(days=2)
    result = privacy.run_if_due()
    assert result is not None
    assert (result.visitor_ids, result.volunteer_ids) == ((FRESH,), (DORA,))


def test_an_idle_install_takes_no_backup(database, clock, backups) -> None:
    service = PrivacyService(database, before_change=backups, clock=clock)
    assert service.run_if_due() == RetentionResult()
    assert service.run_if_due() is None
    assert backups.reasons == []


def test_run_retention_runs_even_when_it_ran_today(privacy, filled, backups) -> None:
    privacy.run_if_due()
    assert privacy.run_retention() == RetentionResult()
    assert privacy.run_if_due() is None
    with filled.write() as session:  # a longer policy keeps more; a shorter one erases more now
        SqlSettingsRepository(session).set(VISITOR_MONTHS_KEY, "12")
    result = privacy.run_retention()
    assert result.visitor_ids == (FRESH, EXACT, NO_VISIT_NEW)  # WAITING is in the queue right now
    assert backups.reasons == ["retention", "retention"]


def test_a_failed_backup_erases_nothing(filled, clock) -> None:
    def broken(reason: str) -> None:
        raise OSError("disk full")

    service = PrivacyService(filled, before_change=broken, clock=clock)
    with pytest.raises(OSError, match="disk full"):
        service.run_if_due()
    assert len(ids(filled, "visitors")) == 6
    assert rows(filled, f"SELECT value FROM settings WHERE key = '{LAST_RUN_KEY}'") == []
    assert audit(filled) == []


def test_the_last_active_admin_account_is_unlinked_not_deleted(filled, clock) -> None:
    with filled.write() as session:
        session.get(AccountRow, 1).active = False  # type: ignore[union-attr]
        session.get(AccountRow, 2).role = "admin"  # type: ignore[union-attr]
    PrivacyService(filled, clock=clock).run_if_due()
    assert rows(filled, "SELECT id, volunteer_id, active FROM accounts ORDER BY id") == [(1, None, 0), (2, None, 1)]


def test_an_inactive_volunteer_without_a_day_left_counts_from_the_first_run(filled, privacy, clock) -> None:
    """Older data: inactive, no day left. The first run records its day as the day left; erased 12 months
    on."""
    with filled.write() as session:
        write_dataset(session, Dataset(volunteers=(
            Volunteer(id=9, display_name="Inactive", joined_on=date(2020, 1, 1), active=False),
            Volunteer(id=10, display_name="Joins later", joined_on=date(2027, 2, 1), active=False))))
    result = privacy.run_if_due()
    assert result is not None
    assert 9 not in result.volunteer_ids
    assert rows(filled, "SELECT id, left_on FROM volunteers WHERE id >= 9 ORDER BY id") == [
        (9, "2026-11-25"), (10, "2027-02-01")]  # never before joining
    clock.now = datetime(2027, 11, 25, 9)  # 12 months later: left on the cutoff day itself, kept
    result = privacy.run_if_due()
    assert result is not None
    assert 9 not in result.volunteer_ids
    assert 9 in ids(filled, "volunteers")
    clock.now = datetime(2027, 11, 26, 9)
    result = privacy.run_if_due()
    assert result is not None
    assert result.volunteer_ids == (9,)
    assert ids(filled, "volunteers") == [ANNA, 10]


def test_an_active_volunteer_is_never_due_whatever_day_left_the_row_holds(filled, privacy, access) -> None:
    """Older data (or another tool): active, with an old day left. She is active, so she stays, with her
    account; only an inactive volunteer has left."""
    with filled.write() as session:
        write_dataset(session, Dataset(volunteers=(
            Volunteer(id=9, display_name="Layla Back", joined_on=date(2021, 3, 1), left_on=date(2022, 6, 30),
                      active=True),)))
        session.add(AccountRow(id=3, username="layla", role="coordinator", secret_hash=FAKE_HASH,
                               volunteer_id=9, created_at=NOW))
    result = privacy.run_if_due()
    assert result is not None
    assert result.volunteer_ids == (BERTOLD,)
    assert 9 in ids(filled, "volunteers")
    assert ids(filled, "accounts") == [1, 3]
    assert rows(filled, "SELECT active, left_on FROM volunteers WHERE id = 9") == [(1, "2022-06-30")]
    assert privacy.volunteer_record(9).field("kept_until_left") is None  # not due: no date to give


# --- the signed-in account goes with its volunteer ------------------------------------------------

def test_erasing_the_signed_in_account_signs_it_out(privacy, filled, access) -> None:
    access.sign_in(Principal(account_id=2, role=Role.ADMIN, volunteer_id=BERTOLD))
    privacy.erase_volunteer(BERTOLD)
    assert ids(filled, "accounts") == [1]
    assert access.principal is None  # its rights went with it
    with pytest.raises(NotSignedIn):
        privacy.policy()


def test_erasing_another_volunteer_keeps_the_admin_signed_in(privacy, access) -> None:
    privacy.erase_volunteer(BERTOLD)
    assert access.principal == Principal(account_id=1, role=Role.ADMIN)


def test_retention_deleting_the_signed_in_account_signs_it_out(privacy, filled, access) -> None:
    access.sign_in(Principal(account_id=2, role=Role.VOLUNTEER, volunteer_id=BERTOLD))  # the daily timer
    result = privacy.run_if_due()
    assert result is not None
    assert result.volunteer_ids == (BERTOLD,)
    assert access.principal is None


def test_a_kept_last_admin_account_stays_signed_in(filled, clock, access) -> None:
    with filled.write() as session:
        session.get(AccountRow, 1).active = False  # type: ignore[union-attr]
        session.get(AccountRow, 2).role = "admin"  # type: ignore[union-attr]
    access.sign_in(Principal(account_id=2, role=Role.ADMIN, volunteer_id=BERTOLD))
    PrivacyService(filled, access=access, clock=clock).run_if_due()
    assert ids(filled, "accounts") == [1, 2]  # unlinked, not deleted
    assert access.principal is not None
    assert access.principal.account_id == 2


# --- subject access ----------------------------------------------------------------------------

def test_the_visitor_record_holds_everything_about_the_card(privacy) -> None:
    record = privacy.visitor_record(CODES[GONE].lower().replace("-", " "))  # typed as at the desk
    assert (record.kind, record.subject_id, record.reference) == ("visitor", GONE, CODES[GONE])
    assert record.field("card_code") == CODES[GONE]
    assert record.field("first_seen") == date(2023, 5, 2)
    assert record.field("last_seen") == VISITOR_CUTOFF - timedelta(days=1)
    assert record.field("kept_until") == TODAY - timedelta(days=1)
    assert (record.field("age_band"), record.field("gender"), record.field("region")) == (
        "27-39", "female", "middle_east")
    visits = record.section("visits").dicts()
    assert [visit["id"] for visit in visits] == [1, 2]
    assert visits[1]["arrived_at"] == at(VISITOR_CUTOFF - timedelta(days=1))
    assert visits[1]["topics"] == ("housing", "health")
    assert visits[1]["outcome"] == "referred"
    assert visits[1]["site"] == "DUS-HBF"
    referrals = record.section("referrals").dicts()
    assert len(referrals) == 1
    assert referrals[0]["organisation"] == "Jobcenter Mitte"
    assert referrals[0]["status"] == "followed_up"
    assert referrals[0]["follow_up_on"] == VISITOR_CUTOFF + timedelta(days=6)
    assert record.section("queue").dicts() == [
        {"id": 1, "arrived_at": at(date(2024, 3, 1)), "language": "ar", "called_at": None}]


def test_an_unknown_or_mistyped_card_code_is_refused_clearly(privacy) -> None:
    with pytest.raises(ValidationError, match="No visitor has this card code"):
        privacy.visitor_record(code(999))
    broken = CODES[GONE][:-1] + ("2" if CODES[GONE][-1] != "2" else "3")
    with pytest.raises(cardcode.CardCodeError):
        privacy.visitor_record(broken)
    with pytest.raises(ValidationError):
        privacy.visitor_record("")


def test_the_volunteer_record_holds_everything_but_hashes(privacy, filled, tmp_path) -> None:
    record = privacy.volunteer_record(BERTOLD)
    assert record.field("display_name") == BERTOLD_NAME
    assert (record.field("phone"), record.field("email")) == (BERTOLD_PHONE, BERTOLD_EMAIL)
    assert record.field("hours") == 7.0  # 3 h checked in and out, 4 h from the plan
    assert (record.field("attended_shifts"), record.field("estimated_shifts")) == (2, 1)
    assert record.field("kept_until_left") == TODAY - timedelta(days=1)
    assert record.section("languages").dicts() == [{"language": "de", "level": "native"},
                                                    {"language": "ar", "level": "fluent"}]
    assert [row["role"] for row in record.section("roles").dicts()] == ["desk", "interpreter"]
    assignments = record.section("assignments").dicts()
    assert [(a["id"], a["status"]) for a in assignments] == [(1, "attended"), (2, "attended"), (4, "cancelled")]
    assert assignments[0]["starts_at"] == at(date(2025, 3, 3), 9)
    assert record.section("accounts").dicts() == [
        {"id": 2, "username": BERTOLD_USER, "role": "volunteer", "active": True,
         "created_at": at(date(2023, 1, 2)), "has_pin": True}]
    assert [row["id"] for row in record.section("visits").dicts()] == [6, 1, 3, 2, 5, 4]  # by date
    paths = privacy.export_record(record, tmp_path, "de")
    for path in paths:
        assert b"argon2" not in path.read_bytes()


def test_an_unknown_volunteer_is_refused(privacy) -> None:
    for bad in (99, 0, -1, 2**70, True, "2"):
        with pytest.raises(ValidationError):
            privacy.volunteer_record(bad)  # type: ignore[arg-type]


def test_the_export_writes_json_and_pdf_and_audits_the_id_only(privacy, filled, out) -> None:
    record = privacy.visitor_record(CODES[GONE])
    paths = privacy.export_record(record, out, "en")
    stem = f"subject-access-visitor-{CODES[GONE]}-2026-11-25"
    assert [path.name for path in paths] == [f"{stem}.json", f"{stem}.pdf"]
    data = json.loads(paths[0].read_text(encoding="utf-8"))
    assert data["subject"]["card_code"] == CODES[GONE]
    assert [visit["id"] for visit in data["visits"]] == [1, 2]
    assert paths[1].read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in paths)  # no temporary files
    assert audit(filled) == [("export_subject_access", "visitor", GONE)]


def test_an_export_into_a_missing_folder_fails_clearly(privacy, filled, tmp_path) -> None:
    record = privacy.volunteer_record(ANNA)
    with pytest.raises(ExportError, match="does not exist"):
        privacy.export_record(record, tmp_path / "gone", "en")
    assert audit(filled) == []


# --- erasure on request: the bytes are gone from the file ---------------------------------------

def file_bytes(database) -> bytes:
    """The database file and its WAL as they are on disk: no checkpoint of our own, the erasure has to
    have put its overwritten pages into the file and emptied the WAL itself."""
    data = database.path.read_bytes()
    wal = Path(f"{database.path}-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def test_erasure_on_request_leaves_no_trace_in_the_database_file(privacy, filled, backups) -> None:
    secrets = [CODES[FRESH].encode(), BERTOLD_NAME.encode(), BERTOLD_PHONE.encode(), BERTOLD_EMAIL.encode(),
               BERTOLD_USER.encode()]
    before = file_bytes(filled)
    assert all(secret in before for secret in secrets)  # the test would prove nothing otherwise

    assert privacy.erase_visitor(CODES[FRESH]) == RetentionResult(visitors_erased=1, visitor_ids=(FRESH,))
    assert privacy.erase_volunteer(BERTOLD) == RetentionResult(volunteers_erased=1, volunteer_ids=(BERTOLD,))

    assert backups.reasons == ["erasure", "erasure"]
    after = file_bytes(filled)
    for secret in secrets:
        assert secret not in after, secret
    assert FRESH not in ids(filled, "visitors")
    assert rows(filled, "SELECT COUNT(*) FROM visits WHERE id IN (3, 4)") == [(2,)]
    assert audit(filled) == [("erasure_visitor", "visitor", FRESH), ("erasure_volunteer", "volunteer", BERTOLD)]
    assert rows(filled, "PRAGMA integrity_check") == [("ok",)]


def test_the_erasure_leaves_no_trace_in_the_wal_either(privacy, filled) -> None:
    privacy.erase_visitor(CODES[FRESH])
    wal = Path(f"{filled.path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # copied into the file and emptied
    assert CODES[FRESH].encode() not in filled.path.read_bytes()


def test_a_reader_holding_the_wal_delays_the_checkpoint_but_not_the_erasure(privacy, filled, caplog) -> None:
    reader = sqlite3.connect(filled.path, isolation_level=None)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT COUNT(*) FROM visitors").fetchone()  # holds a snapshot from before the erasure
        with caplog.at_level(logging.INFO, logger="welcome_point.storage.privacy"):
            assert privacy.erase_visitor(CODES[FRESH]).visitor_ids == (FRESH,)
        assert "not fully checkpointed" in caplog.text
        assert CODES[FRESH] not in caplog.text
    finally:
        reader.close()
    assert FRESH not in ids(filled, "visitors")
    assert sql.truncate_wal(filled.engine)  # the next checkpoint finishes the job
    assert CODES[FRESH].encode() not in file_bytes(filled)


def test_erasing_an_unknown_person_changes_nothing(privacy, filled, backups) -> None:
    with pytest.raises(ValidationError):
        privacy.erase_visitor(code(999))
    with pytest.raises(ValidationError):
        privacy.erase_volunteer(99)
    assert backups.reasons == []
    assert audit(filled) == []
    privacy.erase_volunteer(BERTOLD)
    with pytest.raises(ValidationError, match="erased already"):
        privacy.erase_volunteer(BERTOLD)


# --- the record of processing ------------------------------------------------------------------

def test_the_record_of_processing_is_generated_from_schema_and_settings(privacy) -> None:
    record = privacy.record_of_processing()
    assert record.controller_name == "Welcome Point Düsseldorf Hbf"
    assert "40210 Düsseldorf" in record.controller_address
    assert record.generated_on == TODAY
    assert [a.code for a in record.activities] == ["desk", "volunteers", "accounts", "reports"]
    desk = record.activity("desk")
    codes = {category.code for category in desk.data}
    assert {"visitors.card_code", "visits.arrived_at", "visit_topics.topic", "queue_entries.card_code"} <= codes
    assert "visits.site_id" not in codes
    assert "visitors.id" not in codes
    assert "24 months" in desk.retention.text
    volunteers = record.activity("volunteers")
    assert {"volunteers.display_name", "volunteers.phone", "volunteers.email"} <= {
        c.code for c in volunteers.data}
    assert "12 months" in volunteers.retention.text
    assert {c.code for c in record.activity("accounts").data} >= {"accounts.secret_hash", "accounts.username"}
    assert record.activity("reports").data == ()
    measures = {m.code: m.text for m in record.measures}
    assert {"measure.argon2id", "measure.roles", "measure.audit_log", "measure.secure_delete",
            "measure.backups", "measure.suppression_k"} <= set(measures)
    assert "k = 5" in measures["measure.suppression_k"]
    assert "10 minutes" in measures["measure.lock"]

    privacy.set_policy(RetentionPolicy(18, 6))
    changed = privacy.record_of_processing()
    assert "18 months" in changed.activity("desk").retention.text
    assert "6 months" in changed.activity("volunteers").retention.text
    assert changed.activity("desk").retention.values == (("months", 18),)


def test_every_personal_column_of_the_schema_has_a_description() -> None:
    columns = sql.personal_columns()
    described = {f"{table}.{column}" for pairs in columns.values() for table, column in pairs}
    assert described <= set(DATA_DESCRIPTIONS), described - set(DATA_DESCRIPTIONS)
    assert set(DATA_DESCRIPTIONS) <= described, set(DATA_DESCRIPTIONS) - described  # no stale entries


def test_every_text_of_the_record_has_a_unique_code(privacy) -> None:
    record = privacy.record_of_processing()
    texts = [*record.measures]
    for activity in record.activities:
        texts += [activity.name, activity.purpose, activity.retention, *activity.subjects, *activity.recipients,
                  *activity.measures, *(c.description for c in activity.data)]
    codes = [text.code for text in texts]
    assert len(codes) == len(set(codes))
    assert all(text.text.strip() and "{" not in text.text for text in texts)


# --- roles -------------------------------------------------------------------------------------

def test_every_public_method_states_its_role() -> None:
    public = [name for name in dir(PrivacyService) if not name.startswith("_")]
    assert public
    assert all(is_marked(getattr(PrivacyService, name)) for name in public)


def test_roles_are_enforced(privacy, access, out) -> None:
    record = privacy.volunteer_record(ANNA)
    access.sign_in(Principal(account_id=3, role=Role.STAFF))
    assert privacy.record_of_processing().activities
    for call in (privacy.policy, lambda: privacy.set_policy(RetentionPolicy()), privacy.run_retention,
                 lambda: privacy.visitor_record(CODES[FRESH]), lambda: privacy.volunteer_record(ANNA),
                 lambda: privacy.export_record(record, out, "en"),
                 lambda: privacy.erase_visitor(CODES[FRESH]), lambda: privacy.erase_volunteer(ANNA)):
        with pytest.raises(AccessDenied):
            call()
    access.sign_out()
    with pytest.raises(NotSignedIn):
        privacy.record_of_processing()
    assert privacy.run_if_due() is not None  # at start, before anybody signed in
    assert list(out.iterdir()) == []


def test_retention_at_start_is_audited_without_an_account(privacy, filled, access) -> None:
    access.sign_out()
    privacy.run_if_due()
    assert rows(filled, "SELECT DISTINCT account_id FROM audit_events") == [(None,)]


def test_the_due_queries_find_those_before_the_cutoff(filled) -> None:
    with filled.read() as session:
        assert sql.visitors_due(session, VISITOR_CUTOFF) == [GONE, NO_VISIT_OLD]
        assert sql.volunteers_due(session, VOLUNTEER_CUTOFF) == [BERTOLD]
