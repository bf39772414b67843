"""Errors as the user reads them: a translated sentence, then the technical detail."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from welcome_point.domain.errors import (
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
        return f"{headline}\n\n{exc.__class__.__name__}: {exc}"
    return f"{headline}\n\n{exc}"
