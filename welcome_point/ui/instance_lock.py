"""One Welcome Point Desk per data folder: a lock file that the window and the commands that write take.

``QLockFile`` writes the owner's process id, host and application name into
``<data>/welcome-point.lock`` (and holds an OS lock on it). A lock whose owner process is gone (a crash, a
power cut, ``kill -9``) is stale and taken over; its age alone never makes it stale
(``setStaleLockTime(0)``): a window may stay open for weeks.
"""

from __future__ import annotations

import os
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QLockFile

from welcome_point.domain.errors import AnotherInstanceError

LOCK_FILE = "welcome-point.lock"


class InstanceLock:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_FILE
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)

    @property
    def held(self) -> bool:
        return self._lock.isLocked()

    def acquire(self) -> bool:
        """Take the lock; True when held. Raises AnotherInstanceError when another process holds it."""
        if self._lock.isLocked():
            return True
        if self._lock.tryLock(0):
            return True
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            pid = self._owner()
            if pid is not None and not _running(pid) and self._lock.removeStaleLockFile() \
                    and self._lock.tryLock(0):
                return True  # Qt's own check did not see the owner as dead (another host name?)
            where = f" (process {pid})" if pid else ""
            raise AnotherInstanceError(
                f"Welcome Point Desk is already running on this data folder{where}. Close it first, "
                f"or wait until its command has finished, then try again. Data folder: {self.path.parent}",
                pid)
        raise AnotherInstanceError(
            f"The lock file {self.path} cannot be created (no permission, or a read-only folder).")

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()

    def _owner(self) -> int | None:
        try:
            pid, _host, _app = self._lock.getLockInfo()
        except (TypeError, ValueError):
            return None
        return int(pid) if pid else None

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()


def _running(pid: int) -> bool:
    if os.name != "posix":
        return True  # no cheap check: trust Qt's own stale-lock detection
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True
