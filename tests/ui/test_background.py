from __future__ import annotations

import threading

from welcome_point.ui.background import BackgroundRunner


def test_work_runs_off_the_ui_thread_and_reports_back_in_it(qtbot):
    runner = BackgroundRunner()
    seen = {}

    def work():
        seen["worker"] = threading.current_thread() is not threading.main_thread()
        return 42

    runner.run(work, lambda result: seen.update(result=result,
                                                 ui=threading.current_thread() is threading.main_thread()),
               lambda exc: seen.update(error=exc))
    qtbot.waitUntil(lambda: "result" in seen or "error" in seen, timeout=5000)
    assert seen == {"worker": True, "result": 42, "ui": True}


def test_a_failure_reaches_the_ui(qtbot):
    runner = BackgroundRunner()
    errors = []
    runner.run(lambda: 1 / 0, lambda result: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ZeroDivisionError)


def test_a_failure_while_showing_the_result_is_reported_and_nothing_is_kept(qtbot):
    runner = BackgroundRunner()
    errors = []

    def show(result):
        raise ValueError(f"cannot show {result}")

    for _ in range(20):
        runner.run(lambda: 7, show, errors.append)
    qtbot.waitUntil(lambda: len(errors) == 20, timeout=5000)
    assert all(isinstance(e, ValueError) for e in errors)
    assert runner.pending == 0


def test_finish_waits_for_work_and_delivers_its_result(qtbot):
    import time

    runner = BackgroundRunner()
    delivered = []
    runner.run(lambda: time.sleep(0.3) or "done", delivered.append, delivered.append)
    runner.finish()
    assert delivered == ["done"]
