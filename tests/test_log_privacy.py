"""No personal data in the log files, after a full run of the flows with canaries in every field.

A data folder under a (fake) home folder whose name is a canary; logging set up as the app does
it; then the flows through the real services, every free-text field holding a unique canary
(tests/test_privacy_canary.py fills the site): the desk with card codes, the directory, volunteers
with names, phones and e-mails, shifts, report exports and a city merge, CSV exports, accounts with
logins, failed logins and PIN switches, backups and a restore, subject access, erasure and
retention. Then errors: bad input full of canaries (their messages quote it), logged the ways a
caller might log them, and unhandled exceptions through the excepthooks. Every byte of every file
under ``<data>/logs`` is searched for every canary (UTF-8, UTF-16 either order, escaped, hex).
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from tests.test_privacy_canary import MONTH, NOW, TODAY, Canaries, fill_site, needles
from welcome_point import logs
from welcome_point.domain.access import Role
from welcome_point.domain.errors import WelcomePointError
from welcome_point.domain.models import Organisation, Volunteer
from welcome_point.domain.report import Period
from welcome_point.services.access import Access
from welcome_point.services.audit import AuditService
from welcome_point.services.auth import AuthService
from welcome_point.services.backups import BackupService
from welcome_point.services.certificates import CertificateService
from welcome_point.services.desk import DeskService
from welcome_point.services.directory import DirectoryService
from welcome_point.services.privacy import PrivacyService
from welcome_point.services.report_export import ReportExporter
from welcome_point.services.reports import ReportService
from welcome_point.services.shifts import ShiftService
from welcome_point.services.visit_list import EXPORT_COLUMNS, VisitFilter, VisitListService
from welcome_point.services.volunteers import VolunteerService
from welcome_point.storage.engine import Database
from welcome_point.storage.opening import open_database

CHEAP = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)  # the flow, not the strength, is tested
log = logging.getLogger("welcome_point.tests.log_privacy")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder named like a person: the log must never show it."""
    path = tmp_path / "home" / "ZQXHOMEUSER Çelik"
    path.mkdir(parents=True)
    monkeypatch.setenv("HOME", str(path))
    monkeypatch.setenv("USERPROFILE", str(path))
    return path


@pytest.fixture
def logged(home: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, list[type[BaseException]]]]:
    """The data folder with logging and the excepthooks installed as the app installs them."""
    data_dir = home / "data"
    data_dir.mkdir()
    passed_on: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, value, tb: passed_on.append(kind))
    monkeypatch.setattr(threading, "excepthook", lambda args: passed_on.append(args.exc_type))
    logs.setup_logging(data_dir)
    logs.install_excepthook()
    try:
        yield data_dir, passed_on
    finally:
        logs.shutdown()


def _refused(action: Callable[[], object], canaries: list[str], quoted: list[str]) -> None:
    """Run bad input; log the refusal the ways a caller might (message as argument, with traceback)."""
    try:
        action()
    except WelcomePointError as exc:
        quoted.extend(value for value in canaries if value in str(exc))
        log.warning("refused: %s", exc)
        log.warning("refused", exc_info=True)
        log.info("refused: %(error)s", {"error": exc})
    else:
        raise AssertionError("the bad input was accepted")


def _accounts_and_logins(database: Database, access: Access, audit: AuditService, canaries: Canaries) -> None:
    auth = AuthService(database, access, audit, clock=lambda: NOW, hasher=CHEAP)
    admin, password = canaries("admin_username"), canaries("admin_password", "Pässwort 1")
    auth.create_first_admin(admin, password)
    for wrong in (canaries("wrong_password", "nicht richtig"), password + "x"):
        try:
            auth.login(admin, wrong)
        except WelcomePointError as exc:
            log.warning("login refused: %s", exc, exc_info=True)
    try:
        auth.login(canaries("unknown_username"), canaries("unknown_password", "irgendwas"))
    except WelcomePointError:
        log.exception("login refused")
    auth.login(admin, password)
    desk_user = canaries("desk_username")
    account = auth.create_account(desk_user, Role.VOLUNTEER, canaries("desk_password", "Geheim 123"),
                                  pin="482913")
    auth.reset_password(account.id, canaries("reset_password", "Neu 12345"))
    try:
        auth.switch_user(desk_user, "000000")
    except WelcomePointError:
        log.exception("switch refused")
    auth.switch_user(desk_user, "482913")
    auth.lock()
    auth.login(admin, password)
    auth.set_lock_minutes(12)


