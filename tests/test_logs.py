"""The log file: private, rotated, one handler, and exception messages never written."""

from __future__ import annotations

import logging
import os
import stat
import sys
import threading
from pathlib import Path

import pytest

from welcome_point import logs

SECRET = "ZQX-SECRET Ağrı شارع +49 211 5550123"


@pytest.fixture
def log_dir(tmp_path: Path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    yield data_dir
    logs.shutdown()


def handlers() -> list[logging.Handler]:
    return [h for h in logging.getLogger("welcome_point").handlers if isinstance(h, logging.FileHandler)]


def raise_with(message: str) -> None:
    raise ValueError(message)


def test_setup_makes_a_private_folder_and_file(log_dir: Path) -> None:
    path = logs.setup_logging(log_dir)
    assert path == log_dir / "logs" / "welcome-point.log"
    assert "logging started" in path.read_text(encoding="utf-8")
    if sys.platform != "win32":
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_setup_is_idempotent_and_switches_folders(log_dir: Path, tmp_path: Path) -> None:
    logs.setup_logging(log_dir)
    logs.setup_logging(log_dir)
    assert len(handlers()) == 1
    other = tmp_path / "other"
    other.mkdir()
    path = logs.setup_logging(other)
    assert len(handlers()) == 1
    logging.getLogger("welcome_point.test").info("visit %d saved", 17)
    assert "visit 17 saved" in path.read_text(encoding="utf-8")
    logs.shutdown()
    assert handlers() == []


def test_lines_have_time_level_logger_and_message(log_dir: Path) -> None:
    path = logs.setup_logging(log_dir)
    logging.getLogger("welcome_point.services.desk").info("saved visit %d with %d topics", 4, 2)
    line = path.read_text(encoding="utf-8").splitlines()[-1]
    assert line.endswith("INFO welcome_point.services.desk: saved visit 4 with 2 topics")
    assert line[:4].isdigit()  # the time first
    logging.getLogger("welcome_point.x").debug("not written")
    assert "not written" not in path.read_text(encoding="utf-8")


def test_exception_messages_are_never_written(log_dir: Path) -> None:
    path = logs.setup_logging(log_dir)
    logger = logging.getLogger("welcome_point.services.test")
    try:
        try:
            raise_with(SECRET)
        except ValueError as inner:
            raise KeyError(SECRET) from inner
    except KeyError as exc:
        logger.exception("saving failed")
        logger.warning("refused: %s", exc)
        logger.warning("refused: %(error)s", {"error": exc})
        logger.error(exc)
    text = path.read_text(encoding="utf-8")
    assert "ZQX" not in text
    assert "Ağrı" not in text
    assert "5550123" not in text
    assert "saving failed" in text
    assert "KeyError" in text
    assert "ValueError" in text
    assert "raise_with" in text  # and their frames
    assert "refused: <KeyError>" in text


def test_a_cached_traceback_of_another_handler_is_not_reused(log_dir: Path) -> None:
    path = logs.setup_logging(log_dir)
    records: list[logging.LogRecord] = []

    class Greedy(logging.Handler):  # formats first and caches the full text on the record
        def emit(self, record: logging.LogRecord) -> None:
            self.format(record)
            records.append(record)

    greedy = Greedy()
    logger = logging.getLogger("welcome_point")
    logger.handlers.insert(0, greedy)
    try:
        try:
            raise_with(SECRET)
        except ValueError:
            logging.getLogger("welcome_point.test").exception("boom")
    finally:
        logger.removeHandler(greedy)
    assert records
    assert SECRET in (records[0].exc_text or "")
    assert "ZQX" not in path.read_text(encoding="utf-8")


def test_home_folder_is_not_written(log_dir: Path) -> None:
    path = logs.setup_logging(log_dir)
    logging.getLogger("welcome_point.test").info("opened %s", Path.home() / "Documents" / "x.sqlite3")
    text = path.read_text(encoding="utf-8")
    assert f"opened ~{os.sep}Documents" in text


def test_a_broken_log_call_writes_no_arguments() -> None:
    record = logging.LogRecord("welcome_point.test", logging.INFO, __file__, 1, "two %s %s", (SECRET,), None)
    text = logs.PrivateFormatter().format(record)
    assert "unformattable" in text
    assert "ZQX" not in text


def test_rotation_keeps_three_private_files(log_dir: Path) -> None:
    path = logs.setup_logging(log_dir)
    logger = logging.getLogger("welcome_point.test")
    line = "x" * 1000
    for n in range(5000):
        logger.info("%d %s", n, line)
    files = sorted(path.parent.iterdir())
    assert [f.name for f in files] == ["welcome-point.log", *(f"welcome-point.log.{n}" for n in (1, 2, 3))]
    for file in files:
        assert file.stat().st_size <= logs.MAX_BYTES + 2000
        if sys.platform != "win32":
            assert stat.S_IMODE(file.stat().st_mode) == 0o600


def test_an_old_readable_log_is_made_private(log_dir: Path) -> None:
    if sys.platform == "win32":
        pytest.skip("POSIX permissions")
    folder = log_dir / "logs"
    folder.mkdir(mode=0o755)
    old = folder / "welcome-point.log"
    old.write_text("old\n")
    old.chmod(0o644)
    logs.setup_logging(log_dir)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(old.stat().st_mode) == 0o600
    assert old.read_text().startswith("old\n")


def test_excepthook_logs_type_and_frames_then_passes_on(log_dir: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "excepthook", lambda t, v, tb: seen.append(t))
    path = logs.setup_logging(log_dir)
    logs.install_excepthook()
    logs.install_excepthook()  # idempotent: the previous hook is not our own hook
    try:
        raise_with(SECRET)
    except ValueError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    assert seen == [ValueError]  # handled as before, exactly once
    text = path.read_text(encoding="utf-8")
    assert "CRITICAL welcome_point: unhandled exception in the main thread" in text
    assert "ValueError" in text
    assert "raise_with" in text
    assert "ZQX" not in text
    logs.shutdown()
    assert sys.excepthook is not logs._excepthook


def test_thread_excepthook_logs_and_passes_on(log_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[type[BaseException]] = []
    monkeypatch.setattr(threading, "excepthook", lambda args: seen.append(args.exc_type))
    path = logs.setup_logging(log_dir)
    logs.install_excepthook()
    worker = threading.Thread(target=raise_with, args=(SECRET,))
    worker.start()
    worker.join()
    assert seen == [ValueError]
    text = path.read_text(encoding="utf-8")
    assert "unhandled exception in a worker thread" in text
    assert "ZQX" not in text
    logs.shutdown()
    assert threading.excepthook is not logs._thread_excepthook


def test_keyboard_interrupt_is_not_logged(log_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", lambda t, v, tb: None)
    path = logs.setup_logging(log_dir)
    logs.install_excepthook()
    sys.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert "unhandled" not in path.read_text(encoding="utf-8")


def test_a_lone_surrogate_does_not_break_the_line(log_dir: Path) -> None:
    path = logs.setup_logging(log_dir)
    logging.getLogger("welcome_point.test").info("code %s then %d", "a\ud800", 5)
    assert "code a\\ud800 then 5" in path.read_text(encoding="utf-8")


def test_shutdown_leaves_the_logger_as_it_found_it(log_dir: Path) -> None:
    logs.setup_logging(log_dir)
    logs.shutdown()
    logger = logging.getLogger("welcome_point")
    assert logger.level == logging.NOTSET
    assert handlers() == []
