"""Accounts and the rules for their secrets: passwords, PINs and the delay after failed logins.

Pure rules (stdlib only); hashing and storage live in the services and storage layers. Every
message here is safe to show at a shared desk: none says whether a username exists.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime, timedelta

from welcome_point.domain.access import AccessDenied, Role
from welcome_point.domain.errors import ValidationError

PASSWORD_MIN, PASSWORD_MAX = 8, 256
PIN_MIN, PIN_MAX = 6, 12
USERNAME_MAX = 60

FREE_FAILURES = 4  # failed logins in a row that cost nothing; the 5th starts the delay
FIRST_DELAY = timedelta(seconds=30)
LONGEST_DELAY = timedelta(minutes=15)
REMEMBERED_NAMES = 1000  # unknown usernames whose failures are kept in memory (oldest dropped)


@dataclass(frozen=True, slots=True)
class Account:
    """A login as the accounts page shows it: never its hashes."""

    id: int
    username: str
    role: Role
    volunteer_id: int | None
    active: bool
    has_pin: bool
    created_at: datetime
    failed_logins: int = 0
    locked_until: datetime | None = None  # logins wait until then (after repeated failures)

    def locked_at(self, now: datetime) -> bool:
        return self.locked_until is not None and self.locked_until > now


@dataclass(frozen=True, slots=True)
class Credentials:
    """An account with its stored hashes: only the auth service sees these."""

    account: Account
    password_hash: str
    pin_hash: str | None


class LoginRefused(AccessDenied):
    """Wrong credentials (``wait_seconds`` 0) or too many failures (wait that long); nothing changed."""

    def __init__(self, message: str, wait_seconds: int = 0) -> None:
        super().__init__(message)
        self.wait_seconds = wait_seconds

    @classmethod
    def wrong(cls, secret: str = "password") -> LoginRefused:
        # One message for an unknown username, a deactivated account and a wrong secret.
        return cls(f"The username or {secret} is not right.")

    @classmethod
    def waiting(cls, wait: timedelta) -> LoginRefused:
        seconds = max(1, int(-(-wait.total_seconds() // 1)))  # rounded up: never "0 seconds"
        return cls(f"Too many failed attempts. Try again in {wait_text(seconds)}.", seconds)


def wait_text(seconds: int) -> str:
    if seconds < 120:
        return f"{seconds} second" + ("" if seconds == 1 else "s")
    return f"{-(-seconds // 60)} minutes"


def _encodable(text: str) -> bool:
    # A lone surrogate cannot be hashed (it has no UTF-8 form); refuse it as input, do not crash.
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def check_password(text: str) -> str:
    """The password unchanged, or ValidationError: 8 to 256 characters, not only spaces.

    No composition rules (NIST SP 800-63B): length is what makes a password strong.
    """
    if not isinstance(text, str) or not _encodable(text):
        raise ValidationError("a password is text", "password")
    if not PASSWORD_MIN <= len(text) <= PASSWORD_MAX:
        raise ValidationError(f"a password has {PASSWORD_MIN} to {PASSWORD_MAX} characters", "password")
    if not text.strip():
        raise ValidationError("a password cannot be only spaces", "password")
    if "\x00" in text:
        raise ValidationError("a password cannot contain a NUL character", "password")
    return text


def check_pin(text: str) -> str:
    """The PIN unchanged, or ValidationError: 6 to 12 digits 0-9."""
    if not isinstance(text, str) or not (text.isascii() and text.isdigit()
                                         and PIN_MIN <= len(text) <= PIN_MAX):
        raise ValidationError(f"a PIN has {PIN_MIN} to {PIN_MAX} digits", "pin")
    return text


def normal_username(text: str) -> str:
    """The username as stored: trimmed, NFC (the same letters typed on any keyboard match)."""
    if not isinstance(text, str) or not _encodable(text):
        raise ValidationError("a username is text", "username")
    name = unicodedata.normalize("NFC", text.strip())
    if not name:
        raise ValidationError("a username cannot be empty", "username")
    if len(name) > USERNAME_MAX:
        raise ValidationError(f"a username has at most {USERNAME_MAX} characters", "username")
    if any(unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp") for c in name):
        raise ValidationError("a username cannot contain control or invisible characters", "username")
    return name


def username_key(text: str) -> str:
    """What two usernames compare by: "Anna", " anna " and "ANNA" are the same login."""
    return unicodedata.normalize("NFC", text.strip()).casefold()


def login_delay(failures: int) -> timedelta:
    """How long logins wait after ``failures`` failures in a row: none below 5, then 30 s doubling
    with each further failure, at most 15 minutes."""
    if failures <= FREE_FAILURES:
        return timedelta(0)
    doublings = min(failures - FREE_FAILURES - 1, 10)  # 30 s * 2**5 is past the cap already
    delay: timedelta = FIRST_DELAY * (1 << doublings)
    return min(delay, LONGEST_DELAY)


class NameThrottle:
    """Failures for usernames with no usable account, kept in memory only.

    Without it, five wrong passwords for an existing account would bring the wait message and
    five for an unknown name would not: the difference would tell which names exist. Only a hash
    of the typed name is kept, never the name itself, and nothing of it is written to the database.
    """

    def __init__(self) -> None:
        self._entries: OrderedDict[bytes, tuple[int, datetime | None]] = OrderedDict()

    @staticmethod
    def _key(username: str) -> bytes:
        return hashlib.sha256(username_key(username).encode("utf-8", "surrogatepass")).digest()

    def locked_until(self, username: str) -> datetime | None:
        return self._entries.get(self._key(username), (0, None))[1]

    def fail(self, username: str, now: datetime) -> timedelta:
        key = self._key(username)
        failures = self._entries.pop(key, (0, None))[0] + 1
        delay = login_delay(failures)
        self._entries[key] = (failures, now + delay if delay else None)
        while len(self._entries) > REMEMBERED_NAMES:
            self._entries.popitem(last=False)
        return delay
