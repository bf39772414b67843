"""Subject access (GDPR Art. 15): one person's record as JSON (codes, for machines) and PDF (for people).

The record arrives complete (``domain.privacy.SubjectRecord``, compiled by services/privacy.py); this
module only formats it. Labels come from the caller (``SubjectAccessLabels``), German and English ones
ship here; vocabulary codes are shown with the caller's translated labels, else the English ones.
Both files are written atomically, and the JSON file is removed again when the PDF cannot be written.
"""

from __future__ import annotations

import contextlib
import io
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

from welcome_point.documents.atomic import write_atomically
from welcome_point.documents.pdf_fonts import (
    Block,
    Box,
    TextStyle,
    draw_box,
    layout_blocks,
    register_fonts,
    text_width,
)
from welcome_point.domain.privacy import RecordSection, SubjectRecord, Value, vocabulary_of
from welcome_point.domain.text import fill

FORMAT = "welcome-point-subject-access"
VERSION = 1

PAGE_WIDTH: float = A4[0]
PAGE_HEIGHT: float = A4[1]
MARGIN_X: float = 18 * mm
MARGIN_TOP: float = 16 * mm
MARGIN_BOTTOM: float = 16 * mm
FIELD_LABEL_WIDTH: float = 50 * mm
CELL_PAD: float = 1.5 * mm
RULE_GREY = (0.72, 0.72, 0.72)
TABLE_SIZE = 7.5


@dataclass(frozen=True)
class SubjectAccessLabels:
    """Texts translated by the caller. ``names`` labels the field, section and column codes;
    ``values`` labels vocabulary codes as "<vocabulary>.<code>" (e.g. "topic.housing")."""

    title_visitor: str
    title_volunteer: str
    intro: str  # may hold {date}
    compiled: str
    empty: str  # a section without rows
    yes: str
    no: str
    page: str  # holds {page}
    names: Mapping[str, str] = field(default_factory=dict)
    values: Mapping[str, str] = field(default_factory=dict)
    day_format: str = "%Y-%m-%d"
    time_format: str = "%Y-%m-%d %H:%M"
    decimal_separator: str = "."


_NAMES_EN = {
    # fields
    "id": "Id", "card_code": "Card code", "first_seen": "First visit", "age_band": "Age band",
    "gender": "Gender", "language": "Language", "region": "Region of origin", "last_seen": "Last seen",
    "kept_until": "Kept until (unless seen again)", "display_name": "Name", "phone": "Phone",
    "email": "E-mail", "joined_on": "Joined", "left_on": "Left", "consent_on": "Consent to contact data",
    "active": "Active", "hours": "Hours worked", "attended_shifts": "Shifts attended",
    "estimated_shifts": "Of these, from planned times",
    "kept_until_left": "Kept until (counted from leaving)", "accounts.role": "Access rights",
    # sections
    "section.visits": "Visits", "section.referrals": "Referrals", "section.queue": "Waiting queue",
    "section.audit": "Audit log entries", "section.languages": "Languages", "section.roles": "Roles",
    "section.assignments": "Shifts", "section.shift_history": "Shift changes",
    "section.accounts": "User accounts",
    # columns
    "site": "Site", "arrived_at": "Arrival", "started_at": "Start", "ended_at": "End",
    "group_size": "Group", "interpreter_needed": "Interpreter", "topics": "Topics", "outcome": "Outcome",
    "visit_id": "Visit", "organisation": "Organisation", "category": "Category", "topic": "Topic",
    "status": "Status", "created_at": "Created", "follow_up_on": "Follow-up",
    "status_changed_at": "Changed", "called_at": "Called", "at": "Time", "action": "Action",
    "object_type": "Object", "object_id": "Object id",
    "level": "Level", "role": "Role", "shift_id": "Shift", "starts_at": "Starts", "ends_at": "Ends",
    "checked_in_at": "Checked in", "checked_out_at": "Checked out", "assignment_id": "Assignment",
    "username": "User name", "has_pin": "PIN set", "date": "Date",
}

