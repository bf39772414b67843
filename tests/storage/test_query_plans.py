"""The desk and the monthly reports read through indexes, never a scan of all visits."""

from __future__ import annotations

import sqlite3

import pytest

from welcome_point.storage import location

QUERIES = {
    "today's visits at the desk": (
        "SELECT * FROM visits WHERE site_id = 1 AND arrived_at >= '2026-11-24' AND arrived_at < '2026-11-25' "
        "ORDER BY arrived_at", "ix_visits_site_arrived"),
    "a month of visits of all sites": (
        "SELECT language, count(*) FROM visits WHERE arrived_at >= '2026-10-01' AND arrived_at < '2026-11-01' "
        "GROUP BY language", "ix_visits_arrived"),
    "topics of a month": (
        "SELECT t.topic, count(*) FROM visits v JOIN visit_topics t ON t.visit_id = v.id "
        "WHERE v.site_id = 1 AND v.arrived_at >= '2026-10-01' AND v.arrived_at < '2026-11-01' GROUP BY t.topic",
        "ix_visits_site_arrived"),
    "a returning visitor's history": (
        "SELECT * FROM visits WHERE visitor_id = 42 ORDER BY arrived_at DESC", "ix_visits_visitor"),
    "a scanned card code": ("SELECT * FROM visitors WHERE card_code = 'ABCDE-FGHJK'", "sqlite_autoindex_visitors"),
    "open referrals by follow-up date": (
        "SELECT * FROM referrals WHERE status = 'open' ORDER BY follow_up_on", "ix_referrals_status_follow_up"),
    "referrals per partner": (
        "SELECT status, count(*) FROM referrals WHERE organisation_id = 3 GROUP BY status",
        "ix_referrals_organisation"),
    "a week of shifts": (
        "SELECT * FROM shifts WHERE site_id = 1 AND starts_at >= '2026-11-23' AND starts_at < '2026-11-30'",
        "ix_shifts_site_starts"),
    "a volunteer's assignments": (
        "SELECT * FROM assignments WHERE volunteer_id = 7", "ix_assignments_volunteer"),
    "visits with a topic": (
        "SELECT visit_id FROM visit_topics WHERE topic = 'housing'", "ix_visit_topics_topic"),
    "the queue at the desk": (
        "SELECT * FROM queue_entries WHERE site_id = 1 AND called_at IS NULL ORDER BY arrived_at, id",
        "ix_queue_entries_site_arrived"),
    "a returning visitor's facts updated by card": (
        "UPDATE visitors SET age_band = '18-26' WHERE card_code = 'ABCDE-FGHJK'", "sqlite_autoindex_visitors"),
    "visits in one language over the years": (
        "SELECT id FROM visits WHERE language = 'so' ORDER BY arrived_at DESC LIMIT 200",
        "ix_visits_language_arrived"),
}


@pytest.fixture(scope="module")
def raw(demo_data_dir):
    connection = sqlite3.connect(location.database_file(demo_data_dir))
    yield connection
    connection.close()


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_query_uses_its_index(raw, name):
    sql, index = QUERIES[name]
    plan = " | ".join(row[3] for row in raw.execute(f"EXPLAIN QUERY PLAN {sql}"))
    assert f"INDEX {index}" in plan, plan
    assert "SCAN visits" not in plan.replace(f"USING INDEX {index}", ""), plan
