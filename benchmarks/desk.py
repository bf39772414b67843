"""The desk on a database of 1,000,000 visits and 200,000 visitors, each against its floor.

- Saving one visit (a returning visitor, two topics, one referral) through DeskService, against
  raw sqlite3 writing the same rows with the same pragmas (WAL, synchronous=FULL, foreign keys)
  in one IMMEDIATE transaction. Target: ratio of medians <= 3 (goal <= 2).
- Card-code lookup through DeskService, against the raw SELECT. Target: median <= 1 ms.
- The Visits page: first paint and a filter change (benchmarks/visits_page.py), against a bare
  table view. Targets: <= 150 ms and <= 100 ms.

The saves go into a copy of the big database, so that it stays reusable.

    .venv/bin/python benchmarks/desk.py [--saves 300] [--lookups 2000]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bigdb import DEFAULT_DIR, make_big_database
from welcome_point.domain.desk import ReferralChoice, VisitForm
from welcome_point.services.desk import DeskService
from welcome_point.storage.engine import Database


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def sample_codes(path: Path, count: int, seed: int = 7) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        total = connection.execute("SELECT max(id) FROM visitors").fetchone()[0]
        ids = random.Random(seed).sample(range(1, total + 1), count)
        codes = []
        for visitor_id in ids:
            row = connection.execute("SELECT card_code FROM visitors WHERE id = ?", (visitor_id,)).fetchone()
            if row:
                codes.append(row[0])
        return codes
    finally:
        connection.close()


def organisation_id(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT min(id) FROM organisations WHERE archived = 0").fetchone()[0])
    finally:
        connection.close()


def bench_saves(path: Path, codes: list[str], saves: int) -> tuple[list[float], list[float]]:
    """Interleaved: one service save, then one raw save of the same rows."""
    org = organisation_id(path)
    now = datetime.now().replace(microsecond=0)
    desk = DeskService(Database(path), clock=lambda: now)
    desk.site()
    raw = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON", "busy_timeout = 5000"):
        raw.execute(f"PRAGMA {pragma}")
    site_id = raw.execute("SELECT min(id) FROM sites").fetchone()[0]
    service_times: list[float] = []
    raw_times: list[float] = []
    for index in range(saves):
        code = codes[index % len(codes)]
        arrived = now - timedelta(minutes=30)
        form = VisitForm(language="ar", topics=("housing", "letters"), arrived_at=arrived,
                         started_at=arrived + timedelta(minutes=10), ended_at=now, card_code=code,
                         age_band="27-39", gender="female", referrals=(ReferralChoice(org, "housing"),))
        start = time.perf_counter()
        desk.save_visit(form)
        service_times.append(time.perf_counter() - start)

        start = time.perf_counter()
        raw.execute("BEGIN IMMEDIATE")
        visitor_id = raw.execute("SELECT id FROM visitors WHERE card_code = ?", (code,)).fetchone()[0]
        raw.execute("UPDATE visitors SET age_band = ?, gender = ?, language = ? WHERE id = ?",
                    ("27-39", "female", "ar", visitor_id))
        stamp = str(arrived) + ".000000"
        cursor = raw.execute(
            "INSERT INTO visits (site_id, visitor_id, arrived_at, started_at, ended_at, group_size, "
            "language, interpreter_needed, outcome) VALUES (?, ?, ?, ?, ?, 1, 'ar', 0, 'advised')",
            (site_id, visitor_id, stamp, stamp, str(now) + ".000000"))
        visit_id = cursor.lastrowid
        raw.executemany("INSERT INTO visit_topics (visit_id, topic) VALUES (?, ?)",
                        [(visit_id, "housing"), (visit_id, "letters")])
        raw.execute("INSERT INTO referrals (visit_id, organisation_id, topic, status, follow_up_on, "
                    "created_at) VALUES (?, ?, 'housing', 'open', ?, ?)",
                    (visit_id, org, str(now.date()), str(now)))
        raw.execute("COMMIT")
        raw_times.append(time.perf_counter() - start)
    raw.close()
    return service_times, raw_times


def bench_lookups(path: Path, codes: list[str], lookups: int) -> tuple[list[float], list[float]]:
    desk = DeskService(Database(path))
    raw = sqlite3.connect(path)
    service_times: list[float] = []
    raw_times: list[float] = []
    for index in range(lookups):
        code = codes[index % len(codes)]
        start = time.perf_counter()
        found = desk.lookup(code)
        service_times.append(time.perf_counter() - start)
        assert found is not None
        start = time.perf_counter()
        raw.execute("SELECT * FROM visitors WHERE card_code = ?", (code,)).fetchone()
        raw_times.append(time.perf_counter() - start)
    raw.close()
    return service_times, raw_times


def report(name: str, service: list[float], floor: list[float]) -> float:
    median, floor_median = statistics.median(service), statistics.median(floor)
    ratio = median / floor_median
    print(f"{name}: median {median * 1000:.2f} ms, p99 {percentile(service, 0.99) * 1000:.2f} ms; "
          f"floor median {floor_median * 1000:.2f} ms, p99 {percentile(floor, 0.99) * 1000:.2f} ms; "
          f"ratio {ratio:.2f}")
    return ratio


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--saves", type=int, default=300)
    parser.add_argument("--lookups", type=int, default=2000)
    parser.add_argument("--skip-page", action="store_true", help="leave out the Visits page")
    args = parser.parse_args()

    started = time.perf_counter()
    big = make_big_database(args.data_dir)
    print(f"database: {big} ({os.path.getsize(big) / 1e6:.0f} MB, ready in "
          f"{time.perf_counter() - started:.1f} s)")
    codes = sample_codes(big, 500)
    failures = []

    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "welcome-point.sqlite3"
        connection = sqlite3.connect(big)
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.close()
        shutil.copyfile(big, copy)
        service, floor = bench_saves(copy, codes, args.saves)
        ratio = report("save visit (service vs raw sqlite3)", service, floor)
        if ratio > 3:
            failures.append(f"save ratio {ratio:.2f} > 3")

    service, floor = bench_lookups(big, codes, args.lookups)
    report("card-code lookup (service vs raw SELECT)", service, floor)
    if statistics.median(service) > 0.001:
        failures.append(f"lookup median {statistics.median(service) * 1000:.2f} ms > 1 ms")

    if not args.skip_page:
        from benchmarks.visits_page import measure

        result = measure(big)
        for key, value in result.items():
            shown = f"{value:.2f}" if key.endswith("ratio") else f"{value * 1000:.1f} ms"
            print(f"visits page {key}: {shown}")
        if result["first_paint"] > 0.150:
            failures.append(f"visits page first paint {result['first_paint'] * 1000:.0f} ms > 150 ms")
        if result["filter_change_worst"] > 0.100:
            worst = result["filter_change_worst"] * 1000
            failures.append(f"visits page filter change {worst:.0f} ms > 100 ms")

    print("FAIL: " + "; ".join(failures) if failures else "all desk targets met")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
