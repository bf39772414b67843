"""The volunteer certificate ("Ehrenamtsnachweis"): proof of a volunteer's hours, A4 portrait.

The caller passes the texts already translated (German by default; English works the same way)
and the figures already computed (``services.shifts.ShiftService.hours``): this module formats
and lays out, it does not count. Hours worked partly from planned times (nobody checked the
volunteer in or out) carry a note saying so, because a certificate must not claim more precision
than the records have.

A verification code, printed and as a QR code, lets an association or the office issuing the
NRW Ehrenamtskarte ask the Welcome Point whether the certificate is genuine.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

from welcome_point.documents.atomic import write_atomically
from welcome_point.documents.pdf_fonts import Block, Box, draw_box, fit_boxes, layout_blocks, register_fonts
from welcome_point.documents.qr import draw_qr, qr_matrix, quiet_size
from welcome_point.domain.errors import ValidationError

PAGE_WIDTH: float = A4[0]
PAGE_HEIGHT: float = A4[1]
MARGIN_X: float = 22 * mm
MARGIN_TOP: float = 18 * mm
MARGIN_BOTTOM: float = 16 * mm
LABEL_WIDTH: float = 48 * mm
QR_SIZE: float = 24 * mm
FOOTER_HEIGHT: float = 34 * mm  # the verification box: QR code, code, hint
SIGNATURE_HEIGHT: float = 30 * mm
TITLE_GAP: float = 14 * mm  # between the letterhead and the title
RULE_GREY = (0.72, 0.72, 0.72)


@dataclass(frozen=True)
class CertificateLabels:
    """Texts translated by the caller; ``{count}`` in ``estimated_note`` is replaced."""

    title: str
    intro: str  # the sentence before the name
    name: str
    period: str
    shifts: str
    hours: str
    estimated_note: str  # shown when some shifts had no check-in/out times
    activities: str
    ehrenamtskarte: str  # the label of the threshold line
    closing: str  # thanks, after the figures; may be empty
    place_date: str
    signature: str
    verification: str  # "Prüfcode"
    verification_hint: str  # how to check the code
    decimal_separator: str = ","


CERTIFICATE_LABELS_DE = CertificateLabels(
    title="Ehrenamtsnachweis",
    intro="Hiermit bestätigen wir die ehrenamtliche Mitarbeit von",
    name="Name",
    period="Zeitraum",
    shifts="Einsätze",
    hours="Stunden",
    estimated_note="Bei {count} Einsätzen wurde keine Ankunfts- oder Gehzeit erfasst; "
                   "für sie sind die geplanten Zeiten angerechnet.",
    activities="Tätigkeiten",
    ehrenamtskarte="Ehrenamtskarte NRW",
    closing="Wir danken für das Engagement und die verlässliche Unterstützung unserer Besucherinnen "
            "und Besucher.",
    place_date="Ort, Datum",
    signature="Unterschrift, Stempel",
    verification="Prüfcode",
    verification_hint="Die Echtheit dieses Nachweises kann unter Angabe des Prüfcodes beim Welcome Point "
                      "erfragt werden.",
)
CERTIFICATE_LABELS_EN = CertificateLabels(
    title="Volunteer certificate",
    intro="We hereby confirm the voluntary work of",
    name="Name",
    period="Period",
    shifts="Shifts",
    hours="Hours",
    estimated_note="For {count} shifts no arrival or departure time was recorded; "
                   "the planned times are counted.",
    activities="Activities",
    ehrenamtskarte="NRW volunteer card",
    closing="We thank them for their commitment and reliable support of our visitors.",
    place_date="Place, date",
    signature="Signature, stamp",
    verification="Verification code",
    verification_hint="The Welcome Point confirms this certificate on request when given the "
                      "verification code.",
    decimal_separator=".",
)


@dataclass(frozen=True)
class Certificate:
    volunteer_name: str
    first: date  # the period
    last: date
    shifts: int
    hours: timedelta
    estimated_shifts: int  # of ``shifts``, those counted from planned times
    activities: tuple[str, ...]  # translated role names, e.g. ("Empfang", "Dolmetschen")
    place: str  # "Düsseldorf"
    issued_on: date
    verification_code: str
    site_name: str
    site_address: str
    ehrenamtskarte: str  # e.g. "Voraussetzung erfüllt (mindestens 250 Stunden im Jahr)"; empty: no line
    labels: CertificateLabels = CERTIFICATE_LABELS_DE
    signer: str = ""  # name and function printed under the signature line

    def __post_init__(self) -> None:
        if not self.volunteer_name.strip():
            raise ValidationError("a certificate needs the volunteer's name")
        if self.last < self.first:
            raise ValidationError("the period of a certificate ends before it begins")
        if self.shifts < 0 or self.hours < timedelta(0) or not 0 <= self.estimated_shifts <= self.shifts:
            raise ValidationError("a certificate's shifts and hours cannot be negative")
        if not self.verification_code.strip():
            raise ValidationError("a certificate needs a verification code")


def format_hours(total: timedelta, decimal_separator: str = ",") -> str:
    """Hours with up to two decimals, trailing zeros dropped: 142.5 h → "142,5", 10 h → "10"."""
    hours = round(total.total_seconds() / 3600, 2)
    text = f"{hours:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", decimal_separator)


def format_date(day: date) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def certificate_pdf(certificate: Certificate) -> bytes:
    """The certificate as PDF bytes; the same certificate always gives the same bytes."""
    register_fonts()
    labels = certificate.labels
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1, pageCompression=1)
    canvas.setTitle(f"{labels.title} – {certificate.volunteer_name}")
    canvas.setAuthor(certificate.site_name)
    canvas.setSubject(labels.title)
    width = PAGE_WIDTH - 2 * MARGIN_X
    top = _draw_letterhead(canvas, certificate, width)
    bottom = MARGIN_BOTTOM + FOOTER_HEIGHT + SIGNATURE_HEIGHT
    _draw_body(canvas, certificate, top, bottom, width)
    _draw_signature(canvas, certificate, MARGIN_BOTTOM + FOOTER_HEIGHT + SIGNATURE_HEIGHT, width)
    _draw_verification(canvas, certificate, width)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def write_certificate(certificate: Certificate, path: Path) -> Path:
    """Write the certificate to ``path`` atomically (the old file stays whole if anything fails)."""
    return write_atomically(path, certificate_pdf(certificate))


# --- layout --------------------------------------------------------------------------------

def _rows(certificate: Certificate) -> list[tuple[str, list[Block]]]:
    """(label, value blocks) of the table of figures."""
    labels = certificate.labels
    hours = [Block(format_hours(certificate.hours, labels.decimal_separator), 12, bold=True)]
    if certificate.estimated_shifts:
        note = labels.estimated_note.replace("{count}", str(certificate.estimated_shifts))
        hours.append(Block(note, 8.5, grey=True, space_before=2))
    rows = [
        (labels.period, [Block(f"{format_date(certificate.first)} – {format_date(certificate.last)}", 11)]),
        (labels.shifts, [Block(str(certificate.shifts), 12, bold=True)]),
        (labels.hours, hours),
    ]
    if certificate.activities:
        rows.append((labels.activities, [Block(", ".join(certificate.activities), 11, max_lines=3)]))
    if certificate.ehrenamtskarte.strip():
        rows.append((labels.ehrenamtskarte, [Block(certificate.ehrenamtskarte, 11, max_lines=4)]))
    return rows


def _draw_letterhead(canvas: Canvas, certificate: Certificate, width: float) -> float:
    """The Welcome Point's name and address and a rule; returns the y below them."""
    top = PAGE_HEIGHT - MARGIN_TOP
    blocks = [Block(certificate.site_name, 12, bold=True, max_lines=2)]
    if certificate.site_address.strip():
        blocks.append(Block(certificate.site_address, 9, grey=True, space_before=1, max_lines=3))
    box = fit_boxes([(blocks, width)], 24 * mm)[0]
    draw_box(canvas, box, MARGIN_X, top, width, align_right=False)
    rule: float = top - box.height - 3 * mm
    canvas.setStrokeColorRGB(*RULE_GREY)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN_X, rule, MARGIN_X + width, rule)
    return rule - TITLE_GAP


