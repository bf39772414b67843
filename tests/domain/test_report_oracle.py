"""The suppression proof's oracle agrees with linear programming, and catches recomputable cells.

The flow-based oracle (tests/domain/report_oracle.py) is only worth its speed if it is exact: here
scipy's HiGHS computes the same ranges the slow, obvious way on a few hundred small random families
and lines, and hand-made reports show that a recomputable or too-narrow hidden cell is reported.
"""

from __future__ import annotations

from collections.abc import Sequence
from random import Random

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scipy.optimize import linprog

from tests.domain.report_oracle import (
    ALL_KNOWLEDGE,
    Bounds,
    Family,
    Var,
    VisitRecord,
    family_bounds,
    line_bounds,
    month_counts,
    publish,
    suppressed_ranges,
)
from tests.domain.test_suppression_property import MonthShape, build_month, month_shapes
from welcome_point.domain.report import MonthCounts, MonthlyReport


def lp_bounds(variables: list[Var], equations: list[list[int]], only: set[int] | None = None) -> list[Bounds]:
    """Min and max of every hidden variable (or of the ``only`` ones, by index among the hidden) by LP.

    ``equations`` are rows of coefficients whose products with the variables add up to 0.
    """
    hidden = [i for i, var in enumerate(variables) if not var.fixed]
    a_eq = np.array([[row[i] for i in hidden] for row in equations], dtype=float)
    b_eq = np.array([-sum(row[i] * variables[i].value for i in range(len(variables)) if variables[i].fixed)
                     for row in equations], dtype=float)
    limits = [(variables[i].low, variables[i].high) for i in hidden]
    result = []
    for position in range(len(hidden)):
        if only is not None and position not in only:
            continue
        values = []
        for sign in (1, -1):
            objective = np.zeros(len(hidden))
            objective[position] = sign
            solution = linprog(objective, A_eq=a_eq, b_eq=b_eq, bounds=limits, method="highs")
            if solution.status == 3:  # unbounded: only possible when maximising
                assert sign == -1
                values.append(None)
                continue
            assert solution.status == 0, solution.message
            values.append(round(sign * solution.fun))
        result.append(Bounds(values[0], values[1]))
    return result


@st.composite
def hidden_vars(draw: st.DrawFn, value: int, hide: float) -> Var:
    """A number of a family: published, or hidden with the attacker's bounds (sometimes tighter than >= 0)."""
    if draw(st.floats(0, 1)) >= hide:
        return Var.known(value)
    low = draw(st.sampled_from([0, 0, 0, value]) | st.integers(0, value))
    high = draw(st.none() | st.none() | st.integers(value, value + 4))
    return Var(value, low, high)


@st.composite
def families(draw: st.DrawFn) -> Family:
    n_rows = draw(st.integers(1, 4))
    n_cols = draw(st.integers(1, 4))
    hide = draw(st.sampled_from([0.3, 0.6, 0.9, 1.0]))
    values = [[draw(st.sampled_from([0, 0, 0, 1, 2, 7]) | st.integers(0, 12)) for _ in range(n_cols)]
              for _ in range(n_rows)]
    rows = [draw(hidden_vars(sum(row), hide)) for row in values]
    cols = [draw(hidden_vars(sum(row[j] for row in values), hide)) for j in range(n_cols)]
    total = draw(hidden_vars(sum(map(sum, values)), hide / 2))
    cells = [[draw(hidden_vars(value, hide)) for value in row] for row in values]
    return Family(cells, rows, cols, total)


@settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(families())
def test_family_bounds_equal_linear_programming(family: Family) -> None:
    n_rows, n_cols = len(family.rows), len(family.cols)
    # Variables: cells row by row, then row sums, column sums, grand total.
    variables = [cell for row in family.cells for cell in row] + list(family.rows) + list(family.cols)
    variables.append(family.total)
    size = len(variables)
    equations = []
    for i in range(n_rows):
        equation = [0] * size
        for j in range(n_cols):
            equation[i * n_cols + j] = 1
        equation[n_rows * n_cols + i] = -1
        equations.append(equation)
    for j in range(n_cols):
        equation = [0] * size
        for i in range(n_rows):
            equation[i * n_cols + j] = 1
        equation[n_rows * n_cols + n_rows + j] = -1
        equations.append(equation)
    equation = [0] * size
    for i in range(n_rows):
        equation[n_rows * n_cols + i] = 1
    equation[-1] = -1
    equations.append(equation)

    names: list[tuple[object, ...]] = [("cell", i, j) for i in range(n_rows) for j in range(n_cols)]
    names += [("row", i) for i in range(n_rows)] + [("col", j) for j in range(n_cols)] + [("total",)]
    expected = dict(zip([name for name, var in zip(names, variables, strict=True) if not var.fixed],
                        lp_bounds(variables, equations), strict=True))
    assert family_bounds(family) == expected


@st.composite
def lines(draw: st.DrawFn) -> tuple[list[Var], int]:
    values = draw(st.lists(st.sampled_from([0, 0, 1, 3, 9]) | st.integers(0, 20), min_size=1, max_size=8))
    hide = draw(st.sampled_from([0.3, 0.7, 1.0]))
    return [draw(hidden_vars(value, hide)) for value in values], sum(values)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(lines())
def test_line_bounds_equal_linear_programming(line: tuple[list[Var], int]) -> None:
    cells, total = line
    variables = [*cells, Var.known(total)]
    hidden = [i for i, cell in enumerate(cells) if not cell.fixed]
    expected = dict(zip(hidden, lp_bounds(variables, [[1] * len(cells) + [-1]]), strict=True))
    assert line_bounds(cells, total) == expected


def test_a_lone_hidden_cell_of_a_line_is_pinned() -> None:
    cells = [Var.known(40), Var(3), Var.known(12)]
    assert line_bounds(cells, 55) == {1: Bounds(3, 3)}


def test_two_hidden_cells_per_line_can_still_be_pinned() -> None:
    # Every row and column hides two cells, yet the published zero row leaves the 1 no room to move.
    family = Family(
        cells=[[Var(1), Var(0)], [Var(0), Var(0)]],
        rows=[Var.known(1), Var.known(0)], cols=[Var.known(1), Var.known(0)], total=Var.known(1))
    assert family_bounds(family)[("cell", 0, 0)] == Bounds(1, 1)


def test_a_rectangle_of_hidden_cells_moves_in_both_directions() -> None:
    family = Family(
        cells=[[Var(3), Var(6)], [Var(8), Var(2)]],
        rows=[Var.known(9), Var.known(10)], cols=[Var.known(11), Var.known(8)], total=Var.known(19))
    assert family_bounds(family) == {
        ("cell", 0, 0): Bounds(1, 9), ("cell", 0, 1): Bounds(0, 8),
        ("cell", 1, 0): Bounds(2, 10), ("cell", 1, 1): Bounds(0, 8),
    }


def _visit(visitor: int | None, language: str, age_band: str = "27-39", gender: str = "female",
           weekday: str = "tue", topics: tuple[str, ...] = ("housing",)) -> VisitRecord:
    return VisitRecord(visitor, False, language, age_band, gender, weekday, topics)


@pytest.fixture
def one_tigrinya_speaker():
    """A month of 30 Arabic-speaking visits and one visit in Tigrinya."""
    visits = [_visit(n, "ar") for n in range(30)] + [_visit(99, "ti", age_band="18-26")]
    return month_counts(visits, [("housing", "open")] * 6)


def test_primary_suppression_alone_is_recomputed_from_the_margins(one_tigrinya_speaker) -> None:
    counts = one_tigrinya_speaker
    hidden = {("visits_by_language", ("ti",)), ("visits_by_language_and_age_band", ("ti", "18-26")),
              ("visits_by_age_band", ("18-26",))}
    ranges = suppressed_ranges(publish(counts, hidden), counts)
    assert ranges == {name: Bounds(1, 1) for name in hidden}


