"""The lock screen: first start (create the administrator), sign-in, and the PIN quick switch.

Shown inside the main window in place of every page. It shows no personal data: no list of
accounts, no names; the username field is empty each time the screen appears. Only the app's
name, the Welcome Point's name and a clock.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QEvent,
    QLocale,
    QObject,
    QRegularExpression,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from welcome_point.domain.passwords import (
    PASSWORD_MAX,
    PASSWORD_MIN,
    PIN_MAX,
    PIN_MIN,
    USERNAME_MAX,
    LoginRefused,
)
from welcome_point.ui.assets import icon
from welcome_point.ui.errors import describe

if TYPE_CHECKING:
    from welcome_point.domain.access import Principal

MIN_PASSWORD, MAX_PASSWORD = PASSWORD_MIN, PASSWORD_MAX
MIN_PIN, MAX_PIN = PIN_MIN, PIN_MAX
USERNAME_LIMIT = USERNAME_MAX


class SignInService(Protocol):
    """What the lock screen needs of services.auth.AuthService."""

    def needs_setup(self) -> bool: ...
    def create_first_admin(self, username: str, password: str) -> Principal: ...
    def login(self, username: str, password: str) -> Principal: ...
    def switch_user(self, username: str, pin: str) -> Principal: ...


def password_strength(text: str) -> int:
    """0 too short, 1 weak, 2 fair, 3 strong: a hint while typing, not a rule."""
    if len(text) < MIN_PASSWORD:
        return 0
    kinds = sum((any(c.islower() for c in text), any(c.isupper() for c in text),
                 any(c.isdigit() for c in text), any(not c.isalnum() for c in text)))
    score = 1 + (len(text) >= 12) + (len(text) >= 16 or kinds >= 3)
    if len(set(text)) <= 3 or text.isdigit():
        score = 1
    return min(score, 3)


def field_error() -> QLabel:
    label = QLabel()
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def password_field(accessible_name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(MAX_PASSWORD)
    field.setAccessibleName(accessible_name)
    return field


def pin_field(accessible_name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setValidator(QRegularExpressionValidator(QRegularExpression(f"[0-9]{{0,{MAX_PIN}}}"), field))
    field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData)
    field.setMaxLength(MAX_PIN)
    field.setAccessibleName(accessible_name)
    return field


def username_field(accessible_name: str) -> QLineEdit:
    field = QLineEdit()
    field.setMaxLength(USERNAME_LIMIT)
    field.setAccessibleName(accessible_name)
    # Nothing that would offer the names of earlier users.
    field.setInputMethodHints(Qt.InputMethodHint.ImhNoPredictiveText | Qt.InputMethodHint.ImhNoAutoUppercase)
    return field


class SignInForm(QWidget):
    """Username and password, or username and PIN (the quick switch at the desk)."""

    signed_in = Signal(object)  # Principal

    def __init__(self, parent: QWidget | None = None, *, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._auth: SignInService | None = None
        self._pin_mode = False
        self.clock = clock  # seconds, monotonic
        self._wait_until = 0.0  # clock() until which the next attempt waits

        self.heading = QLabel(self.tr("Sign in"))
        self.heading.setObjectName("formHeading")
        self.username = username_field(self.tr("Username"))
        self.password = password_field(self.tr("Password"))
        self.pin = pin_field(self.tr("PIN"))
        self.pin.setPlaceholderText(self.tr("6 or more digits"))
        self.password_label = QLabel(self.tr("&Password:"))
        self.password_label.setBuddy(self.password)
        self.pin_label = QLabel(self.tr("P&IN:"))
        self.pin_label.setBuddy(self.pin)
        user_label = QLabel(self.tr("&Username:"))
        user_label.setBuddy(self.username)
        form = self._form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(user_label, self.username)
        form.addRow(self.password_label, self.password)
        form.addRow(self.pin_label, self.pin)

        self.message = field_error()
        self.submit_button = QPushButton(self.tr("Sign in"))
        self.submit_button.setObjectName("primary")
        self.submit_button.setDefault(True)
        self.submit_button.clicked.connect(self.submit)
        self.mode_button = QPushButton()
        self.mode_button.setFlat(True)
        self.mode_button.setObjectName("link")
        self.mode_button.clicked.connect(lambda: self.set_pin_mode(not self._pin_mode))
        buttons = QHBoxLayout()
        buttons.addWidget(self.mode_button)
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        for field in (self.username, self.password, self.pin):
            field.returnPressed.connect(self.submit)
            field.textEdited.connect(self._typed)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self.set_pin_mode(False)

    def use(self, auth: SignInService | None) -> None:
        self._auth = auth
        self._update_button()

    @property
    def pin_mode(self) -> bool:
        return self._pin_mode

    def set_pin_mode(self, pin: bool) -> None:
        self._pin_mode = pin
        self.heading.setText(self.tr("Quick switch with PIN") if pin else self.tr("Sign in"))
        self.mode_button.setText(self.tr("Sign in with password instead") if pin
                                 else self.tr("Quick switch with PIN"))
        self._form.setRowVisible(self.password, not pin)
        self._form.setRowVisible(self.pin, pin)
        self.password.clear()
        self.pin.clear()
        if not self._waiting():
            self._show_message("")
        self.focus_first()

    def clear(self) -> None:
        """Empty every field: the next person sees nobody's username."""
        self.username.clear()
        self.password.clear()
        self.pin.clear()
        if not self._waiting():
            self._show_message("")

    def focus_first(self) -> None:
        secret = self.pin if self._pin_mode else self.password
        target = secret if self.username.text() else self.username
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _typed(self) -> None:
        if not self._waiting():
            self._show_message("")

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _waiting(self) -> bool:
        return self.remaining_wait() > 0

    def remaining_wait(self) -> int:
        """Seconds until the next attempt is allowed (0: now)."""
        return max(0, math.ceil(self._wait_until - self.clock()))

    def _update_button(self) -> None:
        self.submit_button.setEnabled(self._auth is not None and not self._waiting())

    def submit(self) -> None:
        if self._auth is None or self._waiting():
            return
        username = self.username.text().strip()
        secret = self.pin.text() if self._pin_mode else self.password.text()
        if not username:
            self._show_message(self.tr("Enter your username."))
            self.username.setFocus()
            return
        if self._pin_mode and len(secret) < MIN_PIN:
            self._show_message(self.tr("A PIN has at least 6 digits."))
            self.pin.setFocus()
            return
        if not self._pin_mode and not secret:
            self._show_message(self.tr("Enter your password."))
            self.password.setFocus()
            return
        try:
            if self._pin_mode:
                principal = self._auth.switch_user(username, secret)
            else:
                principal = self._auth.login(username, secret)
        except LoginRefused as refused:
            self.password.clear()
            self.pin.clear()
            if refused.wait_seconds > 0:
                self.start_wait(refused.wait_seconds)
            elif self._pin_mode:
                self._show_message(self.tr("The username or the PIN is not right."))
            else:
                self._show_message(self.tr("The username or the password is not right."))
            (self.pin if self._pin_mode else self.password).setFocus()
            return
        except Exception as exc:  # whatever goes wrong, the screen stays and says why
            self.password.clear()
            self.pin.clear()
            self._show_message(describe(exc))
            return
        self.clear()
        self.signed_in.emit(principal)

    def start_wait(self, seconds: int) -> None:
        """Too many failed attempts: count down, with the button disabled until the wait is over."""
        self._wait_until = self.clock() + seconds
        self._countdown.start()
        self._tick()

    def _tick(self) -> None:
        left = self.remaining_wait()
        if left <= 0:
            self._countdown.stop()
            self._show_message(self.tr("You can try again now."))
        else:
            minutes, seconds = divmod(left, 60)
            text = self.tr("Too many failed attempts. Please wait %1 before the next try.")
            self._show_message(text.replace("%1", f"{minutes}:{seconds:02d}"))
        self._update_button()


