"""The referrals page as a person uses it: keyboard through the list, status keys, Undo, partner counts."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QPoint, QRect, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QMessageBox

from welcome_point.domain.models import Organisation, Referral, Site, Visit
from welcome_point.services.referrals import ReferralService
from welcome_point.storage.bulk import Dataset, write_dataset
from welcome_point.ui.hub import Hub
from welcome_point.ui.referrals_page import (
    ID_ROLE,
    OVERDUE_BACKGROUND,
    PartnerCountsModel,
    ReferralsPage,
    ReferralTableModel,
    short_date,
    short_date_time,
)

NOW = datetime(2026, 11, 25, 11, 0)
TODAY = NOW.date()


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def dataset(specs: dict[int, tuple[int, str, date | None]]) -> Dataset:
    """Referral id -> (partner, status, follow-up date); visit id = referral id."""
    visits, referrals = [], []
    for rid, (org, status, follow_up) in specs.items():
        arrived = NOW - timedelta(days=20, hours=rid)
        visits.append(Visit(id=rid, site_id=1, arrived_at=arrived, language=("ar", "uk", "fa", "ti")[rid % 4],
                            topics=("housing",), outcome="referred"))
        referrals.append(Referral(id=rid, visit_id=rid, organisation_id=org, topic="housing",
                                  created_at=arrived + timedelta(minutes=15), status=status,
                                  follow_up_on=follow_up,
                                  status_changed_at=None if status == "open" else NOW - timedelta(days=3)))
    return Dataset(sites=(Site(id=1, code="WP", name="Welcome Point"),),
                   organisations=(Organisation(id=1, name="Fachstelle Wohnungsnotfälle", category="housing"),
                                  Organisation(id=2, name="Mieterverein", category="legal_aid")),
                   visits=tuple(visits), referrals=tuple(referrals))


SPECS = {
    1: (1, "open", TODAY - timedelta(days=6)),  # overdue
    2: (2, "followed_up", TODAY + timedelta(days=2)),
    3: (1, "open", TODAY + timedelta(days=5)),
    4: (2, "completed", TODAY - timedelta(days=10)),
}


@pytest.fixture
def clock() -> Clock:
    return Clock(NOW)


@pytest.fixture
def service(database, clock) -> ReferralService:
    with database.write() as session:
        write_dataset(session, dataset(SPECS))
    return ReferralService(database, clock)


@pytest.fixture
def hub() -> Hub:
    return Hub()


@pytest.fixture
def page(qtbot, service, hub) -> ReferralsPage:
    widget = ReferralsPage(service, hub)
    qtbot.addWidget(widget)
    widget.resize(1140, 680)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.table.setFocus()
    qtbot.waitUntil(widget.table.hasFocus)
    return widget


def status_row(database, referral_id: int) -> tuple:
    connection = sqlite3.connect(database.path)
    try:
        return connection.execute("SELECT status, follow_up_on, status_changed_at FROM referrals WHERE id = ?",
                                  (referral_id,)).fetchone()
    finally:
        connection.close()


def cell(page: ReferralsPage, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return page.model.index(row, column).data(role)


def test_open_referrals_are_listed_with_the_overdue_one_highlighted(page) -> None:
    assert [cell(page, row, 0, ID_ROLE) for row in range(page.model.rowCount())] == [1, 2, 3]
    background = cell(page, 0, ReferralTableModel.PARTNER, Qt.ItemDataRole.BackgroundRole)
    assert isinstance(background, QBrush)
    assert background.color() == OVERDUE_BACKGROUND
    # Not by colour alone: a word and an icon say it too.
    assert "overdue" in cell(page, 0, ReferralTableModel.FOLLOW_UP)
    assert cell(page, 0, ReferralTableModel.FOLLOW_UP, Qt.ItemDataRole.DecorationRole) is not None
    assert "6" in cell(page, 0, ReferralTableModel.FOLLOW_UP, Qt.ItemDataRole.ToolTipRole)
    assert cell(page, 1, ReferralTableModel.PARTNER, Qt.ItemDataRole.BackgroundRole) is None
    assert "overdue" not in cell(page, 1, ReferralTableModel.FOLLOW_UP)
    assert cell(page, 0, ReferralTableModel.PARTNER) == "Fachstelle Wohnungsnotfälle"
    assert cell(page, 0, ReferralTableModel.TOPIC) == "Housing"
    assert cell(page, 0, ReferralTableModel.LANGUAGE).startswith("Ukrainian")
    assert cell(page, 1, ReferralTableModel.STATUS).startswith("Followed up on ")
    assert page.summary.text() == "Shown: 3, overdue: 1"


def test_mark_completed_with_the_keyboard_and_undo(page, qtbot, database, hub) -> None:
    assert page.selected_id() == 1
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert page.selected_id() == 2
    with qtbot.waitSignal(hub.referrals_changed):
        qtbot.keyClick(page.table, Qt.Key.Key_C)
    assert status_row(database, 2) == ("completed", str(TODAY + timedelta(days=2)), "2026-11-25 11:00:00.000000")
    assert [cell(page, row, 0, ID_ROLE) for row in range(page.model.rowCount())] == [1, 3]
    assert page.selected_id() == 3  # the next one moved up under the cursor
    assert page.notice.isVisible()
    assert "Completed" in page.notice_text.text()
    assert "11:00" in page.notice_text.text()

    with qtbot.waitSignal(hub.referrals_changed):
        qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert status_row(database, 2) == ("followed_up", str(TODAY + timedelta(days=2)),
                                       f"{NOW - timedelta(days=3)}.000000")
    assert not page.notice.isVisible()
    assert page.selected_id() == 2


def test_followed_up_with_the_next_date_and_not_reached(page, qtbot, database, clock) -> None:
    assert page.next_date.date() == QDate(2026, 12, 9)  # two weeks ahead by default
    page.next_date.setDate(QDate(2026, 12, 1))
    page.table.setFocus()
    clock.now = NOW + timedelta(minutes=7)
    qtbot.keyClick(page.table, Qt.Key.Key_F)
    assert status_row(database, 1) == ("followed_up", "2026-12-01", "2026-11-25 11:07:00.000000")
    item = page.model.items[page.model.row_of(1)]
    assert not item.overdue
    assert page.next_date.date() == QDate(2026, 12, 9)  # back to the default for the next one

    assert [item.id for item in page.model.items] == [2, 3, 1]
    assert page.selected_id() == 2  # the cursor keeps its place: on the next one to handle

    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.keyClick(page.table, Qt.Key.Key_N)
    assert status_row(database, 1) == ("not_reached", "2026-12-01", "2026-11-25 11:07:00.000000")
    assert page.selected_id() == 3  # the last row went: the one before it takes the cursor


def test_the_undo_notice_is_one_sentence(page, qtbot, clock) -> None:
    page.next_date.setDate(QDate(2026, 12, 1))
    qtbot.keyClick(page.table, Qt.Key.Key_F)  # referral 1
    assert page.notice_text.text() == (
        f"Fachstelle Wohnungsnotfälle – Housing: marked “Followed up” on {short_date_time(NOW)}. "
        f"Next follow-up on {short_date(date(2026, 12, 1))}.")

    assert page.selected_id() == 2
    page.next_date.setDate(QDate(2026, 12, 3))
    qtbot.keyClick(page.table, Qt.Key.Key_D)
    assert page.notice_text.text() == (
        f"Mieterverein – Housing: next follow-up moved to {short_date(date(2026, 12, 3))}.")

    clock.now = NOW + timedelta(minutes=5)
    partner = page.selected_item().organisation_name
    qtbot.keyClick(page.table, Qt.Key.Key_C)  # closed: no next follow-up to name
    assert page.notice_text.text() == (
        f"{partner} – Housing: marked “Completed” on {short_date_time(clock.now)}.")


def test_the_buttons_and_mnemonics_do_the_same(page, qtbot, database) -> None:
    qtbot.mouseClick(page.not_reached_button, Qt.MouseButton.LeftButton)
    assert status_row(database, 1)[0] == "not_reached"
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    # A mnemonic "animates" the click: it lands a moment later.
    qtbot.waitUntil(lambda: status_row(database, 2)[0] == "completed", timeout=2000)


def test_the_undo_notice_goes_after_a_while(page, qtbot) -> None:
    page._notice_timer.setInterval(50)
    qtbot.keyClick(page.table, Qt.Key.Key_C)
    assert page.notice.isVisible()
    qtbot.waitUntil(lambda: not page.notice.isVisible(), timeout=2000)
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # nothing left to undo
    assert page.model.rowCount() == 2


def test_ctrl_p_asks_for_a_slip_of_the_selected_referral(page, qtbot) -> None:
    qtbot.keyClick(page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(page.slip_requested) as signal:
        qtbot.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert signal.args == [3]


def test_filters_show_closed_ones_and_one_partner(page) -> None:
    page.filter_box.setCurrentIndex(page.filter_box.findData("completed"))
    assert [item.id for item in page.model.items] == [4]
    assert cell(page, 0, ReferralTableModel.FOLLOW_UP) == "–"
    assert not page.move_button.isEnabled()
    page.filter_box.setCurrentIndex(page.filter_box.findData("overdue"))
    assert [item.id for item in page.model.items] == [1]
    page.filter_box.setCurrentIndex(page.filter_box.findData("todo"))
    page.partner_box.setCurrentIndex(page.partner_box.findData(2))
    assert [item.id for item in page.model.items] == [2]
    page.filter_box.setCurrentIndex(page.filter_box.findData("open"))
    assert page.model.rowCount() == 0
    assert page.list_stack.currentIndex() == 1
    assert page.empty.text() == "No referrals match this filter."
    assert not page.completed_button.isEnabled()


def test_per_partner_counts_are_shown(page, service, qtbot) -> None:
    page.tabs.setCurrentIndex(1)
    view = page.counts_table
    shown = {view.model().index(row, PartnerCountsModel.NAME).data():
             [view.model().index(row, column).data() for column in range(1, 6)]
             for row in range(view.model().rowCount())}
    assert shown == {"Fachstelle Wohnungsnotfälle": [2, 0, 0, 0, 2], "Mieterverein": [0, 1, 1, 0, 2]}
    assert page.counts_total.text() == "Referrals: 4, partners: 2"
    page.period_box.setCurrentIndex(page.period_box.findData("all"))
    assert page.counts_model.rowCount() == 2
    # Enter on a partner lists its referrals.
    row = next(r for r in range(view.model().rowCount())
               if view.model().index(r, 0).data() == "Mieterverein")
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert page.tabs.currentIndex() == 0
    assert page.partner_box.currentData() == 2
    assert [item.id for item in page.model.items] == [2]


def test_an_empty_database_shows_a_hint(qtbot, database, clock) -> None:
    widget = ReferralsPage(ReferralService(database, clock), Hub())
    qtbot.addWidget(widget)
    assert widget.model.rowCount() == 0
    assert widget.list_stack.currentIndex() == 1
    assert widget.empty.text().startswith("No open referrals. Referrals are made at the desk")
    assert not widget.followed_up_button.isEnabled()
    assert widget.counts_model.rowCount() == 0


def test_a_saved_visit_refreshes_the_list_now_or_when_shown(page, database, hub) -> None:
    with database.write() as session:
        write_dataset(session, Dataset(
            visits=(Visit(id=10, site_id=1, arrived_at=NOW - timedelta(hours=1), language="so",
                          topics=("housing",)),),
            referrals=(Referral(id=10, visit_id=10, organisation_id=2, topic="housing", created_at=NOW,
                                follow_up_on=TODAY + timedelta(days=14)),)))
    hub.visits_changed.emit()
    assert 10 in [item.id for item in page.model.items]

    page.hide()
    with database.write() as session:
        session.connection().exec_driver_sql("DELETE FROM visits WHERE id = 10")
    hub.visits_changed.emit()
    assert 10 in [item.id for item in page.model.items]  # hidden: not read yet
    page.show()
    assert 10 not in [item.id for item in page.model.items]


def test_a_referral_deleted_meanwhile_is_reported(page, qtbot, database, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text: shown.append(text)))
    with database.write() as session:
        session.connection().exec_driver_sql("DELETE FROM visits WHERE id = 1")
    qtbot.keyClick(page.table, Qt.Key.Key_C)
    assert len(shown) == 1
    assert "no referral number 1" in shown[0]
    assert not page.notice.isVisible()
    assert [item.id for item in page.model.items] == [2, 3]  # the list no longer shows it


def test_renders_at_laptop_size(page, tmp_path) -> None:
    page.resize(1366 - 200, 768 - 60)
    picture = page.grab()
    assert picture.save(str(tmp_path / "referrals.png"))
    # Every action stays reachable at this size: none is pushed out of the window.
    for button in (page.followed_up_button, page.completed_button, page.not_reached_button,
                   page.slip_button):
        assert page.rect().contains(QRect(button.mapTo(page, QPoint(0, 0)), button.size()))
