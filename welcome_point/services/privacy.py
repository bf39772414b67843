"""Privacy: retention, subject access, erasure on request and the record of processing.

- **Retention** runs at start and daily (``run_if_due``): once per calendar day, recorded in the
  setting ``retention.last_run``. A backup is taken first (``before_change("retention")``), but only
  when something is due, so an idle install does not fill the backup folder. Everything due is
  erased in one write transaction together with its audit entries and the new ``last_run``. A
  volunteer is due only when inactive, counted from ``left_on``; an inactive one without that day
  (older data) gets the day of the run as it, in the same transaction (domain/privacy.py).
- **After an erasure** (on request, or a run that erased anyone) the WAL is checkpointed into the
  file and emptied, so the erased bytes are gone from both files at once, not at the next automatic
  checkpoint. If the signed-in account was deleted with its volunteer, it is signed out.
- **Subject access** compiles everything about one card code or one volunteer
  (storage/privacy.py) and writes it as JSON and PDF (documents/subject_access.py).
- **Erasure on request** works like retention for one person; confirming it is the window's job.
- **The record of processing** is generated from the schema and the current settings.

Logs carry counts and ids only: never a card code, a name or a path.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection
from datetime import date, datetime
from pathlib import Path

from welcome_point.documents.report_bundle import export_error
from welcome_point.documents.subject_access import SubjectAccessLabels, labels_for, write_subject_access
from welcome_point.domain import cardcode
from welcome_point.domain.access import Role
from welcome_point.domain.errors import ExportError, ValidationError
from welcome_point.domain.privacy import (
    DEFAULT_VISITOR_MONTHS,
    DEFAULT_VOLUNTEER_MONTHS,
    VISITOR,
    VOLUNTEER,
    ProcessingRecord,
    ProcessingSettings,
    RetentionPolicy,
    RetentionResult,
    SubjectRecord,
    check_months,
    processing_record,
)
from welcome_point.domain.report import DEFAULT_K, check_k
from welcome_point.services.access import Access, public, requires
from welcome_point.services.audit import AuditService
from welcome_point.storage import privacy as sql
from welcome_point.storage.engine import Database
from welcome_point.storage.repositories import SqlSettingsRepository

log = logging.getLogger(__name__)

VISITOR_MONTHS_KEY = "retention.visitor_months"
VOLUNTEER_MONTHS_KEY = "retention.volunteer_months"
LAST_RUN_KEY = "retention.last_run"
# Settings of other services that the record of processing quotes.
REPORT_K_KEY = "reports.k"
LOCK_MINUTES_KEY = "security.lock_minutes"
DEFAULT_LOCK_MINUTES = 10
BACKUP_EXTRA_DIR_KEY = "backup.extra_dir"

BeforeChange = Callable[[str], object]


def _stored_int(settings: SqlSettingsRepository, key: str, default: int, check: Callable[[int], int]) -> int:
    """A number setting; a missing or damaged one falls back to ``default``."""
    stored = settings.get(key)
    if stored is None:
        return default
    try:
        return check(int(stored))
    except ValueError:  # not a number, or out of range (ValidationError is a ValueError)
        log.warning("setting %s is damaged; using the default", key)
        return default


def _read_policy(settings: SqlSettingsRepository) -> RetentionPolicy:
    return RetentionPolicy(
        visitor_months=_stored_int(settings, VISITOR_MONTHS_KEY, DEFAULT_VISITOR_MONTHS,
                                   lambda months: check_months(months, "visitor_months")),
        volunteer_months=_stored_int(settings, VOLUNTEER_MONTHS_KEY, DEFAULT_VOLUNTEER_MONTHS,
                                     lambda months: check_months(months, "volunteer_months")))


def _check_lock_minutes(minutes: int) -> int:
    if not 1 <= minutes <= 240:
        raise ValidationError("lock minutes out of range")
    return minutes


def _check_id(value: object, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value < 2**63:
        raise ValidationError("this is not the id of a record", field)
    return value


class PrivacyService:
    def __init__(self, database: Database, access: Access | None = None, audit: AuditService | None = None,
                 before_change: BeforeChange | None = None,
                 clock: Callable[[], datetime] = datetime.now) -> None:
        self._db = database
        self._access = access or Access()
        self._audit = audit or AuditService(database, self._access, clock)
        self._before_change = before_change
        self._clock = clock

    def _today(self) -> date:
        return self._clock().date()

    def _backup(self, reason: str) -> None:
        """A backup before anything is erased; its failure stops the erasure (nothing is changed)."""
        if self._before_change is not None:
            self._before_change(reason)

    # --- the policy ----------------------------------------------------------------------------

    @requires(Role.ADMIN)
    def policy(self) -> RetentionPolicy:
        with self._db.read() as session:
            return _read_policy(SqlSettingsRepository(session))

    @requires(Role.ADMIN)
    def set_policy(self, policy: RetentionPolicy) -> None:
        """Store both periods (1..120 months each); each changed one is audited as settings_changed."""
        if not isinstance(policy, RetentionPolicy):
            raise ValidationError("a retention policy is expected", "policy")
        wanted = {VISITOR_MONTHS_KEY: check_months(policy.visitor_months, "visitor_months"),
                  VOLUNTEER_MONTHS_KEY: check_months(policy.volunteer_months, "volunteer_months")}
        with self._db.write() as session:
            settings = SqlSettingsRepository(session)
            current = _read_policy(settings)
            before = {VISITOR_MONTHS_KEY: current.visitor_months,
                      VOLUNTEER_MONTHS_KEY: current.volunteer_months}
            for key, months in wanted.items():
                if settings.get(key) != str(months):
                    settings.set(key, str(months))
                if before[key] != months:
                    self._audit.record_in(session, "settings_changed", key)

    # --- retention -----------------------------------------------------------------------------

    @public
    def run_if_due(self) -> RetentionResult | None:
        """Apply the retention periods unless that already happened today; None when it had.

        Called at start and by a daily timer, whoever is signed in (nobody, at start).
        """
        today = self._today()
        with self._db.read() as session:
            if SqlSettingsRepository(session).get(LAST_RUN_KEY) == today.isoformat():
                return None
        return self._retain(today, only_if_due=True)

    @requires(Role.ADMIN)
    def run_retention(self) -> RetentionResult:
        """Apply the retention periods now (the "run now" button), due today or not."""
        result = self._retain(self._today(), only_if_due=False)
        assert result is not None
        return result

    def _retain(self, today: date, *, only_if_due: bool) -> RetentionResult | None:
        with self._db.read() as session:
            policy = _read_policy(SqlSettingsRepository(session))
            visitors = set(sql.visitors_due(session, policy.visitor_cutoff(today)))
            volunteers = set(sql.volunteers_due(session, policy.volunteer_cutoff(today)))
        if visitors or volunteers:
            self._backup("retention")
        with self._db.write() as session:
            settings = SqlSettingsRepository(session)
            if only_if_due and settings.get(LAST_RUN_KEY) == today.isoformat():
                return None  # another run (a second window, the timer) was first
            policy = _read_policy(settings)
            # Only what the backup holds: anything that became due in between goes on the next run.
            visitor_ids = [i for i in sql.visitors_due(session, policy.visitor_cutoff(today))
                           if i in visitors]
            volunteer_ids = [i for i in sql.volunteers_due(session, policy.volunteer_cutoff(today))
                             if i in volunteers]
            erased_visitors = sql.erase_visitors(session, visitor_ids)
            erased = sql.erase_volunteers(session, volunteer_ids)
            leaving = sql.record_leaving(session, today)
            settings.set(LAST_RUN_KEY, today.isoformat())
            self._audit.record_in(session, "retention_run", "visitors", erased_visitors)
            self._audit.record_in(session, "retention_run", "volunteers", erased.erased)
            for visitor_id in visitor_ids:
                self._audit.record_in(session, "erasure_visitor", VISITOR, visitor_id)
            for volunteer_id in volunteer_ids:
                self._audit.record_in(session, "erasure_volunteer", VOLUNTEER, volunteer_id)
        log.info("retention: erased %d visitors and %d volunteers (%d accounts deleted)",
                 erased_visitors, erased.erased, len(erased.accounts_deleted))
        if leaving:
            log.info("retention: %d inactive volunteers without a day left count from today", leaving)
        if erased_visitors or erased.erased:
            self._after_erasure(erased.accounts_deleted)
        return RetentionResult(visitors_erased=erased_visitors, volunteers_erased=erased.erased,
                               visitor_ids=tuple(visitor_ids), volunteer_ids=tuple(volunteer_ids))

    # --- erasure on request --------------------------------------------------------------------

    @requires(Role.ADMIN)
    def erase_visitor(self, card_code: str) -> RetentionResult:
        """Erase the visitor with this card now: their row and card code, their places in the queue.

        Their visits stay as anonymous visits. A backup is taken first. Raises CardCodeError (a
        ValidationError) for a mistyped code, ValidationError for a code no visitor has.
        """
        code = self._card_code(card_code)
        with self._db.read() as session:
            if sql.visitor_id(session, code) is None:
                raise _unknown_card()
        self._backup("erasure")
        with self._db.write() as session:
            visitor_id = sql.visitor_id(session, code)
            if visitor_id is None:
                raise _unknown_card()
            sql.erase_visitors(session, [visitor_id])
            self._audit.record_in(session, "erasure_visitor", VISITOR, visitor_id)
        log.info("erased visitor %d on request", visitor_id)
        self._after_erasure(())
        return RetentionResult(visitors_erased=1, visitor_ids=(visitor_id,))

    @requires(Role.ADMIN)
    def erase_volunteer(self, volunteer_id: int) -> RetentionResult:
        """Erase the volunteer now: their row, languages, roles and accounts.

        Their hours stay in the anonymous totals. A backup is taken first.
        """
        volunteer_id = _check_id(volunteer_id, "volunteer_id")
        with self._db.read() as session:
            if not sql.volunteer_exists(session, volunteer_id):
                raise _unknown_volunteer()
        self._backup("erasure")
        with self._db.write() as session:
            if not sql.volunteer_exists(session, volunteer_id):
                raise _unknown_volunteer()
            erased = sql.erase_volunteers(session, [volunteer_id])
            self._audit.record_in(session, "erasure_volunteer", VOLUNTEER, volunteer_id)
        log.info("erased volunteer %d on request (%d accounts deleted)", volunteer_id,
                 len(erased.accounts_deleted))
        self._after_erasure(erased.accounts_deleted)
        return RetentionResult(volunteers_erased=erased.erased, volunteer_ids=(volunteer_id,))

    def _after_erasure(self, accounts_deleted: Collection[int]) -> None:
        """After a committed erasure: sign out an account it deleted, push the erased bytes out of the WAL."""
        if self._access.account_id is not None and self._access.account_id in accounts_deleted:
            self._access.sign_out()  # its rights went with the account
            log.info("signed out: the signed-in account was deleted with its volunteer")
        sql.truncate_wal(self._db.engine)

    # --- subject access ------------------------------------------------------------------------

    @staticmethod
    def _card_code(card_code: str) -> str:
        if not isinstance(card_code, str):
            raise ValidationError("a card code is expected", "card_code")
        return cardcode.normalise(card_code)

    @requires(Role.ADMIN)
    def visitor_record(self, card_code: str) -> SubjectRecord:
        """Everything the database holds about this card. Raises ValidationError for an unknown code."""
        code = self._card_code(card_code)
        with self._db.read() as session:
            policy = _read_policy(SqlSettingsRepository(session))
            record = sql.visitor_record(session, code, self._clock().replace(microsecond=0),
                                        policy.visitor_months)
        if record is None:
            raise _unknown_card()
        return record

    @requires(Role.ADMIN)
    def volunteer_record(self, volunteer_id: int) -> SubjectRecord:
        """Everything the database holds about this volunteer (never password or PIN hashes)."""
        volunteer_id = _check_id(volunteer_id, "volunteer_id")
        with self._db.read() as session:
            policy = _read_policy(SqlSettingsRepository(session))
            record = sql.volunteer_record(session, volunteer_id, self._clock().replace(microsecond=0),
                                          policy.volunteer_months)
        if record is None:
            raise _unknown_volunteer()
        return record

    @requires(Role.ADMIN)
    def export_record(self, record: SubjectRecord, folder: Path, language: str = "en", *,
                      labels: SubjectAccessLabels | None = None) -> list[Path]:
        """Write the record as ``subject-access-<kind>-<code or id>-<day>.json`` and ``.pdf`` into ``folder``.

        ``language`` picks the shipped labels (German for "de", else English); ``labels`` overrides them
        (the window passes its translations). Audited with the subject's id only. Raises ExportError
        when the folder cannot be written (neither file is left behind).
        """
        if not isinstance(record, SubjectRecord):
            raise ValidationError("a subject record is expected", "record")
        _check_id(record.subject_id, "record")  # before any file is written: the audit entry needs it
        if labels is not None and not isinstance(labels, SubjectAccessLabels):
            raise ValidationError("labels for the subject access files are expected", "labels")
        if not isinstance(folder, str | Path) or "\x00" in str(folder):
            raise ValidationError("a folder is expected", "folder")
        folder = Path(folder)
        if not folder.is_dir():
            raise ExportError(f"The folder {folder} does not exist (was a USB stick pulled out?). "
                              "Choose another folder.")
        with self._db.read() as session:
            name, address = sql.controller(session)
        controller = ", ".join(part for part in (name.strip(), " ".join(address.split())) if part)
        try:
            paths = write_subject_access(record, folder, labels or labels_for(str(language)), controller)
        except OSError as error:
            raise export_error(error, folder) from error
        self._audit.record("export_subject_access", record.kind, record.subject_id)
        log.info("exported the subject record of %s %d", record.kind, record.subject_id)
        return paths

    # --- record of processing ------------------------------------------------------------------

    @requires(Role.STAFF)
    def record_of_processing(self) -> ProcessingRecord:
        """The GDPR Art. 30 record, generated from the schema's personal columns and today's settings."""
        with self._db.read() as session:
            settings = SqlSettingsRepository(session)
            name, address = sql.controller(session)
            quoted = ProcessingSettings(
                policy=_read_policy(settings),
                report_k=_stored_int(settings, REPORT_K_KEY, DEFAULT_K, check_k),
                lock_minutes=_stored_int(settings, LOCK_MINUTES_KEY, DEFAULT_LOCK_MINUTES,
                                         _check_lock_minutes),
                backup_extra_dir=bool((settings.get(BACKUP_EXTRA_DIR_KEY) or "").strip()))
        return processing_record(name, address, self._today(), quoted, sql.personal_columns())


def _unknown_card() -> ValidationError:
    return ValidationError("No visitor has this card code. Check the code on the card.", "card_code")


def _unknown_volunteer() -> ValidationError:
    return ValidationError("There is no volunteer with this id (erased already?).", "volunteer_id")