def _draw_body(canvas: Canvas, certificate: Certificate, top: float, bottom: float, width: float) -> None:
    """Title, the sentence with the name, the table and the closing, shrunk together if need be."""
    labels = certificate.labels
    value_width = width - LABEL_WIDTH
    rows = _rows(certificate)
    available = top - bottom - 8 * mm
    for scale in (1.0, 0.92, 0.84, 0.76, 0.68):
        heading = layout_blocks([
            Block(labels.title, 24, bold=True),
            Block(labels.intro, 11, space_before=12),
            Block(certificate.volunteer_name, 18, bold=True, space_before=6, max_lines=3),
        ], width, scale)
        table = [(layout_blocks([Block(label, 9.5, grey=True)], LABEL_WIDTH - 4 * mm, scale),
                  layout_blocks(values, value_width, scale)) for label, values in rows]
        closing = (layout_blocks([Block(labels.closing, 10.5, max_lines=4)], width, scale)
                   if labels.closing.strip() else None)
        gap = 5 * mm * scale
        height = (heading.height + 12 * mm * scale + sum(max(a.height, b.height) + gap for a, b in table)
                  + (closing.height + 6 * mm * scale if closing else 0))
        if height <= available:
            break
    draw_box(canvas, heading, MARGIN_X, top, width, align_right=False)
    y = top - heading.height - 12 * mm * scale
    canvas.setStrokeColorRGB(*RULE_GREY)
    canvas.setLineWidth(0.4)
    for label, value in table:
        # Labels sit on the first line of their value: align the two first baselines.
        shift = (value.lines[0].baseline - label.lines[0].baseline) if value.lines and label.lines else 0.0
        draw_box(canvas, label, MARGIN_X, y - shift, LABEL_WIDTH, align_right=False)
        draw_box(canvas, value, MARGIN_X + LABEL_WIDTH, y, value_width, align_right=False)
        row_height = max(label.height + shift, value.height)
        y -= row_height + gap / 2
        canvas.line(MARGIN_X, y, MARGIN_X + width, y)
        y -= gap / 2
    if closing is not None:
        draw_box(canvas, closing, MARGIN_X, y - 6 * mm * scale + gap / 2, width, align_right=False)


