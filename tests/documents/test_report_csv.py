"""The report's CSV files: one per table, codes not labels, read back by any spreadsheet."""

from __future__ import annotations

import csv
import io

from tests.documents.report_samples import sample_report
from welcome_point.documents.report_csv import report_csv_files, table_csv
from welcome_point.domain.report import PRIMARY, TABLE_SPECS, TOTAL_KEYS, Cell, Table


def rows(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert "\n" not in text.replace("\r\n", "")  # RFC 4180 line ends only
    return list(csv.reader(io.StringIO(text, newline="")))


def test_one_file_for_the_totals_and_one_per_table_in_the_report_order():
    files = report_csv_files(sample_report(), prefix="welcome-point-DUS-HBF-2026-10-")
    assert [name for name, _ in files] == [
        "welcome-point-DUS-HBF-2026-10-totals.csv",
        *(f"welcome-point-DUS-HBF-2026-10-{spec.name}.csv" for spec in TABLE_SPECS)]
    assert [name for name, _ in report_csv_files(sample_report(totals_only=True))] == ["totals.csv"]


def test_the_totals_read_back_as_key_and_value():
    report = sample_report()
    read = rows(report_csv_files(report)[0][1])
    assert read[0] == ["key", "value"]
    assert [row[0] for row in read[1:]] == list(TOTAL_KEYS)
    assert dict(read[1:]) == {total.key: str(total.value) for total in report.totals}
    assert dict(read[1:])["volunteer_hours"] == "644.5"


def test_a_table_reads_back_cell_by_cell_with_codes_and_the_kind_of_suppression():
    report = sample_report()
    for name, data in report_csv_files(report)[1:]:
        table = report.table(name.removesuffix(".csv"))
        read = rows(data)
        assert read[0] == [*table.dimensions, "value", "suppressed"]
        assert len(read) == 1 + len(table.cells)
        for row, cell in zip(read[1:], table.cells, strict=True):
            assert tuple(row[:-2]) == cell.key
            if cell.value is None:
                assert row[-2:] == ["", cell.suppressed]
            else:
                assert row[-2:] == [str(cell.value), ""]
    language = rows(dict(report_csv_files(report))["visits_by_language.csv"])
    assert language[1][0] == "de"  # the code, not "German"


def test_no_field_starts_like_a_formula():
    for _, data in report_csv_files(sample_report()):
        for row in rows(data):
            for field in row:
                assert not field.startswith(("=", "+", "-", "@", "\t", "\r")), field


def test_a_code_that_looks_like_a_formula_is_defused():
    table = Table("t", ("topic",), None, True, (Cell(("=HYPERLINK(1)",), 7), Cell(("+x",), None, PRIMARY)))
    assert rows(table_csv(table))[1:] == [["'=HYPERLINK(1)", "7", ""], ["'+x", "", "primary"]]


def test_the_same_report_gives_the_same_bytes():
    assert report_csv_files(sample_report()) == report_csv_files(sample_report())
