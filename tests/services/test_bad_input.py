"""Any input at the service entry points of the desk: a clear validation error, the database unchanged.

Text from all of Unicode (right-to-left, emoji, NUL, 10,000 characters), numbers far out of range,
dates from year 1 to 9999. The only acceptable outcomes are success (for input that is valid) or a
``ValidationError`` with a message; never another exception, never a half-written change.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from welcome_point.domain.errors import ValidationError
from welcome_point.domain.models import Organisation
from welcome_point.services.desk import DeskService
from welcome_point.services.directory import DirectoryService
from welcome_point.services.referrals import ReferralService
from welcome_point.services.visit_list import VisitFilter, VisitListService, VisitSort
from welcome_point.storage.bulk import Dataset, write_dataset

NOW = datetime(2026, 11, 25, 12, 0)
SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

texts = st.one_of(
    st.text(max_size=60),
    st.text(min_size=1, max_size=3).map(lambda t: t * 10_000),
    st.sampled_from(["", "\x00", "ar\x00", "العربية", "فارسی", "🙂" * 300, "\u202e", "de", "work", "open",
                     "https://example.org", "+49 211 555", "=HYPERLINK(1)"]),
)
numbers = st.one_of(st.integers(-(2**64), 2**64), st.integers(-3, 30))
days = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))
maybe = st.one_of(st.none(), texts)


@pytest.fixture
def seeded(database):
    from welcome_point.domain.desk import ReferralChoice, VisitForm

    with database.write() as session:
        write_dataset(session, Dataset(organisations=(
            Organisation(id=1, name="Jobcenter", category="authority", topics=("benefits",)),)))
    DeskService(database, lambda: NOW).save_visit(VisitForm(
        language="ar", topics=("benefits",), arrived_at=NOW, referrals=(ReferralChoice(1, "benefits"),)))
    return database


def snapshot(database) -> dict[str, list[tuple]]:
    connection = sqlite3.connect(database.path)
    try:
        names = [n for (n,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        return {n: connection.execute(f"SELECT * FROM {n} ORDER BY 1").fetchall() for n in names}
    finally:
        connection.close()


def attempt(database, action) -> None:
    """Run ``action``: it succeeds, or fails with a ValidationError and changes nothing."""
    before = snapshot(database)
    try:
        action()
    except ValidationError as exc:
        message = str(exc)
        assert message.strip()
        assert len(message) < 400  # the message names the problem; it does not echo 10,000 characters
        assert snapshot(database) == before


@SETTINGS
@given(language=maybe, code=maybe)
def test_queue_arrival(seeded, language, code) -> None:
    attempt(seeded, lambda: DeskService(seeded, lambda: NOW).arrive(language, code))


@SETTINGS
@given(code=texts)
def test_card_lookup(seeded, code) -> None:
    attempt(seeded, lambda: DeskService(seeded, lambda: NOW).lookup(code))


@SETTINGS
@given(entry=numbers)
def test_queue_calls_with_any_number(seeded, entry) -> None:
    desk = DeskService(seeded, lambda: NOW)
    attempt(seeded, lambda: desk.call_next(entry))
    attempt(seeded, lambda: desk.leave_queue(entry))
    attempt(seeded, lambda: desk.delete_visit(entry))


@SETTINGS
@given(name=texts, category=texts, address=texts, phone=texts, website=texts, hours=texts,
       topics=st.lists(texts, max_size=3), languages=st.lists(texts, max_size=3), ident=st.one_of(st.none(), numbers))
def test_directory_save(seeded, name, category, address, phone, website, hours, topics, languages, ident) -> None:
    def save() -> None:
        DirectoryService(seeded).save(Organisation(
            id=ident, name=name, category=category, address=address, phone=phone, website=website,
            opening_hours=hours, topics=tuple(topics), languages=tuple(languages)))

    attempt(seeded, save)


@SETTINGS
@given(text=texts, ident=numbers)
def test_directory_search_and_archive(seeded, text, ident) -> None:
    service = DirectoryService(seeded)
    attempt(seeded, lambda: service.search(text, include_archived=True))
    attempt(seeded, lambda: service.suggest(text, (text,), 10))
    attempt(seeded, lambda: service.archive(ident))


@SETTINGS
@given(ident=numbers, status=texts, follow_up=st.one_of(st.none(), days))
def test_referral_status_changes(seeded, ident, status, follow_up) -> None:
    service = ReferralService(seeded, lambda: NOW)
    attempt(seeded, lambda: service.set_status(ident, status, follow_up))
    attempt(seeded, lambda: service.set_follow_up(ident, follow_up))
    attempt(seeded, lambda: service.set_status(1, status, follow_up))


@SETTINGS
@given(start=st.one_of(st.none(), days), end=st.one_of(st.none(), days), topic=maybe, language=maybe,
       volunteer=st.one_of(st.none(), numbers), key=texts)
def test_visit_list_filters(seeded, start, end, topic, language, volunteer, key) -> None:
    service = VisitListService(seeded)

    def browse() -> None:
        criteria = VisitFilter(date_from=start, date_to=end, topic=topic, language=language, volunteer_id=volunteer)
        service.page(criteria, VisitSort(key=key) if key else None, limit=5)
        service.count(criteria)

    attempt(seeded, browse)
