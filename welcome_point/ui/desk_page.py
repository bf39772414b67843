"""The Desk page: the queue on one side, the visit form and today's visits on the other."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QLocale, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from welcome_point.domain import vocabulary as v
from welcome_point.domain.errors import ValidationError, WelcomePointError
from welcome_point.ui.desk_widgets import KeyHandler, LanguageBox
from welcome_point.ui.errors import describe
from welcome_point.ui.labels import label, language_label
from welcome_point.ui.visit_form import FieldError, Suggest, VisitFormWidget, card_problem, clock_text

if TYPE_CHECKING:
    from welcome_point.domain.desk import QueueEntry, SavedVisit, VisitSummary
    from welcome_point.services.desk import DeskService
    from welcome_point.ui.hub import Hub

UNDO_SECONDS = 10
CARDS_PER_SHEET = 10
# Questions before a deletion answer No on Enter: a slip of the finger deletes nothing.
_YES_NO = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No


class Printer(Protocol):
    """Writes a printout and opens it for printing (ui/printing.py)."""

    def visitor_cards(self, codes: list[str], language: str | None) -> None: ...
    def referral_slips(self, referral_ids: tuple[int, ...]) -> None: ...


class QueuePanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queuePanel")
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.language = LanguageBox(optional=True)
        self.language.setAccessibleName(self.tr("Language needed"))
        self.card = QLineEdit()
        self.card.setPlaceholderText(self.tr("Card code (optional)"))
        self.card.setMaxLength(20)
        self.arrival = QPushButton(self.tr("Arrival (F2)"))
        self.arrival.setObjectName("primary")
        self.list = QListWidget()
        self.list.setObjectName("queue")
        self.list.setAccessibleName(self.tr("Waiting"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(2)
        self.empty = QLabel(self.tr("Nobody is waiting. Press F2 when someone arrives."))
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        self.next = QPushButton(self.tr("Next (F3)"))
        self.left = QPushButton(self.tr("Left without visit"))
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.volunteer = QComboBox()
        self.volunteer.setAccessibleName(self.tr("At the desk"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        arrival_hint = QLabel(self.tr("Language needed:"))
        arrival_hint.setBuddy(self.language)
        layout.addWidget(arrival_hint)
        layout.addWidget(self.language)
        layout.addWidget(self.card)
        layout.addWidget(self.arrival)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.next)
        layout.addWidget(self.left)
        layout.addWidget(self.message)
        layout.addWidget(QLabel(self.tr("At the desk:")))
        layout.addWidget(self.volunteer)

    def show_entries(self, entries: list[QueueEntry], now: datetime) -> None:
        selected = self.selected_id()
        self.list.clear()
        for entry in entries:
            minutes = int(entry.waiting(now).total_seconds() // 60)
            language = language_label(entry.language) if entry.language else self.tr("language not known")
            first = self.tr("%1 · waiting %2 min").replace("%1", clock_text(entry.arrived_at)).replace(
                "%2", QLocale().toString(minutes))
            if entry.card_code:
                first += " · " + self.tr("card")
            # Two short lines: a narrow panel shows them whole, and the language name in its own
            # script does not get mixed into the sentence.
            text = f"{first}\n{language}"
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            if entry.id == selected:
                self.list.setCurrentItem(item)
        self.title.setText(self.tr("Queue: %1 waiting").replace("%1", QLocale().toString(len(entries))))
        self.empty.setVisible(not entries)
        self.list.setVisible(bool(entries))
        self.next.setEnabled(bool(entries))
        self.left.setEnabled(bool(entries))

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None or not item.isSelected() else int(item.data(Qt.ItemDataRole.UserRole))

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))


class UndoKeys(QObject):
    """Ctrl+Z in a text field of the desk undoes the save while the notice offers it."""

    def __init__(self, page: DeskPage) -> None:
        super().__init__(page)
        self._page = page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
                and isinstance(event, QKeyEvent) and event.matches(QKeySequence.StandardKey.Undo)
                and self._page.notice.isVisible() and self._page.notice.offers_undo):
            if event.type() == QEvent.Type.KeyPress:
                self._page.undo()
            event.accept()
            return True
        return False


class Notice(QFrame):
    """"Saved" with Undo (and Print slip) for a few seconds."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.text = QLabel()
        self.undo = QPushButton(self.tr("&Undo (Ctrl+Z)"))
        self.slip = QPushButton(self.tr("Print referral slip"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.slip)
        layout.addWidget(self.undo)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.hide)
        self.offers_undo = False
        self.setVisible(False)

    def show_for(self, text: str, *, undo: bool, slip: bool, seconds: int = UNDO_SECONDS) -> None:
        self.offers_undo = undo
        self.text.setText(text)
        self.undo.setVisible(undo)
        self.slip.setVisible(slip)
        self.setVisible(True)
        self.timer.start(seconds * 1000)


