"""Backup names and the rotation rule, with fixed times (no files, no database)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from welcome_point.domain import backups as rules
from welcome_point.domain.backups import BackupInfo, plan_rotation
from welcome_point.domain.errors import ValidationError

NOW = datetime(2026, 11, 25, 18, 0, 0)


def info(at: datetime, reason: str = "auto") -> BackupInfo:
    return BackupInfo(path=Path(rules.backup_file_name(at, reason)), taken_at=at, reason=reason,
                      size_bytes=1, verified=True)


def kept(backups: list[BackupInfo], now: datetime = NOW) -> set[datetime]:
    return {b.taken_at for b in plan_rotation(backups, now).keep}


def test_names_sort_by_time_and_carry_the_reason():
    early = rules.backup_file_name(datetime(2026, 1, 2, 3, 4, 5, 6), "before-retention")
    late = rules.backup_file_name(datetime(2026, 1, 2, 3, 4, 5, 7), "auto")
    assert early == "20260102-030405-000006-before-retention.sqlite3"
    assert sorted([late, early]) == [early, late]
    assert rules.parse_backup_name(early) == (datetime(2026, 1, 2, 3, 4, 5, 6), "before-retention")
    external = rules.backup_file_name(datetime(2026, 1, 2), "manual", external=True)
    assert external.startswith("welcome-point-")
    assert rules.parse_backup_name(external) == (datetime(2026, 1, 2), "manual")


def test_names_of_earlier_versions_are_read():
    assert rules.parse_backup_name("before-upgrade-from-0002_desk_queue-20261125-144136-903771.sqlite3") == (
        datetime(2026, 11, 25, 14, 41, 36, 903771), "before-upgrade-from-0002_desk_queue")
    assert rules.parse_backup_name("before-demo-20260102-030405-000006.sqlite3") == (
        datetime(2026, 1, 2, 3, 4, 5, 6), "before-demo")


@pytest.mark.parametrize("name", [
    "welcome-point.sqlite3", "notes.txt", "20260102-030405-000006.sqlite3", "20261302-030405-000006-auto.sqlite3",
    "20260102-030405-000006-Auto.sqlite3", ".20260102-030405-000006-auto.sqlite3.part",
    "20260102-030405-000006-auto.sqlite3-wal", "2026010-030405-0000061-auto.sqlite3",
])
def test_other_files_are_not_backups(name):
    assert rules.parse_backup_name(name) is None


@pytest.mark.parametrize("reason", ["", "Auto", "a b", "../x", "x" * 65, "é", "-x", "a\x00"])
def test_a_reason_is_a_short_code(reason):
    with pytest.raises(ValidationError):
        rules.check_reason(reason)


def test_before_reasons():
    assert rules.before_reason("retention") == "before-retention"
    assert rules.before_reason("before-erasure") == "before-erasure"


def test_few_backups_are_all_kept():
    backups = [info(NOW - timedelta(hours=h)) for h in range(12)]
    assert plan_rotation(backups, NOW).delete == ()


def test_twelve_recent_ten_daily_nine_monthly():
    # Every 30 minutes from 8:00 to 18:00 on each of 400 days up to now.
    backups = [info(datetime(day.year, day.month, day.day, 8) + timedelta(minutes=30 * k))
               for day in (NOW.date() - timedelta(days=d) for d in range(400)) for k in range(21)]
    backups = [b for b in backups if b.taken_at <= NOW]
    keep = kept(backups)
    newest = sorted(b.taken_at for b in backups)[-12:]
    assert set(newest) <= keep
    for d in range(10):  # the newest (18:00) of each of the last 10 days
        day = NOW.date() - timedelta(days=d)
        assert datetime(day.year, day.month, day.day, 18) in keep
    for month in (11, 10, 9, 8, 7, 6, 5, 4, 3):  # the newest of each of the last 9 months
        last = max(b.taken_at for b in backups if (b.taken_at.year, b.taken_at.month) == (2026, month))
        assert last in keep
    assert len(keep) == 12 + 9 + 8  # today's newest is among the 12; this month's newest is today's
    assert not any(b < datetime(2026, 3, 1) for b in keep)  # nothing from the 10th month back


def test_monthly_copies_fill_gaps():
    # A desk used once a month: each month's newest survives, older than 9 months goes.
    backups = [info(datetime(2025 + (m - 1) // 12, (m - 1) % 12 + 1, 15, 10, k)) for m in range(1, 24)
               for k in range(3)]
    keep = kept(backups)
    months = sorted({(b.year, b.month) for b in keep})
    assert months[0] == (2026, 3)
    assert len(keep) == 12 + 5  # 12 newest span Nov..Aug (4 months); 5 more months back to March


def test_daily_window_is_calendar_days():
    evening = info(datetime(2026, 11, 16, 23, 59))  # 9 days before the 25th: inside
    morning = info(datetime(2026, 11, 15, 23, 59))  # 10 days before: outside (but this month)
    filler = [info(NOW - timedelta(minutes=m)) for m in range(12)]
    keep = kept([evening, morning, *filler])
    assert evening.taken_at in keep
    assert morning.taken_at not in keep  # the month is represented by a newer copy


def test_other_reasons_keep_five_each_within_nine_months():
    erasures = [info(NOW - timedelta(days=d), "before-erasure") for d in range(8)]
    upgrades = [info(NOW - timedelta(days=300 + d), "before-upgrade-from-0004_x") for d in range(2)]
    recent_upgrade = [info(NOW - timedelta(days=30), "before-upgrade-from-0005_y")]
    keep = kept([*erasures, *upgrades, *recent_upgrade])
    assert keep == {b.taken_at for b in erasures[:5]} | {recent_upgrade[0].taken_at}


def test_other_reasons_do_not_count_as_regular_copies():
    regular = [info(NOW - timedelta(hours=h)) for h in range(12)]
    before = [info(NOW - timedelta(minutes=1 + m), "before-retention") for m in range(3)]
    rotation = plan_rotation([*regular, *before], NOW)
    assert rotation.delete == ()


def test_the_order_of_the_input_does_not_matter_and_the_future_is_kept():
    backups = [info(NOW + timedelta(days=1)), *(info(NOW - timedelta(days=40 * k)) for k in range(20))]
    forward = plan_rotation(backups, NOW)
    backward = plan_rotation(list(reversed(backups)), NOW)
    assert forward == backward
    assert backups[0] in forward.keep
    assert [b.taken_at for b in forward.keep] == sorted((b.taken_at for b in forward.keep), reverse=True)


def test_oldest_kept_month():
    assert rules.oldest_kept_month(datetime(2026, 11, 25)) == datetime(2026, 3, 1).date()
    assert rules.oldest_kept_month(datetime(2026, 2, 1)) == datetime(2025, 6, 1).date()


def test_the_only_copy_of_real_data_replaced_by_demo_data_is_never_rotated():
    copies = [info(NOW - timedelta(days=400 + day), "before-demo-real-data") for day in range(8)]
    copies += [info(NOW - timedelta(days=400 + day), "before-demo") for day in range(8)]
    assert kept(copies) == {c.taken_at for c in copies if c.reason == "before-demo-real-data"}


def test_a_copy_pinned_after_damage_is_never_rotated():
    """A damaged start, then weeks of regular copies of a new database: the last good copy stays."""
    damage = datetime(2026, 11, 12, 9, 0)
    old = [info(damage - timedelta(minutes=30 * k)) for k in range(1, 2000)]
    pinned = info(old[0].taken_at, rules.KEPT_AFTER_DAMAGE)
    now = damage + timedelta(days=400)
    new = [info(damage + timedelta(hours=h)) for h in range(1, 400 * 24, 5)]
    rotation = plan_rotation([*old, pinned, *new], now)
    assert pinned in rotation.keep
    assert old[0] in rotation.delete  # the original copy is a regular one
    assert rules.KEPT_AFTER_DAMAGE in rules.NEVER_ROTATED


def test_copies_before_a_restore_are_not_limited_by_count_only_by_the_horizon():
    """Trying several backups in a row: the first copy set aside holds the newest data."""
    restores = [info(NOW - timedelta(minutes=m), "before-restore") for m in range(12)]
    old = info(datetime(2026, 2, 28, 12, 0), "before-restore")  # before the oldest kept month (March)
    erasures = [info(NOW - timedelta(minutes=m), "before-erasure") for m in range(7)]
    rotation = plan_rotation([*restores, old, *erasures], NOW)
    assert {b.path for b in rotation.keep} == {b.path for b in (*restores, *erasures[:5])}
    assert {b.path for b in rotation.delete} == {b.path for b in (old, *erasures[5:])}
