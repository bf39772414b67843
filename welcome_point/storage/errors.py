"""Turn SQLite's errors into messages for the user. No SQLAlchemy import: used before start-up."""

from __future__ import annotations

from pathlib import Path

from welcome_point.domain.errors import DatabaseError


def friendly_error(exc: BaseException, path: Path) -> DatabaseError:
    text = str(getattr(exc, "orig", exc)).lower()
    if "locked" in text or "busy" in text:
        return DatabaseError(
            f"The database {path} is in use by another program; close it and try again.")
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return DatabaseError(
            f"The file {path} is damaged or not a Welcome Point database; restore a backup.")
    if "readonly" in text or "read-only" in text:
        return DatabaseError(f"The database {path} is read-only.")
    if "unable to open" in text:
        return DatabaseError(f"The database {path} cannot be opened.")
    return DatabaseError(f"The database {path} cannot be used: {getattr(exc, 'orig', exc)}")
