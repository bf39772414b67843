"""Backups and restores of the open database: the timer, the exit, "Back up now", the extra folder.

**When has the data changed since the last backup?** The service compares the size and modification
time of the database file and of its WAL (``storage.backups.file_state``) with what they were just
before its last backup, noted after a passive checkpoint and before the copy starts (a write in
between is in the copy, and counts as a change: at worst one copy too many, never one too few).
Reading never changes either file, so a desk nobody uses gets no copies. After a start (nothing
noted yet) it compares instead: a WAL that holds frames, or a database file written after the newest
backup, means changed; after a clean exit (backup, then the last connection removes the WAL) neither
holds, so opening and closing the app adds no copy. Why not the others: ``PRAGMA data_version`` only
counts commits of *other* connections, per connection and per process; ``total_changes`` is per
connection, and the engine's pool opens and closes connections; a change counter would need a
trigger on every table (a migration) and make every write heavier. The cost is two ``stat`` calls.
Blind spot: a write that restarts the WAL at the same size within the same timestamp tick as the
check (coarse clocks: FAT has 2 s) and yet after the copy began; the next write is seen again.

**What is audited**: backups a person asked for (``backup_now``, ``backup_to``: a copy leaving the
data folder), restores and changes of the extra folder. The automatic copies (timer, exit, before a
change) go to the log file only: auditing them would change the data and call for the next copy.

**Who**: the timer, the exit and the copies before a change run for everyone. Staff may take a copy
into the backup folder and see the list; a copy that leaves it (``backup_to``, the extra folder) holds
everything, the account hashes and the audit log included, so choosing where it goes is for admins,
like restoring.

**A restore does not roll the audit log back.** The log is append-only; the restored copy's log ends
when the copy was taken. Before the copy goes in, the current log's entries that the copy does not hold
(compared by id and hash) are appended to the copy's chain in their order (same time, account, action
and object; new ids and hashes), then the ``restore`` entry, in the copy's own transaction: the restored
data and the whole log go in together, and ``verify()`` holds. The AUTOINCREMENT counters go on after
the current ones, so no new person gets an id the carried entries name. Blind spot: a change and its
entry committed by another thread between reading the current log and the copy (milliseconds) are
overwritten together, as any change during a restore is; the chain still holds.

**Restoring a copy without an admin account** (taken before the first sign-in, such as the
``before-upgrade`` copy of the upgrade that brought accounts) would leave the first-start set-up open to
whoever is at the desk: refused for a person, allowed from the command line (``welcome-point restore``),
where whoever runs it can read the database file anyway. A person who restores is signed out at the
end (a ``lock`` entry after the ``restore`` one): the restored accounts may differ from the current ones.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from welcome_point.domain import backups as rules
from welcome_point.domain.access import Role
from welcome_point.domain.backups import BackupInfo, RestoreResult
from welcome_point.domain.errors import DatabaseError, ValidationError
from welcome_point.services.access import Access, public, requires
from welcome_point.storage import backups as files
from welcome_point.storage import location
from welcome_point.storage.accounts import SqlAccountRepository
from welcome_point.storage.audit import SqlAuditRepository, append_event
from welcome_point.storage.engine import Database
from welcome_point.storage.repositories import SqlSettingsRepository

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

EXTRA_DIR_KEY = "backup.extra_dir"
MAX_PATH_LENGTH = 1000


class _Audit(Protocol):  # services.audit.AuditService, as far as backups need it
    def record(self, action: str, object_type: str = "", object_id: int | None = None) -> None: ...

    def record_in(self, session: Session, action: str, object_type: str = "",
                  object_id: int | None = None) -> None: ...


class BackupService:
    def __init__(self, database: Database, data_dir: Path, *, access: Access | None = None,
                 audit: _Audit | None = None, clock: Callable[[], datetime] = datetime.now) -> None:
        self._db = database
        self._data_dir = data_dir
        self._folder = location.backup_dir(data_dir)
        self._access = access or Access()
        self._audit = audit
        self._clock = clock
        self._lock = threading.Lock()  # the timer (a worker thread) and the exit never copy at once
        self._state_at_last_backup: files.FileState | None = None

    # --- automatic ------------------------------------------------------------------------------

    @public
    def backup_if_changed(self) -> BackupInfo | None:
        """The 30-minute timer and the exit: a copy only when the data changed since the last one."""
        with self._lock:
            if not self._changed():
                log.debug("no change since the last backup")
                return None
            return self._take(rules.AUTO)

    @public
    def backup_before(self, reason: str) -> BackupInfo:
        """A copy before a change that cannot be undone: "retention", "erasure", "restore", "upgrade"."""
        name = rules.before_reason(reason)
        with self._lock:
            return self._take(name)

    # --- for staff (and admins: copies that leave the data folder) ------------------------------------

    @requires(Role.STAFF)
    def backup_now(self) -> BackupInfo:
        with self._lock:
            info = self._take(rules.MANUAL)
        self._record("backup")
        return info

    @requires(Role.ADMIN)
    def backup_to(self, folder: Path) -> BackupInfo:
        """A verified copy into ``folder`` (which must exist), beside the backup folder's own copies.

        Admins only: the copy leaves the data folder with everything (see the module's doc)."""
        folder = self._existing_folder(folder)
        with self._lock:
            files.checkpoint(self._db.path)
            info = files.take_backup(self._db.path, folder, rules.MANUAL, now=self._clock(),
                                     external=True, create_folder=False)
        self._record("backup")
        return info

    @requires(Role.STAFF)
    def backups(self) -> list[BackupInfo]:
        """The copies in the backup folder, newest first."""
        return files.list_backups(self._folder)

    @requires(Role.STAFF)
    def extra_dir(self) -> Path | None:
        return self._extra_dir()

    @requires(Role.ADMIN)
    def set_extra_dir(self, path: Path | None) -> None:
        """Also copy every backup into ``path`` (a USB stick); None: stop. The folder must exist now.

        Admins only: every later copy leaves the data folder with everything (see the module's doc)."""
        value = ""
        if path is not None:
            folder = self._existing_folder(path)
            if folder.resolve() == self._folder.resolve():
                raise ValidationError("The extra backup folder must not be the backup folder itself.",
                                      "extra_dir")
            value = str(folder.absolute())
        with self._db.write() as session:  # the change and its audit entry commit together
            SqlSettingsRepository(session).set(EXTRA_DIR_KEY, value)
            if self._audit is not None:
                self._audit.record_in(session, "settings_changed", EXTRA_DIR_KEY)
        log.info("extra backup folder %s", "set" if value else "cleared")

    # --- restore ----------------------------------------------------------------------------------

    @requires(Role.ADMIN)
    def restore(self, path: Path) -> RestoreResult:
        """Replace the data with the backup ``path``, after checking it and keeping the current data aside.

        Refused, with nothing changed: a missing, damaged or foreign file, one with broken references,
        one from a newer version, and, for a person (not the command line), a copy without an active
        admin account. An older backup is upgraded (on a private copy) before it goes in. The audit log
        is not rolled back (see the module's doc). A person is signed out afterwards: the restored
        accounts may differ from the current ones.
        """
        chosen = _checked_path(path, "path")
        if not _is(chosen, Path.is_file):
            raise ValidationError(f"The file {chosen} does not exist; nothing was restored.", "path")
        principal = self._access.principal
        person = principal is not None and principal.account_id is not None
        with self._lock:
            staged, state = files.stage_for_restore(chosen, self._folder)
            try:
                copy = Database(staged)
                try:
                    if person:
                        _require_admin_account(copy, chosen)
                    aside = self._take(rules.before_reason("restore"))
                    carried = self._carry_over(copy, signs_out=person)
                finally:
                    copy.dispose()
                files.single_file(staged)
                self._copy_into_live(staged, aside)
            finally:
                files.discard_staged(staged)
            self._state_at_last_backup = None  # the data is new: the next timer compares with the files
        upgraded = None if state.is_current else state.revision
        # The name of a file the user chose may say anything: only whether it is one of ours.
        log.info("restored from %s (upgraded: %s, audit entries carried over: %d)", _kind(chosen),
                 upgraded is not None, carried)
        if person:
            self._access.sign_out()
        return RestoreResult(set_aside=aside.path, restored_from=chosen, upgraded_from=upgraded)

    def _carry_over(self, copy: Database, *, signs_out: bool) -> int:
        """Append to the staged ``copy`` what the restore must not roll back, in one transaction: the
        current log's entries the copy does not hold (same id and hash), in order, then the restore's
        own entry (and the ``lock`` of the person it signs out); the id counters go on after the
        current ones. Returns how many entries were carried."""
        with copy.write() as target:
            present = {(event.id, event.hash) for event in SqlAuditRepository(target).in_order()}
            with self._db.read() as live:
                missing = [event for event in SqlAuditRepository(live).in_order()
                           if (event.id, event.hash) not in present]
                counters = files.id_counters(live)
            for event in missing:
                append_event(target, at=event.at, account_id=event.account_id, action=event.action,
                             object_type=event.object_type, object_id=event.object_id)
            files.raise_id_counters(target, counters)
            if self._audit is not None:
                self._audit.record_in(target, "restore")
                if signs_out:  # as the lock screen records it (the window finds nobody to sign out)
                    self._audit.record_in(target, "lock")
        return len(missing)

    def _copy_into_live(self, staged: Path, aside: BackupInfo) -> None:
        raw = self._db.engine.raw_connection()
        try:
            destination = raw.driver_connection
            assert destination is not None
            files.copy_into(staged, destination)
        except (sqlite3.Error, OSError) as exc:
            raise DatabaseError(
                f"The restore failed ({exc}); the data before it is in {aside.path}.") from exc
        finally:
            raw.close()

    # --- inside -----------------------------------------------------------------------------------

    def _changed(self) -> bool:
        if self._state_at_last_backup is not None:
            return files.file_state(self._db.path) != self._state_at_last_backup
        existing = files.list_backups(self._folder)
        return not existing or files.written_after(self._db.path, existing[0].path)

    def _take(self, reason: str) -> BackupInfo:
        """Checkpoint, note the files' state, copy and verify, rotate, then the extra folder (the caller
        holds the lock)."""
        files.checkpoint(self._db.path)
        state = files.file_state(self._db.path)  # before the copy: a write during it means "changed"
        now = self._clock()
        info = files.take_backup(self._db.path, self._folder, reason, now=now)
        self._state_at_last_backup = state
        files.rotate(self._folder, now)
        return self._copy_to_extra(info, now)

    def _copy_to_extra(self, info: BackupInfo, now: datetime) -> BackupInfo:
        try:
            extra = self._extra_dir()
        except DatabaseError as exc:  # the setting could not be read: the main copy still counts
            return _with_warning(info, f"The extra backup folder setting could not be read ({exc}).")
        if extra is None:
            return info
        try:
            copy = files.copy_to_folder(info, extra)
        except DatabaseError as exc:
            log.warning("backup %s: the copy into the extra folder failed", info.path.name)
            return _with_warning(info, str(exc))
        files.rotate(extra, now)
        log.info("backup %s copied into the extra folder", info.path.name)
        return BackupInfo(path=info.path, taken_at=info.taken_at, reason=info.reason,
                          size_bytes=info.size_bytes, verified=info.verified, warnings=info.warnings,
                          extra_copy=copy)

    def _extra_dir(self) -> Path | None:
        with self._db.read() as session:
            value = SqlSettingsRepository(session).get(EXTRA_DIR_KEY, "")
        return Path(value) if value else None

    @staticmethod
    def _existing_folder(path: object) -> Path:
        folder = _checked_path(path, "folder")
        if not _is(folder, Path.is_dir):
            missing = "does not exist (not plugged in?)"
            what = "is a file, not a folder" if _is(folder, Path.exists) else missing
            raise ValidationError(f"The folder {folder} {what}.", "folder")
        return folder

    def _record(self, action: str, object_type: str = "") -> None:
        if self._audit is not None:
            self._audit.record(action, object_type)


def _checked_path(value: object, field: str) -> Path:
    """A path the user named: text of a sane length, no NUL; "~" stands for the home folder."""
    if not isinstance(value, (str, os.PathLike)):
        raise ValidationError("Name a file or a folder.", field)
    text = os.fspath(value)
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_PATH_LENGTH or "\x00" in text:
        raise ValidationError("Name a file or a folder (at most 1000 characters).", field)
    return Path(os.path.expanduser(text))


def _is(path: Path, test: Callable[[Path], bool]) -> bool:
    """``path.is_dir()`` and the like; False for a name the system cannot look up (too long, unencodable)."""
    try:
        return test(path)
    except (OSError, ValueError):
        return False


def _require_admin_account(copy: Database, chosen: Path) -> None:
    """A copy without an active admin would open the first-start set-up to whoever is at the desk."""
    with copy.read() as session:
        admins = SqlAccountRepository(session).active_admins()
    if admins == 0:
        raise ValidationError(
            f"The copy {chosen.name} has no administrator account (it was made before accounts existed, "
            "or every admin in it is deactivated): after restoring it, anyone at the desk could set up "
            "a new admin account. Nothing was restored. Choose a later copy, or use "
            f"`welcome-point restore \"{chosen}\"` on the command line if you really mean it.", "path")


def _kind(path: Path) -> str:
    parsed = rules.parse_backup_name(path.name)
    if parsed is None:
        return "a file not named by this app"
    return f"a backup '{parsed[1]}' of {parsed[0]:%Y-%m-%d %H:%M}"


def _with_warning(info: BackupInfo, warning: str) -> BackupInfo:
    return BackupInfo(path=info.path, taken_at=info.taken_at, reason=info.reason, size_bytes=info.size_bytes,
                      verified=info.verified, warnings=(*info.warnings, warning), extra_copy=info.extra_copy)
