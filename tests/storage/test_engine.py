from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text

from welcome_point.domain.errors import DatabaseError
from welcome_point.storage.repositories import SqlSettingsRepository


def test_every_new_connection_has_the_durable_pragmas(database):
    with database.engine.connect() as connection:
        pragma = lambda name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("foreign_keys") == 1
        assert pragma("busy_timeout") >= 5000


def test_write_transactions_take_the_write_lock_at_begin(database):
    other = sqlite3.connect(database.path, timeout=0, isolation_level=None)
    with database.write() as session:
        session.execute(text("SELECT 1"))  # a read only; IMMEDIATE still holds the lock
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
    other.execute("BEGIN IMMEDIATE")  # released after commit
    other.execute("ROLLBACK")
    other.close()


def test_read_sessions_do_not_block_writers(database):
    other = sqlite3.connect(database.path, timeout=0, isolation_level=None)
    with database.read() as session:
        session.execute(text("SELECT count(*) FROM visits"))
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
    other.close()


def test_a_committed_write_is_seen_by_a_fresh_connection(database):
    with database.write() as session:
        SqlSettingsRepository(session).set("k", "5")
    raw = sqlite3.connect(database.path)
    assert raw.execute("SELECT value FROM settings WHERE key = 'k'").fetchone() == ("5",)
    raw.close()


def test_a_locked_database_gives_a_clear_error(data_dir, monkeypatch):
    from welcome_point.storage.engine import Database, create_sqlite_engine
    from welcome_point.storage.opening import open_database

    open_database(data_dir).dispose()
    path = data_dir / "welcome-point.sqlite3"
    impatient = Database(path, create_sqlite_engine(path, busy_timeout_ms=50))
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseError, match="in use by another program"), impatient.write() as session:
            SqlSettingsRepository(session).set("k", "1")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        impatient.dispose()


def test_a_refused_row_is_a_constraint_error_not_a_broken_database(database):
    from welcome_point.domain.errors import ConstraintError
    from welcome_point.storage.tables import SiteRow

    with database.write() as session:
        session.add(SiteRow(code="DUS-1", name="A"))
    with pytest.raises(ConstraintError, match="UNIQUE"), database.write() as session:
        session.add(SiteRow(code="DUS-1", name="B"))


def test_a_path_with_url_characters_names_the_file(tmp_path):
    from welcome_point.storage.opening import open_database

    odd = tmp_path / "desk?x=1#a%41"
    odd.mkdir()
    database = open_database(odd)
    with database.write() as session:
        SqlSettingsRepository(session).set("k", "1")
    database.dispose()
    assert (odd / "welcome-point.sqlite3").stat().st_size > 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["desk?x=1#a%41"]


def test_the_database_file_is_private(database):
    assert database.path.stat().st_mode & 0o077 == 0
