"""German is complete at all times; every tr() string is in the .ts files; the .qm files match."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "i18n"
QM_DIR = ROOT / "welcome_point" / "assets" / "i18n"
LANGS = ("de", "en", "ar", "fa", "uk", "tr")


def tool(name: str) -> str:
    path = Path(sys.executable).with_name(f"pyside6-{name}")
    return str(path) if path.exists() else shutil.which(f"pyside6-{name}") or pytest.skip(f"no pyside6-{name}")


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    return {(context.findtext("name"), message.findtext("source")): message
            for context in tree.getroot().iter("context") for message in context.iter("message")}


def sources_in_code(tmp_path: Path) -> set[tuple[str, str]]:
    files = sorted(str(p) for p in (ROOT / "welcome_point").rglob("*.py") if "migrations" not in p.parts)
    target = tmp_path / "fresh.ts"
    subprocess.run([tool("lupdate"), *files, "-ts", str(target)], check=True, capture_output=True)
    return set(messages(target))


def test_every_tr_string_is_in_every_ts_file(tmp_path):
    in_code = sources_in_code(tmp_path)
    assert len(in_code) > 100
    for lang in LANGS:
        in_ts = {key for key, m in messages(I18N / f"welcome_point_{lang}.ts").items()
                 if m.find("translation").get("type") not in ("obsolete", "vanished")}
        assert in_code - in_ts == set(), f"{lang}: run `make translations` and translate the new strings"
        assert in_ts - in_code == set(), f"{lang}: stale strings; run `make translations`"


def forms(message) -> list[str]:
    """The translated texts of a message: one, or one per plural form."""
    element = message.find("translation")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in element.findall("numerusform")]
    return [element.text or ""]


def test_german_is_complete():
    unfinished = [source for (_, source), m in messages(I18N / "welcome_point_de.ts").items()
                  if m.find("translation").get("type") or not all(text.strip() for text in forms(m))]
    assert unfinished == []


@pytest.mark.parametrize("lang", ["de", "ar", "fa", "uk", "tr"])
def test_placeholders_survive_translation(lang):
    for (_, source), m in messages(I18N / f"welcome_point_{lang}.ts").items():
        for translation in forms(m):
            if not translation:
                continue
            for placeholder in ("%n", "%1", "%2"):
                assert (placeholder in source) == (placeholder in translation), (lang, source)


@pytest.mark.parametrize("lang", LANGS)
def test_committed_qm_files_hold_every_finished_translation(qapp, lang):
    """Compares what Qt loads from the .qm with the .ts (not bytes: lrelease versions differ)."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(QM_DIR / f"welcome_point_{lang}.qm"))
    stale = []
    for (context, source), message in messages(I18N / f"welcome_point_{lang}.ts").items():
        element = message.find("translation")
        if message.get("numerus") == "yes":
            loaded = translator.translate(context, source, None, 7)
            # QTranslator gives the plural form itself; %n is replaced later, by QCoreApplication.
            if not element.get("type") and loaded not in forms(message):
                stale.append(source)
            continue
        expected = (element.text or "") if not element.get("type") else ""
        if translator.translate(context, source) != expected:
            stale.append(source)
    assert stale == [], "run `make translations` and commit the .qm files"


def test_translations_load_with_qt_standard_buttons(qapp):
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QDialogButtonBox

    from welcome_point.ui.i18n import Translations

    translations = Translations()
    try:
        translations.install(qapp, "de")
        assert any(f.endswith("qtbase_de.qm") for f in translations.loaded_files)
        assert QCoreApplication.translate("MainWindow", "Shifts") == "Schichten"
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
        translations.install(qapp, "ar")
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        translations.install(qapp, "en")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
