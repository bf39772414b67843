"""The form of one volunteer, and the question before one leaves: both collect and check; the caller saves.

Contact data needs a consent date (GDPR): the form says so next to the consent field before
the domain dataclass would refuse it. A message appears under the field at fault and the
dialog stays open.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from itertools import pairwise

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from welcome_point.domain import directory_csv as dc
from welcome_point.domain import vocabulary as v
from welcome_point.domain.errors import ValidationError
from welcome_point.domain.models import Volunteer, VolunteerLanguage
from welcome_point.ui.desk_widgets import LanguageBox
from welcome_point.ui.labels import choices, language_label
from welcome_point.ui.organisation_dialog import problem_text

NAME_LIMIT, PHONE_LIMIT, EMAIL_LIMIT = 120, 40, 200  # as domain.models.Volunteer checks them


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(edit: QDateEdit) -> date:
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), chosen.day())


def date_edit(accessible_name: str, day: date) -> QDateEdit:
    """A date field with a calendar, in the locale's short format but with a four-digit year."""
    edit = QDateEdit(_qdate(day))
    edit.setCalendarPopup(True)
    edit.setMinimumDate(QDate(1950, 1, 1))
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")  # "24.11.26" reads ambiguously
    edit.setDisplayFormat(pattern)
    edit.setAccessibleName(accessible_name)
    return edit


def _error_label() -> QLabel:
    error = QLabel()
    error.setObjectName("fieldError")
    error.setWordWrap(True)
    error.setStyleSheet("color: #b00020;")
    error.setVisible(False)
    return error


class _Group(QWidget):
    """Widgets under one caption: the caption's Alt+letter focuses ``first()``.

    Not a focus proxy: a proxy makes the group itself a Tab stop, at its own place in the chain.
    """

    def __init__(self, first: Callable[[], QWidget]) -> None:
        super().__init__()
        self._first = first
        # Click focus: a caption's Alt+letter skips a buddy without any, and Tab skips this one.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._first().setFocus(event.reason())


class OptionalDate(_Group):
    """A date that may be missing: a check box ("given on") that enables the date beside it."""

    def __init__(self, text: str, accessible_name: str, day: date | None, default: date) -> None:
        super().__init__(lambda: self.check)
        self.check = QCheckBox(text)
        self.edit = date_edit(accessible_name, day or default)
        self.check.setChecked(day is not None)
        self.edit.setEnabled(day is not None)
        self.check.toggled.connect(self.edit.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.edit)
        row.addStretch(1)

    def value(self) -> date | None:
        return _day(self.edit) if self.check.isChecked() else None


class LanguageRow(QWidget):
    """One language the volunteer speaks: type-ahead name, level, and a button to remove the row."""

    def __init__(self, code: str | None, level: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = LanguageBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.set_code(code)
        self.level = QComboBox()
        self.level.setAccessibleName(self.tr("Level"))
        for level_code, text in choices(v.LANGUAGE_LEVELS):
            self.level.addItem(text, level_code)
        self.level.setCurrentIndex(max(0, self.level.findData(level)))
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setToolTip(self.tr("Remove this language"))
        self.remove.setAutoDefault(False)  # Enter in the row saves the form, never removes
        self.language.installEventFilter(self)  # the combo box has the focus and gets the keys
        editor = self.language.lineEdit()
        assert editor is not None  # a LanguageBox is editable
        # With the list of matches open, Enter goes through the completer to the editor instead.
        editor.returnPressed.connect(self._complete)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.language, 1)
        row.addWidget(self.level)
        row.addWidget(self.remove)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on a half-typed language ("Arab") completes it and goes on to the level instead
        of saving the form with a language the person has not seen yet."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return self._complete()
        return super().eventFilter(watched, event)

    def _complete(self) -> bool:
        """Whether Enter was used up completing the language (an exact name lets it through)."""
        text = self.language.currentText().strip()
        if not text or self.language.findText(text, Qt.MatchFlag.MatchFixedString) >= 0:
            return False
        code = self.language.code()
        if code:
            self.language.set_code(code)
            self.level.setFocus(Qt.FocusReason.TabFocusReason)
        return True


