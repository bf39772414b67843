"""The visit form: card code, topics, language, facts, referrals. It collects; the page saves."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale, QStringListModel, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from welcome_point.domain import cardcode
from welcome_point.domain import vocabulary as v
from welcome_point.domain.desk import QueueEntry, ReferralChoice, VisitForm
from welcome_point.domain.errors import ValidationError
from welcome_point.domain.models import Organisation, Visitor
from welcome_point.ui.desk_widgets import KeyHandler, LanguageBox, TopicPanel
from welcome_point.ui.labels import choices, label

MAX_SUGGESTIONS = 5000  # the directory's import limit: every partner can be found
Lookup = Callable[[str], Visitor | None]
Suggest = Callable[[str, tuple[str, ...], int], Sequence[Organisation]]


class FieldError(ValidationError):
    """A refusal whose message is already translated for the form."""


class VisitFormWidget(QWidget):
    """Emits ``save_requested`` (Ctrl+Enter); ``form()`` builds the VisitForm or raises."""

    save_requested = Signal()
    clear_requested = Signal()
    new_card_requested = Signal()
    print_card_requested = Signal()
    card_sheet_requested = Signal()
    started = Signal()  # the first input into an empty form: the conversation begins

    def __init__(self, lookup: Lookup, suggest: Suggest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lookup = lookup
        self._suggest = suggest
        self._visitor: Visitor | None = None
        self._new_visitor = False
        self._organisations: dict[str, Organisation] = {}
        self.entry: QueueEntry | None = None  # the person in conversation, if they came through the queue
        self.editing_visit: int | None = None
        self.arrived_at: datetime | None = None
        self.started_at: datetime | None = None
        self._ended_at: datetime | None = None
        self._filling = False
        self._build()
        self.clear()

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("formHeading")

        self.card = QLineEdit()
        self.card.setObjectName("cardCode")
        self.card.setPlaceholderText(self.tr("Scan or type the card code, then Enter"))
        self.card.setMaxLength(20)
        self.card.setClearButtonEnabled(True)
        self.card.returnPressed.connect(self._card_entered)
        self.card.textEdited.connect(self._card_edited)
        self.anonymous = QPushButton(self.tr("Anonymous (F6)"))
        self.anonymous.clicked.connect(self.make_anonymous)
        self.new_card = QPushButton(self.tr("New visitor (F7)"))
        self.new_card.clicked.connect(self.new_card_requested)
        self.print_card = QPushButton(self.tr("Print card"))
        self.print_card.setEnabled(False)
        self.print_card.clicked.connect(self.print_card_requested)
        self.card_sheet = QPushButton(self.tr("Sheet of new cards"))
        self.card_sheet.setToolTip(self.tr(
            "Print ten new card codes on one A4 sheet, to cut and hand out. A card becomes a "
            "visitor's when its code is first entered at the desk."))
        self.card_sheet.clicked.connect(self.card_sheet_requested)
        self.card_status = QLabel()
        self.card_status.setObjectName("hint")
        self.card_status.setWordWrap(True)

        self.topics = TopicPanel()
        self.topics.changed.connect(self._topics_changed)

        self.language = LanguageBox()
        self.age_band = QComboBox()
        self.gender = QComboBox()
        for box, vocabulary in ((self.age_band, v.AGE_BANDS), (self.gender, v.GENDERS)):
            for code, text in choices(vocabulary):
                box.addItem(text, code)
        self.group_size = QSpinBox()
        self.group_size.setRange(1, 20)
        self.group_size.setAccessibleName(self.tr("Group size"))
        self.interpreter = QCheckBox(self.tr("Interpreter needed"))
        self.outcome = QComboBox()
        for code, text in choices(v.OUTCOMES):
            self.outcome.addItem(text, code)
        self._outcome_touched = False
        self.outcome.activated.connect(lambda _index: setattr(self, "_outcome_touched", True))

        self.referral = QLineEdit()
        self.referral.setObjectName("referralSearch")
        self.referral.setPlaceholderText(self.tr("Refer to… type part of a partner's name, then Enter"))
        self._suggestions = QStringListModel(self)
        self._completer = QCompleter(self._suggestions, self)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setMaxVisibleItems(8)
        self.referral.setCompleter(self._completer)
        self._completer.activated.connect(self._add_referral_named)
        self.referral.returnPressed.connect(self._referral_entered)
        self.referrals = QListWidget()
        self.referrals.setMaximumHeight(62)
        self.referrals.setToolTip(self.tr("Delete removes the selected referral"))
        KeyHandler(self.referrals, (Qt.Key.Key_Delete, Qt.Key.Key_Backspace), self._remove_referral)

        self.save = QPushButton(self.tr("Save visit (Ctrl+Enter)"))
        self.save.setObjectName("primary")
        self.save.clicked.connect(self.save_requested)
        self.clear_button = QPushButton(self.tr("Clear (Esc)"))
        self.clear_button.clicked.connect(self.clear_requested)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save_requested.emit,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Esc"), self, self.clear_requested.emit,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self.errors = {name: self._error_label() for name in (
            "card_code", "topics", "language", "age_band", "gender", "group_size", "outcome",
            "referrals", "time", "follow_up_on", "volunteers", "queue", "form")}

        card_row = QHBoxLayout()
        card_row.addWidget(self.card, 1)
        card_row.addWidget(self.anonymous)
        card_row.addWidget(self.new_card)
        card_row.addWidget(self.print_card)
        card_row.addWidget(self.card_sheet)

        # Two rows of three: wide enough for long labels in every language at 1366 pixels.
        facts = QGridLayout()
        facts.setHorizontalSpacing(12)
        facts.setVerticalSpacing(2)
        pairs = ((self.tr("Language"), self.language, "language"),
                 (self.tr("Age"), self.age_band, "age_band"),
                 (self.tr("Gender"), self.gender, "gender"),
                 (self.tr("Group size"), self.group_size, "group_size"),
                 (self.tr("Outcome"), self.outcome, "outcome"))
        for index, (caption, widget, name) in enumerate(pairs):
            row, column = divmod(index, 3)
            title = QLabel(caption)
            title.setBuddy(widget)
            facts.addWidget(title, row * 3, column)
            facts.addWidget(widget, row * 3 + 1, column)
            facts.addWidget(self.errors[name], row * 3 + 2, column)
        facts.addWidget(self.interpreter, 4, 2)
        for column in range(3):
            facts.setColumnStretch(column, 1)

        referral_form = QFormLayout()
        referral_label = QLabel(self.tr("Referral"))
        referral_label.setBuddy(self.referral)
        referral_form.addRow(referral_label, self.referral)
        referral_form.addRow("", self.referrals)
        referral_form.addRow("", self.errors["referrals"])

        buttons = QHBoxLayout()
        buttons.addWidget(self.errors["form"], 1)
        buttons.addWidget(self.errors["time"], 1)
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addLayout(card_row)
        layout.addWidget(self.card_status)
        layout.addWidget(self.errors["card_code"])
        topics_title = QLabel(self.tr(
            "Topics: keys 1–9 and 0, Alt+underlined letter, or arrow keys and Space"))
        topics_title.setBuddy(self.topics)
        layout.addWidget(topics_title)
        layout.addWidget(self.topics)
        layout.addWidget(self.errors["topics"])
        layout.addLayout(facts)
        layout.addLayout(referral_form)
        layout.addLayout(buttons)

        # The quick path: card code, topics, referral, then the rest.
        QWidget.setTabOrder(self.card, self.topics)
        QWidget.setTabOrder(self.topics, self.referral)
        QWidget.setTabOrder(self.referral, self.referrals)
        QWidget.setTabOrder(self.referrals, self.language)
        for box in (self.language, self.age_band, self.gender, self.outcome):
            box.currentIndexChanged.connect(self._touched)
        self.group_size.valueChanged.connect(self._touched)
        self.interpreter.toggled.connect(self._touched)

    def _error_label(self) -> QLabel:
        error = QLabel()
        error.setObjectName("fieldError")
        error.setWordWrap(True)
        error.setVisible(False)
        return error

    # -- state ------------------------------------------------------------------------------

    def clear(self) -> None:
        """An empty form for the next person; the defaults are the common case."""
        self._filling = True
        self.entry = None
        self.editing_visit = None
        self.arrived_at = self.started_at = self._ended_at = None
        self._saved_volunteers: tuple[int, ...] = ()
        self._visitor = None
        self._new_visitor = False
        self.card.setText("")  # setText, not clear(): it also empties the field's own undo history
        self.card.setEnabled(True)
        self.card_status.setText(self.tr("No card? Press F6 for an anonymous visit or F7 for a new card."))
        self.print_card.setEnabled(False)
        self.topics.set_selected(())
        self.language.set_code(None)
        self.age_band.setCurrentIndex(self.age_band.findData("not_stated"))
        self.gender.setCurrentIndex(self.gender.findData("not_stated"))
        self.group_size.setValue(1)
        self.interpreter.setChecked(False)
        self.outcome.setCurrentIndex(self.outcome.findData("advised"))
        self._outcome_touched = False
        self.referral.setText("")
        self.referrals.clear()
        self.clear_errors()
        self._filling = False
        self._update_heading()
        self.refresh_suggestions()

    def is_empty(self) -> bool:
        return (self.entry is None and self.editing_visit is None and self.arrived_at is None
                and not self.card.text() and not self.topics.selected() and not self.referrals.count())

    def has_input(self) -> bool:
        """Anything typed or chosen that a close would lose (the queue entry itself is kept)."""
        return bool(self.topics.selected() or self.referrals.count() or self.card_code()
                    or self.editing_visit is not None)

    def take_entry(self, entry: QueueEntry) -> None:
        """Start the conversation with a person from the queue."""
        self.clear()
        self.entry = entry
        self.arrived_at = entry.arrived_at
        self.started_at = entry.called_at
        if entry.language:
            self.language.set_code(entry.language)
        if entry.card_code:
            self.card.setText(entry.card_code)
            self._card_entered()
        self._update_heading()

    def load(self, visit_id: int, form: VisitForm, visitor: Visitor | None,
             names: dict[int, str] | None = None) -> None:
        """Show a saved visit for editing; ``names`` are the referred organisations' names."""
        self.clear()
        self._filling = True
        self.editing_visit = visit_id
        self.arrived_at, self.started_at = form.arrived_at, form.started_at
        self._ended_at = form.ended_at
        self._saved_volunteers = form.volunteer_ids  # an edit does not change who saw the visitor
        self._visitor = visitor
        if form.card_code:
            self.card.setText(form.card_code)
            self.card_status.setText(self.tr("Returning visitor."))
        else:
            self.card_status.setText(self.tr("Anonymous visit."))
        self.card.setEnabled(False)  # the visitor of a saved visit is not changed here
        self._fill(form, names or {})
        self._filling = False
        self._update_heading()

    def restore(self, form: VisitForm, entry: QueueEntry | None) -> None:
        """Put a form back (after Undo): everything as it was before saving."""
        self.clear()
        self._filling = True
        self.entry = entry
        self.arrived_at, self.started_at = form.arrived_at, form.started_at
        if form.card_code:
            self.card.setText(form.card_code)
            self._new_visitor = form.new_visitor
            self.print_card.setEnabled(True)
        self._fill(form, {})
        self._filling = False
        self._update_heading()

    def _fill(self, form: VisitForm, names: dict[int, str]) -> None:
        self.topics.set_selected(form.topics)
        self.language.set_code(form.language)
        self.age_band.setCurrentIndex(self.age_band.findData(form.age_band))
        self.gender.setCurrentIndex(self.gender.findData(form.gender))
        self.group_size.setValue(form.group_size)
        self.interpreter.setChecked(form.interpreter_needed)
        self.outcome.setCurrentIndex(self.outcome.findData(form.outcome))
        self._outcome_touched = True
        self.refresh_suggestions()
        for choice in form.referrals:
            name = names.get(choice.organisation_id) or next(
                (o.name for o in self._organisations.values() if o.id == choice.organisation_id),
                f"#{choice.organisation_id}")
            self._add_referral_item(choice, name)

    def _update_heading(self) -> None:
        if self.editing_visit is not None and self.arrived_at is not None:
            text = self.tr("Editing the visit of %1").replace("%1", clock_text(self.arrived_at))
        elif self.entry is not None:
            text = self.tr("In conversation: arrived %1, called %2").replace(
                "%1", clock_text(self.entry.arrived_at)).replace("%2", clock_text(self.entry.called_at))
        elif self.arrived_at is not None:
            text = self.tr("Walk-in visit since %1").replace("%1", clock_text(self.arrived_at))
        else:
            text = self.tr("New visit")
        self.heading.setText(text)

    def _touched(self, *_args: object) -> None:
        if not self._filling and self.arrived_at is None and self.editing_visit is None:
            self.started.emit()

    def begin(self, now: datetime) -> None:
        """A walk-in without the queue: arrival and start are the first input."""
        self.arrived_at = self.started_at = now
        self._update_heading()

    # -- card code --------------------------------------------------------------------------

    def _card_edited(self, _text: str) -> None:
        self._visitor = None
        self._new_visitor = False
        self.print_card.setEnabled(False)
        self.errors["card_code"].setVisible(False)
        self._touched()

    def _card_entered(self) -> None:
        if not self.card.text().strip():
            self.topics.setFocus()
            return
        problem = self.check_card()
        if problem is not None:
            self.show_error("card_code", problem)
            self.card.selectAll()
            return
        self.topics.setFocus()

    def check_card(self) -> str | None:
        """Look the typed code up (as Enter does); the problem as a sentence, or None when fine.

        Also run on saving, so that a code typed without Enter is never saved unchecked."""
        try:
            code = cardcode.normalise(self.card.text().strip())
            visitor = self._lookup(code)
        except cardcode.CardCodeError as exc:
            return card_problem(exc.problem)
        except ValidationError:
            return self.tr("The card code could not be checked. Please try again.")
        self.card.setText(code)
        self.errors["card_code"].setVisible(False)
        self.print_card.setEnabled(True)
        if visitor is None:
            # A card from the stack of pre-printed ones: its first use creates the visitor.
            self._new_visitor = True
            self.card_status.setText(self.tr("New card: this visitor is recorded for the first time."))
        else:
            self._visitor = visitor
            self._new_visitor = False
            self._filling = True
            # What the volunteer has already chosen stays; only what is still open is filled in.
            for box, known in ((self.age_band, visitor.age_band), (self.gender, visitor.gender)):
                if box.currentData() == "not_stated":
                    box.setCurrentIndex(box.findData(known))
            if visitor.language and not self.language.code():
                self.language.set_code(visitor.language)
            self._filling = False
            self.card_status.setText(self.tr("Returning visitor: age, gender and language filled in."))
        self._touched()
        return None

    def set_new_card(self, code: str) -> None:
        self.card.setText(code)
        self._visitor = None
        self._new_visitor = True
        self.print_card.setEnabled(True)
        self.errors["card_code"].setVisible(False)
        self.card_status.setText(self.tr("New card issued: give the visitor the printed card."))
        self._touched()
        self.topics.setFocus()

    def make_anonymous(self) -> None:
        self.card.clear()
        self._visitor = None
        self._new_visitor = False
        self.print_card.setEnabled(False)
        self.errors["card_code"].setVisible(False)
        self.card_status.setText(self.tr("Anonymous visit: nothing is linked to a card."))
        self._touched()
        self.topics.setFocus()

    def card_code(self) -> str | None:
        return self.card.text().strip() or None

    # -- referrals --------------------------------------------------------------------------

    def _topics_changed(self) -> None:
        self.errors["topics"].setVisible(False)
        self._touched()
        self.refresh_suggestions()

    def refresh_suggestions(self) -> None:
        """Partners for the type-ahead: those covering the chosen topics first (the directory
        ranks them), the others after, so a partner without topics can still be chosen."""
        organisations = list(self._suggest("", self.topics.selected(), MAX_SUGGESTIONS))
        names = Counter(o.name for o in organisations)
        self._organisations = {}
        for organisation in organisations:
            # Two branches of one name are told apart by their address.
            shown = organisation.name if names[organisation.name] == 1 or not organisation.address else \
                f"{organisation.name} – {organisation.address}"
            self._organisations.setdefault(shown, organisation)
        self._suggestions.setStringList(list(self._organisations))

    def _referral_entered(self) -> None:
        text = self.referral.text().strip()
        if not text:  # Enter after choosing from the list: nothing more to do
            return
        if text in self._organisations:
            self._add_referral_named(text)
            return
        folded = text.casefold()
        matches = [name for name in self._organisations if folded in name.casefold()]
        if matches:
            self._add_referral_named(matches[0])
        else:
            self.show_error("referrals", self.tr("No partner organisation matches “%1”.").replace("%1", text))

    def _add_referral_named(self, name: str) -> None:
        organisation = self._organisations.get(name)
        if organisation is None or organisation.id is None:
            return
        chosen = self.topics.selected()
        covered = [t for t in chosen if t in organisation.topics]
        topic = (covered or list(chosen) or list(organisation.topics) or ["other"])[0]
        self._add_referral_item(ReferralChoice(organisation.id, topic), organisation.name)
        # Clear after the completer has finished with the line edit.
        self.referral.clear()
        self.errors["referrals"].setVisible(False)
        if not self._outcome_touched:
            self.outcome.setCurrentIndex(self.outcome.findData("referred"))

    def _add_referral_item(self, choice: ReferralChoice, name: str) -> None:
        for row in range(self.referrals.count()):
            if self.referrals.item(row).data(Qt.ItemDataRole.UserRole) == choice:
                return
        item = QListWidgetItem(f"{name} · {label(v.TOPICS, choice.topic)}")
        item.setData(Qt.ItemDataRole.UserRole, choice)
        self.referrals.addItem(item)

    def _remove_referral(self) -> None:
        row = self.referrals.currentRow()
        if row >= 0:
            self.referrals.takeItem(row)

    def referral_choices(self) -> tuple[ReferralChoice, ...]:
        return tuple(self.referrals.item(row).data(Qt.ItemDataRole.UserRole)
                     for row in range(self.referrals.count()))

    # -- result -----------------------------------------------------------------------------

    def form(self, now: datetime, volunteer_ids: tuple[int, ...]) -> VisitForm:
        """The visit as entered. Raises ValidationError with the field to mark."""
        self.clear_errors()
        unchecked = self._visitor is None and not self._new_visitor
        if self.card_code() and self.editing_visit is None and unchecked:
            problem = self.check_card()
            if problem is not None:
                raise FieldError(problem, "card_code")
        language = self.language.code()
        if language is None or language == "":
            raise FieldError(self.field_message("language"), "language")
        arrived = self.arrived_at or now
        started = self.started_at or arrived
        ended = self._ended_at if self.editing_visit is not None else now
        return VisitForm(
            language=language, topics=self.topics.selected(), arrived_at=arrived, started_at=started,
            ended_at=max(ended, started) if ended is not None else None,
            card_code=self.card_code(), new_visitor=self._new_visitor and self.card_code() is not None,
            age_band=str(self.age_band.currentData()), gender=str(self.gender.currentData()),
            group_size=self.group_size.value(), interpreter_needed=self.interpreter.isChecked(),
            outcome=str(self.outcome.currentData()), referrals=self.referral_choices(),
            volunteer_ids=self._saved_volunteers if self.editing_visit is not None else volunteer_ids,
            queue_entry_id=None if self.entry is None else self.entry.id)

    def field_message(self, field: str | None) -> str:
        """What to tell the volunteer about a refused field, in the window's language."""
        texts = {
            "topics": self.tr("Choose at least one topic."),
            "language": self.tr("Choose the language of the conversation from the list."),
            "group_size": self.tr("The group size must be between 1 and 20."),
            "time": self.tr("A time lies in the future or before 2015, or the conversation ends before it "
                            "starts. Please check the computer's clock."),
            "referrals": self.tr("A referral names a partner that is not (or no longer) in the directory. "
                                 "Remove it and choose another."),
            "follow_up_on": self.tr("The follow-up date lies before the visit."),
            "age_band": self.tr("Choose a value from the list."),
            "gender": self.tr("Choose a value from the list."),
            "outcome": self.tr("Choose a value from the list."),
            "volunteers": self.tr("The volunteer at the desk is not known; please choose again."),
            "card_code": self.tr("This card code was not issued here. Check it, or use “New visitor”."),
            "queue": self.tr("This person is no longer waiting."),
        }
        return texts.get(field or "", self.tr("The visit could not be saved; nothing was changed."))

    def clear_errors(self) -> None:
        for error in self.errors.values():
            error.setVisible(False)

    def show_error(self, field: str | None, message: str) -> None:
        target = self.errors.get(field or "form", self.errors["form"])
        target.setText(message)
        target.setVisible(True)
        focus = {"card_code": self.card, "topics": self.topics, "language": self.language,
                 "referrals": self.referral, "group_size": self.group_size}.get(field or "")
        if focus is not None:
            focus.setFocus()


def card_problem(problem: cardcode.CardCodeProblem) -> str:
    texts = {
        cardcode.CardCodeProblem.EMPTY: QCoreApplication.translate("CardCode", "Type or scan a card code."),
        cardcode.CardCodeProblem.LENGTH: QCoreApplication.translate(
            "CardCode", "A card code has 10 characters (like K7MXP-Q4TAC): a character is missing or extra."),
        cardcode.CardCodeProblem.CHARACTERS: QCoreApplication.translate(
            "CardCode", "This is not a card code: cards use only the letters and digits printed on them "
            "(no 0, O, 1, I or L)."),
        cardcode.CardCodeProblem.CHECK: QCoreApplication.translate(
            "CardCode",
            "The code does not add up: probably a typing error. Please compare it with the card."),
    }
    return texts[problem]


def clock_text(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