_NAMES_DE = {
    "id": "Nr.", "card_code": "Kartencode", "first_seen": "Erster Besuch", "age_band": "Altersgruppe",
    "gender": "Geschlecht", "language": "Sprache", "region": "Herkunftsregion",
    "last_seen": "Zuletzt gesehen",
    "kept_until": "Gespeichert bis (ohne neuen Besuch)", "display_name": "Name", "phone": "Telefon",
    "email": "E-Mail", "joined_on": "Eingetreten", "left_on": "Ausgetreten",
    "consent_on": "Einwilligung in Kontaktdaten", "active": "Aktiv", "hours": "Geleistete Stunden",
    "attended_shifts": "Geleistete Einsätze", "estimated_shifts": "Davon nach Planzeiten",
    "kept_until_left": "Gespeichert bis (gerechnet ab Austritt)", "accounts.role": "Rechte",
    "section.visits": "Besuche", "section.referrals": "Vermittlungen", "section.queue": "Warteschlange",
    "section.audit": "Einträge im Protokoll", "section.languages": "Sprachen", "section.roles": "Aufgaben",
    "section.assignments": "Schichten", "section.shift_history": "Änderungen an Schichten",
    "section.accounts": "Benutzerkonten",
    "site": "Standort", "arrived_at": "Ankunft", "started_at": "Beginn", "ended_at": "Ende",
    "group_size": "Gruppe", "interpreter_needed": "Dolmetschung", "topics": "Themen", "outcome": "Ergebnis",
    "visit_id": "Besuch", "organisation": "Stelle", "category": "Art", "topic": "Thema", "status": "Stand",
    "created_at": "Erstellt", "follow_up_on": "Nachfassen", "status_changed_at": "Geändert",
    "called_at": "Aufgerufen", "at": "Zeit", "action": "Aktion", "object_type": "Objekt",
    "object_id": "Objekt-Nr.", "level": "Niveau", "role": "Aufgabe", "shift_id": "Schicht",
    "starts_at": "Beginn", "ends_at": "Ende", "checked_in_at": "Gekommen", "checked_out_at": "Gegangen",
    "assignment_id": "Einteilung", "username": "Benutzername", "has_pin": "PIN gesetzt", "date": "Datum",
}

SUBJECT_ACCESS_LABELS_EN = SubjectAccessLabels(
    title_visitor="Information on the data stored about a visitor card",
    title_volunteer="Information on the data stored about a volunteer",
    intro="This document lists everything the Welcome Point's database held about you on {date} "
          "(Art. 15 GDPR). A machine-readable copy of the same data is the JSON file of the same name.",
    compiled="Compiled",
    empty="None",
    yes="yes",
    no="no",
    page="Page {page}",
    names=_NAMES_EN,
)
SUBJECT_ACCESS_LABELS_DE = SubjectAccessLabels(
    title_visitor="Auskunft über die zu einer Besuchskarte gespeicherten Daten",
    title_volunteer="Auskunft über die zu einer/einem Ehrenamtlichen gespeicherten Daten",
    intro="Dieses Dokument enthält alles, was die Datenbank des Welcome Points am {date} über Sie "
          "gespeichert hatte (Art. 15 DSGVO). Dieselben Daten maschinenlesbar enthält die gleichnamige "
          "JSON-Datei.",
    compiled="Erstellt",
    empty="Keine",
    yes="ja",
    no="nein",
    page="Seite {page}",
    names=_NAMES_DE,
    day_format="%d.%m.%Y",
    time_format="%d.%m.%Y %H:%M",
    decimal_separator=",",
)


def labels_for(language: str) -> SubjectAccessLabels:
    """German for "de", English for everything else (the labels ship for those two)."""
    return SUBJECT_ACCESS_LABELS_DE if language.split("_")[0].lower() == "de" else SUBJECT_ACCESS_LABELS_EN


def file_stem(record: SubjectRecord) -> str:
    """subject-access-<kind>-<card code or volunteer id>-<day compiled>."""
    return f"subject-access-{record.kind}-{record.reference}-{record.compiled_at.date().isoformat()}"


# --- JSON ------------------------------------------------------------------------------------

def _json_value(value: Value) -> object:
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def subject_access_json(record: SubjectRecord) -> bytes:
    """The record with its codes (vocabulary codes, ISO dates), one list of objects per section."""
    data: dict[str, object] = {
        "format": FORMAT, "version": VERSION, "kind": record.kind, "subject_id": record.subject_id,
        "reference": record.reference, "compiled_at": _json_value(record.compiled_at),
        "subject": {name: _json_value(value) for name, value in record.fields},
    }
    for section in record.sections:
        data[section.code] = [{name: _json_value(value) for name, value in row.items()}
                              for row in section.dicts()]
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# --- PDF -------------------------------------------------------------------------------------

