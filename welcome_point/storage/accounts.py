"""The accounts table: logins with their hashes and the persistent failed-login counter."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from welcome_point.domain.access import Role
from welcome_point.domain.passwords import Account, Credentials, username_key
from welcome_point.storage.tables import AccountRow, VolunteerRow


def _account(row: AccountRow) -> Account:
    return Account(id=row.id, username=row.username, role=Role.from_code(row.role),
                   volunteer_id=row.volunteer_id, active=bool(row.active), has_pin=row.pin_hash is not None,
                   created_at=row.created_at, failed_logins=row.failed_logins or 0,
                   locked_until=row.locked_until)


def _credentials(row: AccountRow) -> Credentials:
    return Credentials(account=_account(row), password_hash=row.secret_hash, pin_hash=row.pin_hash)


class SqlAccountRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def _row(self, account_id: int) -> AccountRow | None:
        return self._session.get(AccountRow, account_id)

    def all(self) -> list[Account]:
        rows = self._session.scalars(select(AccountRow)).all()
        return sorted((_account(row) for row in rows), key=lambda a: (username_key(a.username), a.id))

    def get(self, account_id: int) -> Account | None:
        row = self._row(account_id)
        return None if row is None else _account(row)

    def credentials(self, account_id: int) -> Credentials | None:
        row = self._row(account_id)
        return None if row is None else _credentials(row)

    def by_username(self, username: str) -> Credentials | None:
        """The account whose name matches ignoring case and surrounding spaces.

        Compared in Python, not with SQL lower(): SQLite folds ASCII letters only, and "ÖZ" must
        find "öz". An install has a few dozen accounts, so reading their names costs nothing.
        """
        key = username_key(username)
        for account_id, name in self._session.execute(select(AccountRow.id, AccountRow.username)):
            if username_key(name) == key:
                return self.credentials(account_id)
        return None

    def active_admins(self) -> int:
        return self._session.scalar(select(func.count()).select_from(AccountRow).where(
            AccountRow.role == Role.ADMIN.code, AccountRow.active.is_(True))) or 0

    def volunteer_exists(self, volunteer_id: int) -> bool:
        return self._session.get(VolunteerRow, volunteer_id) is not None

    def add(self, *, username: str, role: Role, password_hash: str, pin_hash: str | None,
            volunteer_id: int | None, created_at: datetime) -> Account:
        row = AccountRow(username=username, role=role.code, secret_hash=password_hash, pin_hash=pin_hash,
                         volunteer_id=volunteer_id, active=True, created_at=created_at, failed_logins=0,
                         locked_until=None)
        self._session.add(row)
        self._session.flush()
        return _account(row)

    def update(self, account_id: int, *, role: Role | None = None, active: bool | None = None,
               volunteer_id: int | None = None, set_volunteer: bool = False) -> Account | None:
        row = self._row(account_id)
        if row is None:
            return None
        if role is not None:
            row.role = role.code
        if active is not None:
            row.active = active
        if set_volunteer:
            row.volunteer_id = volunteer_id
        self._session.flush()
        return _account(row)

    def set_password_hash(self, account_id: int, password_hash: str) -> None:
        self._session.execute(update(AccountRow).where(AccountRow.id == account_id)
                              .values(secret_hash=password_hash))

    def set_pin_hash(self, account_id: int, pin_hash: str | None) -> None:
        self._session.execute(update(AccountRow).where(AccountRow.id == account_id).values(pin_hash=pin_hash))

    def record_failure(self, account_id: int) -> int:
        """One more failed login in a row (counted in SQL, so two desks never lose one); the new count."""
        self._session.execute(update(AccountRow).where(AccountRow.id == account_id)
                              .values(failed_logins=AccountRow.failed_logins + 1))
        return self._session.scalar(select(AccountRow.failed_logins).where(AccountRow.id == account_id)) or 0

    def set_locked_until(self, account_id: int, until: datetime | None) -> None:
        self._session.execute(update(AccountRow).where(AccountRow.id == account_id)
                              .values(locked_until=until))

    def reset_failures(self, account_id: int) -> None:
        self._session.execute(update(AccountRow).where(AccountRow.id == account_id)
                              .values(failed_logins=0, locked_until=None))
