"""Accounts (admins only): who may sign in, with which role, PIN and linked volunteer.

The dialogs here check what they can (two equal passwords, digits for a PIN) and then hand the
values to a save function from the caller; a refusal of the service appears in the dialog, which
stays open with everything typed. The password and PIN dialogs also serve one's own account
(File menu of the main window).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import (
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from welcome_point.domain import vocabulary as v
from welcome_point.domain.access import Role
from welcome_point.domain.passwords import PASSWORD_MIN, PIN_MIN
from welcome_point.ui.errors import describe
from welcome_point.ui.labels import choices, label
from welcome_point.ui.login import field_error, password_field, password_strength, pin_field, username_field
from welcome_point.ui.tables import HeaderedTableModel, row_table

if TYPE_CHECKING:
    from welcome_point.domain.models import Volunteer
    from welcome_point.domain.passwords import Account


class AccountService(Protocol):
    """What the page needs of services.auth.AuthService."""

    def accounts(self) -> list[Account]: ...
    def create_account(self, username: str, role: Role, password: str, pin: str | None = None,
                       volunteer_id: int | None = None) -> Account: ...
    def update_account(self, account_id: int, *, role: Role | None = None, active: bool | None = None,
                       volunteer_id: Any = ...) -> Account: ...
    def reset_password(self, account_id: int, password: str) -> None: ...
    def set_pin(self, account_id: int, pin: str | None) -> None: ...
    def unlock(self, account_id: int) -> None: ...


@dataclass(frozen=True, slots=True)
class AccountForm:
    """What the account dialog collected."""

    username: str
    role: Role
    password: str  # "" when editing
    pin: str | None
    volunteer_id: int | None


def _local(moment: datetime) -> str:
    when = QDateTime(moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second)
    return QLocale().toString(when, QLocale.FormatType.ShortFormat)


class _SavingDialog(QDialog):
    """OK checks the form, then saves through the caller's function; a refusal stays in the dialog.

    Subclasses translate their own texts (this class has none of its own).
    """

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.message = field_error()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._save: Callable[..., object] | None = None
        self.saved: object = None

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def collect(self) -> tuple[Any, ...] | None:
        """The arguments for the save function, or None after showing what is wrong."""
        raise NotImplementedError

    def accept(self) -> None:
        values = self.collect()
        if values is None:
            return
        if self._save is not None:
            try:
                self.saved = self._save(*values)
            except Exception as exc:  # the service refused: say why, keep the dialog
                self.show_error(describe(exc))
                return
        self._clear_secrets()
        super().accept()

    def reject(self) -> None:
        self._clear_secrets()
        super().reject()

    def _clear_secrets(self) -> None:
        for field in self.findChildren(QLineEdit):
            if field.echoMode() == QLineEdit.EchoMode.Password:
                field.clear()


class PasswordDialog(_SavingDialog):
    """A new password, typed twice; with ``ask_current`` the current one first (one's own account)."""

    def __init__(self, title: str, parent: QWidget | None = None, *, ask_current: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.current = password_field(self.tr("Current password"))
        self.password = password_field(self.tr("New password"))
        self.repeat = password_field(self.tr("New password again"))
        self.strength = QLabel()
        self.strength.setObjectName("hint")
        self.strength.setWordWrap(True)
        form = QFormLayout()
        if ask_current:
            form.addRow(self.tr("&Current password:"), self.current)
        self._ask_current = ask_current
        form.addRow(self.tr("&New password:"), self.password)
        form.addRow("", self.strength)
        form.addRow(self.tr("&Repeat:"), self.repeat)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.password.textChanged.connect(self._rate)
        self._rate("")
        self.setMinimumWidth(420)

    def use(self, save: Callable[[str, str], object]) -> None:
        """``save(current, new)``; current is "" unless asked for."""
        self._save = save

    def _rate(self, text: str) -> None:
        score = password_strength(text)
        hints = (self.tr("At least 8 characters."), self.tr("Weak: longer is better."), self.tr("Fair."),
                 self.tr("Strong."))
        self.strength.setText(hints[score] if text else hints[0])

    def collect(self) -> tuple[Any, ...] | None:
        if self._ask_current and not self.current.text():
            self.show_error(self.tr("Enter your current password."))
            self.current.setFocus()
            return None
        if len(self.password.text()) < PASSWORD_MIN:
            self.show_error(self.tr("The password needs at least 8 characters."))
            self.password.setFocus()
            return None
        if self.password.text() != self.repeat.text():
            self.show_error(self.tr("The two passwords differ. Type the new password again."))
            self.repeat.clear()
            self.repeat.setFocus()
            return None
        return self.current.text(), self.password.text()


class PinDialog(_SavingDialog):
    """A PIN typed twice, or no PIN; with ``ask_password`` confirmed by one's password."""

    def __init__(self, title: str, parent: QWidget | None = None, *, ask_password: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.password = password_field(self.tr("Your password"))
        self.pin = pin_field(self.tr("PIN"))
        self.repeat = pin_field(self.tr("PIN again"))
        self.remove = QCheckBox(self.tr("No PIN (sign in with the password only)"))
        self.remove.toggled.connect(self._removing)
        hint = QLabel(self.tr("A PIN has 6 to 12 digits. It serves the quick switch at the desk."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        form = QFormLayout()
        self._ask_password = ask_password
        if ask_password:
            form.addRow(self.tr("Your &password:"), self.password)
        form.addRow(self.tr("&PIN:"), self.pin)
        form.addRow(self.tr("&Repeat:"), self.repeat)
        form.addRow("", self.remove)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def use(self, save: Callable[[str, str | None], object]) -> None:
        """``save(password, pin)``; pin None removes it, password is "" unless asked for."""
        self._save = save

    def _removing(self, remove: bool) -> None:
        for field in (self.pin, self.repeat):
            field.setEnabled(not remove)
            if remove:
                field.clear()

    def collect(self) -> tuple[Any, ...] | None:
        if self._ask_password and not self.password.text():
            self.show_error(self.tr("Enter your password to confirm."))
            self.password.setFocus()
            return None
        if self.remove.isChecked():
            return self.password.text(), None
        if len(self.pin.text()) < PIN_MIN:
            self.show_error(self.tr("A PIN has at least 6 digits."))
            self.pin.setFocus()
            return None
        if self.pin.text() != self.repeat.text():
            self.show_error(self.tr("The two PINs differ. Type the PIN again."))
            self.repeat.clear()
            self.repeat.setFocus()
            return None
        return self.password.text(), self.pin.text()


class AccountDialog(_SavingDialog):
    """A new account (name, role, password, optional PIN and volunteer) or a changed role and volunteer."""

    def __init__(self, volunteers: Sequence[Volunteer], parent: QWidget | None = None,
                 account: Account | None = None) -> None:
        super().__init__(parent)
        self._account = account
        self.setWindowTitle(self.tr("New account") if account is None else self.tr("Change account"))
        self.username = username_field(self.tr("Username"))
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Role"))
        for code, text in choices(v.ACCOUNT_ROLES):
            self.role.addItem(text, code)
        self.password = password_field(self.tr("Password"))
        self.repeat = password_field(self.tr("Password again"))
        self.pin = pin_field(self.tr("PIN"))
        self.pin_repeat = pin_field(self.tr("PIN again"))
        self.pin.setPlaceholderText(self.tr("optional, 6 to 12 digits"))
        self.volunteer = QComboBox()
        self.volunteer.setAccessibleName(self.tr("Linked volunteer"))
        self.volunteer.addItem(self.tr("– none –"), None)
        for person in volunteers:
            self.volunteer.addItem(person.display_name, person.id)
        self.role_hint = QLabel()
        self.role_hint.setObjectName("hint")
        self.role_hint.setWordWrap(True)
        self.role.currentIndexChanged.connect(self._explain_role)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        if account is None:
            form.addRow(self.tr("&Username:"), self.username)
        else:
            name = QLabel(account.username)
            name.setTextFormat(Qt.TextFormat.PlainText)
            form.addRow(self.tr("Username:"), name)
        form.addRow(self.tr("R&ole:"), self.role)
        form.addRow("", self.role_hint)
        if account is None:
            form.addRow(self.tr("&Password:"), self.password)
            form.addRow(self.tr("&Repeat:"), self.repeat)
            form.addRow(self.tr("P&IN:"), self.pin)
            form.addRow(self.tr("Repeat P&IN:"), self.pin_repeat)
        form.addRow(self.tr("&Volunteer:"), self.volunteer)
        volunteer_hint = QLabel(self.tr("The volunteer this person is: for checking in to their own shifts."))
        volunteer_hint.setObjectName("hint")
        volunteer_hint.setWordWrap(True)
        form.addRow("", volunteer_hint)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

        if account is not None:
            self.role.setCurrentIndex(max(0, self.role.findData(account.role.code)))
            index = self.volunteer.findData(account.volunteer_id)
            if account.volunteer_id is not None and index < 0:  # not among the active ones
                self.volunteer.addItem(self.tr("Volunteer no. %1").replace("%1", str(account.volunteer_id)),
                                       account.volunteer_id)
                index = self.volunteer.count() - 1
            self.volunteer.setCurrentIndex(max(0, index))
        else:
            self.role.setCurrentIndex(0)
        self._explain_role()

    def use(self, save: Callable[[AccountForm], object]) -> None:
        self._save = save

    def _explain_role(self) -> None:
        texts = {
            "volunteer": self.tr("The desk, and checking in to one's own shifts."),
            "coordinator": self.tr("Also visits, referrals, volunteers and shifts."),
            "staff": self.tr("Also reports, the partner directory and the settings."),
            "admin": self.tr("Everything, also accounts, privacy, backups and the audit log."),
        }
        self.role_hint.setText(texts.get(self.role.currentData(), ""))

    def form(self) -> AccountForm:
        return AccountForm(username=self.username.text().strip(),
                           role=Role.from_code(self.role.currentData()), password=self.password.text(),
                           pin=self.pin.text() or None,
                           volunteer_id=self.volunteer.currentData())

    def collect(self) -> tuple[Any, ...] | None:
        form = self.form()
        if self._account is None:
            if not form.username:
                self.show_error(self.tr("Enter a username."))
                self.username.setFocus()
                return None
            if len(form.password) < PASSWORD_MIN:
                self.show_error(self.tr("The password needs at least 8 characters."))
                self.password.setFocus()
                return None
            if form.password != self.repeat.text():
                self.show_error(self.tr("The two passwords differ. Type the password again."))
                self.repeat.clear()
                self.repeat.setFocus()
                return None
            if form.pin is not None and len(form.pin) < PIN_MIN:
                self.show_error(self.tr("A PIN has at least 6 digits."))
                self.pin.setFocus()
                return None
            if (form.pin or "") != self.pin_repeat.text():
                self.show_error(self.tr("The two PINs differ. Type the PIN again."))
                self.pin_repeat.clear()
                self.pin_repeat.setFocus()
                return None
        return (form,)


class AccountTableModel(HeaderedTableModel):
    USERNAME, ROLE, VOLUNTEER, PIN, ACTIVE, LOCKED = range(6)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = (self.tr("Username"), self.tr("Role"), self.tr("Volunteer"), self.tr("PIN"),
                         self.tr("Active"), self.tr("Waiting until"))
        self.rows: list[Account] = []
        self.names: dict[int, str] = {}
        self.now = datetime.now()

    def set_rows(self, rows: Sequence[Account], names: dict[int, str], now: datetime) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.names = names
        self.now = now
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def text(self, account: Account, column: int) -> str:
        yes, no = self.tr("yes"), self.tr("no")
        if column == self.USERNAME:
            return account.username
        if column == self.ROLE:
            return label(v.ACCOUNT_ROLES, account.role.code)
        if column == self.VOLUNTEER:
            if account.volunteer_id is None:
                return "–"
            return self.names.get(account.volunteer_id) or self.tr("no. %1").replace(
                "%1", str(account.volunteer_id))
        if column == self.PIN:
            return yes if account.has_pin else no
        if column == self.ACTIVE:
            return yes if account.active else no
        if account.locked_until is not None and account.locked_until > self.now:
            return _local(account.locked_until)
        return ""

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        account = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(account, index.column())
        if role == Qt.ItemDataRole.UserRole:
            return account
        if role == Qt.ItemDataRole.ForegroundRole and not account.active:
            from PySide6.QtGui import QColor

            return QColor("#6b7b85")
        return None


class AccountsPage(QWidget):
    accounts_changed = Signal()

    def __init__(self, auth: AccountService, volunteers: Callable[[], list[Volunteer]],
                 parent: QWidget | None = None, *, now: Callable[[], datetime] = datetime.now) -> None:
        super().__init__(parent)
        self._auth = auth
        self._volunteers = volunteers
        self._now = now
        self.dialog: _SavingDialog | None = None

        title = QLabel(self.tr("Accounts"))
        title.setObjectName("emptyTitle")
        intro = QLabel(self.tr(
            "Everyone who uses the app signs in with an account of their own. The role decides what "
            "they see; a PIN lets them take over the desk quickly."))
        intro.setWordWrap(True)
        intro.setObjectName("hint")
        self.model = AccountTableModel(self)
        self.table = row_table(self.model, self.tr("Accounts"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.model.VOLUNTEER, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.new_button = QPushButton(self.tr("&New account…"))
        self.new_button.clicked.connect(self.new_account)
        self.edit_button = QPushButton(self.tr("&Role and volunteer…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.password_button = QPushButton(self.tr("Reset &password…"))
        self.password_button.clicked.connect(self.reset_password)
        self.pin_button = QPushButton(self.tr("P&IN…"))
        self.pin_button.clicked.connect(self.change_pin)
        self.active_button = QPushButton(self.tr("&Deactivate"))
        self.active_button.clicked.connect(self.toggle_active)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setToolTip(self.tr("Lift the wait after too many failed sign-ins."))
        self.unlock_button.clicked.connect(self.unlock)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.password_button, self.pin_button,
                       self.active_button, self.unlock_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.refresh()

    # -- reading ----------------------------------------------------------------------------

    def refresh(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else getattr(self.selected(), "id", None)
        try:
            accounts = self._auth.accounts()
        except Exception as exc:
            self._say(describe(exc), error=True)
            return
        names: dict[int, str] = {}
        if any(account.volunteer_id is not None for account in accounts):
            try:
                names = {p.id: p.display_name for p in self._volunteers() if p.id is not None}
            except Exception:  # names are a convenience; the ids show without them
                names = {}
        self.model.set_rows(accounts, names, self._now())
        rows = [a.id for a in self.model.rows]
        self.table.selectRow(rows.index(keep) if keep in rows else 0)
        self._update_buttons()

    def selected(self) -> Account | None:
        index = self.table.currentIndex()
        selection = self.table.selectionModel()
        if not index.isValid() or selection is None \
                or not selection.isRowSelected(index.row(), QModelIndex()):
            return None
        account = self.model.data(self.model.index(index.row(), 0), Qt.ItemDataRole.UserRole)
        return account  # type: ignore[no-any-return]

    def _update_buttons(self) -> None:
        account = self.selected()
        for button in (self.edit_button, self.password_button, self.pin_button, self.active_button):
            button.setEnabled(account is not None)
        self.active_button.setText(self.tr("&Deactivate") if account is None or account.active
                                   else self.tr("&Activate"))
        self.unlock_button.setEnabled(account is not None and (account.failed_logins > 0
                                                               or account.locked_at(self._now())))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setObjectName("fieldError" if error else "hint")
        self.message.setStyleSheet("color: #b00020;" if error else "")
        self.message.setText(text)

    # -- changing ---------------------------------------------------------------------------

    def _open(self, dialog: _SavingDialog, done: Callable[[], None]) -> None:
        if self.dialog is not None and isValid(self.dialog) and self.dialog.isVisible():
            self.dialog.close()
        self.dialog = dialog
        dialog.accepted.connect(done)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _volunteer_list(self) -> list[Volunteer]:
        try:
            return self._volunteers()
        except Exception:  # linking is optional; the list needs the coordinator's right to read it
            return []

    def new_account(self) -> None:
        dialog = AccountDialog(self._volunteer_list(), self)

        def save(form: AccountForm) -> Account:
            return self._auth.create_account(form.username, form.role, form.password, form.pin,
                                             form.volunteer_id)

        dialog.use(save)

        def done() -> None:
            account = dialog.saved
            self._changed(self.tr("Account “%1” created.").replace("%1", getattr(account, "username", "")),
                          getattr(account, "id", None))

        self._open(dialog, done)

    def edit_selected(self) -> None:
        account = self.selected()
        if account is None:
            return
        dialog = AccountDialog(self._volunteer_list(), self, account)
        dialog.use(lambda form: self._auth.update_account(account.id, role=form.role,
                                                          volunteer_id=form.volunteer_id))
        self._open(dialog, lambda: self._changed(self.tr("Account “%1” changed.").replace(
            "%1", account.username), account.id))

    def reset_password(self) -> None:
        account = self.selected()
        if account is None:
            return
        title = self.tr("New password for “%1”").replace("%1", account.username)
        dialog = PasswordDialog(title, self)
        dialog.use(lambda _current, new: self._auth.reset_password(account.id, new))
        self._open(dialog, lambda: self._changed(self.tr("The password of “%1” was reset.").replace(
            "%1", account.username), account.id))

    def change_pin(self) -> None:
        account = self.selected()
        if account is None:
            return
        dialog = PinDialog(self.tr("PIN of “%1”").replace("%1", account.username), self)
        dialog.remove.setEnabled(account.has_pin)
        dialog.use(lambda _password, pin: self._auth.set_pin(account.id, pin))
        self._open(dialog, lambda: self._changed(self.tr("The PIN of “%1” was changed.").replace(
            "%1", account.username), account.id))

    def toggle_active(self) -> None:
        account = self.selected()
        if account is None:
            return
        try:
            self._auth.update_account(account.id, active=not account.active)
        except Exception as exc:
            self._say(describe(exc), error=True)
            return
        text = (self.tr("Account “%1” deactivated: it can no longer sign in.") if account.active
                else self.tr("Account “%1” activated."))
        self._changed(text.replace("%1", account.username), account.id)

    def unlock(self) -> None:
        account = self.selected()
        if account is None:
            return
        try:
            self._auth.unlock(account.id)
        except Exception as exc:
            self._say(describe(exc), error=True)
            return
        self._changed(self.tr("“%1” can sign in again at once.").replace("%1", account.username), account.id)

    def _changed(self, text: str, account_id: int | None) -> None:
        self.refresh(account_id)
        self._say(text)
        self.accounts_changed.emit()
