"""Ids of accounts, volunteers and visitors are never handed out twice (migration 0006).

The audit log and subject access records find people by id: a new person who inherited an erased
person's id would inherit their audit entries too.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from tests.storage.test_schema import normalised_schema
from welcome_point.storage import location, schema
from welcome_point.storage.engine import Database
from welcome_point.storage.opening import open_database
from welcome_point.storage.tables import VolunteerRow

BEFORE = "0005_accounts_and_audit"
HASH = "0" * 64

# One row per table, the id left to SQLite; ``{n}`` makes unique values unique.
NEW_ROW = {
    "accounts": "INSERT INTO accounts (username, role, secret_hash, active, created_at) "
                "VALUES ('user{n}', 'staff', 'x', 1, '2026-01-05 10:00:00.000000')",
    "volunteers": "INSERT INTO volunteers (display_name, phone, email, joined_on, active) "
                  "VALUES ('Volunteer {n}', '', '', '2026-01-05', 1)",
    "visitors": "INSERT INTO visitors (card_code, first_seen, age_band, gender, region) "
                "VALUES (printf('WP-%08d', {n}), '2026-01-05', 'not_stated', 'not_stated', 'not_stated')",
}


def connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA foreign_keys = ON")
    return connection


def insert(connection: sqlite3.Connection, table: str, n: int) -> int:
    cursor = connection.execute(NEW_ROW[table].format(n=n))
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def ids(connection: sqlite3.Connection, table: str) -> list[int]:
    return [row[0] for row in connection.execute(f"SELECT id FROM {table} ORDER BY id")]


@pytest.mark.parametrize("table", list(NEW_ROW))
def test_the_id_of_a_deleted_newest_row_is_not_given_again(data_dir, table):
    path = location.database_file(data_dir)
    open_database(data_dir).dispose()
    raw = connect(path)
    first, second = insert(raw, table, 1), insert(raw, table, 2)
    raw.execute(f"DELETE FROM {table} WHERE id = ?", (second,))
    third = insert(raw, table, 3)
    assert third > second > first
    raw.execute(f"DELETE FROM {table} WHERE id = ?", (third,))
    raw.close()

    db = open_database(data_dir)  # a restart: a new engine, new connections
    db.dispose()
    raw = connect(path)
    fourth = insert(raw, table, 4)
    assert fourth > third
    assert ids(raw, table) == [first, fourth]
    raw.close()


def test_a_new_row_through_the_orm_gets_a_new_id_after_a_restart(data_dir):
    db = open_database(data_dir)
    with db.write() as session:
        row = VolunteerRow(display_name="Sam", joined_on=date(2024, 1, 1))
        session.add(row)
        session.flush()
        sam = row.id
    with db.write() as session:
        session.delete(session.get(VolunteerRow, sam))
    db.dispose()
    db = Database(location.database_file(data_dir))
    with db.write() as session:
        row = VolunteerRow(display_name="Lea", joined_on=date(2025, 1, 1))
        session.add(row)
        session.flush()
        lea = row.id
    db.dispose()
    assert lea > sam


def database_at_0005(data_dir: Path) -> Path:
    """A 0005 database with people, their children, a gap in every id range and a newest row deleted."""
    path = location.database_file(data_dir)
    schema.run_alembic(path, "upgrade", BEFORE)
    raw = connect(path)
    raw.executescript("""
        INSERT INTO sites (id, code, name, address, opening_hours) VALUES (1, 'MAIN', 'Main', '', '');
        INSERT INTO visitors (id, card_code, first_seen, age_band, gender, region) VALUES
            (1, 'WP-00000001', '2026-01-05', 'not_stated', 'not_stated', 'not_stated'),
            (3, 'WP-00000003', '2026-01-05', '18-26', 'female', 'eu'),
            (4, 'WP-00000004', '2026-01-05', 'not_stated', 'not_stated', 'not_stated');
        INSERT INTO volunteers (id, display_name, phone, email, joined_on, consent_on, active) VALUES
            (1, 'Ana', '', '', '2025-01-01', NULL, 1),
            (2, 'Ben', '0151 000', '', '2025-01-01', '2025-01-01', 1),
            (5, 'Cem', '', '', '2025-01-01', NULL, 1);
        INSERT INTO accounts (id, username, role, secret_hash, volunteer_id, active, created_at) VALUES
            (1, 'admin', 'admin', 'x', NULL, 1, '2026-01-05 10:00:00.000000'),
            (2, 'ben', 'staff', 'x', 2, 1, '2026-01-05 10:00:00.000000'),
            (4, 'cem', 'volunteer', 'x', 5, 1, '2026-01-05 10:00:00.000000');
        INSERT INTO visits (id, site_id, visitor_id, arrived_at, group_size, language, interpreter_needed,
                            outcome) VALUES
            (1, 1, 3, '2026-01-05 10:00:00.000000', 1, 'ar', 0, 'advised'),
            (2, 1, 4, '2026-01-05 11:00:00.000000', 1, 'fa', 0, 'advised');
        INSERT INTO visit_volunteers (visit_id, volunteer_id) VALUES (1, 2), (2, 5);
        INSERT INTO volunteer_languages (volunteer_id, language, level) VALUES (2, 'ar', 'native');
        INSERT INTO volunteer_roles (volunteer_id, role) VALUES (2, 'desk'), (5, 'interpreter');
        INSERT INTO shifts (id, site_id, starts_at, ends_at, role, min_staff) VALUES
            (1, 1, '2026-01-05 09:00:00.000000', '2026-01-05 13:00:00.000000', 'desk', 2);
        INSERT INTO assignments (id, shift_id, volunteer_id, status) VALUES (1, 1, 2, 'planned'),
                                                                            (2, 1, 5, 'planned');
        INSERT INTO assignment_changes (id, at, action, assignment_id, volunteer_id, other_volunteer_id)
            VALUES (1, '2026-01-04 10:00:00.000000', 'swapped', 1, 2, 5);
    """)
    # Erased before the upgrade: visitor 7, volunteer 8 and account 6 are known only to the audit log.
    for at, account, action, object_type, object_id in (
            ("2026-01-05 12:00:00", 6, "login", "", None),
            ("2026-01-05 12:01:00", 1, "erasure_visitor", "visitor", 7),
            ("2026-01-05 12:02:00", 1, "erasure_volunteer", "volunteer", 8),
            ("2026-01-05 12:03:00", 1, "account_changed", "account", 3)):
        raw.execute("INSERT INTO audit_events (at, account_id, action, object_type, object_id, "
                    "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (at, account, action, object_type, object_id, HASH, HASH))
    raw.close()
    return path


def dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    raw = sqlite3.connect(path)
    tables = [row[0] for row in raw.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' "
        "AND name NOT IN ('alembic_version', 'sqlite_sequence') ORDER BY name")]
    result = {name: raw.execute(f"SELECT * FROM {name} ORDER BY 1, 2").fetchall() for name in tables}
    raw.close()
    return result


def test_the_upgrade_keeps_every_row_and_id(data_dir):
    path = database_at_0005(data_dir)
    before = dump(path)
    db = open_database(data_dir)
    db.dispose()
    assert schema.inspect_schema(path).is_current
    assert dump(path) == before
    raw = connect(path)
    assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
    assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert ids(raw, "visitors") == [1, 3, 4]
    assert ids(raw, "volunteers") == [1, 2, 5]
    assert ids(raw, "accounts") == [1, 2, 4]
    raw.close()


def test_after_the_upgrade_the_highest_id_ever_given_is_not_given_again(data_dir):
    path = database_at_0005(data_dir)
    open_database(data_dir).dispose()
    raw = connect(path)
    # The highest id in use now, or named by the audit log for a person erased before the upgrade.
    assert dict(raw.execute("SELECT name, seq FROM sqlite_sequence")) == {
        "visitors": 7, "volunteers": 8, "accounts": 6}
    assert insert(raw, "visitors", 10) == 8
    assert insert(raw, "volunteers", 10) == 9
    assert insert(raw, "accounts", 10) == 7
    for table, newest in (("visitors", 8), ("volunteers", 9), ("accounts", 7)):
        raw.execute(f"DELETE FROM {table} WHERE id = ?", (newest,))
        assert insert(raw, table, 11) == newest + 1
    raw.close()


def test_a_deleted_highest_id_of_an_upgraded_database_is_not_reused(data_dir):
    path = location.database_file(data_dir)
    schema.run_alembic(path, "upgrade", BEFORE)
    raw = connect(path)
    for n in (1, 2, 3):
        for table in NEW_ROW:
            insert(raw, table, n)
    raw.close()
    schema.run_alembic(path, "upgrade", "head")
    raw = connect(path)
    for table in NEW_ROW:
        raw.execute(f"DELETE FROM {table} WHERE id = 3")
        assert insert(raw, table, 4) == 4
    raw.close()


def test_foreign_keys_cascade_and_set_null_after_the_upgrade(data_dir):
    path = database_at_0005(data_dir)
    open_database(data_dir).dispose()
    raw = connect(path)
    raw.execute("DELETE FROM visitors WHERE id = 3")
    assert raw.execute("SELECT id, visitor_id FROM visits ORDER BY id").fetchall() == [(1, None), (2, 4)]

    raw.execute("DELETE FROM volunteers WHERE id = 2")
    assert raw.execute("SELECT visit_id, volunteer_id FROM visit_volunteers").fetchall() == [(2, 5)]
    assert raw.execute("SELECT count(*) FROM volunteer_languages").fetchone() == (0,)
    assert raw.execute("SELECT volunteer_id, role FROM volunteer_roles").fetchall() == [(5, "interpreter")]
    assert raw.execute("SELECT id, volunteer_id FROM assignments ORDER BY id").fetchall() == [
        (1, None), (2, 5)]
    assert raw.execute("SELECT volunteer_id, other_volunteer_id FROM assignment_changes").fetchall() == [
        (None, 5)]
    assert raw.execute("SELECT id, volunteer_id FROM accounts ORDER BY id").fetchall() == [
        (1, None), (2, None), (4, 5)]
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        raw.execute("INSERT INTO visits (site_id, visitor_id, arrived_at, group_size, language, "
                    "interpreter_needed, outcome) "
                    "VALUES (1, 99, '2026-01-05 10:00:00', 1, 'ar', 0, 'advised')")
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        raw.execute("INSERT INTO accounts (username, role, secret_hash, volunteer_id, active, created_at) "
                    "VALUES ('x', 'staff', 'x', 99, 1, '2026-01-05 10:00:00')")
    raw.close()


def test_the_downgrade_restores_the_0005_schema_and_keeps_the_rows(data_dir, tmp_path):
    path = database_at_0005(data_dir)
    reference = tmp_path / "at-0005.sqlite3"
    schema.run_alembic(reference, "upgrade", BEFORE)
    before = dump(path)
    schema.run_alembic(path, "upgrade", "head")
    schema.run_alembic(path, "downgrade", BEFORE)
    assert dump(path) == before
    assert normalised_schema(path) == normalised_schema(reference)
    raw = connect(path)
    assert raw.execute("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_sequence'").fetchone() == (1,)
    assert raw.execute("SELECT * FROM sqlite_sequence WHERE name IN ('visitors', 'volunteers', 'accounts')"
                       ).fetchall() == []
    raw.close()
    schema.run_alembic(path, "upgrade", "head")  # and up again
    assert dump(path) == before
