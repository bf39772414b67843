"""The desk driven from the keyboard as a volunteer would, over a real SQLite database."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from welcome_point.domain import cardcode
from welcome_point.domain.models import Organisation, Visitor, Volunteer
from welcome_point.services.desk import DeskService
from welcome_point.services.directory import DirectoryService
from welcome_point.storage.bulk import Dataset, write_dataset
from welcome_point.ui.desk_page import DeskPage
from welcome_point.ui.hub import Hub

START = datetime(2026, 11, 25, 10, 0)
CODE = "K7MXP-Q4TA" + cardcode.check_character("K7MXPQ4TA")


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now


class Printer:
    def __init__(self) -> None:
        self.cards: list[tuple[list[str], str | None]] = []
        self.slips: list[tuple[int, ...]] = []

    def visitor_cards(self, codes: list[str], language: str | None) -> None:
        self.cards.append((codes, language))

    def referral_slips(self, referral_ids: tuple[int, ...]) -> None:
        self.slips.append(referral_ids)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def printer() -> Printer:
    return Printer()


@pytest.fixture
def page(qtbot, database, clock, printer) -> DeskPage:
    with database.write() as session:
        write_dataset(session, Dataset(
            organisations=(
                Organisation(id=1, name="Jobcenter Mitte", category="authority", topics=("benefits", "work")),
                Organisation(id=2, name="Volkshochschule", category="language_course", topics=("german_course",)),
                Organisation(id=3, name="Mieterverein", category="legal_aid", topics=("housing",)),
                Organisation(id=4, name="Caritas Sozialberatung", category="counselling"),
            ),
            volunteers=(Volunteer(id=1, display_name="Anna", joined_on=START.date()),
                        Volunteer(id=2, display_name="Bernd", joined_on=START.date())),
            visitors=(Visitor(id=1, card_code=CODE, first_seen=START.date() - timedelta(days=30),
                              age_band="27-39", gender="female", language="ar"),),
        ))
    desk = DeskService(database, clock)
    widget = DeskPage(desk, DirectoryService(database).suggest, Hub(), printer)
    qtbot.addWidget(widget)
    show(qtbot, widget)
    return widget


def show(qtbot, widget) -> None:
    """Shown and active, as the desk's window is: page shortcuts need an active window."""
    widget.resize(1166, 700)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()


