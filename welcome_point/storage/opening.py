"""Open the database of a data folder: integrity check, schema upgrade (copy first), engine.

A damaged file is never opened, repaired or deleted: it is moved aside into ``<data>/damaged/<time>/``
with its -wal and -shm, and ``CorruptDatabaseError`` names where it went and the newest backup that
passes its integrity check; ``recover_from_backup`` then puts that backup in its place.

**The newest good copy is pinned** when a damaged file is moved aside: it is copied (online backup API,
verified) under the reason ``kept-after-damage`` with its own time, a reason rotation never deletes
(``domain.backups.NEVER_ROTATED``). The user may decline the restore and go on with a new, empty
database; its regular copies would otherwise push every copy of the old data out within days. The error
names the pinned copy, which stays where it is; delete it by hand once it is no longer needed. A pin
that cannot be written (disk full) is logged and the original copy offered instead.
"""

from __future__ import annotations

import contextlib
import logging
import os
from datetime import datetime
from pathlib import Path

from welcome_point.domain import backups as rules
from welcome_point.domain.backups import BackupInfo
from welcome_point.domain.errors import CorruptDatabaseError, DatabaseError
from welcome_point.storage import backups, location, schema
from welcome_point.storage.engine import Database

log = logging.getLogger(__name__)

DAMAGED_FOLDER = "damaged"
COMPANIONS = ("-wal", "-shm", "-journal")


def damaged_dir(data_dir: Path) -> Path:
    return data_dir / DAMAGED_FOLDER


def open_database(data_dir: Path) -> Database:
    """The ready-to-use database of ``data_dir``, created or upgraded as needed.

    Runs ``PRAGMA quick_check`` first. Raises the domain's DataFolderError, DatabaseError,
    NewerDatabaseError (a refused database is never touched) or CorruptDatabaseError (the damaged
    file was moved aside; nothing was deleted).
    """
    path = location.database_file(data_dir)
    if not path.exists():
        path.touch(mode=0o600)  # SQLite gives its -wal and -shm files the same permissions
    elif path.stat().st_size > 0:
        check_at_start(data_dir)
    schema.upgrade(path, location.backup_dir(data_dir))
    return Database(path)


def check_at_start(data_dir: Path) -> None:
    """``PRAGMA quick_check``; on damage move the file aside and raise CorruptDatabaseError."""
    path = location.database_file(data_dir)
    problems = backups.integrity_problems(path, quick=True)
    if not problems:
        return
    log.error("the database failed its quick check (%d problems); moving it aside", len(problems))
    moved_to = move_aside(data_dir)
    newest = pin_newest_verified(data_dir)
    if newest is None:
        offer = (f"No backup that passes its check was found in {location.backup_dir(data_dir)}; "
                 "a new, empty database will be created at the next start.")
    else:
        offer = (f"The newest backup that passes its check is {newest.path} "
                 f"(taken {newest.taken_at:%Y-%m-%d %H:%M}); restore it from the window or with "
                 f"`welcome-point restore \"{newest.path}\"`.")
    raise CorruptDatabaseError(
        f"The database {path} is damaged or not a Welcome Point database ({problems[0]}). "
        f"It was moved to {moved_to}; nothing was deleted. {offer}",
        moved_to=moved_to, newest_backup=None if newest is None else newest.path)


def pin_newest_verified(data_dir: Path) -> BackupInfo | None:
    """The newest backup that passes its check, copied under ``kept-after-damage`` so that rotation
    never deletes it (see the module's doc); the copy, or the original when the copy failed; None: none."""
    folder = location.backup_dir(data_dir)
    newest = backups.newest_verified(folder)
    if newest is None or newest.reason in rules.NEVER_ROTATED:
        return newest
    for pinned in backups.list_backups(folder):
        if pinned.reason == rules.KEPT_AFTER_DAMAGE and pinned.taken_at == newest.taken_at:
            return pinned  # pinned already (a second damage before a new backup)
    try:
        copy = backups.take_backup(newest.path, folder, rules.KEPT_AFTER_DAMAGE, now=newest.taken_at)
    except DatabaseError as exc:
        log.warning("the newest good backup could not be pinned (%s); rotation may delete it",
                    type(exc).__name__)
        return newest
    log.info("the newest good backup was pinned as %s", copy.path.name)
    return copy


def move_aside(data_dir: Path, now: datetime | None = None) -> Path:
    """Move the database file with its -wal, -shm and -journal into a new folder under ``damaged/``."""
    path = location.database_file(data_dir)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    folder = damaged_dir(data_dir) / stamp
    suffix = 1
    try:
        damaged_dir(data_dir).mkdir(mode=0o700, exist_ok=True)
        while True:
            try:
                folder.mkdir(mode=0o700)
                break
            except FileExistsError:
                suffix += 1
                folder = damaged_dir(data_dir) / f"{stamp}-{suffix}"
        # The -wal first: without the main file beside it, it can never be applied to the wrong one.
        for companion in COMPANIONS:
            source = Path(f"{path}{companion}")
            if source.exists():
                os.replace(source, folder / f"{path.name}{companion}")
        os.replace(path, folder / path.name)
    except OSError as exc:
        raise DatabaseError(
            f"The database {path} is damaged, and it could not be moved aside ({exc.strerror or exc}); "
            "nothing was deleted. Move it away by hand, then start again.") from exc
    with contextlib.suppress(OSError):
        backups.fsync_folder(data_dir)
    log.info("damaged database moved into %s/%s", DAMAGED_FOLDER, folder.name)
    return folder / path.name


def recover_from_backup(data_dir: Path, backup: Path) -> Database:
    """Put ``backup`` in place of the database of ``data_dir`` and open it (the window's "Restore the
    newest backup" after CorruptDatabaseError; ``welcome-point restore`` when the current file is damaged).

    The backup is checked first (integrity, a Welcome Point database, not newer; an older schema is
    upgraded), so a refused backup changes nothing. A database file that is there is not lost: a
    healthy one is backed up ("before-restore"), a damaged one is moved aside.
    """
    path = location.database_file(data_dir)
    backup_dir = location.backup_dir(data_dir)
    staged, _state = backups.stage_for_restore(backup, backup_dir)
    try:
        if path.exists() and path.stat().st_size > 0:
            if backups.integrity_problems(path):
                move_aside(data_dir)
                pin_newest_verified(data_dir)
            else:
                backups.take_backup(path, backup_dir, "before-restore", now=datetime.now())
        for companion in COMPANIONS:  # they belong to the file that was backed up or moved
            Path(f"{path}{companion}").unlink(missing_ok=True)
        backups.fsync_file(staged)
        os.replace(staged, path)
        backups.fsync_folder(data_dir)
    except OSError as exc:
        raise DatabaseError(f"Could not put the backup in place ({exc.strerror or exc}).") from exc
    finally:
        backups.discard_staged(staged)
    parsed = rules.parse_backup_name(backup.name)  # a name the user chose may say anything: only ours
    log.info("database recovered from %s", "a backup" if parsed is None else f"the backup '{parsed[1]}' "
             f"of {parsed[0]:%Y-%m-%d %H:%M}")
    return Database(path)
