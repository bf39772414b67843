"""Backup copies with SQLite's online backup API, checked with ``PRAGMA integrity_check``; restores.

Plain ``sqlite3`` only (no SQLAlchemy): the check before start-up and the copy before a migration use it.

- ``take_backup`` writes a consistent copy (safe with WAL and with writers at work, unlike a file copy)
  under a temporary name, switches the copy to a single self-contained file (journal mode DELETE), checks
  it, fsyncs it and only then renames it into place. A copy that fails its check is deleted and the
  failure raised: a backup folder never holds a copy that was not verified.
- ``rotate`` applies ``domain.backups.plan_rotation``; ``copy_to_folder`` puts a verified copy into
  another folder (a USB stick) atomically.
- ``stage_for_restore`` turns a file the user chose into a checked, private, current copy (the service
  then appends what the restore must not roll back to it: the audit log's newer entries, the id
  counters, ``id_counters``/``raise_id_counters``; ``single_file`` afterwards); then ``copy_into``
  writes it INTO the live database with the backup API, so that open connections stay valid and see
  the restored data.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from welcome_point.domain import backups as rules
from welcome_point.domain.backups import BackupInfo, DatabaseCheck
from welcome_point.domain.errors import DatabaseError, NewerDatabaseError
from welcome_point.storage import schema
from welcome_point.storage.errors import friendly_error

if TYPE_CHECKING:  # the helpers for a restore get the service's session; nothing here needs SQLAlchemy
    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

BUSY_TIMEOUT_S = 5.0
MAX_PROBLEMS = 20  # lines of integrity_check reported; the first one is usually enough
KEEP_COPIES = rules.KEEP_PER_OTHER_REASON  # per reason, for ``backup_copy``
_DAMAGE_WORDS = ("not a database", "malformed", "corrupt", "disk image")
_TEMP_SUFFIX = ".part"


# --- checks -----------------------------------------------------------------------------------------

def _is_damage(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return any(word in text for word in _DAMAGE_WORDS)


def _read_only(path: Path) -> sqlite3.Connection:
    """A connection that never writes the file or its WAL (no checkpoint when it closes): checking a
    damaged file must leave it exactly as it was. It still sees what the WAL holds."""
    return sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)


def integrity_problems(path: Path, *, quick: bool = False, limit: int = MAX_PROBLEMS) -> list[str]:
    """What ``PRAGMA integrity_check`` (or ``quick_check``) finds in ``path``; [] when it is ok.

    A file that is no database at all is a problem too ("file is not a database"); a locked or
    unreadable file is not damage and raises DatabaseError instead.
    """
    pragma = "quick_check" if quick else "integrity_check"
    try:
        connection = _read_only(path)
        try:
            rows = [str(row[0]) for row in connection.execute(f"PRAGMA {pragma}({int(limit)})")]
        finally:
            connection.close()
    except sqlite3.Error as exc:
        if _is_damage(exc):
            return [str(exc)]
        raise friendly_error(exc, path) from exc
    return [] if rows == ["ok"] else rows


def foreign_key_problems(path: Path, *, limit: int = MAX_PROBLEMS) -> list[str]:
    """Rows whose reference points nowhere, as "table row id → parent table" (no content of a row)."""
    try:
        connection = _read_only(path)
        try:
            rows = connection.execute("PRAGMA foreign_key_check").fetchmany(limit)
        finally:
            connection.close()
    except sqlite3.Error as exc:
        if _is_damage(exc):
            return [str(exc)]
        raise friendly_error(exc, path) from exc
    return [f"{table} row {rowid} → {parent}" for table, rowid, parent, _ in rows]


def check_database(path: Path) -> DatabaseCheck:
    """``welcome-point check``: integrity and foreign keys, reading only (safe while the app runs)."""
    if not path.is_file():
        raise DatabaseError(f"There is no database at {path}.")
    integrity = integrity_problems(path)
    foreign = foreign_key_problems(path) if not integrity else []
    return DatabaseCheck(integrity=tuple(integrity), foreign_keys=tuple(foreign))


def verify(path: Path, what: str = "The backup") -> None:
    """Raise DatabaseError unless ``path`` passes ``PRAGMA integrity_check``."""
    problems = integrity_problems(path)
    if problems:
        raise DatabaseError(f"{what} {path} is damaged ({problems[0]}).")


# --- files ------------------------------------------------------------------------------------------

def _private_file(path: Path) -> None:
    """Create an empty file only this user can read; it must not exist yet."""
    os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        with contextlib.suppress(OSError):  # some file systems (FAT sticks) cannot sync a folder
            os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _remove_with_companions(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def _free_name(folder: Path, taken_at: datetime, reason: str, external: bool) -> tuple[Path, datetime]:
    """A name not taken yet: the same microsecond twice (a fixed clock in a test) moves on by one."""
    while True:
        target = folder / rules.backup_file_name(taken_at, reason, external=external)
        if not target.exists() and not _temp_name(target).exists():
            return target, taken_at
        taken_at += timedelta(microseconds=1)


def _temp_name(target: Path) -> Path:
    return target.with_name(f".{target.name}{_TEMP_SUFFIX}")


# --- taking a backup --------------------------------------------------------------------------------

def checkpoint(database_path: Path) -> None:
    """Copy what the WAL holds into the database file, as far as readers allow.

    PASSIVE: it never waits and never blocks the desk's writes (FULL and TRUNCATE make new writers
    wait while they wait for readers). The copy does not need it; it keeps the WAL short, and it makes
    the file's state after the last backup final: the close of the last connection then only deletes
    the WAL, without writing the file again (``written_after`` relies on that).
    """
    try:
        connection = sqlite3.connect(database_path, timeout=BUSY_TIMEOUT_S)
        try:
            connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        finally:
            connection.close()
    except sqlite3.Error as exc:
        raise friendly_error(exc, database_path) from exc


def take_backup(database_path: Path, folder: Path, reason: str, *, now: datetime,
                external: bool = False, create_folder: bool = True, verify_copy: bool = True) -> BackupInfo:
    """A verified copy of ``database_path`` in ``folder``, named by time and reason.

    ``external``: a folder outside the data folder (prefix ``welcome-point-``, the folder must exist).
    Any failure is a DatabaseError and leaves no file behind.
    """
    rules.check_reason(reason)
    if not database_path.is_file():
        raise DatabaseError(f"There is no database at {database_path} to back up.")
    try:
        if create_folder:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        target, taken_at = _free_name(folder, now, reason, external)
        temp = _temp_name(target)
        _private_file(temp)
    except OSError as exc:
        detail = exc.strerror or str(exc)
        raise DatabaseError(
            f"Could not copy the database to {folder} ({detail}); nothing was changed.") from exc
    try:
        source = _read_only(database_path)  # a backup never writes the database, not even at close
        try:
            copy = sqlite3.connect(temp, timeout=BUSY_TIMEOUT_S)
            try:
                source.backup(copy)  # one step: a consistent snapshot, writers in WAL mode go on
                # The copy inherits WAL mode from the header; one self-contained file is what we want.
                copy.execute("PRAGMA journal_mode = DELETE").fetchall()
            finally:
                copy.close()
        finally:
            source.close()
        if verify_copy:
            problems = integrity_problems(temp)
            if problems:
                raise DatabaseError(
                    f"The backup copy failed its integrity check ({problems[0]}) and was deleted; "
                    f"the database itself may be damaged: run `welcome-point check`.")
        fsync_file(temp)
        os.replace(temp, target)
        fsync_folder(folder)
    except BaseException as exc:
        _remove_with_companions(temp)
        if isinstance(exc, DatabaseError):
            raise
        if isinstance(exc, (OSError, sqlite3.Error)):
            detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise DatabaseError(
                f"Could not copy the database to {folder} ({detail}); nothing was changed.") from exc
        raise
    size = target.stat().st_size
    log.info("backup %s written (%d bytes, verified=%s)", target.name, size, verify_copy)
    return BackupInfo(path=target, taken_at=taken_at, reason=reason, size_bytes=size, verified=verify_copy)


def backup_copy(path: Path, backups: Path, reason: str, *, keep: int | None = KEEP_COPIES) -> Path:
    """A verified copy before a change (migration, demo data); keeps the newest ``keep`` of that reason
    (None: this call deletes nothing). The older name of ``take_backup`` for callers that need a path."""
    info = take_backup(path, backups, reason, now=datetime.now())
    if keep is not None:
        same = [b for b in list_backups(backups) if b.reason == reason]  # newest first
        for old in same[keep:]:
            with contextlib.suppress(OSError):  # a copy that stays is no reason to stop
                old.path.unlink(missing_ok=True)
    return info.path


# --- the backup folder ------------------------------------------------------------------------------

def _named_copies(folder: Path) -> Iterator[BackupInfo]:
    try:
        entries = list(folder.iterdir())
    except OSError:
        return
    for entry in entries:
        parsed = rules.parse_backup_name(entry.name)
        if parsed is None:
            continue
        try:
            if not entry.is_file():
                continue
            size = entry.stat().st_size
        except OSError:
            continue
        yield BackupInfo(path=entry, taken_at=parsed[0], reason=parsed[1], size_bytes=size, verified=True)


def list_backups(folder: Path) -> list[BackupInfo]:
    """The copies in ``folder`` named by ``take_backup``, newest first (other files are ignored)."""
    return sorted(_named_copies(folder), key=lambda b: (b.taken_at, b.path.name), reverse=True)


def rotate(folder: Path, now: datetime) -> list[Path]:
    """Delete the copies ``plan_rotation`` does not keep; returns what was deleted."""
    deleted: list[Path] = []
    for backup in rules.plan_rotation(list_backups(folder), now).delete:
        try:
            backup.path.unlink(missing_ok=True)
            deleted.append(backup.path)
        except OSError as exc:  # a copy that stays is no reason to fail a backup
            log.warning("could not delete the old backup %s (%s)", backup.path.name, type(exc).__name__)
    if deleted:
        log.info("rotation deleted %d old backups", len(deleted))
    return deleted


def newest_verified(folder: Path) -> BackupInfo | None:
    """The newest copy that passes ``integrity_check`` now and that this version can open."""
    for backup in list_backups(folder):
        try:
            if integrity_problems(backup.path):
                log.warning("backup %s fails its integrity check; skipped", backup.path.name)
                continue
            state = schema.inspect_schema(backup.path)
        except DatabaseError:
            log.warning("backup %s cannot be used; skipped", backup.path.name)
            continue
        if state.revision is not None:
            return backup
    return None


def copy_to_folder(backup: BackupInfo, folder: Path) -> Path:
    """A verified copy of ``backup`` in another folder (the extra backup folder, a USB stick).

    The folder must exist (an unplugged stick is an error, not a new folder on the internal disk).
    Temporary name, fsync, check, rename: a pulled stick leaves no half copy under a backup's name.
    """
    if not folder.is_dir():
        raise DatabaseError(f"The folder {folder} is not available (not plugged in?).")
    target = folder / rules.backup_file_name(backup.taken_at, backup.reason, external=True)
    temp = _temp_name(target)
    try:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()  # left by an earlier attempt that was cut off
        _private_file(temp)
        shutil.copyfile(backup.path, temp)
        fsync_file(temp)
        problems = integrity_problems(temp)
        if problems:
            raise DatabaseError(f"The copy in {folder} failed its integrity check ({problems[0]}).")
        os.replace(temp, target)
        fsync_folder(folder)
    except BaseException as exc:
        _remove_with_companions(temp)
        if isinstance(exc, OSError):
            raise DatabaseError(f"Could not copy the backup to {folder} ({exc.strerror or exc}).") from exc
        raise
    return target


# --- restoring --------------------------------------------------------------------------------------

def stage_for_restore(chosen: Path, staging: Path) -> tuple[Path, schema.SchemaState]:
    """A private, checked copy of the backup the user chose, upgraded to this version's schema.

    Refuses (DatabaseError, nothing changed) a file that is missing, damaged, not a Welcome Point
    database, holds broken references, or was written by a newer version. The caller removes the
    staged file (``discard_staged``) when it is done.
    """
    if not chosen.is_file():
        raise DatabaseError(f"The file {chosen} does not exist; nothing was restored.")
    staging.mkdir(mode=0o700, parents=True, exist_ok=True)
    staged, _ = _free_name(staging, datetime.now(), "restore", False)
    staged = staged.with_name(f".{staged.name}{_TEMP_SUFFIX}")
    try:
        _private_file(staged)
        shutil.copyfile(chosen, staged)
        wal = Path(f"{chosen}-wal")
        if wal.is_file() and wal.stat().st_size > 0:  # committed data not yet in the file itself
            _private_file(Path(f"{staged}-wal"))
            shutil.copyfile(wal, f"{staged}-wal")
    except OSError as exc:
        discard_staged(staged)
        detail = exc.strerror or str(exc)
        raise DatabaseError(f"Could not read {chosen} ({detail}); nothing was restored.") from exc
    try:
        problems = integrity_problems(staged)
        if problems:
            raise DatabaseError(
                f"The file {chosen} is damaged or not a database ({problems[0]}); nothing was restored.")
        try:
            state = schema.inspect_schema(staged)
        except NewerDatabaseError:
            raise NewerDatabaseError(
                f"The backup {chosen} was written by a newer version of Welcome Point Desk; install that "
                "version to restore it. Nothing was restored.") from None
        except DatabaseError:
            raise DatabaseError(
                f"The file {chosen} is not a Welcome Point database; nothing was restored.") from None
        if state.revision is None:
            raise DatabaseError(f"The file {chosen} is not a Welcome Point database; nothing was restored.")
        dangling = foreign_key_problems(staged)
        if dangling:
            raise DatabaseError(
                f"The backup {chosen} holds {len(dangling)} broken references ({dangling[0]}); "
                "nothing was restored.")
        if not state.is_current:
            schema.run_alembic(staged, "upgrade", "head")
        single_file(staged)
    except BaseException:
        discard_staged(staged)
        raise
    return staged, state


def single_file(path: Path) -> None:
    """Switch ``path`` to journal mode DELETE: one self-contained file (its -wal, if any, applied)."""
    connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S)
    try:
        connection.execute("PRAGMA journal_mode = DELETE").fetchall()
    finally:
        connection.close()


def id_counters(session: Session) -> dict[str, int]:
    """The AUTOINCREMENT counters (``sqlite_sequence``) of the database behind ``session``: the highest
    id each such table ever gave, deleted rows included."""
    connection = session.connection()
    if not _has_table(session, "sqlite_sequence"):
        return {}
    rows = connection.exec_driver_sql("SELECT name, seq FROM sqlite_sequence").all()
    return {str(name): int(seq) for name, seq in rows if seq is not None}


def raise_id_counters(session: Session, counters: dict[str, int]) -> None:
    """Let the AUTOINCREMENT tables behind ``session`` go on after ``counters`` (never back): after a
    restore no new row gets an id the current data gave already (the audit log names people by id)."""
    if not counters or not _has_table(session, "sqlite_sequence"):
        return
    connection = session.connection()
    for name, seq in counters.items():
        if not _has_table(session, name):
            continue
        updated = connection.exec_driver_sql(
            "UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = ?", (seq, name)).rowcount
        if not updated:
            connection.exec_driver_sql("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", (name, seq))


def _has_table(session: Session, name: str) -> bool:
    found = session.connection().exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).first()
    return found is not None


def discard_staged(staged: Path) -> None:
    _remove_with_companions(staged)


def copy_into(staged: Path, destination: sqlite3.Connection) -> None:
    """Replace the content of the open database behind ``destination`` with ``staged``.

    The backup API writes every page in one write transaction of the destination: other connections
    to it stay valid and see the restored data from their next transaction on (WAL mode stays).
    """
    source = sqlite3.connect(staged, timeout=BUSY_TIMEOUT_S)
    try:
        wanted = destination.execute("PRAGMA page_size").fetchone()[0]
        if source.execute("PRAGMA page_size").fetchone()[0] != wanted:
            # A WAL database cannot take pages of another size; the staged copy is ours to rebuild.
            source.execute(f"PRAGMA page_size = {int(wanted)}")
            source.execute("VACUUM")
        source.backup(destination)
    finally:
        source.close()


# --- "changed since the last backup" ----------------------------------------------------------------

FileState = tuple[int, int, int, int]


def file_state(database_path: Path) -> FileState:
    """Size and modification time (ns) of the database file and of its WAL.

    Every commit writes the WAL (its size or time changes); a checkpoint writes the file. An empty or
    missing WAL counts as (0, 0): its removal when the last connection closes changes nothing.
    Reading never touches either file (only the -shm).
    """
    try:
        main = database_path.stat()
    except FileNotFoundError:
        return (0, 0, 0, 0)
    try:
        wal = Path(f"{database_path}-wal").stat()
        wal_state = (wal.st_size, wal.st_mtime_ns) if wal.st_size > 0 else (0, 0)
    except FileNotFoundError:
        wal_state = (0, 0)
    return (main.st_size, main.st_mtime_ns, *wal_state)


def written_after(database_path: Path, backup: Path) -> bool:
    """Whether the database was written after ``backup`` was: the check after a start, when nothing is
    known about the previous run. After a clean exit there is no WAL (the last connection removed it),
    so a WAL that holds anything was written since, or the app did not end cleanly; else the file's
    time is compared with the copy's (same clock)."""
    state = file_state(database_path)
    if state[2] > 0:
        return True
    try:
        taken = backup.stat().st_mtime_ns
    except FileNotFoundError:
        return True
    return state[1] > taken
