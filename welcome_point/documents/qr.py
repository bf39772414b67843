"""QR codes drawn as vector rectangles: sharp at any printer resolution, no image files."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import segno

QUIET_ZONE = 4  # modules of white around the symbol that scanners need (ISO/IEC 18004)


@dataclass(frozen=True)
class QrMatrix:
    """The dark (True) and light modules of a QR symbol, rows from the top, without quiet zone."""

    rows: tuple[tuple[bool, ...], ...]

    @property
    def size(self) -> int:
        return len(self.rows)


def qr_matrix(data: str) -> QrMatrix:
    """Encode ``data`` as a regular (not micro) QR code; segno picks the smallest version.

    Error correction is at least M (15 % of the symbol may be smudged or folded) and segno
    raises it further when that fits in the same version.
    """
    code = segno.make(data, error="m", micro=False)
    return QrMatrix(tuple(tuple(bool(module) for module in row) for row in code.matrix))


def draw_qr(canvas: Any, matrix: QrMatrix, x: float, y: float, size: float) -> None:
    """Draw the symbol with its lower left corner at (x, y), ``size`` points wide, in black.

    ``size`` covers the symbol only: leave ``QUIET_ZONE`` modules of white around it. Each
    horizontal stretch of dark modules becomes one rectangle, which keeps the PDF small.
    """
    module = size / matrix.size
    path = canvas.beginPath()
    for row_index, row in enumerate(matrix.rows):
        top = y + size - row_index * module
        column = 0
        while column < len(row):
            if not row[column]:
                column += 1
                continue
            end = column
            while end < len(row) and row[end]:
                end += 1
            path.rect(x + column * module, top - module, (end - column) * module, module)
            column = end
    canvas.setFillColorRGB(0, 0, 0)
    canvas.drawPath(path, stroke=0, fill=1)


def quiet_size(matrix: QrMatrix, size: float) -> float:
    """The width of the white margin that ``size`` points of symbol need on each side."""
    return QUIET_ZONE * size / matrix.size
