"""Render the main window at 1366×768 in several languages for the README and for review.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [OUT_DIR]

Uses a fresh demo database in a temporary folder; writes main-<lang>-<page>.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCREEN = ROOT / "tests" / "offscreen-screen.json"
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN}"

from PySide6.QtCore import QSettings, QThreadPool  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from welcome_point.app import DeskApplication  # noqa: E402
from welcome_point.services.demo import DemoService  # noqa: E402
from welcome_point.storage import location  # noqa: E402
from welcome_point.storage.opening import open_database  # noqa: E402

SHOTS = [("de", "desk"), ("de", "visits"), ("de", "referrals"), ("de", "directory"), ("de", "settings"),
         ("ar", "desk"), ("ar", "visits"), ("ar", "referrals"), ("ar", "directory"), ("en", "desk"),
         ("fa", "desk"), ("fa", "shifts"), ("uk", "visits"), ("tr", "directory"), ("tr", "reports"),
         ("de", "shifts"), ("ar", "shifts"), ("de", "volunteers"), ("uk", "volunteers"), ("de", "reports"),
         ("ar", "reports"), ("en", "reports"), ("ar", "settings"), ("de", "signin"), ("ar", "signin"),
         ("de", "accounts"), ("ar", "accounts"), ("de", "privacy"), ("ar", "privacy")]
SCREENSHOT_PASSWORD = "screenshots only"


def sign_in(desk) -> None:
    """The demo database has no accounts: the first shot creates the admin, the others sign in."""
    auth = desk.services.auth
    principal = (auth.create_first_admin("admin", SCREENSHOT_PASSWORD) if auth.needs_setup()
                 else auth.login("admin", SCREENSHOT_PASSWORD))
    desk.window.lock_screen.signed_in.emit(principal)


def stage_desk(window) -> None:
    """The desk in the middle of the morning: people waiting, one in conversation, a referral."""
    page = window.page("desk")
    desk = page._desk
    if not desk.queue() and not desk.in_conversation():
        from datetime import timedelta

        from welcome_point.domain.desk import VisitForm

        now = desk.now()
        for minutes, language, topics in ((95, "uk", ("german_course",)), (70, "ar", ("residence", "family")),
                                          (40, "tr", ("benefits",))):
            arrived = now - timedelta(minutes=minutes)
            desk.save_visit(VisitForm(language=language, topics=topics, arrived_at=arrived,
                                      started_at=arrived + timedelta(minutes=6),
                                      ended_at=arrived + timedelta(minutes=25)))
        for language in ("ar", "uk", "fa", "ti"):
            desk.arrive(language)
        desk.call_next()
    page.refresh()
    page.form.clear()
    entry = desk.in_conversation()[0]
    page.form.take_entry(entry)
    page.form.topics.buttons["housing"].setChecked(True)
    page.form.topics.buttons["letters"].setChecked(True)
    page.form.referral.setText("Mieter")
    page.form._referral_entered()


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        data.mkdir()
        database = open_database(data)
        DemoService(database, location.backup_dir(data)).fill(months=12, seed=1, today=date(2026, 11, 25))
        database.dispose()
        for language, page in SHOTS:
            settings = QSettings(str(Path(tmp) / f"{language}.ini"), QSettings.Format.IniFormat)
            desk = DeskApplication(app, data, settings, language)
            window = desk.start()
            window.setGeometry(0, 0, 1366, 768)
            window.show_page(page)
            while desk.info is None and desk.database_error is None:
                app.processEvents()  # the database opens in the background after the first paint
            for _ in range(5):
                app.processEvents()
            sign_in(desk)
            window.show_page(page if page != "signin" else "desk")
            if page == "signin":
                window.lock(ask=False)
            if page == "desk":
                stage_desk(window)
            for _ in range(4):  # pages load in the background: the rows, then their count
                QThreadPool.globalInstance().waitForDone()
                for _ in range(10):
                    app.processEvents()
            target = out / f"main-{language}-{page}.png"
            window.grab().save(str(target))
            print(target)
            if "desk" in window.pages and window.page_keys:
                window.page("desk").form.clear()  # closing asks before losing a half-entered visit
            window.close()
            desk.translations.remove(app)
            desk.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
