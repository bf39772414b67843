"""Placeholder pages: work a later version brings, or a page waiting for the database."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from welcome_point.ui.assets import icon

if TYPE_CHECKING:
    from welcome_point.domain.models import DatabaseInfo


DEMO_COMMANDS = ("welcome-point --data-dir ~/wp-demo demo", "welcome-point --data-dir ~/wp-demo")


class EmptyStatePage(QWidget):
    """A centred icon, a title, what the page will do, and what the database already holds."""

    def __init__(self, icon_name: str, title: str, explanation: str,
                 count_key: str | None = None, count_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count_key = count_key
        self._count_text = count_text  # already translated, with %1 for the number
        # A centred column of fixed maximum width: word-wrapped labels then get their
        # height for that width instead of being clipped to one line.
        column = QWidget()
        column.setMaximumWidth(620)
        layout = QVBoxLayout(column)
        picture = QLabel()
        picture.setPixmap(icon(icon_name).pixmap(72, 72))
        self.title = QLabel(title)
        self.title.setObjectName("emptyTitle")
        self.explanation = QLabel(explanation)
        self.explanation.setWordWrap(True)
        self.status = QLabel(self.tr("Not available in this version yet."))
        self.status.setObjectName("emptyStatus")
        self.count = QLabel()
        self.count.setVisible(False)
        sentence = html.escape(self.tr(
            "The database is still empty. To look around with invented data, fill a separate "
            "folder with the demo, then open the app on it:"))
        # The command reads left to right and never breaks, whatever the language.
        commands = "<br>".join(f"<nobr>{command}</nobr>" for command in DEMO_COMMANDS)
        self.hint = QLabel(f"<p>{sentence}</p><p dir='ltr'><code>{commands}</code></p>")
        self.hint.setTextFormat(Qt.TextFormat.RichText)
        self.hint.setObjectName("emptyHint")
        self.hint.setWordWrap(True)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint.setVisible(False)
        for widget in (picture, self.title, self.explanation, self.status, self.count, self.hint):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(widget)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(column, 4, Qt.AlignmentFlag.AlignVCenter)
        outer.addStretch(1)

    def show_info(self, info: DatabaseInfo) -> None:
        empty = not any(info.counts.get(key, 0) for key in ("visits", "volunteers", "organisations"))
        self.hint.setVisible(empty)
        if self.count_key is None:
            return
        number = info.counts.get(self.count_key, 0)
        self.count.setText(self._count_text.replace("%1", QLocale().toString(number)))
        self.count.setVisible(True)


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
