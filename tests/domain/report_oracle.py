"""An independent attacker for anonymised monthly reports: the exact range of every suppressed cell.

Written without looking at domain/suppression.py, so that a mistake there cannot hide itself here.

The attacker knows every published cell, every key figure of ``totals`` and the structure of the
tables, and nothing else:

- ``visits_by_language_and_age_band``: its rows add up to the cells of ``visits_by_language``, its
  columns to the cells of ``visits_by_age_band``, everything to ``visits``;
- ``visits_by_topic_and_weekday``: its rows add up to the cells of ``visits_by_topic``; its column sums
  and its grand total are not published (a visit about two topics counts twice);
- ``referrals_by_category_and_status``: every cell adds up to ``referrals``;
- ``visits_by_gender`` and ``visits_by_weekday`` add up to ``visits``, ``visits_by_visitor_type`` to
  ``visits - visits_anonymous``;
- every count is a whole number >= 0.

A cross table and its margin tables form a *family*: a flow network s -> row_i -> col_j -> t with an
arc t -> s for the grand total, where the arcs s -> row_i carry the row sums, row_i -> col_j the
cells and col_j -> t the column sums. A published number fixes its arc; an unknown one is free
(>= 0). Every report the attacker thinks possible is a circulation of that network, and because a
network matrix is totally unimodular, the integer ranges equal the linear-programming ranges, which
``tests/domain/test_report_oracle.py`` checks against scipy's HiGHS.

The true counts are one such circulation. An arc u -> v can carry d more units exactly when d units
can flow back from v to u in the residual network without using the arc itself, and d fewer when d
units can flow from u to v that way; so each bound is one small max-flow. Published arcs have no
residual capacity and drop out, which leaves a graph of the suppressed cells only: tiny and fast.
One-way tables are a single line with a known total, and have a closed form.

``knowledge`` (ALL_KNOWLEDGE) adds facts that the counting rules give anyone who reads them, as
bounds on single numbers, which keeps the network a network: anonymous visits are age band and
gender "not_stated"; every new card made at least one "new" visit; a visit has at least one topic
and counts once per topic, so a topic x weekday cell is at most that weekday's visits.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from welcome_point.domain.report import (
    COMPLEMENTARY,
    DIMENSIONS,
    TABLE_SPECS,
    TOTAL_KEYS,
    Cell,
    Key,
    MonthCounts,
    MonthlyReport,
    Period,
    SiteRef,
    Table,
    Total,
)

# Far above any count a month can hold, so a flow this large can only mean "unbounded".
_HUGE = 10**12


@dataclass(frozen=True, slots=True)
class Bounds:
    """The values a hidden number can take; ``high`` None means no upper bound."""

    low: int
    high: int | None

    @property
    def pinned(self) -> bool:
        return self.low == self.high

    def inside(self, low: int, high: int) -> bool:
        """True when every possible value lies in ``low..high`` (the attacker learns that much)."""
        return self.high is not None and low <= self.low and self.high <= high

    def __contains__(self, value: object) -> bool:
        return isinstance(value, int) and self.low <= value and (self.high is None or value <= self.high)


@dataclass(frozen=True, slots=True)
class Var:
    """One number of a family: its true value and the bounds the attacker knows for it."""

    value: int
    low: int = 0
    high: int | None = None
    fixed: bool = False  # published

    @classmethod
    def known(cls, value: int) -> Var:
        return cls(value, value, value, fixed=True)


@dataclass(frozen=True, slots=True)
class Family:
    """A cross table with its row sums, column sums and grand total."""

    cells: Sequence[Sequence[Var]]
    rows: Sequence[Var]
    cols: Sequence[Var]
    total: Var


def family_bounds(family: Family) -> dict[tuple[object, ...], Bounds]:
    """The exact range of every number of ``family`` that is not fixed.

    Keys: ``("cell", i, j)``, ``("row", i)``, ``("col", j)``, ``("total",)``.
    """
    n_rows, n_cols = len(family.rows), len(family.cols)
    source, sink = 0, 1
    network = _Network(2 + n_rows + n_cols)
    names: list[tuple[object, ...]] = []
    arcs: list[int] = []

    def add(tail: int, head: int, var: Var, name: tuple[object, ...]) -> None:
        arc = network.arc(tail, head, var)
        if not var.fixed:
            names.append(name)
            arcs.append(arc)

    add(sink, source, family.total, ("total",))
    for i, row in enumerate(family.rows):
        add(source, 2 + i, row, ("row", i))
    for j, col in enumerate(family.cols):
        add(2 + n_rows + j, sink, col, ("col", j))
    for i in range(n_rows):
        for j in range(n_cols):
            add(2 + i, 2 + n_rows + j, family.cells[i][j], ("cell", i, j))
    network.check_circulation()
    return {name: network.bounds(arc) for name, arc in zip(names, arcs, strict=True)}


def line_bounds(cells: Sequence[Var], total: int) -> dict[int, Bounds]:
    """The exact range of every hidden cell of one line whose cells add up to a known ``total``."""
    hidden = [i for i, cell in enumerate(cells) if not cell.fixed]
    rest = total - sum(cell.value for cell in cells if cell.fixed)
    if rest != sum(cells[i].value for i in hidden):
        raise AssertionError("the true counts do not add up to the line's total")
    low_sum = sum(cells[i].low for i in hidden)
    result: dict[int, Bounds] = {}
    for i in hidden:
        cell = cells[i]
        # The others can absorb at most their upper bounds; without any, they absorb everything.
        others_highs = [cells[j].high for j in hidden if j != i]
        others_high = None if None in others_highs else sum(h for h in others_highs if h is not None)
        low = cell.low if others_high is None else max(cell.low, rest - others_high)
        high = rest - (low_sum - cell.low)
        if cell.high is not None:
            high = min(high, cell.high)
        result[i] = Bounds(low, high)
    return result


# -- the report -------------------------------------------------------------------------------------

LANGUAGE_FAMILY = ("visits_by_language_and_age_band", "visits_by_language", "visits_by_age_band")
TOPIC_FAMILY = ("visits_by_topic_and_weekday", "visits_by_topic")
LINES = {  # one-way tables: which key figures their cells add up to (minus the second, if any)
    "visits_by_gender": ("visits", None),
    "visits_by_weekday": ("visits", None),
    "visits_by_visitor_type": ("visits", "visits_anonymous"),
    "referrals_by_category_and_status": ("referrals", None),
}

CellName = tuple[str, Key]

# Facts beyond the tables' sums that anyone who knows how a Welcome Point counts can add (REPORT-FORMAT.md
# and the counting rules); ``suppressed_ranges(..., knowledge=...)`` lets the attacker use them.
ANONYMOUS = "anonymous"  # an anonymous visit counts as age band and gender "not_stated"
VISITORS = "visitors"  # visitors_new cards made >= visitors_new "new" visits, the other cards >= as many returning
TOPICS = "topics"  # a visit has 1..13 topics, each counted once: a topic x weekday cell <= that weekday's visits
ALL_KNOWLEDGE = frozenset({ANONYMOUS, VISITORS, TOPICS})


def suppressed_ranges(report: MonthlyReport, counts: MonthCounts,
                      knowledge: Collection[str] = ()) -> dict[CellName, Bounds]:
    """For every suppressed cell of every table of ``report``: the values the published numbers allow.

    ``counts`` gives the true values of the hidden cells (one solution the attacker cannot tell
    from the others); the published ones are taken from ``report``. ``knowledge`` adds facts of
    ALL_KNOWLEDGE to the attacker of the module's description.
    """
    if not report.tables:
        return {}
    tables = {table.name: table for table in report.tables}
    known = {table.name: {cell.key: cell for cell in table.cells} for table in report.tables}
    totals = {item.key: int(item.value) for item in report.totals if item.key != "volunteer_hours"}
    visits, anonymous = totals["visits"], totals["visits_anonymous"]
    n_topics = len(DIMENSIONS["topic"].codes)

    def var(table: str, key: Key, low: int = 0, high: int | None = None) -> Var:
        cell = known[table][key]
        if cell.value is not None:
            return Var.known(cell.value)
        return Var(counts.tables.get(table, {}).get(key, 0), low, high)

    lows: dict[CellName, int] = {}
    if ANONYMOUS in knowledge:
        lows[("visits_by_gender", ("not_stated",))] = anonymous
        lows[("visits_by_age_band", ("not_stated",))] = anonymous
    if VISITORS in knowledge:
        lows[("visits_by_visitor_type", ("new",))] = totals["visitors_new"]
        lows[("visits_by_visitor_type", ("returning",))] = totals["visitors_distinct"] - totals["visitors_new"]

    result: dict[CellName, Bounds] = {}
    for name, (plus, minus) in LINES.items():
        keys = [cell.key for cell in tables[name].cells]
        total = totals[plus] - (totals[minus] if minus else 0)
        line = [var(name, key, lows.get((name, key), 0)) for key in keys]
        for index, bounds in line_bounds(line, total).items():
            result[(name, keys[index])] = bounds

    cross, row_table, col_table = LANGUAGE_FAMILY
    rows, cols = _codes(tables[cross], 0), _codes(tables[cross], 1)
    family = Family(
        cells=[[var(cross, (r, c)) for c in cols] for r in rows],
        rows=[var(row_table, (r,)) for r in rows],
        cols=[var(col_table, (c,), lows.get((col_table, (c,)), 0)) for c in cols],
        total=Var.known(visits),
    )
    result.update(_named(family_bounds(family), cross, row_table, col_table, rows, cols))

    cross, row_table = TOPIC_FAMILY
    rows, cols = _codes(tables[cross], 0), _codes(tables[cross], 1)
    true = counts.tables.get(cross, {})
    col_values = [sum(true.get((r, c), 0) for r in rows) for c in cols]
    if TOPICS in knowledge:
        weekdays = [known["visits_by_weekday"][(c,)].value for c in cols]
        family = Family(
            cells=[[var(cross, (r, c), 0, visits if day is None else day) for c, day in zip(cols, weekdays,
                                                                                         strict=True)]
                   for r in rows],
            rows=[var(row_table, (r,), 0, visits) for r in rows],
            cols=[Var(value, 0, n_topics * visits) if day is None else Var(value, day, n_topics * day)
                  for value, day in zip(col_values, weekdays, strict=True)],
            total=Var(sum(col_values), visits, n_topics * visits),
        )
    else:
        family = Family(
            cells=[[var(cross, (r, c)) for c in cols] for r in rows],
            rows=[var(row_table, (r,)) for r in rows],
            cols=[Var(value) for value in col_values],
            total=Var(sum(col_values)),
        )
    result.update(_named(family_bounds(family), cross, row_table, None, rows, cols))

    suppressed = {(table.name, cell.key) for table in report.tables for cell in table.cells
                  if cell.value is None}
    if set(result) != suppressed:
        raise AssertionError(f"the oracle does not cover {sorted(suppressed ^ set(result))}")
    return result


def _codes(table: Table, axis: int) -> list[str]:
    """The codes of one dimension of a cross table, from the vocabulary (every table lists them all)."""
    return list(DIMENSIONS[table.dimensions[axis]].codes)


def _named(bounds: Mapping[tuple[object, ...], Bounds], cross: str, row_table: str,
           col_table: str | None, rows: Sequence[str], cols: Sequence[str]) -> dict[CellName, Bounds]:
    result: dict[CellName, Bounds] = {}
    for name, value in bounds.items():
        match name:
            case ("cell", int(i), int(j)):
                result[(cross, (rows[i], cols[j]))] = value
            case ("row", int(i)):
                result[(row_table, (rows[i],))] = value
            case ("col", int(j)) if col_table is not None:
                result[(col_table, (cols[j],))] = value
    return result


# -- max-flow on the residual network ---------------------------------------------------------------

class _Network:
    """A circulation with a known feasible flow; answers how far each arc's flow can move."""

    def __init__(self, nodes: int) -> None:
        self._arcs: list[tuple[int, int, Var]] = []
        self._residual: list[dict[int, int]] = [{} for _ in range(nodes)]
        self._balance = [0] * nodes

    def arc(self, tail: int, head: int, var: Var) -> int:
        if not var.low <= var.value or (var.high is not None and var.value > var.high):
            raise AssertionError(f"the true value {var.value} lies outside [{var.low}, {var.high}]")
        self._balance[tail] -= var.value
        self._balance[head] += var.value
        self._arcs.append((tail, head, var))
        if not var.fixed:
            up, down = self._slack(var)
            residual = self._residual
            residual[tail][head] = residual[tail].get(head, 0) + up
            residual[head][tail] = residual[head].get(tail, 0) + down
        return len(self._arcs) - 1

    def check_circulation(self) -> None:
        if any(self._balance):
            raise AssertionError("the true counts do not add up along the family's rows and columns")

    @staticmethod
    def _slack(var: Var) -> tuple[int, int]:
        return (_HUGE if var.high is None else var.high - var.value), var.value - var.low

    def bounds(self, arc: int) -> Bounds:
        tail, head, var = self._arcs[arc]
        up, down = self._slack(var)
        more = self._flow(head, tail, up, tail, head, up, down) if up else 0
        less = self._flow(tail, head, down, tail, head, up, down) if down else 0
        return Bounds(var.value - less, None if more >= _HUGE else var.value + more)

    def _flow(self, source: int, sink: int, limit: int, tail: int, head: int, up: int, down: int) -> int:
        """Max flow from ``source`` to ``sink`` (at most ``limit``) without the arc tail -> head."""
        residual = [dict(out) for out in self._residual]
        residual[tail][head] -= up
        residual[head][tail] -= down
        flow = 0
        while flow < limit:
            parent = {source: source}
            queue = [source]
            for node in queue:
                for nxt, capacity in residual[node].items():
                    if capacity > 0 and nxt not in parent:
                        parent[nxt] = node
                        queue.append(nxt)
                if sink in parent:
                    break
            if sink not in parent:
                return flow
            push = limit - flow
            node = sink
            while node != source:
                prev = parent[node]
                push = min(push, residual[prev][node])
                node = prev
            node = sink
            while node != source:
                prev = parent[node]
                residual[prev][node] -= push
                residual[node][prev] = residual[node].get(prev, 0) + push
                node = prev
            flow += push
        return flow


