"""Small-cell suppression: the published numbers of a month never single anyone out.

The algorithm, in the order it runs:

1. A month with fewer than 2k visits publishes its totals and no table.
2. **Primary suppression:** every count from 1 to k-1 is hidden. In a table whose total is below k,
   every non-zero count is hidden. Zeros are published: a zero reveals nobody.
3. **Complementary suppression,** so that no hidden cell can be worked out from what is published.
   A cross table and the one-way tables that are its row and column sums (language x age band with
   the tables by language and by age band) form one grid with margins and are protected together;
   sums that are not published (the row sums of referrals by category, say) are protected as if they
   were, which only makes the attacker weaker than the one we protect against.
   a. No line of a published table (each row and column of a cross table, each one-way table) shows
      exactly one hidden cell: its smallest other cell with room above k is hidden with it.
   b. Every hidden cell is then checked exactly against three attackers, each knowing more:
      - the numbers: it must be able to be 0 or at least k, and more than one value;
      - the numbers and the counting rules (anonymous visits are "age/gender not stated", a visit has
        at least one topic, so a topic has no more visits on a weekday than that weekday had, ...):
        a small count must still be able to be 0 or at least k;
      - also the labels the format publishes ("primary" = 1..k-1, "complementary" = 0 or >= k): a
        small count must not be pinned to one value. (Where the labels alone pin it, no hiding helps.)
      A grid with margins is a circulation (every line adds up), so a cell can change by d exactly
      when d units can flow round a cycle of hidden cells within their bounds: a small max-flow
      question. An unprotected cell gets the cheapest cycle of cells that lets it move far enough
      (Dijkstra over the grid; a rectangle is the shortest such cycle), all of them hidden.
   Step (b) repeats until every hidden cell passes, so the output is protected by construction;
   tests/domain/test_suppression_property.py checks 10,000 random months with an independent solver.

Merging (domain/report_merge.py) adds known cells, hides a cell with any hidden part and applies the
rules again to the sums (a larger k across sites can make new small cells); parts nobody knows are
held fixed in the checks.
"""

from __future__ import annotations

import heapq
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from datetime import date

from welcome_point.domain.report import (
    COMPLEMENTARY,
    DIMENSIONS,
    PRIMARY,
    TABLE_SPECS,
    TOTAL_KEYS,
    Cell,
    Key,
    MonthCounts,
    MonthlyReport,
    Table,
    TableSpec,
    Total,
    check_k,
)

_UNBOUNDED = 1 << 62
# What the attacker is assumed to know, from least to most: the published numbers and how the
# tables add up; also the facts of the counting rules; also the labels primary/complementary.
_BASIC, _FACTS, _LABELS = 0, 1, 2
Position = tuple[int, int]


def anonymise(counts: MonthCounts, k: int, generated: date) -> MonthlyReport:
    """The publishable report of one month: rules 1-3 of the module's description."""
    check_k(k)
    totals = tuple(Total(key, total_value(key, counts.totals[key])) for key in TOTAL_KEYS)
    tables: tuple[Table, ...] = ()
    if int(counts.totals["visits"]) >= 2 * k:
        tables = suppress_tables(
            {spec.name: _values(spec, counts.tables.get(spec.name, {})) for spec in TABLE_SPECS},
            {spec.name: counts.table_total(spec) for spec in TABLE_SPECS},
            {key: int(counts.totals[key]) for key in FACT_KEYS}, k)
    return MonthlyReport(counts.site, counts.sites, counts.period, generated, k, totals, tables)


def total_value(key: str, value: int | float) -> int | float:
    return round(float(value), 1) if key == "volunteer_hours" else int(value)


def _values(spec: TableSpec, cells: Mapping[Key, int]) -> dict[Key, int | None]:
    return {key: int(cells.get(key, 0)) for key in spec.cell_keys()}


FACT_KEYS = ("visits", "visits_anonymous", "visitors_new", "visitors_distinct")
_NOT_STATED = "not_stated"


