"""Drawing the monthly report PDF (report_pdf.report_pdf is the entry point; this module loads reportlab).

The pages are a flow of blocks: the cover (site, month, key figures), one block per table (a bar
chart for a table of one dimension, a grid of numbers for a cross table) and the note on the rules.
A block is never split; one that does not fit the rest of a page starts the next. Texts go through
pdf_fonts, so a label in any of our scripts comes out right. A hidden cell draws no bar and shows
what it stands for: "<5" for a count of 1 to 4, "x" for a count hidden to protect one.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.graphics import renderPDF  # type: ignore[import-untyped]
from reportlab.graphics.charts.barcharts import HorizontalBarChart  # type: ignore[import-untyped]
from reportlab.graphics.shapes import Drawing  # type: ignore[import-untyped]
from reportlab.lib.colors import Color  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

from welcome_point.documents.pdf_fonts import (
    SANS,
    TextLine,
    TextStyle,
    register_fonts,
    shape_line,
    with_ellipsis,
    wrap,
)
from welcome_point.documents.report_pdf import ReportText
from welcome_point.domain.report import MonthlyReport, Table
from welcome_point.domain.text import fill

PAGE_WIDTH: float = A4[0]
PAGE_HEIGHT: float = A4[1]
MARGIN_X: float = 18 * mm
MARGIN_TOP: float = 16 * mm
MARGIN_BOTTOM: float = 20 * mm  # room for the footer
WIDTH: float = PAGE_WIDTH - 2 * MARGIN_X
SECTION_GAP: float = 9 * mm

RGB = tuple[float, float, float]
BLACK: RGB = (0.0, 0.0, 0.0)
GREY: RGB = (0.36, 0.36, 0.36)
RULE_GREY: RGB = (0.78, 0.78, 0.78)
BOX_FILL: RGB = (0.94, 0.95, 0.97)
ZEBRA_FILL: RGB = (0.955, 0.955, 0.955)
NOTICE_FILL: RGB = (1.0, 0.95, 0.82)
BAR: RGB = (0.22, 0.42, 0.62)

HEADING = TextStyle(12.5, bold=True)
SMALL = TextStyle(8, leading_factor=1.3)
LABEL = TextStyle(8.5)
BODY = TextStyle(9.5, leading_factor=1.42)
ROW = 13.0  # the height of one bar, one grid row
GRID_ROW = 12.0


@dataclass(frozen=True)
class Block:
    """Something drawn as a whole: ``draw(canvas, top)`` paints it from ``top`` down by ``height``."""

    height: float
    draw: Callable[[Canvas, float], None]
    space_before: float = 0.0
    keep_with_next: bool = False


def render(report: MonthlyReport, text: ReportText) -> bytes:
    register_fonts()
    blocks = [*_cover(report, text)]
    for table in report.tables:
        blocks.append(_grid(table, report.k, text) if len(table.dimensions) == 2
                      else _chart(table, report.k, text))
    blocks.extend(_note(report, text))
    pages = _paginate(blocks)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1, pageCompression=1)
    period = text.period_label(report.period)
    canvas.setTitle(f"{text.title} – {report.site.name} – {period}")
    canvas.setAuthor(report.site.name)
    canvas.setSubject(f"{text.title} {report.period}")
    for number, page in enumerate(pages, start=1):
        for block, top in page:
            block.draw(canvas, top)
        _footer(canvas, f"{report.site.code} · {period}", fill(text.page, page=number, pages=len(pages)))
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _paginate(blocks: Sequence[Block]) -> list[list[tuple[Block, float]]]:
    pages: list[list[tuple[Block, float]]] = [[]]
    y = PAGE_HEIGHT - MARGIN_TOP
    for index, block in enumerate(blocks):
        needed = block.height
        if block.keep_with_next and index + 1 < len(blocks):
            needed += blocks[index + 1].space_before + blocks[index + 1].height
        gap = block.space_before if pages[-1] else 0.0
        if pages[-1] and y - gap - needed < MARGIN_BOTTOM:
            pages.append([])
            y, gap = PAGE_HEIGHT - MARGIN_TOP, 0.0
        pages[-1].append((block, y - gap))
        y -= gap + block.height
    return pages


# --- text ------------------------------------------------------------------------------------

def _line(canvas: Canvas, line: TextLine, x: float, baseline: float, colour: RGB = BLACK,
          align: str = "left", width: float = 0.0) -> None:
    canvas.setFillColorRGB(*colour)
    if align == "right":
        x += width - line.width
    elif align == "center":
        x += (width - line.width) / 2
    line.draw(canvas, x, baseline)
    canvas.setFillColorRGB(*BLACK)


def _fitted(text: str, style: TextStyle, width: float) -> TextLine:
    """One line, cut with "…" when it is wider than ``width``."""
    line = shape_line(text, style.size, style.bold, False)
    return line if line.width <= width else with_ellipsis(line, width)


def _lines(text: str, style: TextStyle, width: float, max_lines: int | None = None) -> list[TextLine]:
    lines = wrap(text, style, width)
    if max_lines is not None and len(lines) > max_lines:
        lines = [*lines[:max_lines - 1], with_ellipsis(lines[max_lines - 1], width)]
    return lines


def _paragraph(text: str, style: TextStyle, *, colour: RGB = BLACK, space_before: float = 0.0,
               keep_with_next: bool = False, indent: float = 0.0, bullet: str = "") -> Block:
    lines = _lines(text, style, WIDTH - indent)
    ascent = style.size * 0.93

    def draw(canvas: Canvas, top: float) -> None:
        if bullet:
            _line(canvas, shape_line(bullet, style.size, style.bold, False), MARGIN_X, top - ascent, colour)
        for number, line in enumerate(lines):
            _line(canvas, line, MARGIN_X + indent, top - ascent - number * style.leading, colour)

    height = ascent + (len(lines) - 1) * style.leading + style.size * 0.3
    return Block(height, draw, space_before, keep_with_next)


def _heading_lines(title: str, notes: Sequence[str]) -> tuple[list[tuple[TextLine, TextStyle, RGB]], float]:
    """A table's heading and the grey lines under it, with the height they take."""
    lines = [(line, HEADING, BLACK) for line in _lines(title, HEADING, WIDTH)]
    for note in notes:
        lines.extend((line, SMALL, GREY) for line in _lines(note, SMALL, WIDTH))
    height = sum(style.leading for _, style, _ in lines) + 2.0
    return lines, height


