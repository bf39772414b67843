"""Start-up: process start to the first paint of the main window, against a bare PySide6 window.

Both are started as fresh processes, interleaved, on the same empty database and the same Qt
platform (Xvfb's xcb if DISPLAY is set, else offscreen). Each prints the wall-clock time of its
first paint; the benchmark subtracts the time just before it started the process.

    .venv/bin/python benchmarks/startup.py [--runs 9] [--max-ratio 2.0]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            app.removeEventFilter(self)
            print(f"first-paint {time.time():.6f}", flush=True)
            QTimer.singleShot(0, app.quit)
        return False

first_paint = FirstPaint()
app.installEventFilter(first_paint)
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1280, 760)
window.show()
app.exec()
"""


def first_paint_seconds(command: list[str], env: dict[str, str]) -> float:
    started = time.time()
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    if done.returncode != 0:
        raise SystemExit(f"{command[:3]} failed:\n{done.stderr}")
    painted = next(float(line.split()[1]) for line in done.stdout.splitlines()
                   if line.startswith("first-paint "))
    return painted - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--max-ratio", type=float, default=None, help="exit 1 when the ratio is above")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        env = {**os.environ, "XDG_CONFIG_HOME": str(Path(tmp) / "config")}
        env.setdefault("QT_QPA_PLATFORM", "xcb" if os.environ.get("DISPLAY") else "offscreen")
        # The installed console script, as a user starts it (python -m would add runpy).
        script = Path(sys.executable).with_name("welcome-point")
        launcher = [str(script)] if script.exists() else [sys.executable, "-m", "welcome_point"]
        app = [*launcher, "--data-dir", str(data), "--lang", "de", "gui", "--quit-after-first-paint"]
        bare = [sys.executable, "-c", BARE]
        first_paint_seconds(app, env)  # creates the empty database and warms the file cache
        first_paint_seconds(bare, env)
        app_times, bare_times = [], []
        for _ in range(args.runs):
            bare_times.append(first_paint_seconds(bare, env))
            app_times.append(first_paint_seconds(app, env))

    bare_median, app_median = statistics.median(bare_times), statistics.median(app_times)
    ratio = app_median / bare_median
    print(f"platform: {env['QT_QPA_PLATFORM']}, runs: {args.runs} each, interleaved")
    print(f"bare PySide6 QMainWindow: median {bare_median * 1000:7.1f} ms "
          f"(min {min(bare_times) * 1000:.1f}, max {max(bare_times) * 1000:.1f})")
    print(f"Welcome Point Desk:       median {app_median * 1000:7.1f} ms "
          f"(min {min(app_times) * 1000:.1f}, max {max(app_times) * 1000:.1f})")
    print(f"ratio: {ratio:.2f} (target <= 2.0, goal <= 1.5)")
    return 1 if args.max_ratio is not None and ratio > args.max_ratio else 0


if __name__ == "__main__":
    sys.exit(main())