def _backups(database: Database, data_dir: Path, home: Path, access: Access, audit: AuditService,
             canaries: Canaries) -> BackupService:
    backups = BackupService(database, data_dir, access=access, audit=audit, clock=lambda: NOW)
    extra = home / canaries("extra_folder", "USB Stick")
    extra.mkdir()
    backups.set_extra_dir(extra)
    backups.backup_now()
    DeskService(database, lambda: NOW).update_site("Welcome Point Qwertzhausen",
                                                   canaries("site_address_2"), "")
    backups.backup_if_changed()
    outside = home / canaries("backup_out_folder")
    outside.mkdir()
    backups.backup_to(outside)
    newest = backups.backups()[0]
    signed_in = access.principal
    backups.restore(newest.path)
    assert access.principal is None  # a restore signs out: the accounts may differ now
    assert signed_in is not None
    access.sign_in(signed_in)  # as the window's sign-in would, with the same (restored) account
    return backups


def _privacy(database: Database, data_dir: Path, access: Access, audit: AuditService, backups: BackupService,
             cards: list[str], volunteer_ids: list[int]) -> None:
    privacy = PrivacyService(database, access, audit, before_change=backups.backup_before, clock=lambda: NOW)
    out = data_dir / "exports" / "subject-access"
    out.mkdir(parents=True)
    privacy.export_record(privacy.visitor_record(cards[0]), out, "de")
    privacy.export_record(privacy.volunteer_record(volunteer_ids[0]), out, "en")
    privacy.erase_visitor(cards[0])
    privacy.erase_volunteer(volunteer_ids[0])
    privacy.record_of_processing()
    later = PrivacyService(database, access, audit, before_change=backups.backup_before,
                           clock=lambda: datetime(2031, 1, 5, 9, 0))
    result = later.run_if_due()
    assert result is not None
    assert result.visitors_erased > 0, "retention erased nothing: that flow was not run"


