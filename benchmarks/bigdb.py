"""A database with a million visits for the benchmarks: built once, then reused from its folder.

The schema comes from the app itself (``open_database`` runs the migrations); the rows go in
with raw ``sqlite3`` executemany in one transaction, in the formats SQLAlchemy writes
(``YYYY-MM-DD HH:MM:SS.ffffff``), so that the app reads them as its own. One site, about three
years of opening days (Monday to Saturday, 10:00 to 16:00) up to the day before it was built,
1–3 topics per visit, a few dozen volunteers, referrals to 20 example partners, and visitors
with real card codes (the desk benchmark looks them up).

    .venv/bin/python benchmarks/bigdb.py [--data-dir /tmp/wp-bench-1m] [--visits 1000000]
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import json
import queue
import random
import sqlite3
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from welcome_point.domain import cardcode
from welcome_point.domain import vocabulary as v
from welcome_point.services.demo_data import (
    AGE_BANDS,
    FIRST_NAMES,
    GENDERS,
    LANGUAGE_MIX,
    SURNAMES,
    TOPIC_WEIGHTS,
)
from welcome_point.storage import location
from welcome_point.storage.opening import open_database

T = TypeVar("T")
DEFAULT_DIR = Path(tempfile.gettempdir()) / "wp-bench-1m"
MARKER = "benchmark.bigdb"  # settings key: what was generated, so a reuse can be checked
FORMAT_VERSION = 1  # raise when the generated data changes shape
VOLUNTEERS = 60
ORGANISATIONS = 20
DAYS = 3 * 365


def make_big_database(data_dir: Path, visits: int = 1_000_000, visitors: int = 200_000,
                      seed: int = 1) -> Path:
    """The database file of ``data_dir`` holding ``visits`` visits; reused when it already does."""
    if visitors > visits:
        raise ValueError("every visitor needs at least one visit")
    data_dir.mkdir(parents=True, exist_ok=True)
    signature = f"v{FORMAT_VERSION} visits={visits} visitors={visitors} seed={seed}"
    path = _open(data_dir)
    state = _state(path, signature, visits, visitors)
    if state == "ready":
        return path
    if state == "foreign":
        raise SystemExit(f"{path} holds data that this script did not generate; choose another folder.")
    if state == "other":  # an earlier size or seed: start from an empty file
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        path = _open(data_dir)
    _fill(path, signature, visits, visitors, seed)
    return path


def _open(data_dir: Path) -> Path:
    """Create or upgrade the schema exactly as the app does."""
    database = open_database(data_dir)
    database.dispose()
    return location.database_file(data_dir)


def _state(path: Path, signature: str, visits: int, visitors: int) -> str:
    raw = sqlite3.connect(path)
    try:
        marker = raw.execute("SELECT value FROM settings WHERE key = ?", (MARKER,)).fetchone()
        if marker is None:
            empty = raw.execute("SELECT NOT EXISTS (SELECT 1 FROM visits) AND NOT EXISTS "
                                "(SELECT 1 FROM visitors)").fetchone()[0]
            return "empty" if empty else "foreign"
        if marker[0] != signature:
            return "other"
        counts = raw.execute("SELECT (SELECT max(id) FROM visits), (SELECT max(id) FROM visitors)").fetchone()
        return "ready" if counts == (visits, visitors) else "other"
    finally:
        raw.close()


def _weighted(rng: random.Random, pairs: list[tuple[T, float]]) -> Callable[[], T]:
    """A fast weighted choice (random.choices rebuilds its tables on every call)."""
    values = [value for value, _ in pairs]
    bounds = list(itertools.accumulate(weight for _, weight in pairs))
    total, uniform = bounds[-1], rng.random
    return lambda: values[bisect.bisect(bounds, uniform() * total)]


# " HH:MM:SS.000000" for every second of a day: formatting each time anew would take longer
# than generating the visit.
_CLOCK = [f" {s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}.000000" for s in range(24 * 3600)]


def _stamp(day: str, seconds: int) -> str:
    return day + _CLOCK[seconds]


def _opening_days(last: date, count: int) -> list[date]:
    days: list[date] = []
    day = last
    while len(days) < count:
        if day.weekday() < 6:
            days.append(day)
        day -= timedelta(days=1)
    return days[::-1]


def _fill(path: Path, signature: str, visits: int, visitors: int, seed: int) -> None:
    rng = random.Random(seed)
    raw = sqlite3.connect(path, isolation_level=None)
    try:
        # No journal while filling: a failure removes the file (below), so nothing to roll back.
        raw.execute("PRAGMA journal_mode = OFF")
        raw.execute("PRAGMA synchronous = OFF")
        raw.execute("PRAGMA cache_size = -262144")
        raw.execute("BEGIN IMMEDIATE")
        # Building the secondary indexes once at the end (a sort) beats updating them per row.
        indexes = raw.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                              "AND tbl_name IN ('visits', 'visit_topics', 'visit_volunteers', 'referrals', "
                              "'visitors')").fetchall()
        for name, _ in indexes:
            raw.execute(f'DROP INDEX "{name}"')
        _fill_static(raw)
        _fill_visits(raw, rng, visits, visitors)
        for _, sql in indexes:
            raw.execute(sql)
        raw.execute("INSERT INTO settings (key, value) VALUES (?, ?)", (MARKER, signature))
        raw.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('site.code', 'BENCH-1')")
        raw.execute("COMMIT")
        raw.execute("PRAGMA journal_mode = WAL")  # as the app keeps it
    except BaseException:
        raw.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        raise
    raw.close()


def _fill_static(raw: sqlite3.Connection) -> None:
    raw.execute("INSERT INTO sites (id, code, name, address, opening_hours) VALUES "
                "(1, 'BENCH-1', 'Welcome Point Benchmark', 'Beispielplatz 1', 'Mo–Sa 10–16')")
    categories = v.ORGANISATION_CATEGORIES.codes
    topics = v.TOPICS.codes
    raw.executemany(
        "INSERT INTO organisations (id, name, category, address, phone, email, website, opening_hours, "
        "what_to_bring, is_example, archived) VALUES (?, ?, ?, '', '', '', '', '', '', 1, 0)",
        [(i, f"Partner {i} (Beispiel)", categories[i % len(categories)])
         for i in range(1, ORGANISATIONS + 1)])
    raw.executemany("INSERT INTO organisation_topics (organisation_id, topic) VALUES (?, ?)",
                    [(i, topics[(i + k) % len(topics)]) for i in range(1, ORGANISATIONS + 1) for k in (0, 5)])
    raw.executemany(
        "INSERT INTO volunteers (id, display_name, phone, email, joined_on, left_on, consent_on, active) "
        "VALUES (?, ?, '', '', '2020-01-06', NULL, NULL, 1)",
        [(i, f"{FIRST_NAMES[i % len(FIRST_NAMES)]} {SURNAMES[(i * 7) % len(SURNAMES)]}")
         for i in range(1, VOLUNTEERS + 1)])
    raw.executemany("INSERT INTO volunteer_roles (volunteer_id, role) VALUES (?, 'desk')",
                    [(i,) for i in range(1, VOLUNTEERS + 1)])
    raw.executemany("INSERT INTO volunteer_languages (volunteer_id, language, level) VALUES (?, ?, ?)",
                    [(i, "de", "native") for i in range(1, VOLUNTEERS + 1)])


# Rows for each table go in as one JSON array per day, unpacked by SQLite's json_each: twice as
# fast as executemany, which binds each row from Python.
COLUMNS = (
    ("visitors", "id, card_code, first_seen, age_band, gender, language, region"),
    ("visits", "id, visitor_id, arrived_at, started_at, ended_at, group_size, language, interpreter_needed, "
               "outcome, site_id"),
    ("visit_topics", "visit_id, topic"),
    ("visit_volunteers", "visit_id, volunteer_id"),
    ("referrals", "id, visit_id, organisation_id, topic, status, follow_up_on, created_at, "
                  "status_changed_at"),
)
INSERTS = tuple(
    f"INSERT INTO {table} ({columns}) SELECT "
    + ", ".join(f"value ->> {i}" for i in range(columns.count(",") + 1)) + " FROM json_each(?)"
    for table, columns in COLUMNS)
Batch = tuple[list[tuple[object, ...]], ...]  # rows for each of INSERTS, one opening day


def _fill_visits(raw: sqlite3.Connection, rng: random.Random, visits: int, visitors: int) -> None:
    """Generate in a thread while this one inserts: SQLite's work runs without the GIL."""
    organisations_by_topic: dict[str, list[int]] = {}
    for organisation, topic in raw.execute("SELECT organisation_id, topic FROM organisation_topics"):
        organisations_by_topic.setdefault(topic, []).append(organisation)
    batches: queue.Queue[Batch | BaseException | None] = queue.Queue(maxsize=8)

    def produce() -> None:
        try:
            for batch in _generate(rng, visits, visitors, organisations_by_topic):
                batches.put(batch)
        except BaseException as exc:
            batches.put(exc)
        else:
            batches.put(None)

    threading.Thread(target=produce, daemon=True).start()
    while (batch := batches.get()) is not None:
        if isinstance(batch, BaseException):
            raise batch
        for sql, rows in zip(INSERTS, batch, strict=True):
            raw.execute(sql, (json.dumps(rows),))