class LanguageList(_Group):
    """Rows of (language, level); "Add language" appends one and puts the cursor in it."""

    def __init__(self, languages: tuple[VolunteerLanguage, ...]) -> None:
        super().__init__(lambda: self.rows[0].language if self.rows else self.add_button)
        self.rows: list[LanguageRow] = []
        self.tab_anchor: QWidget | None = None  # what Tab leaves just before the first row
        self._column = QVBoxLayout()
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(4)
        self.add_button = QPushButton(self.tr("&Add language"))
        self.add_button.setToolTip(self.tr("Another language this volunteer speaks (Alt+A)"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_row().language.setFocus())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._column)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        layout.addLayout(add_row)
        for language in languages:
            self.add_row(language.language, language.level)

    def add_row(self, code: str | None = None, level: str = "fluent") -> LanguageRow:
        row = LanguageRow(code, level, self)
        row.remove.clicked.connect(lambda: self.remove_row(row))
        self.rows.append(row)
        self._column.addWidget(row)
        row.show()  # now, not when the layout gets round to it: the cursor goes into the new row
        self.order_tabs()
        return row

    def order_tabs(self) -> None:
        """Tab goes through the rows in their order, then to "Add language" (a new row's widgets
        would otherwise come last in the window)."""
        chain: list[QWidget] = [self.tab_anchor] if self.tab_anchor is not None else []
        for row in self.rows:
            chain += [row.language, row.level, row.remove]
        chain.append(self.add_button)
        for earlier, later in pairwise(chain):
            QWidget.setTabOrder(earlier, later)

    def remove_row(self, row: LanguageRow) -> None:
        index = self.rows.index(row)
        self.rows.remove(row)
        row.hide()
        row.deleteLater()
        following = self.rows[min(index, len(self.rows) - 1)].language if self.rows else self.add_button
        following.setFocus()
        self.order_tabs()


