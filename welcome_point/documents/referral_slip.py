"""The referral slip: where to go, in German and in the visitor's language, on half an A4 sheet.

A5 landscape (210 x 148 mm), two columns side by side: German on the left for the office the
visitor goes to, the visitor's language on the right (right-aligned when it is written right to
left). The organisation's own data (name, address, hours, phone, what to bring) is shown as
stored, in both columns: addresses are not translated, only the labels and the topic are.
A QR code holds the organisation's name and address for a phone's map or notes. The footer
names the Welcome Point that issued the slip. Nothing about the visitor appears on it.

When the visitor's language is German, or the caller passes one language twice, the slip has
one column: this layer does not translate, so it does not invent an English column; a caller
that wants German and English passes both as columns.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

from welcome_point.documents.atomic import write_atomically
from welcome_point.documents.pdf_fonts import (
    Block,
    Box,
    draw_box,
    fit_boxes,
    is_rtl_language,
    register_fonts,
    starts_right_to_left,
)
from welcome_point.documents.qr import QrMatrix, draw_qr, qr_matrix, quiet_size
from welcome_point.domain.errors import ValidationError
from welcome_point.domain.models import Organisation

PAGE_WIDTH = 210 * mm
PAGE_HEIGHT = 148 * mm
MARGIN = 9 * mm
GUTTER = 10 * mm
FOOTER_HEIGHT = 36 * mm
RULE_GAP = 3 * mm  # between the body and the rule above the footer, and the rule and the footer
QR_SIZE = 22 * mm  # the symbol; with 4 quiet modules it needs about 27 mm
QR_BOX = 40 * mm  # the QR and the scan hints under it
RULE_GREY = (0.72, 0.72, 0.72)


@dataclass(frozen=True)
class SlipLabels:
    """One language column, translated by the caller (the UI holds the translations)."""

    language: str  # vocabulary code, e.g. "ar"
    title: str  # "Weitervermittlung", "Referral", "إحالة"
    organisation: str
    address: str
    opening_hours: str
    phone: str
    topic: str
    what_to_bring: str
    topic_name: str  # the referral's topic in this language, e.g. "Wohnen"
    issued_by: str  # "Ausgestellt von", "Issued by"
    scan_hint: str  # "Scan for the address"

    @property
    def right_to_left(self) -> bool:
        # Kurdish may be written in Arabic script: the labels themselves tell.
        return is_rtl_language(self.language) or starts_right_to_left(self.title) is True


@dataclass(frozen=True)
class ReferralSlip:
    site_name: str
    site_address: str
    site_opening_hours: str
    organisation: Organisation
    issued_on: date
    columns: tuple[SlipLabels, ...]  # German first, then the visitor's language

    def __post_init__(self) -> None:
        if not self.columns:
            raise ValidationError("a referral slip needs the labels of at least one language")
        if len(self.shown_columns) > 2:
            raise ValidationError("a referral slip has room for two languages")

    @property
    def shown_columns(self) -> tuple[SlipLabels, ...]:
        """The columns without a repeated language (German visitors get one column)."""
        seen: set[str] = set()
        shown: list[SlipLabels] = []
        for column in self.columns:
            if column.language not in seen:
                seen.add(column.language)
                shown.append(column)
        return tuple(shown)


def slip_qr_text(organisation: Organisation) -> str:
    """What the QR code holds: name and address as lines; empty when there is no address."""
    if not organisation.address.strip():
        return ""
    return f"{organisation.name.strip()}\n{organisation.address.strip()}"


def referral_slip_pdf(slip: ReferralSlip) -> bytes:
    """The slip as PDF bytes; the same slip always gives the same bytes (invariant mode)."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), invariant=1, pageCompression=1)
    columns = slip.shown_columns
    canvas.setTitle(f"{columns[0].title} – {slip.organisation.name}")
    canvas.setAuthor(slip.site_name)
    canvas.setSubject(slip.organisation.name)
    _draw_body(canvas, slip, columns)
    _draw_footer(canvas, slip, columns)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def write_referral_slip(slip: ReferralSlip, path: Path) -> Path:
    """Write the slip to ``path`` atomically (the old file stays whole if anything fails)."""
    return write_atomically(path, referral_slip_pdf(slip))


# --- layout --------------------------------------------------------------------------------

def _column_frames(count: int, left: float, right: float, gap: float) -> list[tuple[float, float]]:
    """(x, width) of ``count`` equal columns between ``left`` and ``right``."""
    width = (right - left - gap * (count - 1)) / count
    return [(left + index * (width + gap), width) for index in range(count)]


def _body_blocks(labels: SlipLabels, organisation: Organisation) -> list[Block]:
    rtl = labels.right_to_left
    blocks = [Block(labels.title, 15, bold=True, rtl_default=rtl)]

    def field(label: str, value: str, *, bold: bool = False, translated: bool = False) -> None:
        if value.strip():
            blocks.append(Block(label, 8, grey=True, space_before=4.5, rtl_default=rtl))
            # The organisation's data is German and keeps its own direction (a phone number
            # in an Arabic column must not be reversed group by group).
            blocks.append(Block(value, 10.5 if bold else 10, bold=bold, rtl_default=rtl and translated))

    field(labels.topic, labels.topic_name, bold=True, translated=True)
    field(labels.organisation, organisation.name, bold=True)
    field(labels.address, organisation.address)
    field(labels.opening_hours, organisation.opening_hours)
    field(labels.phone, organisation.phone)
    field(labels.what_to_bring, organisation.what_to_bring)
    return blocks