def test_no_canary_reaches_the_log_files(logged, home: Path) -> None:
    data_dir, passed_on = logged
    canaries = Canaries()
    database = open_database(data_dir)
    try:
        fill_site(database, "DUS-HBF", "Welcome Point Qwertzhausen", canaries, visits=30, seed=1)
        cards = [value for value, field in canaries.values.items() if field == "card_code" and "-" in value]
        people = VolunteerService(database, lambda: NOW)
        volunteers = [person.id or 0 for person in people.search("", include_inactive=True)]

        # Exports: the month's report, an e-mail draft, a city merge, CSV files, a certificate.
        exports = data_dir / "exports"
        exports.mkdir()
        exporter = ReportExporter(today=lambda: TODAY)
        first = ReportService(database, today=lambda: TODAY).report(MONTH, "DUS-HBF")
        result = exporter.export(first, exports)
        exporter.email_draft(result, to=canaries("mail_to") + "@example.org")
        other_dir = home / "other"
        other_dir.mkdir()
        other = open_database(other_dir)
        try:
            fill_site(other, "DUS-BEN", "Welcome Point Yxcvbrath", canaries, visits=20, seed=2)
            report = ReportService(other, today=lambda: TODAY).report(MONTH, "DUS-BEN")
            second = exporter.export(report, exports)
        finally:
            other.dispose()
        city = exports / "city"
        city.mkdir()
        exporter.merge([path for path in (*result.files, *second.files) if path.suffix == ".json"], city,
                       generated=TODAY)
        directory = DirectoryService(database)
        directory.export_csv(exports / "directory.csv")
        incoming = exports / "import.csv"
        incoming.write_text(f"name;category;address\n{canaries('import_name')};community;"
                            f"{canaries('import_address')}\n", encoding="utf-8")
        directory.preview_import(incoming)
        directory.import_csv(incoming)
        VisitListService(database).export_csv(VisitFilter(), None, exports / "visits.csv", EXPORT_COLUMNS, {})
        shifts = ShiftService(database, lambda: NOW)
        CertificateService(database, shifts, people, lambda: TODAY).certificate(
            volunteers[1], date(2026, 1, 1), date(2026, 10, 31))
        people.search(canaries("search_text"))

        # Accounts, backups, privacy: the services of issue 6, signed in as the admin.
        access = Access(None)
        audit = AuditService(database, access, clock=lambda: NOW)
        _accounts_and_logins(database, access, audit, canaries)
        backups = _backups(database, data_dir, home, access, audit, canaries)
        _privacy(database, data_dir, access, audit, backups, cards, volunteers)

        # Bad input full of canaries; the messages of several quote it.
        bad = [canaries("bad_site_code", "Ağrı"), canaries("bad_card"), canaries("bad_name", "\x00 شارع"),
               canaries("bad_phone", "call me"), canaries("bad_period")]
        quoted: list[str] = []
        desk = DeskService(database, lambda: NOW)
        _refused(lambda: ReportService(database, today=lambda: TODAY).counts(MONTH, bad[0]), bad, quoted)
        _refused(lambda: desk.lookup(bad[1]), bad, quoted)
        joined = date(2025, 1, 1)
        _refused(lambda: directory.save(Organisation(id=None, name=bad[2], category="authority")), bad,
                 quoted)
        _refused(lambda: people.save(Volunteer(id=None, display_name=bad[2], joined_on=joined)), bad, quoted)
        _refused(lambda: people.save(Volunteer(id=None, display_name="A", joined_on=joined, phone=bad[3],
                                               consent_on=joined)), bad, quoted)
        _refused(lambda: Period.parse(bad[4]), bad, quoted)
        _refused(lambda: exporter.read([data_dir / f"{bad[0]}.json"]), bad, quoted)
        assert quoted, "no refusal quoted its input: the test would not see a leak through a message"
    finally:
        database.dispose()

    # Unhandled exceptions, in the main thread and in a worker thread, with canaries in their messages.
    def crash(value: str) -> None:
        raise RuntimeError(f"could not save {value}")

    try:
        crash(canaries("unhandled_main"))
    except RuntimeError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    worker = threading.Thread(target=crash, args=(canaries("unhandled_thread"),))
    worker.start()
    worker.join()
    assert passed_on == [RuntimeError, RuntimeError], "the hooks must hand the exception on as before"
    logs.shutdown()  # flushed and closed

    files = {path: path.read_bytes() for path in sorted((data_dir / "logs").rglob("*")) if path.is_file()}
    text = b"\n".join(files.values()).decode("utf-8")
    assert "logging started" in text
    assert "unhandled exception in the main thread" in text
    assert "unhandled exception in a worker thread" in text
    assert "RuntimeError" in text
    assert "backup" in text  # the services of issue 6 did log
    assert "erased visitor" in text

    values = {**canaries.values, home.name: "home folder"}
    leaks = [f"{field} {value!r} in {path.name}" for value, field in values.items()
             for path, data in files.items() if any(form in data for form in needles(value))]
    assert leaks == []
    assert not [line for line in text.splitlines() if "ZQX" in line.upper()]


def test_the_name_of_a_chosen_backup_is_not_logged(logged, home: Path) -> None:
    data_dir, _ = logged
    database = open_database(data_dir)
    try:
        DeskService(database, lambda: NOW).site()
        backups = BackupService(database, data_dir, clock=lambda: NOW)
        taken = backups.backup_now()
        chosen = home / "ZQXCHOSEN Sicherung Fatima.sqlite3"
        chosen.write_bytes(taken.path.read_bytes())
        backups.restore(chosen)
    finally:
        database.dispose()
    logs.shutdown()
    text = (data_dir / "logs" / "welcome-point.log").read_text(encoding="utf-8")
    assert "restored" in text
    assert "ZQXCHOSEN" not in text
