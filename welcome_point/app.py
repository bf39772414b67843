"""Composition root of the GUI: QApplication, translations, main window, then the database.

The window is painted before SQLAlchemy and Alembic are imported: after the first paint a
worker thread imports them and opens the database, so start-up stays close to a bare window.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from welcome_point import APP_ID, APP_NAME, __version__
from welcome_point.ui.background import BackgroundRunner
from welcome_point.ui.i18n import RIGHT_TO_LEFT, Translations, system_language

if TYPE_CHECKING:
    from welcome_point.domain.backups import BackupInfo
    from welcome_point.domain.models import DatabaseInfo
    from welcome_point.services.container import Services
    from welcome_point.storage.engine import Database
    from welcome_point.ui.main_window import MainWindow


log = logging.getLogger(__name__)
BACKUP_INTERVAL_MS = 30 * 60 * 1000  # a verified copy every 30 minutes, when the data changed

HEAVY_MODULES = ("sqlalchemy", "alembic", "reportlab", "welcome_point.storage.engine")


class _FirstPaint(QObject):
    """Calls back once, right after the first paint of any widget has finished."""

    def __init__(self, app: QApplication, callback: Callable[[], None]) -> None:
        super().__init__(app)
        self._app = app
        self._callback = callback
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            self._app.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
        return False


def ui_settings() -> QSettings:
    """Window geometry and language: per user, not per data folder. Qt's own lookup of the
    config folder, since importing platformdirs before the first paint costs more."""
    from PySide6.QtCore import QStandardPaths

    config = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    return QSettings(str(Path(config) / APP_ID / "ui.ini"), QSettings.Format.IniFormat)


def chosen_language(settings: QSettings, language: str | None = None) -> str:
    """The --lang option, else the language chosen last time, else the system's."""
    return language or str(settings.value("language", "")) or system_language()


def _application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    return app