class VolunteerDialog(QDialog):
    """Collects a Volunteer; ``volunteer()`` gives it after the dialog was accepted."""

    def __init__(self, volunteer: Volunteer | None = None, today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._original = volunteer
        self._today = today or date.today()
        self._result: Volunteer | None = None
        # Reopened after a failed save, a new volunteer is still new (no id yet).
        is_new = volunteer is None or volunteer.id is None
        self.setWindowTitle(self.tr("New volunteer") if is_new else self.tr("Edit volunteer"))

        self.display_name = QLineEdit(volunteer.display_name if volunteer else "")
        self.display_name.setMaxLength(NAME_LIMIT)
        self.display_name.setPlaceholderText(self.tr("As the team knows them, e.g. Amira H."))
        self.phone = QLineEdit(volunteer.phone if volunteer else "")
        self.phone.setMaxLength(PHONE_LIMIT)
        self.phone.setPlaceholderText("+49 151 …")
        self.email = QLineEdit(volunteer.email if volunteer else "")
        self.email.setMaxLength(EMAIL_LIMIT)
        # Numbers and addresses read left to right in a right-to-left window too.
        for edit in (self.phone, self.email):
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.consent_on = OptionalDate(self.tr("Given on"), self.tr("Consent given on"),
                                       volunteer.consent_on if volunteer else None, self._today)
        self.consent_hint = QLabel(self.tr("Needed before a phone number or e-mail address is saved."))
        self.consent_hint.setWordWrap(True)
        self.consent_hint.setStyleSheet("color: #4a5a63;")
        self.joined_on = date_edit(self.tr("Joined on"), volunteer.joined_on if volunteer else self._today)
        self.left_on = OptionalDate(self.tr("Left on"), self.tr("Left on"),
                                    volunteer.left_on if volunteer else None, self._today)
        self.active = QCheckBox(self.tr("Acti&ve: can be planned for shifts"))
        self.active.setChecked(volunteer.active if volunteer else True)
        # Leaving usually ends the activity and coming back resumes it; the box stays free to change.
        self.left_on.check.toggled.connect(lambda left: self.active.setChecked(not left))

        self.languages = LanguageList(volunteer.languages if volunteer else ())
        self.roles: dict[str, QCheckBox] = {}
        ticked = volunteer.roles if volunteer else ("desk",)
        roles_box = _Group(lambda: next(iter(self.roles.values())))
        roles_row = QHBoxLayout(roles_box)
        roles_row.setContentsMargins(0, 0, 0, 0)
        for code, text in choices(v.ROLES):
            box = QCheckBox(text)
            box.setChecked(code in ticked)
            self.roles[code] = box
            roles_row.addWidget(box)
        roles_row.addStretch(1)

        self.fields: dict[str, QWidget] = {
            "display_name": self.display_name, "phone": self.phone, "email": self.email,
            "consent_on": self.consent_on, "joined_on": self.joined_on, "left_on": self.left_on,
            "languages": self.languages, "roles": roles_box,
        }
        self.errors: dict[str, QLabel] = {field: _error_label() for field in self.fields}

        def cell(*widgets: QWidget) -> QVBoxLayout:
            column = QVBoxLayout()
            column.setSpacing(2)
            for widget in widgets:
                column.addWidget(widget)
            return column

        def caption(text: str, field: str) -> QLabel:
            label = QLabel(text)
            label.setBuddy(self.fields[field])
            return label

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(caption(self.tr("&Name:"), "display_name"),
                    cell(self.display_name, self.errors["display_name"]))
        form.addRow(caption(self.tr("&Phone:"), "phone"), cell(self.phone, self.errors["phone"]))
        form.addRow(caption(self.tr("&E-mail:"), "email"), cell(self.email, self.errors["email"]))
        form.addRow(caption(self.tr("C&onsent:"), "consent_on"),
                    cell(self.consent_on, self.consent_hint, self.errors["consent_on"]))
        form.addRow(caption(self.tr("&Joined on:"), "joined_on"),
                    cell(self.joined_on, self.errors["joined_on"]))
        form.addRow(caption(self.tr("Le&ft:"), "left_on"), cell(self.left_on, self.errors["left_on"]))
        form.addRow("", self.active)
        form.addRow(QLabel(self.tr("Roles:")), cell(roles_box, self.errors["roles"]))

        # Many languages make a long list: it scrolls, the dialog keeps its size.
        languages_area = QScrollArea()
        languages_area.setWidgetResizable(True)
        languages_area.setFrameShape(QScrollArea.Shape.NoFrame)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(self.languages)
        holder_layout.addStretch(1)
        languages_area.setWidget(holder)
        languages_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        right = QVBoxLayout()
        right.addWidget(caption(self.tr("&Languages spoken:"), "languages"))
        right.addWidget(languages_area, 1)
        right.addWidget(self.errors["languages"])

        self.general_error = _error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)

        left_column = QVBoxLayout()
        left_column.addLayout(form)
        left_column.addStretch(1)  # a message below a field pushes the rows, never spreads them
        columns = QHBoxLayout()
        columns.addLayout(left_column, 1)
        columns.addSpacing(12)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)

        # Tab goes down the form, then through the languages.
        order: list[QWidget] = [self.display_name, self.phone, self.email, self.consent_on.check,
                                self.consent_on.edit, self.joined_on, self.left_on.check, self.left_on.edit,
                                self.active]
        for earlier, later in pairwise(order):
            QWidget.setTabOrder(earlier, later)
        roles = list(self.roles.values())
        QWidget.setTabOrder(self.active, roles[0])
        for earlier, later in pairwise(roles):
            QWidget.setTabOrder(earlier, later)
        self.languages.tab_anchor = roles[-1]
        self.languages.order_tabs()
        self.resize(920, 440)
        self.display_name.setFocus()

    # -- values -----------------------------------------------------------------------------

    def _show_errors(self, errors: dict[str, str], general: str = "") -> None:
        for field, label in self.errors.items():
            label.setText(errors.get(field, ""))
            label.setVisible(field in errors)
        self.general_error.setText(general)
        self.general_error.setVisible(bool(general))
        first = next((field for field in self.fields if field in errors), None)
        if first is not None:
            self.fields[first].setFocus()

    def show_error(self, field: str | None, text: str) -> None:
        """A refusal from the caller's save, next to its field when the form has one."""
        if field in self.errors:
            self._show_errors({field: text})
        else:
            self._show_errors({}, text)

    def _languages(self, errors: dict[str, str]) -> tuple[VolunteerLanguage, ...]:
        found: list[VolunteerLanguage] = []
        for row in self.languages.rows:
            code = row.language.code()
            if code is None:  # a row added and left empty is no language
                continue
            if not code:
                errors.setdefault("languages", self.tr("“%1” is not a known language: choose one from the "
                                                       "list.").replace("%1", row.language.currentText()))
                continue
            if any(known.language == code for known in found):
                twice = self.tr("%1 is listed twice.")
                errors.setdefault("languages", twice.replace("%1", language_label(code)))
                continue
            found.append(VolunteerLanguage(code, row.level.currentData()))
        return tuple(found)

    def accept(self) -> None:
        errors: dict[str, str] = {}
        name = self.display_name.text().strip()
        phone = self.phone.text().strip()
        email = self.email.text().strip()
        if not name:
            errors["display_name"] = self.tr("Enter the name the team knows the volunteer by.")
        for field, value in (("phone", phone), ("email", email)):
            code = dc.text_problem(field, value)
            if code is not None:
                errors[field] = problem_text(code, field, value)
        consent_on = self.consent_on.value()
        if (phone or email) and consent_on is None:
            errors["consent_on"] = self.tr("A phone number or e-mail address can only be saved with the date "
                                           "the volunteer consented: tick “Given on” and enter the date, or "
                                           "leave both empty.")
        elif consent_on is not None and consent_on > self._today:
            errors["consent_on"] = self.tr("The consent date lies in the future.")
        joined_on = _day(self.joined_on)
        left_on = self.left_on.value()
        if left_on is not None and left_on < joined_on:
            errors["left_on"] = self.tr("The volunteer cannot leave before joining.")
        languages = self._languages(errors)
        roles = tuple(code for code, box in self.roles.items() if box.isChecked())
        if not roles:
            errors["roles"] = self.tr("Tick at least one role.")
        if errors:
            self._show_errors(errors)
            return
        try:
            result = Volunteer(
                id=self._original.id if self._original else None, display_name=name, joined_on=joined_on,
                languages=languages, roles=roles, phone=phone, email=email, consent_on=consent_on,
                left_on=left_on, active=self.active.isChecked())
        except ValidationError as exc:  # a rule the form does not know yet: say it, keep the input
            self.show_error(exc.field, str(exc))
            return
        self._result = result
        self._show_errors({})
        super().accept()

    def volunteer(self) -> Volunteer | None:
        """The volunteer as entered; None until the dialog was accepted."""
        return self._result


class LeaveDialog(QDialog):
    """Before a volunteer is deactivated: the day they left, and a clear way back."""

    def __init__(self, volunteer: Volunteer, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Deactivate volunteer"))
        question = QLabel(self.tr(
            "Deactivate “%1”? They are no longer offered for shifts and at the desk; their past shifts "
            "and hours are kept. You can reactivate them later (tick “Show inactive”).")
            .replace("%1", volunteer.display_name))
        question.setWordWrap(True)
        self.left_on = date_edit(self.tr("Left on"), max(today, volunteer.joined_on))
        self.left_on.setMinimumDate(_qdate(volunteer.joined_on))  # nobody leaves before joining
        caption = QLabel(self.tr("&Left on:"))
        caption.setBuddy(self.left_on)
        row = QHBoxLayout()
        row.addWidget(caption)
        row.addWidget(self.left_on)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.deactivate_button = buttons.addButton(self.tr("&Deactivate"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.deactivate_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.left_on.setFocus()

    def left_on_date(self) -> date:
        return _day(self.left_on)