class SetupForm(QWidget):
    """First start: the administrator account, whose password protects all personal data."""

    signed_in = Signal(object)  # Principal

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._auth: SignInService | None = None
        heading = QLabel(self.tr("Create the administrator account"))
        heading.setObjectName("formHeading")
        heading.setWordWrap(True)
        explanation = QLabel(self.tr(
            "This is the first start. The administrator creates the accounts of everyone else. "
            "The password protects the personal data of visitors and volunteers: choose a long one "
            "and keep it safe. It cannot be recovered; without it, nobody can manage the accounts."))
        explanation.setWordWrap(True)
        explanation.setObjectName("hint")
        self.username = username_field(self.tr("Username of the administrator"))
        self.username.setText("admin")
        self.password = password_field(self.tr("Password"))
        self.repeat = password_field(self.tr("Password again"))
        self.strength = QLabel()
        self.strength.setObjectName("hint")
        self.strength.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Username:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow("", self.strength)
        form.addRow(self.tr("&Repeat:"), self.repeat)
        self.message = field_error()
        self.create_button = QPushButton(self.tr("Create and sign in"))
        self.create_button.setObjectName("primary")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.submit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        for field in (self.username, self.password, self.repeat):
            field.returnPressed.connect(self.submit)
        self.password.textChanged.connect(self._rate)
        self._rate("")

    def use(self, auth: SignInService | None) -> None:
        self._auth = auth
        self.create_button.setEnabled(auth is not None)

    def focus_first(self) -> None:
        target = self.password if self.username.text() else self.username
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _rate(self, text: str) -> None:
        score = password_strength(text)
        if not text:
            hint = self.tr("At least 8 characters; a few unrelated words make a strong password.")
        elif score == 0:
            hint = self.tr("Too short: at least 8 characters.")
        elif score == 1:
            hint = self.tr("Weak: longer, or mix letters, digits and signs.")
        elif score == 2:
            hint = self.tr("Fair.")
        else:
            hint = self.tr("Strong.")
        self.strength.setText(hint)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def submit(self) -> None:
        if self._auth is None:
            return
        username = self.username.text().strip()
        password = self.password.text()
        if not username:
            self._show_message(self.tr("Enter a username for the administrator."))
            self.username.setFocus()
            return
        if len(password) < MIN_PASSWORD:
            self._show_message(self.tr("The password needs at least 8 characters."))
            self.password.setFocus()
            return
        if password != self.repeat.text():
            self._show_message(self.tr("The two passwords differ. Type the password again."))
            self.repeat.clear()
            self.repeat.setFocus()
            return
        try:
            principal = self._auth.create_first_admin(username, password)
        except Exception as exc:  # a refused password or name: said here, nothing crashes
            self._show_message(describe(exc))
            return
        self.password.clear()
        self.repeat.clear()
        self._show_message("")
        self.signed_in.emit(principal)


