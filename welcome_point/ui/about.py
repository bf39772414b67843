"""The About box: version, licence and the libraries and fonts this app stands on."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

CREDITS = (
    ("Qt 6 / PySide6", "LGPL-3.0"),
    ("SQLAlchemy", "MIT"),
    ("Alembic", "MIT"),
    ("platformdirs", "MIT"),
    ("ReportLab", "BSD"),
    ("DejaVu Sans", "Bitstream Vera / public domain"),
    ("Noto Sans Arabic, Noto Sans Ethiopic", "SIL OFL 1.1"),
)


def about_text(version: str) -> str:
    title = QCoreApplication.translate("About", "Welcome Point Desk")
    purpose = QCoreApplication.translate(
        "About", "Records visits, plans volunteer shifts and writes anonymised reports for walk-in "
        "advice desks for refugees and migrants. Works offline.")
    licence = QCoreApplication.translate(
        "About", "Licence: GNU General Public License, version 3 or later.")
    built_with = QCoreApplication.translate("About", "Built with:")
    rows = "".join(f"<li>{name} ({licence_name})</li>" for name, licence_name in CREDITS)
    return (f"<h3>{title} {version}</h3><p>{purpose}</p><p>{licence}</p>"
            f"<p>{built_with}</p><ul>{rows}</ul>")


def show_about(parent: QWidget, version: str) -> None:
    QMessageBox.about(parent, QCoreApplication.translate("About", "About Welcome Point Desk"),
                      about_text(version))
