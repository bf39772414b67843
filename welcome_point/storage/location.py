"""Where the data lives: the data folder and the database file inside it."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from welcome_point.domain.errors import DataFolderError

APP_DIR_NAME = "welcome-point"
DATABASE_NAME = "welcome-point.sqlite3"
ENV_VARIABLE = "WELCOME_POINT_DATA"


def default_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))


def resolve_data_dir(option: str | None, environ: Mapping[str, str] = os.environ) -> tuple[Path, bool]:
    """The data folder and whether the user named it (option or environment) explicitly."""
    chosen = option if option is not None else environ.get(ENV_VARIABLE)
    if chosen is None:
        return default_data_dir(), False
    if not chosen.strip():
        # An empty value (an unset shell variable) must not fall back to the real database.
        raise DataFolderError("The data folder is empty; name a folder or leave the option out.")
    return Path(chosen).expanduser().absolute(), True


def prepare_data_dir(path: Path, *, explicit: bool) -> Path:
    """Make sure ``path`` is a writable folder; create it when that is safe.

    The default folder is created with its parents. A folder the user named is created only
    when its parent exists, so a typo or an unplugged USB stick gives an error instead of a
    silently new, empty database somewhere unexpected.
    """
    if path.exists() and not path.is_dir():
        raise DataFolderError(f"The data folder {path} is a file, not a folder.")
    if not path.exists():
        if explicit and not path.parent.is_dir():
            raise DataFolderError(f"The data folder {path} does not exist (nor does its parent folder).")
        try:
            # Private to this user: the folder holds personal data of volunteers and visitors.
            path.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            raise DataFolderError(f"Cannot create the data folder {path}: {exc.strerror}.") from exc
    _probe_write(path)
    return path


def _probe_write(path: Path) -> None:
    """Really write a file: os.access says yes to root even on a read-only medium."""
    probe = path / f".write-test-{os.getpid()}"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise DataFolderError(f"The data folder {path} is not writable ({exc.strerror}).") from exc


def database_file(data_dir: Path) -> Path:
    return data_dir / DATABASE_NAME


def backup_dir(data_dir: Path) -> Path:
    return data_dir / "backups"


def printouts_dir(data_dir: Path) -> Path:
    """Cards and slips on their way to the printer: inside the private data folder, emptied of
    files older than a day (they hold card codes)."""
    return data_dir / "printouts"
