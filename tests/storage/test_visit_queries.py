"""The visits list's SQL over real SQLite: filters, sorts, keyset paging, counts and query plans."""

from __future__ import annotations

import random
import re
import sqlite3
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import event

from welcome_point.domain.errors import ValidationError
from welcome_point.domain.models import Organisation, Referral, Site, Visit, Visitor, Volunteer
from welcome_point.domain.vocabulary import TOPICS
from welcome_point.storage import location, visit_queries
from welcome_point.storage.bulk import Dataset, write_dataset
from welcome_point.storage.visit_queries import (
    VISITOR_ANONYMOUS,
    VISITOR_FIRST,
    VISITOR_RETURNING,
    SortTooWideError,
    SqlVisitListRepository,
    VisitFilter,
    VisitSort,
)

DAY = date(2026, 11, 2)
LANGUAGES = ("ar", "uk", "fa", "de")
TOPIC_CODES = ("residence", "housing", "work", "letters", "health")
CODES = ("2P4Z7-GTEQG", "YPV55-WFPMH", "4TP9V-UATEX")


def at(day_offset: int, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(DAY + timedelta(days=day_offset), datetime.min.time()) + timedelta(
        hours=hour, minutes=minute)


def generated_visits(count: int, seed: int = 7) -> list[Visit]:
    """Visits over ten days with many equal arrival times (ties that paging must order by id)."""
    rng = random.Random(seed)
    visits = []
    for visit_id in range(1, count + 1):
        arrived = at(rng.randrange(10), rng.choice((10, 11, 12)), rng.choice((0, 30)))
        started = None if rng.random() < 0.15 else arrived + timedelta(minutes=rng.randrange(0, 40))
        ended = None if started is None else started + timedelta(minutes=rng.randrange(5, 30))
        topics = tuple(rng.sample(TOPIC_CODES, rng.choice((1, 2))))
        visits.append(Visit(
            id=visit_id, site_id=1, arrived_at=arrived, started_at=started, ended_at=ended,
            language=rng.choice(LANGUAGES), topics=topics, group_size=rng.choice((1, 1, 2, 3)),
            visitor_id=rng.choice((None, 1, 2, 3)), interpreter_needed=rng.random() < 0.3,
            volunteer_ids=tuple(rng.sample((1, 2, 3), rng.choice((0, 1, 2))))))
    return visits


def dataset(visits: list[Visit], referrals: tuple[Referral, ...] = ()) -> Dataset:
    return Dataset(
        sites=(Site(id=1, code="T1", name="Test"),),
        organisations=(Organisation(id=1, name="Partner", category="authority"),),
        volunteers=(Volunteer(id=1, display_name="anna Becker", joined_on=DAY),
                    Volunteer(id=2, display_name="Bo Demir", joined_on=DAY),
                    Volunteer(id=3, display_name="Carla Haddad", joined_on=DAY)),
        visitors=tuple(Visitor(id=i + 1, card_code=code, first_seen=DAY) for i, code in enumerate(CODES)),
        visits=tuple(visits), referrals=referrals)


@pytest.fixture
def generated(database):
    visits = generated_visits(57)
    referrals = tuple(Referral(id=i, visit_id=visit_id, organisation_id=1, topic="housing",
                               created_at=at(0, 9)) for i, visit_id in enumerate((3, 3, 8, 20), start=1))
    with database.write() as session:
        write_dataset(session, dataset(visits, referrals))
    return visits


def expected_key(visit: Visit, key: str) -> object:
    if key == "arrived_at":
        return visit.arrived_at
    if key == "group_size":
        return visit.group_size
    span = visit.waiting_time if key == "waiting" else visit.duration
    return -1 if span is None else round(span.total_seconds() / 60)


def matches(visit: Visit, criteria: VisitFilter) -> bool:
    day = visit.arrived_at.date()
    return ((criteria.date_from is None or day >= criteria.date_from)
            and (criteria.date_to is None or day <= criteria.date_to)
            and (criteria.language is None or visit.language == criteria.language)
            and (criteria.topic is None or criteria.topic in visit.topics)
            and (criteria.volunteer_id is None or criteria.volunteer_id in visit.volunteer_ids))


def all_pages(repository: SqlVisitListRepository, criteria: VisitFilter, order: VisitSort, size: int):
    pages, after = [], None
    while True:
        page = repository.page(criteria, order, after, size)
        pages.append(page)
        if len(page) < size:
            return pages
        after = page[-1]


@pytest.mark.parametrize("key", visit_queries.SORT_KEYS)
@pytest.mark.parametrize("ascending", [False, True])
@pytest.mark.parametrize("size", [1, 7, 19, 57, 200])
def test_keyset_pages_cover_every_visit_once_in_order(database, generated, key, ascending, size):
    with database.read() as session:
        pages = all_pages(SqlVisitListRepository(session), VisitFilter(), VisitSort(key, ascending), size)
    ids = [line.id for page in pages for line in page]
    expected = sorted(generated, key=lambda visit: (expected_key(visit, key), visit.id), reverse=not ascending)
    assert ids == [visit.id for visit in expected]
    assert all(len(page) == size for page in pages[:-1])
    assert len(pages[-1]) < size  # a full last page is followed by an empty one, never a repeat


CRITERIA = [
    VisitFilter(),
    VisitFilter(date_from=DAY + timedelta(days=2), date_to=DAY + timedelta(days=4)),
    VisitFilter(date_from=DAY + timedelta(days=3), date_to=DAY + timedelta(days=3)),
    VisitFilter(language="ar"),
    VisitFilter(topic="housing"),
    VisitFilter(volunteer_id=2),
    VisitFilter(date_to=DAY + timedelta(days=5), language="uk", topic="work"),
    VisitFilter(date_from=DAY + timedelta(days=1), topic="letters", volunteer_id=3, language="fa"),
    VisitFilter(language="ti"),  # nobody
    VisitFilter(date_from=DAY + timedelta(days=30)),  # after every visit
]


@pytest.mark.parametrize("criteria", CRITERIA)
def test_filters_page_and_count_agree_with_the_data(database, generated, criteria):
    with database.read() as session:
        repository = SqlVisitListRepository(session)
        pages = all_pages(repository, criteria, VisitSort("waiting", ascending=True), 10)
        count = repository.count(criteria)
    ids = sorted(line.id for page in pages for line in page)
    expected = sorted(visit.id for visit in generated if matches(visit, criteria))
    assert ids == expected
    assert count == len(expected)


def test_a_line_carries_the_facts_of_a_visit_but_no_card_code(database):
    visits = [
        Visit(id=1, site_id=1, arrived_at=at(0, 10), started_at=at(0, 10, 5), ended_at=at(0, 10, 25),
              language="ar", topics=("housing", "residence"), visitor_id=1, volunteer_ids=(2, 1)),
        Visit(id=2, site_id=1, arrived_at=at(0, 11), language="uk", topics=("work",), outcome="come_back"),
        Visit(id=3, site_id=1, arrived_at=at(1, 10), started_at=at(1, 10, 30), ended_at=at(1, 11), language="ar",
              topics=("letters",), visitor_id=1, group_size=3, interpreter_needed=True, outcome="referred"),
        Visit(id=4, site_id=1, arrived_at=at(1, 10), language="de", topics=("other",), visitor_id=2),
    ]
    referrals = tuple(Referral(id=i, visit_id=3, organisation_id=1, topic="letters", created_at=at(1, 11))
                      for i in (1, 2))
    with database.write() as session:
        write_dataset(session, dataset(visits, referrals))
    with database.read() as session:
        lines = {line.id: line for line in SqlVisitListRepository(session).page(VisitFilter(), VisitSort())}
    first = lines[1]
    assert first.arrived_at == at(0, 10)
    assert (first.waiting_minutes, first.duration_minutes) == (5, 20)
    assert first.topics == ("residence", "housing")  # vocabulary order, not the order entered
    assert first.volunteers == ("anna Becker", "Bo Demir")  # by name, whatever the case
    assert (first.referrals, first.visitor) == (0, VISITOR_FIRST)
    assert (lines[2].waiting_minutes, lines[2].duration_minutes, lines[2].visitor) == (None, None,
                                                                                          VISITOR_ANONYMOUS)
    assert lines[2].outcome == "come_back"
    assert lines[2].volunteers == ()
    third = lines[3]
    assert (third.visitor, third.referrals, third.group_size, third.interpreter_needed) == (
        VISITOR_RETURNING, 2, 3, True)
    assert lines[4].visitor == VISITOR_FIRST
    for line in lines.values():
        assert not any(code in str(line) for code in CODES)


def test_ties_in_arrival_are_ordered_by_id(database):
    visits = [Visit(id=i, site_id=1, arrived_at=at(0, 10), language="ar", topics=("work",)) for i in range(1, 6)]
    with database.write() as session:
        write_dataset(session, dataset(visits))
    with database.read() as session:
        repository = SqlVisitListRepository(session)
        newest = repository.page(VisitFilter(), VisitSort(), None, 2)
        rest = repository.page(VisitFilter(), VisitSort(), newest[-1], 10)
    assert [line.id for line in newest + rest] == [5, 4, 3, 2, 1]


def test_date_to_includes_the_whole_last_day(database):
    visits = [Visit(id=1, site_id=1, arrived_at=at(0, 23, 59), language="ar", topics=("work",)),
              Visit(id=2, site_id=1, arrived_at=at(1, 0, 0), language="ar", topics=("work",))]
    with database.write() as session:
        write_dataset(session, dataset(visits))
    with database.read() as session:
        repository = SqlVisitListRepository(session)
        assert [line.id for line in repository.page(VisitFilter(DAY, DAY), VisitSort())] == [1]
        assert repository.count(VisitFilter(DAY + timedelta(days=1), date.max)) == 1


def test_a_sort_without_index_is_refused_over_too_many_visits(database, generated, monkeypatch):
    monkeypatch.setattr(visit_queries, "SORT_LIMIT", 10)
    with database.read() as session:
        repository = SqlVisitListRepository(session)
        with pytest.raises(SortTooWideError) as refused:
            repository.page(VisitFilter(), VisitSort("duration"))
        assert refused.value.field == "sort"
        assert isinstance(refused.value, ValidationError)
        one_day = VisitFilter(DAY + timedelta(days=3), DAY + timedelta(days=3))
        assert repository.range_size(one_day, 10) <= 10
        assert repository.page(one_day, VisitSort("duration"))  # a short period sorts fine
        assert repository.page(VisitFilter(), VisitSort())  # and arrival always does


def test_filter_and_sort_refuse_what_they_cannot_mean():
    with pytest.raises(ValidationError):
        VisitFilter(topic="nonsense")
    with pytest.raises(ValidationError):
        VisitFilter(language="xx")
    with pytest.raises(ValidationError):
        VisitFilter(date_from=DAY, date_to=DAY - timedelta(days=1))
    with pytest.raises(ValidationError):
        VisitSort("card_code")


def test_volunteers_and_date_span(database, generated):
    with database.read() as session:
        repository = SqlVisitListRepository(session)
        assert repository.volunteers() == [(1, "anna Becker"), (2, "Bo Demir"), (3, "Carla Haddad")]
        first, last = repository.date_span()
    assert first == min(visit.arrived_at for visit in generated)
    assert last == max(visit.arrived_at for visit in generated)


def test_an_empty_database_has_no_span_and_no_rows(database):
    with database.read() as session:
        repository = SqlVisitListRepository(session)
        assert repository.date_span() is None
        assert repository.page(VisitFilter(), VisitSort()) == []
        assert repository.count(VisitFilter()) == 0
        assert list(repository.stream(VisitFilter(), VisitSort())) == []


def test_stream_gives_every_match_in_order(database, generated):
    criteria = VisitFilter(topic="housing")
    with database.read() as session:
        repository = SqlVisitListRepository(session)
        streamed = [line for batch in repository.stream(criteria, VisitSort("group_size"), batch=4)
                    for line in batch]
        paged = [line for page in all_pages(repository, criteria, VisitSort("group_size"), 5) for line in page]
    assert streamed == paged
    assert len(streamed) == sum(matches(visit, criteria) for visit in generated)


# --- realistic data: the shared year of demo visits ---------------------------------------------

@pytest.fixture
def raw(demo_data_dir):
    connection = sqlite3.connect(f"file:{location.database_file(demo_data_dir)}?mode=ro", uri=True)
    yield connection
    connection.close()


@pytest.mark.demo
@pytest.mark.parametrize(("criteria", "condition"), [
    (VisitFilter(date(2026, 10, 1), date(2026, 10, 31)), ""),
    (VisitFilter(date(2026, 6, 1), date(2026, 8, 31), topic="family"),
     "AND id IN (SELECT visit_id FROM visit_topics WHERE topic = 'family')"),
    (VisitFilter(language="ti", volunteer_id=4),
     "AND language = 'ti' AND id IN (SELECT visit_id FROM visit_volunteers WHERE volunteer_id = 4)"),
])
def test_demo_data_pages_match_plain_sql(demo_database, raw, criteria, condition):
    low = f"{criteria.date_from or date(2000, 1, 1)} 00:00:00"
    high = f"{(criteria.date_to or date(2100, 1, 1)) + timedelta(days=1)} 00:00:00"
    expected = [row[0] for row in raw.execute(
        f"SELECT id FROM visits WHERE arrived_at >= ? AND arrived_at < ? {condition} "
        "ORDER BY arrived_at DESC, id DESC", (low, high))]
    with demo_database.read() as session:
        repository = SqlVisitListRepository(session)
        pages = all_pages(repository, criteria, VisitSort(), 500)
        assert repository.count(criteria) == len(expected)
    lines = [line for page in pages for line in page]
    assert [line.id for line in lines] == expected
    assert expected, "the demo data should have visits for this filter"
    returning = {row[0] for row in raw.execute(
        "SELECT v.id FROM visits v WHERE v.visitor_id IN (SELECT p.visitor_id FROM visits p "
        "WHERE p.arrived_at < v.arrived_at AND p.visitor_id = v.visitor_id)")}
    for line in lines[:300]:
        assert (line.visitor == VISITOR_RETURNING) == (line.id in returning)
        assert all(topic in TOPICS for topic in line.topics)


@pytest.mark.demo
@pytest.mark.parametrize("criteria", [
    VisitFilter(date(2026, 10, 27), date(2026, 11, 25)),
    VisitFilter(topic="housing"),
    VisitFilter(language="so", volunteer_id=3),
])
def test_pages_walk_the_arrival_index_without_sorting(demo_database, raw, criteria):
    statements = []

    def remember(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().startswith("SELECT visits.id, visits.arrived_at"):
            statements.append((statement, parameters))

    event.listen(demo_database.engine, "before_cursor_execute", remember)
    try:
        with demo_database.read() as session:
            repository = SqlVisitListRepository(session)
            first = repository.page(criteria, VisitSort(), None, 50)
            repository.page(criteria, VisitSort(), first[-1], 50)
    finally:
        event.remove(demo_database.engine, "before_cursor_execute", remember)
    assert len(statements) == 2
    for statement, parameters in statements:
        plan = " | ".join(row[3] for row in raw.execute(f"EXPLAIN QUERY PLAN {statement}", parameters))
        # ix_visits_arrived, or an index that leads with the language and then the arrival.
        assert re.search(r"(SCAN|SEARCH) visits USING (COVERING )?INDEX ix_visits_\w*arrived", plan), plan
        assert "TEMP B-TREE" not in plan, plan
