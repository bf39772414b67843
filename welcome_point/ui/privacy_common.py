"""Small pieces the tabs of the Data & privacy page share: inline messages, dates, sizes, styles.

Plain functions, and one base class without texts of its own, so that every tab translates its
texts in its own context.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget
from shiboken6 import isValid

from welcome_point.domain.access import AccessDenied
from welcome_point.ui.errors import describe

OK = "ok"
ERROR = "error"
INFO = "info"


def message_label(parent: QWidget | None = None) -> QLabel:
    """A label that says what an action did, under the action; empty until it does."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setObjectName("privacyMessage")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setVisible(False)
    return label


def table_or_hint(table: QWidget, hint: QLabel) -> QStackedWidget:
    """The table, or in its place the hint of an empty state (at the top, not lost in the middle)."""
    stack = QStackedWidget()
    stack.addWidget(table)
    page = QWidget()
    column = QVBoxLayout(page)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(hint)
    column.addStretch(1)
    stack.addWidget(page)
    return stack


def show_table(stack: QStackedWidget, table: bool) -> None:
    stack.setCurrentIndex(0 if table else 1)


def show_message(label: QLabel, text: str, kind: str = INFO) -> None:
    label.setProperty("kind", kind)
    label.setText(text)
    label.setVisible(bool(text))
    style = label.style()
    if style is not None:  # the property picks the colour in STYLE
        style.unpolish(label)
        style.polish(label)


def show_error(label: QLabel, exc: BaseException) -> None:
    """AccessDenied in its own words (it says which role is needed); anything else via describe()."""
    if isinstance(exc, AccessDenied):
        headline = QCoreApplication.translate(
            "PrivacyCommon", "Your account may not do this; nothing was read or changed.")
        show_message(label, f"{headline}\n\n{exc}", ERROR)
    else:
        show_message(label, describe(exc), ERROR)


def date_time_text(value: datetime) -> str:
    qt = QDateTime(QDate(value.year, value.month, value.day),
                   QTime(value.hour, value.minute, value.second))
    return QLocale().toString(qt, QLocale.FormatType.ShortFormat)


def date_text(value: date) -> str:
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.LongFormat)


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size)


# Shared by the page and the settings page: colours of success, failure and empty states.
STYLE = """
QLabel#privacyMessage { border-radius: 6px; padding: 6px 8px; }
QLabel#privacyMessage[kind="ok"] { background: #e3f4e8; border: 1px solid #8fcaa0; color: #114d25; }
QLabel#privacyMessage[kind="error"] { background: #fde8ea; border: 1px solid #e6a1a9; color: #8a0016; }
QLabel#privacyMessage[kind="info"] { background: #e3eef2; border: 1px solid #b7d0da; color: #1f3b4d; }
QLabel#emptyHint { color: #1f3b4d; background: #e3eef2; border-radius: 6px; padding: 8px; }
QLabel#hint { color: #3f5563; }
QLabel#pageTitle { font-size: 15pt; font-weight: 600; color: #1f3b4d; }
QLabel#sectionTitle { font-size: 11pt; font-weight: 600; color: #1f3b4d; }
QPushButton#danger { color: #8a0016; }
QPushButton#danger:disabled { color: #a0aab0; }
"""


class WorkingTab(QWidget):
    """A tab that runs one task at a time in the background: its buttons wait while ``working``.

    Subclasses provide ``message`` (a label from ``message_label``) and ``_update_buttons()``.
    """

    message: QLabel

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._busy = False

    @property
    def working(self) -> bool:
        return self._busy

    def _update_buttons(self) -> None:
        raise NotImplementedError

    def _start(self, text: str) -> None:
        self._busy = True
        show_message(self.message, text)
        self._update_buttons()

    def _stop(self) -> None:
        self._busy = False
        self._update_buttons()

    def _failed(self, exc: Exception) -> None:
        if not isValid(self):  # the window locked meanwhile: this tab is gone
            return
        self._stop()
        show_error(self.message, exc)
