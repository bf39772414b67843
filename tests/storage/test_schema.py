from __future__ import annotations

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from welcome_point.domain.audit import AuditCheck
from welcome_point.domain.errors import DatabaseError, NewerDatabaseError
from welcome_point.services.audit import AuditService
from welcome_point.storage import backups as backup_files
from welcome_point.storage import location, schema
from welcome_point.storage.audit import SqlAuditRepository
from welcome_point.storage.engine import create_sqlite_engine
from welcome_point.storage.opening import open_database
from welcome_point.storage.tables import Base


def alembic_script() -> ScriptDirectory:
    config = Config()
    config.set_main_option("script_location", str(schema.MIGRATIONS_DIR))
    return ScriptDirectory.from_config(config)


def test_revision_ids_are_the_file_names_in_order():
    script = alembic_script()
    assert script.get_current_head() == schema.head_revision()
    ordered = [rev.revision for rev in reversed(list(script.walk_revisions()))]
    assert tuple(ordered) == schema.known_revisions()


def test_the_migrated_schema_equals_the_models(database):
    with database.engine.connect() as connection:
        differences = compare_metadata(
            MigrationContext.configure(connection, opts={"compare_type": True}), Base.metadata)
    assert differences == []


def test_a_new_database_is_created_at_head_without_a_backup(data_dir):
    open_database(data_dir).dispose()
    state = schema.inspect_schema(location.database_file(data_dir))
    assert state.is_current
    assert not location.backup_dir(data_dir).exists()


def test_an_older_database_is_copied_before_the_upgrade(data_dir):
    path = location.database_file(data_dir)
    open_database(data_dir).dispose()
    with sqlite3.connect(path) as raw:
        raw.execute("INSERT INTO settings VALUES ('kept', 'yes')")
    raw.close()
    schema.run_alembic(path, "downgrade", "base")  # an old database: known, but behind head
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE legacy_notes (x)")  # holds something worth copying
    raw.close()
    assert not schema.inspect_schema(path).is_current

    db = open_database(data_dir)
    db.dispose()
    copies = list(location.backup_dir(data_dir).glob("*-before-upgrade-from-empty.sqlite3"))
    assert len(copies) == 1
    with sqlite3.connect(copies[0]) as copy:
        assert copy.execute("SELECT name FROM sqlite_master WHERE name = 'legacy_notes'").fetchone()
    assert schema.inspect_schema(path).is_current


def test_a_database_from_a_newer_version_is_refused_untouched(data_dir):
    path = location.database_file(data_dir)
    open_database(data_dir).dispose()
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    raw.close()
    before = path.read_bytes()
    with pytest.raises(NewerDatabaseError, match="newer version"):
        open_database(data_dir)
    assert path.read_bytes() == before


def test_a_damaged_file_is_refused(data_dir):
    location.database_file(data_dir).write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(DatabaseError, match="damaged or not a Welcome Point database"):
        open_database(data_dir)


def test_a_foreign_sqlite_file_is_refused(data_dir):
    with sqlite3.connect(location.database_file(data_dir)) as raw:
        raw.execute("CREATE TABLE recipes (name)")
    raw.close()
    with pytest.raises(DatabaseError, match="not a Welcome Point database"):
        open_database(data_dir)


def test_the_migration_check_refuses_dangling_references(data_dir):
    path = location.database_file(data_dir)
    open_database(data_dir).dispose()
    raw = sqlite3.connect(path)  # foreign keys are off on a plain connection
    raw.execute("INSERT INTO visits (site_id, arrived_at, group_size, language, interpreter_needed, outcome) "
                "VALUES (99, '2026-01-05 10:00:00', 1, 'ar', 0, 'advised')")
    raw.commit()
    raw.close()
    with pytest.raises(DatabaseError, match="broken references"):
        schema.run_alembic(path, "upgrade", "head")


def normalised_schema(path) -> dict[str, object]:
    """Every table's and index's SQL as a set of clauses: order-insensitive, CHECKs included."""
    raw = sqlite3.connect(path)
    result: dict[str, object] = {}
    for kind, name, sql in raw.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
                                       "AND name != 'alembic_version'"):
        body = " ".join(sql.split())
        if kind == "table":
            inner = body[body.index("(") + 1: body.rindex(")")]
            clauses, depth, current = set(), 0, ""
            for char in inner:
                depth += (char == "(") - (char == ")")
                if char == "," and depth == 0:
                    clauses.add(current.strip())
                    current = ""
                else:
                    current += char
            clauses.add(current.strip())
            result[name] = clauses
        else:
            result[name] = body
    raw.close()
    return result


def test_the_migrated_schema_has_every_constraint_of_the_models(data_dir, tmp_path):
    open_database(data_dir).dispose()
    fresh = tmp_path / "from-models.sqlite3"
    engine = create_sqlite_engine(fresh)
    Base.metadata.create_all(engine)
    engine.dispose()
    assert normalised_schema(location.database_file(data_dir)) == normalised_schema(fresh)


def test_upgrade_copies_are_private_and_rotated(data_dir):
    path = location.database_file(data_dir)
    open_database(data_dir).dispose()
    backups = location.backup_dir(data_dir)
    copies = [backup_files.backup_copy(path, backups, "test") for _ in range(backup_files.KEEP_COPIES + 3)]
    kept = sorted(backups.glob("*-test.sqlite3"))
    assert kept == copies[-backup_files.KEEP_COPIES:]
    assert all(p.stat().st_mode & 0o077 == 0 for p in kept)
    assert backups.stat().st_mode & 0o077 == 0


def test_a_failed_copy_stops_the_upgrade(data_dir):
    path = location.database_file(data_dir)
    open_database(data_dir).dispose()
    schema.run_alembic(path, "downgrade", "base")
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE legacy_notes (x)")
    raw.close()
    location.backup_dir(data_dir).write_text("a file where the backup folder should be")
    with pytest.raises(DatabaseError, match="nothing was changed"):
        open_database(data_dir)
    assert not schema.inspect_schema(path).is_current


def test_audit_rows_with_gaps_in_their_ids_verify_after_the_upgrade(data_dir):
    """Migration 0005 numbers older audit rows 1, 2, 3, ... before it chains them, as check_chain wants."""
    path = location.database_file(data_dir)
    schema.run_alembic(path, "upgrade", "0004_assignment_history")
    with sqlite3.connect(path) as raw:
        raw.execute("INSERT INTO accounts (id, username, role, secret_hash, active, created_at) "
                    "VALUES (1, 'admin', 'admin', 'x', 1, '2025-01-01 10:00:00.000000')")
        for event_id, at in ((1, "2025-01-02 10:00:00.123456"), (2, "2025-01-02 11:00:00.000000"),
                             (5, "2025-01-03 09:00:00.000000")):
            raw.execute("INSERT INTO audit_events (id, at, account_id, action, object_type, object_id) "
                        "VALUES (?, ?, 1, 'login', '', NULL)", (event_id, at))
    raw.close()
    db = open_database(data_dir)
    try:
        audit = AuditService(db)
        assert audit.verify() == AuditCheck(ok=True, count=3, first_broken_id=None)
        audit.record("backup")
        assert audit.verify() == AuditCheck(ok=True, count=4, first_broken_id=None)
        with db.read() as session:
            events = list(SqlAuditRepository(session).in_order())
    finally:
        db.dispose()
    assert [(e.id, e.action) for e in events] == [(1, "login"), (2, "login"), (3, "login"), (4, "backup")]
    assert events[2].at.day == 3  # the old 5, renumbered in id order
