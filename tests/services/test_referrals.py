from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import event

from welcome_point.domain.errors import ValidationError
from welcome_point.domain.models import Organisation, Referral, Site, Visit
from welcome_point.services.referrals import NEXT_FOLLOW_UP, RECENT_DAYS, ReferralService
from welcome_point.storage.bulk import Dataset, write_dataset
from welcome_point.storage.engine import Database

NOW = datetime(2026, 11, 25, 10, 30, 15, 123456)
TODAY = NOW.date()


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def visit(visit_id: int, language: str, day: date) -> Visit:
    arrived = datetime.combine(day, datetime.min.time()) + timedelta(hours=10)
    return Visit(id=visit_id, site_id=1, arrived_at=arrived, language=language, topics=("housing",),
                 started_at=arrived, ended_at=arrived + timedelta(minutes=20), outcome="referred")


def referral(referral_id: int, organisation_id: int, status: str, follow_up_on: date | None,
             created: date, changed: datetime | None = None, topic: str = "housing") -> Referral:
    return Referral(id=referral_id, visit_id=referral_id, organisation_id=organisation_id, topic=topic,
                    created_at=datetime.combine(created, datetime.min.time()) + timedelta(hours=10, minutes=20),
                    status=status, follow_up_on=follow_up_on, status_changed_at=changed)


# id: (partner, status, follow-up date, created, status changed, visit language)
REFERRALS = {
    1: (1, "open", TODAY - timedelta(days=3), TODAY - timedelta(days=17), None, "ar"),       # overdue
    2: (2, "followed_up", TODAY - timedelta(days=1), TODAY - timedelta(days=30),
        NOW - timedelta(days=10), "uk"),                                                   # overdue
    3: (1, "open", TODAY, TODAY - timedelta(days=14), None, "fa"),                          # due today
    4: (2, "open", TODAY + timedelta(days=10), TODAY - timedelta(days=4), None, "ti"),
    5: (1, "open", None, TODAY - timedelta(days=2), None, "de"),                            # no date
    6: (1, "completed", TODAY - timedelta(days=20), TODAY - timedelta(days=34),
        NOW - timedelta(days=5), "ar"),                                                    # recent
    7: (2, "not_reached", TODAY - timedelta(days=50), TODAY - timedelta(days=64),
        NOW - timedelta(days=40), "so"),                                                   # old
    8: (3, "completed", TODAY - timedelta(days=200), TODAY - timedelta(days=214),
        NOW - timedelta(days=190), "ru"),                                                  # old
}


@pytest.fixture
def clock() -> Clock:
    return Clock(NOW)


@pytest.fixture
def service(database: Database, clock: Clock) -> ReferralService:
    organisations = (
        Organisation(id=1, name="Fachstelle Wohnungsnotfälle", category="housing"),
        Organisation(id=2, name="Jobcenter Mitte", category="authority"),
        Organisation(id=3, name="Alte Stelle", category="other", archived=True),
        Organisation(id=4, name="Never used", category="other"),
    )
    visits = tuple(visit(rid, language, created) for rid, (_, _, _, created, _, language) in REFERRALS.items())
    referrals = tuple(referral(rid, org, status, follow_up, created, changed)
                      for rid, (org, status, follow_up, created, changed, _) in REFERRALS.items())
    with database.write() as session:
        write_dataset(session, Dataset(sites=(Site(id=1, code="WP", name="Welcome Point"),),
                                       organisations=organisations, visits=visits, referrals=referrals))
    return ReferralService(database, clock)


def rows(database: Database, sql: str, *params: object) -> list[tuple]:
    connection = sqlite3.connect(database.path)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


def status_row(database: Database, referral_id: int) -> tuple:
    return rows(database, "SELECT status, follow_up_on, status_changed_at FROM referrals WHERE id = ?",
                referral_id)[0]


def test_the_work_list_is_open_and_followed_up_by_follow_up_date_overdue_first(service) -> None:
    items = service.open_referrals()
    assert [item.id for item in items] == [1, 2, 3, 4, 5]
    assert [item.overdue for item in items] == [True, True, False, False, False]
    assert [item.overdue_days for item in items] == [3, 1, 0, 0, 0]
    first = items[0]
    assert (first.organisation_name, first.topic, first.language, first.status) == (
        "Fachstelle Wohnungsnotfälle", "housing", "ar", "open")
    assert first.created_on == TODAY - timedelta(days=17)
    assert first.follow_up_on == TODAY - timedelta(days=3)
    assert items[1].status_changed_at == NOW - timedelta(days=10)