def test_a_hidden_pair_in_one_line_hides_the_rare_language(one_tigrinya_speaker) -> None:
    counts = one_tigrinya_speaker
    hidden = {("visits_by_language", ("ti",)), ("visits_by_language", ("ar",)),
              ("visits_by_language_and_age_band", ("ti", "18-26")),
              ("visits_by_language_and_age_band", ("ar", "18-26")),
              ("visits_by_language_and_age_band", ("ti", "27-39")),
              ("visits_by_language_and_age_band", ("ar", "27-39")),
              ("visits_by_age_band", ("18-26",)), ("visits_by_age_band", ("27-39",))}
    ranges = suppressed_ranges(publish(counts, hidden), counts)
    assert ranges[("visits_by_language", ("ti",))] == Bounds(0, 31)
    assert ranges[("visits_by_language_and_age_band", ("ti", "18-26"))] == Bounds(0, 31)
    assert not any(bounds.pinned or bounds.inside(1, 4) for bounds in ranges.values())


def test_a_narrow_range_is_caught_even_when_nothing_is_pinned() -> None:
    # A rectangle of small hidden cells with published margins: 2 can only trade with its neighbours.
    visits = [_visit(n, "de", age_band="40-59") for n in range(20)]
    visits += [_visit(30, "ti", age_band="18-26"), _visit(31, "ti", age_band="18-26"),
               _visit(32, "ti", age_band="27-39"), _visit(33, "fa", age_band="27-39")]
    visits += [_visit(40 + n, "fa", age_band="18-26") for n in range(5)]
    counts = month_counts(visits, [])
    hidden = {("visits_by_language_and_age_band", key)
              for key in [("ti", "18-26"), ("ti", "27-39"), ("fa", "18-26"), ("fa", "27-39")]}
    ranges = suppressed_ranges(publish(counts, hidden), counts)
    assert ranges[("visits_by_language_and_age_band", ("ti", "18-26"))] == Bounds(1, 3)
    assert ranges[("visits_by_language_and_age_band", ("ti", "18-26"))].inside(1, 4)


def test_the_multi_table_is_unbounded_when_its_row_sum_is_hidden() -> None:
    visits = [_visit(n, "de", topics=("housing", "health")) for n in range(12)]
    counts = month_counts(visits, [])
    hidden = {("visits_by_topic", ("health",)), ("visits_by_topic", ("housing",)),
              ("visits_by_topic_and_weekday", ("health", "tue"))}
    ranges = suppressed_ranges(publish(counts, hidden), counts)
    assert ranges[("visits_by_topic_and_weekday", ("health", "tue"))] == Bounds(0, None)
    assert ranges[("visits_by_topic", ("housing",))] == Bounds(12, 12)


# -- the wiring: every table of a report against one linear program of all published equations ------

Name = tuple[str, tuple[str, ...]]


