"""The Reports page as staff use it at the end of a month, over real SQLite files."""

from __future__ import annotations

import dataclasses
import errno
import hashlib
import json
import os
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QThreadPool, QUrl
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from tests.conftest import DEMO_TODAY
from welcome_point.documents.report_json import report_to_json
from welcome_point.domain.errors import ExportError
from welcome_point.domain.models import Site, Visit
from welcome_point.domain.report import Period, SiteRef
from welcome_point.services.report_export import ReportExporter
from welcome_point.services.reports import ReportService
from welcome_point.storage.bulk import Dataset, write_dataset
from welcome_point.ui.hub import Hub
from welcome_point.ui.report_charts import BarChart, CrossGrid
from welcome_point.ui.reports_page import Drive, ReportsPage, is_removable_root

OCTOBER = Period(2026, 10)


class Opener:
    """Stands in for QDesktopServices.openUrl: records what would have been opened."""

    def __init__(self) -> None:
        self.opened: list[Path] = []

    def __call__(self, url: QUrl) -> bool:
        assert url.isLocalFile()  # never a network address
        self.opened.append(Path(url.toLocalFile()))
        return True


def make_page(qtbot, database, tmp_path: Path, opener: Opener | None = None, drives=lambda: [],
              hub: Hub | None = None) -> ReportsPage:
    service = ReportService(database, today=lambda: DEMO_TODAY)
    page = ReportsPage(service, ReportExporter(), hub or Hub(), exports_dir=tmp_path / "exports", language="en",
                       opener=opener or Opener(), drives=drives)
    qtbot.addWidget(page)
    page.resize(1176, 700)
    with qtbot.waitActive(page):  # page shortcuts need an active window
        page.show()
        page.activateWindow()
    settle(qtbot, page)
    return page


def settle(qtbot, page: ReportsPage) -> None:
    qtbot.waitUntil(lambda: not page.computing, timeout=20_000)


def finish(qtbot, page: ReportsPage) -> None:
    qtbot.waitUntil(lambda: not page.working, timeout=30_000)


@pytest.fixture
def page(qtbot, demo_database, tmp_path):
    widget = make_page(qtbot, demo_database, tmp_path)
    yield widget
    QThreadPool.globalInstance().waitForDone(20_000)  # nothing may run when the database goes away
    QApplication.processEvents()


@pytest.fixture
def recorded(monkeypatch):
    """Message boxes, recorded instead of shown."""
    shown: list[tuple[str, str]] = []
    for name in ("critical", "warning", "information"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(
            lambda parent, title, text, *args, kind=name: shown.append((kind, text))))
    return shown


def number(value) -> str:
    return QLocale().toString(value, "f", 1) if isinstance(value, float) else QLocale().toString(value)


