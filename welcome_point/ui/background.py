"""Slow work off the UI thread: run a function in Qt's thread pool, get the result back as a signal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    """Lives in the UI thread; its signals cross back from the worker as queued calls."""

    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # every failure reaches the UI; none is lost in a thread
            self._relay.failed.emit(exc)
        else:
            self._relay.done.emit(result)


class BackgroundRunner:
    """Runs one function per call in a worker thread and calls back in the UI thread.

    ``on_failed`` also receives an exception raised by ``on_done``, so that a failure in
    showing a result is reported like a failure in computing it.
    """

    def __init__(self, pool: QThreadPool | None = None) -> None:
        self._pool = pool or QThreadPool.globalInstance()
        self._relays: set[_Relay] = set()  # alive until their result is delivered

    def run(self, work: Callable[[], Any], on_done: Callable[[Any], None],
            on_failed: Callable[[Exception], None]) -> None:
        relay = _Relay()
        self._relays.add(relay)

        def release() -> None:
            relay.done.disconnect()
            relay.failed.disconnect()
            self._relays.discard(relay)
            relay.deleteLater()

        def done(result: Any) -> None:
            release()
            try:
                on_done(result)
            except Exception as exc:
                on_failed(exc)

        def failed(exc: Exception) -> None:
            release()
            on_failed(exc)

        relay.done.connect(done)
        relay.failed.connect(failed)
        self._pool.start(_Task(work, relay))

    @property
    def pending(self) -> int:
        return len(self._relays)

    def finish(self) -> None:
        """Wait for every task (a migration must not be cut short) and deliver its result."""
        self._pool.waitForDone(-1)
        QCoreApplication.sendPostedEvents()