def _text(value: Value, section: str, column: str, labels: SubjectAccessLabels) -> str:
    """A value as a person reads it: vocabulary labels, local dates, yes/no."""
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return labels.yes if value else labels.no
    if isinstance(value, datetime):
        return value.strftime(labels.time_format)
    if isinstance(value, date):
        return value.strftime(labels.day_format)
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".").replace(".", labels.decimal_separator)
    vocabulary = vocabulary_of(section, column)
    codes = value if isinstance(value, tuple) else (str(value),)
    if vocabulary is None:
        return ", ".join(codes)
    shown = []
    for code in codes:
        label = labels.values.get(f"{vocabulary.name}.{code}")
        if label is None:
            label = vocabulary.term(code).label if code in vocabulary else code
        shown.append(label)
    return ", ".join(shown)


def _name(code: str, labels: SubjectAccessLabels, section: str = "") -> str:
    """The label of a code; "<section>.<column>" first, where a column means something else in a section."""
    return labels.names.get(f"{section}.{code}") or labels.names.get(code, code)


def _column_widths(columns: Sequence[Sequence[tuple[str, bool]]], total: float) -> list[float]:
    """Widths for table columns of (text, bold) cells: each column gets its longest word at least
    (no word is cut while the page allows), and what is left goes to the columns with longer texts."""
    def width(text: str, bold: bool) -> float:
        return text_width(text, TextStyle(TABLE_SIZE, bold)) + 2 * CELL_PAD + 0.5

    natural = [max(width(text, bold) for text, bold in cells) for cells in columns]
    least = [max(width(word, bold) for text, bold in cells for word in (text.split() or [""]))
             for cells in columns]
    if sum(natural) <= total:
        return [w * total / sum(natural) for w in natural]
    if sum(least) >= total:
        # Too many columns for every word: the values (a date, a number) stay whole and the headings
        # break instead, since a cut "2047" misleads and a cut heading does not.
        values = [max([width(word, False) for text, bold in cells if not bold for word in text.split()],
                      default=0.0) for cells in columns]
        if 0 < sum(values) < total:
            spare = total - sum(values)
            extra = [m - v for m, v in zip(least, values, strict=True)]
            return [v + e * spare / sum(extra) for v, e in zip(values, extra, strict=True)]
        return [w * total / sum(least) for w in least]
    spare, wanted = total - sum(least), sum(n - m for n, m in zip(natural, least, strict=True))
    return [m + (n - m) * spare / wanted for n, m in zip(natural, least, strict=True)]


class _Pages:
    """A canvas with a running y, a page number at the foot and a fresh page when a block does not fit."""

    def __init__(self, canvas: Canvas, labels: SubjectAccessLabels) -> None:
        self.canvas = canvas
        self.labels = labels
        self.number = 1
        self.y = PAGE_HEIGHT - MARGIN_TOP
        self.width = PAGE_WIDTH - 2 * MARGIN_X

    def footer(self) -> None:
        box = layout_blocks([Block(fill(self.labels.page, page=self.number), 7.5, grey=True)], self.width)
        draw_box(self.canvas, box, MARGIN_X, MARGIN_BOTTOM - 4 * mm, self.width, align_right=True)

    def new_page(self) -> None:
        self.footer()
        self.canvas.showPage()
        self.number += 1
        self.y = PAGE_HEIGHT - MARGIN_TOP

    def room(self, height: float) -> bool:
        return self.y - height >= MARGIN_BOTTOM

    def ensure(self, height: float) -> None:
        if not self.room(height) and self.y < PAGE_HEIGHT - MARGIN_TOP:
            self.new_page()

    def rule(self, grey: bool = True) -> None:
        self.canvas.setStrokeColorRGB(*(RULE_GREY if grey else (0, 0, 0)))
        self.canvas.setLineWidth(0.4)
        self.canvas.line(MARGIN_X, self.y, MARGIN_X + self.width, self.y)


def _row_boxes(cells: Sequence[str], widths: Sequence[float], *, bold: bool = False,
               grey: bool = False) -> tuple[list[Box], float]:
    boxes = [layout_blocks([Block(text, TABLE_SIZE, bold=bold, grey=grey)], width - 2 * CELL_PAD)
             for text, width in zip(cells, widths, strict=True)]
    return boxes, max((box.height for box in boxes), default=0.0) + 2 * CELL_PAD


def _draw_row(pages: _Pages, boxes: Sequence[Box], widths: Sequence[float], height: float) -> None:
    x = MARGIN_X
    for box, width in zip(boxes, widths, strict=True):
        draw_box(pages.canvas, box, x + CELL_PAD, pages.y - CELL_PAD, width - 2 * CELL_PAD, align_right=False)
        x += width
    pages.y -= height
    pages.rule()


