from __future__ import annotations

import sqlite3
from collections import Counter
from datetime import date

import pytest

from tests.conftest import DEMO_TODAY
from welcome_point.domain.errors import DatabaseNotEmptyError
from welcome_point.services.demo import DemoService
from welcome_point.services.demo_data import closed_days, easter, generate
from welcome_point.services.info import InfoService
from welcome_point.storage import location


def test_the_same_seed_gives_the_same_data():
    first, second = generate(3, date(2026, 6, 1), 2), generate(3, date(2026, 6, 1), 2)
    assert first == second
    assert generate(4, date(2026, 6, 1), 2).visits != first.visits


def test_a_year_of_demo_is_big_and_realistic(demo_database, demo_data_dir):
    info = InfoService(demo_database, demo_data_dir).database_info()
    assert info.counts["visits"] >= 20_000
    assert info.counts["volunteers"] == 40
    assert info.counts["shifts"] >= 600
    assert info.site is not None
    assert "Demo" in info.site.name

    raw = sqlite3.connect(demo_database.path)
    per_day = raw.execute("SELECT date(arrived_at), count(*), strftime('%w', arrived_at) FROM visits "
                          "GROUP BY date(arrived_at)").fetchall()
    assert all(60 <= count <= 120 for _, count, _ in per_day)
    assert {weekday for _, _, weekday in per_day} == {"1", "2", "3", "4", "5", "6"}  # never Sunday
    assert max(day for day, _, _ in per_day) < DEMO_TODAY.isoformat()
    languages = Counter(dict(raw.execute("SELECT language, count(*) FROM visits GROUP BY language")))
    assert {"uk", "ar", "fa", "tr", "ku", "ti", "ru", "en"} <= set(languages)
    assert languages.most_common(2)[0][0] in ("uk", "ar")
    statuses = dict(raw.execute("SELECT status, count(*) FROM assignments GROUP BY status"))
    assert statuses["attended"] > 1000
    assert 0 < statuses["no_show"] < statuses["attended"] / 10
    assert raw.execute("SELECT count(*) FROM organisations WHERE is_example = 0").fetchone() == (0,)
    returning = raw.execute("SELECT count(*) FROM (SELECT visitor_id FROM visits WHERE visitor_id IS NOT NULL "
                            "GROUP BY visitor_id HAVING count(*) > 1)").fetchone()[0]
    assert returning > 1000
    raw.close()


def test_holidays_are_closed():
    assert easter(2026) == date(2026, 4, 5)
    assert {date(2026, 4, 3), date(2026, 4, 6), date(2026, 12, 25), date(2026, 10, 3)} <= closed_days(2026)


def test_demo_refuses_to_overwrite_and_force_keeps_a_copy(database, data_dir):
    service = DemoService(database, location.backup_dir(data_dir))
    service.fill(months=1, seed=2, today=DEMO_TODAY)
    with pytest.raises(DatabaseNotEmptyError):
        service.fill(months=1, seed=2, today=DEMO_TODAY)
    result = service.fill(months=1, seed=5, today=DEMO_TODAY, force=True)
    assert result.backup is not None
    assert result.backup.exists()
    copy = sqlite3.connect(result.backup)
    assert copy.execute("SELECT value FROM settings WHERE key = 'demo.seed'").fetchone() == ("2",)
    copy.close()
    info = InfoService(database, data_dir).database_info()
    assert info.counts["visits"] == result.visits


def test_a_copy_of_real_data_is_named_as_such_and_never_rotated(database, data_dir):
    from welcome_point.domain.models import Site
    from welcome_point.storage.repositories import SqlSiteRepository

    with database.write() as session:
        SqlSiteRepository(session).add(Site(id=None, code="DUS-REAL", name="Real desk"))
    result = DemoService(database, location.backup_dir(data_dir)).fill(
        months=1, seed=2, today=DEMO_TODAY, force=True)
    assert result.backup is not None
    assert result.backup.name.endswith("-before-demo-real-data.sqlite3")