def _draw_heading(canvas: Canvas, lines: Sequence[tuple[TextLine, TextStyle, RGB]], top: float) -> None:
    y = top
    for line, style, colour in lines:
        y -= style.leading
        _line(canvas, line, MARGIN_X, y + style.size * 0.3, colour)


# --- cover -----------------------------------------------------------------------------------

def _cover(report: MonthlyReport, text: ReportText) -> list[Block]:
    blocks = [
        _paragraph(text.title, TextStyle(11), colour=GREY),
        _paragraph(report.site.name, TextStyle(22, bold=True, leading_factor=1.2), space_before=2),
        _paragraph(text.period_label(report.period), TextStyle(16), space_before=4),
    ]
    if len(report.sites) > 1:
        blocks.append(_paragraph(fill(text.sites, count=len(report.sites), sites=", ".join(report.sites)),
                                 LABEL, colour=GREY, space_before=5))
    made = fill(text.generated, date=report.generated.isoformat(), k=report.k)
    blocks.append(_paragraph(made, LABEL, colour=GREY, space_before=5 if len(report.sites) == 1 else 1))
    blocks.append(_paragraph(text.key_figures, HEADING, space_before=SECTION_GAP, keep_with_next=True))
    blocks.append(_key_figures(report, text))
    if report.totals_only:
        blocks.append(_notice(fill(text.totals_only, site=report.site.name, visits=2 * report.k, k=report.k)))
    return blocks


