"""Errors as the user reads them: a translated sentence, then the technical detail."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from welcome_point.domain.access import AccessDenied
from welcome_point.domain.errors import (
    AnotherInstanceError,
    CorruptDatabaseError,
    DatabaseError,
    DataFolderError,
    NewerDatabaseError,
    WelcomePointError,
)


def describe(exc: BaseException) -> str:
    if isinstance(exc, NewerDatabaseError):
        headline = QCoreApplication.translate(
            "Errors", "This database was written by a newer version of Welcome Point Desk. "
            "Please install that version; the database was not changed.")
    elif isinstance(exc, AnotherInstanceError):
        headline = QCoreApplication.translate(
            "Errors", "Welcome Point Desk is already open on this data folder. Use that window, or close it "
            "first.")
    elif isinstance(exc, CorruptDatabaseError):
        headline = QCoreApplication.translate(
            "Errors", "The database file is damaged. It was moved aside, nothing was deleted; restore the "
            "newest backup (Data & privacy page, or: welcome-point restore FILE).")
    elif isinstance(exc, AccessDenied):
        headline = QCoreApplication.translate(
            "Errors", "Your account may not do this; nothing was read or changed. Ask an administrator.")
    elif isinstance(exc, DataFolderError):
        headline = QCoreApplication.translate("Errors", "The data folder cannot be used.")
    elif isinstance(exc, DatabaseError):
        headline = QCoreApplication.translate(
            "Errors", "The database cannot be used. Close other programs that use it, "
            "or restore a backup copy.")
    elif isinstance(exc, WelcomePointError):
        headline = QCoreApplication.translate(
            "Errors", "The action could not be completed; nothing was changed.")
    else:
        headline = QCoreApplication.translate("Errors", "An unexpected error occurred; nothing was changed.")
        return f"{headline}\n\n{exc.__class__.__name__}: {_home_as_tilde(str(exc))}"
    return f"{headline}\n\n{_home_as_tilde(str(exc))}"


def _home_as_tilde(text: str) -> str:
    """The screen faces the public, and a home folder is often named after a person."""
    home = str(Path.home())
    return text.replace(home, "~") if len(home) > 1 else text
