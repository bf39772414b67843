"""The app's log file: what happened, as ids, counts and codes; never what anybody typed.

``setup_logging(data_dir)`` sends the ``welcome_point`` loggers to ``<data>/logs/welcome-point.log``
(a private folder and file, rotated at about 1 MB, three old files kept). Everyone logs with
``logging.getLogger(__name__)`` and passes ids, counts and codes only: no names, card codes, phone
numbers, e-mail addresses, text typed into a form or paths under the home folder.

Exception messages often quote the input that caused them ("no Welcome Point with code 'Ağrı'"),
so the formatter never writes one: for an exception it writes its type and the frames of its
traceback (file, line, function), nothing else. An exception passed as an argument of a log call is
written as its type name too. ``install_excepthook()`` logs an unhandled exception that way, then
hands it on to the hook that was there before (the GUI still shows it as before).
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import sys
import threading
import traceback
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType
from typing import Any

LOGGER_NAME = "welcome_point"
LOG_FOLDER = "logs"
LOG_FILE = "welcome-point.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
PACKAGE = "welcome_point"

_lock = threading.RLock()
_handler: logging.Handler | None = None
_previous_hooks: tuple[Any, Any] | None = None

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def log_file(data_dir: Path) -> Path:
    return data_dir / LOG_FOLDER / LOG_FILE


def _short_path(filename: str) -> str:
    """A source file as "welcome_point/services/desk.py" (or its bare name): no home folder in the log."""
    parts = Path(filename).parts
    if PACKAGE in parts:
        index = len(parts) - 1 - parts[::-1].index(PACKAGE)
        return "/".join(parts[index:])
    return Path(filename).name


def describe_exception(exc_type: type[BaseException] | None, exc: BaseException | None,
                       tb: TracebackType | None) -> str:
    """The type and the frames of an exception and of its causes; never its message."""
    lines: list[str] = []
    seen: set[int] = set()
    current_type, current, current_tb = exc_type, exc, tb
    while current_type is not None:
        frames = traceback.extract_tb(current_tb) if current_tb is not None else []
        lines.append("Traceback (most recent call last; messages are not logged):")
        lines += [f"  {_short_path(frame.filename)}:{frame.lineno} in {frame.name}" for frame in frames]
        module = "" if current_type.__module__ == "builtins" else f"{current_type.__module__}."
        lines.append(f"{module}{current_type.__qualname__}")
        if current is None:
            break
        seen.add(id(current))
        following = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
        if following is None or id(following) in seen:
            break
        lines.append("raised because of (or while handling) this one:")
        current_type, current, current_tb = type(following), following, following.__traceback__
    return "\n".join(lines)


def _scrubbed(value: object) -> object:
    return f"<{type(value).__qualname__}>" if isinstance(value, BaseException) else value


class PrivateFormatter(logging.Formatter):
    """Time, level, logger and message; exceptions as type and frames only; the home folder as ~."""

    def __init__(self) -> None:
        super().__init__(FORMAT)
        home = str(Path.home())
        self._home = home if len(home) > 1 else None

    def format(self, record: logging.LogRecord) -> str:
        # A copy: another handler's formatter may have cached the full traceback text on the record.
        copy = logging.makeLogRecord(record.__dict__)
        copy.exc_text = None
        copy.msg = _scrubbed(copy.msg)
        if isinstance(copy.args, Mapping):
            copy.args = {key: _scrubbed(value) for key, value in copy.args.items()}
        elif isinstance(copy.args, tuple):
            copy.args = tuple(_scrubbed(value) for value in copy.args)
        try:
            text = super().format(copy)
        except Exception:  # a log call with wrong arguments must not leak them, nor break the caller
            text = f"{self.formatTime(copy)} {copy.levelname} {copy.name}: <unformattable log call>"
        if self._home:
            text = text.replace(self._home, "~")
        return text

    def formatException(self, ei: Any) -> str:  # noqa: N802 - logging's name
        exc_type, exc, tb = ei
        return describe_exception(exc_type, exc, tb)

    def formatStack(self, stack_info: str) -> str:  # noqa: N802 - logging's name
        return stack_info  # frames and source lines only; the home folder is replaced in format()


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Creates each log file (the first and every rotated one) readable by this user only."""

    def _open(self) -> Any:
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return open(descriptor, "a", encoding=self.encoding, errors=self.errors)


def setup_logging(data_dir: Path) -> Path:
    """Log the ``welcome_point`` loggers (INFO and above) to ``data_dir/logs``; returns the file.

    Idempotent: a second call for the same folder changes nothing; for another folder the file is
    switched (one handler at any time).
    """
    global _handler
    path = log_file(data_dir)
    with _lock:
        if isinstance(_handler, logging.FileHandler) and _handler.baseFilename == os.path.abspath(path):
            return path
        _remove_handler()
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(path.parent, 0o700)  # mkdir's mode is reduced by the umask; an old folder may be open
        # backslashreplace: a lone surrogate in a log argument must not make the line fail.
        handler = _PrivateRotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT,
                                              encoding="utf-8", errors="backslashreplace")
        os.chmod(path, 0o600)  # a file from an older version may have been readable by others
        handler.setFormatter(PrivateFormatter())
        handler.setLevel(logging.INFO)
        logger = logging.getLogger(LOGGER_NAME)
        logger.setLevel(logging.INFO)
        logger.addHandler(handler)
        _handler = handler
    from welcome_point import __version__

    logger.info("logging started: version %s, process %d", __version__, os.getpid())
    return path


def _remove_handler() -> None:
    global _handler
    if _handler is not None:
        logger = logging.getLogger(LOGGER_NAME)
        logger.removeHandler(_handler)
        logger.setLevel(logging.NOTSET)
        _handler.close()
        _handler = None


def _log_unhandled(exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None,
                   where: str) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        return
    logger = logging.getLogger(LOGGER_NAME)
    with contextlib.suppress(Exception):  # logging must never hide the original error
        value = exc if exc is not None else exc_type()  # None only in theory, for a raised exception
        logger.critical("unhandled exception in %s", where, exc_info=(exc_type, value, tb))


def _excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    _log_unhandled(exc_type, exc, tb, "the main thread")
    previous = _previous_hooks[0] if _previous_hooks is not None else sys.__excepthook__
    previous(exc_type, exc, tb)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is not SystemExit:
        _log_unhandled(args.exc_type, args.exc_value, args.exc_traceback, "a worker thread")
    previous = _previous_hooks[1] if _previous_hooks is not None else threading.__excepthook__
    previous(args)


def install_excepthook() -> None:
    """Log unhandled exceptions (main thread and threads, Qt slots included), then pass them on."""
    global _previous_hooks
    with _lock:
        if _previous_hooks is not None:
            return
        _previous_hooks = (sys.excepthook, threading.excepthook)
        sys.excepthook = _excepthook
        threading.excepthook = _thread_excepthook


def shutdown() -> None:
    """Remove the handler and the hooks (tests; the app leaves them until it exits)."""
    global _previous_hooks
    with _lock:
        _remove_handler()
        if _previous_hooks is not None:
            if sys.excepthook is _excepthook:
                sys.excepthook = _previous_hooks[0]
            if threading.excepthook is _thread_excepthook:
                threading.excepthook = _previous_hooks[1]
            _previous_hooks = None

