"""The visits page as a person uses it: scrolling, filtering, sorting by header, exporting, over real SQLite."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from tests.conftest import DEMO_TODAY
from welcome_point.domain.models import Site, Visit, Volunteer
from welcome_point.services.visit_list import VisitFilter, VisitListService, VisitSort
from welcome_point.storage import visit_queries
from welcome_point.storage.bulk import Dataset, write_dataset
from welcome_point.ui.hub import Hub
from welcome_point.ui.visits_page import VisitsPage, VisitTableModel


def make_page(qtbot, database, hub: Hub | None = None) -> VisitsPage:
    page = VisitsPage(VisitListService(database), hub or Hub(), today=lambda: DEMO_TODAY)
    qtbot.addWidget(page)
    page.resize(1186, 700)
    with qtbot.waitActive(page):  # page shortcuts need an active window
        page.show()
        page.activateWindow()
    settle(qtbot, page)
    return page


def settle(qtbot, page: VisitsPage) -> None:
    """Until the rows and the count of the current filter are in."""
    qtbot.waitUntil(lambda: not page.model.loading and page.total is not None, timeout=10_000)


@pytest.fixture
def page(qtbot, demo_database):
    widget = make_page(qtbot, demo_database)
    yield widget
    # Nothing may still run in a worker when the database goes away.
    QThreadPool.globalInstance().waitForDone(10_000)
    widget._count_pool.waitForDone(10_000)
    QApplication.processEvents()


def rows(page: VisitsPage):
    return [page.model.rows[i] for i in range(page.model.rowCount())]


def click_header(qtbot, page: VisitsPage, column: int) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


@pytest.mark.demo
def test_the_last_30_days_show_newest_first_with_their_count(page, demo_database):
    criteria = page.current_filter()
    assert (criteria.date_from, criteria.date_to) == (DEMO_TODAY - timedelta(days=29), DEMO_TODAY)
    shown = rows(page)
    assert len(shown) == 200  # one page; the rest comes on scrolling
    assert [row.arrived_at for row in shown] == sorted((row.arrived_at for row in shown), reverse=True)
    assert all(criteria.date_from <= row.arrived_at.date() <= DEMO_TODAY for row in shown)
    total = VisitListService(demo_database).count(criteria)
    assert page.total == total > 1000
    assert QLocale().toString(total) in page.count_label.text()
    assert page.stack.currentWidget() is page.table
    first = page.model.index(0, VisitTableModel.ARRIVED)
    assert page.model.data(first) == QLocale().toString(shown[0].arrived_at, QLocale.FormatType.ShortFormat)


@pytest.mark.demo
def test_scrolling_to_the_end_fetches_the_next_page(qtbot, page):
    bar = page.table.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: page.model.rowCount() == 400, timeout=10_000)
    ids = [row.id for row in rows(page)]
    assert len(set(ids)) == 400
    arrivals = [(row.arrived_at, row.id) for row in rows(page)]
    assert arrivals == sorted(arrivals, reverse=True)  # the second page continues the first


@pytest.mark.demo
def test_choosing_a_language_with_the_keyboard_narrows_the_list(qtbot, page):
    before = page.total
    page.language.setFocus()
    for _ in range(9):  # All, German, English, Arabic, Farsi, Ukrainian, Russian, Turkish, Kurdish, Tigrinya
        qtbot.keyClick(page.language, Qt.Key.Key_Down)
    assert page.language.currentData() == "ti"
    settle(qtbot, page)
    shown = rows(page)
    assert 0 < len(shown) < 200
    assert {row.language for row in shown} == {"ti"}
    assert page.total == len(shown) < before


@pytest.mark.demo
def test_topic_and_volunteer_filters_combine(qtbot, page, demo_database):
    page.topic.setCurrentIndex(page.topic.findData("housing"))
    settle(qtbot, page)
    volunteer_id, name = next((vid, name) for vid, name in VisitListService(demo_database).volunteers()
                              if VisitListService(demo_database).count(VisitFilter(
                                  DEMO_TODAY - timedelta(days=29), DEMO_TODAY, "housing", volunteer_id=vid)))
    page.volunteer.setCurrentIndex(page.volunteer.findData(volunteer_id))
    settle(qtbot, page)
    shown = rows(page)
    assert shown
    assert all("housing" in row.topics and name in row.volunteers for row in shown)
    assert page.total == len(shown)


@pytest.mark.demo
def test_clicking_headers_sorts_in_sql(qtbot, page):
    click_header(qtbot, page, VisitTableModel.WAITING)
    settle(qtbot, page)
    assert page.model.order.key == "waiting"
    waits = [row.waiting_minutes if row.waiting_minutes is not None else -1 for row in rows(page)]
    assert waits == sorted(waits, reverse=not page.model.order.ascending)
    direction = page.model.order.ascending

    click_header(qtbot, page, VisitTableModel.WAITING)  # again: the other way round
    settle(qtbot, page)
    assert page.model.order == VisitSort("waiting", ascending=not direction)
    waits = [row.waiting_minutes if row.waiting_minutes is not None else -1 for row in rows(page)]
    assert waits == sorted(waits, reverse=direction)

    click_header(qtbot, page, VisitTableModel.TOPICS)  # no sort by topics: nothing changes
    assert page.model.order == VisitSort("waiting", ascending=not direction)
    assert page.table.horizontalHeader().sortIndicatorSection() == VisitTableModel.WAITING
    assert "cannot be sorted" in page.status.text()


@pytest.mark.demo
def test_a_sort_over_too_many_visits_falls_back_to_arrival(qtbot, page, monkeypatch):
    monkeypatch.setattr(visit_queries, "SORT_LIMIT", 100)
    click_header(qtbot, page, VisitTableModel.DURATION)
    qtbot.waitUntil(lambda: "at most" in page.status.text(), timeout=10_000)
    settle(qtbot, page)
    assert page.model.order == VisitSort()
    assert page.table.horizontalHeader().sortIndicatorSection() == VisitTableModel.ARRIVED
    assert page.model.rowCount() == 200


@pytest.mark.demo
def test_nothing_matches_shows_a_hint_and_reset_brings_the_list_back(qtbot, page):
    page.date_from.setDate(DEMO_TODAY)  # the demo desk has no visits yet today
    settle(qtbot, page)
    assert page.model.rowCount() == 0
    assert page.stack.currentWidget() is page.empty
    assert "No visit matches" in page.empty_title.text()
    assert page.empty_reset.isVisible()
    qtbot.mouseClick(page.empty_reset, Qt.MouseButton.LeftButton)
    settle(qtbot, page)
    assert page.model.rowCount() == 200
    assert page.stack.currentWidget() is page.table
    assert page.date_from.date().toPython() == DEMO_TODAY - timedelta(days=29)


@pytest.mark.demo
def test_all_dates_reaches_back_to_the_first_visit(qtbot, page, demo_database):
    qtbot.mouseClick(page.all_dates, Qt.MouseButton.LeftButton)
    settle(qtbot, page)
    first, _ = VisitListService(demo_database).date_span()
    assert page.date_from.date().toPython() == first
    assert page.total == VisitListService(demo_database).count(VisitFilter())


@pytest.mark.demo
def test_export_writes_the_filtered_list_as_csv(qtbot, page, tmp_path, monkeypatch):
    page.language.setCurrentIndex(page.language.findData("ar"))
    settle(qtbot, page)
    asked = []

    def save_as(parent, title, suggestion, filters):
        asked.append(suggestion)
        return str(tmp_path / "arabic visits"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "exported" in page.status.text(), timeout=10_000)
    assert asked[0].endswith(f"visits-{DEMO_TODAY - timedelta(days=29)}-{DEMO_TODAY}.csv")
    path = tmp_path / "arabic visits.csv"
    data = path.read_bytes()
    assert data.startswith("\ufeff".encode())
    table = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert table[0] == page.export_headers()
    assert table[0][:3] == ["Visit number", "Arrived", "Waiting (min)"]
    assert len(table) - 1 == page.total
    assert {row[4] for row in table[1:]} == {"Arabic"}  # the label, not the code
    assert int(table[1][0]) == page.model.rows[0].id  # the order of the list
    assert not page.progress_bar.isVisible()
    assert page.export_button.isEnabled()


@pytest.mark.demo
def test_ctrl_e_exports_and_ctrl_f_goes_to_the_filters(qtbot, page, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args: (str(tmp_path / "keys.csv"), "")))
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.date_from.hasFocus()
    qtbot.keyClick(page.date_from, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: (tmp_path / "keys.csv").exists() and page.export_button.isEnabled(),
                    timeout=10_000)


@pytest.mark.demo
def test_a_failed_export_says_why(qtbot, page, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args: (str(tmp_path / "missing" / "x.csv"), "")))
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda parent, title, text: shown.append(text)))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert shown[0].startswith("The file could not be written.\n\n")  # then the system's reason
    assert shown[0].strip() != "The file could not be written."
    assert page.export_button.isEnabled()
    assert not (tmp_path / "missing").exists()


@pytest.mark.demo
def test_right_to_left_mirrors_the_page(qtbot, page):
    page.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    QApplication.processEvents()
    assert page.export_button.mapTo(page, QPoint(0, 0)).x() < page.count_label.mapTo(page, QPoint(0, 0)).x()
    assert page.date_from.mapTo(page, QPoint(0, 0)).x() > page.date_to.mapTo(page, QPoint(0, 0)).x()
    numbers = page.model.index(0, VisitTableModel.GROUP)
    assert page.model.data(numbers, Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignTrailing


# --- a fresh database: empty at first, then visits saved at the desk ------------------------------

def add_visits(database, first_id: int, count: int) -> None:
    with database.write() as session:
        if first_id == 1:
            write_dataset(session, Dataset(sites=(Site(id=1, code="T1", name="Test"),),
                                           volunteers=(Volunteer(id=1, display_name="Anna", joined_on=DEMO_TODAY),)))
        arrived = datetime.combine(DEMO_TODAY, datetime.min.time()) + timedelta(hours=10)
        write_dataset(session, Dataset(visits=tuple(
            Visit(id=i, site_id=1, arrived_at=arrived + timedelta(minutes=i), language="fa", topics=("work",),
                  volunteer_ids=(1,)) for i in range(first_id, first_id + count))))


def test_an_empty_database_says_where_visits_come_from(qtbot, database):
    page = make_page(qtbot, database)
    assert page.stack.currentWidget() is page.empty
    assert "No visits recorded yet" in page.empty_title.text()
    assert not page.empty_reset.isVisible()
    assert page.total == 0


def test_a_saved_visit_appears_when_the_hub_says_so(qtbot, database):
    hub = Hub()
    add_visits(database, 1, 3)
    page = make_page(qtbot, database, hub)
    assert page.model.rowCount() == 3
    add_visits(database, 4, 2)
    hub.visits_changed.emit()
    settle(qtbot, page)
    assert [row.id for row in rows(page)] == [5, 4, 3, 2, 1]
    assert page.volunteer.findText("Anna") > 0

    page.hide()  # another page is in front: the refresh waits until this one is shown again
    add_visits(database, 6, 1)
    hub.visits_changed.emit()
    assert page.model.rowCount() == 5
    page.show()
    settle(qtbot, page)
    assert page.model.rowCount() == 6


def test_the_date_edits_keep_a_possible_period(qtbot, database):
    page = make_page(qtbot, database)
    page.date_to.setDate(date(2026, 1, 10))
    assert page.date_from.date().toPython() == date(2026, 1, 10)  # from moved back with it
    page.date_from.setDate(date(2026, 2, 1))
    assert page.date_to.date().toPython() == date(2026, 2, 1)
    settle(qtbot, page)


@pytest.mark.demo
def test_columns_fit_the_screen_and_the_topics_take_the_rest(qtbot, page):
    header = page.table.horizontalHeader()
    for width in (1000, 1186, 1600):
        page.resize(width, 700)
        QApplication.processEvents()
        used = sum(header.sectionSize(column) for column in range(header.count()))
        assert used <= page.table.viewport().width()
    assert header.sectionSize(VisitTableModel.TOPICS) > header.sectionSize(VisitTableModel.OUTCOME) * 2
    header.resizeSection(VisitTableModel.VOLUNTEERS, 300)  # dragged by the user: it stays so
    page.resize(1200, 700)
    QApplication.processEvents()
    assert header.sectionSize(VisitTableModel.VOLUNTEERS) == 300
