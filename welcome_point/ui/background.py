"""Slow work off the UI thread: run a function in Qt's thread pool, get the result back as a signal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


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
    """Runs one function per call in a worker thread and calls back in the UI thread."""

    def __init__(self, pool: QThreadPool | None = None) -> None:
        self._pool = pool or QThreadPool.globalInstance()
        self._relays: set[_Relay] = set()  # kept alive until their result is delivered

    def run(self, work: Callable[[], Any], on_done: Callable[[Any], None],
            on_failed: Callable[[Exception], None]) -> None:
        relay = _Relay()
        self._relays.add(relay)

        def finish(callback: Callable[[Any], None], value: Any) -> None:
            self._relays.discard(relay)
            callback(value)

        relay.done.connect(lambda result: finish(on_done, result))
        relay.failed.connect(lambda exc: finish(on_failed, exc))
        self._pool.start(_Task(work, relay))

    def wait(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs)
