"""Exporting reports: one folder per month with PDF, CSV, JSON and SHA256SUMS; e-mail drafts; city merges."""

from __future__ import annotations

import email.policy
import errno
import hashlib
import io
import json
from datetime import date
from email.parser import BytesParser
from pathlib import Path

import pypdf
import pytest

from tests.conftest import DEMO_TODAY
from tests.documents.report_samples import anonymised_report, sample_report
from welcome_point.documents import report_bundle
from welcome_point.documents.report_json import report_from_json, report_to_json
from welcome_point.documents.report_pdf import ReportText
from welcome_point.domain.errors import ExportError, ReportFileError, ValidationError
from welcome_point.domain.report import TABLE_SPECS, Period, SiteRef
from welcome_point.services.report_export import ReportExporter, export_name
from welcome_point.services.reports import ReportService

BEN = SiteRef("DUS-BEN", "Welcome Point Benrath")
NAME = "welcome-point-DUS-HBF-2026-10"


def verify_manifest(folder: Path) -> list[str]:
    names = []
    for line in (folder / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
        digest, name = line.split("  ", 1)
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest
        names.append(name)
    return names


def test_an_export_writes_every_format_into_one_folder_with_a_manifest(tmp_path: Path):
    report = anonymised_report()
    calls: list[tuple[int, int]] = []
    result = ReportExporter().export(report, tmp_path, progress=lambda done, total: calls.append((done, total)))
    assert result.folder == tmp_path / NAME
    assert [path.name for path in result.files] == [
        f"{NAME}.pdf", f"{NAME}-totals.csv", *(f"{NAME}-{spec.name}.csv" for spec in TABLE_SPECS),
        f"{NAME}.json", "SHA256SUMS"]
    assert sorted(verify_manifest(result.folder)) == sorted(path.name for path in result.files[:-1])
    assert report_from_json((result.folder / f"{NAME}.json").read_bytes(), "x") == report
    assert (result.folder / f"{NAME}.json").read_bytes() == report_to_json(report)
    assert pypdf.PdfReader(io.BytesIO((result.folder / f"{NAME}.pdf").read_bytes())).pages
    total = calls[-1][1]
    assert calls == [(done, total) for done in range(1, total + 1)]
    assert total == 3 + len(result.files)  # three renderings, then each file and the manifest
    assert result.report == report
    assert [path.name for path in tmp_path.iterdir()] == [NAME]


def test_only_the_chosen_formats_are_written(tmp_path: Path):
    result = ReportExporter().export(sample_report(totals_only=True), tmp_path, formats=["json", "CSV"])
    assert [path.name for path in result.files] == [f"{NAME}-totals.csv", f"{NAME}.json", "SHA256SUMS"]


@pytest.mark.parametrize(("formats", "message"), [
    (["pdf", "xlsx"], "'xlsx' is not an export format; choose from pdf, csv and json"),
    ([], "Choose at least one format"),
])
def test_unknown_or_no_formats_are_refused_before_anything_is_written(tmp_path: Path, formats, message):
    with pytest.raises(ValidationError, match=message):
        ReportExporter().export(sample_report(), tmp_path, formats=formats)
    assert list(tmp_path.iterdir()) == []


def test_the_folder_name_is_safe_for_any_file_system():
    assert export_name(sample_report()) == NAME
    assert export_name(sample_report(site=SiteRef("DUS/HBF: 1", "x"))) == "welcome-point-DUS-HBF-1-2026-10"
    assert export_name(sample_report(site=SiteRef("Köln Süd", "x"))) == "welcome-point-Köln-Süd-2026-10"
    assert export_name(sample_report(site=SiteRef("???", "x"))) == "welcome-point-site-2026-10"


def test_a_full_drive_leaves_no_file_and_says_so(tmp_path: Path, monkeypatch):
    real = report_bundle._write_file
    written = []

    def write(path: Path, data: bytes) -> None:
        if len(written) == 4:
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        written.append(path)
        real(path, data)

    monkeypatch.setattr(report_bundle, "_write_file", write)
    with pytest.raises(ExportError, match=f"The drive of {tmp_path} is full"):
        ReportExporter().export(sample_report(), tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_the_email_draft_lies_beside_the_folder_with_every_file_attached(tmp_path: Path):
    exporter = ReportExporter()
    result = exporter.export(sample_report(), tmp_path)
    draft = exporter.email_draft(result)
    assert draft == tmp_path / f"{NAME}.eml"
    message = BytesParser(policy=email.policy.default).parsebytes(draft.read_bytes())
    assert message["X-Unsent"] == "1"
    assert message["Subject"] == "Welcome Point monthly report: Welcome Point Hauptbahnhof, October 2026"
    body = message.get_body(("plain",)).get_content()
    assert "anonymised figures of Welcome Point Hauptbahnhof for October 2026" in body
    assert "counts below 5 are hidden" in body
    parts = {part.get_filename(): part for part in message.iter_attachments()}
    assert list(parts) == [path.name for path in result.files]
    assert parts[f"{NAME}.pdf"].get_content_type() == "application/pdf"
    assert parts[f"{NAME}.json"].get_payload(decode=True) == (result.folder / f"{NAME}.json").read_bytes()


def test_the_email_draft_follows_the_language_of_its_text(tmp_path: Path):
    german = {"Welcome Point monthly report: {site}, {period}": "Monatsbericht: {site}, {period}",
              "October": "Oktober"}
    text = ReportText().translated(lambda source: german.get(source, source))
    exporter = ReportExporter()
    draft = exporter.email_draft(exporter.export(sample_report(), tmp_path, ["json"], text), text)
    message = BytesParser(policy=email.policy.default).parsebytes(draft.read_bytes())
    assert message["Subject"] == "Monatsbericht: Welcome Point Hauptbahnhof, Oktober 2026"


def test_an_email_draft_whose_files_vanished_is_an_export_error(tmp_path: Path):
    exporter = ReportExporter()
    result = exporter.export(sample_report(), tmp_path, ["json"])
    (result.folder / f"{NAME}.json").unlink()
    with pytest.raises(ExportError, match="was removed or cannot be reached"):
        exporter.email_draft(result)
    assert not (tmp_path / f"{NAME}.eml").exists()


def write_report(folder: Path, name: str, report) -> Path:
    path = folder / name
    path.write_bytes(report_to_json(report))
    return path


def test_read_checks_every_file_and_names_the_bad_one(tmp_path: Path):
    good = write_report(tmp_path, "A.json", sample_report())
    broken = tmp_path / "B.json"
    broken.write_text('{"format": "x"}')
    exporter = ReportExporter()
    assert exporter.read([good]) == [sample_report()]
    with pytest.raises(ReportFileError, match=r"^B.json: not a monthly report \(format is 'x'\)$"):
        exporter.read([good, broken])
    with pytest.raises(ReportFileError, match=r"^C.json: the file cannot be read \("):
        exporter.read([tmp_path / "C.json"])
    (tmp_path / "inputs").mkdir()
    with pytest.raises(ReportFileError, match=r"^inputs: the file cannot be read \("):
        exporter.read([tmp_path / "inputs"])  # a folder


def test_merging_two_welcome_points_writes_a_city_report(tmp_path: Path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    paths = [write_report(inputs, "hbf.json", anonymised_report(seed=1, visits=300)),
             write_report(inputs, "ben.json", anonymised_report(seed=2, visits=120, site=BEN))]
    text = ReportText(city_name="Stadt Düsseldorf")
    exporter = ReportExporter(today=lambda: date(2026, 11, 5))
    out = tmp_path / "out"
    out.mkdir()
    result = exporter.merge(paths, out, text=text)
    assert result.folder == out / "welcome-point-CITY-2026-10"
    assert result.folder.name == "welcome-point-CITY-2026-10"
    merged = report_from_json((result.folder / "welcome-point-CITY-2026-10.json").read_bytes(), "x")
    assert merged.site == SiteRef("CITY", "Stadt Düsseldorf")
    assert merged.sites == ("DUS-BEN", "DUS-HBF")
    assert merged.generated == date(2026, 11, 5)
    assert merged.total("visits") == 420
    verify_manifest(result.folder)


def test_a_merge_of_different_months_names_the_file_and_writes_nothing(tmp_path: Path):
    paths = [write_report(tmp_path, "hbf.json", anonymised_report()),
             write_report(tmp_path, "ben-november.json", anonymised_report(site=BEN, period=Period(2026, 11)))]
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ReportFileError, match=r"^ben-november\.json: covers 2026-11"):
        ReportExporter().merge(paths, out)
    with pytest.raises(ReportFileError, match=r"hbf\.json"):
        ReportExporter().merge([paths[0], paths[0]], out)
    assert list(out.iterdir()) == []


@pytest.mark.demo
def test_a_demo_month_exports_and_reads_back(demo_database, tmp_path: Path):
    report = ReportService(demo_database, today=lambda: DEMO_TODAY).report(Period(2026, 10), k=5)
    exporter = ReportExporter()
    result = exporter.export(report, tmp_path)
    assert exporter.read([path for path in result.files if path.suffix == ".json"]) == [report]
    verify_manifest(result.folder)
    totals = json.loads((result.folder / f"{result.folder.name}.json").read_bytes())["totals"]
    assert totals[0] == {"key": "visits", "value": report.total("visits")}