def _line_facts(name: str, figures: Mapping[str, int]) -> dict[Key, tuple[int, int]]:
    """What the counting rules tell anyone about a one-way table, beyond its cells and total."""
    if name == "visits_by_gender":  # an anonymous visit counts as gender "not stated"
        return {(_NOT_STATED,): (figures["visits_anonymous"], _UNBOUNDED)}
    if name == "visits_by_visitor_type":  # every new card made a new visit; every other card a return
        return {("new",): (figures["visitors_new"], _UNBOUNDED),
                ("returning",): (figures["visitors_distinct"] - figures["visitors_new"], _UNBOUNDED)}
    return {}


def suppress_tables(values: Mapping[str, Mapping[Key, int | None]], totals: Mapping[str, int | None],
                     figures: Mapping[str, int], k: int) -> tuple[Table, ...]:
    """Suppress every table of TABLE_SPECS; ``None`` values are cells already hidden (a merge).

    ``figures`` are the published key figures the counting rules tie to the tables (anonymous
    visits are "not stated"; a visit has at least one topic, so no topic has more visits on a
    weekday than that weekday had): the checks give the attacker these facts too.
    """
    hidden: dict[str, dict[Key, str]] = {}
    small_tables = {name for name, total in totals.items() if total is not None and total < k}
    in_grids = {name for spec in TABLE_SPECS if len(spec.dimensions) == 2
                for name in (spec.name, *spec.margins) if name}
    for spec in TABLE_SPECS:
        if spec.name not in in_grids:
            hidden[spec.name] = _suppress_line(values[spec.name], k, spec.name in small_tables,
                                               _line_facts(spec.name, figures))
    for spec in TABLE_SPECS:
        if len(spec.dimensions) == 2:
            grid = _Grid.build(spec, values, totals, k, small_tables)
            grid.add_facts(spec, values, hidden, figures)
            grid.suppress()
            hidden.update(grid.hidden_by_table())
    return tuple(_table(spec, values[spec.name], hidden[spec.name], totals[spec.name], k)
                 for spec in TABLE_SPECS)


def _is_small(value: int | None, k: int, small_table: bool) -> bool:
    return value is None or (0 < value < k) or (small_table and value > 0)


def _suppress_line(values: Mapping[Key, int | None], k: int, small_table: bool,
                   facts: Mapping[Key, tuple[int, int]]) -> dict[Key, str]:
    """A one-way table with a known total: hide partners until no hidden cell can be worked out.

    By the numbers (and ``facts``, bounds anyone can derive), a hidden cell ranges over what its
    total minus the other hidden cells' bounds leave; it must reach 0 or k and hold more than one
    value. By the labels (primary = 1..k-1, complementary = 0 or >= k), a small cell must still be
    able to move by one against another hidden cell: in practice a partner above k.
    """
    hidden = {key: PRIMARY for key, value in values.items() if _is_small(value, k, small_table)}

    def value(key: Key) -> int:
        return values[key] or 0

    def bounds(key: Key, model: int) -> tuple[int, int]:
        low, high = (0, _UNBOUNDED) if model == _BASIC else facts.get(key, (0, _UNBOUNDED))
        if model == _LABELS:
            if hidden.get(key) == PRIMARY:
                return max(low, 1), min(high, k - 1)
            return (0, 0) if value(key) == 0 else (max(low, k), high)
        return low, high

    def others(key: Key) -> list[Key]:
        return [o for o in hidden if o != key and values[o] is not None]

    def span(key: Key, model: int) -> tuple[int, int]:
        rest = value(key) + sum(value(o) for o in others(key))
        low, high = bounds(key, model)
        low = max(low, rest - sum(min(bounds(o, model)[1], rest) for o in others(key)))
        high = min(high, rest - sum(bounds(o, model)[0] for o in others(key)))
        return low, high

    def safe(key: Key) -> bool:
        if values[key] is None:
            return True  # a merged cell nobody knows
        low, high = span(key, _BASIC)
        if not (low < high and (low == 0 or high >= k)):
            return False
        if not 0 < value(key) < k:
            return True
        low, high = span(key, _FACTS)
        if not (low == 0 or high >= k):
            return False
        if hidden.get(key) != PRIMARY:
            return True
        low, high = bounds(key, _LABELS)
        up = value(key) < high and any(value(o) > bounds(o, _LABELS)[0] for o in others(key))
        down = value(key) > low and any(value(o) < bounds(o, _LABELS)[1] for o in others(key))
        return up or down

    while hidden:
        free = [key for key in values if key not in hidden and values[key] is not None]
        if not free:
            break
        if len(hidden) == 1:
            # The smallest partner that has room above k; a zero only when there is none.
            roomy = [key for key in free if value(key) > k]
            hidden[min(roomy or free, key=lambda key: (value(key), free.index(key)))] = COMPLEMENTARY
            continue
        if all(safe(key) for key in hidden):
            break
        hidden[max(free, key=lambda key: (value(key), -free.index(key)))] = COMPLEMENTARY
    return hidden


