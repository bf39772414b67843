"""The month roster PDF for 40 volunteers, against a one-page reportlab document as the floor.

The roster is built in memory: March 2026's opening days (Mon-Fri two shifts, Saturday two short
ones: 52 shifts) with 2-3 of 40 volunteers on each, the internal version (names, phone
numbers, language badges). The floor is what reportlab needs at least for any PDF: a one-page
platypus document with one paragraph in a built-in font. Both are timed in the same run, after
one warm-up each (font loading happens once per process and is reported on its own).
Target: the month roster in <= 0.5 s (median).

    .venv/bin/python benchmarks/roster.py [--runs 7] [--max-seconds 0.5]
"""

from __future__ import annotations

import argparse
import io
import itertools
import random
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date, datetime
from datetime import time as clock_time
from pathlib import Path

import pypdf

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from welcome_point.documents.roster import (
    ROSTER_LABELS_DE,
    Roster,
    RosterPerson,
    RosterShift,
    month_days,
    roster_pdf,
)

FIRST_NAMES = ("Anna", "Yusuf", "Olena", "Karim", "Leonie", "Maryam", "Jonas", "Selin", "Dawit", "Sofia")
SURNAMES = ("Becker", "Demir", "Kovalenko", "Haddad", "Schmitz", "Rahimi", "Wagner", "Yilmaz", "Tesfaye",
            "Müller", "Sultani", "Hoffmann", "Shevchenko")
LANGUAGES = ("en", "ar", "uk", "ru", "fa", "tr", "fr", "ku", "ti", "es", "ps")
TARGET_SECONDS = 0.5


def month_roster(year: int = 2026, month: int = 3, volunteers: int = 40, seed: int = 48) -> Roster:
    rng = random.Random(seed)
    people = [RosterPerson(f"{FIRST_NAMES[i % len(FIRST_NAMES)]} {SURNAMES[(i * 7) % len(SURNAMES)]}",
                           f"+49 151 000 {1000 + i * 37}", "interpreter" if i % 7 == 3 else "desk",
                           ("de", *sorted(rng.sample(LANGUAGES, rng.choice((1, 1, 2, 3))))))
              for i in range(volunteers)]
    days = month_days(year, month)
    rota = itertools.cycle(rng.sample(people, len(people)))  # everybody gets shifts
    shifts = []
    for day in days:
        if day.weekday() == 6:
            continue
        hours = ((10, 12), (12, 14)) if day.weekday() == 5 else ((10, 13), (13, 16))
        for slot, (start, end) in enumerate(hours):
            shifts.append(RosterShift(
                datetime.combine(day, clock_time(start)), datetime.combine(day, clock_time(end)), "desk",
                2 if day.weekday() == 5 else 3, tuple(itertools.islice(rota, rng.choice((2, 3)))),
                ("ar", "uk") if slot == 0 else ("ar", "fa", "uk")))
    return Roster("Welcome Point Düsseldorf-Oberbilk", "Dienstplan", f"{month:02d}/{year}", days,
                  tuple(shifts), False, ROSTER_LABELS_DE, date(year, month, 1))


def one_paragraph_pdf() -> bytes:
    from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
    from reportlab.lib.styles import getSampleStyleSheet  # type: ignore[import-untyped]
    from reportlab.platypus import Paragraph, SimpleDocTemplate  # type: ignore[import-untyped]

    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=A4, invariant=1)
    document.build([Paragraph("Dienstplan November 2026: one paragraph, one page.",
                              getSampleStyleSheet()["Normal"])])
    return buffer.getvalue()


def timed(work: Callable[[], bytes]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--max-seconds", type=float, default=TARGET_SECONDS,
                        help="exit 1 when the roster's median is above (default 0.5)")
    args = parser.parse_args(argv)

    roster = month_roster()
    people = {person.name for shift in roster.shifts for person in shift.people}
    first = timed(lambda: roster_pdf(roster))  # includes loading the TrueType fonts
    timed(one_paragraph_pdf)
    roster_times: list[float] = []
    floor_times: list[float] = []
    for _ in range(args.runs):  # interleaved, so that a busy moment hits both
        roster_times.append(timed(lambda: roster_pdf(roster)))
        floor_times.append(timed(one_paragraph_pdf))
    roster_median = statistics.median(roster_times)
    floor_median = statistics.median(floor_times)
    data = roster_pdf(roster)
    pages = len(pypdf.PdfReader(io.BytesIO(data)).pages)
    print(f"month roster: {len(roster.shifts)} shifts, {len(people)} volunteers, "
          f"{sum(len(s.people) for s in roster.shifts)} assignments, {pages} pages, "
          f"{len(data) / 1024:.0f} KiB")
    print(f"first run (with font loading): {first * 1000:.1f} ms")
    print(f"roster_pdf median of {args.runs}: {roster_median * 1000:.1f} ms "
          f"(min {min(roster_times) * 1000:.1f}, max {max(roster_times) * 1000:.1f})")
    print(f"floor (one-page reportlab paragraph) median of {args.runs}: {floor_median * 1000:.1f} ms")
    print(f"ratio roster / floor: {roster_median / floor_median:.1f}")
    ok = roster_median <= args.max_seconds
    print(f"target <= {args.max_seconds:.2f} s: {'met' if ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
