"""Icons and fonts shipped inside the package: nothing is fetched, nothing depends on the system."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase, QIcon


def asset_path(*parts: str) -> Path:
    return Path(__file__).resolve().parents[1].joinpath("assets", *parts)


def icon(name: str) -> QIcon:
    return QIcon(str(asset_path("icons", f"{name}.svg")))


def register_fonts() -> list[str]:
    """Make the bundled fonts available as fallbacks (Arabic script, Ethiopic, Cyrillic).

    Returns the family names registered; a font that fails to load is skipped, not fatal.
    """
    families: list[str] = []
    for path in sorted(asset_path("fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))