def query(database, sql: str) -> list[tuple]:
    connection = sqlite3.connect(database.path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


class Keys:
    """Types into whatever has the focus, as a keyboard would, and counts the keystrokes."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.count = 0

    def press(self, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        self.qtbot.keyClick(widget, key, modifier)
        self.count += 1

    def type(self, text: str) -> None:
        for character in text:
            self.press(character)


def scan(qtbot, page: DeskPage, code: str) -> None:
    """A USB scanner types the code and Enter into the focused card field."""
    assert QApplication.focusWidget() is page.form.card
    qtbot.keyClicks(page.form.card, code)
    qtbot.keyClick(page.form.card, Qt.Key.Key_Return)


def test_returning_visitor_with_one_topic_and_one_referral_in_at_most_12_keystrokes(
        qtbot, page, database, clock) -> None:
    scan(qtbot, page, CODE.lower().replace("-", ""))
    assert page.form.language.code() == "ar"  # pre-filled from the card
    assert page.form.age_band.currentData() == "27-39"
    keys = Keys(qtbot)
    keys.type("7")  # Benefits & Jobcenter
    keys.press(Qt.Key.Key_Tab)  # to the referral field
    keys.type("job")
    keys.press(Qt.Key.Key_Return)
    clock.now += timedelta(minutes=9)
    keys.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert keys.count <= 12
    assert query(database, "SELECT visitor_id, language, outcome FROM visits") == [(1, "ar", "referred")]
    assert query(database, "SELECT topic FROM visit_topics") == [("benefits",)]
    assert query(database, "SELECT organisation_id, topic, status FROM referrals") == [(1, "benefits", "open")]
    assert page.notice.isVisible()
    assert page.notice.undo.isVisible()
    assert page.form.is_empty()
    assert page.today.topLevelItemCount() == 1


def test_queue_then_anonymous_visit_records_waiting_and_duration(qtbot, page, database, clock) -> None:
    page.queue.language.setFocus()
    qtbot.keyClicks(page.queue.language.lineEdit(), "Farsi")
    qtbot.keyClick(page, Qt.Key.Key_F2)
    clock.now += timedelta(minutes=2)
    qtbot.keyClick(page, Qt.Key.Key_F2)  # a second person, language not known yet
    assert page.queue.list.count() == 2
    assert query(database, "SELECT language FROM queue_entries ORDER BY id") == [("fa",), (None,)]
    clock.now += timedelta(minutes=10)
    qtbot.keyClick(page, Qt.Key.Key_F3)  # the longest-waiting person: 12 minutes
    assert page.queue.list.count() == 1
    assert page.form.language.code() == "fa"
    qtbot.keyClick(page, Qt.Key.Key_F6)  # anonymous
    assert page.form.topics.hasFocus()
    qtbot.keyClick(page.form.topics, "1")
    qtbot.keyClick(page.form.topics, "2")
    clock.now += timedelta(minutes=15)
    qtbot.keyClick(page.form.topics, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert query(database, "SELECT visitor_id, arrived_at, started_at, ended_at FROM visits") == [
        (None, "2026-11-25 10:00:00.000000", "2026-11-25 10:12:00.000000", "2026-11-25 10:27:00.000000")]
    assert query(database, "SELECT topic FROM visit_topics ORDER BY topic") == [("housing",), ("residence",)]
    assert query(database, "SELECT count(*) FROM queue_entries") == [(1,)]


def test_new_visitor_gets_a_card_and_undo_brings_the_form_back(qtbot, page, database, printer) -> None:
    qtbot.keyClick(page, Qt.Key.Key_F7)
    code = page.form.card_code()
    assert cardcode.is_valid(code)
    qtbot.mouseClick(page.form.print_card, Qt.MouseButton.LeftButton)
    assert printer.cards == [([code], None)]
    qtbot.keyClick(page.form.topics, "3")
    page.form.language.setFocus()
    qtbot.keyClicks(page.form.language.lineEdit(), "Ukr")
    qtbot.keyClick(page.form.language.lineEdit(), Qt.Key.Key_Return)
    assert page.form.language.code() == "uk"
    qtbot.keyClick(page.form.language, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert query(database, "SELECT card_code, language FROM visitors WHERE id != 1") == [(code, "uk")]
    assert QApplication.focusWidget() is page.form.card  # the form is ready for the next person
    Keys(qtbot).press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # where the focus is
    assert query(database, "SELECT count(*) FROM visits") == [(0,)]
    assert query(database, "SELECT count(*) FROM visitors") == [(1,)]  # the new one went with the undo
    assert page.form.card_code() == code
    assert page.form.topics.selected() == ("german_course",)
    qtbot.keyClick(page.form.topics, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert query(database, "SELECT count(*) FROM visits") == [(1,)]


def test_mistyped_code_and_missing_topic_are_shown_next_to_the_field(qtbot, page, database) -> None:
    wrong = CODE[:-1] + ("2" if CODE[-1] != "2" else "3")
    scan(qtbot, page, wrong)
    assert page.form.errors["card_code"].isVisible()
    assert "typing error" in page.form.errors["card_code"].text()
    qtbot.keyClick(page, Qt.Key.Key_F6)
    page.form.language.set_code("de")
    qtbot.keyClick(page.form.topics, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.form.errors["topics"].isVisible()
    assert query(database, "SELECT count(*) FROM visits") == [(0,)]


def test_edit_and_delete_from_todays_list(qtbot, page, database, monkeypatch) -> None:
    qtbot.keyClick(page, Qt.Key.Key_F6)
    qtbot.keyClick(page.form.topics, "4")
    page.form.language.set_code("en")
    qtbot.keyClick(page.form.topics, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.today.topLevelItemCount() == 1
    page.today.setFocus()
    page.today.setCurrentItem(page.today.topLevelItem(0))
    qtbot.keyClick(page.today, Qt.Key.Key_Return)
    assert page.form.editing_visit is not None
    qtbot.keyClick(page.form.topics, "6")  # add Health
    qtbot.keyClick(page.form.topics, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert query(database, "SELECT topic FROM visit_topics ORDER BY topic") == [("health",), ("work",)]
    assert query(database, "SELECT count(*) FROM visits") == [(1,)]

    asked: list[str] = []

    def answer(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer))
    page.today.setFocus()
    page.today.setCurrentItem(page.today.topLevelItem(0))
    qtbot.keyClick(page.today, Qt.Key.Key_Delete)
    assert len(asked) == 1
    assert query(database, "SELECT count(*) FROM visits") == [(1,)]  # "No" kept it
    qtbot.keyClick(page.today, Qt.Key.Key_Delete)
    assert len(asked) == 2, asked
    assert query(database, "SELECT count(*) FROM visits") == [(0,)]
    assert page.today.topLevelItemCount() == 0
    assert page.today_empty.isVisible()


def test_referral_slip_offered_after_a_save_with_referrals(qtbot, page, database, printer) -> None:
    scan(qtbot, page, CODE)
    qtbot.keyClick(page.form.topics, "2")
    page.form.referral.setFocus()
    qtbot.keyClicks(page.form.referral, "mieter")
    qtbot.keyClick(page.form.referral, Qt.Key.Key_Return)
    assert page.form.referrals.count() == 1
    qtbot.keyClick(page.form.referral, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.notice.slip.isVisible()
    qtbot.mouseClick(page.notice.slip, Qt.MouseButton.LeftButton)
    assert printer.slips == [tuple(r for (r,) in query(database, "SELECT id FROM referrals"))]


def test_queue_survives_a_restart_and_the_conversation_resumes(qtbot, database, clock, printer) -> None:
    desk = DeskService(database, clock)
    desk.arrive("ti")
    desk.arrive("so")
    desk.call_next()
    page = DeskPage(desk, DirectoryService(database).suggest, Hub(), printer)
    qtbot.addWidget(page)
    assert page.queue.list.count() == 1
    assert page.form.entry is not None
    assert page.form.language.code() == "ti"
    show(qtbot, page)
    page.form.card.setFocus()
    qtbot.keyClick(page.form.card, Qt.Key.Key_Escape)  # back to the queue, in the old place
    assert page.queue.list.count() == 2
    assert query(database, "SELECT count(*) FROM queue_entries WHERE called_at IS NULL") == [(2,)]


def save_anonymous(qtbot, page, topic_key: str) -> None:
    qtbot.keyClick(page, Qt.Key.Key_F6)
    qtbot.keyClick(page.form.topics, topic_key)
    page.form.language.set_code("en")
    qtbot.keyClick(page.form.topics, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_undo_after_a_delete_takes_back_nothing(qtbot, page, database, monkeypatch) -> None:
    save_anonymous(qtbot, page, "1")
    save_anonymous(qtbot, page, "2")
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    page.today.setFocus()
    page.today.setCurrentItem(page.today.topLevelItem(1))  # the first visit (newest is on top)
    qtbot.keyClick(page.today, Qt.Key.Key_Delete)
    assert query(database, "SELECT count(*) FROM visits") == [(1,)]
    Keys(qtbot).press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert query(database, "SELECT count(*) FROM visits") == [(1,)]  # the other visit stays
    assert page.form.is_empty()


def test_deleting_asks_with_no_as_the_default(qtbot, page, monkeypatch) -> None:
    save_anonymous(qtbot, page, "1")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *args: asked.append(args) or QMessageBox.StandardButton.No))
    page.today.setFocus()
    page.today.setCurrentItem(page.today.topLevelItem(0))
    qtbot.keyClick(page.today, Qt.Key.Key_Delete)
    assert asked[0][-1] == QMessageBox.StandardButton.No


def test_card_code_typed_without_enter_is_checked_and_keeps_known_facts(qtbot, page, database) -> None:
    page.form.card.setFocus()
    qtbot.keyClicks(page.form.card, CODE)
    qtbot.keyClick(page.form.card, Qt.Key.Key_Tab)  # no Enter: straight on to the topics
    qtbot.keyClick(page.form.topics, "3")
    page.form.language.set_code("de")
    qtbot.keyClick(page.form.topics, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert query(database, "SELECT visitor_id FROM visits") == [(1,)]
    assert query(database, "SELECT age_band, gender, language FROM visitors WHERE id = 1") == [
        ("27-39", "female", "de")]
    fresh = cardcode.generate()  # a pre-printed card from the stack, used for the first time
    page.form.card.setFocus()
    qtbot.keyClicks(page.form.card, fresh)
    qtbot.keyClick(page.form.card, Qt.Key.Key_Tab)
    qtbot.keyClick(page.form.topics, "3")
    page.form.language.set_code("de")
    qtbot.keyClick(page.form.topics, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert query(database, f"SELECT count(*) FROM visitors WHERE card_code = '{fresh}'") == [(1,)]


def test_editing_keeps_who_saw_the_visitor(qtbot, page, database) -> None:
    page.queue.volunteer.setCurrentIndex(page.queue.volunteer.findData(1))  # Anna at the desk
    save_anonymous(qtbot, page, "1")
    page.queue.volunteer.setCurrentIndex(page.queue.volunteer.findData(2))  # Bernd takes over
    page.today.setFocus()
    page.today.setCurrentItem(page.today.topLevelItem(0))
    qtbot.keyClick(page.today, Qt.Key.Key_Return)
    qtbot.keyClick(page.form.topics, "2")
    qtbot.keyClick(page.form.topics, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert query(database, "SELECT volunteer_id FROM visit_volunteers") == [(1,)]


def test_undo_never_takes_someone_elses_place_in_the_queue(qtbot, page, database, clock) -> None:
    qtbot.keyClick(page, Qt.Key.Key_F2)
    qtbot.keyClick(page, Qt.Key.Key_F3)
    first = page.form.entry
    qtbot.keyClick(page, Qt.Key.Key_F6)
    qtbot.keyClick(page.form.topics, "1")
    page.form.language.set_code("ar")
    qtbot.keyClick(page.form.topics, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    clock.now += timedelta(minutes=1)
    qtbot.keyClick(page, Qt.Key.Key_F2)  # someone new arrives: a new number, never the old one
    Keys(qtbot).press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.form.entry == first
    qtbot.keyClick(page.form.card, Qt.Key.Key_Escape)  # both wait now, the first in their old place
    assert query(database, "SELECT arrived_at FROM queue_entries WHERE called_at IS NULL ORDER BY id") == [
        ("2026-11-25 10:00:00.000000",), ("2026-11-25 10:01:00.000000",)]


def test_a_partner_without_topics_can_still_be_chosen(qtbot, page, database) -> None:
    qtbot.keyClick(page, Qt.Key.Key_F6)
    qtbot.keyClick(page.form.topics, "7")  # benefits: the Jobcenter fits, Caritas has no topics
    page.form.referral.setFocus()
    qtbot.keyClicks(page.form.referral, "caritas")
    qtbot.keyClick(page.form.referral, Qt.Key.Key_Return)
    assert [c.organisation_id for c in page.form.referral_choices()] == [4]