class DeskApplication:
    """Owns the window and rebuilds it when the language changes."""

    def __init__(self, app: QApplication, data_dir: Path, settings: QSettings,
                 language: str | None = None, *, interactive: bool = True,
                 housekeeping: bool = True) -> None:
        self.app = app
        self.data_dir = data_dir
        self.settings = settings
        self.language = chosen_language(settings, language)
        self.translations = Translations()
        self.window: MainWindow | None = None
        self.database: Database | None = None
        self.database_error: Exception | None = None
        self.info: DatabaseInfo | None = None
        self.services: Services | None = None
        self.interactive = interactive  # False: never open a modal dialog (smoke runs, benchmarks)
        # Backups (every 30 minutes and at exit) and retention (at start and daily); off for smoke
        # runs, benchmarks and tests on a shared database.
        self.housekeeping = housekeeping and interactive
        self.runner = BackgroundRunner()
        self._closed = False
        self._backup_timer: QTimer | None = None
        self._backup_running = False

    def start(self, on_first_paint: Callable[[], None] | None = None,
              on_ready: Callable[[], None] | None = None) -> MainWindow:
        """Show the window; after its first paint, open the database in the background.

        ``on_first_paint`` runs at the first paint, before the database opens;
        ``on_ready`` once the database is open or has failed to open.
        """
        self.translations.install(self.app, self.language)
        if self.language in RIGHT_TO_LEFT:
            self._register_fonts()  # the window's own text needs them from the start
        window = self._build_window()

        def after_paint() -> None:
            if self._closed:  # closed before its first paint was handled (tests, scripts)
                return
            if on_first_paint is not None:
                on_first_paint()
            self.open_database(on_ready)
            if self.language not in RIGHT_TO_LEFT:
                self._register_fonts()

        _FirstPaint(self.app, after_paint)
        window.show()
        return window

    def _register_fonts(self) -> None:
        from welcome_point.ui.assets import register_fonts

        register_fonts()

    def _build_window(self) -> MainWindow:
        from welcome_point.ui.main_window import MainWindow

        window = MainWindow(self.settings, self.translations.language, __version__)
        window.language_requested.connect(self.switch_language)
        self.window = window
        return window

    def open_database(self, on_ready: Callable[[], None] | None = None,
                      recover_from: Path | None = None) -> None:
        """Open (create, or copy and upgrade) the database off the UI thread, then show it.

        The worker imports SQLAlchemy and Alembic too, so the window stays responsive.
        """
        data_dir = self.data_dir

        def work() -> tuple[Database, DatabaseInfo, Services]:
            from welcome_point.services.access import Access
            from welcome_point.services.container import build_services
            from welcome_point.storage.opening import open_database, recover_from_backup

            if recover_from is None:
                database = open_database(data_dir)
            else:  # the user chose "Restore the newest backup" after the check found damage
                database = recover_from_backup(data_dir, recover_from)
            try:
                # Nobody is signed in: the window shows the sign-in (or first-start) screen, and
                # every service refuses what needs a role until someone signs in.
                services = build_services(database, data_dir, Access(None))
                if recover_from is not None:
                    services.audit.record("restore")
                services.desk.site()  # a fresh install records visits at once, under a default name
                services.printouts.remove_old()  # old slips and cards hold card codes
                if self.housekeeping:
                    _run_retention(services)
                return database, services.info.database_info(), services
            except BaseException:
                database.dispose()
                raise

        def then(show: Callable[[MainWindow], None]) -> None:
            try:
                if self.window is not None and shiboken6.isValid(self.window):
                    show(self.window)
            finally:
                if on_ready is not None:
                    on_ready()

        def done(result: tuple[Database, DatabaseInfo, Services]) -> None:
            if self._closed or self.database is not None:
                result[0].dispose()  # opened once too often, or after close(): not needed
                return
            self.database, info, services = result
            self.info, self.services = info, services
            self._start_housekeeping()
            then(lambda window: window.show_database(info, services))

        def failed(exc: Exception) -> None:
            if self._offer_recovery(exc, on_ready):
                return
            self.database_error = exc
            then(lambda window: window.show_database_error(exc, dialog=self.interactive))

        self.runner.run(work, done, failed)

    def _offer_recovery(self, exc: Exception, on_ready: Callable[[], None] | None) -> bool:
        """After CorruptDatabaseError: ask whether to restore the newest verified backup. True: restoring."""
        from welcome_point.domain.errors import CorruptDatabaseError

        if not isinstance(exc, CorruptDatabaseError) or exc.newest_backup is None or not self.interactive:
            return False
        if self.window is None or not shiboken6.isValid(self.window):
            return False
        from PySide6.QtWidgets import QMessageBox

        backup = exc.newest_backup
        question = QCoreApplication.translate(
            "DeskApplication",
            "The database is damaged. It was moved aside; nothing was deleted.\n\n"
            "Restore the newest backup that passed its check (%1)? What was entered after it is "
            "not in that backup.").replace("%1", backup.name)
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        answer = QMessageBox.question(self.window, APP_NAME, f"{question}\n\n{exc}", buttons,
                                      QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.open_database(on_ready, recover_from=backup)
        return True

    def _start_housekeeping(self) -> None:
        if self._backup_timer is not None or not self.housekeeping:
            return
        timer = QTimer()
        timer.setInterval(BACKUP_INTERVAL_MS)
        timer.timeout.connect(self.housekeep)
        timer.start()
        self._backup_timer = timer

    def housekeep(self) -> None:
        """The timer's work, off the UI thread: a verified copy when the data changed, and the day's
        retention run once the date has changed. A failure is shown in the status bar, never raised."""
        services = self.services
        if services is None or self._backup_running or self._closed:
            return
        self._backup_running = True

        def work() -> tuple[BackupInfo | None, bool]:
            info = services.backups.backup_if_changed()
            return info, _run_retention(services)

        def notice(text: str) -> None:
            if self.window is not None and shiboken6.isValid(self.window):
                self.window.statusBar().showMessage(text, 5 * 60 * 1000)

        def done(result: tuple[BackupInfo | None, bool]) -> None:
            self._backup_running = False
            info, erased = result
            if erased and self.window is not None and shiboken6.isValid(self.window):
                self.window.hub.visits_changed.emit()  # pages showing erased records reload
                self.window.hub.volunteers_changed.emit()
            if info is not None and info.warnings:
                notice(QCoreApplication.translate(
                    "DeskApplication", "Backup taken, but the copy into the extra backup folder failed."))

        def failed(exc: Exception) -> None:
            self._backup_running = False
            log.warning("the automatic backup failed (%s)", type(exc).__name__)
            notice(QCoreApplication.translate("DeskApplication", "The automatic backup failed: %1")
                   .replace("%1", str(exc)))

        self.runner.run(work, done, failed)

    def switch_language(self, language: str) -> None:
        if language == self.translations.language:
            return
        old = self.window
        assert old is not None
        page = old.current_page()
        if not old.close():  # saves geometry and page; refused while a visit is half entered
            return
        self.language = language
        self.settings.setValue("language", language)
        self.translations.install(self.app, language)
        if language in RIGHT_TO_LEFT:
            self._register_fonts()
        window = self._build_window()
        window.show_page(page)
        if self.info is not None:
            window.show_database(self.info, self.services)
        elif self.database_error is not None:
            window.show_database_error(self.database_error, dialog=False)
        window.show()
        old.deleteLater()

    def close(self) -> None:
        """Wait for background work, then release the database (tests, scripts, app exit)."""
        if self._backup_timer is not None:
            self._backup_timer.stop()
            self._backup_timer = None
        self.runner.finish()  # a copy the timer started finishes first
        self._closed = True
        if self.services is not None:
            self.services.access.sign_out()  # the next start begins at the sign-in screen anyway
            if self.housekeeping:  # the copy at exit (not in smoke runs and benchmarks)
                from welcome_point.domain.errors import WelcomePointError

                try:
                    self.services.backups.backup_if_changed()
                except WelcomePointError as exc:
                    log.warning("the backup at exit failed (%s)", type(exc).__name__)
        if self.database is not None:
            self.database.dispose()
            self.database = None


def _run_retention(services: Services) -> bool:
    """Today's retention run, if it has not run yet; True when it erased anyone. Never raises: a
    failed run (its backup failed, say) erased nothing and is tried again later."""
    from welcome_point.domain.errors import WelcomePointError

    try:
        result = services.privacy.run_if_due()
    except WelcomePointError as exc:
        log.warning("the retention run failed (%s)", type(exc).__name__)
        return False
    return result is not None and result.erased > 0


def show_startup_error(exc: Exception, language: str | None = None) -> None:
    """A refusal before the window exists (newer or damaged database), in the user's language.

    For the launcher without a console; the command line prints the same error as one line.
    """
    from PySide6.QtWidgets import QMessageBox

    from welcome_point.ui.errors import describe

    app = _application()
    translations = Translations()
    translations.install(app, chosen_language(ui_settings(), language))
    try:
        QMessageBox.critical(None, APP_NAME, describe(exc))
    finally:
        translations.remove(app)


def run(data_dir: Path, language: str | None = None, *, quit_after_first_paint: bool = False) -> int:
    from welcome_point.logs import install_excepthook, setup_logging

    with contextlib.suppress(OSError):
        setup_logging(data_dir)  # safe to repeat: the command line has usually done it already
    install_excepthook()  # unhandled exceptions in slots and threads: to the log, then as before
    app = _application()
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    app.setDesktopFileName(APP_ID)
    desk = DeskApplication(app, data_dir, ui_settings(), language, interactive=not quit_after_first_paint)

    def say(line: str) -> None:
        try:
            print(line, flush=True)
        except BrokenPipeError:  # the reader of the report left early (| head)
            sys.stdout = None

    def report_first_paint() -> None:
        # For smoke tests and benchmarks: when the window painted, and whether anything heavy
        # had been imported by then (it should not have been).
        import time

        heavy = [name for name in HEAVY_MODULES if name in sys.modules]
        say(f"first-paint {time.time():.6f}")
        say(f"heavy-modules-at-first-paint {','.join(heavy) or 'none'}")

    def report_ready() -> None:
        from welcome_point.ui.assets import asset_path, icon

        try:
            say(f"translations {','.join(desk.translations.loaded_files) or 'none'}")
            say(f"assets {asset_path()} icon-ok={not icon('desk').pixmap(22, 22).isNull()}")
            if desk.database_error:
                say(f"database-error {desk.database_error}")
        finally:
            app.quit()  # whatever happens to the report (a closed pipe), the smoke run ends

    if quit_after_first_paint:
        desk.start(report_first_paint, report_ready)
    else:
        desk.start()
    code = app.exec()
    desk.close()
    if quit_after_first_paint and desk.database_error:
        return 1
    return code
