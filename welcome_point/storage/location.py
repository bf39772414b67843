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
    chosen = option or environ.get(ENV_VARIABLE)
    if chosen:
        return Path(chosen).expanduser().absolute(), True
    return default_data_dir(), False


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
            path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DataFolderError(f"Cannot create the data folder {path}: {exc.strerror}.") from exc
    if not os.access(path, os.W_OK | os.X_OK):
        raise DataFolderError(f"The data folder {path} is not writable.")
    return path


def database_file(data_dir: Path) -> Path:
    return data_dir / DATABASE_NAME


def backup_dir(data_dir: Path) -> Path:
    return data_dir / "backups"
