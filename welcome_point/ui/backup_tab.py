"""Backups on the Data & privacy page: the verified copies, a copy now, a restore, the extra folder.

Copies and restores run off the UI thread; the buttons wait until they are done.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from welcome_point.ui.background import BackgroundRunner
from welcome_point.ui.labels import ltr
from welcome_point.ui.privacy_common import (
    INFO,
    OK,
    WorkingTab,
    date_time_text,
    message_label,
    show_error,
    show_message,
    show_table,
    size_text,
    table_or_hint,
)
from welcome_point.ui.tables import HeaderedTableModel, row_table

if TYPE_CHECKING:
    from welcome_point.services.backups import BackupService


class BackupTableModel(HeaderedTableModel):
    TIME, REASON, SIZE, VERIFIED = range(4)

    def __init__(self, headers: tuple[str, ...], reasons: dict[str, str], verified: tuple[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._reasons = reasons
        self._verified = verified
        self.backups: list[Any] = []

    def set_backups(self, backups: list[Any]) -> None:
        self.beginResetModel()
        self.backups = list(backups)
        self.endResetModel()

    def reason_text(self, reason: str) -> str:
        if reason.startswith("before-upgrade"):  # "before-upgrade-from-0004_…"
            reason = "before-upgrade"
        return self._reasons.get(reason, reason)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.backups)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        info = self.backups[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TIME:
                return date_time_text(info.taken_at)
            if column == self.REASON:
                return self.reason_text(info.reason)
            if column == self.SIZE:
                return size_text(info.size_bytes)
            if column == self.VERIFIED:
                return self._verified[0] if info.verified else self._verified[1]
        if role == Qt.ItemDataRole.ToolTipRole:
            return ltr(Path(info.path).name)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class BackupsTab(WorkingTab):
    """``restored`` carries the service's RestoreResult: the window reloads its pages."""

    restored = Signal(object)

    def __init__(self, backups: BackupService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backups = backups
        self._runner = BackgroundRunner()
        intro = QLabel(self.tr(
            "Every copy is taken with SQLite's backup function and checked before it counts. The app "
            "takes one every 30 minutes when something changed, on exit and before restores and "
            "retention runs, and keeps 12 recent, 10 daily and 9 monthly copies."))
        intro.setObjectName("hint")
        intro.setWordWrap(True)

        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.backup_button.setObjectName("primary")
        self.backup_button.setToolTip(self.tr("Take a verified copy of the database now (Ctrl+B)"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setToolTip(self.tr("Replace the current data with the chosen copy"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button = QPushButton(self.tr("Restore from a &file…"))
        self.restore_file_button.setToolTip(self.tr("Restore a copy from a USB stick or another folder"))
        self.restore_file_button.clicked.connect(self.restore_from_file)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumWidth(140)
        self.busy_bar.setVisible(False)
        actions = QHBoxLayout()
        actions.addWidget(self.backup_button)
        actions.addWidget(self.restore_button)
        actions.addWidget(self.restore_file_button)
        actions.addStretch(1)
        actions.addWidget(self.busy_bar)

        self.message = message_label()
        self.model = BackupTableModel(
            (self.tr("Taken"), self.tr("Why"), self.tr("Size"), self.tr("Checked")),
            self.reason_texts(), (self.tr("yes, intact"), self.tr("no")), self)
        self.table = row_table(self.model, self.tr("Backups"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BackupTableModel.REASON, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self._update_buttons())
        self.empty = QLabel(self.tr(
            "No backups yet. The first one is taken 30 minutes after the first change, or now with "
            "“Back up now”."))
        self.empty.setObjectName("emptyHint")
        self.empty.setWordWrap(True)
        self.empty.setVisible(False)

        extra = QGroupBox(self.tr("Extra backup folder"))
        extra_layout = QVBoxLayout(extra)
        extra_note = QLabel(self.tr(
            "A second copy of every backup goes here as well, e.g. to a USB stick kept somewhere else. "
            "When the folder is missing, the backup is still taken; only the copy is skipped."))
        extra_note.setObjectName("hint")
        extra_note.setWordWrap(True)
        self.extra_path = QLineEdit()
        self.extra_path.setReadOnly(True)
        self.extra_path.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a path reads left to right
        self.extra_path.setPlaceholderText(self.tr("No extra folder"))
        self.extra_path.setAccessibleName(self.tr("Extra backup folder"))
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.choose_button.clicked.connect(self.choose_extra_dir)
        self.clear_button = QPushButton(self.tr("C&lear"))
        self.clear_button.clicked.connect(self.clear_extra_dir)
        path_row = QHBoxLayout()
        path_row.addWidget(self.extra_path, 1)
        path_row.addWidget(self.choose_button)
        path_row.addWidget(self.clear_button)
        self.extra_message = message_label()
        extra_layout.addWidget(extra_note)
        extra_layout.addLayout(path_row)
        extra_layout.addWidget(self.extra_message)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        self.list_area = table_or_hint(self.table, self.empty)
        layout.addWidget(self.list_area, 1)
        layout.addWidget(extra)
        self._update_buttons()

    def reason_texts(self) -> dict[str, str]:
        """Why a copy was taken, by the service's reason code (domain/backups.py); others show as they are."""
        return {
            "auto": self.tr("Automatic"),
            "manual": self.tr("Taken by hand"),
            "before-restore": self.tr("Before a restore"),
            "before-retention": self.tr("Before a retention run"),
            "before-erasure": self.tr("Before an erasure"),
            "before-upgrade": self.tr("Before a program update"),
            "before-demo": self.tr("Before demo data"),
            "before-demo-real-data": self.tr("Before demo data replaced real data (kept)"),
        }

    # -- the list ------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._busy:  # the timer may have taken a copy meanwhile
            self.reload()

    def reload(self) -> None:
        try:
            backups = self._backups.backups()
            extra = self._backups.extra_dir()
        except Exception as exc:
            self.model.set_backups([])
            show_error(self.message, exc)
            self.empty.setVisible(False)
            show_table(self.list_area, False)
            self._update_buttons()
            return
        self.model.set_backups(backups)
        self.extra_path.setText("" if extra is None else str(extra))
        self.empty.setVisible(not backups)
        show_table(self.list_area, bool(backups))
        self._update_buttons()

    def selected(self) -> Any | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backups[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        self.backup_button.setEnabled(not self._busy)
        self.restore_button.setEnabled(not self._busy and self.selected() is not None)
        self.restore_file_button.setEnabled(not self._busy)
        self.choose_button.setEnabled(not self._busy)
        self.clear_button.setEnabled(not self._busy and bool(self.extra_path.text()))
        self.busy_bar.setVisible(self._busy)

    # -- back up -------------------------------------------------------------------------------

    def back_up_now(self) -> None:
        if self._busy:
            return
        self._start(self.tr("Taking a backup and checking it…"))
        self._runner.run(self._backups.backup_now, self._backed_up, self._failed)

    def _backed_up(self, info: Any) -> None:
        if not isValid(self):  # the window locked meanwhile: this tab is gone
            return
        self._stop()
        self.reload()
        text = self.tr("Backup taken and checked: %1, %2.").replace("%1", date_time_text(info.taken_at)) \
            .replace("%2", size_text(info.size_bytes))
        warnings = tuple(getattr(info, "warnings", ()))
        if warnings:  # the main copy counts; the extra folder did not get its copy
            failed = self.tr("The copy into the extra backup folder failed:")
            text = "\n".join((text, failed, *warnings))
            show_message(self.message, text, INFO)
            return
        show_message(self.message, text, OK)

    # -- restore -------------------------------------------------------------------------------

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None or self._busy:
            return
        question = self.tr(
            "Restore the backup taken %1?\n\n"
            "First the current data is kept aside as a copy in the data folder, so nothing is lost. "
            "Then the backup replaces it: everything entered after %1 is no longer shown. "
            "The window reloads its pages afterwards.").replace("%1", date_time_text(info.taken_at))
        self._confirm_and_restore(Path(info.path), question)

    def restore_from_file(self) -> None:
        if self._busy:
            return
        kinds = self.tr("Welcome Point backups (*.sqlite3);;All files (*)")
        name, _chosen = QFileDialog.getOpenFileName(self, self.tr("Restore a backup"), "", kinds)
        if not name:
            return
        question = self.tr(
            "Restore the backup %1?\n\n"
            "It is checked first. Then the current data is kept aside as a copy in the data folder, so "
            "nothing is lost, and the backup replaces it. The window reloads its pages afterwards.") \
            .replace("%1", ltr(Path(name).name))
        self._confirm_and_restore(Path(name), question)

    def _confirm_and_restore(self, path: Path, question: str) -> None:
        answer = QMessageBox.question(self, self.tr("Restore a backup"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._start(self.tr("Restoring… Please wait; do not close the program."))
        self._runner.run(lambda: self._backups.restore(path), self._restored, self._failed)

    def _restored(self, result: Any) -> None:
        if not isValid(self):  # the window locked meanwhile: this tab is gone
            return
        self._stop()
        self.reload()
        text = self.tr("Restored from %1. The data from before the restore was kept as %2.") \
            .replace("%1", ltr(Path(result.restored_from).name)) \
            .replace("%2", ltr(Path(result.set_aside).name))
        show_message(self.message, text, OK)
        self.restored.emit(result)

    # -- the extra folder ----------------------------------------------------------------------

    def choose_extra_dir(self) -> None:
        start = self.extra_path.text() or str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Extra backup folder"), start)
        if folder:
            self._set_extra_dir(Path(folder))

    def clear_extra_dir(self) -> None:
        self._set_extra_dir(None)

    def _set_extra_dir(self, folder: Path | None) -> None:
        try:
            self._backups.set_extra_dir(folder)
        except Exception as exc:
            show_error(self.extra_message, exc)
            return
        self.extra_path.setText("" if folder is None else str(folder))
        show_message(self.extra_message, self.tr("Saved. The next backup is copied there too.") if folder
                     else self.tr("Saved. Backups stay in the data folder only."), OK)
        self._update_buttons()

    def finish(self) -> None:
        self._runner.finish()
