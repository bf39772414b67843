"""Visitor cards to print and cut: credit-card size (85.6 x 54 mm), ten to an A4 sheet.

Each card carries the card code large and as a QR code (the code only, nothing else), the
Welcome Point's name and opening hours, and a line asking the visitor to bring the card, in
German and in the visitor's language. Thin grey borders are the cutting lines.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

from welcome_point.documents.atomic import write_atomically
from welcome_point.documents.pdf_fonts import (
    SANS_BOLD,
    Block,
    draw_box,
    fit_boxes,
    is_rtl_language,
    register_fonts,
    starts_right_to_left,
)
from welcome_point.documents.qr import draw_qr, qr_matrix
from welcome_point.domain.errors import ValidationError

CARD_WIDTH = 85.6 * mm
CARD_HEIGHT = 54 * mm
COLUMNS = 2
ROWS = 5
CARDS_PER_PAGE = COLUMNS * ROWS
PADDING = 4 * mm  # also the QR's quiet zone on the left: 4 modules of a 21-module symbol
QR_SIZE = 19 * mm
CODE_SIZE = 14.5
CODE_SPACING = 1.2  # points between the characters of the code, so that it reads one by one
BORDER_GREY = (0.75, 0.75, 0.75)
HEADER_HEIGHT = 9 * mm  # the site name, at most two lines
FOOTER_LINES_HEIGHT = 7.5 * mm  # each "bring this card" request, at most two lines


@dataclass(frozen=True)
class CardLabels:
    """The card's texts in one language, translated by the caller."""

    language: str
    keep_card: str  # "Please bring this card to your next visit"
    opening_hours: str  # the label "Opening hours"

    @property
    def right_to_left(self) -> bool:
        return is_rtl_language(self.language) or starts_right_to_left(self.keep_card) is True


@dataclass(frozen=True)
class VisitorCard:
    code: str  # formatted, e.g. "7KQ2M-X9RT4"
    site_name: str
    site_opening_hours: str
    labels: tuple[CardLabels, ...]  # German first, then the visitor's language

    def __post_init__(self) -> None:
        if not self.code.strip():
            raise ValidationError("a visitor card needs a card code")

    @property
    def shown_labels(self) -> tuple[CardLabels, ...]:
        """At most two languages, without repeats (German visitors get one line)."""
        seen: set[str] = set()
        shown: list[CardLabels] = []
        for labels in self.labels:
            if labels.language not in seen and len(shown) < 2:
                seen.add(labels.language)
                shown.append(labels)
        return tuple(shown)


def card_origin(index: int) -> tuple[float, float]:
    """Lower left corner of the ``index``-th card on its sheet: rows from the top, left to right."""
    slot = index % CARDS_PER_PAGE
    row, column = divmod(slot, COLUMNS)
    left = (A4[0] - COLUMNS * CARD_WIDTH) / 2
    top = A4[1] - (A4[1] - ROWS * CARD_HEIGHT) / 2
    return left + column * CARD_WIDTH, top - (row + 1) * CARD_HEIGHT


def visitor_cards_pdf(cards: Sequence[VisitorCard]) -> bytes:
    """Sheets of cards, filled row by row; the same cards always give the same bytes."""
    if not cards:
        raise ValidationError("there are no visitor cards to print")
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1, pageCompression=1)
    canvas.setTitle(cards[0].site_name)
    canvas.setAuthor(cards[0].site_name)
    for index, card in enumerate(cards):
        if index and index % CARDS_PER_PAGE == 0:
            canvas.showPage()
        x, y = card_origin(index)
        _draw_card(canvas, card, x, y)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def write_visitor_cards(cards: Sequence[VisitorCard], path: Path) -> Path:
    """Write the sheets to ``path`` atomically (the old file stays whole if anything fails)."""
    return write_atomically(path, visitor_cards_pdf(cards))


def _draw_card(canvas: Canvas, card: VisitorCard, x: float, y: float) -> None:
    canvas.setStrokeColorRGB(*BORDER_GREY)
    canvas.setLineWidth(0.4)
    canvas.rect(x, y, CARD_WIDTH, CARD_HEIGHT, stroke=1, fill=0)
    inner = CARD_WIDTH - 2 * PADDING
    top = y + CARD_HEIGHT - PADDING
    labels = card.shown_labels

    header = fit_boxes([([Block(card.site_name, 9, bold=True, max_lines=2)], inner)], HEADER_HEIGHT)[0]
    draw_box(canvas, header, x + PADDING, top, inner, align_right=False)
    middle_top = top - header.height - 2.5 * mm

    # The "bring this card" lines stack up from the bottom edge, each in its own direction.
    footer = fit_boxes([([Block(lb.keep_card, 7, rtl_default=lb.right_to_left, max_lines=2)], inner)
                        for lb in labels], FOOTER_LINES_HEIGHT)
    bottom = y + PADDING
    for lb, box in reversed(list(zip(labels, footer, strict=True))):
        draw_box(canvas, box, x + PADDING, bottom + box.height, inner, align_right=lb.right_to_left)
        bottom += box.height + 1 * mm
    footer_top = bottom + 1.5 * mm

    # Shrinks only when a two-line name and two-line requests leave less room than usual.
    qr_size = min(QR_SIZE, middle_top - footer_top)
    draw_qr(canvas, qr_matrix(card.code), x + PADDING, middle_top - qr_size, qr_size)

    text_x = x + PADDING + qr_size + 4 * mm
    text_width = x + CARD_WIDTH - PADDING - text_x
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setFont(SANS_BOLD, CODE_SIZE)
    canvas.drawString(text_x, middle_top - CODE_SIZE * 0.8, card.code, charSpace=CODE_SPACING)

    if card.site_opening_hours.strip():
        names = dict.fromkeys(lb.opening_hours.strip() for lb in labels if lb.opening_hours.strip())
        blocks = [Block(" · ".join(names), 6.5, grey=True, max_lines=2),
                  Block(card.site_opening_hours, 7.5, space_before=1, max_lines=3)]
        hours_top = middle_top - CODE_SIZE * 1.35
        hours = fit_boxes([(blocks, text_width)], hours_top - footer_top)[0]
        draw_box(canvas, hours, text_x, hours_top, text_width, align_right=False)
