from __future__ import annotations

import csv
from pathlib import Path

import pytest

from welcome_point.documents.csv_files import csv_text, neutralise, write_csv


@pytest.mark.parametrize("dangerous", ["=1+1", "+49 211", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_formula_starts_are_defused(dangerous: str) -> None:
    assert neutralise(dangerous) == "'" + dangerous


def test_numbers_and_plain_text_stay() -> None:
    assert neutralise(-3) == "-3"
    assert neutralise("Jobcenter") == "Jobcenter"
    assert neutralise(None) == ""


def test_file_is_rfc4180_with_bom_and_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    rows = [["a;b", 'say "hi"'], ["line\nbreak", "=cmd"], ["عربي", 7]]
    assert write_csv(path, ["x", "y"], iter(rows)) == 3
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in data
    with path.open(encoding="utf-8-sig", newline="") as handle:
        read = list(csv.reader(handle))
    assert read == [["x", "y"], ["a;b", 'say "hi"'], ["line\nbreak", "'=cmd"], ["عربي", "7"]]
    assert csv_text(["x", "y"], rows).encode("utf-8") == data
    assert not list(tmp_path.glob(".*.part"))


def test_failed_write_leaves_nothing(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"

    def rows():
        yield ["ok"]
        raise OSError("stick removed")

    with pytest.raises(OSError, match="stick removed"):
        write_csv(path, ["x"], rows())
    assert list(tmp_path.iterdir()) == []
