"""The monthly report on a database of 1,000,000 visits, against raw SQL as the floor.

- Counting one month (the last full month of the big database, one site: about 28,000 visits)
  through ``ReportService.counts()``, against raw ``sqlite3`` computing the same numbers with
  the same GROUP BY statements in one read transaction (the floor), and, for scale, against the
  plain approach of one GROUP BY per table. Runs alternate, so that a busy moment hits all.
  The numbers of all three are compared before anything is timed. Target: ratio of medians <= 3.
- The whole export of that month: ``ReportService.report()`` (counting and suppression) plus
  ``ReportExporter.export`` writing JSON, CSV and PDF into a new folder. Target: median <= 2 s.

The big database (benchmarks/bigdb.py) has one site and no shifts, so the shift figures cost
next to nothing here; a real month has a few dozen shifts, which are read through an index.

    .venv/bin/python benchmarks/report.py [--runs 7] [--export-runs 5]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bigdb import DEFAULT_DIR, make_big_database
from welcome_point.domain.report import SPECS_BY_NAME, MonthCounts, Period
from welcome_point.services.reports import ReportService
from welcome_point.storage.engine import Database

COUNT_RATIO_TARGET = 3.0
EXPORT_TARGET_SECONDS = 2.0
WEEKDAYS = {"1": "mon", "2": "tue", "3": "wed", "4": "thu", "5": "fri", "6": "sat", "0": "sun"}
Figures = tuple[dict[str, float], dict[str, dict[tuple[str, ...], int]]]

# The statements ReportService runs, written out by hand: the floor is SQLite doing the same work.
VISITS = "FROM visits v {join} WHERE v.site_id = :site AND v.arrived_at >= :start AND v.arrived_at < :end"
NEW = "p.first_seen >= :first AND p.first_seen < :after"
SAME_STATEMENTS = {
    "by_visit": "SELECT v.language, strftime('%w', v.arrived_at), coalesce(p.age_band, 'not_stated'), "
                "coalesce(p.gender, 'not_stated'), CASE WHEN v.visitor_id IS NULL THEN NULL "
                f"WHEN {NEW} THEN 'new' ELSE 'returning' END, count(*) "
                + VISITS.format(join="LEFT JOIN visitors p ON p.id = v.visitor_id")
                + " GROUP BY 1, 2, 3, 4, 5",
    "visitors": f"SELECT count(DISTINCT v.visitor_id), count(DISTINCT CASE WHEN {NEW} THEN v.visitor_id END) "
                + VISITS.format(join="JOIN visitors p ON p.id = v.visitor_id"),
    "topics": "SELECT t.topic, strftime('%w', v.arrived_at), count(*) "
              + VISITS.format(join="JOIN visit_topics t ON t.visit_id = v.id") + " GROUP BY 1, 2",
    "referrals": "SELECT o.category, r.status, count(*) " + VISITS.format(
        join="JOIN referrals r ON r.visit_id = v.id JOIN organisations o ON o.id = r.organisation_id")
        + " GROUP BY 1, 2",
}
SHIFTS = "FROM shifts s {join} WHERE s.site_id = :site AND s.starts_at >= :start AND s.starts_at < :end"
SHIFT_STATEMENTS = {
    "attended": "SELECT coalesce(sum(round(86400 * CASE WHEN a.checked_in_at IS NOT NULL AND "
                "a.checked_out_at IS NOT NULL THEN julianday(a.checked_out_at) - julianday(a.checked_in_at) "
                "ELSE julianday(s.ends_at) - julianday(s.starts_at) END)), 0), "
                "count(DISTINCT a.volunteer_id) "
                + SHIFTS.format(join="JOIN assignments a ON a.shift_id = s.id")
                + " AND a.status = 'attended'",
    "shifts": "SELECT count(*), coalesce(sum((SELECT count(*) FROM assignments a WHERE a.shift_id = s.id "
              "AND a.status IN ('planned', 'confirmed', 'attended')) < s.min_staff), 0) "
              + SHIFTS.format(join=""),
}
# One GROUP BY per table, as one would write them without thinking about passes over the month.
DIMENSION = {"language": "v.language", "weekday": "strftime('%w', v.arrived_at)",
             "age_band": "coalesce(p.age_band, 'not_stated')", "gender": "coalesce(p.gender, 'not_stated')",
             "visitor_type": f"CASE WHEN {NEW} THEN 'new' ELSE 'returning' END"}
ONE_PER_TABLE = {
    **{f"visits_by_{name}": f"SELECT {expression}, count(*) " + VISITS.format(
        join=("JOIN" if name == "visitor_type" else "LEFT JOIN") + " visitors p ON p.id = v.visitor_id")
        + " GROUP BY 1" for name, expression in DIMENSION.items()},
    "visits_by_language_and_age_band": "SELECT v.language, coalesce(p.age_band, 'not_stated'), count(*) "
        + VISITS.format(join="LEFT JOIN visitors p ON p.id = v.visitor_id") + " GROUP BY 1, 2",
    "visits_by_topic": "SELECT t.topic, count(*) " + VISITS.format(
        join="JOIN visit_topics t ON t.visit_id = v.id") + " GROUP BY 1",
    "visits_by_topic_and_weekday": SAME_STATEMENTS["topics"],
    "referrals_by_category_and_status": SAME_STATEMENTS["referrals"],
}
ONE_PER_TOTAL = {
    "visits": "SELECT count(*) " + VISITS.format(join=""),
    "visits_anonymous": "SELECT count(*) " + VISITS.format(join="") + " AND v.visitor_id IS NULL",
    "referrals": "SELECT count(*) " + VISITS.format(join="JOIN referrals r ON r.visit_id = v.id"),
}


def parameters(period: Period, site_id: int) -> dict[str, Any]:
    def stamp(day: Any) -> str:  # as SQLAlchemy writes a DateTime
        return f"{day.isoformat()} 00:00:00.000000"

    return {"site": site_id, "start": stamp(period.first_day), "end": stamp(period.end),
            "first": period.first_day.isoformat(), "after": period.end.isoformat()}


def shift_totals(raw: sqlite3.Connection, values: dict[str, Any]) -> dict[str, float]:
    seconds, volunteers = raw.execute(SHIFT_STATEMENTS["attended"], values).fetchone()
    shifts, understaffed = raw.execute(SHIFT_STATEMENTS["shifts"], values).fetchone()
    return {"volunteer_hours": round(seconds / 3600, 1), "volunteers_active": volunteers,
            "shifts_planned": shifts, "shifts_understaffed": understaffed}


def floor_counts(raw: sqlite3.Connection, values: dict[str, Any]) -> Figures:
    """Every figure from the service's statements, and the sums over the joint groups."""
    raw.execute("BEGIN")
    try:
        tables: dict[str, Counter[tuple[str, ...]]] = {name: Counter() for name in ONE_PER_TABLE}
        visits = anonymous = 0
        for language, weekday, age, gender, kind, count in raw.execute(SAME_STATEMENTS["by_visit"], values):
            visits += count
            tables["visits_by_language"][(language,)] += count
            tables["visits_by_weekday"][(WEEKDAYS[weekday],)] += count
            tables["visits_by_age_band"][(age,)] += count
            tables["visits_by_gender"][(gender,)] += count
            tables["visits_by_language_and_age_band"][(language, age)] += count
            if kind is None:
                anonymous += count
            else:
                tables["visits_by_visitor_type"][(kind,)] += count
        distinct, new = raw.execute(SAME_STATEMENTS["visitors"], values).fetchone()
        for topic, weekday, count in raw.execute(SAME_STATEMENTS["topics"], values):
            tables["visits_by_topic"][(topic,)] += count
            tables["visits_by_topic_and_weekday"][(topic, WEEKDAYS[weekday])] += count
        for category, status, count in raw.execute(SAME_STATEMENTS["referrals"], values):
            tables["referrals_by_category_and_status"][(category, status)] += count
        totals = {"visits": visits, "visitors_distinct": distinct, "visitors_new": new,
                  "visits_anonymous": anonymous,
                  "referrals": sum(tables["referrals_by_category_and_status"].values()),
                  **shift_totals(raw, values)}
    finally:
        raw.execute("COMMIT")
    return totals, {name: dict(cells) for name, cells in tables.items()}


