"""Backup copies of the database: their names, what a backup and a restore report, and which to keep.

Pure rules, standard library only; ``storage/backups.py`` does the copying and deleting.

**Names** sort by time and carry the reason: ``20261125-143000-123456-auto.sqlite3`` (local wall-clock
time, like every time in the app). Copies outside the data folder (the extra backup folder, a USB stick,
``welcome-point backup --out``) start with ``welcome-point-`` so that a stranger's folder still says
what they are.

**Rotation** (``plan_rotation``) has two kinds of copies:

- the regular series (reasons ``auto``: the timer and the exit; ``manual``: "Back up now") keeps the
  union of the 12 newest, the newest of each of the last 10 calendar days and the newest of each of the
  last 9 calendar months;
- every other reason (``before-retention``, ``before-erasure``, ``before-upgrade-from-…``,
  ``before-demo``, …) is its own short series: the 5 newest, and none older than the oldest month the
  regular series keeps. A copy taken before an erasure holds what was erased; it must not outlive the
  regular copies, so after 9 months at the latest no backup holds erased data.
- ``before-restore`` copies have no count limit, only that horizon: each one holds the data a restore
  replaced, and when someone tries several backups in a row the first of them is the only copy of what
  was entered since the last regular backup.

Two reasons are never deleted by rotation (``NEVER_ROTATED``); they are removed by hand when no longer
needed, and erasures do not reach them:

- ``before-demo-real-data``: the copy of real data taken before demo data replaced it, the only copy of
  that data;
- ``kept-after-damage``: when the database is found damaged at start and moved aside
  (``storage.opening``), the newest backup that passes its check is copied under this reason, keeping
  its time. The desk may go on with a new, empty database for weeks; without the pin, the regular series
  of the new data would push the last good copies of the old data out.

Files whose names do not parse are never touched. Names of older versions (reason first:
``before-upgrade-from-0002_desk_queue-20261125-144136-903771.sqlite3``) are read too, so their copies
are listed and rotated like the others.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from welcome_point.domain.errors import ValidationError

SUFFIX = ".sqlite3"
EXTERNAL_PREFIX = "welcome-point-"
STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"
STAMP_LENGTH = len("20261125-143000-123456")
AUTO = "auto"  # the 30-minute timer and the exit
MANUAL = "manual"  # "Back up now", `welcome-point backup --out`
BEFORE = "before-"
REGULAR_REASONS = frozenset({AUTO, MANUAL})
KEEP_RECENT = 12
KEEP_DAILY = 10
KEEP_MONTHLY = 9
KEEP_PER_OTHER_REASON = 5

_REASON = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")
_STAMP = re.compile(r"\d{8}-\d{6}-\d{6}")


def check_reason(reason: str) -> str:
    """A reason is a short lower-case code: it becomes part of a file name."""
    if not isinstance(reason, str) or not _REASON.fullmatch(reason):
        raise ValidationError("a backup reason is a short lower-case code", "reason")
    return reason


def before_reason(what: str) -> str:
    """"retention" → "before-retention" (a reason that already starts with "before-" stays)."""
    return check_reason(what if what.startswith(BEFORE) else BEFORE + what)


def backup_file_name(taken_at: datetime, reason: str, *, external: bool = False) -> str:
    name = f"{taken_at.strftime(STAMP_FORMAT)}-{check_reason(reason)}{SUFFIX}"
    return EXTERNAL_PREFIX + name if external else name


def parse_backup_name(name: str) -> tuple[datetime, str] | None:
    """(time, reason) of a name written by ``backup_file_name``; None for any other file."""
    name = name.removeprefix(EXTERNAL_PREFIX)
    if not name.endswith(SUFFIX):
        return None
    stem = name[: -len(SUFFIX)]
    parsed = _parse(stem[:STAMP_LENGTH], stem[STAMP_LENGTH:STAMP_LENGTH + 1], stem[STAMP_LENGTH + 1:])
    if parsed is None:  # names of earlier versions: "before-demo-20261125-144136-903771"
        parsed = _parse(stem[-STAMP_LENGTH:], stem[-STAMP_LENGTH - 1:-STAMP_LENGTH], stem[:-STAMP_LENGTH - 1])
    return parsed


def _parse(stamp: str, dash: str, reason: str) -> tuple[datetime, str] | None:
    if dash != "-" or not _STAMP.fullmatch(stamp) or not _REASON.fullmatch(reason):
        return None
    try:
        return datetime.strptime(stamp, STAMP_FORMAT), reason
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup copy. ``verified``: it passed ``PRAGMA integrity_check`` when it was written (a copy
    that fails is deleted at once, so every copy in the backup folder was verified when taken; a
    restore checks again). ``warnings``: what went wrong beside the main copy (the extra folder)."""

    path: Path
    taken_at: datetime
    reason: str
    size_bytes: int
    verified: bool
    warnings: tuple[str, ...] = ()
    extra_copy: Path | None = None

    @property
    def is_regular(self) -> bool:
        return self.reason in REGULAR_REASONS


