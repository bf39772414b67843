"""Who may do what: the four roles of the app and the principal a service acts for.

Roles are ordered: each one may do everything the one below it may. The services check the
role of the current principal before they touch the database (``services.access``); the window
only hides what the role may not use.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from welcome_point.domain.errors import WelcomePointError


class Role(IntEnum):
    VOLUNTEER = 1  # the desk, and checking in to one's own shift
    COORDINATOR = 2  # + volunteers, shifts, rosters, referral follow-up, the visit list
    STAFF = 3  # + reports, exports, the partner directory, settings, backups
    ADMIN = 4  # + accounts, the audit log, retention, erasure, restore

    @property
    def code(self) -> str:
        """The code stored in accounts.role (vocabulary ACCOUNT_ROLES)."""
        return self.name.lower()

    @classmethod
    def from_code(cls, code: str) -> Role:
        try:
            return cls[code.upper()]
        except KeyError:
            raise ValueError(f"unknown role {code!r}") from None


@dataclass(frozen=True, slots=True)
class Principal:
    """The account a service call acts for. ``account_id`` None: the command line (SYSTEM)."""

    account_id: int | None
    role: Role
    volunteer_id: int | None = None

    def may(self, role: Role) -> bool:
        return self.role >= role


# The command line acts with full rights: whoever can run it can read the database file anyway.
SYSTEM = Principal(account_id=None, role=Role.ADMIN)


class AccessDenied(WelcomePointError):  # noqa: N818 - reads as what happened, like PermissionError
    """The current account's role does not allow this operation; nothing was read or changed."""


class NotSignedIn(AccessDenied):
    """Nobody is signed in (the app is locked); nothing was read or changed."""
