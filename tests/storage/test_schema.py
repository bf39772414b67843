from __future__ import annotations

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from welcome_point.domain.errors import DatabaseError, NewerDatabaseError
from welcome_point.storage import location, schema
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
    copies = list(location.backup_dir(data_dir).glob("before-upgrade-from-empty-*.sqlite3"))
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


def test_migrations_run_with_foreign_keys_off_and_restore_them(data_dir):
    path = location.database_file(data_dir)
    open_database(data_dir).dispose()
    engine = create_sqlite_engine(path)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()