def report_equations(report: MonthlyReport, counts: MonthCounts, knowledge: bool
                     ) -> tuple[list[Name], list[Var], list[list[int]]]:
    """Every cell of every table as a variable, and every sum the attacker knows as an equation.

    Written from the attacker's description again, as one big linear program, so that a mistake in
    how the oracle splits a report into families and lines shows up; ``knowledge`` adds ALL_KNOWLEDGE.
    """
    names: list[Name] = [(table.name, cell.key) for table in report.tables for cell in table.cells]
    index = {name: i for i, name in enumerate(names)}
    variables: list[Var] = []
    for table in report.tables:
        true = counts.tables.get(table.name, {})
        for cell in table.cells:
            variables.append(Var.known(cell.value) if cell.value is not None else Var(true.get(cell.key, 0)))
    totals = {item.key: int(item.value) for item in report.totals}
    equations: list[dict[int, int]] = []

    def add(name: Name, var: Var) -> None:
        index[name] = len(names)
        names.append(name)
        variables.append(var)

    add(("constant", ()), Var.known(1))

    def equation(terms: Sequence[Name], minus: Sequence[Name] = (), constant: int = 0) -> None:
        row = dict.fromkeys((index[name] for name in [*terms, *minus]), 0)
        for name in terms:
            row[index[name]] += 1
        for name in minus:
            row[index[name]] -= 1
        row[index[("constant", ())]] = -constant
        equations.append(row)

    def cells(table: str) -> list[Name]:
        return [(table, cell.key) for cell in report.table(table).cells]

    for table in ("visits_by_language", "visits_by_age_band", "visits_by_gender", "visits_by_weekday"):
        equation(cells(table), constant=totals["visits"])
    equation(cells("visits_by_visitor_type"), constant=totals["visits"] - totals["visits_anonymous"])
    equation(cells("referrals_by_category_and_status"), constant=totals["referrals"])
    cross = cells("visits_by_language_and_age_band")
    for (_, (language,)) in cells("visits_by_language"):
        equation([name for name in cross if name[1][0] == language], [("visits_by_language", (language,))])
    for (_, (age_band,)) in cells("visits_by_age_band"):
        equation([name for name in cross if name[1][1] == age_band], [("visits_by_age_band", (age_band,))])
    cross = cells("visits_by_topic_and_weekday")
    for (_, (topic,)) in cells("visits_by_topic"):
        equation([name for name in cross if name[1][0] == topic], [("visits_by_topic", (topic,))])
    if knowledge:
        visits, n_topics = totals["visits"], len(cells("visits_by_topic"))

        def bound(name: Name, low: int = 0, high: int | None = None) -> None:
            var = variables[index[name]]
            if not var.fixed:
                variables[index[name]] = Var(var.value, low, high)

        bound(("visits_by_gender", ("not_stated",)), totals["visits_anonymous"])
        bound(("visits_by_age_band", ("not_stated",)), totals["visits_anonymous"])
        bound(("visits_by_visitor_type", ("new",)), totals["visitors_new"])
        bound(("visits_by_visitor_type", ("returning",)), totals["visitors_distinct"] - totals["visitors_new"])
        for name in cells("visits_by_topic"):
            bound(name, 0, visits)
        # A weekday's topic count: unpublished, between its visits and 13 times as many.
        weekdays = {key[0]: report.table("visits_by_weekday").cell(*key).value
                    for _, key in cells("visits_by_weekday")}
        true = counts.tables.get("visits_by_topic_and_weekday", {})
        for weekday, day in weekdays.items():
            column = [name for name in cross if name[1][1] == weekday]
            for name in column:
                bound(name, 0, visits if day is None else day)
            value = sum(true.get(name[1], 0) for name in column)
            add(("column", (weekday,)), Var(value, 0, n_topics * visits) if day is None
                else Var(value, day, n_topics * day))
            equation(column, [("column", (weekday,))])
        add(("topics", ()), Var(sum(true.values()), visits, n_topics * visits))
        equation([("column", (weekday,)) for weekday in weekdays], [("topics", ())])
    return names, variables, [[row.get(i, 0) for i in range(len(variables))] for row in equations]


@settings(max_examples=25, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(month_shapes(max_visits=120), st.sampled_from([0.05, 0.15, 0.4]), st.booleans(),
       st.randoms(use_true_random=False))
def test_report_ranges_equal_linear_programming(shape: MonthShape, hide: float, knowledge: bool,
                                                rng: Random) -> None:
    counts = build_month(shape)
    cells = [(table.name, cell.key) for table in publish(counts, set()).tables for cell in table.cells]
    report = publish(counts, {name for name in cells if rng.random() < hide})
    names, variables, equations = report_equations(report, counts, knowledge)
    tables = {table.name for table in report.tables}
    # The cells come first among the variables, the weekdays' topic counts (not cells) last.
    hidden = [i for i, var in enumerate(variables) if not var.fixed and names[i][0] in tables]
    chosen = sorted(rng.sample(range(len(hidden)), min(15, len(hidden))))
    expected = dict(zip([names[hidden[i]] for i in chosen], lp_bounds(variables, equations, set(chosen)),
                        strict=True))
    ranges = suppressed_ranges(report, counts, ALL_KNOWLEDGE if knowledge else ())
    assert set(ranges) == {names[i] for i in hidden}
    assert {name: ranges[name] for name in expected} == expected
