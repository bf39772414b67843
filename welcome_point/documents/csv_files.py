"""CSV for people's spreadsheets: RFC 4180, UTF-8 with BOM, safe against formula injection."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

from welcome_point.documents.atomic import atomic_writer

# A spreadsheet runs a cell that starts with one of these as a formula (or a DDE call).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"
Cell = str | int | float | None


def neutralise(value: Cell) -> str:
    """The text of one cell; a leading formula character is defused with an apostrophe.

    Numbers stay numbers (a negative count is data, not a formula).
    """
    if value is None:
        return ""
    if isinstance(value, int | float):
        return str(value)
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def csv_text(header: Sequence[str], rows: Iterable[Sequence[Cell]]) -> str:
    """The whole file as text, BOM first, CRLF line ends (RFC 4180)."""
    buffer = io.StringIO()
    buffer.write(BOM)
    _write(buffer, header, rows)
    return buffer.getvalue()


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[Cell]]) -> int:
    """Stream ``rows`` into ``path`` atomically; returns the number of data rows written."""
    with atomic_writer(path) as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8", newline="")
        text.write(BOM)
        count = _write(text, header, rows)
        text.flush()
        text.detach()  # the atomic writer closes the file, not the wrapper
    return count


def _write(out: io.TextIOBase | io.StringIO, header: Sequence[str],
           rows: Iterable[Sequence[Cell]]) -> int:
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([neutralise(cell) for cell in header])
    count = 0
    for row in rows:
        writer.writerow([neutralise(cell) for cell in row])
        count += 1
    return count