def _draw_signature(canvas: Canvas, certificate: Certificate, top: float, width: float) -> None:
    """Place and date already filled in on the left, an empty line to sign on the right."""
    labels = certificate.labels
    column = (width - 16 * mm) / 2
    line_y = top - 16 * mm
    place = ", ".join(part for part in (certificate.place.strip(), format_date(certificate.issued_on))
                      if part)
    filled = fit_boxes([([Block(place, 11)], column)], 10 * mm)[0]
    draw_box(canvas, filled, MARGIN_X, line_y + filled.height + 1.5 * mm, column, align_right=False)
    canvas.setStrokeColorRGB(0, 0, 0)
    canvas.setLineWidth(0.6)
    right = MARGIN_X + column + 16 * mm
    for x in (MARGIN_X, right):
        canvas.line(x, line_y, x + column, line_y)
    signer = [Block(certificate.signer, 9, space_before=1, max_lines=2)] if certificate.signer.strip() else []
    under: Sequence[tuple[float, list[Block]]] = (
        (MARGIN_X, [Block(labels.place_date, 8.5, grey=True)]),
        (right, [Block(labels.signature, 8.5, grey=True), *signer]),
    )
    for x, blocks in under:
        box = fit_boxes([(blocks, column)], 12 * mm)[0]
        draw_box(canvas, box, x, line_y - 2 * mm, column, align_right=False)


def _draw_verification(canvas: Canvas, certificate: Certificate, width: float) -> None:
    """The QR code with the verification code beside it, and the Welcome Point at the foot."""
    labels = certificate.labels
    top = MARGIN_BOTTOM + FOOTER_HEIGHT
    canvas.setStrokeColorRGB(*RULE_GREY)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN_X, top, MARGIN_X + width, top)
    matrix = qr_matrix(certificate.verification_code.strip())
    quiet = quiet_size(matrix, QR_SIZE)
    # The page's margin holds the quiet zone on the left, and the rule stays clear above it.
    qr_top = top - max(quiet, 3 * mm)
    draw_qr(canvas, matrix, MARGIN_X, qr_top - QR_SIZE, QR_SIZE)
    text_x = MARGIN_X + QR_SIZE + max(quiet, 6 * mm)
    text_width = MARGIN_X + width - text_x
    blocks = [Block(labels.verification, 8.5, grey=True),
              Block(certificate.verification_code.strip(), 14, bold=True, space_before=1, max_lines=1),
              Block(labels.verification_hint, 8.5, space_before=4, max_lines=3),
              Block(" · ".join(part for part in (certificate.site_name.strip(),
                                                 " ".join(certificate.site_address.split())) if part),
                    8, grey=True, space_before=4, max_lines=2)]
    box: Box = fit_boxes([(blocks, text_width)], FOOTER_HEIGHT - 4 * mm)[0]
    draw_box(canvas, box, text_x, qr_top, text_width, align_right=False)
