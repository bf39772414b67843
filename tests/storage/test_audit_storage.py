"""The audit table: the chain as written, append-only triggers, and no room for personal data."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest
from sqlalchemy import inspect

from welcome_point.domain.audit import GENESIS, check_chain, event_hash, first_broken
from welcome_point.domain.errors import ValidationError
from welcome_point.storage import location
from welcome_point.storage.audit import SqlAuditRepository, append_event

AT = datetime(2026, 11, 25, 9, 15, 42, 987654)


@pytest.fixture
def raw(database, data_dir):
    connection = sqlite3.connect(location.database_file(data_dir), isolation_level=None)
    yield connection
    connection.close()


def append(database, count: int = 1, **fields) -> None:
    values = {"at": AT, "account_id": 7, "action": "login"} | fields
    with database.write() as session:
        for _ in range(count):
            append_event(session, **values)


def test_entries_chain_from_the_genesis_with_ids_one_two_three(database) -> None:
    with database.write() as session:
        first = append_event(session, at=AT, account_id=None, action="login_failed")
        second = append_event(session, at=AT, account_id=3, action="visit_deleted", object_type="visit",
                              object_id=12)
    with database.write() as session:
        third = append_event(session, at=AT, account_id=3, action="settings_changed",
                             object_type="security.lock_minutes")
    assert (first.id, second.id, third.id) == (1, 2, 3)
    assert first.prev_hash == GENESIS
    assert second.prev_hash == first.hash
    assert third.prev_hash == second.hash
    assert first.at == AT.replace(microsecond=0)
    assert second.hash == event_hash(first.hash, 2, AT.replace(microsecond=0), 3, "visit_deleted", "visit", 12)
    with database.read() as session:
        stored = list(SqlAuditRepository(session).in_order())
    assert stored == [first, second, third]
    assert first_broken(stored) is None
    assert check_chain(stored).ok
    assert check_chain(stored).count == 3


def test_an_entry_is_part_of_the_callers_transaction(database) -> None:
    class ChangeFailedError(Exception):
        pass

    def change_that_fails() -> None:
        with database.write() as session:
            append_event(session, at=AT, account_id=1, action="export_csv")
            raise ChangeFailedError

    with pytest.raises(ChangeFailedError):
        change_that_fails()
    with database.read() as session:
        assert SqlAuditRepository(session).newest() == []


def test_newest_first_paged_and_filtered(database) -> None:
    for action in ("login", "export_csv", "login", "lock", "login"):
        append(database, action=action)
    with database.read() as session:
        repository = SqlAuditRepository(session)
        assert [e.id for e in repository.newest()] == [5, 4, 3, 2, 1]
        assert [e.id for e in repository.newest(limit=2)] == [5, 4]
        assert [e.id for e in repository.newest(limit=2, before_id=4)] == [3, 2]
        assert [e.id for e in repository.newest(action="login")] == [5, 3, 1]
        assert [e.id for e in repository.newest(action="login", before_id=3)] == [1]
        assert [e.id for e in repository.in_order(batch=2)] == [1, 2, 3, 4, 5]


@pytest.mark.parametrize("fields", [
    {"action": "Anna Schmidt"}, {"action": ""}, {"action": "login; DROP"}, {"action": "x" * 61},
    {"object_type": "ABCDE-FGHJK"}, {"object_type": "anna@example.org"}, {"object_type": "x" * 31},
    {"object_id": 2**63}, {"object_id": True},
])
def test_only_codes_and_ids_are_accepted(database, fields) -> None:
    with pytest.raises(ValidationError):
        append(database, **fields)
    with database.read() as session:
        assert SqlAuditRepository(session).newest() == []


def test_update_and_delete_are_refused_by_the_database(database, raw) -> None:
    append(database, 3)
    before = raw.execute("SELECT * FROM audit_events ORDER BY id").fetchall()
    for statement in ("UPDATE audit_events SET action = 'lock' WHERE id = 2",
                      "UPDATE audit_events SET account_id = NULL",
                      "DELETE FROM audit_events WHERE id = 2",
                      "DELETE FROM audit_events"):
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            raw.execute(statement)
    assert raw.execute("SELECT * FROM audit_events ORDER BY id").fetchall() == before


def test_entries_have_no_column_for_personal_data(database) -> None:
    columns = {c["name"] for c in inspect(database.engine).get_columns("audit_events")}
    assert columns == {"id", "at", "account_id", "action", "object_type", "object_id", "prev_hash", "hash"}
    # No foreign key: an entry outlives the account it names, and erasing one never touches the log.
    assert inspect(database.engine).get_foreign_keys("audit_events") == []
