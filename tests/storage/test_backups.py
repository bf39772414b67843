"""Backup files, the check at start and recovery, on real SQLite files."""

from __future__ import annotations

import os
import random
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from welcome_point.domain.errors import CorruptDatabaseError, DatabaseError, NewerDatabaseError
from welcome_point.storage import backups, location, schema
from welcome_point.storage.opening import damaged_dir, open_database, recover_from_backup

NOW = datetime(2026, 11, 25, 18, 0, 0)


def fill(path: Path, rows: int = 3000, key: str = "note") -> None:
    """Rows enough for many pages, through the app's schema (settings: key/value)."""
    raw = sqlite3.connect(path)
    raw.executemany("INSERT INTO settings (key, value) VALUES (?, ?)",
                    [(f"{key}.{i}", "x" * 200) for i in range(rows)])
    raw.commit()
    raw.close()


def settings(path: Path) -> dict[str, str]:
    raw = sqlite3.connect(path)
    try:
        return dict(raw.execute("SELECT key, value FROM settings"))
    finally:
        raw.close()


@pytest.fixture
def filled(data_dir: Path) -> Path:
    open_database(data_dir).dispose()
    path = location.database_file(data_dir)
    fill(path)
    return path


def test_a_backup_is_a_verified_private_single_file(database, data_dir):
    with database.write() as session:  # still in the WAL: the copy must hold it
        session.connection().exec_driver_sql("INSERT INTO settings VALUES ('only.in.wal', 'yes')")
    folder = location.backup_dir(data_dir)
    info = backups.take_backup(database.path, folder, "auto", now=NOW)
    assert info.path == folder / "20261125-180000-000000-auto.sqlite3"
    assert info.verified
    assert info.reason == "auto"
    assert info.taken_at == NOW
    assert info.size_bytes == info.path.stat().st_size > 0
    assert info.path.stat().st_mode & 0o777 == 0o600
    assert folder.stat().st_mode & 0o077 == 0
    assert sorted(p.name for p in folder.iterdir()) == [info.path.name]  # no -wal, no temporary file
    assert info.path.read_bytes()[18:20] == b"\x01\x01"  # journal mode DELETE: one self-contained file
    assert settings(info.path)["only.in.wal"] == "yes"
    assert schema.inspect_schema(info.path).is_current


def test_the_same_moment_twice_gives_two_copies(database, data_dir):
    folder = location.backup_dir(data_dir)
    first = backups.take_backup(database.path, folder, "auto", now=NOW)
    second = backups.take_backup(database.path, folder, "auto", now=NOW)
    assert first.path != second.path
    assert [b.path for b in backups.list_backups(folder)] == [second.path, first.path]


def test_a_copy_that_fails_its_check_is_deleted(database, data_dir, monkeypatch):
    monkeypatch.setattr(backups, "integrity_problems", lambda path, **kw: ["*** in database main ***"])
    folder = location.backup_dir(data_dir)
    with pytest.raises(DatabaseError, match=r"failed its integrity check.*deleted"):
        backups.take_backup(database.path, folder, "auto", now=NOW)
    assert list(folder.iterdir()) == []


def test_a_missing_database_is_not_created_by_a_backup(tmp_path):
    with pytest.raises(DatabaseError, match="no database"):
        backups.take_backup(tmp_path / "none.sqlite3", tmp_path / "b", "auto", now=NOW)
    assert not (tmp_path / "none.sqlite3").exists()


def test_list_ignores_other_files_and_rotate_deletes_only_what_the_rule_says(database, data_dir):
    folder = location.backup_dir(data_dir)
    days = [*range(15), 40, 45]  # 15 days up to Nov 11, then Oct 16 and Oct 11
    taken = [backups.take_backup(database.path, folder, "auto", now=NOW - timedelta(days=d)) for d in days]
    (folder / "my-notes.sqlite3").write_text("not ours")
    (folder / ".20261125-180000-000000-auto.sqlite3.part").write_text("cut off")
    assert [b.path for b in backups.list_backups(folder)] == [t.path for t in taken]
    deleted = backups.rotate(folder, NOW)
    # Kept: the 12 newest (covering the last 10 days and November), and October's newest.
    assert deleted == [taken[12].path, taken[13].path, taken[14].path, taken[16].path]
    assert taken[15].path.exists()
    assert (folder / "my-notes.sqlite3").exists()


