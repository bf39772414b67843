"""My shift today: the signed-in volunteer's own shifts of today, with check-in and check-out.

Only the person's own assignments are listed (the service returns nothing else): no names or
phone numbers of the others on the shift.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from welcome_point.domain import vocabulary as v
from welcome_point.ui.errors import describe
from welcome_point.ui.labels import label

if TYPE_CHECKING:
    from welcome_point.domain.shifts import AssignedVolunteer, ShiftView


class OwnShifts(Protocol):
    """What the dialog needs of services.shifts.ShiftService."""

    def my_shifts_today(self) -> list[ShiftView]: ...
    def check_in(self, assignment_id: int) -> None: ...
    def check_out(self, assignment_id: int) -> None: ...


def _time(moment: datetime) -> str:
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


class MyShiftDialog(QDialog):
    def __init__(self, shifts: OwnShifts, volunteer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shifts = shifts
        self._volunteer_id = volunteer_id
        self.setWindowTitle(self.tr("My shift today"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("My shifts today"))
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.empty = QLabel(self.tr("You have no shift today."))
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        self.check_in_button = QPushButton(self.tr("Check &in"))
        self.check_in_button.setObjectName("primary")
        self.check_in_button.clicked.connect(self.check_in)
        self.check_out_button = QPushButton(self.tr("Check &out"))
        self.check_out_button.clicked.connect(self.check_out)
        self.message = QLabel()
        self.message.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_in_button)
        buttons.addWidget(self.check_out_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.setMinimumSize(440, 300)
        self.refresh()

    def _own(self, view: ShiftView) -> AssignedVolunteer | None:
        return next((a for a in view.assigned if a.volunteer_id == self._volunteer_id), None)

    def refresh(self, keep: int | None = None) -> None:
        try:
            views = self._shifts.my_shifts_today()
        except Exception as exc:
            views = []
            self._say(describe(exc), error=True)
        self.list.clear()
        for view in views:
            own = self._own(view)
            if own is None:
                continue
            span = self.tr("%1–%2").replace("%1", _time(view.shift.starts_at)).replace(
                "%2", _time(view.shift.ends_at))
            if own.checked_out_at is not None:
                state = self.tr("checked out at %1").replace("%1", _time(own.checked_out_at))
            elif own.checked_in_at is not None:
                state = self.tr("checked in at %1").replace("%1", _time(own.checked_in_at))
            else:
                state = label(v.ASSIGNMENT_STATUSES, own.status)
            text = self.tr("%1 · %2 · %3", "time span · shift role · state").replace("%1", span).replace(
                "%2", label(v.ROLES, view.shift.role)).replace("%3", state)
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, own)
        self.empty.setVisible(self.list.count() == 0)
        self.list.setVisible(self.list.count() > 0)
        rows = [self._assignment(row).assignment_id for row in range(self.list.count())]
        self.list.setCurrentRow(rows.index(keep) if keep in rows else 0 if rows else -1)
        self._update_buttons()

    def _assignment(self, row: int) -> AssignedVolunteer:
        item = self.list.item(row)
        return item.data(Qt.ItemDataRole.UserRole)  # type: ignore[no-any-return]

    def selected(self) -> AssignedVolunteer | None:
        row = self.list.currentRow()
        return self._assignment(row) if row >= 0 else None

    def _update_buttons(self) -> None:
        own = self.selected()
        self.check_in_button.setEnabled(own is not None and own.checked_in_at is None
                                        and own.status != "cancelled")
        self.check_out_button.setEnabled(own is not None and own.checked_in_at is not None
                                         and own.checked_out_at is None)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b00020;" if error else "")
        self.message.setText(text)

    def check_in(self) -> None:
        own = self.selected()
        if own is None:
            return
        try:
            self._shifts.check_in(own.assignment_id)
        except Exception as exc:
            self._say(describe(exc), error=True)
            return
        self.refresh(own.assignment_id)
        self._say(self.tr("Checked in. Thank you for coming!"))

    def check_out(self) -> None:
        own = self.selected()
        if own is None:
            return
        try:
            self._shifts.check_out(own.assignment_id)
        except Exception as exc:
            self._say(describe(exc), error=True)
            return
        self.refresh(own.assignment_id)
        self._say(self.tr("Checked out. Thank you!"))
