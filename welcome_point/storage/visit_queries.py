"""SQL of the visits page: every visit, filtered, sorted and paged by SQLite, never in Python.

Paging is keyset paging: a page starts after the (sort value, id) of the last row already shown,
so page 5,000 costs what page 1 costs (OFFSET would read and skip every row before it).

Sorting by arrival walks ``ix_visits_arrived`` backwards or forwards; its entries are ordered by
(arrived_at, rowid), so ties come ordered by id without a sort step, and a page stops reading as
soon as it is full. Filters on language, topic and volunteer are checked per row on that walk
(topic and volunteer as EXISTS probes into the primary keys of visit_topics and
visit_volunteers), so a common filter reads a few hundred index entries per page. A rare
combination over years of visits reads more (about 0.3 s for a million visits); the page runs
its queries off the UI thread.

The other sort keys (waiting time, duration, group size) have no index: SQLite reads the whole
date range and keeps the best rows in a sorter, per page. That is bounded: such a sort is refused
with a ValidationError when the date range holds more than ``SORT_LIMIT`` visits (a capped count
that reads at most that many index entries). At 100,000 visits a page costs about 35 ms; a desk
with 25,000 visits a year never meets the limit with less than four years selected.

What a row carries is chosen for a screen that faces the public: never a card code, only whether
the visitor came anonymously, for the first time, or again.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, NamedTuple, Protocol

from sqlalchemy import ColumnElement, Integer, Select, cast, exists, func, select, tuple_
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from welcome_point.domain import vocabulary as v
from welcome_point.domain.errors import ValidationError
from welcome_point.storage.tables import (
    ReferralRow,
    VisitRow,
    VisitTopicRow,
    VisitVolunteerRow,
    VolunteerRow,
)

SORT_KEYS = ("arrived_at", "waiting", "duration", "group_size")
INDEXED_SORT_KEYS = frozenset({"arrived_at"})
SORT_LIMIT = 100_000
VISITOR_ANONYMOUS = "anonymous"
VISITOR_FIRST = "first"
VISITOR_RETURNING = "returning"
VISITOR_KINDS = (VISITOR_FIRST, VISITOR_RETURNING, VISITOR_ANONYMOUS)
MAX_PAGE = 5_000


class SortTooWideError(ValidationError):
    """A sort without an index over more visits than ``SORT_LIMIT``: the user narrows the dates."""

    def __init__(self, key: str) -> None:
        super().__init__(f"Sorting by {key.replace('_', ' ')} works on at most {SORT_LIMIT:,} visits; "
                         "choose a shorter date range.", "sort")
        self.key = key


@dataclass(frozen=True, slots=True)
class VisitFilter:
    """Which visits the list shows. Dates are inclusive local days; None means no limit."""

    date_from: date | None = None
    date_to: date | None = None
    topic: str | None = None
    language: str | None = None
    volunteer_id: int | None = None

    def __post_init__(self) -> None:
        v.require(v.TOPICS, self.topic, optional=True)
        v.require(v.LANGUAGES, self.language, optional=True)
        if self.date_from is not None and self.date_to is not None and self.date_from > self.date_to:
            raise ValidationError("the start date lies after the end date", "date_from")


@dataclass(frozen=True, slots=True)
class VisitSort:
    key: str = "arrived_at"
    ascending: bool = False  # newest first

    def __post_init__(self) -> None:
        if self.key not in SORT_KEYS:
            raise ValidationError(f"visits cannot be sorted by {self.key[:20]!r}", "sort")

    @property
    def indexed(self) -> bool:
        return self.key in INDEXED_SORT_KEYS


class Keyed(Protocol):
    """What keyset paging needs of the last row shown (a VisitLine or the service's row)."""

    @property
    def id(self) -> int: ...
    @property
    def arrived_at(self) -> datetime: ...
    @property
    def waiting_minutes(self) -> int | None: ...
    @property
    def duration_minutes(self) -> int | None: ...
    @property
    def group_size(self) -> int: ...


class VisitLine(NamedTuple):
    id: int
    arrived_at: datetime
    waiting_minutes: int | None  # None: the conversation never started
    duration_minutes: int | None
    language: str
    group_size: int
    interpreter_needed: bool
    outcome: str
    topics: tuple[str, ...]  # in vocabulary order
    volunteers: tuple[str, ...]  # display names, sorted
    referrals: int
    visitor: str  # one of VISITOR_KINDS


Column = ColumnElement[Any] | InstrumentedAttribute[Any]


def _minutes(start: Column, end: Column) -> ColumnElement[int]:
    # Whole minutes, rounded the same way for the sort and for the cell that shows them.
    return cast(func.round((func.julianday(end) - func.julianday(start)) * 1440), Integer)


WAITING = _minutes(VisitRow.arrived_at, VisitRow.started_at)
DURATION = _minutes(VisitRow.started_at, VisitRow.ended_at)
# Missing times sort as -1: below every real value, and comparable in a keyset condition.
_SORT_EXPRESSIONS: dict[str, Column] = {
    "arrived_at": VisitRow.arrived_at,
    "waiting": func.coalesce(WAITING, -1),
    "duration": func.coalesce(DURATION, -1),
    "group_size": VisitRow.group_size,
}


def sort_value(key: str, row: Keyed) -> object:
    """The value of ``row`` under the sort expression of ``key`` (as _SORT_EXPRESSIONS computes it)."""
    if key == "arrived_at":
        return row.arrived_at
    if key == "waiting":
        return -1 if row.waiting_minutes is None else row.waiting_minutes
    if key == "duration":
        return -1 if row.duration_minutes is None else row.duration_minutes
    return row.group_size


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time.min)


