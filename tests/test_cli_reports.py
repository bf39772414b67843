"""`welcome-point report` and `welcome-point merge` end to end, over a database the demo command filled."""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from welcome_point.cli import main
from welcome_point.domain.models import Site, Visit
from welcome_point.domain.report import Period
from welcome_point.storage.bulk import Dataset, write_dataset
from welcome_point.storage.engine import Database
from welcome_point.storage.location import database_file

SECOND_SITE = "DUS-B"
LAST_MONTH = Period.before(date.today())


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory) -> Path:
    """Two months of demo data up to today, and a second Welcome Point with visits last month."""
    data = tmp_path_factory.mktemp("cli-reports") / "data"
    assert main(["--data-dir", str(data), "demo", "--months", "2", "--seed", "3"]) == 0
    database = Database(database_file(data))
    try:
        first = datetime(LAST_MONTH.year, LAST_MONTH.month, 1, 9)
        languages, topics = ("ar", "uk", "fa", "de"), ("housing", "work", "health")
        with database.write() as session:
            write_dataset(session, Dataset(
                sites=(Site(id=99, code=SECOND_SITE, name="Welcome Point Benrath"),),
                visits=tuple(Visit(id=9_000_000 + n, site_id=99, language=languages[n % 4], topics=(topics[n % 3],),
                                   arrived_at=first + timedelta(days=n % 27, minutes=n)) for n in range(60))))
    finally:
        database.dispose()
    return data


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def written_folder(out: str) -> Path:
    line = next(line for line in out.splitlines() if line.startswith("Written to "))
    return Path(line.removeprefix("Written to ").rstrip(":"))


