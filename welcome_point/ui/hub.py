"""One "something changed" notification per kind of data; pages that show it refresh themselves.

Passed to pages through their constructors (never a module-level singleton).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Hub(QObject):
    visits_changed = Signal()
    referrals_changed = Signal()
    organisations_changed = Signal()
    volunteers_changed = Signal()
    shifts_changed = Signal()
