"""The audit service: recording by the signed-in account, the admin's view, tamper detection."""

from __future__ import annotations

import sqlite3
import time
from datetime import datetime, timedelta

import pytest

from welcome_point.domain.access import AccessDenied, NotSignedIn, Principal, Role
from welcome_point.domain.audit import GENESIS, AuditCheck, event_hash
from welcome_point.domain.errors import ValidationError
from welcome_point.services.access import Access
from welcome_point.services.audit import AuditService
from welcome_point.storage import location

NOW = datetime(2026, 11, 25, 11, 30, 5, 250000)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def access() -> Access:
    return Access(Principal(account_id=4, role=Role.ADMIN))


@pytest.fixture
def audit(database, access) -> AuditService:
    return AuditService(database, access=access, clock=Clock(NOW))


@pytest.fixture
def untriggered(database, data_dir):
    """A raw connection with the append-only triggers dropped: what someone with the file could do."""
    connection = sqlite3.connect(location.database_file(data_dir), isolation_level=None)
    connection.execute("DROP TRIGGER audit_events_no_update")
    connection.execute("DROP TRIGGER audit_events_no_delete")
    yield connection
    connection.close()


def fill(audit: AuditService, count: int = 6) -> None:
    actions = ("login", "export_csv", "visit_deleted", "settings_changed", "lock", "login")
    for number in range(count):
        audit.record(actions[number % len(actions)], "visit", number + 100)


def test_record_uses_the_signed_in_account_and_whole_seconds(audit, access, database) -> None:
    audit.record("export_csv", "report", 3)
    with database.write() as session:
        audit.record_in(session, "visit_deleted", "visit", 17)
    access.sign_out()
    audit.record("login_failed")  # nobody is signed in: still recorded, without an account
    access.sign_in(Principal(account_id=4, role=Role.ADMIN))
    newest = audit.events()
    assert [(e.id, e.account_id, e.action, e.object_type, e.object_id) for e in newest] == [
        (3, None, "login_failed", "", None), (2, 4, "visit_deleted", "visit", 17), (1, 4, "export_csv", "report", 3)]
    assert {e.at for e in newest} == {NOW.replace(microsecond=0)}
    assert newest[-1].prev_hash == GENESIS
    assert audit.verify() == AuditCheck(ok=True, count=3, first_broken_id=None)


def test_record_in_rolls_back_with_the_change(audit, database) -> None:
    def change_that_fails() -> None:
        with database.write() as session:
            audit.record_in(session, "visit_deleted", "visit", 17)
            raise RuntimeError("the change failed")

    with pytest.raises(RuntimeError):
        change_that_fails()
    assert audit.events() == []


def test_bad_entries_are_refused_and_nothing_is_written(audit) -> None:
    for action, object_type in (("Anna Schmidt", ""), ("export_csv", "ABCDE-FGHJK"), ("\x00", "")):
        with pytest.raises(ValidationError):
            audit.record(action, object_type)
    with pytest.raises(ValidationError):
        audit.record("export_csv", "visit", 10**30)
    assert audit.events() == []
    for bad in ({"limit": 0}, {"limit": -1}, {"limit": 10**9}, {"before_id": 2**64}, {"action": "Anna"}):
        with pytest.raises(ValidationError):
            audit.events(**bad)


def test_paging_and_filter(audit) -> None:
    fill(audit, 6)
    assert [e.id for e in audit.events(limit=4)] == [6, 5, 4, 3]
    assert [e.id for e in audit.events(limit=4, before_id=3)] == [2, 1]
    assert [e.id for e in audit.events(action="login")] == [6, 1]


@pytest.mark.parametrize("role", [Role.VOLUNTEER, Role.COORDINATOR, Role.STAFF])
def test_only_admins_read_and_verify_the_log(audit, access, role) -> None:
    fill(audit, 2)
    access.sign_in(Principal(account_id=9, role=role))
    audit.record("export_csv")  # everyone's actions are recorded
    with pytest.raises(AccessDenied):
        audit.events()
    with pytest.raises(AccessDenied):
        audit.verify()
    access.sign_out()
    with pytest.raises(NotSignedIn):
        audit.events()


# -- tampering: the triggers dropped with plain sqlite3, then the log edited -----------------------

def test_an_edited_action_is_named(audit, untriggered) -> None:
    fill(audit)
    untriggered.execute("UPDATE audit_events SET action = 'login' WHERE id = 3")
    assert audit.verify() == AuditCheck(ok=False, count=3, first_broken_id=3)


