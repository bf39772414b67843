"""Role checks in the services: every public operation states the least role it needs.

One ``Access`` object is shared by all services of an open database; the window signs a
principal in and out of it (login, quick switch, lock). The check runs before the operation
touches the database, so a refused call reads and changes nothing.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, Concatenate, ParamSpec, Protocol, TypeVar

from welcome_point.domain.access import SYSTEM, AccessDenied, NotSignedIn, Principal, Role

P = ParamSpec("P")
R = TypeVar("R")
REQUIRED_ROLE = "__required_role__"


class Access:
    """The principal the services act for; None while the app is locked."""

    def __init__(self, principal: Principal | None = SYSTEM) -> None:
        self._principal = principal

    @property
    def principal(self) -> Principal | None:
        return self._principal

    def sign_in(self, principal: Principal) -> None:
        self._principal = principal

    def sign_out(self) -> None:
        self._principal = None

    def require(self, role: Role) -> Principal:
        principal = self._principal
        if principal is None:
            raise NotSignedIn("Nobody is signed in; sign in first.")
        if not principal.may(role):
            raise AccessDenied(f"This needs the role {role.code}; "
                               f"the account signed in has the role {principal.role.code}.")
        return principal

    @property
    def account_id(self) -> int | None:
        return self._principal.account_id if self._principal else None


class _Guarded(Protocol):
    _access: Access


S = TypeVar("S", bound=_Guarded)


def requires(role: Role) -> Callable[[Callable[Concatenate[S, P], R]], Callable[Concatenate[S, P], R]]:
    """Mark a service method with the least role it needs and check it on every call."""

    def decorate(method: Callable[Concatenate[S, P], R]) -> Callable[Concatenate[S, P], R]:
        def checked(self: S, /, *args: P.args, **kwargs: P.kwargs) -> R:
            self._access.require(role)
            return method(self, *args, **kwargs)

        functools.update_wrapper(checked, method)
        setattr(checked, REQUIRED_ROLE, role)
        return checked

    return decorate


def required_role(method: Any) -> Role | None:
    return getattr(method, REQUIRED_ROLE, None)


def public(method: Callable[P, R]) -> Callable[P, R]:
    """Mark an operation open to everyone, signed in or not (login, the lock, system tasks).

    Explicit, so that the role-matrix test can tell a deliberate exception from a forgotten check.
    """
    setattr(method, REQUIRED_ROLE, None)
    return method


def is_marked(method: Any) -> bool:
    return hasattr(method, REQUIRED_ROLE)