def _key_figures(report: MonthlyReport, text: ReportText) -> Block:
    columns, gap, box_height = 3, 3 * mm, 22 * mm
    box_width = (WIDTH - (columns - 1) * gap) / columns
    rows = math.ceil(len(report.totals) / columns)
    number_style, label_style = TextStyle(19, bold=True), TextStyle(8.5)

    def draw(canvas: Canvas, top: float) -> None:
        for index, total in enumerate(report.totals):
            x = MARGIN_X + (index % columns) * (box_width + gap)
            box_top = top - 3 - (index // columns) * (box_height + gap)
            canvas.setFillColorRGB(*BOX_FILL)
            canvas.roundRect(x, box_top - box_height, box_width, box_height, 2.5 * mm, stroke=0, fill=1)
            inner = box_width - 8 * mm
            number = _fitted(text.number(total.value), number_style, inner)
            _line(canvas, number, x + 4 * mm, box_top - 4.5 * mm - number_style.size * 0.93)
            for row, line in enumerate(_lines(text.total_label(total.key), label_style, inner, 2)):
                _line(canvas, line, x + 4 * mm, box_top - 15.5 * mm - row * label_style.leading, GREY)

    return Block(3 + rows * box_height + (rows - 1) * gap, draw, space_before=2)


def _notice(message: str) -> Block:
    padding = 4 * mm
    lines = _lines(message, BODY, WIDTH - 2 * padding)
    height = 2 * padding + len(lines) * BODY.leading

    def draw(canvas: Canvas, top: float) -> None:
        canvas.setFillColorRGB(*NOTICE_FILL)
        canvas.roundRect(MARGIN_X, top - height, WIDTH, height, 2 * mm, stroke=0, fill=1)
        for number, line in enumerate(lines):
            _line(canvas, line, MARGIN_X + padding, top - padding - BODY.size * 0.93 - number * BODY.leading)

    return Block(height, draw, space_before=SECTION_GAP)


# --- tables ----------------------------------------------------------------------------------

def _table_notes(table: Table, k: int, text: ReportText) -> list[str]:
    notes = []
    if table.total is not None:
        notes.append(fill(text.table_total, total=text.number(table.total)))
    elif not table.multi:
        notes.append(fill(text.table_total, total=text.hidden("primary", k)))
    if table.multi:
        notes.append(text.multi_note)
    if table.suppressed_count:
        notes.append(fill(text.legend, primary=text.hidden("primary", k), k_minus_1=k - 1,
                          complementary=text.hidden("complementary", k)))
    return [" · ".join(notes[:2]), *notes[2:]] if len(notes) > 1 else notes


def _nice_maximum(largest: int) -> tuple[float, float]:
    """An axis end at or above ``largest`` and a step of 1, 2 or 5 times a power of ten (4–6 ticks)."""
    largest = max(largest, 1)
    magnitude = 10 ** math.floor(math.log10(largest))
    for factor in (0.1, 0.2, 0.5, 1, 2, 5, 10):
        step = max(1.0, factor * magnitude)
        if largest / step <= 5:
            return math.ceil(largest / step) * step, step
    return float(largest), float(largest)


def _chart(table: Table, k: int, text: ReportText) -> Block:
    dimension = table.dimensions[0]
    labels = [text.term(dimension, cell.key[0]) for cell in table.cells]
    label_width = min(max(shape_line(label, LABEL.size, False, False).width for label in labels) + 6,
                      WIDTH * 0.38)
    value_room, axis_room = 34.0, 13.0
    heading, heading_height = _heading_lines(text.table_title(table.name), _table_notes(table, k, text))
    bars_height = len(table.cells) * ROW
    top_pad = 3.0
    maximum, step = _nice_maximum(max((cell.value or 0 for cell in table.cells), default=0))

    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, axis_room
    chart.width, chart.height = WIDTH - label_width - value_room, bars_height
    chart.data = [tuple(cell.value for cell in table.cells)]  # None: no bar
    chart.bars[0].fillColor = Color(*BAR)
    chart.bars[0].strokeColor = None
    chart.barSpacing, chart.groupSpacing = 0, 3.5
    chart.strokeColor = None
    chart.categoryAxis.categoryNames = [""] * len(table.cells)  # labels are drawn with pdf_fonts
    chart.categoryAxis.reverseDirection = 1  # the vocabulary's first code on top
    chart.categoryAxis.visibleLabels = 0
    chart.categoryAxis.visibleTicks = 0
    chart.categoryAxis.strokeColor = Color(*GREY)
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, maximum, step
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = Color(*RULE_GREY)
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.valueAxis.strokeColor = Color(*RULE_GREY)
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = Color(*GREY)
    chart.valueAxis.labelTextFormat = lambda value: text.number(int(value))
    drawing = Drawing(WIDTH, axis_room + bars_height)
    drawing.add(chart)

    def draw(canvas: Canvas, top: float) -> None:
        _draw_heading(canvas, heading, top)
        bars_top = top - heading_height - top_pad
        renderPDF.draw(drawing, canvas, MARGIN_X, bars_top - bars_height - axis_room)
        for index, (cell, label) in enumerate(zip(table.cells, labels, strict=True)):
            baseline = bars_top - (index + 0.5) * ROW - LABEL.size * 0.33
            _line(canvas, _fitted(label, LABEL, label_width - 5), MARGIN_X, baseline, align="right",
                  width=label_width - 6)
            if cell.value is None:
                shown, x, colour = text.hidden(cell.suppressed, k), 3.0, GREY
            else:
                shown, x, colour = text.number(cell.value), 3.0 + chart.width * cell.value / maximum, BLACK
            _line(canvas, shape_line(shown, LABEL.size, cell.value is not None, False),
                  MARGIN_X + label_width + x, baseline, colour)

    return Block(heading_height + top_pad + bars_height + axis_room, draw, space_before=SECTION_GAP)


def _grid(table: Table, k: int, text: ReportText) -> Block:
    rows_dimension, columns_dimension = table.dimensions
    rows = list(dict.fromkeys(cell.key[0] for cell in table.cells))
    columns = list(dict.fromkeys(cell.key[1] for cell in table.cells))
    values = {cell.key: cell for cell in table.cells}
    row_labels = [text.term(rows_dimension, code) for code in rows]
    label_width = min(max(shape_line(label, LABEL.size, False, False).width for label in row_labels) + 8,
                      WIDTH * 0.32)
    column_width = (WIDTH - label_width) / len(columns)
    header_style = TextStyle(7.5, leading_factor=1.25)
    header = [_lines(text.term(columns_dimension, code), header_style, column_width - 4, 2)
              for code in columns]
    header_height = max(len(lines) for lines in header) * header_style.leading + 5
    caption_height = SMALL.leading + 1
    heading, heading_height = _heading_lines(text.table_title(table.name), _table_notes(table, k, text))
    body_height = len(rows) * GRID_ROW

    def draw(canvas: Canvas, top: float) -> None:
        _draw_heading(canvas, heading, top)
        y = top - heading_height - 2
        caption = _fitted(text.dimension(columns_dimension), SMALL, WIDTH - label_width)
        _line(canvas, caption, MARGIN_X + label_width, y - SMALL.size, GREY)
        y -= caption_height
        corner = _fitted(text.dimension(rows_dimension), SMALL, label_width - 4)
        _line(canvas, corner, MARGIN_X, y - header_height + 4, GREY)
        for index, lines in enumerate(header):
            x = MARGIN_X + label_width + index * column_width
            first = y - header_height + 4 + (len(lines) - 1) * header_style.leading
            for number, line in enumerate(lines):
                _line(canvas, line, x, first - number * header_style.leading, align="right",
                      width=column_width - 3)
        y -= header_height
        canvas.setStrokeColorRGB(*GREY)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_X, y, MARGIN_X + WIDTH, y)
        for row_index, (code, label) in enumerate(zip(rows, row_labels, strict=True)):
            row_top = y - row_index * GRID_ROW
            if row_index % 2:
                canvas.setFillColorRGB(*ZEBRA_FILL)
                canvas.rect(MARGIN_X, row_top - GRID_ROW, WIDTH, GRID_ROW, stroke=0, fill=1)
            baseline = row_top - GRID_ROW / 2 - LABEL.size * 0.33
            _line(canvas, _fitted(label, LABEL, label_width - 6), MARGIN_X, baseline)
            for index, column in enumerate(columns):
                cell = values[(code, column)]
                hidden = cell.value is None
                shown = text.hidden(cell.suppressed, k) if hidden else text.number(cell.value or 0)
                _line(canvas, shape_line(shown, LABEL.size, False, False),
                      MARGIN_X + label_width + index * column_width, baseline,
                      GREY if hidden or cell.value == 0 else BLACK, align="right", width=column_width - 3)
        canvas.setStrokeColorRGB(*RULE_GREY)
        canvas.line(MARGIN_X, y - body_height, MARGIN_X + WIDTH, y - body_height)

    height = heading_height + 2 + caption_height + header_height + body_height + 2
    return Block(height, draw, space_before=SECTION_GAP)


