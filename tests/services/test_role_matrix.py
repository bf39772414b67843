"""Roles are enforced in the services: every operation of every service, called with every role.

Each public method carries ``@requires(role)`` or ``@public``. Called by a role below the one it
requires (or while nobody is signed in) it raises AccessDenied and reads and changes nothing; called
by a role that suffices it never raises AccessDenied (arguments are dummies, so other errors are fine).
"""

from __future__ import annotations

import dataclasses
import inspect
import sqlite3
import typing
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from welcome_point.domain.access import AccessDenied, NotSignedIn, Principal, Role
from welcome_point.services.access import Access, is_marked, required_role
from welcome_point.services.container import Services, build_services
from welcome_point.services.demo import DemoService

ROLES: tuple[Role | None, ...] = (None, *Role)
# Methods that would do long real work when a sufficient role calls them with default arguments.
GENTLE_ARGUMENTS: dict[str, dict[str, Any]] = {"fill": {"months": 1}}


def service_objects(services: Services) -> dict[str, Any]:
    found = {field.name: getattr(services, field.name) for field in dataclasses.fields(services)
             if hasattr(getattr(services, field.name), "_access")}
    # Built by the command line, not the window; same rules.
    found["demo"] = DemoService(services.desk._db, services.exports_dir.parent / "backups",
                                access=services.access, audit=services.audit)
    return found


def operations(service: Any) -> list[tuple[str, Any]]:
    found = []
    for name, member in inspect.getmembers(type(service)):
        if name.startswith("_") or isinstance(member, property):
            continue
        if inspect.isfunction(member):
            found.append((name, member))
    return found


def dummy(parameter: inspect.Parameter, hints: dict[str, Any], tmp_path: Path) -> Any:
    """A value of roughly the right type that names nothing in the database."""
    hint = hints.get(parameter.name)
    text = str(hint)
    if hint is int or text.startswith("int"):
        return 987_654
    if hint is str or text.startswith("str"):
        return "NO-SUCH-THING"
    if hint is datetime:
        return datetime(2026, 11, 25, 12, 0)
    if hint is date:
        return date(2026, 11, 25)
    if hint is bool:
        return False
    if "Path" in text:
        return tmp_path / "no-such-folder" / "file"
    if "Sequence" in text or "list" in text or "set" in text or "tuple" in text:
        return ()
    return None


def arguments(method: Any, tmp_path: Path) -> dict[str, Any]:
    target = inspect.unwrap(method)
    try:
        hints = typing.get_type_hints(target)
    except Exception:  # a hint only importable under TYPE_CHECKING: guess from the name
        hints = {}
    values = {}
    for name, parameter in list(inspect.signature(target).parameters.items())[1:]:
        if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            continue
        if parameter.default is parameter.empty:
            values[name] = dummy(parameter, hints, tmp_path)
    values.update(GENTLE_ARGUMENTS.get(method.__name__, {}))
    return values


def snapshot(path: Path) -> dict[str, list[tuple]]:
    connection = sqlite3.connect(path)
    try:
        names = [n for (n,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        return {n: connection.execute(f"SELECT * FROM {n} ORDER BY 1").fetchall() for n in names}
    finally:
        connection.close()


@pytest.fixture
def services(database, data_dir):
    return build_services(database, data_dir, Access(None))


def test_every_operation_declares_its_role(services):
    unmarked = [f"{key}.{name}" for key, service in service_objects(services).items()
                for name, method in operations(service) if not is_marked(method)]
    assert unmarked == []
    # Every service of the window shares the one Access object that login and lock change.
    assert {id(service._access) for service in service_objects(services).values()} == {id(services.access)}


def test_the_matrix_covers_the_issue_s_roles(services):
    """Spot checks of the issue's role list, so that a wrong decorator cannot pass silently."""
    objects = service_objects(services)
    expected = {
        ("desk", "save_visit"): Role.VOLUNTEER,
        ("shifts", "check_in"): Role.VOLUNTEER,
        ("volunteers", "save"): Role.COORDINATOR,
        ("shifts", "add_shift"): Role.COORDINATOR,
        ("certificates", "roster"): Role.COORDINATOR,
        ("referrals", "set_status"): Role.COORDINATOR,
        ("reports", "report"): Role.STAFF,
        ("report_files", "export"): Role.STAFF,
        ("directory", "save"): Role.STAFF,
        ("desk", "update_site"): Role.STAFF,
        ("demo", "fill"): Role.ADMIN,
    }
    for (key, name), role in expected.items():
        if key in objects:
            assert required_role(getattr(type(objects[key]), name)) == role, (key, name)
    optional = {("auth", "create_account"): Role.ADMIN, ("privacy", "erase_visitor"): Role.ADMIN,
                ("backups", "restore"): Role.ADMIN, ("audit", "events"): Role.ADMIN}
    for (key, name), role in optional.items():
        if key in objects:
            assert required_role(getattr(type(objects[key]), name)) == role, (key, name)


def test_every_operation_with_every_role(services, database, tmp_path):
    calls = refused = 0
    for key, service in service_objects(services).items():
        for name, method in operations(service):
            needed = required_role(method)
            if needed is None:
                continue  # @public: login, lock, system tasks
            for role in ROLES:
                if role is None:
                    services.access.sign_out()
                else:
                    services.access.sign_in(Principal(account_id=None, role=role, volunteer_id=None))
                bound = getattr(service, name)
                values = arguments(method, tmp_path)
                if role is None or role < needed:
                    before = snapshot(database.path)
                    expected = NotSignedIn if role is None else AccessDenied
                    with pytest.raises(expected):
                        bound(**values)
                    assert snapshot(database.path) == before, f"{key}.{name} as {role} changed data"
                    refused += 1
                else:
                    try:
                        bound(**values)
                    except AccessDenied as error:
                        pytest.fail(f"{key}.{name} refused {role.name}: {error}")
                    except Exception:  # dummy arguments: any other refusal is fine
                        pass
                calls += 1
    assert calls > 400, calls
    assert refused > 150, refused