def test_backup_copy_keeps_a_few_per_reason(database, data_dir):
    folder = location.backup_dir(data_dir)
    made = [backups.backup_copy(database.path, folder, "before-demo") for _ in range(backups.KEEP_COPIES + 2)]
    other = backups.backup_copy(database.path, folder, "before-demo-real-data", keep=None)
    left = sorted(p for p in folder.iterdir())
    assert left == sorted([*made[-backups.KEEP_COPIES:], other])


def test_copy_to_folder_is_verified_and_needs_the_folder(database, data_dir, tmp_path):
    info = backups.take_backup(database.path, location.backup_dir(data_dir), "manual", now=NOW)
    stick = tmp_path / "stick"
    stick.mkdir()
    copy = backups.copy_to_folder(info, stick)
    assert copy.name == "welcome-point-20261125-180000-000000-manual.sqlite3"
    assert copy.read_bytes() == info.path.read_bytes()
    assert os.listdir(stick) == [copy.name]
    with pytest.raises(DatabaseError, match="not available"):
        backups.copy_to_folder(info, tmp_path / "unplugged")


def corrupt_middle(path: Path, seed: int = 7) -> None:
    """Overwrite a run of pages in the middle of the file with random bytes (a bad sector)."""
    size = path.stat().st_size
    pages = size // 4096
    assert pages > 20
    rng = random.Random(seed)
    with open(path, "r+b") as handle:
        handle.seek((pages // 2) * 4096)
        handle.write(bytes(rng.randrange(256) for _ in range(4 * 4096)))


def test_check_database_reports_integrity_and_references(filled, tmp_path):
    assert backups.check_database(filled).ok
    raw = sqlite3.connect(filled)  # foreign keys are off on a plain connection
    raw.execute("INSERT INTO visits (site_id, arrived_at, group_size, language, interpreter_needed, outcome) "
                "VALUES (99, '2026-01-05 10:00:00', 1, 'ar', 0, 'advised')")
    raw.commit()
    raw.close()
    result = backups.check_database(filled)
    assert not result.ok
    assert result.integrity == ()
    assert result.foreign_keys == ("visits row 1 → sites",)
    corrupt_middle(filled)
    result = backups.check_database(filled)
    assert result.integrity
    assert not result.ok
    with pytest.raises(DatabaseError, match="no database"):
        backups.check_database(tmp_path / "missing.sqlite3")


def backup_of(path: Path, data_dir: Path, at: datetime) -> Path:
    return backups.take_backup(path, location.backup_dir(data_dir), "auto", now=at).path


@pytest.mark.parametrize("damage", ["middle pages", "random bytes"])
def test_a_damaged_database_is_moved_aside_and_the_newest_verified_backup_offered(filled, data_dir, damage):
    older = backup_of(filled, data_dir, NOW - timedelta(days=2))
    newer = backup_of(filled, data_dir, NOW - timedelta(days=1))
    corrupt_middle(newer, seed=1)  # the newest copy went bad too: the one before is offered
    Path(f"{filled}-wal").write_bytes(b"")  # companions travel with the file
    if damage == "middle pages":
        corrupt_middle(filled)
    else:
        filled.write_bytes(random.Random(3).randbytes(200_000))
    before = filled.read_bytes()
    with pytest.raises(CorruptDatabaseError) as raised:
        open_database(data_dir)
    error = raised.value
    # The newest good copy is pinned (kept with its time, under a reason rotation never deletes).
    pinned = error.newest_backup
    assert pinned is not None
    assert pinned.parent == older.parent
    assert pinned.name == older.name.replace("-auto.", "-kept-after-damage.")
    assert settings(pinned) == settings(older)
    assert older.exists()
    assert error.moved_to.parent.parent == damaged_dir(data_dir)
    assert error.moved_to.read_bytes() == before  # moved, not changed, not deleted
    assert Path(f"{error.moved_to}-wal").exists()
    assert not filled.exists()
    assert not Path(f"{filled}-wal").exists()
    message = str(error)
    assert "damaged" in message
    assert str(error.moved_to) in message
    assert str(pinned) in message
    assert newer.exists()  # a bad backup is skipped, not deleted

    database = recover_from_backup(data_dir, error.newest_backup)
    try:
        with database.read() as session:
            count = session.connection().exec_driver_sql(
                "SELECT count(*) FROM settings WHERE key LIKE 'note.%'").scalar()
        assert count == 3000
    finally:
        database.dispose()
    open_database(data_dir).dispose()  # and it opens normally afterwards


def test_the_newest_good_copy_outlives_rotation_after_a_damaged_start(filled, data_dir):
    """The desk may go on with a new database for weeks: its copies must not push the old data out."""
    folder = location.backup_dir(data_dir)
    good = backup_of(filled, data_dir, NOW - timedelta(hours=1))
    corrupt_middle(filled)
    with pytest.raises(CorruptDatabaseError) as raised:
        open_database(data_dir)
    pinned = raised.value.newest_backup
    assert pinned is not None
    assert [b.reason for b in backups.list_backups(folder)] == ["kept-after-damage", "auto"]

    database = open_database(data_dir)  # the restore was declined: a new, empty database
    database.dispose()
    new_data = location.database_file(data_dir)
    for day in range(1, 400):  # more than a year of regular copies of the new data
        at = NOW + timedelta(days=day)
        backups.take_backup(new_data, folder, "auto", now=at)
        backups.rotate(folder, at)
    assert pinned.exists()
    assert not good.exists()  # the original went the way of the regular series
    assert settings(pinned)["note.0"] == "x" * 200

    corrupt_middle(pinned)  # a second damage pins the newest good copy again, not twice
    for _ in range(2):
        new_data.write_bytes(b"garbage" * 1000)
        with pytest.raises(CorruptDatabaseError) as again:
            open_database(data_dir)
        assert again.value.newest_backup is not None
        assert again.value.newest_backup.name.endswith("-kept-after-damage.sqlite3")
    assert len([b for b in backups.list_backups(folder) if b.reason == "kept-after-damage"]) == 2


def test_a_pin_that_cannot_be_written_offers_the_original(filled, data_dir, monkeypatch):
    good = backup_of(filled, data_dir, NOW - timedelta(hours=1))
    corrupt_middle(filled)
    real = backups.take_backup

    def full_disk(path, folder, reason, **kwargs):
        if reason == "kept-after-damage":
            raise DatabaseError("Could not copy the database (No space left on device); nothing was changed.")
        return real(path, folder, reason, **kwargs)

    monkeypatch.setattr(backups, "take_backup", full_disk)
    with pytest.raises(CorruptDatabaseError) as raised:
        open_database(data_dir)
    assert raised.value.newest_backup == good


def test_restoring_over_a_damaged_file_pins_the_newest_good_copy(filled, data_dir):
    older = backup_of(filled, data_dir, NOW - timedelta(days=2))
    newest = backup_of(filled, data_dir, NOW - timedelta(days=1))
    corrupt_middle(filled)
    recover_from_backup(data_dir, older).dispose()  # the command line, with a copy it chose
    pinned = [b for b in backups.list_backups(location.backup_dir(data_dir))
              if b.reason == "kept-after-damage"]
    assert [b.taken_at for b in pinned] == [NOW - timedelta(days=1)]
    assert newest.exists()


def test_a_damaged_database_without_backups_says_so(filled, data_dir):
    corrupt_middle(filled)
    with pytest.raises(CorruptDatabaseError, match="No backup that passes its check") as raised:
        open_database(data_dir)
    assert raised.value.newest_backup is None
    open_database(data_dir).dispose()  # the next start begins with an empty database


def test_a_damaged_file_twice_in_the_same_second_gets_two_folders(data_dir):
    path = location.database_file(data_dir)
    for _ in range(2):
        path.write_bytes(b"garbage" * 1000)
        with pytest.raises(CorruptDatabaseError):
            open_database(data_dir)
    assert len(list(damaged_dir(data_dir).iterdir())) == 2


def test_a_foreign_or_newer_file_is_refused_but_not_moved(data_dir):
    path = location.database_file(data_dir)
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE recipes (name)")
    raw.commit()
    raw.close()
    with pytest.raises(DatabaseError, match="not a Welcome Point database"):
        open_database(data_dir)
    assert path.exists()
    assert not damaged_dir(data_dir).exists()


def test_recover_keeps_a_healthy_current_file_as_a_backup(filled, data_dir):
    chosen = backup_of(filled, data_dir, NOW - timedelta(days=1))
    fill(filled, rows=1, key="after")
    database = recover_from_backup(data_dir, chosen)
    database.dispose()
    assert "after.0" not in settings(filled)
    aside = [b for b in backups.list_backups(location.backup_dir(data_dir)) if b.reason == "before-restore"]
    assert len(aside) == 1
    assert "after.0" in settings(aside[0].path)


def newer_copy(path: Path, tmp_path: Path) -> Path:
    target = tmp_path / "newer.sqlite3"
    target.write_bytes(path.read_bytes())
    raw = sqlite3.connect(target)
    raw.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    raw.commit()
    raw.close()
    return target


def test_staging_refuses_bad_files_and_leaves_nothing(filled, data_dir, tmp_path):
    staging = tmp_path / "staging"
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"\x00garbage" * 4000)
    foreign = tmp_path / "foreign.sqlite3"
    raw = sqlite3.connect(foreign)
    raw.execute("CREATE TABLE recipes (name)")
    raw.commit()
    raw.close()
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    cases = [(tmp_path / "missing.sqlite3", DatabaseError, "does not exist"),
             (garbage, DatabaseError, "damaged or not a database"),
             (foreign, DatabaseError, "not a Welcome Point database"),
             (empty, DatabaseError, "not a Welcome Point database"),
             (newer_copy(filled, tmp_path), NewerDatabaseError, "newer version")]
    for chosen, error, words in cases:
        with pytest.raises(error, match=words):
            backups.stage_for_restore(chosen, staging)
        assert not staging.exists() or list(staging.iterdir()) == [], chosen


def test_staging_upgrades_an_older_backup(filled, data_dir, tmp_path):
    old = tmp_path / "old.sqlite3"
    old.write_bytes(filled.read_bytes())
    previous = schema.known_revisions()[-2]
    schema.run_alembic(old, "downgrade", previous)
    staged, state = backups.stage_for_restore(old, tmp_path / "staging")
    try:
        assert state.revision == previous
        assert schema.inspect_schema(staged).is_current
        assert staged.read_bytes()[18:20] == b"\x01\x01"
    finally:
        backups.discard_staged(staged)
    assert list((tmp_path / "staging").iterdir()) == []


def test_file_state_ignores_reading_and_an_empty_wal(database):
    backups.checkpoint(database.path)
    before = backups.file_state(database.path)
    with database.read() as session:
        session.connection().exec_driver_sql("SELECT count(*) FROM settings").scalar()
    assert backups.file_state(database.path) == before
    with database.write() as session:
        session.connection().exec_driver_sql("INSERT INTO settings VALUES ('k', 'v')")
    assert backups.file_state(database.path) != before
