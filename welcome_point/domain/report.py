"""The monthly exchange report (format 1 of REPORT-FORMAT.md) as plain data.

``MonthCounts`` holds the true counts of one month as the database gives them; ``anonymise``
(domain/suppression.py) turns them into a ``MonthlyReport``, the only thing any writer sees.
Every table lists every code of its vocabularies, in the vocabulary's order, zeros included.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from welcome_point.domain import vocabulary as v
from welcome_point.domain.errors import ValidationError

FORMAT = "welcome-point-monthly"
VERSION = 1
DEFAULT_K = 5
SMALLEST_K = 3
LARGEST_K = 50

PRIMARY = "primary"
COMPLEMENTARY = "complementary"

# The key figures in the order the format lists them; volunteer figures are totals only.
TOTAL_KEYS = (
    "visits", "visitors_distinct", "visitors_new", "visits_anonymous", "referrals",
    "volunteer_hours", "volunteers_active", "shifts_planned", "shifts_understaffed",
)

# Each report dimension and the vocabulary of its codes.
DIMENSIONS: Mapping[str, v.Vocabulary] = {
    "topic": v.TOPICS,
    "language": v.LANGUAGES,
    "age_band": v.AGE_BANDS,
    "gender": v.GENDERS,
    "weekday": v.WEEKDAYS,
    "visitor_type": v.VISITOR_TYPES,
    "category": v.ORGANISATION_CATEGORIES,
    "status": v.REFERRAL_STATUSES,
}

Key = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TableSpec:
    """One published table.

    ``total_key`` names the key figure that every cell adds up to (None for a multi table, where a
    visit about two topics counts twice). ``margins`` names, for a cross table, the one-way tables
    that are its row and column sums: suppression treats them as one table, so that a hidden cell of
    one cannot be recomputed from the other.
    """

    name: str
    dimensions: tuple[str, ...]
    total_key: str | None
    multi: bool = False
    margins: tuple[str | None, str | None] = (None, None)

    def cell_keys(self) -> tuple[Key, ...]:
        """Every cell key in reading order: the first dimension varies slowest."""
        keys: list[Key] = [()]
        for dimension in self.dimensions:
            keys = [(*key, code) for key in keys for code in DIMENSIONS[dimension].codes]
        return tuple(keys)



TABLE_SPECS: tuple[TableSpec, ...] = (
    TableSpec("visits_by_topic", ("topic",), None, multi=True),
    TableSpec("visits_by_language", ("language",), "visits"),
    TableSpec("visits_by_age_band", ("age_band",), "visits"),
    TableSpec("visits_by_gender", ("gender",), "visits"),
    TableSpec("visits_by_weekday", ("weekday",), "visits"),
    TableSpec("visits_by_visitor_type", ("visitor_type",), "visits_pseudonymous"),
    TableSpec("referrals_by_category_and_status", ("category", "status"), "referrals"),
    TableSpec("visits_by_language_and_age_band", ("language", "age_band"), "visits",
              margins=("visits_by_language", "visits_by_age_band")),
    TableSpec("visits_by_topic_and_weekday", ("topic", "weekday"), None, multi=True,
              margins=("visits_by_topic", None)),
)
SPECS_BY_NAME: Mapping[str, TableSpec] = {spec.name: spec for spec in TABLE_SPECS}


@dataclass(frozen=True, slots=True, order=True)
class Period:
    """A calendar month: the finest time any report shows (weekdays aside)."""

    year: int
    month: int

    def __post_init__(self) -> None:
        if not (2000 <= self.year <= 9999 and 1 <= self.month <= 12):
            raise ValidationError(f"{self.year:04d}-{self.month:02d} is not a month a report can cover",
                                  "period")

    @classmethod
    def parse(cls, text: str) -> Period:
        match = re.fullmatch(r"(\d{4})-(\d{2})", text.strip())
        if match is None:
            shown = text if len(text) <= 20 else text[:20] + "…"
            raise ValidationError(f"{shown!r} is not a month; write it as YYYY-MM, e.g. 2026-10", "period")
        return cls(int(match.group(1)), int(match.group(2)))

    @classmethod
    def of(cls, day: date) -> Period:
        return cls(day.year, day.month)

    @classmethod
    def before(cls, day: date) -> Period:
        """The month before ``day``'s month: the default report."""
        return cls.of(day).previous()

    def previous(self) -> Period:
        return Period(self.year - 1, 12) if self.month == 1 else Period(self.year, self.month - 1)

    def next(self) -> Period:
        return Period(self.year + 1, 1) if self.month == 12 else Period(self.year, self.month + 1)

    @property
    def first_day(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def end(self) -> date:
        """The first day after the month (exclusive bound for queries)."""
        following = self.next()
        return date(following.year, following.month, 1)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


@dataclass(frozen=True, slots=True)
class SiteRef:
    code: str
    name: str


@dataclass(frozen=True, slots=True)
class MonthCounts:
    """The true figures of one month, before anonymisation. Never written anywhere as they are.

    ``tables`` maps a table name to its non-zero cells; missing keys are zeros.
    ``totals`` holds every key of TOTAL_KEYS (volunteer_hours as a float, the rest as ints).
    """

    site: SiteRef
    sites: tuple[str, ...]
    period: Period
    totals: Mapping[str, int | float]
    tables: Mapping[str, Mapping[Key, int]]

    def table_total(self, spec: TableSpec) -> int | None:
        if spec.total_key is None:
            return None
        if spec.total_key == "visits_pseudonymous":
            return int(self.totals["visits"]) - int(self.totals["visits_anonymous"])
        return int(self.totals[spec.total_key])


@dataclass(frozen=True, slots=True)
class Cell:
    key: Key
    value: int | None  # None when suppressed
    suppressed: str | None = None  # PRIMARY or COMPLEMENTARY

    @property
    def published(self) -> bool:
        return self.suppressed is None


@dataclass(frozen=True, slots=True)
class Table:
    name: str
    dimensions: tuple[str, ...]
    total: int | None
    multi: bool
    cells: tuple[Cell, ...]

    def cell(self, *key: str) -> Cell:
        for cell in self.cells:
            if cell.key == key:
                return cell
        raise KeyError(f"{key!r} is not a cell of {self.name}")

    @property
    def suppressed_count(self) -> int:
        return sum(1 for cell in self.cells if cell.suppressed is not None)


@dataclass(frozen=True, slots=True)
class Total:
    key: str
    value: int | float


@dataclass(frozen=True, slots=True)
class MonthlyReport:
    """What leaves the Welcome Point: counts only, small cells suppressed."""

    site: SiteRef
    sites: tuple[str, ...]
    period: Period
    generated: date
    k: int
    totals: tuple[Total, ...]
    tables: tuple[Table, ...] = field(default=())

    def total(self, key: str) -> int | float:
        for item in self.totals:
            if item.key == key:
                return item.value
        raise KeyError(key)

    def table(self, name: str) -> Table:
        for table in self.tables:
            if table.name == name:
                return table
        raise KeyError(name)

    @property
    def totals_only(self) -> bool:
        """True when the site had too few visits to publish any table (fewer than 2k)."""
        return not self.tables


def check_k(k: int) -> int:
    if isinstance(k, bool) or not isinstance(k, int) or not SMALLEST_K <= k <= LARGEST_K:
        raise ValidationError(f"k must be a whole number from {SMALLEST_K} to {LARGEST_K}", "k")
    return k
