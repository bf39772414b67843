"""Errors that every layer may raise and every caller may catch without importing the layer."""

from __future__ import annotations

from pathlib import Path


class WelcomePointError(Exception):
    """Base of the errors that carry a message meant for the user."""


class ValidationError(WelcomePointError, ValueError):
    """A value does not fit the data model (unknown code, impossible time span, ...).

    ``field`` names the form field at fault, so that a form can show the message next to it.
    """

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class ConstraintError(ValidationError):
    """The database refused a row (unique code taken, unknown reference, ...). Nothing was saved."""


class DataFolderError(WelcomePointError):
    """The data folder is missing, not a folder, or not writable."""


class DatabaseError(WelcomePointError):
    """The database file cannot be used (locked, corrupt, not a database)."""


class NewerDatabaseError(DatabaseError):
    """The database was written by a newer version of the app; opening it could lose data."""


class DatabaseNotEmptyError(WelcomePointError):
    """A bulk operation (demo data) would mix with data that is already there."""


class ReportFileError(ValidationError):
    """A report file to read or merge is not a valid monthly report; the message names the file."""


class ExportError(WelcomePointError):
    """Writing an export failed (read-only folder, full or removed drive); nothing was left behind."""


class CorruptDatabaseError(DatabaseError):
    """The database file failed its check at start. It was moved to ``moved_to`` (with its -wal and -shm),
    nothing was deleted; ``newest_backup`` is the newest backup that passed its integrity check, or None."""

    def __init__(self, message: str, moved_to: Path, newest_backup: Path | None) -> None:
        super().__init__(message)
        self.moved_to = moved_to
        self.newest_backup = newest_backup


class AnotherInstanceError(WelcomePointError):
    """Another Welcome Point Desk (window or command) uses the same data folder; ``pid``: its process."""

    def __init__(self, message: str, pid: int | None = None) -> None:
        super().__init__(message)
        self.pid = pid
