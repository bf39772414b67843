"""The command line: what a user types, what they see, and no traceback ever."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from welcome_point import __version__
from welcome_point.cli import main
from welcome_point.storage import location, schema


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "welcome_point", *args], capture_output=True, text=True,
                          timeout=120, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin",
                                            "HOME": "/tmp", "XDG_CONFIG_HOME": "/tmp/wp-cli-config"})


def test_help_lists_every_command(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    for word in ("gui", "demo", "info", "--data-dir", "--lang", "--version"):
        assert word in out


def test_version(capsys):
    with pytest.raises(SystemExit):
        main(["--version"])
    assert __version__ in capsys.readouterr().out


def test_demo_then_info_then_refusal(tmp_path, capsys):
    data = tmp_path / "D"
    assert main(["--data-dir", str(data), "demo", "--months", "2", "--seed", "4"]) == 0
    assert main(["--data-dir", str(data), "info"]) == 0
    out = capsys.readouterr().out
    assert schema.head_revision() in out
    assert str(data) in out
    assert "visits" in out
    assert "volunteers" in out
    assert main(["--data-dir", str(data), "demo", "--months", "2"]) == 1
    err = capsys.readouterr().err
    assert "--force" in err
    assert len(err.strip().splitlines()) == 1


def test_data_folder_from_the_environment(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("WELCOME_POINT_DATA", str(tmp_path / "env-data"))
    assert main(["info"]) == 0
    assert str(tmp_path / "env-data") in capsys.readouterr().out


def bad_inputs(tmp_path):
    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    corrupt = tmp_path / "corrupt"
    corrupt.mkdir()
    (corrupt / location.DATABASE_NAME).write_bytes(b"garbage" * 500)
    newer = tmp_path / "newer"
    newer.mkdir()
    raw = sqlite3.connect(newer / location.DATABASE_NAME)
    raw.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    raw.execute("INSERT INTO alembic_version VALUES ('9999_future')")
    raw.commit()
    raw.close()
    return {
        "unknown option": (["--frobnicate"], 2, "unrecognized arguments"),
        "bad months": (["--data-dir", str(tmp_path), "demo", "--months", "0"], 2, "between 1 and 60"),
        "unknown language": (["--lang", "xx", "info"], 2, "invalid choice"),
        "months not a number": (["demo", "--months", "abc"], 2, "must be a whole number"),
        "empty data folder": (["--data-dir", "", "info"], 1, "empty"),
        "data folder is a file": (["--data-dir", str(a_file), "info"], 1, "is a file"),
        "missing parent folder": (["--data-dir", str(tmp_path / "no" / "such"), "info"], 1, "does not exist"),
        "corrupt database": (["--data-dir", str(corrupt), "info"], 1, "damaged"),
        "newer database": (["--data-dir", str(newer), "info"], 1, "newer version"),
        "newer database, window": (["--data-dir", str(newer), "gui"], 1, "newer version"),
    }


@pytest.mark.parametrize("case", ["unknown option", "bad months", "unknown language", "months not a number",
                                  "empty data folder", "data folder is a file",
                                  "missing parent folder", "corrupt database", "newer database",
                                  "newer database, window"])
def test_bad_input_gives_one_clear_line(tmp_path, capsys, case):
    argv, code, text = bad_inputs(tmp_path)[case]
    assert main(argv) == code
    err = capsys.readouterr().err
    assert text in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_the_real_command_prints_no_traceback(tmp_path):
    (tmp_path / location.DATABASE_NAME).write_bytes(b"garbage" * 500)
    done = run("--data-dir", str(tmp_path), "info")
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "damaged" in done.stderr


def test_a_locked_database_is_reported(tmp_path):
    assert main(["--data-dir", str(tmp_path), "info"]) == 0
    holder = sqlite3.connect(tmp_path / location.DATABASE_NAME, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        done = run("--data-dir", str(tmp_path), "demo", "--months", "1")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert done.returncode == 1
    assert "in use by another program" in done.stderr
    assert "Traceback" not in done.stderr


def test_gui_smoke_start_paints_before_heavy_imports(tmp_path):
    done = run("--data-dir", str(tmp_path), "--lang", "de", "gui", "--quit-after-first-paint")
    assert done.returncode == 0, done.stderr
    lines = dict(line.split(" ", 1) for line in done.stdout.splitlines())
    assert lines["heavy-modules-at-first-paint"] == "none"
    assert "welcome_point_de.qm" in lines["translations"]
    assert "qtbase_de.qm" in lines["translations"]
    assert "icon-ok=True" in lines["assets"]
    assert (tmp_path / location.DATABASE_NAME).exists()


def test_the_cli_knows_the_same_languages_as_the_window():
    from welcome_point.cli import LANGUAGE_CODES
    from welcome_point.ui.i18n import LANGUAGES

    assert tuple(LANGUAGES) == LANGUAGE_CODES


def test_a_closed_pipe_is_not_an_error(tmp_path):
    main(["--data-dir", str(tmp_path), "info"])  # the database exists: the output comes at once
    # The reader closes the pipe without reading, so every write of ours meets a broken pipe.
    done = subprocess.run(f"'{sys.executable}' -m welcome_point --data-dir '{tmp_path}' info "
                          "| (exec 0<&-; sleep 2)", shell=True, capture_output=True, text=True,
                          timeout=60, executable="/bin/bash")
    assert done.returncode == 0
    assert done.stderr == ""


def test_the_smoke_start_never_waits_on_a_dialog(tmp_path):
    """A database that passes the quick check but fails to open (no room for the copy)."""
    from welcome_point.storage import schema
    from welcome_point.storage.opening import open_database

    open_database(tmp_path).dispose()
    schema.run_alembic(tmp_path / location.DATABASE_NAME, "downgrade", "base")
    with sqlite3.connect(tmp_path / location.DATABASE_NAME) as raw:
        raw.execute("CREATE TABLE legacy_notes (x)")
    raw.close()
    (tmp_path / "backups").write_text("a file where the backup folder should be")
    done = run("--data-dir", str(tmp_path), "gui", "--quit-after-first-paint")
    assert done.returncode == 1
    assert "database-error Could not copy the database" in done.stdout


def test_the_windowed_launcher_explains_a_refusal_in_the_chosen_language(tmp_path, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    newer = bad_inputs(tmp_path)["newer database"][0][1]
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda parent, title, text: shown.append(text)))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    assert main(["--lang", "de", "--data-dir", newer, "gui"], windowed=True) == 1
    assert shown[0].startswith("Diese Datenbank wurde von einer neueren Version")


def test_the_smoke_start_ends_when_its_reader_left(tmp_path):
    done = subprocess.run(f"'{sys.executable}' -m welcome_point --data-dir '{tmp_path}' gui "
                          "--quit-after-first-paint | (exec 0<&-; sleep 3)", shell=True,
                          capture_output=True, text=True, timeout=60, executable="/bin/bash",
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": "/tmp",
                               "XDG_CONFIG_HOME": str(tmp_path / "config")})
    assert done.returncode == 0
    assert "Traceback" not in done.stderr
