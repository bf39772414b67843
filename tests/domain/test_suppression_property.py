"""Proof by hypothesis that ``anonymise`` hides people: 10,000 random months against an exact attacker.

Every month is made from visit records and counted here with ``collections.Counter``, independent of
the storage code; ``tests/domain/report_oracle.py`` then works out, for every suppressed cell, the
exact range of values the published report allows. The issue's promise is that this range is never
a single value and never lies inside 1..k-1. The other rules of REPORT-FORMAT.md are checked on the
same months.

A month is drawn as a handful of shape parameters (how many visits, how skewed each dimension is,
how many of its categories occur at all, the anonymous share, k) and a seed for the single visits:
hypothesis cannot draw 400 visits field by field within its buffer, and shrinking the shape still
leads to a small failing month. ``derandomize=True`` keeps CI reproducible: every run checks the
same 10,000 months, and a month that fails on one machine fails on every machine.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from itertools import accumulate

import pytest
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st

from tests.domain.report_oracle import (
    ALL_KNOWLEDGE,
    ANONYMOUS,
    PERIOD,
    SITE,
    TOPICS,
    VISITORS,
    VisitRecord,
    month_counts,
    suppressed_ranges,
)
from welcome_point.domain.report import (
    COMPLEMENTARY,
    DEFAULT_K,
    DIMENSIONS,
    PRIMARY,
    TABLE_SPECS,
    TOTAL_KEYS,
    MonthCounts,
    MonthlyReport,
    Table,
)
from welcome_point.domain.suppression import anonymise

GENERATED = date(2026, 11, 2)
# What the attacker knows besides the published numbers and the tables' sums (report_oracle.py):
# also the facts the counting rules give anyone (anonymous visits are "not stated", a visit has at
# least one topic). That every card made a visit is left out: what it can pin (returning visits =
# returning cards) the key figures visitors_distinct and visitors_new already publish as totals.
ATTACKER_KNOWLEDGE: frozenset[str] = ALL_KNOWLEDGE - {VISITORS}
CODES = {dimension: DIMENSIONS[dimension].codes for dimension in DIMENSIONS}


# -- random months ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Shape:
    """How one dimension is spread: ``present`` of its codes occur, with Zipf weights 1/rank**skew."""

    present: int
    skew: float


@dataclass(frozen=True)
class MonthShape:
    visits: int
    anonymous: float  # share of anonymous visits
    returning: float  # chance that a visit with a card comes from a visitor already seen this month
    new: float  # chance that a visitor's card was first seen this month
    together: float  # how strongly a visitor's age band depends on the language
    max_topics: int
    referrals: int
    shapes: dict[str, Shape]
    seed: int


def _shape(dimension: str) -> st.SearchStrategy[Shape]:
    size = len(CODES[dimension])
    present = st.integers(1, size) | st.integers(1, min(3, size))
    skew = st.sampled_from([0.0, 1.0, 2.5]) | st.floats(0.0, 4.0)
    return st.builds(Shape, present, skew)


def month_shapes(max_visits: int = 400) -> st.SearchStrategy[MonthShape]:
    dimensions = ("topic", "language", "age_band", "gender", "weekday", "category", "status")
    return st.builds(
        MonthShape,
        visits=st.integers(0, max_visits) | st.integers(0, 25),
        anonymous=st.sampled_from([0.0, 1.0]) | st.floats(0.0, 0.6),
        returning=st.floats(0.0, 0.8),
        new=st.sampled_from([0.0, 1.0]) | st.floats(0.0, 1.0),
        together=st.floats(0.0, 1.0),
        max_topics=st.integers(1, 3),
        referrals=st.integers(0, 150) | st.integers(0, 12),
        shapes=st.fixed_dictionaries({dimension: _shape(dimension) for dimension in dimensions}),
        seed=st.integers(0, 2**32 - 1),
    )


class _Picker:
    """Draws codes of one dimension: a random subset of ``present`` codes, Zipf-weighted in random order."""

    def __init__(self, rng: random.Random, codes: Sequence[str], shape: Shape) -> None:
        self.codes = rng.sample(list(codes), shape.present)
        self.cumulative = list(accumulate(1.0 / (rank + 1) ** shape.skew for rank in range(shape.present)))
        self.rng = rng

    def many(self, count: int) -> list[str]:
        return self.rng.choices(self.codes, cum_weights=self.cumulative, k=count)

    def one(self) -> str:
        return self.many(1)[0]

    def some(self, count: int) -> tuple[str, ...]:
        """``count`` different codes (fewer if fewer occur), the frequent ones more likely."""
        count = min(count, len(self.codes))
        chosen = dict.fromkeys(self.many(count))
        while len(chosen) < count:
            chosen.update(dict.fromkeys(self.many(count - len(chosen))))
        return tuple(chosen)


def build_month(shape: MonthShape) -> MonthCounts:
    visits, referrals, rng = month_records(shape)
    hours = round(rng.uniform(0, 900), 2)
    return month_counts(visits, referrals, volunteer_hours=hours, volunteers_active=rng.randint(0, 60),
                        shifts_planned=rng.randint(0, 120), shifts_understaffed=rng.randint(0, 10))


def month_records(shape: MonthShape) -> tuple[list[VisitRecord], list[tuple[str, str]], random.Random]:
    rng = random.Random(shape.seed)
    pick = {name: _Picker(rng, CODES[name], dim) for name, dim in shape.shapes.items()}
    # A visitor keeps language, age band and gender; some languages get an age profile of their own.
    age_by_language = {language: _Picker(rng, CODES["age_band"], shape.shapes["age_band"])
                       for language in pick["language"].codes}
    n = shape.visits
    weekdays = pick["weekday"].many(n)
    languages = pick["language"].many(n)
    topic_counts = [rng.randint(1, shape.max_topics) for _ in range(n)]
    visitors: list[tuple[int, bool, str, str, str]] = []
    visits: list[VisitRecord] = []
    for weekday, language, topic_count in zip(weekdays, languages, topic_counts, strict=True):
        topics = pick["topic"].some(topic_count)
        if rng.random() < shape.anonymous:
            visits.append(VisitRecord(None, False, language, "not_stated", "not_stated", weekday, topics))
            continue
        if visitors and rng.random() < shape.returning:
            visitor = rng.choice(visitors)
            if rng.random() < 0.9:  # mostly in the visitor's usual language
                language = visitor[2]
        else:
            ages = age_by_language[language] if rng.random() < shape.together else pick["age_band"]
            visitor = (len(visitors), rng.random() < shape.new, language, ages.one(), pick["gender"].one())
            visitors.append(visitor)
        number, new, _, age_band, gender = visitor
        visits.append(VisitRecord(number, new, language, age_band, gender, weekday, topics))
    referrals = list(zip(pick["category"].many(shape.referrals), pick["status"].many(shape.referrals),
                         strict=True))
    return visits, referrals, rng


ks = st.just(DEFAULT_K) | st.integers(3, 8)


# -- the rules ----------------------------------------------------------------------------------------

def _lines(table: Table) -> list[list[int]]:
    """Cell positions of every line: the whole of a one-way table, each row and column of a cross one."""
    if len(table.dimensions) == 1:
        return [list(range(len(table.cells)))]
    n_cols = len(CODES[table.dimensions[1]])
    n_rows = len(table.cells) // n_cols
    rows = [[r * n_cols + c for c in range(n_cols)] for r in range(n_rows)]
    cols = [[r * n_cols + c for r in range(n_rows)] for c in range(n_cols)]
    return rows + cols


def check_report(report: MonthlyReport, counts: MonthCounts, k: int) -> None:
    """Every rule of the issue and REPORT-FORMAT.md that a single month can break."""
    assert (report.site, report.sites, report.period) == (counts.site, counts.sites, counts.period)
    assert (report.generated, report.k) == (GENERATED, k)
    assert [item.key for item in report.totals] == list(TOTAL_KEYS)
    for item in report.totals:
        true = counts.totals[item.key]
        expected = round(float(true), 1) if item.key == "volunteer_hours" else true
        assert item.value == expected, f"total {item.key} is {item.value}, not {expected}"
        assert type(item.value) is (float if item.key == "volunteer_hours" else int)

    if counts.totals["visits"] < 2 * k:
        assert report.tables == (), "a month with fewer than 2k visits publishes tables"
        return
    assert [table.name for table in report.tables] == [spec.name for spec in TABLE_SPECS]

    for spec, table in zip(TABLE_SPECS, report.tables, strict=True):
        assert (table.dimensions, table.multi) == (spec.dimensions, spec.multi)
        assert tuple(cell.key for cell in table.cells) == spec.cell_keys(), f"{spec.name} misses or repeats codes"
        true_cells = counts.tables.get(spec.name, {})
        true_total = counts.table_total(spec)
        if true_total is None:
            assert table.total is None, f"{spec.name} (multi) publishes a total"
        elif true_total < k:
            assert table.total is None, f"{spec.name} publishes its total {true_total} < k"
            assert all(not cell.value for cell in table.cells), f"{spec.name} (total < k) shows a count"
        else:
            assert table.total == true_total, f"{spec.name} total {table.total} is not {true_total}"
        for cell in table.cells:
            true = true_cells.get(cell.key, 0)
            name = f"{spec.name} {cell.key} (true {true})"
            if cell.value is not None:
                assert cell.suppressed is None, f"{name} has a value and a suppression mark"
                assert cell.value == true, f"{name} is published as {cell.value}"
                assert true == 0 or true >= k, f"{name} is published although below k={k}"
            else:
                assert cell.suppressed in (PRIMARY, COMPLEMENTARY), f"{name} is hidden without a reason"
                assert (cell.suppressed == PRIMARY) == (0 < true < k), f"{name} is marked {cell.suppressed}"
        for line in _lines(table):
            hidden = [table.cells[i].key for i in line if table.cells[i].value is None]
            assert len(hidden) != 1, f"{spec.name}: {hidden[0] if hidden else ''} is the only hidden cell of its line"

    for (name, key), bounds in suppressed_ranges(report, counts).items():
        true = counts.tables.get(name, {}).get(key, 0)
        assert true in bounds
        where = f"{name} {key} (true {true}, k={k})"
        assert not bounds.pinned, f"{where} can be recomputed: it must be {bounds.low}"
        assert not bounds.inside(1, k - 1), f"{where} lies within {bounds.low}..{bounds.high}, inside 1..k-1"
    # The counting rules' facts can pin a hidden empty cell at 0 (a topic on a day without visits),
    # which reveals nobody; they must never narrow a hidden cell into 1..k-1.
    for (name, key), bounds in suppressed_ranges(report, counts, ATTACKER_KNOWLEDGE).items():
        true = counts.tables.get(name, {}).get(key, 0)
        assert true in bounds
        where = f"{name} {key} (true {true}, k={k}, knowing the counting rules)"
        assert not bounds.inside(1, k - 1), f"{where} lies within {bounds.low}..{bounds.high}, inside 1..k-1"


# -- the proof ----------------------------------------------------------------------------------------

@settings(max_examples=10_000, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(month_shapes(), ks)
def test_no_suppressed_cell_can_be_recomputed_or_narrowed_below_k(shape: MonthShape, k: int) -> None:
    counts = build_month(shape)
    note(f"counts = {counts!r}")
    check_report(anonymise(counts, k, GENERATED), counts, k)


# -- months worth naming ------------------------------------------------------------------------------

def _visits(count: int, *, start: int = 0, language: str = "ar", age_band: str = "27-39",
            gender: str = "female", weekday: str = "tue", topics: tuple[str, ...] = ("housing",),
            anonymous: bool = False, new: bool = False) -> list[VisitRecord]:
    if anonymous:  # the counting rules put an anonymous visit under "not stated"
        return [VisitRecord(None, False, language, "not_stated", "not_stated", weekday, topics)] * count
    return [VisitRecord(start + n, new, language, age_band, gender, weekday, topics) for n in range(count)]


def _spread(count: int, *, start: int = 0) -> list[VisitRecord]:
    """Visits that go round every code of every dimension."""
    codes = CODES
    return [VisitRecord(start + n, n % 3 == 0, codes["language"][n % 17], codes["age_band"][n % 6],
                        codes["gender"][n % 4], codes["weekday"][n % 7],
                        (codes["topic"][n % 13], codes["topic"][(n * 5 + 1) % 13]))
            for n in range(count)]


NAMED_MONTHS = {
    "empty": ([], [], DEFAULT_K),
    "one visitor from a rare language": (
        _visits(40) + _visits(1, start=100, language="ti", age_band="18-26", weekday="sat"),
        [("health", "open")] * 7, DEFAULT_K),
    "one short of 2k visits": (_visits(2 * DEFAULT_K - 1), [], DEFAULT_K),
    "exactly 2k visits, one of them rare": (
        _visits(2 * DEFAULT_K - 1) + _visits(1, start=50, language="so"), [], DEFAULT_K),
    "everybody anonymous": (_visits(30, anonymous=True, language="uk"), [("housing", "open")] * 30, DEFAULT_K),
    "few referrals": (_visits(25), [("legal_aid", "open"), ("legal_aid", "open"), ("health", "completed")],
                      DEFAULT_K),
    "one visitor with a card among anonymous visits": (
        _visits(20, anonymous=True) + _visits(1, start=70, new=True), [], DEFAULT_K),
    "every code once": (_spread(120), [("authority", "open")] * 150, DEFAULT_K),
    "every code a few times, k = 3": (_spread(400), [], 3),
    "every code a few times, k = 8": (_spread(400), [], 8),
    "two rare languages in the same age band": (
        _visits(60, language="de") + _visits(2, start=90, language="ps", age_band="60+")
        + _visits(3, start=95, language="sq", age_band="60+"), [], DEFAULT_K),
    "a single topic on a single weekday": (
        _visits(30, topics=("letters",)) + _visits(4, start=40, topics=("letters", "family"), weekday="sun"),
        [], DEFAULT_K),
}


@pytest.mark.parametrize("name", list(NAMED_MONTHS))
def test_named_months(name: str) -> None:
    visits, referrals, k = NAMED_MONTHS[name]
    counts = month_counts(visits, referrals, volunteer_hours=12.25, volunteers_active=3)
    report = anonymise(counts, k, GENERATED)
    check_report(report, counts, k)
    assert report.site == SITE
    assert report.period == PERIOD


def test_the_rare_language_is_hidden_with_a_partner() -> None:
    visits, referrals, k = NAMED_MONTHS["one visitor from a rare language"]
    counts = month_counts(visits, referrals)
    report = anonymise(counts, k, GENERATED)
    languages = report.table("visits_by_language")
    assert languages.cell("ti").suppressed == PRIMARY
    assert languages.suppressed_count >= 2
    assert report.table("visits_by_language_and_age_band").cell("ti", "18-26").suppressed == PRIMARY
    assert report.table("visits_by_weekday").cell("sat").suppressed == PRIMARY


def test_a_table_below_k_shows_no_count() -> None:
    visits, referrals, k = NAMED_MONTHS["few referrals"]
    report = anonymise(month_counts(visits, referrals), k, GENERATED)
    table = report.table("referrals_by_category_and_status")
    assert table.total is None
    assert table.cell("legal_aid", "open").suppressed == PRIMARY
    assert report.total("referrals") == 3


def test_fewer_than_2k_visits_publish_totals_only() -> None:
    visits, referrals, k = NAMED_MONTHS["one short of 2k visits"]
    report = anonymise(month_counts(visits, referrals), k, GENERATED)
    assert report.totals_only
    assert report.total("visits") == 2 * k - 1


# -- an attacker who knows how a Welcome Point counts ---------------------------------------------------

def _narrowed(visits: list[VisitRecord], k: int, knowledge: str) -> list[str]:
    counts = month_counts(visits, [])
    report = anonymise(counts, k, GENERATED)
    check_report(report, counts, k)  # safe against the attacker who knows only the sums
    return [f"{name} {key}: {bounds.low}..{bounds.high}"
            for (name, key), bounds in suppressed_ranges(report, counts, {knowledge}).items()
            if bounds.inside(1, k - 1)]  # someone is singled out (an empty cell pinned at 0 is not)


def test_an_empty_weekday_does_not_give_away_a_topic() -> None:
    # k = 4. Volunteering: 6 visits, 4 of them on Saturday (both published); its other cells are hidden,
    # but visits_by_weekday publishes 0 for every day except Tuesday and Saturday, so Tuesday holds 2.
    both = ("benefits", "volunteering")
    visits = (_visits(2, weekday="tue", topics=both) + _visits(2, start=2, weekday="tue", topics=("benefits",))
              + _visits(3, start=10, weekday="sat", topics=both)
              + _visits(1, start=20, weekday="sat", topics=("benefits", "family"))
              + _visits(1, start=21, weekday="sat", topics=("benefits", "leisure"))
              + _visits(1, start=22, weekday="sat", topics=("volunteering",)))
    assert _narrowed(visits, 4, TOPICS) == []


def test_anonymous_visits_do_not_give_away_a_language() -> None:
    # Turkish: 7 visits (published), 5 of them aged 60+ (published). 4 anonymous visits make the hidden
    # "not stated" column at least 4 = visits - 6 (60+), so every other hidden age band is empty and
    # Turkish "not stated" must be 2.
    visits = (_visits(5, language="tr", age_band="60+") + _visits(1, start=10, language="sq", age_band="60+")
              + _visits(2, anonymous=True, language="tr") + _visits(1, anonymous=True, language="en")
              + _visits(1, anonymous=True, language="ku"))
    assert _narrowed(visits, DEFAULT_K, ANONYMOUS) == []
