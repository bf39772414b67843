"""The window's housekeeping: retention at start, backups on the timer and at exit, a damaged
database at start with the newest verified backup offered, and a second window refused."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from welcome_point.app import DeskApplication
from welcome_point.domain.errors import AnotherInstanceError
from welcome_point.domain.models import Site, Visit, Visitor
from welcome_point.services.backups import BackupService
from welcome_point.storage import location
from welcome_point.storage.bulk import Dataset, write_dataset
from welcome_point.storage.opening import open_database
from welcome_point.ui.instance_lock import InstanceLock

OLD_CARD = "9MK6D-YNHPR"


def start(qapp, qtbot, data, settings_dir) -> DeskApplication:
    settings = QSettings(str(settings_dir / "ui.ini"), QSettings.Format.IniFormat)
    app = DeskApplication(qapp, data, settings, language="en")
    qtbot.addWidget(app.start())
    qtbot.waitUntil(lambda: app.services is not None or app.database_error is not None, timeout=15_000)
    return app


def stop(app: DeskApplication, qapp) -> None:
    for widget in qapp.topLevelWidgets():
        widget.close()
    app.close()


def rows(data, sql: str) -> list[tuple]:
    raw = sqlite3.connect(location.database_file(data))
    try:
        return raw.execute(sql).fetchall()
    finally:
        raw.close()


@pytest.fixture
def data(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


def fill(data, card_code: str, last_visit: datetime) -> None:
    database = open_database(data)
    try:
        with database.write() as session:
            write_dataset(session, Dataset(
                sites=(Site(id=1, code="DUS", name="Welcome Point"),),
                visitors=(Visitor(id=1, card_code=card_code, first_seen=last_visit.date()),),
                visits=(Visit(id=1, site_id=1, arrived_at=last_visit, visitor_id=1, language="ar",
                              topics=("housing",)),)))
    finally:
        database.dispose()


def test_retention_runs_at_start_and_the_exit_takes_a_verified_backup(qapp, qtbot, data, tmp_path):
    three_years_ago = datetime.now().replace(microsecond=0) - timedelta(days=3 * 365)
    fill(data, OLD_CARD, three_years_ago)
    app = start(qapp, qtbot, data, tmp_path)
    assert app.services is not None
    # Erased with its card code; the visit stays, anonymous.
    assert rows(data, "SELECT count(*) FROM visitors") == [(0,)]
    assert rows(data, "SELECT visitor_id FROM visits") == [(None,)]
    assert ("retention_run",) in rows(data, "SELECT action FROM audit_events")
    assert rows(data, "SELECT value FROM settings WHERE key = 'retention.last_run'") == [
        (date.today().isoformat(),)]
    backups = location.backup_dir(data)
    assert any(p.name.endswith("-before-retention.sqlite3") for p in backups.iterdir())

    app.housekeep()  # what the 30-minute timer does: the data changed since, so a copy is taken
    qtbot.waitUntil(lambda: not app._backup_running, timeout=15_000)
    auto = [p for p in backups.iterdir() if p.name.endswith("-auto.sqlite3")]
    assert len(auto) == 1
    stop(app, qapp)
    # Nothing changed after the timer's copy: the exit adds none.
    assert [p for p in backups.iterdir() if p.name.endswith("-auto.sqlite3")] == auto
    copy = sqlite3.connect(auto[0])
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert copy.execute("SELECT count(*) FROM visits").fetchone() == (1,)
    finally:
        copy.close()


def test_a_damaged_database_at_start_offers_the_newest_verified_backup(qapp, qtbot, data, tmp_path,
                                                                      monkeypatch):
    fill(data, OLD_CARD, datetime.now().replace(microsecond=0) - timedelta(days=2))
    database = open_database(data)
    try:
        BackupService(database, data).backup_now()
    finally:
        database.dispose()
    location.database_file(data).write_bytes(b"this is not a database, it was damaged " * 500)
    questions: list[str] = []

    def yes(parent, title, text, *args, **kwargs):
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(yes))
    app = start(qapp, qtbot, data, tmp_path)
    qtbot.waitUntil(lambda: app.services is not None, timeout=15_000)
    assert len(questions) == 1
    assert "damaged" in questions[0]
    assert app.database_error is None
    assert rows(data, "SELECT card_code FROM visitors") == [(OLD_CARD,)]  # the backup's data is back
    assert list((data / "damaged").iterdir())  # the damaged file was kept, not deleted
    assert ("restore",) in rows(data, "SELECT action FROM audit_events")
    stop(app, qapp)


def test_declining_the_backup_leaves_a_clear_message_and_no_crash(qapp, qtbot, data, tmp_path, monkeypatch):
    fill(data, OLD_CARD, datetime.now().replace(microsecond=0))
    database = open_database(data)
    try:
        BackupService(database, data).backup_now()
    finally:
        database.dispose()
    location.database_file(data).write_bytes(b"\x00garbage" * 4000)
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *args, **kwargs: QMessageBox.StandardButton.No))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda parent, title, text: shown.append(text)))
    app = start(qapp, qtbot, data, tmp_path)
    assert app.services is None
    assert app.database_error is not None
    assert "damaged" in shown[0]
    assert "restore" in shown[0]
    stop(app, qapp)


def test_a_second_window_on_the_same_data_folder_is_refused(data, tmp_path):
    lock = InstanceLock(data)
    assert lock.acquire()
    try:
        done = subprocess.run([sys.executable, "-m", "welcome_point", "--data-dir", str(data), "gui",
                               "--quit-after-first-paint"], capture_output=True, text=True, timeout=120,
                              env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin",
                                   "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config")})
    finally:
        lock.release()
    assert done.returncode == 1
    assert "already" in done.stderr
    assert "first-paint" not in done.stdout  # refused before any window
    with pytest.raises(AnotherInstanceError), InstanceLock(data):
        InstanceLock(data).acquire()


def test_messages_on_the_public_screen_show_the_home_folder_as_tilde(qapp):
    from pathlib import Path

    from welcome_point.domain.errors import CorruptDatabaseError
    from welcome_point.ui.errors import describe

    where = Path.home() / "Maria Musterfrau" / "welcome-point.sqlite3"
    text = describe(CorruptDatabaseError(f"The database {where} is damaged.", moved_to=where, newest_backup=None))
    assert str(Path.home()) not in text
    assert "~/Maria Musterfrau/welcome-point.sqlite3" in text
    assert "damaged" in text
