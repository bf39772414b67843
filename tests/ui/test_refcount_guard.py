"""Guard against PySide6 6.12.0 on Python 3.11 releasing None on every void Qt call."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_the_reference_count_of_none(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for number in range(10_000):
        label.setText(str(number))
        label.resize(100 + number % 7, 20)
    after = sys.getrefcount(None)
    assert after >= before - 50, (before, after)  # a leak of one per call would be -20,000
    assert label.text() == "9999"
