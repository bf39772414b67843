"""Schema versions: a cheap check before start-up, Alembic upgrades with a copy taken first.

Revision ids equal the file names in ``migrations/versions`` and sort in order, so the check
that runs before the window appears needs only ``sqlite3`` and a directory listing; Alembic
is imported only when a database actually needs an upgrade.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import NamedTuple

from welcome_point.domain.errors import DatabaseError, NewerDatabaseError
from welcome_point.storage.errors import friendly_error

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def known_revisions() -> tuple[str, ...]:
    return tuple(sorted(p.stem for p in (MIGRATIONS_DIR / "versions").glob("[0-9]*.py")))


def head_revision() -> str:
    return known_revisions()[-1]


class SchemaState(NamedTuple):  # not a dataclass: this runs before the window, every import counts
    revision: str | None
    has_tables: bool

    @property
    def is_current(self) -> bool:
        return self.revision == head_revision()


def inspect_schema(path: Path) -> SchemaState:
    """Read the schema revision with plain sqlite3; refuse files this version cannot use."""
    if not path.exists() or path.stat().st_size == 0:
        return SchemaState(revision=None, has_tables=False)
    try:
        connection = sqlite3.connect(path, timeout=5)
        try:
            tables = {row[0] for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            revision = None
            if "alembic_version" in tables:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise friendly_error(exc, path) from exc
    state = SchemaState(revision=revision, has_tables=bool(tables - {"alembic_version"}))
    if revision is not None and revision not in known_revisions():
        raise NewerDatabaseError(
            f"The database {path} was written by a newer version of Welcome Point Desk "
            f"(schema {revision}); please install the newer version. Nothing was changed.")
    if "alembic_version" not in tables and state.has_tables:
        raise DatabaseError(f"The file {path} is not a Welcome Point database.")
    return state


def upgrade(path: Path, backups: Path) -> Path | None:
    """Bring ``path`` to the head revision. Returns the backup copy taken, if any."""
    state = inspect_schema(path)
    if state.is_current:
        return None
    copy = None
    if state.has_tables:
        # Imported here: the check above runs before the window appears, where every import counts.
        from welcome_point.storage import backups as backup_files

        reason = f"before-upgrade-from-{(state.revision or 'empty').lower()}"
        copy = backup_files.backup_copy(path, backups, reason)
    run_alembic(path, "upgrade", "head")
    return copy


def run_alembic(path: Path, command_name: str, revision: str) -> None:
    """Run an Alembic command on ``path`` in one transaction, foreign keys off.

    Batch migrations rebuild tables on SQLite; with foreign keys on, dropping the old table
    would cascade into its children. The check afterwards proves nothing dangles.
    """
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import exc as sa_exc

    from welcome_point.storage.engine import create_sqlite_engine, immediate

    engine = create_sqlite_engine(path, foreign_keys=False)
    try:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        with immediate(engine).begin() as connection:
            config.attributes["connection"] = connection
            getattr(command, command_name)(config, revision)
            dangling = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if dangling:
                raise DatabaseError(f"Migration left {len(dangling)} broken references; rolled back.")
    except (sa_exc.OperationalError, sa_exc.DatabaseError) as exc:
        raise friendly_error(exc, path) from exc
    finally:
        engine.dispose()
