"""Shared fixtures: real SQLite files in temporary folders, Qt offscreen, no blocking dialogs."""

from __future__ import annotations

import os

# Before any Qt import: tests never need a display, and see the screen of a common laptop.
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    screen = os.path.join(os.path.dirname(__file__), "offscreen-screen.json")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"

from datetime import date
from pathlib import Path

import pytest

from welcome_point.services.demo import DemoService
from welcome_point.storage import location
from welcome_point.storage.engine import Database
from welcome_point.storage.opening import open_database

DEMO_TODAY = date(2026, 11, 25)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def database(data_dir: Path):
    db = open_database(data_dir)
    yield db
    db.dispose()


@pytest.fixture(scope="session")
def demo_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One year of demo data, made once per test run; tests must not change it."""
    path = tmp_path_factory.mktemp("demo")
    db = open_database(path)
    DemoService(db, location.backup_dir(path)).fill(months=12, seed=1, today=DEMO_TODAY)
    db.dispose()
    return path


@pytest.fixture
def demo_database(demo_data_dir: Path):
    db = Database(location.database_file(demo_data_dir))
    yield db
    db.dispose()


@pytest.fixture(autouse=True)
def _no_blocking_dialogs(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    """A modal dialog in a test would hang CI: fail loudly instead."""
    if "qtbot" not in request.fixturenames:
        return
    from PySide6.QtWidgets import QMessageBox

    def refuse(*args, **kwargs):
        raise AssertionError(f"unexpected modal dialog: {args[1:3]}")

    for name in ("critical", "warning", "information", "question", "about", "aboutQt"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(refuse))
