"""A restore by a signed-in admin through the window: signed out, locked, nothing crashes, log kept."""

from __future__ import annotations

import sys

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QMessageBox

from tests.ui.test_login import ADMIN, PASSWORD, cheap_hasher, create_admin, sign_in, start, stop


def test_a_restore_by_a_person_locks_the_window_and_keeps_the_audit_log(qapp, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr("welcome_point.services.auth.PasswordHasher", cheap_hasher)
    errors: list[tuple] = []
    monkeypatch.setattr(sys, "excepthook", lambda *args: errors.append(args))
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *args, **kwargs: QMessageBox.StandardButton.Yes))
    app = start(qapp, qtbot, tmp_path)
    try:
        create_admin(app, qtbot)
        window = app.window
        window.show_page("privacy")
        page = window.page("privacy")
        tab = page.backups_tab
        page.show_tab(3)
        tab.back_up_now()
        qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=20_000)
        tab.table.selectRow(0)
        with qtbot.waitSignal(page.restored, timeout=30_000):
            tab.restore_selected()
        qtbot.waitUntil(lambda: window.principal is None, timeout=10_000)
        QThreadPool.globalInstance().waitForDone()
        qtbot.wait(100)
        assert window.screens.currentWidget() is window.lock_screen
        assert errors == []
        sign_in(app, qtbot, ADMIN, PASSWORD)
        qtbot.waitUntil(lambda: window.principal is not None, timeout=10_000)
        actions = [event.action for event in reversed(app.services.audit.events())]
        # Nothing from before the restore was lost, and the restore is recorded after it.
        assert actions.index("admin_created") < actions.index("backup") < actions.index("restore")
        assert app.services.audit.verify().ok
    finally:
        stop(app, qapp)
