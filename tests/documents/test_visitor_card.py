from __future__ import annotations

import io
import random
import re
import unicodedata

import pypdf
import pytest
import segno
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from welcome_point.documents.qr import QrMatrix, draw_qr, qr_matrix
from welcome_point.documents.visitor_card import (
    CARD_HEIGHT,
    CARD_WIDTH,
    CARDS_PER_PAGE,
    CardLabels,
    VisitorCard,
    card_origin,
    visitor_cards_pdf,
    write_visitor_cards,
)
from welcome_point.domain import cardcode
from welcome_point.domain.errors import ValidationError

GERMAN = CardLabels("de", "Bitte bringen Sie diese Karte zu Ihrem nächsten Besuch mit.", "Öffnungszeiten")
ARABIC = CardLabels("ar", "يرجى إحضار هذه البطاقة في زيارتك القادمة.", "ساعات العمل")
UKRAINIAN = CardLabels("uk", "Будь ласка, візьміть цю картку з собою на наступний візит.", "Години роботи")
TIGRINYA = CardLabels("ti", "በጃኹም ነዛ ካርድ እዚኣ ኣብ ዝመጽእ ምብጻሕኩም ሒዝኩማ ምጹ።", "ሰዓታት ስራሕ")
CODE_PATTERN = re.compile(r"[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}")


def make_cards(count: int, *languages: CardLabels, seed: int = 7) -> list[VisitorCard]:
    rnd = random.Random(seed)
    labels = languages or (GERMAN, ARABIC)
    return [VisitorCard(cardcode.generate(rnd.randrange), "Welcome Point Moabit", "Di und Do 10–16 Uhr", labels)
            for _ in range(count)]


def page_texts(data: bytes) -> list[str]:
    return [unicodedata.normalize("NFKC", page.extract_text()) for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def test_every_code_is_printed_and_a_sheet_holds_ten_cards():
    cards = make_cards(23)
    pages = page_texts(visitor_cards_pdf(cards))
    assert len(pages) == 3
    assert [len(CODE_PATTERN.findall(text)) for text in pages] == [CARDS_PER_PAGE, CARDS_PER_PAGE, 3]
    printed = [code for text in pages for code in CODE_PATTERN.findall(text)]
    assert printed == [card.code for card in cards]  # row by row, in the order given


def test_a_card_shows_the_site_hours_and_both_languages():
    text = page_texts(visitor_cards_pdf(make_cards(1)))[0]
    lines = [line.strip() for line in text.splitlines()]
    assert "Welcome Point Moabit" in lines
    assert "Di und Do 10–16 Uhr" in lines
    assert "Bitte bringen Sie diese Karte zu Ihrem nächsten Besuch mit." in lines
    # pypdf puts the sentence's full stop on the wrong end when it reorders Arabic: leave it out.
    assert "يرجى إحضار هذه البطاقة في زيارتك القادمة" in text
    assert "Öffnungszeiten ·" in lines
    assert "ساعات العمل" in lines


@pytest.mark.parametrize("labels", [UKRAINIAN, TIGRINYA], ids=["uk", "ti"])
def test_other_scripts_extract_as_given(labels):
    text = " ".join(page_texts(visitor_cards_pdf(make_cards(2, GERMAN, labels)))[0].split())
    assert text.count(labels.keep_card) == 2  # wrapped onto two lines on the card


def test_a_german_visitor_gets_the_request_once():
    text = page_texts(visitor_cards_pdf(make_cards(1, GERMAN, GERMAN)))[0]
    assert text.count("Bitte bringen Sie diese Karte") == 1


def test_cards_sit_on_the_sheet_without_overlapping():
    corners = [card_origin(index) for index in range(CARDS_PER_PAGE)]
    assert len(set(corners)) == CARDS_PER_PAGE
    for x, y in corners:
        assert 10 * mm <= x <= A4[0] - 10 * mm - CARD_WIDTH
        assert 10 * mm <= y <= A4[1] - 10 * mm - CARD_HEIGHT
    for a in corners:
        for b in corners:
            if a != b:
                assert abs(a[0] - b[0]) >= CARD_WIDTH - 0.01 or abs(a[1] - b[1]) >= CARD_HEIGHT - 0.01
    assert card_origin(CARDS_PER_PAGE) == card_origin(0)


def test_the_same_cards_give_the_same_bytes():
    assert visitor_cards_pdf(make_cards(4)) == visitor_cards_pdf(make_cards(4))
    assert visitor_cards_pdf(make_cards(4)) != visitor_cards_pdf(make_cards(4, seed=8))


def test_nothing_to_print_is_an_error():
    with pytest.raises(ValidationError):
        visitor_cards_pdf([])
    with pytest.raises(ValidationError):
        VisitorCard(" ", "Welcome Point", "", (GERMAN,))


def test_writing_is_atomic(tmp_path):
    target = tmp_path / "cards.pdf"
    assert write_visitor_cards(make_cards(3), target) == target
    assert target.read_bytes().startswith(b"%PDF-")
    with pytest.raises(FileNotFoundError):
        write_visitor_cards(make_cards(3), tmp_path / "gone" / "cards.pdf")
    assert [p.name for p in tmp_path.iterdir()] == ["cards.pdf"]


# --- QR codes --------------------------------------------------------------------------------

@pytest.mark.parametrize("data", ["7KQ2M-X9RT4", "Caritas Migrationsberatung\nResidenzstraße 90\n13409 Berlin"])
def test_the_qr_matrix_is_segnos_matrix(data):
    matrix = qr_matrix(data)
    symbol = segno.make(data, error="m", micro=False)
    assert matrix.size == symbol.symbol_size(border=0)[0]
    assert all(len(row) == matrix.size for row in matrix.rows)
    assert matrix.rows == tuple(tuple(bool(module) for module in row) for row in symbol.matrix)
    assert symbol.error in ("M", "Q", "H")
    assert symbol.mode == ("alphanumeric" if data.isupper() else "byte")


def dark_stretches(matrix: QrMatrix) -> int:
    return sum(len(re.findall("1+", "".join("1" if module else "0" for module in row))) for row in matrix.rows)


def test_the_qr_code_is_drawn_as_one_rectangle_per_dark_stretch():
    matrix = qr_matrix("7KQ2M-X9RT4")
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1, pageCompression=0)
    draw_qr(canvas, matrix, 100, 100, 20 * mm)
    canvas.showPage()
    canvas.save()
    content = pypdf.PdfReader(io.BytesIO(buffer.getvalue())).pages[0].get_contents().get_data()
    assert content.count(b" re") == dark_stretches(matrix)
    rectangles = [tuple(float(v) for v in m.groups())
                  for m in re.finditer(rb"([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) re", content)]
    # The top left finder pattern: a stretch of 7 dark modules at the top left corner.
    module = 20 * mm / matrix.size
    assert rectangles[0] == pytest.approx((100, 100 + 20 * mm - module, 7 * module, module), abs=0.01)
    assert min(r[1] for r in rectangles) == pytest.approx(100, abs=0.01)
    assert max(r[0] + r[2] for r in rectangles) == pytest.approx(100 + 20 * mm, abs=0.01)