# --- note and footer -------------------------------------------------------------------------

def _note(report: MonthlyReport, text: ReportText) -> list[Block]:
    k = report.k
    values = {"k": k, "k_minus_1": k - 1, "visits": 2 * k, "count": len(report.sites),
              "primary": text.hidden("primary", k), "complementary": text.hidden("complementary", k)}
    paragraphs = [text.note_k, text.note_complementary, text.note_zeros, text.note_small_month,
                  text.note_topics, text.note_visits, text.note_volunteers]
    if len(report.sites) > 1:
        paragraphs.append(text.note_merged)
    paragraphs.append(text.note_files)
    blocks = [_paragraph(text.note_title, HEADING, space_before=SECTION_GAP, keep_with_next=True)]
    blocks.extend(_paragraph(fill(paragraph, **values), BODY, space_before=4 if index else 3,
                             indent=4 * mm, bullet="•")
                  for index, paragraph in enumerate(paragraphs))
    return blocks


def _footer(canvas: Canvas, left: str, right: str) -> None:
    y = MARGIN_BOTTOM - 9 * mm
    canvas.setStrokeColorRGB(*RULE_GREY)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, y + 3.6 * mm, MARGIN_X + WIDTH, y + 3.6 * mm)
    page = shape_line(right, SMALL.size, False, False)
    _line(canvas, _fitted(left, SMALL, WIDTH - page.width - 8 * mm), MARGIN_X, y, GREY)
    _line(canvas, page, MARGIN_X, y, GREY, align="right", width=WIDTH)
