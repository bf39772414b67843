"""The page shown in place of one that needs the database while the database is being opened."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from welcome_point.ui.assets import icon

# What an empty database's hints suggest, to look around with invented data.
DEMO_COMMANDS = ("welcome-point --data-dir ~/wp-demo demo", "welcome-point --data-dir ~/wp-demo")


class WaitingPage(QWidget):
    """A page that needs the database, shown while the database is being opened."""

    def __init__(self, icon_name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        picture = QLabel()
        picture.setPixmap(icon(icon_name).pixmap(72, 72))
        heading = QLabel(title)
        heading.setObjectName("emptyTitle")
        self.status = QLabel(self.tr("Opening the database…"))
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (picture, heading, self.status):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(widget)
        layout.addStretch(1)

    def show_failure(self, message: str) -> None:
        self.status.setText(message)