def verify_manifest(folder: Path) -> list[str]:
    """Every line of SHA256SUMS names a file of the folder with its true checksum; returns the names."""
    lines = (folder / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    names = []
    for line in lines:
        digest, name = line.split("  ", 1)
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest, name
        names.append(name)
    assert sorted(names) == sorted(path.name for path in folder.iterdir() if path.name != "SHA256SUMS")
    return names


@pytest.mark.demo
def test_the_page_shows_last_months_anonymised_figures(page, demo_database):
    assert page.period() == OCTOBER
    expected = ReportService(demo_database, today=lambda: DEMO_TODAY).report(OCTOBER, page.site_code())
    assert page.report == expected
    for total in expected.totals:
        assert page.figure_values[total.key].text() == number(total.value)
    assert "October 2026" in page.heading.text()
    assert not page.hint.isVisible()
    assert page.k_label.text() == "k = 5"
    assert set(page.table_boxes) == {table.name for table in expected.tables}
    chart = page.table_boxes["visits_by_topic"].findChild(BarChart)
    assert [bar.value for bar in chart.bars] == [cell.value for cell in expected.table("visits_by_topic").cells]
    grid = page.table_boxes["visits_by_language_and_age_band"].findChild(CrossGrid)
    assert grid.rowCount() == 17
    assert grid.columnCount() == 6
    # Every hidden cell reads as the PDF writes it; none shows its true number.
    table = expected.table("visits_by_language_and_age_band")
    for row in range(grid.rowCount()):
        for column in range(grid.columnCount()):
            cell = table.cells[row * grid.columnCount() + column]
            text = grid.item(row, column).text()
            assert text == (number(cell.value) if cell.published
                            else "\u2066<5\u2069" if cell.suppressed == "primary" else "\u2066x\u2069")
    assert page.export_button.isEnabled()


@pytest.mark.demo
def test_the_keyboard_changes_the_month_and_the_figures_follow(page, qtbot, demo_database):
    service = ReportService(demo_database, today=lambda: DEMO_TODAY)
    site = page.site_code()
    qtbot.keyClick(page, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    settle(qtbot, page)
    assert page.period() == Period(2026, 9)
    september = service.report(Period(2026, 9), site)
    assert page.figure_values["visits"].text() == number(september.total("visits"))
    assert "September 2026" in page.heading.text()

    page.month.setFocus()
    qtbot.keyClick(page.month, Qt.Key.Key_PageDown)
    qtbot.keyClick(page.month, Qt.Key.Key_PageDown)
    settle(qtbot, page)
    assert page.period() == OCTOBER  # the last finished month: a month in progress is never reported
    assert not page.next_button.isEnabled()
    qtbot.keyClick(page, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert page.period() == OCTOBER
    assert page.figure_values["visits"].text() == number(service.report(OCTOBER, site).total("visits"))
    qtbot.keyClick(page.month, Qt.Key.Key_PageUp)
    settle(qtbot, page)
    assert page.period() == Period(2026, 9)


@pytest.mark.demo
def test_holding_page_up_counts_one_month_at_a_time_and_shows_the_last(page, qtbot, demo_database,
                                                                       monkeypatch):
    calls = []
    real = page._reports.report
    monkeypatch.setattr(page._reports, "report", lambda *args: calls.append(args[0]) or real(*args))
    page.month.setFocus()
    for _ in range(6):
        qtbot.keyClick(page.month, Qt.Key.Key_PageUp)
    settle(qtbot, page)
    assert page.period() == Period(2026, 4)
    assert calls[-1] == Period(2026, 4)
    assert len(calls) < 6  # the months passed over while one was counted were never counted
    expected = ReportService(demo_database, today=lambda: DEMO_TODAY).report(Period(2026, 4), page.site_code())
    assert page.figure_values["visits"].text() == number(expected.total("visits"))


@pytest.mark.demo
def test_alt_and_an_arrow_go_the_way_the_arrow_points_in_arabic(page, qtbot):
    page.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.keyClick(page, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # right is earlier in Arabic
    assert page.period() == Period(2026, 9)
    qtbot.keyClick(page, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.period() == OCTOBER
    settle(qtbot, page)


@pytest.mark.demo
def test_a_month_without_visits_says_so(page, qtbot):
    page.set_period(Period(2024, 3))
    settle(qtbot, page)
    assert page.hint.isVisible()
    assert "No visits" in page.hint.text()
    assert "March 2024" in page.hint.text()
    assert page.figure_values["visits"].text() == "0"
    assert not page.tables.isVisible()
    assert not page.table_boxes


def small_month(database, visits: int) -> None:
    day = datetime(2026, 10, 5, 10)
    with database.write() as session:
        write_dataset(session, Dataset(
            sites=(Site(id=1, code="WP-S", name="Welcome Point Small"),),
            visits=tuple(Visit(id=n + 1, site_id=1, language="ar", topics=("housing",),
                               arrived_at=day + timedelta(days=n)) for n in range(visits))))


def test_a_month_with_fewer_than_2k_visits_shows_only_its_totals(qtbot, database, tmp_path):
    small_month(database, 7)
    page = make_page(qtbot, database, tmp_path)
    assert page.report is not None
    assert page.report.totals_only
    assert page.hint.isVisible()
    assert "10" in page.hint.text()  # 2 × k
    assert page.figure_values["visits"].text() == "7"
    assert not page.tables.isVisible()
    QThreadPool.globalInstance().waitForDone(10_000)


def test_a_saved_visit_refreshes_the_page_when_it_is_shown(qtbot, database, tmp_path):
    small_month(database, 12)
    hub = Hub()
    page = make_page(qtbot, database, tmp_path, hub=hub)
    assert page.figure_values["visits"].text() == "12"
    with database.write() as session:
        write_dataset(session, Dataset(visits=(Visit(id=99, site_id=1, language="uk", topics=("work",),
                                                     arrived_at=datetime(2026, 10, 30, 9)),)))
    hub.visits_changed.emit()
    settle(qtbot, page)
    assert page.figure_values["visits"].text() == "13"
    QThreadPool.globalInstance().waitForDone(10_000)


@pytest.mark.demo
def test_export_writes_every_file_with_a_manifest_that_verifies(page, qtbot, tmp_path, monkeypatch, recorded):
    stick = tmp_path / "stick"
    stick.mkdir()
    asked = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *args, **kwargs: asked.append(args) or str(stick)))
    qtbot.keyClick(page, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    finish(qtbot, page)
    assert asked
    assert not recorded
    result = page.last_result
    assert result is not None
    assert result.folder.parent == stick
    names = verify_manifest(result.folder)
    code = page.report.site.code
    assert f"welcome-point-{code}-2026-10.json" in names
    assert f"welcome-point-{code}-2026-10.pdf" in names
    assert f"welcome-point-{code}-2026-10-totals.csv" in names
    assert json.loads((result.folder / f"welcome-point-{code}-2026-10.json").read_bytes())["period"] == "2026-10"
    # The page says where the files are and opens the folder on request.
    assert page.notice.isVisible()
    assert str(result.folder) in page.notice_text.text()
    assert "PDF, 10 × CSV, JSON, SHA256SUMS" in page.notice_text.text()
    assert f"welcome-point-{code}-2026-10.pdf" in page.notice_text.toolTip()
    qtbot.mouseClick(page.open_folder_button, Qt.MouseButton.LeftButton)
    assert page._open.opened == [result.folder]


@pytest.mark.demo
def test_only_the_chosen_formats_are_written(page, qtbot, tmp_path):
    page.format_boxes["pdf"].setChecked(False)
    page.format_boxes["csv"].setChecked(False)
    page.export(tmp_path)
    finish(qtbot, page)
    assert sorted(path.suffix for path in page.last_result.folder.iterdir()) == ["", ".json"]  # and SHA256SUMS
    page.format_boxes["json"].setChecked(False)
    assert not page.export_button.isEnabled()  # nothing to write


@pytest.mark.demo
def test_an_export_to_a_read_only_folder_fails_cleanly(page, qtbot, tmp_path, monkeypatch, recorded):
    target = tmp_path / "read-only"
    target.mkdir()
    if os.geteuid() == 0:  # root writes anywhere: the medium refuses instead
        def refuse(*args, **kwargs):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS))

        monkeypatch.setattr(os, "replace", refuse)
        monkeypatch.setattr(os, "rename", refuse)
    else:
        target.chmod(0o555)
    try:
        page.export(target)
        finish(qtbot, page)
    finally:
        target.chmod(0o755)
    assert len(recorded) == 1
    kind, text = recorded[0]
    assert kind == "critical"
    assert str(target) in text
    assert list(target.iterdir()) == []
    assert page.last_result is None
    assert not page.notice.isVisible()
    assert page.export_button.isEnabled()  # the user may try another folder


@pytest.mark.demo
def test_removable_drives_are_offered_first(page, tmp_path):
    drives = [Drive("USB STICK", tmp_path / "media" / "USB STICK", 3 * 1024**3)]
    menu = page.drive_menu(drives)
    actions = [action for action in menu.actions() if not action.isSeparator()]
    assert actions[0].text().startswith("USB STICK")
    assert QLocale().formattedDataSize(3 * 1024**3) in actions[0].text()
    assert actions[0].data() == str(drives[0].root)
    assert actions[-1].text() == "Choose another folder…"
    assert actions[-1].data() is None


@pytest.mark.parametrize(("root", "platform", "removable"), [
    ("/media/anna/USB STICK", "linux", True), ("/run/media/anna/STICK", "linux", True),
    ("/Volumes/STICK", "darwin", True), ("/", "linux", False), ("/home", "linux", False),
    ("/media/", "linux", False), ("E:/", "win32", True), ("C:/", "win32", False), ("D:\\", "win32", True),
])
def test_the_removable_drive_heuristic(root, platform, removable):
    assert is_removable_root(root, platform) is removable


@pytest.mark.demo
def test_the_email_draft_is_written_and_opened(page, qtbot, tmp_path, recorded):
    qtbot.mouseClick(page.email_button, Qt.MouseButton.LeftButton)
    finish(qtbot, page)
    assert not recorded
    draft = page.last_draft
    assert draft is not None
    assert draft.suffix == ".eml"
    assert draft.is_file()
    assert draft.is_relative_to(tmp_path / "exports")
    assert page._open.opened == [draft]
    content = draft.read_bytes()
    assert b"Content-Disposition: attachment" in content
    assert page.last_result.folder.name.encode() in content or b"2026-10" in content


@pytest.mark.demo
def test_a_failed_email_draft_keeps_the_written_export_and_says_so(page, qtbot, monkeypatch, recorded):
    def refuse(*args, **kwargs):
        raise ExportError("The drive is full.")

    monkeypatch.setattr(page._exporter, "email_draft", refuse)
    qtbot.mouseClick(page.email_button, Qt.MouseButton.LeftButton)
    finish(qtbot, page)
    assert [kind for kind, _ in recorded] == ["warning"]
    assert "The files were written" in recorded[0][1]
    assert "The drive is full." in recorded[0][1]
    assert page.last_result is not None
    assert verify_manifest(page.last_result.folder)  # the export is complete and stays
    assert page.notice.isVisible()


def write_report(folder: Path, report) -> Path:
    path = folder / f"{report.site.code}-{report.period}.json"
    path.write_bytes(report_to_json(report))
    return path


@pytest.mark.demo
def test_two_welcome_points_merge_into_a_city_report(page, qtbot, tmp_path, monkeypatch, recorded):
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    first = page.report
    second = dataclasses.replace(first, site=SiteRef("WP-B", "Welcome Point B"), sites=("WP-B",))
    paths = [write_report(inputs, first), write_report(inputs, second)]
    out = tmp_path / "city"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *args, **kwargs: ([str(path) for path in paths], "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *args, **kwargs: str(out)))
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    finish(qtbot, page)
    assert not recorded
    folder = page.last_result.folder
    assert folder.parent == out
    verify_manifest(folder)
    merged = json.loads(next(folder.glob("*.json")).read_bytes())
    assert sorted(merged["sites"]) == sorted([first.site.code, "WP-B"])
    assert merged["period"] == "2026-10"
    visits = next(item["value"] for item in merged["totals"] if item["key"] == "visits")
    assert visits == 2 * first.total("visits")


@pytest.mark.demo
def test_merging_reports_of_different_months_names_the_file(page, qtbot, tmp_path, monkeypatch, recorded):
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    first = page.report
    other = dataclasses.replace(first, site=SiteRef("WP-B", "Welcome Point B"), sites=("WP-B",),
                                period=Period(2026, 9))
    paths = [write_report(inputs, first), write_report(inputs, other)]
    out = tmp_path / "city"
    out.mkdir()
    page.merge(paths, out)
    finish(qtbot, page)
    assert len(recorded) == 1
    assert recorded[0][0] == "critical"
    assert paths[1].name in recorded[0][1]
    assert list(out.iterdir()) == []


def test_a_database_without_a_welcome_point_says_what_to_do(qtbot, database, tmp_path):
    page = make_page(qtbot, database, tmp_path)
    assert page.report is None
    assert "no Welcome Point is set up yet" in page.hint.text()
    assert not page.export_button.isEnabled()
    QThreadPool.globalInstance().waitForDone(10_000)
