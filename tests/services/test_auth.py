"""Accounts, login, the PIN quick switch and the persistent login throttle (with a fake clock)."""

from __future__ import annotations

import inspect
import sqlite3
from datetime import date, datetime, timedelta

import pytest
from argon2 import PasswordHasher, Type, extract_parameters

from welcome_point.domain.access import AccessDenied, NotSignedIn, Principal, Role
from welcome_point.domain.errors import ValidationError
from welcome_point.domain.models import Volunteer
from welcome_point.domain.passwords import LoginRefused, check_password, check_pin, login_delay
from welcome_point.services.access import Access, is_marked
from welcome_point.services.audit import AuditService
from welcome_point.services.auth import AuthService
from welcome_point.storage.bulk import Dataset, write_dataset
from welcome_point.storage.engine import Database

NOW = datetime(2026, 11, 25, 8, 0, 0)
ADMIN_PASSWORD = "correct horse battery"
PASSWORD = "desk password 1"
PIN = "246810"


class Clock:
    """A mutable clock: tests move time on instead of waiting."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


class CountingHasher(PasswordHasher):
    """Cheap parameters (tests stay fast) and a count of the checks made."""

    def __init__(self, **parameters: int) -> None:
        super().__init__(**({"time_cost": 1, "memory_cost": 8, "parallelism": 1} | parameters))
        self.verified = 0

    def verify(self, hash: str | bytes, password: str | bytes):
        self.verified += 1
        return super().verify(hash, password)


@pytest.fixture
def clock() -> Clock:
    return Clock(NOW)


@pytest.fixture
def hasher() -> CountingHasher:
    return CountingHasher()


@pytest.fixture
def access() -> Access:
    return Access(None)  # the app starts locked


@pytest.fixture
def auth(database, access, clock, hasher) -> AuthService:
    return AuthService(database, access=access, clock=clock, hasher=hasher)


@pytest.fixture
def admin(auth) -> Principal:
    return auth.create_first_admin("Admin", ADMIN_PASSWORD)


@pytest.fixture
def desk_account(auth, admin):
    return auth.create_account("Desk A", Role.VOLUNTEER, PASSWORD, pin=PIN)


def log(database) -> list[tuple[int | None, str, str, int | None]]:
    events = AuditService(database).events(limit=10_000)
    return [(e.account_id, e.action, e.object_type, e.object_id) for e in reversed(events)]


def stored_hash(database, account_id: int, column: str = "secret_hash") -> str:
    with sqlite3.connect(database.path) as connection:
        return connection.execute(f"SELECT {column} FROM accounts WHERE id = ?", (account_id,)).fetchone()[0]


# -- the pure rules ----------------------------------------------------------------------------

def test_login_delay_starts_at_the_fifth_failure_and_doubles_to_fifteen_minutes() -> None:
    assert [login_delay(n).total_seconds() for n in range(12)] == [0, 0, 0, 0, 0, 30, 60, 120, 240, 480, 900, 900]
    assert login_delay(10**9) == timedelta(minutes=15)


@pytest.mark.parametrize("bad", ["", "short12", " " * 12, "x" * 257, "\ud800abcdefgh", "abc\x00defgh", None, 12345678])
def test_bad_passwords(bad) -> None:
    with pytest.raises(ValidationError):
        check_password(bad)


@pytest.mark.parametrize("bad", ["12345", "1234567890123", "12345a", "١٢٣٤٥٦", " 123456", "", None, 123456])
def test_bad_pins(bad) -> None:
    with pytest.raises(ValidationError):
        check_pin(bad)


def test_good_secrets_pass_unchanged() -> None:
    assert check_password("  eight  ") == "  eight  "
    assert check_password("ü" * 256) == "ü" * 256
    assert check_pin("000000") == "000000"
    assert check_pin("9" * 12) == "9" * 12


def test_refusals_never_name_the_username() -> None:
    assert str(LoginRefused.wrong()) == "The username or password is not right."
    assert str(LoginRefused.waiting(timedelta(seconds=30))) == "Too many failed attempts. Try again in 30 seconds."
    assert LoginRefused.waiting(timedelta(seconds=29, microseconds=1)).wait_seconds == 30
    assert str(LoginRefused.waiting(timedelta(minutes=15))) == "Too many failed attempts. Try again in 15 minutes."


def test_every_public_method_states_its_role() -> None:
    for service in (AuthService, AuditService):
        for name, method in inspect.getmembers(service, inspect.isfunction):
            if not name.startswith("_"):
                assert is_marked(method), f"{service.__name__}.{name}"


# -- first start -------------------------------------------------------------------------------

def test_first_start_creates_and_signs_in_the_admin(auth, access, database) -> None:
    assert auth.needs_setup()
    principal = auth.create_first_admin("  Admin ", ADMIN_PASSWORD)
    assert principal.role == Role.ADMIN
    assert access.principal == principal
    assert not auth.needs_setup()
    assert [a.username for a in auth.accounts()] == ["Admin"]
    assert log(database) == [(principal.account_id, "admin_created", "account", principal.account_id)]
    with pytest.raises(AccessDenied):
        auth.create_first_admin("Other", ADMIN_PASSWORD)
    assert len(auth.accounts()) == 1


def test_first_admin_needs_a_good_password(auth) -> None:
    with pytest.raises(ValidationError):
        auth.create_first_admin("Admin", "short")
    with pytest.raises(ValidationError):
        auth.create_first_admin("   ", ADMIN_PASSWORD)
    assert auth.needs_setup()


def test_the_default_hasher_is_argon2id_above_owasp(database, access) -> None:
    auth = AuthService(database, access=access)
    principal = auth.create_first_admin("Admin", ADMIN_PASSWORD)
    parameters = extract_parameters(stored_hash(database, principal.account_id))
    assert parameters.type == Type.ID
    assert parameters.memory_cost >= 19 * 1024  # KiB
    assert parameters.time_cost >= 2
    assert parameters.memory_cost * parameters.time_cost > 19 * 1024 * 2  # more than the minimum


def test_outdated_hashes_are_replaced_at_login(database, access, clock, auth, desk_account) -> None:
    before = extract_parameters(stored_hash(database, desk_account.id))
    pin_before = extract_parameters(stored_hash(database, desk_account.id, "pin_hash"))
    assert before.memory_cost == 8
    upgraded = AuthService(database, access=access, clock=clock)  # argon2-cffi's default parameters
    upgraded.login("desk a", PASSWORD)
    after = extract_parameters(stored_hash(database, desk_account.id))
    assert after != before
    assert after == extract_parameters(PasswordHasher().hash("x"))
    upgraded.switch_user("Desk A", PIN)
    assert extract_parameters(stored_hash(database, desk_account.id, "pin_hash")) != pin_before
    hash_now = stored_hash(database, desk_account.id)
    upgraded.login("Desk A", PASSWORD)  # still the same password, and no second rehash
    assert stored_hash(database, desk_account.id) == hash_now


# -- login -------------------------------------------------------------------------------------

def test_login_signs_in_with_the_accounts_role_and_volunteer(auth, access, admin, database) -> None:
    with database.write() as session:
        write_dataset(session, Dataset(volunteers=(Volunteer(id=5, display_name="Anna", joined_on=date(2026, 1, 1)),)))
    account = auth.create_account("Coord", Role.COORDINATOR, PASSWORD, volunteer_id=5)
    auth.lock()
    assert access.principal is None
    principal = auth.login(" COORD ", PASSWORD)
    assert principal == Principal(account_id=account.id, role=Role.COORDINATOR, volunteer_id=5)
    assert access.principal == principal
    assert auth.current().username == "Coord"
    assert log(database)[-2:] == [(admin.account_id, "lock", "", None), (account.id, "login", "", None)]


def test_usernames_are_trimmed_and_compared_ignoring_case(auth, admin) -> None:
    created = auth.create_account("  Jörg Ö ", Role.STAFF, PASSWORD)
    assert created.username == "Jörg Ö"
    for taken in ("jörg ö", "JÖRG Ö", "Jo\u0308rg Ö"):  # "ö" typed as o + combining diaeresis, too
        with pytest.raises(ValidationError, match="taken"):
            auth.create_account(taken, Role.STAFF, PASSWORD)
    assert auth.login("jÖrg ö", PASSWORD).account_id == created.id


def test_wrong_password_and_unknown_name_look_the_same(auth, admin, database, hasher) -> None:
    hasher.verified = 0
    with pytest.raises(LoginRefused) as wrong:
        auth.login("Admin", "not the password")
    with pytest.raises(LoginRefused) as unknown:
        auth.login("Nobody", "not the password")
    assert str(wrong.value) == str(unknown.value) == "The username or password is not right."
    assert wrong.value.wait_seconds == unknown.value.wait_seconds == 0
    assert hasher.verified == 2  # the unknown name was checked against a dummy hash: the same work
    assert log(database)[-2:] == [(admin.account_id, "login_failed", "", None), (None, "login_failed", "", None)]


@pytest.mark.parametrize("username", ["", None, "\x00", "\ud800", "x" * 10_000, "Admin\u202e"])
@pytest.mark.parametrize("password", ["", None, "\ud800\udfff", "p" * 10_000, "\x00" * 9, 12])
def test_strange_input_is_a_refused_login(auth, admin, username, password) -> None:
    with pytest.raises(LoginRefused):
        auth.login(username, password)
    with pytest.raises(LoginRefused):
        auth.switch_user(username, password)


def test_inactive_accounts_cannot_sign_in(auth, admin, desk_account) -> None:
    auth.update_account(desk_account.id, active=False)
    with pytest.raises(LoginRefused, match="not right"):
        auth.login("Desk A", PASSWORD)
    with pytest.raises(LoginRefused, match="not right"):
        auth.switch_user("Desk A", PIN)
    auth.update_account(desk_account.id, active=True)
    assert auth.login("Desk A", PASSWORD).account_id == desk_account.id


# -- the throttle ------------------------------------------------------------------------------

def fail(auth: AuthService, username: str = "Desk A") -> LoginRefused:
    with pytest.raises(LoginRefused) as refused:
        auth.login(username, "wrong password")
    return refused.value


def test_the_delay_doubles_from_the_fifth_failure_up_to_fifteen_minutes(auth, desk_account, clock) -> None:
    assert [fail(auth).wait_seconds for _ in range(4)] == [0, 0, 0, 0]
    waits = []
    for _ in range(7):
        refused = fail(auth)
        seconds = refused.wait_seconds
        wait = f"{seconds} seconds" if seconds < 120 else f"{seconds // 60} minutes"
        assert str(refused) == f"Too many failed attempts. Try again in {wait}."
        waits.append(seconds)
        clock.advance(refused.wait_seconds)
    assert waits == [30, 60, 120, 240, 480, 900, 900]
    assert auth.login("Desk A", PASSWORD).account_id == desk_account.id
    assert fail(auth).wait_seconds == 0  # success started the count again


def test_while_waiting_the_secret_is_not_checked_and_the_rest_is_reported(auth, desk_account, clock,
                                                                           hasher, database) -> None:
    for _ in range(5):
        fail(auth)
    clock.advance(10)
    hasher.verified = 0
    with pytest.raises(LoginRefused) as refused:
        auth.login("Desk A", PASSWORD)  # even the right password waits
    assert refused.value.wait_seconds == 20
    assert str(refused.value) == "Too many failed attempts. Try again in 20 seconds."
    with pytest.raises(LoginRefused):
        auth.switch_user("Desk A", PIN)  # the quick switch shares the wait
    assert hasher.verified == 0
    clock.advance(20)
    assert auth.login("Desk A", PASSWORD).account_id == desk_account.id
    assert ("account_locked", desk_account.id) in {(a, o) for _, a, _, o in log(database)}


def test_the_wait_survives_a_restart(auth, desk_account, clock, data_dir, database) -> None:
    for _ in range(5):
        fail(auth)
    clock.advance(5)
    restarted_db = Database(database.path)  # a new engine and service: what a restart of the app makes
    try:
        restarted = AuthService(restarted_db, access=Access(None), clock=clock, hasher=CountingHasher())
        with pytest.raises(LoginRefused) as refused:
            restarted.login("Desk A", PASSWORD)
        assert refused.value.wait_seconds == 25
        clock.advance(25)
        assert fail(restarted).wait_seconds == 60  # the count went on from 5
        clock.advance(60)
        assert restarted.login("Desk A", PASSWORD).account_id == desk_account.id
    finally:
        restarted_db.dispose()


def test_unknown_names_wait_too_so_the_wait_reveals_nothing(auth, admin, clock) -> None:
    assert [fail(auth, "Nobody").wait_seconds for _ in range(6)] == [0, 0, 0, 0, 30, 30]
    clock.advance(30)
    assert fail(auth, "nobody ").wait_seconds == 60


def test_wrong_pins_count_with_wrong_passwords(auth, desk_account) -> None:
    for _ in range(2):
        fail(auth)
    for _ in range(2):
        with pytest.raises(LoginRefused, match="username or PIN"):
            auth.switch_user("Desk A", "000000")
    with pytest.raises(LoginRefused) as refused:
        auth.switch_user("Desk A", "111111")
    assert refused.value.wait_seconds == 30


def test_an_admin_lifts_the_wait(auth, admin, desk_account, access) -> None:
    for _ in range(5):
        fail(auth)
    access.sign_in(admin)
    assert [a.locked_until is not None for a in auth.accounts() if a.id == desk_account.id] == [True]
    auth.unlock(desk_account.id)
    assert auth.login("Desk A", PASSWORD).account_id == desk_account.id
    for _ in range(5):
        fail(auth)
    access.sign_in(admin)
    auth.reset_password(desk_account.id, "a new password")
    assert auth.login("Desk A", "a new password").account_id == desk_account.id


# -- quick switch, lock, settings --------------------------------------------------------------

def test_quick_switch_with_a_pin(auth, admin, desk_account, access, database) -> None:
    principal = auth.switch_user("desk a", PIN)
    assert access.principal == principal
    assert principal.role == Role.VOLUNTEER
    assert log(database)[-1] == (desk_account.id, "switch_user", "account", admin.account_id)
    access.sign_in(admin)
    with pytest.raises(LoginRefused):
        auth.switch_user("Admin", ADMIN_PASSWORD)  # no PIN: no quick switch, not even with the password
    with pytest.raises(ValidationError):
        auth.create_account("Short", Role.VOLUNTEER, PASSWORD, pin="12345")


def test_lock_signs_out_and_hides_everything(auth, admin, access, database) -> None:
    auth.lock()
    assert access.principal is None
    for call in (auth.accounts, auth.current, lambda: auth.set_lock_minutes(5),
                 lambda: AuditService(database, access=access).events()):
        with pytest.raises(NotSignedIn):
            call()
    auth.lock()  # locking a locked app records nothing more
    assert [a for _, a, _, _ in log(database)].count("lock") == 1
    assert auth.lock_minutes() == 10  # the idle timer needs it while locked


def test_lock_minutes_setting(auth, admin, access, database) -> None:
    staff = auth.create_account("Staff", Role.STAFF, PASSWORD)
    volunteer = auth.create_account("Vol", Role.VOLUNTEER, PASSWORD)
    access.sign_in(Principal(volunteer.id, Role.VOLUNTEER))
    with pytest.raises(AccessDenied):
        auth.set_lock_minutes(30)
    access.sign_in(Principal(staff.id, Role.STAFF))
    for bad in (0, 241, -5, 10**20, True, "10", None):
        with pytest.raises(ValidationError):
            auth.set_lock_minutes(bad)
    auth.set_lock_minutes(30)
    assert auth.lock_minutes() == 30
    assert log(database)[-1] == (staff.id, "settings_changed", "security.lock_minutes", None)


# -- the accounts page -------------------------------------------------------------------------

def test_only_admins_manage_accounts(auth, admin, desk_account, access) -> None:
    for role in (Role.VOLUNTEER, Role.COORDINATOR, Role.STAFF):
        access.sign_in(Principal(desk_account.id, role))
        for call in (auth.accounts, lambda: auth.create_account("X", Role.ADMIN, PASSWORD),
                     lambda: auth.update_account(desk_account.id, role=Role.ADMIN),
                     lambda: auth.reset_password(desk_account.id, PASSWORD),
                     lambda: auth.set_pin(desk_account.id, None), lambda: auth.unlock(desk_account.id)):
            with pytest.raises(AccessDenied):
                call()


def test_the_last_active_admin_stays(auth, admin, access, database) -> None:
    for change in ({"role": Role.STAFF}, {"active": False}, {"role": Role.VOLUNTEER, "active": False}):
        with pytest.raises(ValidationError, match="last active admin"):
            auth.update_account(admin.account_id, **change)
    second = auth.create_account("Second", Role.ADMIN, PASSWORD)
    auth.update_account(second.id, active=False)
    with pytest.raises(ValidationError, match="last active admin"):
        auth.update_account(admin.account_id, role=Role.STAFF)  # an inactive admin does not count
    auth.update_account(second.id, active=True)
    changed = auth.update_account(admin.account_id, role=Role.STAFF)
    assert changed.role == Role.STAFF
    assert access.principal == Principal(admin.account_id, Role.STAFF)  # own rights follow at once
    with pytest.raises(AccessDenied):
        auth.accounts()
    access.sign_in(Principal(second.id, Role.ADMIN))
    with pytest.raises(ValidationError, match="last active admin"):
        auth.update_account(second.id, active=False)
    assert not auth.needs_setup()


def test_account_changes_are_audited_with_ids_only(auth, admin, desk_account, database) -> None:
    with database.write() as session:
        write_dataset(session, Dataset(volunteers=(Volunteer(id=3, display_name="Bea", joined_on=date(2026, 1, 1)),)))
    auth.update_account(desk_account.id, volunteer_id=3)
    assert auth.update_account(desk_account.id, role=Role.COORDINATOR).volunteer_id == 3  # ... = unchanged
    assert auth.update_account(desk_account.id, volunteer_id=None).volunteer_id is None
    with pytest.raises(ValidationError):
        auth.update_account(desk_account.id, volunteer_id=99)
    with pytest.raises(ValidationError):
        auth.update_account(12345, active=True)
    auth.set_pin(desk_account.id, None)
    auth.reset_password(desk_account.id, "another password")
    admin_id = admin.account_id
    assert log(database)[1:] == [
        (admin_id, "account_created", "account", desk_account.id),
        (admin_id, "account_changed", "account", desk_account.id),
        (admin_id, "account_changed", "account", desk_account.id),
        (admin_id, "account_changed", "account", desk_account.id),
        (admin_id, "pin_changed", "account", desk_account.id),
        (admin_id, "password_changed", "account", desk_account.id),
    ]
    with sqlite3.connect(database.path) as connection:
        text = repr(connection.execute("SELECT * FROM audit_events").fetchall())
    for secret in ("Desk A", "Admin", PASSWORD, PIN, ADMIN_PASSWORD, "Bea"):
        assert secret not in text


def test_own_password_and_pin(auth, desk_account, access, database, clock) -> None:
    auth.login("Desk A", PASSWORD)
    with pytest.raises(LoginRefused):
        auth.change_own_password("wrong password", "new password 2")
    with pytest.raises(ValidationError):
        auth.change_own_password(PASSWORD, "short")
    auth.change_own_password(PASSWORD, "new password 2")
    auth.set_own_pin("new password 2", "13579111")
    auth.lock()
    with pytest.raises(LoginRefused):
        auth.login("Desk A", PASSWORD)
    assert auth.switch_user("Desk A", "13579111").account_id == desk_account.id
    assert auth.current().has_pin
    auth.set_own_pin("new password 2", None)
    assert not auth.current().has_pin
    assert [a for acc, a, _, o in log(database) if acc == desk_account.id and o == desk_account.id] == [
        "password_changed", "pin_changed", "pin_changed"]
    for _ in range(5):  # guessing one's own password at an open desk waits like a login
        with pytest.raises(LoginRefused) as refused:
            auth.change_own_password("guess", "new password 3")
    assert refused.value.wait_seconds == 30


def test_the_command_line_has_no_own_account(database) -> None:
    auth = AuthService(database, hasher=CountingHasher())  # SYSTEM principal
    with pytest.raises(ValidationError):
        auth.current()
    with pytest.raises(ValidationError):
        auth.change_own_password(PASSWORD, "new password 2")
    assert auth.create_account("Admin", Role.ADMIN, PASSWORD).role == Role.ADMIN  # e.g. a setup command
