"""Merging the monthly reports of several Welcome Points into one city report (REPORT-FORMAT.md).

Known cells add up; a cell with any hidden part stays hidden; the sums are then suppressed again
(domain/suppression.py), since a larger k across sites can make new small cells.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from welcome_point.domain.errors import ReportFileError
from welcome_point.domain.report import (
    COMPLEMENTARY,
    PRIMARY,
    TABLE_SPECS,
    TOTAL_KEYS,
    Cell,
    Key,
    MonthlyReport,
    SiteRef,
    Table,
    TableSpec,
    Total,
    check_k,
)
from welcome_point.domain.suppression import FACT_KEYS, suppress_tables, total_value


@dataclass(frozen=True, slots=True)
class _Source:
    report: MonthlyReport
    name: str


def merge_reports(reports: Sequence[MonthlyReport], generated: date, site: SiteRef,
                  k: int | None = None, sources: Sequence[str] | None = None) -> MonthlyReport:
    """One report of several Welcome Points for the same month (REPORT-FORMAT.md, "Merging").

    ``sources`` names each report in messages (its file name); a problem raises ReportFileError.
    """
    names = list(sources) if sources is not None else [r.site.code for r in reports]
    items = [_Source(report, name) for report, name in zip(reports, names, strict=True)]
    if len(items) < 2:
        raise ReportFileError("choose at least two reports to merge")
    first = items[0]
    seen: dict[str, str] = {}
    for item in items:
        if item.report.period != first.report.period:
            raise ReportFileError(f"{item.name}: covers {item.report.period}, "
                                  f"but {first.name} covers {first.report.period}")
        for code in item.report.sites:
            if code in seen:
                raise ReportFileError(f"{item.name}: site {code} is already in {seen[code]}")
            seen[code] = item.name
    merged_k = check_k(max([r.k for r in reports] + ([k] if k is not None else [])))
    totals = tuple(Total(key, total_value(key, sum(r.total(key) for r in reports))) for key in TOTAL_KEYS)
    visits = int(sum(r.total("visits") for r in reports))
    tables: tuple[Table, ...] = ()
    if visits >= 2 * merged_k and any(r.tables for r in reports):
        values = {spec.name: _merged_values(spec, reports) for spec in TABLE_SPECS}
        table_totals = {spec.name: _merged_total(spec, reports, totals) for spec in TABLE_SPECS}
        figures = {key: int(sum(r.total(key) for r in reports)) for key in FACT_KEYS}
        tables = suppress_tables(values, table_totals, figures, merged_k)
        tables = tuple(_label_merged(table, reports, merged_k) for table in tables)
    all_sites = tuple(sorted(seen))
    return MonthlyReport(site, all_sites, first.report.period, generated, merged_k, totals, tables)


def _merged_values(spec: TableSpec, reports: Sequence[MonthlyReport]) -> dict[Key, int | None]:
    merged: dict[Key, int | None] = dict.fromkeys(spec.cell_keys(), 0)
    for report in reports:
        tables = {table.name: table for table in report.tables}
        cells = {cell.key: cell.value for cell in tables[spec.name].cells} if spec.name in tables else {}
        for key, value in merged.items():
            part = cells.get(key)
            merged[key] = None if value is None or part is None else value + part
    return merged


def _merged_total(spec: TableSpec, reports: Sequence[MonthlyReport],
                  totals: tuple[Total, ...]) -> int | None:
    if spec.total_key is None:
        return None
    by_key = {item.key: item.value for item in totals}
    if spec.total_key == "visits_pseudonymous":
        return int(by_key["visits"]) - int(by_key["visits_anonymous"])
    return int(by_key[spec.total_key])


def _label_merged(table: Table, reports: Sequence[MonthlyReport], k: int) -> Table:
    """A merged cell hidden because a site hid part of it is "primary" only when it must be below k.

    That is when every part is published or primary and even the largest parts (k-1 for each
    primary one) add up to less than k; a complementary or missing part could be large.
    """
    largest: dict[Key, int | None] = dict.fromkeys((cell.key for cell in table.cells), 0)
    for report in reports:
        tables = {item.name: item for item in report.tables}
        parts = {cell.key: cell for cell in tables[table.name].cells} if table.name in tables else {}
        for key, bound in largest.items():
            part = parts.get(key)
            if bound is None or part is None or part.suppressed == COMPLEMENTARY:
                largest[key] = None
            else:
                largest[key] = bound + (part.value if part.value is not None else report.k - 1)
    cells = tuple(
        Cell(cell.key, None, PRIMARY if (bound := largest[cell.key]) is not None and 0 < bound < k
             else COMPLEMENTARY)
        if cell.suppressed is not None else cell for cell in table.cells)
    return Table(table.name, table.dimensions, table.total, table.multi, cells)