def verify_manifest(folder: Path) -> list[str]:
    names = []
    for line in (folder / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
        digest, name = line.split("  ", 1)
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest
        names.append(name)
    assert sorted(names) == sorted(p.name for p in folder.iterdir() if p.name != "SHA256SUMS")
    return names


def demo_code(data: Path) -> str:
    database = Database(database_file(data))
    try:
        with database.read() as session:
            return str(session.connection().exec_driver_sql("SELECT code FROM sites ORDER BY id").scalar())
    finally:
        database.dispose()


def report_json(folder: Path) -> dict:
    return json.loads(next(folder.glob("*.json")).read_bytes())


def test_report_of_last_month_in_every_format(demo_dir, tmp_path, capsys):
    code = demo_code(demo_dir)
    status, out, err = run(capsys, "--data-dir", str(demo_dir), "report", "--site", code, "--lang", "en",
                           "--out", str(tmp_path))
    assert (status, err) == (0, "")
    folder = written_folder(out)
    assert folder.parent == tmp_path
    assert folder.name == f"welcome-point-{code}-{LAST_MONTH}"
    names = verify_manifest(folder)
    for name in (f"welcome-point-{code}-{LAST_MONTH}.json", f"welcome-point-{code}-{LAST_MONTH}.pdf",
                 f"welcome-point-{code}-{LAST_MONTH}-totals.csv"):
        assert name in names
        assert f"  {name}" in out
    data = report_json(folder)
    assert (data["period"], data["k"], data["sites"]) == (str(LAST_MONTH), 5, [code])
    assert data["tables"], "two months of demo data give more than 2k visits"
    pdf = "\n".join(page.extract_text() for page in PdfReader(folder / f"welcome-point-{code}-{LAST_MONTH}.pdf").pages)
    assert "Key figures" in pdf


def test_report_with_month_k_and_formats(demo_dir, tmp_path, capsys):
    status, out, _ = run(capsys, "--data-dir", str(demo_dir), "report", "--month", str(LAST_MONTH),
                         "--site", SECOND_SITE, "--k", "7", "--format", "json", "--out", str(tmp_path))
    assert status == 0
    folder = written_folder(out)
    assert sorted(verify_manifest(folder)) == [f"welcome-point-{SECOND_SITE}-{LAST_MONTH}.json"]
    data = report_json(folder)
    assert data["k"] == 7
    assert next(item["value"] for item in data["totals"] if item["key"] == "visits") == 60
    assert "k = 7" in out


def test_all_sites_together_by_default_when_there_are_several(demo_dir, tmp_path, capsys):
    status, out, _ = run(capsys, "--data-dir", str(demo_dir), "report", "--format", "json", "--out", str(tmp_path))
    assert status == 0
    data = report_json(written_folder(out))
    assert sorted(data["sites"]) == sorted([demo_code(demo_dir), SECOND_SITE])


@pytest.mark.parametrize(("args", "message"), [
    (["--month", "2026-13"], "2026-13"),
    (["--month", "October"], "YYYY-MM"),
    (["--k", "2"], "k must be"),
    (["--site", "NOPE"], "NOPE"),
])
def test_bad_report_input_is_one_line_and_writes_nothing(demo_dir, tmp_path, capsys, args, message):
    status, _out, err = run(capsys, "--data-dir", str(demo_dir), "report", *args, "--out", str(tmp_path))
    assert status == 1
    lines = err.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("welcome-point: ")
    assert message in lines[0]
    assert list(tmp_path.iterdir()) == []


def test_a_missing_output_folder_and_a_bad_format(demo_dir, tmp_path, capsys):
    status, _, err = run(capsys, "--data-dir", str(demo_dir), "report", "--out", str(tmp_path / "gone"))
    assert status == 1
    assert "does not exist" in err
    assert len(err.splitlines()) == 1
    status, _, err = run(capsys, "--data-dir", str(demo_dir), "report", "--format", "pdf,xls", "--out", str(tmp_path))
    assert status == 2
    assert "pdf,csv,json" in err


def site_report(capsys, data: Path, site: str, month: Period, out: Path) -> Path:
    status, printed, err = run(capsys, "--data-dir", str(data), "report", "--site", site, "--month", str(month),
                               "--format", "json", "--out", str(out))
    assert status == 0, err
    return next(written_folder(printed).glob("*.json"))


def test_merge_two_welcome_points_into_a_city_report(demo_dir, tmp_path, capsys):
    code = demo_code(demo_dir)
    for name in ("a", "b", "city"):
        (tmp_path / name).mkdir()
    first = site_report(capsys, demo_dir, code, LAST_MONTH, tmp_path / "a")
    second = site_report(capsys, demo_dir, SECOND_SITE, LAST_MONTH, tmp_path / "b")
    status, out, err = run(capsys, "merge", str(first), str(second), "--lang", "en", "--out", str(tmp_path / "city"))
    assert (status, err) == (0, "")
    folder = written_folder(out)
    assert folder.parent == tmp_path / "city"
    names = verify_manifest(folder)
    assert any(name.endswith(".pdf") for name in names)
    merged = report_json(folder)
    assert sorted(merged["sites"]) == sorted([code, SECOND_SITE])
    visits = [json.loads(path.read_bytes())["totals"][0]["value"] for path in (first, second)]
    assert merged["totals"][0] == {"key": "visits", "value": sum(visits)}


def test_merging_reports_of_different_months_names_the_file(demo_dir, tmp_path, capsys):
    for name in ("a", "b", "city"):
        (tmp_path / name).mkdir()
    first = site_report(capsys, demo_dir, demo_code(demo_dir), LAST_MONTH, tmp_path / "a")
    second = site_report(capsys, demo_dir, SECOND_SITE, LAST_MONTH.previous(), tmp_path / "b")
    status, _, err = run(capsys, "merge", str(first), str(second), "--out", str(tmp_path / "city"))
    assert status == 1
    lines = err.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("welcome-point: ")
    assert second.name in lines[0]
    assert list((tmp_path / "city").iterdir()) == []


def test_merging_a_file_that_is_not_a_report_names_it(tmp_path, capsys):
    bogus = tmp_path / "notes.json"
    bogus.write_text('{"hello": "world"}', encoding="utf-8")
    missing = tmp_path / "missing.json"
    for files in ([bogus, bogus], [missing, bogus]):
        status, _, err = run(capsys, "merge", *map(str, files), "--out", str(tmp_path))
        assert status == 1
        assert len(err.splitlines()) == 1
        assert files[0].name in err
