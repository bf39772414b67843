"""The Shifts page as a coordinator and the desk use it, over a real SQLite database."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QApplication, QMessageBox, QStyleOptionViewItem

from welcome_point.domain.models import Shift, Site, Visit, Volunteer, VolunteerLanguage
from welcome_point.domain.shifts import ShiftTemplate
from welcome_point.services.shifts import ShiftService
from welcome_point.storage.bulk import Dataset, write_dataset
from welcome_point.ui.hub import Hub
from welcome_point.ui.shift_dialogs import (
    UNAVAILABLE_TEXT,
    CandidateDialog,
    CandidateModel,
    HistoryDialog,
    TemplatesDialog,
)
from welcome_point.ui.shifts_page import (
    COVERAGE_COLOURS,
    COVERAGE_ROLE,
    COVERED,
    LANGUAGE_MISSING,
    SHIFT_ID_ROLE,
    UNDERSTAFFED,
    ShiftsPage,
)

MONDAY = date(2026, 11, 23)
NEXT_MONDAY = MONDAY + timedelta(days=7)
NOW = datetime(2026, 11, 25, 10, 5)  # Wednesday, just after the morning shift began
OMID, SHIRIN, ANNA, OLENA, KARIM = 1, 2, 3, 4, 5
TEMPLATES = (ShiftTemplate(0, time(10), time(13)), ShiftTemplate(1, time(13), time(16), wanted_languages=("fa",)),
             ShiftTemplate(2, time(10), time(13)), ShiftTemplate(5, time(10), time(14), min_staff=1))


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def person(volunteer_id: int, name: str, *languages: str, active: bool = True) -> Volunteer:
    return Volunteer(id=volunteer_id, display_name=name, joined_on=date(2025, 1, 1), active=active,
                     languages=tuple(VolunteerLanguage(code, "fluent") for code in languages))


def farsi_tuesdays() -> tuple[Visit, ...]:
    """Nine Farsi/Dari visits every Tuesday afternoon of the eight weeks before today."""
    visits = []
    for week in range(8):
        tuesday = MONDAY + timedelta(days=1) - timedelta(weeks=week)
        for number in range(9):
            visits.append(Visit(id=len(visits) + 1, site_id=1, language="fa", topics=("housing",),
                                arrived_at=datetime.combine(tuesday, time(13, 10 + number))))
    return tuple(visits)


@pytest.fixture
def clock() -> Clock:
    return Clock(NOW)


@pytest.fixture
def service(database, clock) -> ShiftService:
    with database.write() as session:
        write_dataset(session, Dataset(
            sites=(Site(id=1, code="WP", name="Welcome Point"),),
            volunteers=(person(OMID, "Omid Karimi", "fa", "de"), person(SHIRIN, "Shirin Azizi", "fa", "en"),
                        person(ANNA, "Anna Becker", "de", "en"), person(OLENA, "Olena Melnyk", "uk", "ru"),
                        person(KARIM, "Karim Haddad", "ar", active=False)),
            visits=farsi_tuesdays()))
    return ShiftService(database, clock)


@pytest.fixture
def hub() -> Hub:
    return Hub()


def make_page(qtbot, service, hub, clock) -> ShiftsPage:
    page = ShiftsPage(service, hub, clock=clock)
    qtbot.addWidget(page)
    page.resize(1190, 700)
    with qtbot.waitActive(page):
        page.show()
    return page


@pytest.fixture
def page(qtbot, service, hub, clock) -> ShiftsPage:
    return make_page(qtbot, service, hub, clock)


@pytest.fixture
def planned(service) -> ShiftService:
    service.create_from_templates(TEMPLATES, MONDAY, NEXT_MONDAY + timedelta(days=6))
    return service


def query(database, sql: str, *args) -> list[tuple]:
    connection = sqlite3.connect(database.path)
    try:
        return connection.execute(sql, args).fetchall()
    finally:
        connection.close()


def shift_at(service: ShiftService, starts_at: datetime) -> int:
    view = next(x for x in service.shifts_between(starts_at.date(), starts_at.date())
                if x.shift.starts_at == starts_at)
    assert view.shift.id is not None
    return view.shift.id


def cell(page: ShiftsPage, shift_id: int, role=Qt.ItemDataRole.DisplayRole):
    index = page.model.index_of(shift_id)
    assert index.isValid()
    return index.data(role)


def picker(page: ShiftsPage) -> CandidateDialog:
    dialog = page.dialog
    assert isinstance(dialog, CandidateDialog)
    assert dialog.isVisible()
    return dialog


# -- templates ----------------------------------------------------------------------------------

def test_a_template_week_is_created_from_the_empty_week(qtbot, page, database) -> None:
    assert page.week_stack.currentIndex() == 1  # the empty state, with its hint
    assert "Ctrl+T" in page.week_empty.text()
    page.empty_templates_button.setFocus()
    qtbot.keyClick(page.empty_templates_button, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert isinstance(dialog, TemplatesDialog)
    assert dialog.table.rowCount() == 11  # Mon–Fri 10–13 and 13–16, Sat 10–14
    assert (dialog.first_day(), dialog.last_day()) == (MONDAY, MONDAY + timedelta(days=6))
    assert "11" in dialog.summary.text()

    # One more line: an interpreter on Tuesday afternoons who speaks Farsi/Dari.
    dialog.table.setCurrentCell(dialog.table.rowCount() - 1, 0)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    row = dialog.table.rowCount() - 1
    dialog.table.cellWidget(row, TemplatesDialog.WEEKDAY).setCurrentIndex(1)
    dialog.table.cellWidget(row, TemplatesDialog.ROLE).setCurrentIndex(
        dialog.table.cellWidget(row, TemplatesDialog.ROLE).findData("interpreter"))
    dialog.table.cellWidget(row, TemplatesDialog.STAFF).setValue(1)
    dialog.table.cellWidget(row, TemplatesDialog.LANGUAGES).set_codes(["fa"])
    assert dialog.table.cellWidget(row, TemplatesDialog.LANGUAGES).text() == "FA"
    assert "12" in dialog.summary.text()
    with qtbot.waitSignal(page._hub.shifts_changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert query(database, "SELECT count(*) FROM shifts") == [(12,)]
    assert page.notice.isVisible()
    assert page.notice.text() == "12 shift(s) created."
    assert page.week_stack.currentIndex() == 0
    shift_ids = {page.model.index(r, c).data(SHIFT_ID_ROLE) for r in range(page.model.rowCount())
                 for c in range(page.model.columnCount())} - {None}
    assert len(shift_ids) == 12
    assert {cell(page, sid, COVERAGE_ROLE) for sid in shift_ids} == {UNDERSTAFFED}
    assert page.model.columnCount() == 6  # Monday to Saturday; Sunday only when it has shifts
    interpreter = query(database, "SELECT id FROM shifts WHERE role = 'interpreter'")[0][0]
    assert "FA" in cell(page, interpreter)

    # The same templates again create nothing, and say so.
    page.create_from_templates()
    dialog = page.dialog
    assert isinstance(dialog, TemplatesDialog)
    assert dialog.table.rowCount() == 12  # the edited lines are kept
    dialog.accept()
    assert page.notice.text() == "No new shifts: they all exist already."
    assert query(database, "SELECT count(*) FROM shifts") == [(12,)]


def test_a_template_line_that_ends_before_it_starts_is_refused(qtbot, page, database) -> None:
    page.create_from_templates()
    dialog = page.dialog
    assert isinstance(dialog, TemplatesDialog)
    dialog.table.cellWidget(0, TemplatesDialog.END).setTime(dialog.table.cellWidget(0, TemplatesDialog.START).time())
    dialog.set_range("four_weeks")
    assert (dialog.first_day(), dialog.last_day()) == (NOW.date(), NOW.date() + timedelta(days=27))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert "Line 1" in dialog.error.text()
    assert query(database, "SELECT count(*) FROM shifts") == [(0,)]
    dialog.reject()


# -- assigning ----------------------------------------------------------------------------------

def test_a_volunteer_is_assigned_with_the_picker(qtbot, planned, hub, clock, database) -> None:
    page = make_page(qtbot, planned, hub, clock)
    tuesday = shift_at(planned, datetime(2026, 11, 24, 13))
    assert page.select_shift(tuesday)
    assert cell(page, tuesday, COVERAGE_ROLE) == UNDERSTAFFED
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = picker(page)
    # Those who speak the wanted language come first in the filter; the inactive one is not offered.
    assert dialog.language_box.itemData(1) == "fa"
    names = [row.display_name for row in dialog.model.rows]
    assert "Karim Haddad" not in names
    assert set(names) == {"Omid Karimi", "Shirin Azizi", "Anna Becker", "Olena Melnyk"}
    dialog.language_box.setCurrentIndex(1)
    assert {row.display_name for row in dialog.model.rows} == {"Omid Karimi", "Shirin Azizi"}
    assert dialog.select_volunteer(OMID)
    with qtbot.waitSignal(hub.shifts_changed):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert not dialog.isVisible()

    assert query(database, "SELECT volunteer_id, status FROM assignments WHERE shift_id = ?", tuesday) == [
        (OMID, "planned")]
    assert "Omid Karimi (DE, FA)" in cell(page, tuesday)
    assert page.selected_shift_id() == tuesday  # the cursor stays on the shift
    assert cell(page, tuesday, COVERAGE_ROLE) == UNDERSTAFFED  # 1 of 2
    assert "1/2 – understaffed" in cell(page, tuesday)
    assert [page.assigned_list.item(i).text() for i in range(page.assigned_list.count())] == [
        "Omid Karimi (DE, FA)"]


def test_a_conflict_is_refused_with_its_reason(qtbot, planned, hub, clock, database, monkeypatch) -> None:
    monday = shift_at(planned, datetime(2026, 11, 23, 10))
    planned.assign(monday, OMID)
    overlapping = planned.add_shift(Shift(id=None, site_id=1, starts_at=datetime(2026, 11, 23, 11),
                                          ends_at=datetime(2026, 11, 23, 14), role="interpreter", min_staff=1))
    assert overlapping.id is not None
    page = make_page(qtbot, planned, hub, clock)
    # The interpreter shares Monday morning with the desk: a second morning row, the same column.
    assert page.model.rowCount() == 3
    assert page.model.index_of(overlapping.id).row() == page.model.index_of(monday).row() + 1
    assert page.model.index_of(overlapping.id).column() == page.model.index_of(monday).column() == 0
    page.select_shift(overlapping.id)
    page.assign_selected()
    dialog = picker(page)
    rows = {row.display_name: number for number, row in enumerate(dialog.model.rows)}
    omid = dialog.model.index(rows["Omid Karimi"], CandidateModel.AVAILABILITY)
    assert omid.data() == "Overlaps another shift"
    foreground = omid.data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(foreground, QBrush)
    assert foreground.color() == UNAVAILABLE_TEXT
    assert rows["Omid Karimi"] == len(rows) - 1  # the free ones first

    dialog.select_volunteer(OMID)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert dialog.isVisible()  # refused, with the reason
    assert dialog.message.isVisible()
    assert dialog.refusal == "This volunteer already has a shift at the same time."
    assert dialog.message.text().startswith("Omid Karimi cannot take this shift")
    assert query(database, "SELECT count(*) FROM assignments WHERE shift_id = ?", overlapping.id) == [(0,)]

    # Shirin is free when the list is shown, but takes another shift at that time before the
    # coordinator confirms: the service refuses, and the page says why.
    dialog.select_volunteer(SHIRIN)
    assert not dialog.message.isVisible()
    planned.assign(monday, SHIRIN)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert len(warnings) == 1
    assert warnings[0].startswith("This volunteer already has a shift at the same time.")
    assert "Shirin Azizi" in warnings[0]  # the details name the person and the other shift
    assert query(database, "SELECT count(*) FROM assignments WHERE shift_id = ?", overlapping.id) == [(0,)]


def test_the_daily_limit_is_explained_with_the_configured_hours(qtbot, planned, hub, clock) -> None:
    from welcome_point.domain.shifts import WorkRules

    planned.set_rules(WorkRules(daily_limit=timedelta(hours=4)))
    planned.assign(shift_at(planned, datetime(2026, 11, 24, 13)), ANNA)
    evening = planned.add_shift(Shift(id=None, site_id=1, starts_at=datetime(2026, 11, 24, 17),
                                      ends_at=datetime(2026, 11, 24, 19), min_staff=1))
    page = make_page(qtbot, planned, hub, clock)
    page.show_week(MONDAY)
    assert evening.id is not None
    assert page.select_shift(evening.id)
    page.assign_selected()
    dialog = picker(page)
    dialog.select_volunteer(ANNA)
    dialog.accept()
    assert dialog.refusal == "This shift would take the volunteer over the daily limit of 4 hours."
    dialog.reject()


def test_cancel_swap_and_history(qtbot, planned, hub, clock, database, monkeypatch) -> None:
    saturday = shift_at(planned, datetime(2026, 11, 28, 10))
    planned.assign(saturday, ANNA)
    page = make_page(qtbot, planned, hub, clock)
    page.select_shift(saturday)
    assert cell(page, saturday, COVERAGE_ROLE) == COVERED  # one person wanted, one there
    assert page.assigned_list.currentRow() == 0

    # Swap: Shirin takes over from Anna.
    qtbot.mouseClick(page.swap_button, Qt.MouseButton.LeftButton)
    dialog = picker(page)
    assert dialog.windowTitle() == "Swap"
    dialog.select_volunteer(SHIRIN)
    dialog.accept()
    assert query(database, "SELECT volunteer_id, status FROM assignments WHERE shift_id = ? ORDER BY id",
                 saturday) == [(ANNA, "cancelled"), (SHIRIN, "planned")]
    assert "Shirin Azizi" in cell(page, saturday)
    assert "Anna Becker" not in cell(page, saturday)

    # Cancel asks first; "No" changes nothing.
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    questions: list[str] = []

    def answer(_parent, _title, text, *_args):
        questions.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", answer)
    page.assigned_list.setFocus()
    qtbot.keyClick(page.assigned_list, Qt.Key.Key_Delete)
    assert query(database, "SELECT status FROM assignments WHERE volunteer_id = ?", SHIRIN) == [("planned",)]
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert query(database, "SELECT status FROM assignments WHERE volunteer_id = ?", SHIRIN) == [("cancelled",)]
    assert questions[0].startswith("Take Shirin Azizi off the shift on Sat 28 Nov, 10:00–14:00?")
    assert cell(page, saturday, COVERAGE_ROLE) == UNDERSTAFFED
    assert page.assigned_list.count() == 0
    assert not page.swap_button.isEnabled()
    assert not page.cancel_button.isEnabled()

    qtbot.mouseClick(page.history_button, Qt.MouseButton.LeftButton)
    history = page.dialog
    assert isinstance(history, HistoryDialog)
    lines = [[history.table.item(row, column).text() for column in (1, 2)]
             for row in range(history.table.rowCount())]
    assert lines == [["Assigned", "Anna Becker"], ["Swapped", "Anna Becker, replaced by Shirin Azizi"],
                     ["Assigned", "Shirin Azizi, in place of Anna Becker"], ["Cancelled", "Shirin Azizi"]]
    history.reject()


# -- coverage and demand ------------------------------------------------------------------------

def test_coverage_colours_gaps_and_language_demand(qtbot, planned, hub, clock, database) -> None:
    monday = shift_at(planned, datetime(2026, 11, 23, 10))
    next_tuesday = shift_at(planned, datetime(2026, 12, 1, 13))
    next_monday = shift_at(planned, datetime(2026, 11, 30, 10))
    planned.assign(monday, ANNA)
    planned.assign(monday, OLENA)  # 2 of 2: covered
    planned.assign(next_tuesday, ANNA)
    planned.assign(next_tuesday, OLENA)  # 2 of 2, but nobody speaks the wanted Farsi/Dari
    planned.assign(next_monday, ANNA)  # 1 of 2
    page = make_page(qtbot, planned, hub, clock)

    assert cell(page, monday, COVERAGE_ROLE) == COVERED
    assert "2/2 – covered" in cell(page, monday)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_PageDown)
    assert page.monday == NEXT_MONDAY
    assert cell(page, next_monday, COVERAGE_ROLE) == UNDERSTAFFED
    assert "1/2 – understaffed" in cell(page, next_monday)
    assert cell(page, next_monday, Qt.ItemDataRole.BackgroundRole).color() == COVERAGE_COLOURS[UNDERSTAFFED]
    assert cell(page, next_tuesday, COVERAGE_ROLE) == LANGUAGE_MISSING
    assert "2/2 – Farsi/Dari missing" in cell(page, next_tuesday)
    assert (cell(page, next_tuesday, Qt.ItemDataRole.BackgroundRole).color()
            == COVERAGE_COLOURS[LANGUAGE_MISSING])

    # Language demand: about nine Farsi/Dari visits on Tuesday afternoons, nobody on the shift speaks it.
    assert page.demand_stack.currentIndex() == 0
    hints = [page.demand_list.item(row).text() for row in range(page.demand_list.count())]
    assert hints == ["Tue 13:00–16:00: about 9 Farsi/Dari visits expected, no speaker – "
                     "suggest: Omid Karimi, Shirin Azizi"]
    assert "about 9 Farsi/Dari visits expected" in cell(page, next_tuesday)
    assert [page.suggestion_box.itemText(i) for i in range(page.suggestion_box.count())] == [
        "Omid Karimi", "Shirin Azizi"]

    # The gaps of the next four weeks: every shift from now on that lacks people or a language.
    gaps = page.gaps_model.rows
    assert next_tuesday in [x.shift.id for x in gaps]
    assert next_monday in [x.shift.id for x in gaps]
    assert monday not in [x.shift.id for x in gaps]
    row = [x.shift.id for x in gaps].index(next_tuesday)
    assert page.gaps_model.index(row, 4).data() == "Farsi/Dari – فارسی / دری"
    assert page.gaps_model.index(row, 0).data(COVERAGE_ROLE) == LANGUAGE_MISSING

    # One click assigns the first suggestion; the hint goes away, the card turns from amber.
    with qtbot.waitSignal(hub.shifts_changed):
        qtbot.mouseClick(page.suggest_button, Qt.MouseButton.LeftButton)
    assert query(database, "SELECT volunteer_id FROM assignments WHERE shift_id = ? ORDER BY id",
                 next_tuesday) == [(ANNA,), (OLENA,), (OMID,)]
    assert cell(page, next_tuesday, COVERAGE_ROLE) == COVERED
    assert page.demand_list.count() == 0
    assert page.demand_stack.currentIndex() == 1
    assert next_tuesday not in [x.shift.id for x in page.gaps_model.rows]


def test_a_gap_is_shown_in_its_week(qtbot, planned, hub, clock) -> None:
    page = make_page(qtbot, planned, hub, clock)
    page.tabs.setCurrentIndex(2)
    target = shift_at(planned, datetime(2026, 12, 1, 13))
    row = [x.shift.id for x in page.gaps_model.rows].index(target)
    page.gaps_table.setCurrentIndex(page.gaps_model.index(row, 0))
    page.gaps_table.setFocus()
    qtbot.keyClick(page.gaps_table, Qt.Key.Key_Return)
    assert page.tabs.currentIndex() == 0
    assert page.monday == NEXT_MONDAY
    assert page.selected_shift_id() == target


def test_week_navigation_from_the_keyboard(qtbot, planned, hub, clock) -> None:
    page = make_page(qtbot, planned, hub, clock)
    page.table.setFocus()
    assert page.monday == MONDAY
    assert page.week_label.text() == "Week 48: Mon 23 Nov – Sun 29 Nov"
    qtbot.keyClick(page.table, Qt.Key.Key_PageDown)
    qtbot.keyClick(page.table, Qt.Key.Key_PageDown)
    assert page.monday == MONDAY + timedelta(days=14)
    assert page.week_stack.currentIndex() == 1  # nothing planned that far
    page.table.setFocus()
    qtbot.keyClick(page.empty_templates_button, Qt.Key.Key_PageUp)
    assert page.monday == NEXT_MONDAY
    qtbot.keyClick(page.table, Qt.Key.Key_Home)
    assert page.monday == MONDAY
    # The cursor starts on the first shift still to come that has a gap.
    assert page.selected_shift_id() == shift_at(planned, datetime(2026, 11, 25, 10))


def test_the_page_follows_changes_made_elsewhere(qtbot, planned, hub, clock) -> None:
    page = make_page(qtbot, planned, hub, clock)
    wednesday = shift_at(planned, datetime(2026, 11, 25, 10))
    assert "Olena" not in cell(page, wednesday)
    planned.assign(wednesday, OLENA)
    hub.shifts_changed.emit()
    assert "Olena Melnyk" in cell(page, wednesday)
    page.hide()
    planned.assign(wednesday, ANNA)
    hub.volunteers_changed.emit()
    assert "Anna Becker" not in cell(page, wednesday)  # hidden: reloaded when shown again
    page.show()
    assert "Anna Becker" in cell(page, wednesday)


# -- attendance ---------------------------------------------------------------------------------

def test_check_in_check_out_no_show_and_hours(qtbot, planned, hub, clock, database, monkeypatch) -> None:
    wednesday = shift_at(planned, datetime(2026, 11, 25, 10))
    anna = planned.assign(wednesday, ANNA)
    omid = planned.assign(wednesday, OMID)
    page = make_page(qtbot, planned, hub, clock)
    page.tabs.setCurrentIndex(1)
    assert page.today_title.text() == "Today, Wednesday 25 November 2026"
    assert [x.shift.id for x in page.today_views] == [wednesday]
    buttons = page.attendance_buttons[anna]
    assert buttons["check_in"].isEnabled()
    assert not buttons["check_out"].isEnabled()

    clock.now = datetime(2026, 11, 25, 10, 7)
    with qtbot.waitSignal(hub.shifts_changed):
        qtbot.mouseClick(page.attendance_buttons[anna]["check_in"], Qt.MouseButton.LeftButton)
    assert query(database, "SELECT status, checked_in_at, checked_out_at FROM assignments WHERE id = ?",
                 anna) == [("attended", "2026-11-25 10:07:00.000000", None)]
    assert page.attendance_labels[anna].text() == "checked in at 10:07"
    assert not page.attendance_buttons[anna]["check_in"].isEnabled()
    assert not page.attendance_buttons[anna]["no_show"].isEnabled()

    clock.now = datetime(2026, 11, 25, 13, 12)
    qtbot.mouseClick(page.attendance_buttons[anna]["check_out"], Qt.MouseButton.LeftButton)
    assert query(database, "SELECT checked_out_at FROM assignments WHERE id = ?", anna) == [
        ("2026-11-25 13:12:00.000000",)]
    assert page.attendance_labels[anna].text() == "in 10:07, out 13:12"
    assert not page.attendance_buttons[anna]["check_out"].isEnabled()

    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.attendance_buttons[omid]["no_show"], Qt.MouseButton.LeftButton)
    assert query(database, "SELECT status FROM assignments WHERE id = ?", omid) == [("no_show",)]
    assert page.attendance_labels[omid].text() == "No-show"
    assert page.attendance_buttons[omid]["check_in"].isEnabled()  # arriving late corrects it

    hours = planned.hours(ANNA, MONDAY, MONDAY + timedelta(days=6))
    assert hours.total == timedelta(hours=3, minutes=5)
    assert (hours.shifts, hours.estimated_shifts, hours.roles) == (1, 0, ("desk",))
    assert planned.hours(OMID, MONDAY, MONDAY + timedelta(days=6)).shifts == 0
    # The week shows the no-show struck from the staffing: 1 of 2.
    assert cell(page, wednesday, COVERAGE_ROLE) == UNDERSTAFFED
    assert "Omid Karimi (DE, FA) – No-show" in cell(page, wednesday)


def test_today_without_shifts_says_so(qtbot, page) -> None:
    page.tabs.setCurrentIndex(1)
    assert page.today_views == []
    assert page.attendance_buttons == {}


def test_no_site_yet_is_explained(qtbot, database, hub, clock, monkeypatch) -> None:
    page = make_page(qtbot, ShiftService(database, clock), hub, clock)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    page.create_from_templates()
    dialog = page.dialog
    assert isinstance(dialog, TemplatesDialog)
    dialog.accept()
    assert len(warnings) == 1
    assert "site" in warnings[0]


# -- rendering ----------------------------------------------------------------------------------

def test_renders_in_english_and_mirrored_right_to_left(qtbot, planned, hub, clock, tmp_path: Path) -> None:
    tuesday = shift_at(planned, datetime(2026, 11, 24, 13))
    for shift_id, volunteer_id in ((shift_at(planned, datetime(2026, 11, 23, 10)), ANNA),
                                   (tuesday, OMID), (tuesday, OLENA)):
        planned.assign(shift_id, volunteer_id)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    previous = QLocale()
    positions = {}
    try:
        for direction, language in ((Qt.LayoutDirection.LeftToRight, "en"),
                                    (Qt.LayoutDirection.RightToLeft, "ar")):
            app.setLayoutDirection(direction)
            QLocale.setDefault(QLocale(language))
            page = ShiftsPage(planned, hub, clock=clock)
            qtbot.addWidget(page)
            page.resize(1366, 768)
            page.show()
            qtbot.waitExposed(page)
            qtbot.wait(10)  # the rows fit their cards once the columns have their widths
            path = tmp_path / f"shifts-{language}.png"
            assert page.grab().save(str(path))
            assert path.stat().st_size > 10_000
            positions[language] = (page.table.visualRect(page.model.index(0, 0)).x(),
                                   page.table.visualRect(page.model.index(0, 1)).x())
            # Every card is tall enough for its text: nothing is cut off at the bottom.
            option = QStyleOptionViewItem()
            option.initFrom(page.table)
            for row in range(page.model.rowCount()):
                for column in range(page.model.columnCount()):
                    index = page.model.index(row, column)
                    assert page.table.rowHeight(row) >= page.delegate.sizeHint(option, index).height()
            page.close()
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        QLocale.setDefault(previous)
    assert positions["en"][0] < positions["en"][1]  # Monday left of Tuesday
    assert positions["ar"][0] > positions["ar"][1]  # days run right to left