def _generate(rng: random.Random, visits: int, visitors: int,
              organisations_by_topic: dict[str, list[int]]) -> Iterator[Batch]:
    last_day = date.today() - timedelta(days=1)
    days = _opening_days(last_day, min(DAYS * 6 // 7, max(1, visits // 20)))
    per_day = [visits // len(days) + (1 if i < visits % len(days) else 0) for i in range(len(days))]
    language_of = _weighted(rng, [(code, weight) for code, weight, _ in LANGUAGE_MIX])
    region_of = {code: _weighted(rng, list(r.items())) for code, _, r in LANGUAGE_MIX}
    topic_of = _weighted(rng, list(TOPIC_WEIGHTS.items()))
    age_of = _weighted(rng, [(code, float(w)) for code, w in AGE_BANDS])
    gender_of = _weighted(rng, [(code, float(w)) for code, w in GENDERS])
    outcome_of = _weighted(rng, [("advised", 70), ("appointment", 10), ("come_back", 12),
                                 ("not_resolved", 5)])
    topic_count = _weighted(rng, [(1, 60), (2, 30), (3, 10)])
    group_size = _weighted(rng, [(1, 75), (2, 15), (3, 5), (4, 3), (5, 2)])
    # Identified visits bring new card holders at the rate that ends with ``visitors`` of them.
    identified_share = 0.75
    new_share = min(1.0, visitors / max(1, visits * identified_share))
    codes: set[str] = set()
    visitor_languages: list[str] = []
    visit_id = referral_id = 0
    uniform = rng.random
    for day, count in zip(days, per_day, strict=True):
        day_text = day.isoformat()
        age_days = (last_day - day).days
        roster = rng.sample(range(1, VOLUNTEERS + 1), 6)
        visit_rows: list[tuple[object, ...]] = []
        topic_rows: list[tuple[object, ...]] = []
        helper_rows: list[tuple[object, ...]] = []
        referral_rows: list[tuple[object, ...]] = []
        visitor_rows: list[tuple[object, ...]] = []
        for arrival in sorted(int(36000 + 21600 * uniform()) for _ in range(count)):
            visit_id += 1
            remaining_visits = visits - visit_id + 1
            language = language_of()
            visitor_id = None
            if len(visitor_languages) < visitors and (
                    remaining_visits <= visitors - len(visitor_languages) or uniform() < new_share
                    * identified_share):
                code = cardcode.generate(rng.randrange)
                while code in codes:
                    code = cardcode.generate(rng.randrange)
                codes.add(code)
                visitor_languages.append(language)
                visitor_id = len(visitor_languages)
                visitor_rows.append((visitor_id, code, day_text,
                                     age_of(), gender_of(), language, region_of[language]()))
            elif visitor_languages and uniform() < identified_share:
                # Returning card holders: recent ones more often than long-ago ones.
                known = len(visitor_languages)
                back = int(rng.expovariate(1 / 3000)) if uniform() < 0.7 else rng.randrange(known)
                visitor_id = known - min(back, known - 1)
                language = visitor_languages[visitor_id - 1]
            topics: list[str] = []
            for _ in range(topic_count()):
                topic = topic_of()
                if topic not in topics:
                    topics.append(topic)
            started = ended = None
            if uniform() < 0.98:  # a few leave before their turn
                start_seconds = arrival + int(min(3600.0, rng.expovariate(1 / 720)))
                end_seconds = start_seconds + int(max(240.0, min(2700.0, rng.lognormvariate(2.6, 0.45) * 60)))
                started, ended = _stamp(day_text, start_seconds), _stamp(day_text, end_seconds)
            outcome = "not_resolved" if started is None else outcome_of()
            if started is not None and uniform() < 0.3 and topics[0] in organisations_by_topic:
                outcome = "referred"
                referral_id += 1
                status = "open" if age_days < 14 else rng.choice(
                    ("completed", "completed", "followed_up", "not_reached", "open"))
                changed = None if status == "open" else _stamp(
                    min(day + timedelta(days=rng.randint(7, 28)), last_day).isoformat(), 12 * 3600)
                referral_rows.append((referral_id, visit_id, rng.choice(organisations_by_topic[topics[0]]),
                                      topics[0], status, (day + timedelta(days=14)).isoformat(), ended,
                                      changed))
            visit_rows.append((visit_id, visitor_id, _stamp(day_text, arrival), started, ended,
                               group_size(), language,
                               int(language not in ("de", "en") and uniform() < 0.4), outcome, 1))
            topic_rows.extend((visit_id, topic) for topic in topics)
            helper = int(uniform() * len(roster))
            helper_rows.append((visit_id, roster[helper]))
            if uniform() < 0.15:  # a second volunteer (an interpreter, a trainee)
                helper_rows.append((visit_id, roster[helper - 1]))
        yield visitor_rows, visit_rows, topic_rows, helper_rows, referral_rows
    assert len(visitor_languages) == visitors, (len(visitor_languages), visitors)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--visits", type=int, default=1_000_000)
    parser.add_argument("--visitors", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    started = time.perf_counter()
    path = make_big_database(args.data_dir, args.visits, args.visitors, args.seed)
    print(f"{path}: {args.visits:,} visits, {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
