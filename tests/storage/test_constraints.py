"""The database itself refuses bad data, whatever code writes it."""

from __future__ import annotations

import sqlite3

import pytest

from welcome_point.storage import location


@pytest.fixture
def raw(database, data_dir):
    connection = sqlite3.connect(location.database_file(data_dir), isolation_level=None)
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("INSERT INTO sites (id, code, name, address, opening_hours) VALUES (1, 'X', 'X', '', '')")
    yield connection
    connection.close()


def visit(raw, **overrides):
    values = {"id": 1, "site_id": 1, "visitor_id": None, "arrived_at": "2026-01-05 10:00:00.000000",
              "started_at": None, "ended_at": None, "group_size": 1, "language": "ar",
              "interpreter_needed": 0, "outcome": "advised"} | overrides
    columns = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    raw.execute(f"INSERT INTO visits ({columns}) VALUES ({marks})", tuple(values.values()))


@pytest.mark.parametrize("bad", [{"language": "klingon"}, {"outcome": "maybe"}, {"group_size": 0},
                                 {"site_id": 99}, {"language": None},
                                 {"started_at": "2026-01-05 09:00:00.000000"}])
def test_bad_visits_are_refused(raw, bad):
    with pytest.raises(sqlite3.IntegrityError):
        visit(raw, **bad)


def test_a_good_visit_and_its_topics(raw):
    visit(raw)
    raw.execute("INSERT INTO visit_topics VALUES (1, 'housing')")
    with pytest.raises(sqlite3.IntegrityError):
        raw.execute("INSERT INTO visit_topics VALUES (1, 'housing')")  # twice
    with pytest.raises(sqlite3.IntegrityError):
        raw.execute("INSERT INTO visit_topics VALUES (1, 'astrology')")
    raw.execute("DELETE FROM visits WHERE id = 1")
    assert raw.execute("SELECT count(*) FROM visit_topics").fetchone() == (0,)  # cascade


def test_card_codes_are_unique(raw):
    row = "INSERT INTO visitors (card_code, first_seen, age_band, gender, region) VALUES (?, '2026-01-01', 'not_stated', 'not_stated', 'not_stated')"
    raw.execute(row, ("ABCDE-FGHJK",))
    with pytest.raises(sqlite3.IntegrityError):
        raw.execute(row, ("ABCDE-FGHJK",))


def test_volunteer_contact_data_needs_consent(raw):
    with pytest.raises(sqlite3.IntegrityError):
        raw.execute("INSERT INTO volunteers (display_name, phone, email, joined_on, active) "
                    "VALUES ('A', '0211', '', '2026-01-01', 1)")
    raw.execute("INSERT INTO volunteers (display_name, phone, email, joined_on, consent_on, active) "
                "VALUES ('A', '0211', '', '2026-01-01', '2026-01-01', 1)")


def test_erasing_a_visitor_keeps_the_visit_anonymous(raw):
    raw.execute("INSERT INTO visitors (id, card_code, first_seen, age_band, gender, region) "
                "VALUES (5, 'ABCDE-FGHJK', '2026-01-01', 'not_stated', 'not_stated', 'not_stated')")
    visit(raw, visitor_id=5)
    raw.execute("DELETE FROM visitors WHERE id = 5")
    assert raw.execute("SELECT visitor_id FROM visits WHERE id = 1").fetchone() == (None,)


def test_shifts_must_end_after_they_start(raw):
    with pytest.raises(sqlite3.IntegrityError):
        raw.execute("INSERT INTO shifts (site_id, starts_at, ends_at, role, min_staff) "
                    "VALUES (1, '2026-01-05 13:00:00', '2026-01-05 10:00:00', 'desk', 2)")
