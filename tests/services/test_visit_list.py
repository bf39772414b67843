"""The visit list service over real SQLite: pages, counts and the CSV export as a spreadsheet reads it."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timedelta

import pytest

from welcome_point.domain.errors import ExportError
from welcome_point.domain.models import Organisation, Referral, Site, Visit, Visitor, Volunteer
from welcome_point.services import visit_list
from welcome_point.services.visit_list import (
    EXPORT_COLUMNS,
    VISITOR_ANONYMOUS,
    VISITOR_FIRST,
    VISITOR_RETURNING,
    VisitFilter,
    VisitListRow,
    VisitListService,
    VisitSort,
)
from welcome_point.storage.bulk import Dataset, write_dataset

DAY = date(2026, 11, 2)
HEADER = ["Nr.", "Ankunft", "Wartezeit (min)", "Dauer (min)", "Sprache", "Themen", "Gruppe", "Dolmetsch",
          "Ergebnis", "Ehrenamtliche", "Vermittlungen", "Besuch"]
LABELS = {
    "topic": {"housing": "Wohnen", "residence": "Aufenthalt & Asyl", "work": "Arbeit"},
    "language": {"ar": "Arabisch", "uk": "Ukrainisch"},
    "outcome": {"advised": "Beratung erfolgt", "referred": "Weitervermittelt"},
    "visitor": {VISITOR_FIRST: "Erstbesuch", VISITOR_RETURNING: "Wiederkehrend", VISITOR_ANONYMOUS: "Anonym"},
    "interpreter": {"yes": "Ja", "no": "Nein"},
}


def at(day_offset: int, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(DAY + timedelta(days=day_offset), datetime.min.time()) + timedelta(
        hours=hour, minutes=minute)


def visit(visit_id: int, arrived: datetime, **facts) -> Visit:
    facts.setdefault("language", "ar")
    facts.setdefault("topics", ("housing",))
    return Visit(id=visit_id, site_id=1, arrived_at=arrived, **facts)


@pytest.fixture
def service(database) -> VisitListService:
    visits = [
        visit(1, at(0, 10), started_at=at(0, 10, 5), ended_at=at(0, 10, 25), topics=("housing", "residence"),
              visitor_id=1, volunteer_ids=(1, 2)),
        visit(2, at(0, 11), language="uk", topics=("work",), volunteer_ids=(3,)),
        visit(3, at(1, 9), started_at=at(1, 9, 40), ended_at=at(1, 10), visitor_id=1, group_size=2,
              interpreter_needed=True, outcome="referred", volunteer_ids=(4,)),
        visit(4, at(2, 12), language="tr", topics=("leisure",), outcome="come_back"),
    ] + [visit(10 + i, at(3, 10, i), volunteer_ids=(1,)) for i in range(23)]
    with database.write() as session:
        write_dataset(session, Dataset(
            sites=(Site(id=1, code="T1", name="Test"),),
            organisations=(Organisation(id=1, name="Partner", category="authority"),),
            volunteers=(Volunteer(id=1, display_name="=Bo Demir", joined_on=DAY),
                        Volunteer(id=2, display_name="Anna Becker", joined_on=DAY),
                        Volunteer(id=3, display_name="@lice", joined_on=DAY),
                        Volunteer(id=4, display_name="\tTabea", joined_on=DAY)),
            visitors=(Visitor(id=1, card_code="2P4Z7-GTEQG", first_seen=DAY),),
            visits=tuple(visits),
            referrals=(Referral(id=1, visit_id=3, organisation_id=1, topic="housing", created_at=at(1, 10)),)))
    return VisitListService(database)


def read_csv(path):
    data = path.read_bytes()
    assert data.startswith("\ufeff".encode())  # Excel reads UTF-8 only with a BOM
    assert b"\r\n" in data
    assert b"\n" not in data.replace(b"\r\n", b"")
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_pages_follow_on_from_the_last_row(service):
    criteria = VisitFilter(date_to=DAY + timedelta(days=3))
    first = service.page(criteria, VisitSort(), None, 10)
    second = service.page(criteria, VisitSort(), first[-1], 10)
    rest = service.page(criteria, VisitSort(), second[-1], 10)
    assert [len(first), len(second), len(rest)] == [10, 10, 7]
    ids = [row.id for row in first + second + rest]
    assert len(set(ids)) == 27
    assert ids[-4:] == [4, 3, 2, 1]
    assert isinstance(first[0], VisitListRow)
    assert service.count(criteria) == 27
    assert service.count(VisitFilter(language="uk")) == 1


def test_rows_say_returning_or_anonymous_and_never_the_card(service):
    rows = {row.id: row for row in service.page(VisitFilter(date_to=DAY + timedelta(days=1)))}
    assert (rows[1].visitor, rows[2].visitor, rows[3].visitor) == (VISITOR_FIRST, VISITOR_ANONYMOUS,
                                                                    VISITOR_RETURNING)
    assert rows[3].waiting_minutes == 40
    assert rows[3].referrals == 1
    assert "2P4Z7" not in repr(rows)


def test_volunteers_for_the_filter_and_the_span_of_visits(service, database):
    assert [name for _, name in service.volunteers()] == ["\tTabea", "=Bo Demir", "@lice", "Anna Becker"]
    assert service.date_span() == (DAY, DAY + timedelta(days=3))


def test_an_empty_database_has_no_span(database):
    service = VisitListService(database)
    assert service.date_span() is None
    assert service.page(VisitFilter()) == []
    assert service.count(VisitFilter()) == 0


def test_export_writes_translated_labels_in_the_list_order(service, tmp_path):
    path = tmp_path / "visits.csv"
    count = service.export_csv(VisitFilter(date_to=DAY + timedelta(days=2)), VisitSort(), path, HEADER, LABELS)
    assert count == 4
    rows = read_csv(path)
    assert rows[0] == HEADER
    assert [row[0] for row in rows[1:]] == ["4", "3", "2", "1"]  # newest first, as the list shows them
    by_id = {row[0]: dict(zip(EXPORT_COLUMNS, row, strict=True)) for row in rows[1:]}
    first = by_id["1"]
    assert first["arrived_at"] == "2026-11-02 10:00"
    assert (first["waiting_minutes"], first["duration_minutes"]) == ("5", "20")
    assert first["language"] == "Arabisch"
    assert first["topics"] == "Aufenthalt & Asyl; Wohnen"
    assert first["outcome"] == "Beratung erfolgt"
    assert first["visitor"] == "Erstbesuch"
    assert first["interpreter_needed"] == "Nein"
    # A name that a spreadsheet would run as a formula is defused; the order is by name.
    assert first["volunteers"] == "'=Bo Demir; Anna Becker"
    assert by_id["2"]["volunteers"] == "'@lice"
    assert by_id["2"]["waiting_minutes"] == ""  # never started: empty, not -1
    assert by_id["2"]["visitor"] == "Anonym"
    third = by_id["3"]
    assert (third["visitor"], third["referrals"], third["group_size"]) == ("Wiederkehrend", "1", "2")
    assert third["interpreter_needed"] == "Ja"
    assert third["volunteers"] == "'\tTabea"
    assert third["outcome"] == "Weitervermittelt"
    # A code without a label (the UI always gives all; a missing one must not lose data).
    assert (by_id["4"]["language"], by_id["4"]["topics"], by_id["4"]["outcome"]) == ("tr", "leisure",
                                                                                     "come_back")
    assert "2P4Z7" not in path.read_text(encoding="utf-8-sig")


def test_export_follows_filter_and_sort_and_reports_progress(service, tmp_path, monkeypatch):
    monkeypatch.setattr(visit_list, "EXPORT_BATCH", 5)
    heard: list[int] = []
    path = tmp_path / "housing.csv"
    count = service.export_csv(VisitFilter(topic="housing"), VisitSort("waiting", ascending=True), path,
                               HEADER, LABELS, heard.append)
    rows = read_csv(path)[1:]
    assert count == len(rows) == service.count(VisitFilter(topic="housing")) == 25
    assert heard == [5, 10, 15, 20, 25]
    waits = [int(row[2]) if row[2] else -1 for row in rows]
    assert waits == sorted(waits)


def test_a_failed_export_keeps_the_old_file(service, tmp_path, monkeypatch):
    monkeypatch.setattr(visit_list, "EXPORT_BATCH", 5)
    folder = tmp_path / "stick"
    folder.mkdir()
    path = folder / "visits.csv"
    path.write_text("the previous export\n", encoding="utf-8")

    def interrupted(written: int) -> None:
        if written >= 10:
            raise OSError("the USB stick was pulled")

    with pytest.raises(ExportError, match=r"USB stick was pulled\. Nothing was written"):
        service.export_csv(VisitFilter(), None, path, HEADER, LABELS, interrupted)
    assert path.read_text(encoding="utf-8") == "the previous export\n"
    assert sorted(p.name for p in folder.iterdir()) == ["visits.csv"]  # no half file left behind


def test_export_needs_a_name_for_every_column(service, tmp_path):
    with pytest.raises(ValueError, match="12 names"):
        service.export_csv(VisitFilter(), None, tmp_path / "x.csv", HEADER[:-1], LABELS)
    assert not (tmp_path / "x.csv").exists()


def test_export_of_nothing_is_a_header(service, tmp_path):
    path = tmp_path / "none.csv"
    assert service.export_csv(VisitFilter(language="ti"), None, path, HEADER, LABELS) == 0
    assert read_csv(path) == [HEADER]


@pytest.mark.demo
def test_export_of_a_demo_month_matches_the_count(demo_database, tmp_path):
    service = VisitListService(demo_database)
    criteria = VisitFilter(date(2026, 10, 1), date(2026, 10, 31))
    path = tmp_path / "october.csv"
    count = service.export_csv(criteria, VisitSort(ascending=True), path, HEADER, LABELS)
    rows = read_csv(path)[1:]
    assert count == len(rows) == service.count(criteria) > 1000
    assert rows[0][1] >= "2026-10-01"
    assert rows[-1][1] < "2026-11-01"
    assert [row[1] for row in rows] == sorted(row[1] for row in rows)
    first_page = service.page(criteria, VisitSort(ascending=True), None, 50)
    assert [int(row[0]) for row in rows[:50]] == [row.id for row in first_page]