def naive_counts(raw: sqlite3.Connection, values: dict[str, Any]) -> Figures:
    """Every figure from one query per table and per total."""
    raw.execute("BEGIN")
    try:
        tables: dict[str, dict[tuple[str, ...], int]] = {}
        for name, sql in ONE_PER_TABLE.items():
            dimensions = SPECS_BY_NAME[name].dimensions
            tables[name] = {tuple(WEEKDAYS[code] if dimension == "weekday" else code
                                  for dimension, code in zip(dimensions, row[:-1], strict=True)): row[-1]
                            for row in raw.execute(sql, values)}
        totals: dict[str, float] = {name: raw.execute(sql, values).fetchone()[0]
                                    for name, sql in ONE_PER_TOTAL.items()}
        distinct, new = raw.execute(SAME_STATEMENTS["visitors"], values).fetchone()
        totals.update(visitors_distinct=distinct, visitors_new=new, **shift_totals(raw, values))
    finally:
        raw.execute("COMMIT")
    return totals, tables


def as_figures(counts: MonthCounts) -> Figures:
    return dict(counts.totals), {name: dict(cells) for name, cells in counts.tables.items()}


def same(first: Figures, second: Figures) -> bool:
    return first[0] == second[0] and first[1] == second[1]


def timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def line(name: str, times: list[float]) -> None:
    print(f"{name}: median {ms(statistics.median(times))} (min {ms(min(times))}, max {ms(max(times))})")


