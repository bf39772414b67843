"""The monthly report as CSV files for spreadsheets: the key figures, then one file per table.

Codes, not labels: the files are read by people in several countries and joined by code, the
same codes the JSON holds. A suppressed cell has an empty value and says why in the last column.
"""

from __future__ import annotations

from collections.abc import Sequence

from welcome_point.documents.csv_files import Cell as CsvCell
from welcome_point.documents.csv_files import csv_text
from welcome_point.domain.report import MonthlyReport, Table

TOTALS_NAME = "totals"


def report_csv_files(report: MonthlyReport, prefix: str = "") -> list[tuple[str, bytes]]:
    """(file name, bytes): ``<prefix>totals.csv`` for the key figures, ``<prefix><table>.csv`` per table."""
    files = [(f"{prefix}{TOTALS_NAME}.csv", totals_csv(report))]
    files.extend((f"{prefix}{table.name}.csv", table_csv(table)) for table in report.tables)
    return files


def totals_csv(report: MonthlyReport) -> bytes:
    rows: list[Sequence[CsvCell]] = [(total.key, total.value) for total in report.totals]
    return csv_text(("key", "value"), rows).encode("utf-8")


def table_csv(table: Table) -> bytes:
    """Header: the dimensions, "value", "suppressed"; rows in the table's order (vocabulary order)."""
    header = (*table.dimensions, "value", "suppressed")
    rows: list[Sequence[CsvCell]] = [(*cell.key, cell.value, cell.suppressed) for cell in table.cells]
    return csv_text(header, rows).encode("utf-8")
