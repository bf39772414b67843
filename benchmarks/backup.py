"""Backups of a database of 1,000,000 visits, against a plain file copy as the floor.

In the same run, alternating so that a busy moment hits all of them, the median of several runs of:

- ``BackupService.backup_now()``: WAL checkpoint, SQLite's online backup API into a new private file,
  journal mode DELETE, ``PRAGMA integrity_check``, fsync, rename, rotation (the timer, the exit and
  "Back up now" all take this path);
- the same copy without the integrity check (``take_backup(verify_copy=False)``);
- the floor: a checkpoint, then ``shutil.copyfile`` of the database file and an fsync. A file copy is
  not a safe backup of a database in use (a writer between the checkpoint and the end of the copy
  leaves a torn file); it is here to show what the online backup API and the check cost on top.

Also: ``PRAGMA integrity_check`` and ``PRAGMA quick_check`` alone (the check at every start).
The copies go to a temporary folder; the big database (benchmarks/bigdb.py) is only read.

    .venv/bin/python benchmarks/backup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bigdb import DEFAULT_DIR, make_big_database
from welcome_point.services.backups import BackupService
from welcome_point.storage import backups
from welcome_point.storage.engine import Database


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    started = time.perf_counter()
    path = make_big_database(args.data_dir)
    print(f"database: {path} ({path.stat().st_size / 1e6:,.0f} MB), ready in "
          f"{time.perf_counter() - started:.1f} s")

    with tempfile.TemporaryDirectory(prefix="wp-bench-backup-") as scratch:
        work = Path(scratch)
        database = Database(path)
        service = BackupService(database, work / "data")  # its backup folder: work/data/backups
        plain_folder = work / "plain"
        plain_folder.mkdir()
        bare_folder = work / "bare"
        bare_folder.mkdir()

        def with_service() -> None:
            info = service.backup_now()
            info.path.unlink()

        def without_check() -> None:
            backups.checkpoint(path)
            info = backups.take_backup(path, bare_folder, "manual", now=datetime.now(), verify_copy=False)
            info.path.unlink()

        def plain_copy() -> None:
            backups.checkpoint(path)
            target = plain_folder / "copy.sqlite3"
            shutil.copyfile(path, target)
            with open(target, "rb+") as handle:
                os.fsync(handle.fileno())
            target.unlink()

        cases: dict[str, Callable[[], None]] = {
            "backup service (backup API + integrity_check)": with_service,
            "backup API without the check": without_check,
            "plain file copy (floor)": plain_copy,
            "integrity_check alone": lambda: backups.integrity_problems(path),
            "quick_check alone (every start)": lambda: backups.integrity_problems(path, quick=True),
        }
        times: dict[str, list[float]] = {name: [] for name in cases}
        try:
            for case in cases.values():  # one warm-up each: the file in the page cache for all
                case()
            for _ in range(args.runs):
                for name, case in cases.items():
                    times[name].append(timed(case))
        finally:
            database.dispose()

    medians = {name: statistics.median(values) for name, values in times.items()}
    print(f"median of {args.runs} runs:")
    for name, median in medians.items():
        print(f"  {name:<48} {median:7.2f} s   (min {min(times[name]):.2f}, max {max(times[name]):.2f})")
    floor = medians["plain file copy (floor)"]
    service_ratio = medians["backup service (backup API + integrity_check)"] / floor
    print(f"ratio backup service / plain copy:      {service_ratio:.1f}")
    print(f"ratio backup API without check / plain: {medians['backup API without the check'] / floor:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