def test_overdue_follows_the_clock(service, clock) -> None:
    clock.now = NOW + timedelta(days=1)
    overdue = {item.id: item.overdue_days for item in service.open_referrals() if item.overdue}
    assert overdue == {1: 4, 2: 2, 3: 1}  # due yesterday is overdue today, due today is not yet


def test_filters_pick_statuses_partners_and_recent_closed_ones(service) -> None:
    assert [i.id for i in service.open_referrals({"completed", "not_reached"})] == [6]
    assert [i.id for i in service.open_referrals({"not_reached"}, recent_days=60)] == [7]
    everything = service.open_referrals({"open", "followed_up", "completed", "not_reached"})
    assert [i.id for i in everything] == [1, 2, 3, 4, 5, 6]  # work to do first, closed ones after
    assert not any(i.overdue for i in everything if not i.active)
    assert [i.id for i in service.open_referrals(None, organisation_id=2)] == [2, 4]
    assert [i.id for i in service.open_referrals({"followed_up"}, organisation_id=1)] == []
    assert service.open_referrals(set()) == []
    with pytest.raises(ValidationError):
        service.open_referrals({"closed"})


def test_closed_ones_are_listed_latest_change_first(service, clock) -> None:
    service.set_status(4, "not_reached")
    clock.now += timedelta(minutes=5)
    service.set_status(3, "completed")
    closed = [i.id for i in service.open_referrals({"completed", "not_reached"})]
    assert closed == [3, 4, 6]


def test_a_status_change_records_its_time(service, database) -> None:
    change = service.set_status(1, "completed")
    assert change.before.status == "open"
    assert change.before.status_changed_at is None
    assert change.after.status == "completed"
    assert change.after.status_changed_at == NOW.replace(microsecond=0)
    # The follow-up date stays as history; a closed referral is never overdue.
    assert status_row(database, 1) == ("completed", str(TODAY - timedelta(days=3)), "2026-11-25 10:30:15.000000")
    assert 1 not in [i.id for i in service.open_referrals()]
    assert service.get(1) == change.after


def test_a_follow_up_sets_the_next_date(service, database) -> None:
    next_check = TODAY + timedelta(days=7)
    change = service.set_status(1, "followed_up", next_check)
    assert (change.after.status, change.after.follow_up_on) == ("followed_up", next_check)
    assert status_row(database, 1)[:2] == ("followed_up", str(next_check))
    assert not next(i for i in service.open_referrals() if i.id == 1).overdue
    # Without a date, the next check comes two weeks from today.
    assert service.set_status(2, "followed_up").after.follow_up_on == TODAY + NEXT_FOLLOW_UP
    # Today is not in the past.
    assert service.set_status(3, "followed_up", TODAY).after.follow_up_on == TODAY


@pytest.mark.parametrize(("referral_id", "status", "follow_up_on"), [
    (1, "followed_up", TODAY - timedelta(days=1)),  # a new follow-up in the past
    (1, "completed", TODAY + timedelta(days=3)),  # a closed referral has no next check
    (1, "lost", None),  # not a status
    (99, "completed", None),  # no such referral
])
def test_impossible_status_changes_are_refused_and_change_nothing(service, database, referral_id, status,
                                                                  follow_up_on) -> None:
    before = rows(database, "SELECT * FROM referrals ORDER BY id")
    with pytest.raises(ValidationError):
        service.set_status(referral_id, status, follow_up_on)
    assert rows(database, "SELECT * FROM referrals ORDER BY id") == before


def test_moving_a_follow_up_keeps_the_status_and_its_date(service, database) -> None:
    before = status_row(database, 2)
    change = service.set_follow_up(2, TODAY + timedelta(days=3))
    assert change.after.status_changed_at == change.before.status_changed_at
    assert status_row(database, 2) == (before[0], str(TODAY + timedelta(days=3)), before[2])
    assert service.set_follow_up(2, None).after.follow_up_on is None
    with pytest.raises(ValidationError):
        service.set_follow_up(2, TODAY - timedelta(days=1))
    with pytest.raises(ValidationError):
        service.set_follow_up(6, TODAY + timedelta(days=1))  # completed
    with pytest.raises(ValidationError):
        service.set_follow_up(99, TODAY)


