"""The confirmation before an erasure on request: the admin types the card code (or number) again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


def normalise(text: str) -> str:
    """Compare what was typed the way card codes are read: case, spaces and dashes aside."""
    return "".join(ch for ch in text.upper() if ch not in " -_.\t")


class EraseDialog(QDialog):
    """Refuses to erase until ``expected`` has been typed again (case, spaces and dashes aside)."""

    def __init__(self, what: str, expected: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._expected = normalise(expected)
        self.setWindowTitle(self.tr("Erase a record"))
        self.setModal(True)
        self.setMinimumWidth(440)
        warning = QLabel(self.tr(
            "%1 will be erased for good: the record and everything that names it. Visits and hours stay "
            "only as anonymous counts. A backup is taken first; this cannot be undone in the app.")
            .replace("%1", what))
        warning.setWordWrap(True)
        self.prompt = QLabel(self.tr("Type %1 again to confirm:").replace("%1", f"\u2066{expected}\u2069"))
        self.prompt.setWordWrap(True)
        self.typed = QLineEdit()
        self.typed.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.typed.setAccessibleName(self.tr("Confirmation"))
        self.prompt.setBuddy(self.typed)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = QPushButton(self.tr("&Erase"))
        self.erase_button.setObjectName("danger")
        self.buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.typed.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addWidget(self.prompt)
        layout.addWidget(self.typed)
        layout.addWidget(self.buttons)
        self._check()
        self.typed.setFocus()

    def confirmed(self) -> bool:
        return bool(self._expected) and normalise(self.typed.text()) == self._expected

    def _check(self) -> None:
        self.erase_button.setEnabled(self.confirmed())

    def accept(self) -> None:
        if self.confirmed():  # Enter in the field must not get past the check either
            super().accept()