def _date_conditions(criteria: VisitFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if criteria.date_from is not None:
        conditions.append(VisitRow.arrived_at >= _day_start(criteria.date_from))
    if criteria.date_to is not None and criteria.date_to < date.max:
        conditions.append(VisitRow.arrived_at < _day_start(criteria.date_to + timedelta(days=1)))
    return conditions


def _conditions(criteria: VisitFilter) -> list[ColumnElement[bool]]:
    conditions = _date_conditions(criteria)
    if criteria.language is not None:
        conditions.append(VisitRow.language == criteria.language)
    if criteria.topic is not None:
        conditions.append(exists().where(VisitTopicRow.visit_id == VisitRow.id,
                                         VisitTopicRow.topic == criteria.topic))
    if criteria.volunteer_id is not None:
        conditions.append(exists().where(VisitVolunteerRow.visit_id == VisitRow.id,
                                         VisitVolunteerRow.volunteer_id == criteria.volunteer_id))
    return conditions


_BASE_COLUMNS = (VisitRow.id, VisitRow.arrived_at, WAITING, DURATION, VisitRow.language, VisitRow.group_size,
                 VisitRow.interpreter_needed, VisitRow.outcome, VisitRow.visitor_id)


class SqlVisitListRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def _ordered(self, criteria: VisitFilter, order: VisitSort,
                 after: Keyed | None) -> Select[*tuple[Any, ...]]:
        if not order.indexed and self.range_size(criteria, SORT_LIMIT) > SORT_LIMIT:
            raise SortTooWideError(order.key)
        expression = _SORT_EXPRESSIONS[order.key]
        query = select(*_BASE_COLUMNS).where(*_conditions(criteria))
        if after is not None:
            key = tuple_(expression, VisitRow.id)
            last = (sort_value(order.key, after), after.id)
            query = query.where(key > last if order.ascending else key < last)
        if order.ascending:
            return query.order_by(expression.asc(), VisitRow.id.asc())
        return query.order_by(expression.desc(), VisitRow.id.desc())

    def page(self, criteria: VisitFilter, order: VisitSort, after: Keyed | None = None,
             limit: int = 200) -> list[VisitLine]:
        """At most ``limit`` visits in ``order``, starting after the row ``after``."""
        if not 1 <= limit <= MAX_PAGE:
            raise ValueError(f"a page holds 1 to {MAX_PAGE} rows")
        rows = self._session.execute(self._ordered(criteria, order, after).limit(limit)).all()
        return self._complete(rows)

    def stream(self, criteria: VisitFilter, order: VisitSort, batch: int = 1000) -> Iterator[list[VisitLine]]:
        """Every matching visit in ``order``, in batches, from one query (one sort, one snapshot)."""
        query = self._ordered(criteria, order, None).execution_options(yield_per=batch)
        result = self._session.execute(query)
        for rows in result.partitions():
            yield self._complete(rows)

    def _complete(self, rows: Sequence[Any]) -> list[VisitLine]:
        """Topics, volunteers, referrals and returning visitors of one page, in four indexed lookups."""
        if not rows:
            return []
        ids = [row.id for row in rows]
        topics: dict[int, list[str]] = {}
        for visit_id, topic in self._session.execute(
                select(VisitTopicRow.visit_id, VisitTopicRow.topic).where(VisitTopicRow.visit_id.in_(ids))):
            topics.setdefault(visit_id, []).append(topic)
        helpers: dict[int, list[str]] = {}
        for visit_id, name in self._session.execute(
                select(VisitVolunteerRow.visit_id, VolunteerRow.display_name)
                .join(VolunteerRow, VolunteerRow.id == VisitVolunteerRow.volunteer_id)
                .where(VisitVolunteerRow.visit_id.in_(ids))):
            helpers.setdefault(visit_id, []).append(name)
        referrals = {visit_id: count for visit_id, count in self._session.execute(
            select(ReferralRow.visit_id, func.count()).where(ReferralRow.visit_id.in_(ids))
            .group_by(ReferralRow.visit_id))}
        # Returning: the same card was seen before this visit (ix_visits_visitor answers that).
        earlier = aliased(VisitRow)
        before = tuple_(earlier.arrived_at, earlier.id) < tuple_(VisitRow.arrived_at, VisitRow.id)
        returning = set(self._session.scalars(
            select(VisitRow.id).where(
                VisitRow.id.in_([row.id for row in rows if row.visitor_id is not None]),
                exists().where(earlier.visitor_id == VisitRow.visitor_id, before))))
        return [VisitLine(
            id=row.id, arrived_at=row.arrived_at, waiting_minutes=row[2], duration_minutes=row[3],
            language=row.language, group_size=row.group_size, interpreter_needed=bool(row.interpreter_needed),
            outcome=row.outcome,
            topics=v.TOPICS.ordered(topics.get(row.id, ())),
            volunteers=tuple(sorted(helpers.get(row.id, ()), key=str.casefold)),
            referrals=referrals.get(row.id, 0),
            visitor=(VISITOR_ANONYMOUS if row.visitor_id is None
                     else VISITOR_RETURNING if row.id in returning else VISITOR_FIRST))
            for row in rows]

    def count(self, criteria: VisitFilter) -> int:
        return self._session.scalar(
            select(func.count()).select_from(VisitRow).where(*_conditions(criteria))) or 0

    def range_size(self, criteria: VisitFilter, cap: int) -> int:
        """Visits in the date range of ``criteria`` (its other filters ignored), counted up to ``cap`` + 1."""
        capped = select(VisitRow.id).where(*_date_conditions(criteria)).limit(cap + 1).subquery()
        return self._session.scalar(select(func.count()).select_from(capped)) or 0

    def volunteers(self) -> list[tuple[int, str]]:
        rows = [(volunteer_id, name) for volunteer_id, name in
                self._session.execute(select(VolunteerRow.id, VolunteerRow.display_name))]
        return sorted(rows, key=lambda row: (row[1].casefold(), row[0]))

    def date_span(self) -> tuple[datetime, datetime] | None:
        """The first and the last arrival. Two scalar subqueries: SQLite answers a lone min() or
        max() from the index end, but reads every row for min() and max() in one SELECT."""
        first, last = self._session.execute(select(
            select(func.min(VisitRow.arrived_at)).scalar_subquery(),
            select(func.max(VisitRow.arrived_at)).scalar_subquery())).one()
        return None if first is None or last is None else (first, last)