def last_full_month(path: Path) -> tuple[Period, int, str]:
    raw = sqlite3.connect(path)
    try:
        last = raw.execute("SELECT max(arrived_at) FROM visits").fetchone()[0]
        site_id, code = raw.execute("SELECT id, code FROM sites ORDER BY id LIMIT 1").fetchone()
    finally:
        raw.close()
    return Period.of(datetime.fromisoformat(last).date()).previous(), site_id, code


def bench_counts(path: Path, runs: int) -> float | None:
    """The ratio of the medians (service / floor), or None when the numbers disagree."""
    period, site_id, code = last_full_month(path)
    service = ReportService(Database(path))
    raw = sqlite3.connect(path, isolation_level=None)
    values = parameters(period, site_id)
    counted = as_figures(service.counts(period, code))  # also the warm-up of all three
    if not same(counted, floor_counts(raw, values)) or not same(counted, naive_counts(raw, values)):
        print("FAIL: the service and the raw queries disagree about the numbers")
        return None
    topics = sum(counted[1]["visits_by_topic"].values())
    print(f"month {period}, site {code}: {counted[0]['visits']:,} visits, {topics:,} visit topics, "
          f"{counted[0]['referrals']:,} referrals")
    service_times: list[float] = []
    floor_times: list[float] = []
    naive_times: list[float] = []
    for _ in range(runs):
        service_times.append(timed(lambda: service.counts(period, code)))
        floor_times.append(timed(lambda: floor_counts(raw, values)))
        naive_times.append(timed(lambda: naive_counts(raw, values)))
    all_sites = [timed(lambda: service.counts(period)) for _ in range(runs)]
    raw.close()
    line(f"ReportService.counts() one site, {runs} runs", service_times)
    line("ReportService.counts() all sites", all_sites)
    line("floor: raw sqlite3, the same GROUP BY statements", floor_times)
    line("raw sqlite3, one GROUP BY per table (for scale)", naive_times)
    ratio = statistics.median(service_times) / statistics.median(floor_times)
    print(f"ratio counts / floor: {ratio:.2f} (target <= {COUNT_RATIO_TARGET:.0f}); "
          f"one-per-table / floor: {statistics.median(naive_times) / statistics.median(floor_times):.2f}")
    return ratio


def bench_export(path: Path, runs: int) -> float | None:
    """The median seconds of report() + export() into a new folder, or None when there is no exporter."""
    try:
        from welcome_point.services.report_export import ReportExporter
    except ImportError as exc:
        print(f"export: NOT MEASURED, welcome_point.services.report_export cannot be imported ({exc})")
        return None
    period, _, code = last_full_month(path)
    service = ReportService(Database(path))
    exporter = ReportExporter()
    report_times: list[float] = []
    export_times: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        first = timed(lambda: exporter.export(service.report(period, code), Path(tmp)))
        for run in range(runs):
            folder = Path(tmp) / f"run-{run}"  # the export makes a new subfolder of an existing folder
            folder.mkdir()
            started = time.perf_counter()
            report = service.report(period, code)
            counted = time.perf_counter()
            result = exporter.export(report, folder)
            report_times.append(counted - started)
            export_times.append(time.perf_counter() - counted)
        written = sum(os.path.getsize(file) for file in result.files)
        print(f"export: {len(result.files)} files, {written / 1024:.0f} KiB; "
              f"first run (fonts load) {ms(first)}")
    line(f"ReportService.report() (count + suppress), {runs} runs", report_times)
    line("ReportExporter.export() (JSON, CSV, PDF, SHA256SUMS)", export_times)
    whole = [a + b for a, b in zip(report_times, export_times, strict=True)]
    line("whole export of the month", whole)
    return statistics.median(whole)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--export-runs", type=int, default=5)
    args = parser.parse_args()
    started = time.perf_counter()
    big = make_big_database(args.data_dir)
    print(f"database: {big} ({os.path.getsize(big) / 1e6:.0f} MB, ready in "
          f"{time.perf_counter() - started:.1f} s)")
    failures = []
    ratio = bench_counts(big, args.runs)
    if ratio is None:
        failures.append("counts differ from the raw queries")
    elif ratio > COUNT_RATIO_TARGET:
        failures.append(f"counting ratio {ratio:.2f} > {COUNT_RATIO_TARGET:.0f}")
    whole = bench_export(big, args.export_runs)
    if whole is None:
        failures.append("the export was not measured")
    else:
        print(f"target whole export <= {EXPORT_TARGET_SECONDS:.0f} s: "
              f"{'met' if whole <= EXPORT_TARGET_SECONDS else 'MISSED'}")
        if whole > EXPORT_TARGET_SECONDS:
            failures.append(f"whole export {whole:.2f} s > {EXPORT_TARGET_SECONDS:.0f} s")
    print("FAIL: " + "; ".join(failures) if failures else "all report targets met")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
