"""The record of processing activities (GDPR Art. 30) as people read it, on the Settings page.

The domain generates the record (domain/privacy.py) with a stable code and an English template for
every text, marked for lupdate in the "Privacy" context; here each template is translated and its
placeholders filled with numbers in the window's locale. A text without a translation shows in English.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QLocale, QMarginsF, Qt
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from welcome_point.ui.privacy_common import ERROR, OK, date_text, message_label, show_error, show_message

if TYPE_CHECKING:
    from welcome_point.domain.privacy import ProcessingRecord, Text

DOMAIN_CONTEXT = "Privacy"  # domain.privacy.CONTEXT: where lupdate files the record's templates


def translated(text: Text) -> str:
    """A text of the record in the window's language; numbers in the window's locale."""
    template = QCoreApplication.translate(DOMAIN_CONTEXT, text.template)
    for key, value in text.values:
        shown = QLocale().toString(value) if isinstance(value, int) else str(value)
        template = template.replace("{" + key + "}", shown)
    return template


class ProcessingRecordBox(QGroupBox):
    """Shows the generated record; Copy puts it on the clipboard, Save writes it as PDF or text.

    ``load`` returns the current record (it is generated from the schema and the settings, so it is
    asked for again whenever the box is refreshed).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Record of processing (GDPR Art. 30)"))
        self._load: Callable[[], ProcessingRecord] | None = None
        self.record: ProcessingRecord | None = None
        intro = QLabel(self.tr(
            "What personal data this program keeps, why, for whom and how long: generated from the "
            "database and the current settings, so it always matches what the program does."))
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.view.setMinimumHeight(260)
        self.view.setAccessibleName(self.tr("Record of processing"))
        self.view.setPlaceholderText(self.tr("The record is shown when the database is open."))
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setToolTip(self.tr("Copy the record as text to the clipboard"))
        self.copy_button.clicked.connect(self.copy)
        self.save_button = QPushButton(self.tr("Save as PDF or te&xt…"))
        self.save_button.clicked.connect(self.save)
        self.message = message_label()
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addStretch(0)  # the buttons keep their size while there is no message
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.setEnabled(False)

    def use(self, load: Callable[[], ProcessingRecord]) -> None:
        self._load = load
        self.setEnabled(True)
        self.refresh()

    def refresh(self) -> None:
        if self._load is None:
            return
        try:
            self.record = self._load()
        except Exception as exc:
            self.record = None
            self.view.clear()
            show_error(self.message, exc)
            self.copy_button.setEnabled(False)
            self.save_button.setEnabled(False)
            return
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:  # headings start at the right
            option = self.view.document().defaultTextOption()
            option.setTextDirection(Qt.LayoutDirection.RightToLeft)
            self.view.document().setDefaultTextOption(option)
        self.view.setHtml(self.html())
        self.copy_button.setEnabled(True)
        self.save_button.setEnabled(True)

    # -- texts ---------------------------------------------------------------------------------

    def _blocks(self) -> list[tuple[str, list[str]]]:
        """The record as (kind, texts): "h1", "h2", "p" hold one text, "field" a caption and a text,
        "list" its items."""
        record = self.record
        assert record is not None
        blocks: list[tuple[str, list[str]]] = [
            ("h1", [self.tr("Record of processing activities (GDPR Art. 30)")]),
            ("p", [self.tr("Generated on %1 from the program's database and its current settings.")
                   .replace("%1", date_text(record.generated_on))]),
            ("h2", [self.tr("Controller")]),
        ]
        name = record.controller_name.strip()
        address = " ".join(record.controller_address.split())
        blocks.append(("p", [name or self.tr("(the name of this Welcome Point is not set yet)")]))
        blocks.append(("p", [address or self.tr("(the address is not set yet; enter it under “This Welcome "
                                                 "Point”)")]))
        for activity in record.activities:
            blocks.append(("h2", [translated(activity.name)]))
            blocks.append(("field", [self.tr("Purpose:"), translated(activity.purpose)]))
            blocks.append(("field", [self.tr("Data subjects:"),
                                     "; ".join(translated(text) for text in activity.subjects)]))
            blocks.append(("field", [self.tr("Categories of data:"), ""]))
            blocks.append(("list", [translated(item.description) for item in activity.data]
                           or [self.tr("none")]))
            blocks.append(("field", [self.tr("Recipients:"),
                                     "; ".join(translated(text) for text in activity.recipients)]))
            blocks.append(("field", [self.tr("Retention:"), translated(activity.retention)]))
            if activity.measures:
                blocks.append(("field", [self.tr("Measures:"),
                                         "; ".join(translated(text) for text in activity.measures)]))
        blocks.append(("h2", [self.tr("Technical and organisational measures")]))
        blocks.append(("list", [translated(text) for text in record.measures]))
        return blocks

    def plain_text(self) -> str:
        if self.record is None:
            return ""
        lines: list[str] = []
        for kind, texts in self._blocks():
            if kind == "h1":
                lines += [texts[0], "=" * len(texts[0]), ""]
            elif kind == "h2":
                lines += ["", texts[0], "-" * len(texts[0])]
            elif kind == "p":
                lines.append(texts[0])
            elif kind == "field":
                lines.append(" ".join(texts).rstrip())
            elif kind == "list":
                lines += [f"  • {item}" for item in texts]
        return "\n".join(lines).strip() + "\n"

    def html(self) -> str:
        if self.record is None:
            return ""
        esc = html.escape
        parts: list[str] = []
        for kind, texts in self._blocks():
            if kind == "h1":
                parts.append(f"<h2>{esc(texts[0])}</h2>")
            elif kind == "h2":
                parts.append(f"<h3 style='margin-top:14px'>{esc(texts[0])}</h3>")
            elif kind == "p":
                parts.append(f"<p style='margin:2px 0'>{esc(texts[0])}</p>")
            elif kind == "field":
                parts.append(f"<p style='margin:3px 0'><b>{esc(texts[0])}</b> {esc(texts[1])}</p>")
            elif kind == "list":
                items = "".join(f"<li>{esc(item)}</li>" for item in texts)
                parts.append(f"<ul style='margin-top:0'>{items}</ul>")
        return "".join(parts)

    # -- copy and save -------------------------------------------------------------------------

    def copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self.plain_text())
        show_message(self.message, self.tr("Copied."), OK)

    def save(self) -> None:
        if self.record is None:
            return
        pdf_filter = self.tr("PDF document (*.pdf)")
        text_filter = self.tr("Text file (*.txt)")
        suggested = str(Path.home() / self.tr("record-of-processing.pdf"))
        name, chosen = QFileDialog.getSaveFileName(self, self.tr("Save the record of processing"), suggested,
                                                   f"{pdf_filter};;{text_filter}")
        if not name:
            return
        path = Path(name)
        as_text = path.suffix.lower() == ".txt" or (path.suffix.lower() != ".pdf" and chosen == text_filter)
        if not path.suffix:
            path = path.with_suffix(".txt" if as_text else ".pdf")
        try:
            data = self.plain_text().encode("utf-8") if as_text else self.pdf_bytes()
            from welcome_point.documents.atomic import write_atomically

            write_atomically(path, data)
        except OSError as exc:
            failed = self.tr("The file could not be written: %1").replace("%1", exc.strerror or str(exc))
            show_message(self.message, failed, ERROR)
            return
        show_message(self.message, self.tr("Saved as %1.").replace("%1", f"\u2066{path.name}\u2069"), OK)

    def pdf_bytes(self) -> bytes:
        """The record as an A4 PDF, laid out by Qt (which shapes every script the window shows)."""
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setTitle(self.tr("Record of processing activities (GDPR Art. 30)"))
        writer.setCreator("Welcome Point Desk")
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                         QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter))
        document = QTextDocument()
        document.setDefaultTextOption(self.view.document().defaultTextOption())
        document.setHtml(self.html())
        document.print_(writer)
        del writer  # ends the PDF
        buffer.close()
        return bytes(data.data())
