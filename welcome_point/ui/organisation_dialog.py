"""The form of one partner organisation: collects and checks the values; the caller saves.

The checks are the import's (``domain.directory_csv.text_problem``), so whatever the form
accepts exports and re-imports cleanly. A message appears under the field at fault and the
dialog stays open.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from welcome_point.domain import directory_csv as dc
from welcome_point.domain import vocabulary as v
from welcome_point.domain.errors import ValidationError
from welcome_point.domain.models import ORGANISATION_TEXT_LIMITS, Organisation
from welcome_point.ui.labels import choices, language_label


def field_label(field: str) -> str:
    """The name of a column or form field as the user reads it."""
    names = {
        "name": QCoreApplication.translate("DirectoryFields", "Name"),
        "category": QCoreApplication.translate("DirectoryFields", "Category"),
        "address": QCoreApplication.translate("DirectoryFields", "Address"),
        "phone": QCoreApplication.translate("DirectoryFields", "Phone"),
        "email": QCoreApplication.translate("DirectoryFields", "E-mail"),
        "website": QCoreApplication.translate("DirectoryFields", "Website"),
        "opening_hours": QCoreApplication.translate("DirectoryFields", "Opening hours"),
        "what_to_bring": QCoreApplication.translate("DirectoryFields", "What to bring"),
        "topics": QCoreApplication.translate("DirectoryFields", "Topics"),
        "languages": QCoreApplication.translate("DirectoryFields", "Languages"),
        "example": QCoreApplication.translate("DirectoryFields", "Example"),
        "archived": QCoreApplication.translate("DirectoryFields", "Archived"),
    }
    return names.get(field, field)


def problem_text(code: str, field: str = "", value: str = "") -> str:
    """A problem code of ``domain.directory_csv`` as a sentence; %1 is the value at fault."""
    def t(text: str) -> str:
        return text.replace("%1", value)

    limit = ORGANISATION_TEXT_LIMITS.get(field, 0)
    texts = {
        dc.MISSING_NAME: t(QCoreApplication.translate("DirectoryProblems", "The name is missing.")),
        dc.MISSING_CATEGORY: t(QCoreApplication.translate("DirectoryProblems", "The category is missing.")),
        dc.UNKNOWN_CATEGORY: t(QCoreApplication.translate(
            "DirectoryProblems", "“%1” is not a known category. Use a category code such as authority, "
            "counselling, language_course, health, housing, legal_aid, education, labour_market, "
            "community or other.")),
        dc.BAD_PHONE: t(QCoreApplication.translate(
            "DirectoryProblems", "“%1” is not a phone number: use digits, spaces and + / - ( ) only, "
            "at least 5 digits.")),
        dc.BAD_EMAIL: t(QCoreApplication.translate("DirectoryProblems", "“%1” is not an e-mail address.")),
        dc.BAD_URL: t(QCoreApplication.translate(
            "DirectoryProblems", "“%1” is not a web address: it must start with http:// or https://.")),
        dc.UNKNOWN_TOPIC: t(QCoreApplication.translate(
            "DirectoryProblems", "“%1” is not a known topic. Separate topic codes with | (for example "
            "residence|housing).")),
        dc.UNKNOWN_LANGUAGE: t(QCoreApplication.translate(
            "DirectoryProblems", "“%1” is not a known language. Separate language codes with | (for "
            "example de|en|ar).")),
        dc.TOO_LONG: QCoreApplication.translate(
            "DirectoryProblems", "The text is longer than %1 characters.").replace("%1", str(limit)),
        dc.CONTROL_CHARACTER: QCoreApplication.translate(
            "DirectoryProblems", "The text contains an invisible control character."),
        dc.BAD_YES_NO: t(QCoreApplication.translate(
            "DirectoryProblems", "“%1” is neither yes nor no (leave the cell empty for no).")),
        dc.WRONG_COLUMN_COUNT: QCoreApplication.translate(
            "DirectoryProblems", "The row has a different number of cells than the header line: a "
            "separator is missing or one too many."),
        dc.VALUE_WITHOUT_HEADER: QCoreApplication.translate(
            "DirectoryProblems", "A value stands in a column without a heading."),
        dc.MISSING_HEADER: t(QCoreApplication.translate(
            "DirectoryProblems", "The header line has no column “%1”; it is required.")),
        dc.UNKNOWN_COLUMN: t(QCoreApplication.translate(
            "DirectoryProblems", "The column “%1” is not known. Known columns: name, category, address, "
            "phone, email, website, opening_hours, what_to_bring, topics, languages, example, archived.")),
        dc.DUPLICATE_COLUMN: t(QCoreApplication.translate(
            "DirectoryProblems", "The column “%1” appears twice.")),
        dc.DUPLICATE_ROW: t(QCoreApplication.translate(
            "DirectoryProblems", "The same organisation (name and address) is already on line %1.")),
        dc.ALREADY_IN_DIRECTORY: t(QCoreApplication.translate(
            "DirectoryProblems", "“%1” with this address is already in the directory.")),
        dc.INVALID: t(QCoreApplication.translate("DirectoryProblems", "The row is not valid: %1")),
    }
    return texts.get(code, f"{code}: {value}")


def file_error_text(error: dc.DirectoryFileError) -> str:
    """Why a whole file was refused, and what to do about it."""
    line = str(error.line)
    texts = {
        dc.FILE_TOO_LARGE: QCoreApplication.translate(
            "DirectoryProblems", "The file is larger than 2 MB; a directory file is much smaller. "
            "Is it the right file?"),
        dc.FILE_TOO_MANY_ROWS: QCoreApplication.translate(
            "DirectoryProblems", "The file has more than 5,000 rows; a directory file has far fewer. "
            "Is it the right file?"),
        dc.FILE_NOT_UTF8: QCoreApplication.translate(
            "DirectoryProblems", "Line %1 is not UTF-8 text. In your spreadsheet program, save the file "
            "as “CSV UTF-8” and import it again.").replace("%1", line),
        dc.FILE_UTF16: QCoreApplication.translate(
            "DirectoryProblems", "The file is saved as UTF-16 (“Unicode text”). Save it as “CSV UTF-8” "
            "and import it again."),
        dc.FILE_EMPTY: QCoreApplication.translate("DirectoryProblems", "The file is empty."),
        dc.FILE_BAD_CSV: QCoreApplication.translate(
            "DirectoryProblems", "Line %1 cannot be read as CSV (check the quotation marks).")
        .replace("%1", line),
    }
    text = texts.get(error.code)
    if text is None:  # unreadable: the system's reason says most
        text = QCoreApplication.translate("DirectoryProblems", "The file cannot be read.")
        return f"{text}\n\n{error}"
    return text


class _CheckList(QListWidget):
    """Codes to tick: arrow keys move, Space ticks, one Tab stop for the whole list."""

    def __init__(self, items: list[tuple[str, str]], ticked: tuple[str, ...], accessible_name: str) -> None:
        super().__init__()
        self.setAccessibleName(accessible_name)
        for code, text in items:
            item = QListWidgetItem(text, self)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if code in ticked else Qt.CheckState.Unchecked)
        self.setCurrentRow(0)

    def ticked(self) -> tuple[str, ...]:
        items = (self.item(row) for row in range(self.count()))
        return tuple(item.data(Qt.ItemDataRole.UserRole) for item in items
                     if item.checkState() == Qt.CheckState.Checked)

    def set_ticked(self, code: str, ticked: bool = True) -> None:
        for row in range(self.count()):
            item = self.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == code:
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)


class OrganisationDialog(QDialog):
    def __init__(self, organisation: Organisation | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._original = organisation
        self._result: Organisation | None = None
        # Reopened after a failed save, a new organisation is still new (no id yet).
        is_new = organisation is None or organisation.id is None
        self.setWindowTitle(self.tr("New partner organisation") if is_new
                            else self.tr("Edit partner organisation"))
        self._example_editable = bool(organisation and organisation.is_example)

        def line(field: str, placeholder: str = "") -> QLineEdit:
            edit = QLineEdit(getattr(organisation, field) if organisation else "")
            edit.setMaxLength(ORGANISATION_TEXT_LIMITS[field])
            edit.setPlaceholderText(placeholder)
            return edit

        self.name = line("name")
        self.category = QComboBox()
        for code, text in choices(v.ORGANISATION_CATEGORIES):
            self.category.addItem(text, code)
        self.category.setPlaceholderText(self.tr("Choose a category"))
        self.category.setCurrentIndex(self.category.findData(organisation.category) if organisation else -1)
        self.address = line("address", self.tr("Street and number, postcode and town"))
        self.phone = line("phone", "+49 211 …")
        self.email = line("email")
        self.website = line("website", "https://…")
        self.opening_hours = line("opening_hours", self.tr("e.g. Mon–Fri 9–12"))
        self.what_to_bring = QPlainTextEdit(organisation.what_to_bring if organisation else "")
        self.what_to_bring.setTabChangesFocus(True)
        self.what_to_bring.setFixedHeight(self.what_to_bring.fontMetrics().lineSpacing() * 4 + 12)
        # Numbers and addresses of the web read left to right in a right-to-left window too.
        for edit in (self.phone, self.email, self.website):
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

        self.topics = _CheckList(choices(v.TOPICS), organisation.topics if organisation else (),
                                 self.tr("Topics"))
        self.languages = _CheckList([(code, language_label(code)) for code in v.LANGUAGES.codes],
                                    organisation.languages if organisation else (), self.tr("Languages"))
        self.example = QCheckBox(self.tr("Example data – not yet checked (untick once you have checked "
                                         "the details)"))
        self.example.setChecked(self._example_editable)
        self.example.setVisible(self._example_editable)

        self.fields: dict[str, QWidget] = {
            "name": self.name, "category": self.category, "address": self.address, "phone": self.phone,
            "email": self.email, "website": self.website, "opening_hours": self.opening_hours,
            "what_to_bring": self.what_to_bring, "topics": self.topics, "languages": self.languages,
        }
        self.errors: dict[str, QLabel] = {}
        for field in self.fields:
            error = QLabel()
            error.setObjectName("fieldError")
            error.setWordWrap(True)
            error.setStyleSheet("color: #b00020;")
            error.setVisible(False)
            self.errors[field] = error

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        labels = {"name": self.tr("&Name:"), "category": self.tr("&Category:"),
                  "address": self.tr("&Address:"), "phone": self.tr("&Phone:"),
                  "email": self.tr("&E-mail:"), "website": self.tr("&Website:"),
                  "opening_hours": self.tr("&Opening hours:"), "what_to_bring": self.tr("What to &bring:")}
        for field, text in labels.items():
            cell = QVBoxLayout()
            cell.setSpacing(2)
            cell.addWidget(self.fields[field])
            cell.addWidget(self.errors[field])
            label = QLabel(text)
            label.setBuddy(self.fields[field])
            form.addRow(label, cell)

        lists = QHBoxLayout()
        for field, text in (("topics", self.tr("&Topics:")), ("languages", self.tr("&Languages spoken:"))):
            column = QVBoxLayout()
            label = QLabel(text)
            label.setBuddy(self.fields[field])
            column.addWidget(label)
            column.addWidget(self.fields[field], 1)
            column.addWidget(self.errors[field])
            lists.addLayout(column, 5 if field == "languages" else 4)  # names in two scripts are longer

        self.general_error = QLabel()
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet("color: #b00020;")
        self.general_error.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)

        form_column = QVBoxLayout()
        form_column.addLayout(form)
        form_column.addStretch(1)  # rows keep their height; a message below a field pushes, not spreads
        columns = QHBoxLayout()
        columns.addLayout(form_column, 3)
        columns.addLayout(lists, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.example)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.resize(960, 540)
        self.name.setFocus()

    # -- values -----------------------------------------------------------------------------

    def _texts(self) -> dict[str, str]:
        edits = {"name": self.name, "address": self.address, "phone": self.phone, "email": self.email,
                 "website": self.website, "opening_hours": self.opening_hours}
        texts = {field: edit.text().strip() for field, edit in edits.items()}
        texts["what_to_bring"] = self.what_to_bring.toPlainText().strip()
        return texts

    def _show_errors(self, errors: dict[str, str], general: str = "") -> None:
        for field, label in self.errors.items():
            label.setText(errors.get(field, ""))
            label.setVisible(field in errors)
        self.general_error.setText(general)
        self.general_error.setVisible(bool(general))
        first = next((field for field in self.fields if field in errors), None)
        if first is not None:
            self.fields[first].setFocus()

    def accept(self) -> None:
        texts = self._texts()
        errors: dict[str, str] = {}
        for field, value in texts.items():
            code = dc.text_problem(field, value)
            if code is not None:
                errors[field] = problem_text(code, field, value)
        category = self.category.currentData()
        if category is None:
            errors["category"] = problem_text(dc.MISSING_CATEGORY, "category")
        if errors:
            self._show_errors(errors)
            return
        try:
            result = Organisation(
                id=self._original.id if self._original else None, category=category,
                topics=self.topics.ticked(), languages=self.languages.ticked(),
                is_example=self._example_editable and self.example.isChecked(),
                archived=bool(self._original and self._original.archived), **texts)
        except ValidationError as exc:  # a rule the form does not know yet: say it, keep the input
            if exc.field in self.errors:
                self._show_errors({exc.field: str(exc)})
            else:
                self._show_errors({}, str(exc))
            return
        self._result = result
        self._show_errors({})
        super().accept()

    def organisation(self) -> Organisation | None:
        """The organisation as entered; None until the dialog was accepted."""
        return self._result