def _draw_section(pages: _Pages, section: RecordSection) -> None:
    labels = pages.labels
    title = f"{_name('section.' + section.code, labels)} ({len(section.rows)})"
    heading = layout_blocks([Block(title, 11, bold=True)], pages.width)
    names = [_name(column, labels, section.code) for column in section.columns]
    texts = [[_text(value, section.code, column, labels)
              for value, column in zip(row, section.columns, strict=True)] for row in section.rows]
    widths = _column_widths([[(name, True), *((row[index], False) for row in texts)]
                             for index, name in enumerate(names)], pages.width)
    header, header_height = _row_boxes(names, widths, bold=True, grey=True)
    rows = [_row_boxes(row, widths) for row in texts]
    first = rows[0][1] if rows else 0.0
    pages.ensure(6 * mm + heading.height + 2 * mm + header_height + first)
    pages.y -= 6 * mm
    draw_box(pages.canvas, heading, MARGIN_X, pages.y, pages.width, align_right=False)
    pages.y -= heading.height + 2 * mm
    if not rows:
        empty = layout_blocks([Block(labels.empty, 9, grey=True)], pages.width)
        draw_box(pages.canvas, empty, MARGIN_X, pages.y, pages.width, align_right=False)
        pages.y -= empty.height
        return
    _draw_row(pages, header, widths, header_height)
    for boxes, height in rows:
        if not pages.room(height):
            pages.new_page()
            _draw_row(pages, header, widths, header_height)  # the column names again on the new page
        _draw_row(pages, boxes, widths, height)


def subject_access_pdf(record: SubjectRecord, labels: SubjectAccessLabels = SUBJECT_ACCESS_LABELS_EN,
                       controller: str = "") -> bytes:
    """The record as an A4 PDF; the same record gives the same bytes. ``controller``: the Welcome Point."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1, pageCompression=1)
    title = labels.title_visitor if record.kind == "visitor" else labels.title_volunteer
    canvas.setTitle(title)
    canvas.setSubject(title)
    if controller.strip():
        canvas.setAuthor(controller.strip())
    pages = _Pages(canvas, labels)
    blocks = []
    if controller.strip():
        blocks.append(Block(controller.strip(), 9, grey=True, max_lines=3))
    blocks += [Block(title, 16, bold=True, space_before=6),
               Block(fill(labels.intro, date=record.compiled_at.strftime(labels.day_format)), 9.5,
                     space_before=6),
               Block(f"{labels.compiled}: {record.compiled_at.strftime(labels.time_format)}", 8.5, grey=True,
                     space_before=3)]
    head = layout_blocks(blocks, pages.width)
    draw_box(canvas, head, MARGIN_X, pages.y, pages.width, align_right=False)
    pages.y -= head.height + 5 * mm
    pages.rule(grey=False)
    value_width = pages.width - FIELD_LABEL_WIDTH
    for name, value in record.fields:
        label = layout_blocks([Block(_name(name, labels), 9, grey=True)], FIELD_LABEL_WIDTH - 2 * CELL_PAD)
        shown = layout_blocks([Block(_text(value, "", name, labels), 10)], value_width - 2 * CELL_PAD)
        height = max(label.height, shown.height) + 2 * CELL_PAD
        pages.ensure(height)
        draw_box(canvas, label, MARGIN_X + CELL_PAD, pages.y - CELL_PAD - 1, FIELD_LABEL_WIDTH,
                 align_right=False)
        draw_box(canvas, shown, MARGIN_X + FIELD_LABEL_WIDTH + CELL_PAD, pages.y - CELL_PAD, value_width,
                 align_right=False)
        pages.y -= height
        pages.rule()
    for section in record.sections:
        _draw_section(pages, section)
    pages.footer()
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def write_subject_access(record: SubjectRecord, folder: Path,
                         labels: SubjectAccessLabels = SUBJECT_ACCESS_LABELS_EN,
                         controller: str = "") -> list[Path]:
    """Write ``<stem>.json`` and ``<stem>.pdf`` into ``folder``, each atomically; returns both paths.

    Both are rendered before anything is written; if the PDF cannot be written the JSON file is removed
    again, so the folder gets both files or neither. Raises OSError (the caller words it for people).
    """
    stem = file_stem(record)
    json_data = subject_access_json(record)
    pdf_data = subject_access_pdf(record, labels, controller)
    json_path, pdf_path = folder / f"{stem}.json", folder / f"{stem}.pdf"
    write_atomically(json_path, json_data)
    try:
        write_atomically(pdf_path, pdf_data)
    except BaseException:
        with contextlib.suppress(OSError):
            json_path.unlink()
        raise
    return [json_path, pdf_path]
