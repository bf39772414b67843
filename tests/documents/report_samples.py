"""Hand-made monthly reports for the writer tests: every table and cell as the format requires.

The numbers are not the output of the real suppression (domain/suppression.py); they only have its
shape: counts of 1..k-1 suppressed as primary, some larger ones as complementary, zeros shown.
"""

from __future__ import annotations

import random
from collections import Counter
from datetime import date

from welcome_point.domain.report import (
    COMPLEMENTARY,
    DIMENSIONS,
    PRIMARY,
    TABLE_SPECS,
    TOTAL_KEYS,
    Cell,
    MonthCounts,
    MonthlyReport,
    Period,
    SiteRef,
    Table,
    Total,
)

HBF = SiteRef("DUS-HBF", "Welcome Point Hauptbahnhof")
OCTOBER = Period(2026, 10)
TOTALS = {"visits": 812, "visitors_distinct": 540, "visitors_new": 301, "visits_anonymous": 120,
          "referrals": 205, "volunteer_hours": 644.5, "volunteers_active": 37, "shifts_planned": 88,
          "shifts_understaffed": 6}


def sample_report(*, k: int = 5, seed: int = 1, totals_only: bool = False,
                  site: SiteRef = HBF, sites: tuple[str, ...] | None = None, period: Period = OCTOBER,
                  generated: date = date(2026, 11, 2)) -> MonthlyReport:
    totals = tuple(Total(key, TOTALS[key]) for key in TOTAL_KEYS)
    tables = () if totals_only else tuple(_table(spec, k, random.Random(f"{seed}-{spec.name}"))
                                          for spec in TABLE_SPECS)
    return MonthlyReport(site=site, sites=sites or (site.code,), period=period, generated=generated, k=k,
                         totals=totals, tables=tables)


def _table(spec, k: int, rng: random.Random) -> Table:
    cells = []
    keys = spec.cell_keys()
    for key in keys:
        roll = rng.random()
        if roll < 0.25:
            cells.append(Cell(key, 0))
        elif roll < 0.4:
            cells.append(Cell(key, None, PRIMARY))
        elif roll < 0.48:
            cells.append(Cell(key, None, COMPLEMENTARY))
        else:
            cells.append(Cell(key, rng.choice((k, k + 3, 12, 27, 41, 64, 103, 190))))
    total = None if spec.multi else sum(cell.value or 0 for cell in cells) + 50
    return Table(spec.name, spec.dimensions, total, spec.multi, tuple(cells))


def sample_counts(*, seed: int = 1, visits: int = 300, site: SiteRef = HBF,
                  period: Period = OCTOBER) -> MonthCounts:
    """The true counts of ``visits`` random visits, consistent across tables, skewed as real months are."""
    rng = random.Random(seed)

    def pick(dimension: str) -> str:
        codes = DIMENSIONS[dimension].codes
        return codes[min(int(rng.expovariate(0.6)), len(codes) - 1)]

    tables: dict[str, Counter[tuple[str, ...]]] = {spec.name: Counter() for spec in TABLE_SPECS}
    anonymous = new = referrals = 0
    for _ in range(visits):
        language, age, gender, weekday = pick("language"), pick("age_band"), pick("gender"), pick("weekday")
        topics = {pick("topic") for _ in range(rng.choice((1, 1, 2)))}
        if rng.random() < 0.15:
            anonymous += 1
            age = gender = "not_stated"
        else:
            kind = "new" if rng.random() < 0.4 else "returning"
            new += kind == "new"
            tables["visits_by_visitor_type"][(kind,)] += 1
        tables["visits_by_language"][(language,)] += 1
        tables["visits_by_age_band"][(age,)] += 1
        tables["visits_by_gender"][(gender,)] += 1
        tables["visits_by_weekday"][(weekday,)] += 1
        tables["visits_by_language_and_age_band"][(language, age)] += 1
        for topic in topics:
            tables["visits_by_topic"][(topic,)] += 1
            tables["visits_by_topic_and_weekday"][(topic, weekday)] += 1
        if rng.random() < 0.3:
            referrals += 1
            tables["referrals_by_category_and_status"][(pick("category"), pick("status"))] += 1
    totals: dict[str, int | float] = {
        "visits": visits, "visitors_distinct": (visits - anonymous) * 2 // 3, "visitors_new": new * 2 // 3,
        "visits_anonymous": anonymous, "referrals": referrals, "volunteer_hours": round(visits * 0.8, 1),
        "volunteers_active": 12, "shifts_planned": 40, "shifts_understaffed": 3}
    return MonthCounts(site, (site.code,), period, totals, {name: dict(cells) for name, cells in tables.items()})


def anonymised_report(*, k: int = 5, generated: date = date(2026, 11, 2), **counts) -> MonthlyReport:
    """A report as the app makes it: ``sample_counts`` through the real suppression."""
    from welcome_point.domain.suppression import anonymise

    return anonymise(sample_counts(**counts), k, generated)
