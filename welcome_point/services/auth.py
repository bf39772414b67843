"""Signing in and out, the PIN quick switch, the login throttle, and the admin's account page.

Secrets are hashed with argon2id (argon2-cffi's defaults: 64 MiB, 3 passes, above OWASP's
minimum of 19 MiB and 2 passes); a hash made with weaker parameters is replaced at the next
successful login. Failed logins are counted on the account row, so the delay they cause survives
a restart. No message and no timing tells whether a username exists.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from datetime import datetime, timedelta
from types import EllipsisType

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, UnsupportedParametersError, VerificationError
from sqlalchemy.orm import Session

from welcome_point.domain.access import AccessDenied, Principal, Role
from welcome_point.domain.errors import ValidationError
from welcome_point.domain.passwords import (
    PASSWORD_MAX,
    Account,
    Credentials,
    LoginRefused,
    NameThrottle,
    check_password,
    check_pin,
    login_delay,
    normal_username,
)
from welcome_point.services.access import Access, public, requires
from welcome_point.services.audit import AuditService
from welcome_point.storage.accounts import SqlAccountRepository
from welcome_point.storage.engine import Database
from welcome_point.storage.repositories import SqlSettingsRepository

LOCK_MINUTES_KEY = "security.lock_minutes"
DEFAULT_LOCK_MINUTES = 10
LOCK_MINUTES_RANGE = range(1, 241)


class AuthService:
    def __init__(self, database: Database, access: Access | None = None, audit: AuditService | None = None,
                 clock: Callable[[], datetime] = datetime.now, hasher: PasswordHasher | None = None) -> None:
        self._db = database
        self._access = access or Access()
        self._audit = audit or AuditService(database, access=self._access, clock=clock)
        self._clock = clock
        self._hasher = hasher or PasswordHasher()
        self._dummy_hash: str | None = None
        self._names = NameThrottle()

    # -- first start --------------------------------------------------------------------------

    @public
    def needs_setup(self) -> bool:
        """True while no active admin account exists: the window then asks for one."""
        with self._db.read() as session:
            return SqlAccountRepository(session).active_admins() == 0

    @public
    def create_first_admin(self, username: str, password: str) -> Principal:
        """The admin account of a fresh install, signed in at once. Refused once an admin exists."""
        name = normal_username(username)
        password_hash = self._hasher.hash(check_password(password))  # slow: before taking the write lock
        with self._db.write() as session:
            accounts = SqlAccountRepository(session)
            if accounts.active_admins() > 0:
                raise AccessDenied("An admin account exists already; sign in with it.")
            self._check_free(accounts, name)
            account = accounts.add(username=name, role=Role.ADMIN, password_hash=password_hash, pin_hash=None,
                                   volunteer_id=None, created_at=self._now())
            self._audit.record_as(session, account.id, "admin_created", "account", account.id)
        principal = _principal(account)
        self._access.sign_in(principal)
        return principal

    # -- signing in and out ---------------------------------------------------------------------

    @public
    def login(self, username: str, password: str) -> Principal:
        """Sign in with username and password, or LoginRefused (wrong, or wait ``wait_seconds``)."""
        account = self._attempt(username, password, pin=False)
        principal = _principal(account)
        self._access.sign_in(principal)
        return principal

    @public
    def switch_user(self, username: str, pin: str) -> Principal:
        """Quick switch at the desk with a PIN; only accounts that have one. Same throttle as login."""
        previous = self._access.account_id
        account = self._attempt(username, pin, pin=True, previous=previous)
        principal = _principal(account)
        self._access.sign_in(principal)
        return principal

    @public
    def lock(self) -> None:
        """Sign out (the lock screen). Signed out first: a failed audit write must not keep it open."""
        principal = self._access.principal
        self._access.sign_out()
        if principal is not None:
            with self._db.write() as session:
                self._audit.record_as(session, principal.account_id, "lock")

    # -- settings -----------------------------------------------------------------------------

    @public
    def lock_minutes(self) -> int:
        """Idle minutes before the app locks itself (setting, default 10)."""
        with self._db.read() as session:
            value = SqlSettingsRepository(session).get(LOCK_MINUTES_KEY)
        try:
            minutes = int(value or "")
        except ValueError:
            return DEFAULT_LOCK_MINUTES
        return minutes if minutes in LOCK_MINUTES_RANGE else DEFAULT_LOCK_MINUTES

    @requires(Role.STAFF)
    def set_lock_minutes(self, minutes: int) -> None:
        if isinstance(minutes, bool) or not isinstance(minutes, int) or minutes not in LOCK_MINUTES_RANGE:
            raise ValidationError("the app locks after 1 to 240 idle minutes", "lock_minutes")
        with self._db.write() as session:
            SqlSettingsRepository(session).set(LOCK_MINUTES_KEY, str(minutes))
            self._audit.record_in(session, "settings_changed", LOCK_MINUTES_KEY)

    # -- the accounts page (admins) -----------------------------------------------------------

    @requires(Role.ADMIN)
    def accounts(self) -> list[Account]:
        with self._db.read() as session:
            return SqlAccountRepository(session).all()

    @requires(Role.ADMIN)
    def create_account(self, username: str, role: Role, password: str, pin: str | None = None,
                       volunteer_id: int | None = None) -> Account:
        name = normal_username(username)
        role = _role(role)
        password_hash = self._hasher.hash(check_password(password))
        pin_hash = None if pin is None else self._hasher.hash(check_pin(pin))
        with self._db.write() as session:
            accounts = SqlAccountRepository(session)
            self._check_free(accounts, name)
            _check_volunteer(accounts, volunteer_id)
            account = accounts.add(username=name, role=role, password_hash=password_hash, pin_hash=pin_hash,
                                   volunteer_id=volunteer_id, created_at=self._now())
            self._audit.record_in(session, "account_created", "account", account.id)
        return account

    @requires(Role.ADMIN)
    def update_account(self, account_id: int, *, role: Role | None = None, active: bool | None = None,
                       volunteer_id: int | EllipsisType | None = ...) -> Account:
        """Change role, active or the linked volunteer (``...`` = unchanged, None = no volunteer)."""
        new_role = None if role is None else _role(role)
        if active is not None and not isinstance(active, bool):
            raise ValidationError("active is yes or no", "active")
        with self._db.write() as session:
            accounts = SqlAccountRepository(session)
            current = _existing(accounts, account_id)
            demoted = new_role is not None and new_role != Role.ADMIN
            if (current.role == Role.ADMIN and current.active and (demoted or active is False)
                    and accounts.active_admins() <= 1):
                raise ValidationError("the last active admin account must stay an active admin", "role")
            linked = None if isinstance(volunteer_id, EllipsisType) else volunteer_id
            if linked is not None:
                _check_volunteer(accounts, linked)
            updated = accounts.update(account_id, role=new_role, active=active, volunteer_id=linked,
                                      set_volunteer=not isinstance(volunteer_id, EllipsisType))
            assert updated is not None
            self._audit.record_in(session, "account_changed", "account", account_id)
        if self._access.account_id == account_id:
            # The signed-in admin changed their own account: the rights follow at once.
            if updated.active:
                self._access.sign_in(_principal(updated))
            else:
                self._access.sign_out()
        return updated

    @requires(Role.ADMIN)
    def reset_password(self, account_id: int, password: str) -> None:
        """A new password set by an admin; it also lifts a login delay."""
        password_hash = self._hasher.hash(check_password(password))
        with self._db.write() as session:
            accounts = SqlAccountRepository(session)
            _existing(accounts, account_id)
            accounts.set_password_hash(account_id, password_hash)
            accounts.reset_failures(account_id)
            self._audit.record_in(session, "password_changed", "account", account_id)

    @requires(Role.ADMIN)
    def set_pin(self, account_id: int, pin: str | None) -> None:
        """Give an account a PIN for the quick switch, or take it away (None)."""
        self._store_pin(account_id, pin)

    @requires(Role.ADMIN)
    def unlock(self, account_id: int) -> None:
        """Lift the login delay after failed attempts."""
        with self._db.write() as session:
            accounts = SqlAccountRepository(session)
            _existing(accounts, account_id)
            accounts.reset_failures(account_id)
            self._audit.record_in(session, "account_changed", "account", account_id)

    # -- one's own account --------------------------------------------------------------------

    @requires(Role.VOLUNTEER)
    def current(self) -> Account:
        with self._db.read() as session:
            return _existing(SqlAccountRepository(session), self._own_id())

    @requires(Role.VOLUNTEER)
    def change_own_password(self, old: str, new: str) -> None:
        """The old password is checked with the login throttle: an open desk is no way to guess it."""
        password_hash = self._hasher.hash(check_password(new))
        account_id = self._own_id()
        self._confirm(account_id, old)
        with self._db.write() as session:
            SqlAccountRepository(session).set_password_hash(account_id, password_hash)
            self._audit.record_in(session, "password_changed", "account", account_id)

    @requires(Role.VOLUNTEER)
    def set_own_pin(self, password: str, pin: str | None) -> None:
        """Set (or with None remove) one's own PIN, confirmed with the password."""
        if pin is not None:
            check_pin(pin)
        account_id = self._own_id()
        self._confirm(account_id, password)
        self._store_pin(account_id, pin)

    # -- the checks behind it -----------------------------------------------------------------

    def _now(self) -> datetime:
        return self._clock().replace(microsecond=0)

    def _own_id(self) -> int:
        account_id = self._access.account_id
        if account_id is None:
            raise ValidationError("the command line has no account of its own")
        return account_id

    def _check_free(self, accounts: SqlAccountRepository, name: str) -> None:
        if accounts.by_username(name) is not None:
            raise ValidationError("this username is taken", "username")

    def _store_pin(self, account_id: int, pin: str | None) -> None:
        pin_hash = None if pin is None else self._hasher.hash(check_pin(pin))
        with self._db.write() as session:
            accounts = SqlAccountRepository(session)
            _existing(accounts, account_id)
            accounts.set_pin_hash(account_id, pin_hash)
            self._audit.record_in(session, "pin_changed", "account", account_id)

    def _verify(self, stored: str, secret: str) -> bool:
        try:
            return self._hasher.verify(stored, secret)
        except (VerificationError, InvalidHashError, UnsupportedParametersError):
            return False

    def _dummy(self) -> str:
        # Made once with the same hasher, so that checking an unknown name costs what a real check costs.
        if self._dummy_hash is None:
            self._dummy_hash = self._hasher.hash(secrets.token_urlsafe(24))
        return self._dummy_hash

    def _attempt(self, username: str, secret: str, *, pin: bool, previous: int | None = None) -> Account:
        """Check a login or quick switch; count a failure, or reset the count and rehash on success."""
        now = self._now()
        kind = "PIN" if pin else "password"
        name = username if isinstance(username, str) else ""
        usable = isinstance(secret, str) and len(secret) <= PASSWORD_MAX and _utf8(secret)
        with self._db.read() as session:
            found = SqlAccountRepository(session).by_username(name) if _utf8(name) else None
        stored = None if found is None else (found.pin_hash if pin else found.password_hash)
        if found is None or not found.account.active:
            # No usable account: the same work and the same answers as for a wrong secret.
            audited = None if found is None else found.account.id
            locked = self._names.locked_until(name)
            if locked is not None and locked > now:
                self._failed(audited)
                raise LoginRefused.waiting(locked - now)
            if usable:
                self._verify(stored or self._dummy(), secret)
            delay = self._names.fail(name, now)
            self._failed(audited)
            raise LoginRefused.waiting(delay) if delay else LoginRefused.wrong(kind)
        account = found.account
        if account.locked_at(now):
            assert account.locked_until is not None
            self._failed(account.id)  # the secret is not even checked while the account waits
            raise LoginRefused.waiting(account.locked_until - now)
        if not (usable and self._verify(stored or self._dummy(), secret)):
            delay = self._count_failure(account.id, now)
            raise LoginRefused.waiting(delay) if delay else LoginRefused.wrong(kind)
        assert stored is not None
        self._succeeded(found, stored, secret, pin=pin, previous=previous)
        return account

    def _confirm(self, account_id: int, secret: str) -> None:
        """Check the signed-in account's own password (before changing secrets), throttled."""
        now = self._now()
        with self._db.read() as session:
            found = SqlAccountRepository(session).credentials(account_id)
        if found is None:
            raise ValidationError("this account no longer exists")
        if found.account.locked_at(now):
            assert found.account.locked_until is not None
            raise LoginRefused.waiting(found.account.locked_until - now)
        usable = isinstance(secret, str) and len(secret) <= PASSWORD_MAX and _utf8(secret)
        if not (usable and self._verify(found.password_hash, secret)):
            delay = self._count_failure(account_id, now)
            raise LoginRefused.waiting(delay) if delay else LoginRefused.wrong()
        if found.account.failed_logins:
            with self._db.write() as session:
                SqlAccountRepository(session).reset_failures(account_id)

    def _failed(self, account_id: int | None) -> None:
        with self._db.write() as session:
            self._audit.record_as(session, account_id, "login_failed")

    def _count_failure(self, account_id: int, now: datetime) -> timedelta:
        with self._db.write() as session:
            accounts = SqlAccountRepository(session)
            delay = login_delay(accounts.record_failure(account_id))
            self._audit.record_as(session, account_id, "login_failed")
            if delay:
                accounts.set_locked_until(account_id, now + delay)
                self._audit.record_as(session, account_id, "account_locked", "account", account_id)
        return delay

    def _succeeded(self, found: Credentials, stored: str, secret: str, *, pin: bool,
                   previous: int | None) -> None:
        account = found.account
        # Outdated parameters (an older, cheaper hasher): replace the hash now that we know the secret.
        fresh = self._hasher.hash(secret) if self._hasher.check_needs_rehash(stored) else None
        with self._db.write() as session:
            accounts = SqlAccountRepository(session)
            if account.failed_logins or account.locked_until is not None:
                accounts.reset_failures(account.id)
            if fresh is not None:
                (accounts.set_pin_hash if pin else accounts.set_password_hash)(account.id, fresh)
            self._record_sign_in(session, account.id, pin=pin, previous=previous)

    def _record_sign_in(self, session: Session, account_id: int, *, pin: bool, previous: int | None) -> None:
        if pin:
            self._audit.record_as(session, account_id, "switch_user", "account" if previous else "", previous)
        else:
            self._audit.record_as(session, account_id, "login")


def _utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _principal(account: Account) -> Principal:
    return Principal(account_id=account.id, role=account.role, volunteer_id=account.volunteer_id)


def _role(value: Role | str) -> Role:
    if isinstance(value, Role):
        return value
    try:
        return Role.from_code(value) if isinstance(value, str) else Role(value)
    except ValueError:
        raise ValidationError("unknown role", "role") from None


def _existing(accounts: SqlAccountRepository, account_id: int) -> Account:
    if isinstance(account_id, bool) or not isinstance(account_id, int) or not 0 < account_id < 2**63:
        raise ValidationError("this account does not exist")
    account = accounts.get(account_id)
    if account is None:
        raise ValidationError("this account does not exist")
    return account


def _check_volunteer(accounts: SqlAccountRepository, volunteer_id: int | None) -> None:
    if volunteer_id is None:
        return
    if (isinstance(volunteer_id, bool) or not isinstance(volunteer_id, int) or not 0 < volunteer_id < 2**63
            or not accounts.volunteer_exists(volunteer_id)):
        raise ValidationError("this volunteer does not exist", "volunteer_id")