def _draw_body(canvas: Canvas, slip: ReferralSlip, columns: tuple[SlipLabels, ...]) -> None:
    top = PAGE_HEIGHT - MARGIN
    bottom = MARGIN + FOOTER_HEIGHT + 2 * RULE_GAP
    frames = _column_frames(len(columns), MARGIN, PAGE_WIDTH - MARGIN, GUTTER)
    boxes = fit_boxes([(_body_blocks(labels, slip.organisation), width)
                       for labels, (_, width) in zip(columns, frames, strict=True)], top - bottom)
    for labels, (x, width), box in zip(columns, frames, boxes, strict=True):
        draw_box(canvas, box, x, top, width, align_right=labels.right_to_left)
    canvas.setStrokeColorRGB(*RULE_GREY)
    canvas.setLineWidth(0.5)
    for x, _ in frames[1:]:
        canvas.line(x - GUTTER / 2, bottom, x - GUTTER / 2, top)
    rule = MARGIN + FOOTER_HEIGHT + RULE_GAP
    canvas.line(MARGIN, rule, PAGE_WIDTH - MARGIN, rule)


def _footer_blocks(labels: SlipLabels, slip: ReferralSlip) -> list[Block]:
    rtl = labels.right_to_left
    blocks = [Block(labels.issued_by, 7, grey=True, rtl_default=rtl),
              Block(slip.site_name, 8.5, bold=True, max_lines=2)]
    if slip.site_address.strip():
        blocks.append(Block(slip.site_address, 7.5, max_lines=3))
    if slip.site_opening_hours.strip():
        blocks.append(Block(labels.opening_hours, 7, grey=True, space_before=2, rtl_default=rtl))
        blocks.append(Block(slip.site_opening_hours, 7.5, max_lines=3))
    issued = slip.issued_on
    blocks.append(Block(f"{issued.day:02d}.{issued.month:02d}.{issued.year}", 7, grey=True, space_before=2))
    return blocks


def _draw_footer(canvas: Canvas, slip: ReferralSlip, columns: tuple[SlipLabels, ...]) -> None:
    top = MARGIN + FOOTER_HEIGHT
    qr_text = slip_qr_text(slip.organisation)
    left, right = MARGIN, PAGE_WIDTH - MARGIN
    qr_x: float | None = None
    text_frames: list[tuple[float, float]]
    if not qr_text:
        text_frames = _column_frames(len(columns), left, right, GUTTER)
    elif len(columns) == 2:
        qr_x = PAGE_WIDTH / 2 - QR_BOX / 2
        text_frames = [(left, qr_x - 3 * mm - left), (qr_x + QR_BOX + 3 * mm, right - qr_x - QR_BOX - 3 * mm)]
    else:
        qr_x = right - QR_BOX
        text_frames = [(left, qr_x - GUTTER - left)]
    boxes = fit_boxes([(_footer_blocks(labels, slip), width)
                       for labels, (_, width) in zip(columns, text_frames, strict=True)], FOOTER_HEIGHT)
    for labels, (x, width), box in zip(columns, text_frames, boxes, strict=True):
        draw_box(canvas, box, x, top, width, align_right=labels.right_to_left)
    if qr_x is not None:
        _draw_qr_with_hints(canvas, qr_matrix(qr_text), qr_x, top, columns)


def _draw_qr_with_hints(canvas: Canvas, matrix: QrMatrix, x: float, top: float,
                        columns: tuple[SlipLabels, ...]) -> None:
    # Keep the quiet zone clear of the rule above the footer.
    symbol_top = top + RULE_GAP - quiet_size(matrix, QR_SIZE)
    symbol_top = min(symbol_top, top)
    draw_qr(canvas, matrix, x + (QR_BOX - QR_SIZE) / 2, symbol_top - QR_SIZE, QR_SIZE)
    hints = [Block(labels.scan_hint, 6.5, grey=True, rtl_default=labels.right_to_left, max_lines=2)
             for labels in columns if labels.scan_hint.strip()]
    hint_top = symbol_top - QR_SIZE - quiet_size(matrix, QR_SIZE) * 0.6
    box = fit_boxes([(hints, QR_BOX)], hint_top - MARGIN)[0]
    _draw_centred(canvas, box, x, hint_top, QR_BOX)


def _draw_centred(canvas: Canvas, box: Box, x: float, top: float, width: float) -> None:
    for placed in box.lines:
        canvas.setFillColorRGB(0.36, 0.36, 0.36)
        placed.line.draw(canvas, x + (width - placed.line.width) / 2, top - placed.baseline)
    canvas.setFillColorRGB(0, 0, 0)
