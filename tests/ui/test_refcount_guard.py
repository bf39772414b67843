"""Guard against PySide6 6.12.0 on Python 3.11 releasing None on every void Qt call.

Runs in its own process: with the defect the interpreter aborts ("none_dealloc"), which must
fail this test rather than take the whole test run down.
"""

from __future__ import annotations

import os
import subprocess
import sys

PROBE = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
before = sys.getrefcount(None)
for number in range(10_000):
    label.setText(str(number))
    label.resize(100 + number % 7, 20)
after = sys.getrefcount(None)
print(before, after, label.text())
"""


def test_void_qt_calls_keep_the_reference_count_of_none():
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    before, after, text = done.stdout.split()
    assert text == "9999"
    assert int(after) >= int(before) - 50, (before, after)  # the defect loses one per call: -20,000