# -- months made from visit records, counted without the storage code ----------------------------------

SITE = SiteRef("DUS-HBF", "Welcome Point Hauptbahnhof")
PERIOD = Period(2026, 10)


@dataclass(frozen=True, slots=True)
class VisitRecord:
    """One visit as the desk records it; ``visitor`` None is an anonymous visit."""

    visitor: int | None
    new: bool  # the visitor's card was first seen this month
    language: str
    age_band: str
    gender: str
    weekday: str
    topics: tuple[str, ...]


def month_counts(visits: Iterable[VisitRecord], referrals: Iterable[tuple[str, str]], *,
                 volunteer_hours: float = 0.0, volunteers_active: int = 0, shifts_planned: int = 0,
                 shifts_understaffed: int = 0) -> MonthCounts:
    """The true counts of a month, straight from the records with ``collections.Counter``."""
    visits = list(visits)
    referrals = list(referrals)
    known = [visit for visit in visits if visit.visitor is not None]
    tables: dict[str, Counter[Key]] = {
        "visits_by_topic": Counter((topic,) for visit in visits for topic in visit.topics),
        "visits_by_language": Counter((visit.language,) for visit in visits),
        "visits_by_age_band": Counter((visit.age_band,) for visit in visits),
        "visits_by_gender": Counter((visit.gender,) for visit in visits),
        "visits_by_weekday": Counter((visit.weekday,) for visit in visits),
        "visits_by_visitor_type": Counter(("new" if visit.new else "returning",) for visit in known),
        "referrals_by_category_and_status": Counter(referrals),
        "visits_by_language_and_age_band": Counter((visit.language, visit.age_band) for visit in visits),
        "visits_by_topic_and_weekday": Counter((topic, visit.weekday) for visit in visits
                                               for topic in visit.topics),
    }
    totals: dict[str, int | float] = {
        "visits": len(visits),
        "visitors_distinct": len({visit.visitor for visit in known}),
        "visitors_new": len({visit.visitor for visit in known if visit.new}),
        "visits_anonymous": len(visits) - len(known),
        "referrals": len(referrals),
        "volunteer_hours": volunteer_hours,
        "volunteers_active": volunteers_active,
        "shifts_planned": shifts_planned,
        "shifts_understaffed": shifts_understaffed,
    }
    return MonthCounts(SITE, (SITE.code,), PERIOD, totals,
                       {name: dict(+counter) for name, counter in tables.items()})


def publish(counts: MonthCounts, hidden: Collection[CellName], k: int = 5) -> MonthlyReport:
    """A report that hides exactly ``hidden`` and nothing else: for showing what the oracle catches."""
    tables = []
    for spec in TABLE_SPECS:
        true = counts.tables.get(spec.name, {})
        keys = spec.cell_keys()
        cells = tuple(Cell(key, None, COMPLEMENTARY) if (spec.name, key) in hidden
                      else Cell(key, true.get(key, 0)) for key in keys)
        tables.append(Table(spec.name, spec.dimensions, counts.table_total(spec), spec.multi, cells))
    totals = tuple(Total(key, counts.totals[key]) for key in TOTAL_KEYS)
    return MonthlyReport(counts.site, counts.sites, counts.period, date(2026, 11, 2), k, totals,
                         tuple(tables))
