"""`welcome-point backup`, `restore` and `check`, and the data folder's lock, end to end."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from welcome_point.cli import main
from welcome_point.storage import location
from welcome_point.storage.opening import open_database
from welcome_point.ui.instance_lock import InstanceLock


def put(data: Path, key: str) -> None:
    raw = sqlite3.connect(location.database_file(data))
    raw.execute("INSERT INTO settings VALUES (?, 'v')", (key,))
    raw.commit()
    raw.close()


def keys(path: Path) -> set[str]:
    raw = sqlite3.connect(path)
    try:
        return {k for (k,) in raw.execute("SELECT key FROM settings")}
    finally:
        raw.close()


@pytest.fixture
def data(tmp_path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    open_database(folder).dispose()
    put(folder, "first")
    return folder


def one_line_error(capsys) -> str:
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1, err
    assert "Traceback" not in err
    return err


def test_backup_then_restore(data, tmp_path, capsys):
    out = tmp_path / "stick"
    out.mkdir()
    assert main(["--data-dir", str(data), "backup", "--out", str(out)]) == 0
    copies = list(out.iterdir())
    assert len(copies) == 1
    assert copies[0].name.startswith("welcome-point-")
    assert str(copies[0]) in capsys.readouterr().out
    assert copies[0].stat().st_mode & 0o077 == 0

    put(data, "second")
    assert main(["--data-dir", str(data), "restore", str(copies[0])]) == 0
    printed = capsys.readouterr().out
    database = location.database_file(data)
    assert keys(database) >= {"first"}
    assert "second" not in keys(database)
    aside = next(location.backup_dir(data).glob("*-before-restore.sqlite3"))
    assert str(aside) in printed
    assert "second" in keys(aside)
    raw = sqlite3.connect(database)
    assert raw.execute("SELECT action FROM audit_events ORDER BY id DESC LIMIT 1").fetchone() == ("restore",)
    raw.close()


def test_backup_needs_an_existing_folder(data, tmp_path, capsys):
    assert main(["--data-dir", str(data), "backup", "--out", str(tmp_path / "missing")]) == 1
    assert "does not exist" in one_line_error(capsys)
    assert main(["--data-dir", str(data), "backup"]) == 2
    assert "--out" in one_line_error(capsys)


def test_restore_refuses_a_bad_file_and_changes_nothing(data, tmp_path, capsys):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database at all" * 300)
    before = keys(location.database_file(data))
    assert main(["--data-dir", str(data), "restore", str(bad)]) == 1
    assert "nothing was restored" in one_line_error(capsys)
    assert keys(location.database_file(data)) == before
    assert list(location.backup_dir(data).iterdir()) == []  # no copy, no staged file left
    assert main(["--data-dir", str(data), "restore", str(tmp_path / "missing.sqlite3")]) == 1
    assert "does not exist" in one_line_error(capsys)


def test_restore_over_a_damaged_database(data, tmp_path, capsys):
    out = tmp_path / "stick"
    out.mkdir()
    assert main(["--data-dir", str(data), "backup", "--out", str(out)]) == 0
    copy = next(out.iterdir())
    location.database_file(data).write_bytes(b"garbage" * 2000)
    capsys.readouterr()
    assert main(["--data-dir", str(data), "restore", str(copy)]) == 0
    printed = capsys.readouterr().out
    assert "damaged" in printed
    assert "Restored from" in printed
    assert "first" in keys(location.database_file(data))
    assert list((data / "damaged").iterdir())


def test_check(data, capsys):
    assert main(["--data-dir", str(data), "check"]) == 0
    assert capsys.readouterr().out == "integrity_check: ok\nforeign_key_check: ok\n"
    raw = sqlite3.connect(location.database_file(data))
    raw.execute("INSERT INTO visits (site_id, arrived_at, group_size, language, interpreter_needed, outcome) "
                "VALUES (99, '2026-01-05 10:00:00', 1, 'ar', 0, 'advised')")
    raw.commit()
    raw.close()
    assert main(["--data-dir", str(data), "check"]) == 1
    out = capsys.readouterr().out
    assert "integrity_check: ok" in out
    assert "foreign_key_check: 1 problem\n  visits row 1 → sites" in out


def test_check_of_a_damaged_file_leaves_it_where_it_is(tmp_path, capsys):
    database = location.database_file(tmp_path)
    database.write_bytes(b"garbage" * 2000)
    assert main(["--data-dir", str(tmp_path), "check"]) == 1
    out = capsys.readouterr().out
    assert "integrity_check: 1 problem" in out
    assert "not a database" in out
    assert "foreign_key_check: not run" in out
    assert database.read_bytes() == b"garbage" * 2000


def test_check_without_a_database(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path), "check"]) == 1
    assert "no database" in one_line_error(capsys)


@pytest.mark.parametrize("command", [["backup", "--out", "."], ["restore", "x.sqlite3"], ["info"],
                                     ["demo", "--months", "1"], ["report", "--out", "."], ["gui"], []])
def test_commands_that_open_the_database_wait_for_the_window(data, capsys, command):
    before = location.database_file(data).read_bytes()
    with InstanceLock(data):  # the window is open on this folder
        assert main(["--data-dir", str(data), *command]) == 1
    assert "already running on this data folder" in one_line_error(capsys)
    assert location.database_file(data).read_bytes() == before


def test_check_runs_beside_the_window(data, capsys):
    with InstanceLock(data):
        assert main(["--data-dir", str(data), "check"]) == 0


def test_the_window_gets_a_damaged_database_to_offer_a_backup(tmp_path):
    """The check before the window lets a damaged file through (a newer one it refuses): the window's
    opening moves it aside and names the newest verified backup."""
    import subprocess
    import sys

    data = tmp_path / "data"
    data.mkdir()
    location.database_file(data).write_bytes(b"garbage" * 2000)
    done = subprocess.run([sys.executable, "-m", "welcome_point", "--data-dir", str(data), "gui",
                           "--quit-after-first-paint"], capture_output=True, text=True, timeout=120,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
                               "XDG_CONFIG_HOME": str(tmp_path / "config")})
    assert done.returncode == 1
    assert "database-error The database" in done.stdout
    assert "moved to" in done.stdout
    assert list((data / "damaged").iterdir())
    assert not (data / "welcome-point.lock").exists()  # released when the window closed
