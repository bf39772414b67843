"""Exporting monthly reports: PDF, CSV and JSON into one folder per month, e-mail drafts, city merges.

No database here: the report arrives finished (services/reports.py makes it), so the same code
exports a Welcome Point's month and a city's merge of several Welcome Points' JSON files. Runs in
a worker thread of the UI; ``progress(done, total)`` is called from that thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from welcome_point.documents.atomic import read_at_most, write_atomically
from welcome_point.documents.eml import email_draft
from welcome_point.documents.report_bundle import MANIFEST, export_error, write_bundle
from welcome_point.documents.report_csv import report_csv_files
from welcome_point.documents.report_json import report_from_json, report_to_json
from welcome_point.documents.report_pdf import ReportText, report_pdf
from welcome_point.domain.access import Role
from welcome_point.domain.errors import ReportFileError, ValidationError
from welcome_point.domain.report import MonthlyReport, SiteRef
from welcome_point.domain.report_merge import merge_reports
from welcome_point.domain.text import fill
from welcome_point.services.access import Access, requires

if TYPE_CHECKING:
    from welcome_point.services.audit import AuditService

FORMATS = ("pdf", "csv", "json")
Progress = Callable[[int, int], None]
MAX_REPORT_BYTES = 5_000_000


@dataclass(frozen=True)
class ExportResult:
    folder: Path  # the subfolder that holds the files
    files: tuple[Path, ...]  # every file written, SHA256SUMS last
    report: MonthlyReport | None = None  # what was exported: the e-mail draft names its site and month


def export_name(report: MonthlyReport) -> str:
    """"welcome-point-<SITE>-<YYYY-MM>", with the site code made safe for any file system."""
    return f"welcome-point-{_safe(report.site.code)}-{report.period}"


def _safe(code: str) -> str:
    # FAT sticks and Windows refuse <>:"/\|?* and control characters; a space is kept out too.
    text = "".join(char if char.isalnum() or char in "-_" else "-" for char in code.strip())
    return "-".join(part for part in text.split("-") if part) or "site"


class ReportExporter:
    def __init__(self, today: Callable[[], date] = date.today,
                 *, access: Access | None = None, audit: AuditService | None = None) -> None:
        self._access = access or Access()
        self._audit = audit
        self._today = today

    @requires(Role.STAFF)
    def export(self, report: MonthlyReport, folder: Path, formats: Sequence[str] = FORMATS,
               text: ReportText | None = None, progress: Progress | None = None) -> ExportResult:
        """Write the report in ``formats`` into the new subfolder ``folder/<export_name>``.

        Raises ExportError when the folder cannot be written (nothing is left behind) and
        ValidationError for an unknown format.
        """
        chosen = check_formats(formats)
        text = text or ReportText()
        name = export_name(report)
        # Rendering counts as one step per format, writing one per file (manifest included).
        file_count = sum(1 + len(report.tables) if kind == "csv" else 1 for kind in chosen)
        steps = len(chosen) + file_count + 1
        done = 0

        def step() -> None:
            nonlocal done
            done += 1
            if progress is not None:
                progress(done, steps)

        # The JSON first: it checks the report against the format before the slow PDF is drawn.
        rendered: dict[str, list[tuple[str, bytes]]] = {}
        for kind in sorted(chosen, key=("json", "csv", "pdf").index):
            if kind == "json":
                rendered[kind] = [(f"{name}.json", report_to_json(report))]
            elif kind == "csv":
                rendered[kind] = report_csv_files(report, prefix=f"{name}-")
            else:
                rendered[kind] = [(f"{name}.pdf", report_pdf(report, text))]
            step()
        files = [item for kind in chosen for item in rendered[kind]]
        offset = done

        def written(count: int, total: int) -> None:
            if progress is not None:
                progress(offset + count, steps)

        target = write_bundle(folder, name, files, written)
        paths = (*(target / file_name for file_name, _ in files), target / MANIFEST)
        if self._audit is not None:  # the month as the object: reports hold no one's id
            self._audit.record("export_report", "month", _month_number(report))
        return ExportResult(target, paths, report)

    @requires(Role.STAFF)
    def email_draft(self, result: ExportResult, text: ReportText | None = None, to: str = "") -> Path:
        """Write "<folder name>.eml" beside the export folder with its files attached; returns its path.

        Raises ExportError when the draft cannot be written (or a file to attach was removed).
        """
        text = text or ReportText()
        report = result.report
        if report is not None:
            site, period, k = report.site.name, text.period_label(report.period), str(report.k)
        else:
            site, period, k = result.folder.name, "", "k"
        subject = fill(text.email_subject, site=site, period=period)
        body = fill(text.email_body, site=site, period=period, k=k)
        path = result.folder.parent / f"{result.folder.name}.eml"
        try:
            draft = email_draft(subject, body, list(result.files), to)
            write_atomically(path, draft)
        except OSError as error:
            raise export_error(error, result.folder.parent) from error
        return path

    @requires(Role.STAFF)
    def read(self, paths: Sequence[Path]) -> list[MonthlyReport]:
        """Read and check each JSON report; the first bad file raises ReportFileError naming it."""
        reports = []
        for path in paths:
            try:
                data = read_at_most(path, MAX_REPORT_BYTES)
                if data is None:
                    raise ReportFileError(f"{path.name}: not a monthly report (the file is far too large)")
            except OSError as error:
                reason = error.strerror or type(error).__name__
                raise ReportFileError(f"{path.name}: the file cannot be read ({reason})") from error
            reports.append(report_from_json(data, path.name))
        return reports

    @requires(Role.STAFF)
    def merge(self, paths: Sequence[Path], folder: Path, *, k: int | None = None,
              formats: Sequence[str] = FORMATS, text: ReportText | None = None,
              progress: Progress | None = None, generated: date | None = None) -> ExportResult:
        """Merge the JSON reports of several Welcome Points for one month into a city report; export it.

        Raises ReportFileError naming the file at fault (unreadable, not a report, another month,
        a site twice), ExportError when the folder cannot be written.
        """
        check_formats(formats)  # a typo in the formats is reported before any file is read
        text = text or ReportText()
        reports = self.read(paths)
        city = SiteRef("CITY", text.city_name.strip() or "City report")
        names = [path.name for path in paths]
        merged = merge_reports(reports, generated or self._today(), city, k, sources=names)
        result = self.export(merged, folder, formats, text, progress)
        if self._audit is not None:
            self._audit.record("merge_reports", "month", _month_number(merged))
        return result


def _month_number(report: MonthlyReport) -> int:
    """2026-10 → 202610."""
    return report.period.year * 100 + report.period.month


def check_formats(formats: Sequence[str]) -> tuple[str, ...]:
    """The chosen formats in the order of FORMATS; an unknown one or none is a ValidationError."""
    chosen = tuple(dict.fromkeys(kind.strip().lower() for kind in formats))
    unknown = [kind for kind in chosen if kind not in FORMATS]
    if unknown:
        shown = unknown[0] if len(unknown[0]) <= 20 else unknown[0][:20] + "…"
        raise ValidationError(f"{shown!r} is not an export format; choose from pdf, csv and json", "format")
    if not chosen:
        raise ValidationError("Choose at least one format to export (pdf, csv or json).", "format")
    return tuple(kind for kind in FORMATS if kind in chosen)

