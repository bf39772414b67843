"""BackupService on a real database: round trip, refusals, "only when changed", the extra folder, roles."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from welcome_point.domain.access import SYSTEM, AccessDenied, NotSignedIn, Principal, Role
from welcome_point.domain.audit import AuditCheck
from welcome_point.domain.errors import DatabaseError, NewerDatabaseError, ValidationError
from welcome_point.services.access import Access, is_marked
from welcome_point.services.audit import AuditService
from welcome_point.services.auth import AuthService
from welcome_point.services.backups import BackupService
from welcome_point.storage import backups as files
from welcome_point.storage import location, schema


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 11, 25, 9, 0, 0))


@pytest.fixture
def access() -> Access:
    return Access()


@pytest.fixture
def audit(database, access, clock) -> AuditService:
    return AuditService(database, access, clock)


@pytest.fixture
def service(database, data_dir, access, audit, clock) -> BackupService:
    return BackupService(database, data_dir, access=access, audit=audit, clock=clock)


def put(database, key: str, value: str = "v") -> None:
    with database.write() as session:
        session.connection().exec_driver_sql("INSERT OR REPLACE INTO settings VALUES (?, ?)", (key, value))


def keys(database) -> set[str]:
    with database.read() as session:
        return {k for (k,) in session.connection().exec_driver_sql("SELECT key FROM settings")}


def file_keys(path: Path) -> set[str]:
    raw = sqlite3.connect(path)
    try:
        return {k for (k,) in raw.execute("SELECT key FROM settings")}
    finally:
        raw.close()


def actions(database) -> list[str]:
    with database.read() as session:
        return [a for (a,) in session.connection().exec_driver_sql("SELECT action FROM audit_events ORDER BY id")]


def test_every_public_method_states_its_role():
    names = [n for n in vars(BackupService) if not n.startswith("_")]
    assert names
    assert all(is_marked(getattr(BackupService, n)) for n in names)


def test_round_trip(service, database, data_dir, clock):
    put(database, "before.backup")
    taken = service.backup_now()
    assert taken.verified
    assert taken.reason == "manual"
    assert taken.path.exists()
    clock.advance(minutes=5)
    put(database, "after.backup")
    pooled = database.engine.connect()  # a connection the pool handed out before the restore
    pooled.close()

    result = service.restore(taken.path)

    assert result.restored_from == taken.path
    assert result.upgraded_from is None
    assert "before.backup" in keys(database)
    assert "after.backup" not in keys(database)
    assert "after.backup" in file_keys(result.set_aside)  # the data before the restore is kept aside
    assert result.set_aside.name.endswith("-before-restore.sqlite3")
    assert files.integrity_problems(database.path) == []
    put(database, "still.writable")
    assert "still.writable" in keys(database)
    # The log is not rolled back: the "backup" entry came after the copy and is carried over.
    assert actions(database) == ["backup", "restore"]
    assert file_keys(result.set_aside) >= {"after.backup"}


def test_restore_of_an_older_backup_upgrades_it(service, database, tmp_path):
    put(database, "old.data")
    old = tmp_path / "old.sqlite3"
    files.take_backup(database.path, tmp_path, "manual", now=datetime(2026, 1, 1))
    next(tmp_path.glob("*-manual.sqlite3")).rename(old)
    previous = schema.known_revisions()[-2]
    schema.run_alembic(old, "downgrade", previous)
    result = service.restore(old)
    assert result.upgraded_from == previous
    assert schema.inspect_schema(database.path).is_current
    assert "old.data" in keys(database)


def test_a_refused_restore_changes_nothing(service, database, data_dir, tmp_path):
    put(database, "current")
    good = service.backup_now().path
    corrupt = tmp_path / "corrupt.sqlite3"
    data = bytearray(good.read_bytes())
    data[4096 * 2: 4096 * 6] = b"\xa5" * (4096 * 4)
    corrupt.write_bytes(bytes(data))
    foreign = tmp_path / "foreign.sqlite3"
    raw = sqlite3.connect(foreign)
    raw.execute("CREATE TABLE recipes (name)")
    raw.commit()
    raw.close()
    newer = tmp_path / "newer.sqlite3"
    newer.write_bytes(good.read_bytes())
    raw = sqlite3.connect(newer)
    raw.execute("UPDATE alembic_version SET version_num = '9999_future'")
    raw.commit()
    raw.close()
    before_keys = keys(database)
    before_files = sorted(location.backup_dir(data_dir).iterdir())
    before_log = actions(database)
    for chosen, error in ((corrupt, DatabaseError), (foreign, DatabaseError), (newer, NewerDatabaseError),
                          (tmp_path / "missing.sqlite3", ValidationError)):
        with pytest.raises(error, match=r"(n|N)othing was restored"):
            service.restore(chosen)
    assert keys(database) == before_keys
    assert sorted(location.backup_dir(data_dir).iterdir()) == before_files  # not even a set-aside copy
    assert actions(database) == before_log


def test_backup_only_when_changed(service, database, data_dir, access, audit, clock):
    first = service.backup_if_changed()
    assert first is not None
    assert first.reason == "auto"
    assert service.backup_if_changed() is None
    keys(database)  # reading is no change
    assert service.backup_if_changed() is None
    put(database, "new")
    clock.advance(minutes=30)
    second = service.backup_if_changed()
    assert second is not None
    assert "new" in file_keys(second.path)
    assert service.backup_if_changed() is None
    assert "backup" not in actions(database)  # automatic copies are not audited (they would change the data)

    # A restart of the app (the last connection closes): a new service knows nothing, and compares
    # the files with the newest copy.
    database.dispose()
    restarted = BackupService(database, data_dir, access=access, audit=audit, clock=clock)
    assert restarted.backup_if_changed() is None
    put(database, "after.restart")
    clock.advance(minutes=30)
    assert restarted.backup_if_changed() is not None
    database.dispose()  # the exit after that backup
    again = BackupService(database, data_dir, access=access, audit=audit, clock=clock)
    assert again.backup_if_changed() is None


def test_a_fresh_install_gets_its_first_copy(service):
    assert service.backups() == []
    assert service.backup_if_changed() is not None
    assert len(service.backups()) == 1


def test_backup_before_a_change(service, database):
    put(database, "x")
    retention = service.backup_before("retention")
    erasure = service.backup_before("before-erasure")
    assert (retention.reason, erasure.reason) == ("before-retention", "before-erasure")
    assert service.backup_if_changed() is None  # those copies count as the last backup
    with pytest.raises(ValidationError):
        service.backup_before("../../etc")


def test_rotation_runs_with_every_backup(service, database, clock):
    for _ in range(30):
        put(database, f"k{clock.now}")
        assert service.backup_if_changed() is not None
        clock.advance(minutes=30)
    assert len(service.backups()) == 12  # all from today: the 12 newest
    assert [b.taken_at for b in service.backups()] == sorted((b.taken_at for b in service.backups()), reverse=True)


def test_extra_folder(service, database, data_dir, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    assert service.extra_dir() is None
    service.set_extra_dir(stick)
    assert service.extra_dir() == stick
    assert actions(database)[-1] == "settings_changed"
    with database.read() as session:
        audited = session.connection().exec_driver_sql(
            "SELECT object_type FROM audit_events ORDER BY id DESC LIMIT 1").scalar()
    assert audited == "backup.extra_dir"

    info = service.backup_now()
    assert info.warnings == ()
    assert info.extra_copy is not None
    assert info.extra_copy.parent == stick
    assert info.extra_copy.name == "welcome-point-" + info.path.name
    assert info.extra_copy.read_bytes() == info.path.read_bytes()

    stick.rename(tmp_path / "unplugged")  # the stick was pulled
    put(database, "more")
    pulled = service.backup_now()
    assert pulled.path.exists()
    assert pulled.extra_copy is None
    assert len(pulled.warnings) == 1
    assert "not available" in pulled.warnings[0]
    assert not stick.exists()  # and no folder was created in its place

    with pytest.raises(ValidationError, match="does not exist"):
        service.set_extra_dir(tmp_path / "nowhere")
    with pytest.raises(ValidationError, match="not be the backup folder"):
        service.set_extra_dir(location.backup_dir(data_dir))
    service.set_extra_dir(None)
    assert service.extra_dir() is None


def test_backup_to_an_existing_folder(service, database, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    info = service.backup_to(out)
    assert info.path.parent == out
    assert info.path.name.startswith("welcome-point-")
    assert files.integrity_problems(info.path) == []
    assert actions(database)[-1] == "backup"
    with pytest.raises(ValidationError, match="does not exist"):
        service.backup_to(tmp_path / "missing")


def test_roles(database, data_dir, tmp_path):
    access = Access(Principal(account_id=None, role=Role.COORDINATOR))
    service = BackupService(database, data_dir, access=access)
    assert service.backup_if_changed() is not None  # the timer runs whoever is at the desk
    with pytest.raises(AccessDenied):
        service.backup_now()
    with pytest.raises(AccessDenied):
        service.backups()
    access.sign_in(Principal(account_id=None, role=Role.STAFF))
    taken = service.backup_now()
    assert service.backups()
    assert service.extra_dir() is None
    with pytest.raises(AccessDenied):
        service.restore(taken.path)
    access.sign_out()
    with pytest.raises(NotSignedIn):
        service.set_extra_dir(tmp_path)
    assert service.backup_before("retention").reason == "before-retention"


def test_only_admins_send_copies_out_of_the_data_folder(database, data_dir, tmp_path):
    """A copy holds everything (account hashes, the audit log): staff may not choose where it goes."""
    access = Access(Principal(account_id=7, role=Role.STAFF))
    service = BackupService(database, data_dir, access=access)
    stick = tmp_path / "stick"
    stick.mkdir()
    with pytest.raises(AccessDenied, match="admin"):
        service.backup_to(stick)
    with pytest.raises(AccessDenied, match="admin"):
        service.set_extra_dir(stick)
    assert list(stick.iterdir()) == []
    assert service.extra_dir() is None
    access.sign_in(Principal(account_id=7, role=Role.ADMIN))
    assert service.backup_to(stick).path.parent == stick
    service.set_extra_dir(stick)
    assert service.extra_dir() == stick


@pytest.mark.parametrize("value", ["", "   ", "a\x00b", "x" * 1001, "/no/such/folder", "\ud800", "é" * 300, 5, None])
def test_bad_paths_are_validation_errors_and_change_nothing(service, database, data_dir, value):
    before = keys(database)
    for call in (service.restore, service.backup_to, *(() if value is None else (service.set_extra_dir,))):
        with pytest.raises(ValidationError):
            call(value)
    assert keys(database) == before
    assert not location.backup_dir(data_dir).exists()


def test_restore_of_a_backup_with_another_page_size(service, database, tmp_path):
    put(database, "in.the.copy")
    copy = service.backup_now().path
    other = tmp_path / "big-pages.sqlite3"
    other.write_bytes(copy.read_bytes())
    raw = sqlite3.connect(other)
    raw.execute("PRAGMA page_size = 8192")
    raw.execute("VACUUM")
    assert raw.execute("PRAGMA page_size").fetchone() == (8192,)
    raw.close()
    put(database, "later")
    service.restore(other)
    assert "in.the.copy" in keys(database)
    assert "later" not in keys(database)
    assert files.integrity_problems(database.path) == []


# --- a restore keeps the audit log, refuses a copy without an admin, signs the person out ---------

@pytest.fixture
def auth(database, access, audit, clock) -> AuthService:
    return AuthService(database, access=access, audit=audit, clock=clock,
                       hasher=PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))


def log_entries(database) -> list[tuple]:
    with database.read() as session:
        return [tuple(row) for row in session.connection().exec_driver_sql(
            "SELECT at, account_id, action, object_type, object_id FROM audit_events ORDER BY id")]


def test_a_restore_does_not_roll_the_audit_log_back(service, database, audit, access, clock):
    audit.record("login")
    copy = service.backup_now()
    clock.advance(minutes=1)
    audit.record("export_subject_access", "visitor", 12)
    access.sign_in(Principal(account_id=3, role=Role.ADMIN))
    clock.advance(minutes=1)
    audit.record("account_created", "account", 4)
    access.sign_in(SYSTEM)
    service.backup_to(copy.path.parent.parent)
    before = log_entries(database)
    assert [entry[2] for entry in before] == [
        "login", "backup", "export_subject_access", "account_created", "backup"]

    service.restore(copy.path)

    after = log_entries(database)
    assert after[:len(before)] == before  # every entry, in order: same time, account, action, object
    assert [entry[2] for entry in after[len(before):]] == ["restore"]
    assert audit.verify() == AuditCheck(ok=True, count=len(before) + 1, first_broken_id=None)

    # Restoring the copy again carries the first restore's entry too; restoring the copy set aside
    # (the data before the second restore) carries only what came after it.
    aside = service.restore(copy.path).set_aside
    assert [entry[2] for entry in log_entries(database)][len(before):] == ["restore", "restore"]
    service.restore(aside)
    assert [entry[2] for entry in log_entries(database)][len(before):] == ["restore", "restore", "restore"]
    assert audit.verify().ok


def test_new_rows_after_a_restore_do_not_take_ids_the_log_names(service, database):
    with database.read() as session:
        autoincrement = session.connection().exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE name = 'volunteers'").scalar()
    if "AUTOINCREMENT" not in (autoincrement or "").upper():
        pytest.skip("volunteer ids are not AUTOINCREMENT in this schema")
    copy = service.backup_now()
    with database.write() as session:  # a volunteer added after the copy, then removed again
        session.connection().exec_driver_sql(
            "INSERT INTO volunteers (id, display_name, joined_on, active, phone, email) "
            "VALUES (40, 'After', '2026-11-25', 1, '', '')")
        session.connection().exec_driver_sql("DELETE FROM volunteers WHERE id = 40")
    service.restore(copy.path)
    with database.write() as session:
        session.connection().exec_driver_sql(
            "INSERT INTO volunteers (display_name, joined_on, active, phone, email) "
            "VALUES ('New', '2026-11-25', 1, '', '')")
        newest = session.connection().exec_driver_sql("SELECT max(id) FROM volunteers").scalar()
    assert newest == 41


def test_a_person_may_not_restore_a_copy_without_an_admin(service, database, data_dir, auth, access, audit):
    early = service.backup_before("upgrade")  # before the first sign-in: no accounts in it
    auth.create_first_admin("admin", "correct horse battery")
    before_files = sorted(location.backup_dir(data_dir).iterdir())
    before_log = log_entries(database)

    with pytest.raises(ValidationError, match="no administrator account") as refused:
        service.restore(early.path)

    assert "welcome-point restore" in str(refused.value)
    assert refused.value.field == "path"
    assert auth.needs_setup() is False
    assert access.principal is not None  # still signed in
    assert access.principal.account_id is not None
    assert sorted(location.backup_dir(data_dir).iterdir()) == before_files  # not even a set-aside copy
    assert log_entries(database) == before_log

    access.sign_in(SYSTEM)  # the command line may, on purpose
    service.restore(early.path)
    assert auth.needs_setup() is True
    assert actions(database)[-1] == "restore"
    assert audit.verify().ok


def test_a_person_is_signed_out_after_a_restore(service, database, auth, access, audit):
    admin = auth.create_first_admin("admin", "correct horse battery")
    copy = service.backup_now()
    result = service.restore(copy.path)
    assert result.restored_from == copy.path
    assert access.principal is None  # the accounts of the restored data may differ: sign in again
    entries = log_entries(database)
    assert [(entry[1], entry[2]) for entry in entries[-2:]] == [(admin.account_id, "restore"),
                                                                 (admin.account_id, "lock")]
    auth.login("admin", "correct horse battery")
    assert audit.verify().ok