def test_undo_restores_the_referral_exactly(service, database, clock) -> None:
    before = rows(database, "SELECT * FROM referrals WHERE id = 2")
    change = service.set_status(2, "not_reached")
    clock.now += timedelta(seconds=4)
    restored = service.restore(change.before)
    assert restored == change.before
    assert rows(database, "SELECT * FROM referrals WHERE id = 2") == before


def test_undo_of_a_deleted_referral_is_refused(service, database) -> None:
    change = service.set_status(3, "completed")
    with database.write() as session:
        session.connection().exec_driver_sql("DELETE FROM visits WHERE id = 3")  # cascades
    with pytest.raises(ValidationError):
        service.restore(change.before)
    with pytest.raises(ValidationError):
        service.get(3)


def test_get_returns_the_domain_referral(service) -> None:
    found = service.get(6)
    assert isinstance(found, Referral)
    assert (found.status, found.organisation_id, found.status_changed_at) == (
        "completed", 1, NOW - timedelta(days=5))


def count_selects(database: Database) -> list[str]:
    statements: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    event.listen(database.engine, "before_cursor_execute", record)
    return statements


RAW_COUNTS = """
    SELECT o.id, o.name, sum(r.status = 'open'), sum(r.status = 'followed_up'), sum(r.status = 'completed'),
           sum(r.status = 'not_reached'), count(*)
    FROM referrals r JOIN organisations o ON o.id = r.organisation_id
    WHERE r.created_at >= ? GROUP BY o.id ORDER BY count(*) DESC, o.name, o.id"""


def test_counts_per_partner_in_one_query_equal_a_raw_count(service, database) -> None:
    statements = count_selects(database)
    counts = service.counts_per_partner()
    assert len(statements) == 1
    assert "GROUP BY" in statements[0]
    assert [tuple(row) for row in counts] == rows(database, RAW_COUNTS, "1900-01-01")
    assert counts[0] == (1, "Fachstelle Wohnungsnotfälle", 3, 0, 1, 0, 4)
    assert 4 not in [row.organisation_id for row in counts]  # never referred to
    since = TODAY - timedelta(days=30)
    recent = service.counts_per_partner(since)
    assert [tuple(row) for row in recent] == rows(database, RAW_COUNTS, f"{since} 00:00:00")
    assert sum(row.total for row in recent) == 5  # ids 1–5: made in the last 30 days


@pytest.mark.demo
def test_on_a_year_of_demo_data_the_lists_match_raw_sql(demo_database) -> None:
    today = date(2026, 11, 25)
    service = ReferralService(demo_database, lambda: datetime.combine(today, datetime.min.time()))
    counts = service.counts_per_partner()
    assert [tuple(row) for row in counts] == rows(demo_database, RAW_COUNTS, "1900-01-01")
    assert sum(row.total for row in counts) == rows(demo_database, "SELECT count(*) FROM referrals")[0][0]

    items = service.open_referrals()
    (active, overdue), = rows(demo_database, "SELECT count(*), sum(follow_up_on < ?) FROM referrals "
                                             "WHERE status IN ('open', 'followed_up')", str(today))
    assert (len(items), sum(i.overdue for i in items)) == (active, overdue)
    dates = [i.follow_up_on or date.max for i in items]
    assert dates == sorted(dates)

    since = f"{today - timedelta(days=RECENT_DAYS)} 00:00:00"
    closed = service.open_referrals({"completed", "not_reached"})
    assert len(closed) == rows(demo_database, "SELECT count(*) FROM referrals WHERE status IN "
                                              "('completed', 'not_reached') AND status_changed_at >= ?",
                               since)[0][0]


@pytest.mark.demo
def test_the_work_list_reads_through_an_index(demo_database) -> None:
    statements = count_selects(demo_database)
    service = ReferralService(demo_database, lambda: datetime(2026, 11, 25, 10))
    service.open_referrals()
    service.open_referrals(None, organisation_id=3)
    assert len(statements) == 2
    raw = sqlite3.connect(demo_database.path)
    try:
        for statement, index in zip(statements, ("ix_referrals_status_follow_up", "ix_referrals_organisation"),
                                    strict=True):
            plan = " | ".join(row[3] for row in raw.execute(
                f"EXPLAIN QUERY PLAN {statement}", ("followed_up", "open", 3)[:statement.count("?")]))
            assert f"INDEX {index}" in plan, plan
            assert "SCAN" not in plan, plan
    finally:
        raw.close()