@dataclass(frozen=True, slots=True)
class RestoreResult:
    """Where the database that was replaced went, and which backup replaced it."""

    set_aside: Path
    restored_from: Path
    upgraded_from: str | None = None  # the backup's schema revision, when it had to be upgraded


@dataclass(frozen=True, slots=True)
class Rotation:
    keep: tuple[BackupInfo, ...]
    delete: tuple[BackupInfo, ...]


def _month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def oldest_kept_month(now: datetime) -> date:
    """The first day of the oldest month the regular series still keeps (9 months: this one and 8 before)."""
    index = _month_index(now.date()) - (KEEP_MONTHLY - 1)
    return date(index // 12, index % 12 + 1, 1)


KEPT_AFTER_DAMAGE = "kept-after-damage"
NEVER_ROTATED = frozenset({"before-demo-real-data", KEPT_AFTER_DAMAGE})
COUNT_UNLIMITED = frozenset({"before-restore"})  # only the horizon applies (see the module's doc)


def plan_rotation(backups: Iterable[BackupInfo], now: datetime) -> Rotation:
    """Which copies to keep and which to delete; see the module's doc. Order of the input does not matter."""
    newest_first = sorted(backups, key=lambda b: (b.taken_at, b.path.name), reverse=True)
    keep: set[Path] = set()
    regular = [b for b in newest_first if b.is_regular]
    keep.update(b.path for b in regular[:KEEP_RECENT])
    today = now.date()
    seen_days: set[date] = set()
    seen_months: set[int] = set()
    this_month = _month_index(today)
    for backup in regular:  # newest first: the first one of a day or a month is its newest
        day = backup.taken_at.date()
        if 0 <= (today - day).days < KEEP_DAILY and day not in seen_days:
            seen_days.add(day)
            keep.add(backup.path)
        month = _month_index(day)
        if 0 <= this_month - month < KEEP_MONTHLY and month not in seen_months:
            seen_months.add(month)
            keep.add(backup.path)
    horizon = datetime.combine(oldest_kept_month(now), datetime.min.time())
    per_reason: dict[str, int] = {}
    for backup in newest_first:
        if backup.reason in NEVER_ROTATED:
            keep.add(backup.path)
            continue
        if backup.is_regular:
            continue
        count = per_reason.get(backup.reason, 0)
        within_count = count < KEEP_PER_OTHER_REASON or backup.reason in COUNT_UNLIMITED
        if within_count and backup.taken_at >= horizon:
            per_reason[backup.reason] = count + 1
            keep.add(backup.path)
    return Rotation(keep=tuple(b for b in newest_first if b.path in keep),
                    delete=tuple(b for b in newest_first if b.path not in keep))


@dataclass(frozen=True, slots=True)
class DatabaseCheck:
    """``welcome-point check``: the problems ``PRAGMA integrity_check`` and ``foreign_key_check`` found.

    Problems name tables, row ids and pages, never the content of a row."""

    integrity: tuple[str, ...]
    foreign_keys: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.integrity and not self.foreign_keys
