"""Loading translations: ours from the package, Qt's own for standard buttons and dialogs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

# Shown in their own language and script in the language menu.
LANGUAGES = {
    "de": "Deutsch",
    "en": "English",
    "ar": "العربية",
    "fa": "فارسی",
    "uk": "Українська",
    "tr": "Türkçe",
}
RIGHT_TO_LEFT = frozenset({"ar", "fa"})
FALLBACK = "de"  # the language every string is complete in


def translations_dir() -> Path:
    return Path(__file__).resolve().parents[1] / "assets" / "i18n"


def system_language() -> str:
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else FALLBACK


def direction(language: str) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if language in RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight


class Translations:
    """The translators installed for one language; keeps them alive while installed."""

    def __init__(self) -> None:
        self.language = "en"
        self._installed: list[QTranslator] = []
        self.loaded_files: list[str] = []

    def install(self, app: QCoreApplication, language: str) -> None:
        self.remove(app)
        self.language = language if language in LANGUAGES else FALLBACK
        QLocale.setDefault(QLocale(self.language))
        if self.language != "en":  # English is the source text
            self._load(app, f"welcome_point_{self.language}", str(translations_dir()))
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        self._load(app, f"qtbase_{self.language}", qt_dir)
        if hasattr(app, "setLayoutDirection"):
            app.setLayoutDirection(direction(self.language))

    def _load(self, app: QCoreApplication, name: str, folder: str) -> None:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            self._installed.append(translator)
            self.loaded_files.append(translator.filePath())

    def remove(self, app: QCoreApplication) -> None:
        for translator in self._installed:
            app.removeTranslator(translator)
            translator.deleteLater()
        self._installed.clear()
        self.loaded_files.clear()