class LockScreen(QWidget):
    """Everything the window shows while nobody is signed in."""

    signed_in = Signal(object)  # Principal

    OPENING, FAILED, SIGN_IN, SETUP = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        picture = QLabel()
        picture.setPixmap(icon("app").pixmap(64, 64))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel(self.tr("Welcome Point Desk"))
        title.setObjectName("lockTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.site = QLabel()
        self.site.setObjectName("lockSite")
        self.site.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.site.setWordWrap(True)
        self.clock = QLabel()
        self.clock.setObjectName("lockClock")
        self.clock.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.status = QLabel(self.tr("Opening the database…"))
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.failure = QLabel()
        self.failure.setWordWrap(True)
        self.failure.setObjectName("fieldError")
        self.sign_in = SignInForm()
        self.setup = SetupForm()
        # One shown at a time; hidden ones take no room (a stacked widget would be as high as the highest).
        self._forms: list[QWidget] = [self.status, self.failure, self.sign_in, self.setup]
        self._current = self.OPENING
        for form in (self.sign_in, self.setup):
            form.signed_in.connect(self.signed_in)

        card = QFrame()
        card.setObjectName("signInCard")
        card.setMaximumWidth(520)
        card.setMinimumWidth(360)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(24, 20, 24, 20)
        for widget in self._forms:
            inner.addWidget(widget)
        self._show_form(self.OPENING)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(picture)
        layout.addWidget(title)
        layout.addWidget(self.site)
        layout.addWidget(self.clock)
        layout.addSpacing(16)
        layout.addLayout(row)
        layout.addStretch(3)

        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(10_000)
        self._clock_timer.timeout.connect(self._show_time)
        self._clock_timer.start()
        self._show_time()

    def _show_time(self) -> None:
        locale = QLocale()
        now = QDateTime.currentDateTime()
        day = locale.toString(now.date(), QLocale.FormatType.LongFormat)
        self.clock.setText(f"{day}\u2003{locale.toString(now.time(), QLocale.FormatType.ShortFormat)}")

    def _show_form(self, index: int) -> None:
        self._current = index
        for number, widget in enumerate(self._forms):
            widget.setVisible(number == index)

    def set_site(self, name: str) -> None:
        self.site.setText(name)

    def page(self) -> int:
        """Which form shows: OPENING, FAILED, SIGN_IN or SETUP."""
        return self._current

    def show_opening(self) -> None:
        self._show_form(self.OPENING)

    def show_failure(self, text: str) -> None:
        self.failure.setText(text)
        self._show_form(self.FAILED)

    def show_sign_in(self, auth: SignInService, *, pin: bool = False) -> None:
        self.sign_in.use(auth)
        self.sign_in.clear()
        self.sign_in.set_pin_mode(pin)
        self._show_form(self.SIGN_IN)
        self.sign_in.focus_first()

    def show_setup(self, auth: SignInService) -> None:
        self.setup.use(auth)
        self._show_form(self.SETUP)
        self.setup.focus_first()

    def focus_first(self) -> None:
        if self._current == self.SIGN_IN:
            self.sign_in.focus_first()
        elif self._current == self.SETUP:
            self.setup.focus_first()


class InputWatcher(QObject):
    """Application-wide: calls back on keyboard, mouse, wheel and touch input (at most once a second)."""

    INPUT = frozenset({
        QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove,
        QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TabletPress,
        QEvent.Type.ShortcutOverride,
    })

    def __init__(self, parent: QObject, on_input: Callable[[], None]) -> None:
        super().__init__(parent)
        self._on_input = on_input
        self._last = 0.0
        self._app: QCoreApplication | None = None

    def start(self) -> None:
        """Watch (while someone is signed in: a filter on every event costs a little)."""
        if self._app is None:
            self._app = QApplication.instance()
            if self._app is not None:
                self._app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.INPUT:
            now = time.monotonic()
            if now - self._last >= 1.0:
                self._last = now
                self._on_input()
        return False

    def stop(self) -> None:
        if self._app is not None:
            self._app.removeEventFilter(self)
            self._app = None


def _owned_by(widget: QWidget, owner: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if parent is owner:
            return True
        parent = parent.parentWidget()
    return False


def close_windows(owner: QMainWindow) -> None:
    """Before locking: close popups and dialogs; delete the hidden windows ``owner`` still holds.

    A visible dialog may be running its own event loop (exec): it is rejected, and deleted with
    its page or at the next lock, never under its own feet.
    """
    for _ in range(20):
        popup = QApplication.activePopupWidget()
        if popup is None:
            break
        popup.close()
    for widget in QApplication.topLevelWidgets():
        if widget is owner or isinstance(widget, QMainWindow) or not isValid(widget):
            continue
        dialog = isinstance(widget, QDialog)
        owned = _owned_by(widget, owner)
        if widget.isVisible() and (owned or dialog):
            if isinstance(widget, QDialog):
                widget.reject()
            widget.close()
        elif owned and dialog:
            widget.deleteLater()  # a dialog kept for reuse (the window's menus stay)