def test_an_edited_time_or_account_is_named(audit, untriggered) -> None:
    fill(audit)
    untriggered.execute("UPDATE audit_events SET account_id = 5 WHERE id = 4")
    assert audit.verify().first_broken_id == 4
    untriggered.execute("UPDATE audit_events SET at = '2026-11-24 11:30:05.000000' WHERE id = 2")
    assert audit.verify().first_broken_id == 2


def test_a_deleted_middle_entry_is_named(audit, untriggered) -> None:
    fill(audit)
    untriggered.execute("DELETE FROM audit_events WHERE id = 3")
    check = audit.verify()
    assert not check.ok
    assert check.first_broken_id == 4  # the entry after the gap no longer follows its predecessor


def test_two_swapped_entries_are_named(audit, untriggered) -> None:
    fill(audit)
    columns = "at, account_id, action, object_type, object_id, prev_hash, hash"
    row_2 = untriggered.execute(f"SELECT {columns} FROM audit_events WHERE id = 2").fetchone()
    row_3 = untriggered.execute(f"SELECT {columns} FROM audit_events WHERE id = 3").fetchone()
    assignments = ", ".join(f"{c.strip()} = ?" for c in columns.split(","))
    untriggered.execute(f"UPDATE audit_events SET {assignments} WHERE id = 2", row_3)
    untriggered.execute(f"UPDATE audit_events SET {assignments} WHERE id = 3", row_2)
    assert audit.verify().first_broken_id == 2


def test_swapped_ids_are_named(audit, untriggered) -> None:
    fill(audit)
    untriggered.execute("UPDATE audit_events SET id = -2 WHERE id = 2")
    untriggered.execute("UPDATE audit_events SET id = 2 WHERE id = 5")
    untriggered.execute("UPDATE audit_events SET id = 5 WHERE id = -2")
    assert audit.verify().first_broken_id == 2


def test_an_edit_with_its_own_hash_recomputed_breaks_the_next_link(audit, untriggered) -> None:
    fill(audit)
    prev, at, account_id, object_type, object_id = untriggered.execute(
        "SELECT prev_hash, at, account_id, object_type, object_id FROM audit_events WHERE id = 3").fetchone()
    forged = event_hash(prev, 3, datetime.fromisoformat(at), account_id, "login", object_type, object_id)
    untriggered.execute("UPDATE audit_events SET action = 'login', hash = ? WHERE id = 3", (forged,))
    assert audit.verify() == AuditCheck(ok=False, count=4, first_broken_id=4)


def test_a_rebuilt_chain_with_a_gap_is_named(audit, untriggered) -> None:
    """Deleting an entry and recomputing every hash after it still leaves the gap in the ids."""
    fill(audit)
    untriggered.execute("DELETE FROM audit_events WHERE id = 3")
    prev = untriggered.execute("SELECT hash FROM audit_events WHERE id = 2").fetchone()[0]
    for row in untriggered.execute("SELECT id, at, account_id, action, object_type, object_id "
                                   "FROM audit_events WHERE id > 3 ORDER BY id").fetchall():
        digest = event_hash(prev, row[0], datetime.fromisoformat(row[1]), row[2], row[3], row[4], row[5])
        untriggered.execute("UPDATE audit_events SET prev_hash = ?, hash = ? WHERE id = ?", (prev, digest, row[0]))
        prev = digest
    assert audit.verify().first_broken_id == 4


def test_verifying_ten_thousand_entries_takes_under_a_second(audit, database) -> None:
    prev = GENESIS
    rows = []
    start = NOW.replace(microsecond=0)
    for event_id in range(1, 10_001):
        at = start + timedelta(seconds=event_id)
        digest = event_hash(prev, event_id, at, 4, "export_csv", "visit", event_id)
        rows.append((event_id, at.isoformat(" ") + ".000000", 4, "export_csv", "visit", event_id, prev, digest))
        prev = digest
    with sqlite3.connect(database.path) as connection:
        connection.executemany("INSERT INTO audit_events VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    audit.record("lock")  # and the service goes on from the last entry
    started = time.perf_counter()
    check = audit.verify()
    elapsed = time.perf_counter() - started
    assert check == AuditCheck(ok=True, count=10_001, first_broken_id=None)
    assert elapsed < 1.0