class DeskPage(QWidget):
    def __init__(self, desk: DeskService, suggest: Suggest, hub: Hub, printer: Printer | None = None,
                 parent: QWidget | None = None, *, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self._settings = settings  # remembers who is at the desk (per laptop, not per database)
        self._desk = desk
        self._hub = hub
        self._printer = printer
        self._last: SavedVisit | None = None

        self.queue = QueuePanel()
        self.queue.setMaximumWidth(340)
        self.queue.setMinimumWidth(250)
        self.notice = Notice()
        self.form = VisitFormWidget(desk.lookup, suggest)
        self.today_title = QLabel()
        self.today_title.setObjectName("sectionTitle")
        self.today = QTreeWidget()
        self.today.setObjectName("today")
        self.today.setRootIsDecorated(False)
        self.today.setUniformRowHeights(True)
        self.today.setAlternatingRowColors(True)
        self.today.setHeaderLabels([self.tr("Arrived"), self.tr("Waited"), self.tr("Duration"),
                                    self.tr("Language"), self.tr("Topics"), self.tr("Referrals"),
                                    self.tr("Outcome")])
        header = self.today.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.today_empty = QLabel(self.tr("No visits yet today. Saved visits appear here; Enter edits "
                                          "the selected one, Delete removes it."))
        self.today_empty.setObjectName("hint")
        self.today_empty.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("Edit (Enter)"))
        self.delete_button = QPushButton(self.tr("Delete…"))

        form_box = QWidget()
        form_layout = QVBoxLayout(form_box)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addWidget(self.notice)
        form_layout.addWidget(self.form)
        today_box = QWidget()
        today_layout = QVBoxLayout(today_box)
        today_layout.setContentsMargins(0, 0, 0, 0)
        title_row = QHBoxLayout()
        title_row.addWidget(self.today_title, 1)
        title_row.addWidget(self.edit_button)
        title_row.addWidget(self.delete_button)
        today_layout.addLayout(title_row)
        today_layout.addWidget(self.today, 1)
        today_layout.addWidget(self.today_empty)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(form_box)
        splitter.addWidget(today_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.queue)
        layout.addWidget(splitter, 1)

        self._connect()
        self._tick = QTimer(self)
        self._tick.timeout.connect(self.refresh_queue)
        self._tick.start(30_000)
        self._load_volunteers()
        self.refresh()
        self._resume_conversation()
        self.form.card.setFocus()

    def _connect(self) -> None:
        q = self.queue
        q.arrival.clicked.connect(self.register_arrival)
        q.card.returnPressed.connect(self.register_arrival)
        q.next.clicked.connect(self.call_next)
        q.left.clicked.connect(self.remove_from_queue)
        q.list.itemActivated.connect(lambda _item: self.call_next())
        # Page-wide keys: they work wherever the focus is on the page.
        for key, slot in (("F2", self.register_arrival), ("F3", self.call_next), ("Ctrl+Z", self.undo),
                          ("F6", self.form.make_anonymous), ("F7", self.new_card)):
            QShortcut(QKeySequence(key), self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.form.save_requested.connect(self.save)
        self.form.clear_requested.connect(self.clear_form)
        self.form.new_card_requested.connect(self.new_card)
        self.form.print_card_requested.connect(self.print_card)
        self.form.card_sheet_requested.connect(self.print_card_sheet)
        self.form.started.connect(lambda: self.form.begin(self._desk.now()))
        self.notice.undo.clicked.connect(self.undo)
        self.notice.slip.clicked.connect(self.print_slips)
        self.today.itemActivated.connect(lambda _item, _column: self.edit_selected())
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        KeyHandler(self.today, (Qt.Key.Key_Delete,), self.delete_selected)
        KeyHandler(self.queue.list, (Qt.Key.Key_Delete,), self.remove_from_queue)
        self._hub.organisations_changed.connect(self.form.refresh_suggestions)
        # Text fields keep their own Ctrl+Z; while "Visit saved" offers Undo, it is the visit's.
        self._undo_keys = UndoKeys(self)
        for field in self.findChildren(QLineEdit):
            field.installEventFilter(self._undo_keys)
        self._hub.visits_changed.connect(self.refresh_today)

    # -- queue ------------------------------------------------------------------------------

    def register_arrival(self) -> None:
        code = self.queue.card.text().strip() or None
        language = self.queue.language.code()
        if language == "":
            self.queue.say(self.tr("Choose a language from the list, or leave the field empty."))
            return
        try:
            self._desk.arrive(language, code)
        except ValidationError as exc:
            problem = getattr(exc, "problem", None)
            self.queue.say(card_problem(problem) if problem is not None
                           else self.form.field_message(exc.field))
            return
        except WelcomePointError as exc:
            self._error(exc)
            return
        self.queue.say("")
        self.queue.card.clear()
        self.queue.language.set_code(None)
        self.refresh_queue()

    def call_next(self) -> None:
        if not self.form.is_empty():
            self.queue.say(self.tr("Save or clear the current visit first (Ctrl+Enter or Esc)."))
            return
        try:
            entry = self._desk.call_next(self.queue.selected_id())
        except ValidationError as exc:
            self.queue.say(self.form.field_message(exc.field))
            self.refresh_queue()
            return
        except WelcomePointError as exc:
            self._error(exc)
            return
        self.queue.say("")
        if entry is not None:
            self.form.take_entry(entry)
            if not entry.card_code:
                self.form.card.setFocus()
        self.refresh_queue()

    def remove_from_queue(self) -> None:
        entry_id = self.queue.selected_id()
        if entry_id is None:
            self.queue.say(self.tr("Select the person who left in the list first."))
            return
        answer = QMessageBox.question(self, self.tr("Queue"),
                                      self.tr("Remove the selected person from the queue?"),
                                      _YES_NO, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._desk.leave_queue(entry_id)
        except WelcomePointError as exc:
            self._error(exc)
        self.refresh_queue()

    def refresh_queue(self) -> None:
        try:
            entries = self._desk.queue()
        except WelcomePointError as exc:
            self.queue.say(describe(exc))
            return
        self.queue.show_entries(entries, self._desk.now())

    def _resume_conversation(self) -> None:
        """After a restart, the person who was in conversation is back in the form."""
        try:
            talking = self._desk.in_conversation()
        except WelcomePointError:
            return
        if talking:
            self.form.take_entry(talking[0])

    def _load_volunteers(self) -> None:
        box = self.queue.volunteer
        box.clear()
        box.addItem(self.tr("(not recorded)"), None)
        try:
            for volunteer_id, name in self._desk.volunteers():
                box.addItem(name, volunteer_id)
        except WelcomePointError:
            pass
        if self._settings is not None:
            box.setCurrentIndex(max(0, box.findData(self._settings.value("desk/volunteer"))))
            box.currentIndexChanged.connect(self._remember_volunteer)

    def _remember_volunteer(self) -> None:
        if self._settings is not None:
            self._settings.setValue("desk/volunteer", self.queue.volunteer.currentData())

    def _volunteer_ids(self) -> tuple[int, ...]:
        data = self.queue.volunteer.currentData()
        return () if data is None else (int(data),)

    # -- the visit --------------------------------------------------------------------------

    def save(self) -> None:
        editing = self.form.editing_visit
        try:
            form = self.form.form(self._desk.now(), self._volunteer_ids())
            if editing is not None:
                self._desk.update_visit(editing, form)
                saved = None
            else:
                saved = self._desk.save_visit(form)
        except FieldError as exc:
            self.form.show_error(exc.field, str(exc))
            return
        except ValidationError as exc:
            problem = getattr(exc, "problem", None)
            field = exc.field or ("card_code" if problem else None)
            self.form.show_error(field, card_problem(problem) if problem is not None
                                 else self.form.field_message(field))
            return
        except WelcomePointError as exc:
            self._error(exc)  # the form keeps everything: nothing is lost
            return
        self._last = saved
        self.form.clear()
        self.form.card.setFocus()
        if saved is None:
            self.notice.show_for(self.tr("Changes saved."), undo=False, slip=False)
        else:
            self.notice.show_for(self.tr("Visit saved."), undo=True, slip=bool(saved.referral_ids))
        self._changed(referrals=True)

    def undo(self) -> None:
        saved = self._last
        # Only the save the visible notice offers to take back (not one before a later delete).
        if saved is None or not self.notice.isVisible() or not self.notice.offers_undo:
            return
        if not self.form.is_empty():
            self.notice.show_for(self.tr("Clear the form first (Esc), then undo."), undo=True, slip=False)
            return
        try:
            self._desk.undo(saved)
        except WelcomePointError as exc:
            self._error(exc)
            return
        self._last = None
        self.form.restore(saved.form, saved.queue_entry)
        self.notice.show_for(self.tr("Undone: the visit is back in the form."), undo=False, slip=False,
                             seconds=5)
        self._changed(referrals=True)

    def clear_form(self) -> None:
        """Esc: the person in conversation goes back to the queue, in their place; nothing is lost."""
        entry = self.form.entry
        if entry is not None and entry.id is not None and self.form.editing_visit is None:
            try:
                self._desk.back_to_queue(entry.id)
            except WelcomePointError as exc:
                self._error(exc)
                return
        self.form.clear()
        self.form.card.setFocus()
        self.refresh_queue()

    def new_card(self) -> None:
        try:
            code = self._desk.new_card_code()
        except WelcomePointError as exc:
            self._error(exc)
            return
        self.form.set_new_card(code)

    def print_card(self) -> None:
        code = self.form.card_code()
        if code and self._printer is not None:
            self._printer.visitor_cards([code], self.form.language.code() or None)

    def print_card_sheet(self) -> None:
        """A sheet of cards for the stack at the desk: codes no visitor has yet."""
        if self._printer is None:
            return
        codes: list[str] = []
        try:
            while len(codes) < CARDS_PER_SHEET:
                code = self._desk.new_card_code()
                if code not in codes:
                    codes.append(code)
        except WelcomePointError as exc:
            self._error(exc)
            return
        self._printer.visitor_cards(codes, None)

    def print_slips(self) -> None:
        saved = self._last
        if saved is not None and saved.referral_ids and self._printer is not None:
            self._printer.referral_slips(saved.referral_ids)

    # -- today's list -----------------------------------------------------------------------

    def refresh(self) -> None:
        self.refresh_queue()
        self.refresh_today()

    def refresh_today(self) -> None:
        try:
            visits = self._desk.todays_visits()
        except WelcomePointError as exc:
            self.today_title.setText(describe(exc))
            return
        self.today.clear()
        for visit in visits:
            self.today.addTopLevelItem(self._today_item(visit))
        self.today_title.setText(self.tr("Today's visits: %1").replace("%1", QLocale().toString(len(visits))))
        self.today_empty.setVisible(not visits)
        self.edit_button.setEnabled(bool(visits))
        self.delete_button.setEnabled(bool(visits))

    def _today_item(self, visit: VisitSummary) -> QTreeWidgetItem:
        def minutes(span: timedelta | None) -> str:
            if span is None:
                return "–"
            return self.tr("%1 min").replace("%1", QLocale().toString(int(span.total_seconds() // 60)))

        item = QTreeWidgetItem([
            clock_text(visit.arrived_at), minutes(visit.waiting_time), minutes(visit.duration),
            language_label(visit.language), ", ".join(label(v.TOPICS, t) for t in visit.topics),
            ", ".join(visit.referral_names), label(v.OUTCOMES, visit.outcome)])
        item.setData(0, Qt.ItemDataRole.UserRole, visit.id)
        return item

    def _selected_visit(self) -> int | None:
        item = self.today.currentItem()
        return None if item is None else int(item.data(0, Qt.ItemDataRole.UserRole))

    def edit_selected(self) -> None:
        visit_id = self._selected_visit()
        if visit_id is None:
            return
        if not self.form.is_empty():
            self.notice.show_for(self.tr("Save or clear the current visit first (Ctrl+Enter or Esc)."),
                                 undo=False, slip=False)
            return
        try:
            form = self._desk.visit_form(visit_id)
            visitor = self._desk.lookup(form.card_code) if form.card_code else None
            names = self._desk.organisation_names({r.organisation_id for r in form.referrals})
        except WelcomePointError as exc:
            self._error(exc)
            return
        self.form.load(visit_id, form, visitor, names)
        self.form.topics.setFocus()

    def delete_selected(self) -> None:
        visit_id = self._selected_visit()
        if visit_id is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete visit"),
            self.tr("Delete the selected visit with its topics and referrals? This cannot be undone."),
            _YES_NO, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._desk.delete_visit(visit_id)
        except WelcomePointError as exc:
            self._error(exc)
            return
        if self.form.editing_visit == visit_id:
            self.form.clear()
        self.notice.show_for(self.tr("Visit deleted."), undo=False, slip=False, seconds=5)
        self._changed(referrals=True)

    def _changed(self, *, referrals: bool) -> None:
        self.refresh_queue()
        self._hub.visits_changed.emit()
        if referrals:
            self._hub.referrals_changed.emit()

    def _error(self, exc: Exception) -> None:
        QMessageBox.critical(self, self.tr("Desk"), describe(exc))