def _table(spec: TableSpec, values: Mapping[Key, int | None], hidden: Mapping[Key, str],
           total: int | None, k: int) -> Table:
    cells = tuple(Cell(key, None, hidden[key]) if key in hidden else Cell(key, values[key])
                  for key in spec.cell_keys())
    published_total = None if spec.multi or total is None or total < k else total
    return Table(spec.name, spec.dimensions, published_total, spec.multi, cells)


class _Grid:
    """A cross table with its row sums (column ``C``), column sums (row ``R``) and grand total.

    As a circulation: row index i is node i (R is the node "T"), column index j is node R+1+j
    (C is the node "S"); cell (i, j) is an arc from row node to column node when both or neither
    index is a margin, else the other way round. Flow conservation is then exactly "every line
    adds up", and hidden cells are the arcs whose flow an attacker does not know.
    """

    def __init__(self, values: list[list[int | None]], small: set[Position], k: int,
                 names: tuple[str, str | None, str | None], keys: tuple[tuple[Key, ...], tuple[Key, ...]],
                 ) -> None:
        self.values = values
        self.rows = len(values) - 1
        self.cols = len(values[0]) - 1
        self.k = k
        self.names = names
        self.keys = keys
        self.hidden: dict[Position, str] = {position: PRIMARY for position in small}
        self.facts: dict[Position, tuple[int, int]] = {}

    @classmethod
    def build(cls, spec: TableSpec, values: Mapping[str, Mapping[Key, int | None]],
              totals: Mapping[str, int | None], k: int, small_tables: set[str]) -> _Grid:
        rows_vocab = DIMENSIONS[spec.dimensions[0]].codes
        cols_vocab = DIMENSIONS[spec.dimensions[1]].codes
        cells = values[spec.name]
        grid: list[list[int | None]] = [[cells[(r, c)] for c in cols_vocab] + [0] for r in rows_vocab]
        grid.append([0] * (len(cols_vocab) + 1))
        row_table, col_table = spec.margins
        for i, code in enumerate(rows_vocab):
            grid[i][-1] = (values[row_table][(code,)] if row_table
                           else _line_sum(grid[i][:-1]))
        for j, code in enumerate(cols_vocab):
            grid[-1][j] = (values[col_table][(code,)] if col_table
                           else _line_sum([grid[i][j] for i in range(len(rows_vocab))]))
        total = totals[spec.name]
        grid[-1][-1] = total if total is not None else _line_sum(grid[-1][:-1])
        small_table = spec.name in small_tables
        small = {(i, j) for i, line in enumerate(grid) for j, value in enumerate(line)
                 if (i, j) != (len(rows_vocab), len(cols_vocab)) and _is_small(value, k, small_table)}
        keys = (tuple((code,) for code in rows_vocab), tuple((code,) for code in cols_vocab))
        return cls(grid, small, k, (spec.name, row_table, col_table), keys)

    def add_facts(self, spec: TableSpec, values: Mapping[str, Mapping[Key, int | None]],
                  hidden: Mapping[str, Mapping[Key, str]], figures: Mapping[str, int]) -> None:
        """Bounds on cells that the counting rules give anyone (see ``_suppress_tables``)."""
        col_codes = DIMENSIONS[spec.dimensions[1]].codes
        if spec.dimensions == ("language", "age_band"):
            self.facts[(self.rows, col_codes.index(_NOT_STATED))] = (figures["visits_anonymous"], _UNBOUNDED)
        if spec.dimensions == ("topic", "weekday"):
            topics, visits = len(DIMENSIONS["topic"]), figures["visits"]
            for i in range(self.rows):
                self.facts[(i, self.cols)] = (0, visits)
            for j, code in enumerate(col_codes):
                day = values["visits_by_weekday"][(code,)]
                if day is None or (code,) in hidden.get("visits_by_weekday", {}):
                    continue
                for i in range(self.rows):
                    self.facts[(i, j)] = (0, day)
                self.facts[(self.rows, j)] = (day, topics * day)

    # -- the circulation ---------------------------------------------------------------------
    def _arc(self, position: Position) -> tuple[int, int]:
        i, j = position
        row_node, col_node = i, self.rows + 1 + j
        same = (i < self.rows) == (j < self.cols)
        return (row_node, col_node) if same else (col_node, row_node)

    def _bounds(self, position: Position, model: int) -> tuple[int, int]:
        """The values the attacker allows a hidden cell (or one about to be hidden, as complementary).

        By the numbers, any count from 0 up; the counting rules' facts narrow some cells. The
        labels say "primary" is 1..k-1 and "complementary" 0 or at least k; a complementary zero
        is then taken as fixed (the convex part of what is allowed), so the check can only ask for
        more protection, never less.
        """
        low, high = (0, _UNBOUNDED) if model == _BASIC else self.facts.get(position, (0, _UNBOUNDED))
        if model != _LABELS or not self._published(position):
            return low, high
        if self.hidden.get(position) == PRIMARY:
            return max(low, 1), min(high, self.k - 1)
        return (0, 0) if self._value(position) == 0 else (max(low, self.k), high)

    def _residual(self, skip: Position, model: int) -> dict[int, dict[int, int]]:
        """Residual capacities of the hidden arcs round the true values, without ``skip``."""
        graph: dict[int, dict[int, int]] = {}
        for position in self.hidden:
            if position == skip:
                continue
            u, v = self._arc(position)
            down, up = self._room(position, model)
            graph.setdefault(u, {})
            graph.setdefault(v, {})
            graph[u][v] = graph[u].get(v, 0) + up
            graph[v][u] = graph[v].get(u, 0) + down
        return graph

    @staticmethod
    def _can_push(graph: dict[int, dict[int, int]], source: int, sink: int, amount: int) -> bool:
        """Whether ``amount`` units can flow from source to sink (Edmonds-Karp, stops when enough)."""
        if amount <= 0:
            return True
        if source not in graph or sink not in graph:
            return False
        pushed = 0
        while pushed < amount:
            parents: dict[int, int] = {source: source}
            queue = deque([source])
            while queue and sink not in parents:
                node = queue.popleft()
                for nxt, capacity in graph[node].items():
                    if capacity > 0 and nxt not in parents:
                        parents[nxt] = node
                        queue.append(nxt)
            if sink not in parents:
                return False
            bottleneck = amount - pushed
            node = sink
            while node != source:
                bottleneck = min(bottleneck, graph[parents[node]][node])
                node = parents[node]
            node = sink
            while node != source:
                parent = parents[node]
                graph[parent][node] -= bottleneck
                graph[node][parent] = graph[node].get(parent, 0) + bottleneck
                node = parent
            pushed += bottleneck
        return True

    def _can_change(self, position: Position, delta: int, model: int) -> bool:
        low, high = self._bounds(position, model)
        if not low <= self._value(position) + delta <= high:
            return False
        u, v = self._arc(position)
        graph = self._residual(position, model)
        # More flow on u->v needs the same amount back from v to u round a cycle, and vice versa.
        return self._can_push(graph, v, u, delta) if delta > 0 else self._can_push(graph, u, v, -delta)

    def _needs(self, position: Position) -> tuple[int, list[tuple[int, int]]] | None:
        """The first model under which the hidden cell is not protected, and the moves that would do.

        By the numbers it must reach 0 or k and hold more than one value; with the counting rules'
        facts a small count must still reach 0 or k (a hidden zero pinned at 0 reveals nobody); with
        the labels a small count must not be pinned. Each answer is a list of (direction, amount).
        """
        value = self._value(position)
        if value == 0:
            basic = [(1, 1)]
        elif value < self.k:
            basic = [(-1, value), (1, self.k - value)]
        else:
            basic = [(-1, 1), (1, 1)]
        if not any(self._can_change(position, d * n, _BASIC) for d, n in basic):
            return _BASIC, basic
        if 0 < value < self.k:
            small = [(-1, value), (1, self.k - value)]
            if not any(self._can_change(position, d * n, _FACTS) for d, n in small):
                return _FACTS, small
            if self.hidden.get(position) == PRIMARY:
                one = [(-1, 1), (1, 1)]
                if not any(self._can_change(position, d * n, _LABELS) for d, n in one):
                    return _LABELS, one
        return None

    def protected(self, position: Position) -> bool:
        if self.values[position[0]][position[1]] is None:
            return True  # unknown to us as well (a merge): nothing to recompute
        return self._needs(position) is None

    # -- choosing complementary cells ---------------------------------------------------------
    def _lines(self) -> Iterable[list[Position]]:
        corner = (self.rows, self.cols)
        for i in range(self.rows + 1):
            yield [(i, j) for j in range(self.cols + 1) if (i, j) != corner]
        for j in range(self.cols + 1):
            yield [(i, j) for i in range(self.rows + 1) if (i, j) != corner]

    def _cost(self, position: Position) -> tuple[int, int]:
        """Hide small interior cells first: margins are the one-way tables people read most."""
        value = self._value(position)
        margin = position[0] == self.rows or position[1] == self.cols
        return (2 if margin else 1) * (value + 1), position[0] * 1000 + position[1]

    def _partner_cost(self, position: Position) -> tuple[int, int, int]:
        """A partner above k has room to move; a hidden zero (labelled complementary) has none."""
        return (0 if self._value(position) > self.k else 1, *self._cost(position))

    def _published(self, position: Position) -> bool:
        i, j = position
        if i < self.rows and j < self.cols:
            return True
        return bool(self.names[1] if j == self.cols else self.names[2])

    def _published_lines(self) -> Iterable[list[Position]]:
        """The lines a reader sees: each row and column of the cross table, and each margin table."""
        rows, cols = range(self.rows), range(self.cols)
        yield from ([(i, j) for j in cols] for i in rows)
        yield from ([(i, j) for i in rows] for j in cols)
        if self.names[1]:
            yield [(i, self.cols) for i in rows]
        if self.names[2]:
            yield [(self.rows, j) for j in cols]

    def _line_rule(self) -> bool:
        """No line of a published table shows exactly one hidden cell."""
        changed = False
        for line in self._published_lines():
            if sum(1 for position in line if position in self.hidden) == 1:
                free = [position for position in line if position not in self.hidden]
                if free:
                    self.hidden[min(free, key=self._partner_cost)] = COMPLEMENTARY
                    changed = True
        return changed

    def _value(self, position: Position) -> int:
        value = self.values[position[0]][position[1]]
        return 0 if value is None else value

    def _room(self, position: Position, model: int) -> tuple[int, int]:
        """How far a cell may fall and rise; a cell nobody knows (a merge) is left where it is."""
        if self.values[position[0]][position[1]] is None:
            return 0, 0
        value = self._value(position)
        low, high = self._bounds(position, model)
        return value - low, high - value

    def _cheapest_cycle(self, position: Position, direction: int, need: int,
                        model: int) -> tuple[int, list[Position]] | None:
        """The cheapest cycle that moves ``position`` by ``need`` in ``direction`` (Dijkstra).

        Moving a cell along its arc raises it, against its arc lowers it; a hidden cell costs
        nothing to use, a published one what hiding it would cost.
        """
        u, v = self._arc(position)
        start, goal = (v, u) if direction > 0 else (u, v)
        corner = (self.rows, self.cols)
        steps: dict[int, list[tuple[int, int, Position]]] = {}
        for i in range(self.rows + 1):
            for j in range(self.cols + 1):
                cell = (i, j)
                if cell in (position, corner):
                    continue
                down, up = self._room(cell, model)
                a, b = self._arc(cell)
                cost = 0 if cell in self.hidden else self._cost(cell)[0]
                if up >= need:
                    steps.setdefault(a, []).append((b, cost, cell))
                if down >= need:
                    steps.setdefault(b, []).append((a, cost, cell))
        best: dict[int, int] = {start: 0}
        came: dict[int, tuple[int, Position]] = {}
        queue = [(0, start)]
        while queue:
            cost, node = heapq.heappop(queue)
            if node == goal:
                path = []
                while node != start:
                    node, cell = came[node]
                    path.append(cell)
                return cost, path
            if cost > best[node]:
                continue
            for nxt, step, cell in steps.get(node, ()):
                if cost + step < best.get(nxt, _UNBOUNDED):
                    best[nxt] = cost + step
                    came[nxt] = (node, cell)
                    heapq.heappush(queue, (cost + step, nxt))
        return None

    def _protect(self, position: Position) -> None:
        """Hide the cheapest cycle of cells round which ``position`` can move far enough."""
        needs = self._needs(position)
        if needs is None:
            return
        model, options = needs
        down, up = self._room(position, model)
        found = [cycle for direction, need in options if (down if direction < 0 else up) >= need
                 and (cycle := self._cheapest_cycle(position, direction, need, model)) is not None]
        if found:
            for cell in min(found)[1]:
                self.hidden.setdefault(cell, COMPLEMENTARY)
            return
        # No cycle has room yet: hide the largest cell of its lines (inside the cross table first),
        # which gives the next search more room; the caller asks again.
        corner = (self.rows, self.cols)
        near = [c for line in self._lines() if position in line for c in line]
        anywhere = [(i, j) for i in range(self.rows + 1) for j in range(self.cols + 1)]
        for cells in (near, anywhere):
            free = [c for c in cells if c not in self.hidden and c != corner and self._value(c) > 0]
            if free:
                best = max(free, key=lambda c: (c[0] < self.rows and c[1] < self.cols, self._value(c),
                                                -c[0], -c[1]))
                self.hidden[best] = COMPLEMENTARY
                return

    def suppress(self) -> None:
        if not self.hidden:
            return
        # Hiding more only widens what is allowed: a cell once protected stays so.
        verified: set[Position] = set()
        while True:
            while self._line_rule():
                pass
            weak = None
            for position in sorted(self.hidden):
                if position in verified:
                    continue
                if not self.protected(position):
                    weak = position
                    break
                verified.add(position)
            if weak is None:
                return
            before = len(self.hidden)
            self._protect(weak)
            if len(self.hidden) == before:
                verified.add(weak)  # no cycle exists (a table of zeros and ones): as good as it gets

    def hidden_by_table(self) -> dict[str, dict[Key, str]]:
        name, row_table, col_table = self.names
        row_keys, col_keys = self.keys
        result: dict[str, dict[Key, str]] = {name: {}}
        for (i, j), kind in self.hidden.items():
            if i < self.rows and j < self.cols:
                result[name][row_keys[i] + col_keys[j]] = kind
            elif j == self.cols and row_table:
                result.setdefault(row_table, {})[row_keys[i]] = kind
            elif i == self.rows and col_table:
                result.setdefault(col_table, {})[col_keys[j]] = kind
        for margin in (row_table, col_table):
            if margin:
                result.setdefault(margin, {})
        return result


def _line_sum(values: Sequence[int | None]) -> int | None:
    return None if any(value is None for value in values) else sum(v for v in values if v is not None)


__all__ = ["FACT_KEYS", "anonymise", "suppress_tables", "total_value"]
