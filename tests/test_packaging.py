"""The built wheel carries everything the app needs at run time, and a plain install starts."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                    "-w", str(out), str(ROOT)], check=True, capture_output=True, timeout=300)
    return next(out.glob("welcome_point_desk-*.whl"))


def test_the_wheel_holds_translations_icons_fonts_and_migrations(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for lang in ("de", "en", "ar", "fa", "uk", "tr"):
        assert f"welcome_point/assets/i18n/welcome_point_{lang}.qm" in names
    for page in ("desk", "visits", "referrals", "directory", "volunteers", "shifts", "reports", "settings", "app"):
        assert f"welcome_point/assets/icons/{page}.svg" in names
    assert "welcome_point/assets/fonts/NotoSansArabic-Regular.ttf" in names
    assert "welcome_point/assets/fonts/LICENSE-Noto.txt" in names
    assert "welcome_point/storage/migrations/env.py" in names
    assert "welcome_point/storage/migrations/script.py.mako" in names
    assert "welcome_point/storage/migrations/versions/0001_initial_schema.py" in names
    assert "welcome_point/documents/schema/monthly-report-1.json" in names
    assert not any(name.startswith(("tests/", "i18n/")) for name in names)
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "[console_scripts]\nwelcome-point = welcome_point.cli:main" in text
    assert "[gui_scripts]\nwelcome-point-gui = welcome_point.cli:gui_main" in text
    metadata = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith("METADATA"))).decode().lower()
    requirements = [line.split(":", 1)[1].strip() for line in metadata.splitlines()
                    if line.startswith("requires-dist:")]
    assert any(r.startswith("pyside6-essentials<6.12,>=6.11; python_version < '3.12'") for r in requirements)
    assert not any(r.startswith(("pyside6 ", "pyside6<", "pyside6>", "pyside6;", "pyside6-addons"))
                   for r in requirements)


def test_a_plain_install_starts_and_finds_its_files(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target),
                    str(wheel)], check=True, capture_output=True, timeout=300)
    env = {**os.environ, "PYTHONPATH": str(target), "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    done = subprocess.run([str(target / "bin" / "welcome-point"), "--data-dir", str(tmp_path / "data"),
                           "--lang", "ar", "gui", "--quit-after-first-paint"],
                          capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = dict(line.split(" ", 1) for line in done.stdout.splitlines())
    assert str(target / "welcome_point" / "assets" / "i18n" / "welcome_point_ar.qm") in lines["translations"]
    assert lines["assets"].startswith(str(target / "welcome_point" / "assets"))
    assert lines["assets"].endswith("icon-ok=True")
