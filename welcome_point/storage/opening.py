"""Open the database of a data folder: folder checks, schema upgrade (copy first), engine."""

from __future__ import annotations

from pathlib import Path

from welcome_point.storage import location, schema
from welcome_point.storage.engine import Database


def open_database(data_dir: Path) -> Database:
    """The ready-to-use database of ``data_dir``, created or upgraded as needed.

    Raises the domain's DataFolderError, DatabaseError or NewerDatabaseError with a message
    for the user; a refused database is never touched.
    """
    path = location.database_file(data_dir)
    if not path.exists():
        path.touch(mode=0o600)  # SQLite gives its -wal and -shm files the same permissions
    schema.upgrade(path, location.backup_dir(data_dir))
    return Database(path)
