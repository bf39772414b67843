"""The SQLite engine: durable pragmas, IMMEDIATE write transactions, short sessions."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session

from welcome_point.domain.errors import ConstraintError, ValidationError
from welcome_point.storage.errors import friendly_error

BUSY_TIMEOUT_MS = 5000
_BEGIN_OPTION = "welcome_point_begin"


def create_sqlite_engine(path: Path, *, foreign_keys: bool = True,
                         busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Engine:
    """An engine whose every connection runs WAL, synchronous=FULL and foreign keys.

    synchronous=FULL: an acknowledged check-in must survive a power cut at the desk; the cost
    (one extra fsync of the WAL per commit) is invisible at desk speed.
    """
    # URL.create: a path with ?, # or % in it must name the file, not URL parameters.
    # hide_parameters: error messages and logs never carry the values of a row.
    # check_same_thread off: the pool hands each connection to one thread at a time, and the
    # database is opened in a worker thread, then used from the UI thread.
    engine = create_engine(URL.create("sqlite", database=str(path)), hide_parameters=True,
                           connect_args={"check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Take transaction control away from the driver so that BEGIN below is ours.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        # Erased rows are overwritten with zeros, not left readable in free pages of the file.
        cursor.execute("PRAGMA secure_delete = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        mode = connection.get_execution_options().get(_BEGIN_OPTION, "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")

    return engine


def immediate(engine: Engine) -> Engine:
    """The same engine, but its transactions take the write lock at BEGIN.

    A write that waits for the lock waits at its start (busy_timeout applies) instead of
    failing half-way when a reader upgrades to a writer.
    """
    return engine.execution_options(**{_BEGIN_OPTION: "IMMEDIATE"})


class Database:
    """One SQLite file. Each user action takes one short session: ``read()`` or ``write()``."""

    def __init__(self, path: Path, engine: Engine | None = None) -> None:
        self.path = path
        self.engine = engine or create_sqlite_engine(path)
        self._write_engine = immediate(self.engine)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._session(self.engine) as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session in one IMMEDIATE transaction, committed when the block ends."""
        with self._session(self._write_engine) as session:
            yield session

    @contextmanager
    def _session(self, engine: Engine) -> Iterator[Session]:
        try:
            with Session(engine, expire_on_commit=False) as session, session.begin():
                yield session
        except OverflowError as exc:
            # An id or number beyond SQLite's 64-bit integers: bad input, not a broken database.
            raise ValidationError("a number is out of range") from exc
        except (sa_exc.IntegrityError, sqlite3.IntegrityError) as exc:
            # A refused row, not a broken database: the caller may correct it and retry.
            raise ConstraintError(f"The database refused the change: {getattr(exc, 'orig', exc)}") from exc
        except (sa_exc.OperationalError, sa_exc.DatabaseError, sqlite3.DatabaseError) as exc:
            raise friendly_error(exc, self.path) from exc

    def dispose(self) -> None:
        self.engine.dispose()
