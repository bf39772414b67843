"""Privacy rules (stdlib only): retention periods, calendar months, subject records, the record of processing.

- **Retention.** A visitor is erased when their newest visit (their first day, when they have no
  visit) lies more than ``visitor_months`` calendar months before today; a volunteer who left is
  erased ``volunteer_months`` months after the day they left. Visits stay as anonymous visits and
  hours stay in the anonymous totals (the tables' foreign keys set the person to NULL).
- **Who left.** A volunteer has left when they are not active; ``left_on`` is the day they left. An
  active volunteer is never due, whatever ``left_on`` says. Saving keeps the two together (an
  inactive volunteer without a day left today, an active one has none: services/volunteers.py); an
  inactive volunteer stored without a day (older data) counts as leaving on the day a retention run
  first sees them, which records that day, so they are erased ``volunteer_months`` months later.
- **Subject access.** A ``SubjectRecord`` is everything the database holds about one card code or
  one volunteer, as coded fields and sections of rows: the JSON writer keeps the codes, the PDF
  writer labels them (documents/subject_access.py).
- **Record of processing** (GDPR Art. 30). Generated from the schema's personal columns and the
  current settings, so it cannot drift from what the program really does. Every text has a stable
  code and an English template marked for lupdate; the window translates it by that template.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from welcome_point.domain import vocabulary as v
from welcome_point.domain.errors import ValidationError
from welcome_point.domain.text import fill

CONTEXT = "Privacy"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


# --- retention -------------------------------------------------------------------------------

DEFAULT_VISITOR_MONTHS = 24
DEFAULT_VOLUNTEER_MONTHS = 12
SHORTEST_MONTHS = 1
LONGEST_MONTHS = 120


def check_months(months: object, field: str) -> int:
    """A retention period: a whole number of months from 1 to 120, else ValidationError naming ``field``."""
    if isinstance(months, bool) or not isinstance(months, int) or not (
            SHORTEST_MONTHS <= months <= LONGEST_MONTHS):
        raise ValidationError(f"the retention period must be a whole number of months from "
                              f"{SHORTEST_MONTHS} to {LONGEST_MONTHS}", field)
    return months


@dataclass(frozen=True, slots=True)
class RetentionPolicy:
    visitor_months: int = DEFAULT_VISITOR_MONTHS
    volunteer_months: int = DEFAULT_VOLUNTEER_MONTHS

    def __post_init__(self) -> None:
        check_months(self.visitor_months, "visitor_months")
        check_months(self.volunteer_months, "volunteer_months")

    def visitor_cutoff(self, today: date) -> date:
        """Visitors last seen before this day are due (seen on it or later: kept)."""
        return add_months(today, -self.visitor_months)

    def volunteer_cutoff(self, today: date) -> date:
        """Volunteers who left before this day are due."""
        return add_months(today, -self.volunteer_months)


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole calendar months; a day the target month lacks becomes its last day.

    2026-11-25 - 24 months = 2024-11-25; 2026-03-31 - 1 month = 2026-02-28; 2024-02-29 + 12 = 2025-02-28.
    """
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    if not 1 <= year <= 9999:
        raise ValidationError("the date is out of range")
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


@dataclass(frozen=True, slots=True)
class RetentionResult:
    """What one retention run (or one erasure on request) erased: counts, and the ids for the audit log."""

    visitors_erased: int = 0
    volunteers_erased: int = 0
    visitor_ids: tuple[int, ...] = ()
    volunteer_ids: tuple[int, ...] = ()

    @property
    def erased(self) -> int:
        return self.visitors_erased + self.volunteers_erased


# --- subject access --------------------------------------------------------------------------

VISITOR = "visitor"
VOLUNTEER = "volunteer"
SUBJECT_KINDS = (VISITOR, VOLUNTEER)

Value = str | int | float | bool | date | datetime | tuple[str, ...] | None


@dataclass(frozen=True, slots=True)
class RecordSection:
    """Rows of one kind (visits, referrals, ...): ``columns`` are codes, each row has one value per column."""

    code: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Value, ...], ...] = ()

    def __post_init__(self) -> None:
        for row in self.rows:
            if len(row) != len(self.columns):
                raise ValueError(f"a row of section {self.code} has {len(row)} values for "
                                 f"{len(self.columns)} columns")

    def dicts(self) -> list[dict[str, Value]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


@dataclass(frozen=True, slots=True)
class SubjectRecord:
    """Everything the database holds about one person (GDPR Art. 15), as codes and values.

    ``reference`` is what identifies the person to the desk: the card code of a visitor, the id of a
    volunteer. The record is for the person it describes; it is never logged.
    """

    kind: str
    subject_id: int
    reference: str
    compiled_at: datetime
    fields: tuple[tuple[str, Value], ...]
    sections: tuple[RecordSection, ...] = ()

    def __post_init__(self) -> None:
        if self.kind not in SUBJECT_KINDS:
            raise ValidationError(f"unknown kind of record {self.kind!r}")

    def field(self, code: str) -> Value:
        for name, value in self.fields:
            if name == code:
                return value
        raise KeyError(code)

    def section(self, code: str) -> RecordSection:
        for section in self.sections:
            if section.code == code:
                return section
        raise KeyError(code)


# Which vocabulary a coded value belongs to, by (section code, column code); "" is the record's fields.
_CODED: dict[tuple[str, str], v.Vocabulary] = {
    ("", "age_band"): v.AGE_BANDS, ("", "gender"): v.GENDERS, ("", "language"): v.LANGUAGES,
    ("", "region"): v.REGIONS,
    ("visits", "language"): v.LANGUAGES, ("visits", "topics"): v.TOPICS, ("visits", "outcome"): v.OUTCOMES,
    ("referrals", "topic"): v.TOPICS, ("referrals", "status"): v.REFERRAL_STATUSES,
    ("referrals", "category"): v.ORGANISATION_CATEGORIES,
    ("queue", "language"): v.LANGUAGES,
    ("languages", "language"): v.LANGUAGES, ("languages", "level"): v.LANGUAGE_LEVELS,
    ("roles", "role"): v.ROLES,
    ("assignments", "role"): v.ROLES, ("assignments", "status"): v.ASSIGNMENT_STATUSES,
    ("accounts", "role"): v.ACCOUNT_ROLES,
}


def vocabulary_of(section: str, column: str) -> v.Vocabulary | None:
    """The vocabulary whose codes fill ``column`` of ``section`` ("" for the record's own fields)."""
    return _CODED.get((section, column))


# --- record of processing --------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Text:
    """A text of the record: a stable ``code``, an English ``template`` with {placeholders}, their values."""

    code: str
    template: str
    values: tuple[tuple[str, str | int], ...] = ()

    @property
    def text(self) -> str:
        return fill(self.template, **dict(self.values))


@dataclass(frozen=True, slots=True)
class DataCategory:
    """A column that holds personal data: ``table.column`` of the schema and what it is."""

    table: str
    column: str
    description: Text

    @property
    def code(self) -> str:
        return f"{self.table}.{self.column}"


@dataclass(frozen=True, slots=True)
class ProcessingActivity:
    code: str
    name: Text
    purpose: Text
    subjects: tuple[Text, ...]
    data: tuple[DataCategory, ...]
    recipients: tuple[Text, ...]
    retention: Text
    measures: tuple[Text, ...] = ()


@dataclass(frozen=True, slots=True)
class ProcessingRecord:
    controller_name: str
    controller_address: str
    generated_on: date
    activities: tuple[ProcessingActivity, ...]
    measures: tuple[Text, ...]  # technical and organisational measures of the whole program

    def activity(self, code: str) -> ProcessingActivity:
        for activity in self.activities:
            if activity.code == code:
                return activity
        raise KeyError(code)


@dataclass(frozen=True, slots=True)
class ProcessingSettings:
    """The settings the record quotes, read when it is generated."""

    policy: RetentionPolicy
    report_k: int
    lock_minutes: int
    backup_extra_dir: bool  # whether copies also go to a second folder (a USB stick)


def _t(code: str, template: str, **values: str | int) -> Text:
    return Text(code, template, tuple(values.items()))


# What each personal column holds. storage/privacy.py derives the columns from the tables; one
# missing here is shown by its name, and tests/services/test_privacy.py asks for a description.
DATA_DESCRIPTIONS: dict[str, str] = {
    "visitors.card_code": QT_TRANSLATE_NOOP("Privacy", "Card code (pseudonym on the visitor's card)"),
    "visitors.first_seen": QT_TRANSLATE_NOOP("Privacy", "Day of the first visit"),
    "visitors.age_band": QT_TRANSLATE_NOOP("Privacy", "Age band"),
    "visitors.gender": QT_TRANSLATE_NOOP("Privacy", "Gender (optional)"),
    "visitors.language": QT_TRANSLATE_NOOP("Privacy", "Preferred language"),
    "visitors.region": QT_TRANSLATE_NOOP("Privacy", "Coarse region of origin (optional)"),
    "visits.visitor_id": QT_TRANSLATE_NOOP("Privacy", "Link of a visit to the visitor's card"),
    "visits.arrived_at": QT_TRANSLATE_NOOP("Privacy", "Time of arrival"),
    "visits.started_at": QT_TRANSLATE_NOOP("Privacy", "Start of the conversation"),
    "visits.ended_at": QT_TRANSLATE_NOOP("Privacy", "End of the conversation"),
    "visits.group_size": QT_TRANSLATE_NOOP("Privacy", "Number of people in the group"),
    "visits.language": QT_TRANSLATE_NOOP("Privacy", "Language of the conversation"),
    "visits.interpreter_needed": QT_TRANSLATE_NOOP("Privacy", "Whether an interpreter was needed"),
    "visits.outcome": QT_TRANSLATE_NOOP("Privacy", "Outcome of the visit"),
    "visit_topics.topic": QT_TRANSLATE_NOOP("Privacy", "Topics of the visit (e.g. housing, health)"),
    "referrals.organisation_id": QT_TRANSLATE_NOOP("Privacy", "Partner organisation referred to"),
    "referrals.topic": QT_TRANSLATE_NOOP("Privacy", "Topic of the referral"),
    "referrals.status": QT_TRANSLATE_NOOP("Privacy", "Status of the referral"),
    "referrals.follow_up_on": QT_TRANSLATE_NOOP("Privacy", "Follow-up date"),
    "referrals.created_at": QT_TRANSLATE_NOOP("Privacy", "Time of the referral"),
    "referrals.status_changed_at": QT_TRANSLATE_NOOP("Privacy", "Time of the last status change"),
    "queue_entries.arrived_at": QT_TRANSLATE_NOOP("Privacy", "Time of arrival in the waiting queue"),
    "queue_entries.language": QT_TRANSLATE_NOOP("Privacy", "Language asked for in the queue"),
    "queue_entries.card_code": QT_TRANSLATE_NOOP("Privacy", "Card code of a person waiting"),
    "queue_entries.called_at": QT_TRANSLATE_NOOP("Privacy", "Time the person was called"),
    "volunteers.display_name": QT_TRANSLATE_NOOP("Privacy", "Name"),
    "volunteers.phone": QT_TRANSLATE_NOOP("Privacy", "Phone number (with consent)"),
    "volunteers.email": QT_TRANSLATE_NOOP("Privacy", "E-mail address (with consent)"),
    "volunteers.joined_on": QT_TRANSLATE_NOOP("Privacy", "Day of joining"),
    "volunteers.left_on": QT_TRANSLATE_NOOP("Privacy", "Day of leaving"),
    "volunteers.consent_on": QT_TRANSLATE_NOOP("Privacy", "Day of the consent to store contact data"),
    "volunteers.active": QT_TRANSLATE_NOOP("Privacy", "Whether the volunteer is active"),
    "volunteer_languages.language": QT_TRANSLATE_NOOP("Privacy", "Languages spoken"),
    "volunteer_languages.level": QT_TRANSLATE_NOOP("Privacy", "Level of each language"),
    "volunteer_roles.role": QT_TRANSLATE_NOOP("Privacy", "Roles (desk, interpreter, coordinator)"),
    "assignments.volunteer_id": QT_TRANSLATE_NOOP("Privacy", "Shifts a volunteer is assigned to"),
    "assignments.status": QT_TRANSLATE_NOOP("Privacy", "Attendance status of a shift"),
    "assignments.checked_in_at": QT_TRANSLATE_NOOP("Privacy", "Check-in time"),
    "assignments.checked_out_at": QT_TRANSLATE_NOOP("Privacy", "Check-out time"),
    "assignment_changes.volunteer_id": QT_TRANSLATE_NOOP("Privacy", "History of shift changes (who)"),
    "assignment_changes.other_volunteer_id": QT_TRANSLATE_NOOP("Privacy", "Swaps: the other volunteer"),
    "assignment_changes.at": QT_TRANSLATE_NOOP("Privacy", "Time of a shift change"),
    "assignment_changes.action": QT_TRANSLATE_NOOP("Privacy", "Kind of shift change"),
    "visit_volunteers.volunteer_id": QT_TRANSLATE_NOOP("Privacy", "Volunteers present at a visit"),
    "accounts.username": QT_TRANSLATE_NOOP("Privacy", "User name"),
    "accounts.role": QT_TRANSLATE_NOOP("Privacy", "Role of the account"),
    "accounts.secret_hash": QT_TRANSLATE_NOOP("Privacy", "Password hash (argon2id)"),
    "accounts.pin_hash": QT_TRANSLATE_NOOP("Privacy", "PIN hash (argon2id)"),
    "accounts.volunteer_id": QT_TRANSLATE_NOOP("Privacy", "Link of the account to a volunteer"),
    "accounts.active": QT_TRANSLATE_NOOP("Privacy", "Whether the account may sign in"),
    "accounts.created_at": QT_TRANSLATE_NOOP("Privacy", "Time the account was created"),
    "accounts.failed_logins": QT_TRANSLATE_NOOP("Privacy", "Failed sign-ins in a row"),
    "accounts.locked_until": QT_TRANSLATE_NOOP("Privacy", "Sign-in delay after failures"),
    "audit_events.account_id": QT_TRANSLATE_NOOP("Privacy", "Account that acted"),
    "audit_events.at": QT_TRANSLATE_NOOP("Privacy", "Time of the action"),
    "audit_events.action": QT_TRANSLATE_NOOP("Privacy", "Kind of action (sign-in, export, erasure, ...)"),
    "audit_events.object_type": QT_TRANSLATE_NOOP("Privacy", "Kind of object acted on"),
    "audit_events.object_id": QT_TRANSLATE_NOOP("Privacy", "Id of the object acted on"),
}

# The processing activities, in the order the record lists them.
ACTIVITY_CODES = ("desk", "volunteers", "accounts", "reports")


def describe(table: str, column: str) -> DataCategory:
    code = f"{table}.{column}"
    template = DATA_DESCRIPTIONS.get(code)
    if template is None:
        return DataCategory(table, column, _t(f"data.{code}", "{column}", column=code))
    return DataCategory(table, column, _t(f"data.{code}", template))


def processing_record(controller_name: str, controller_address: str, generated_on: date,
                      settings: ProcessingSettings,
                      columns: Mapping[str, Sequence[tuple[str, str]]]) -> ProcessingRecord:
    """The record of processing activities for the current schema and settings.

    ``columns``: activity code -> the (table, column) pairs holding its personal data, as the schema
    has them (storage.privacy.personal_columns()).
    """
    policy = settings.policy

    def data(activity: str) -> tuple[DataCategory, ...]:
        return tuple(describe(table, column) for table, column in columns.get(activity, ()))

    desk = ProcessingActivity(
        code="desk",
        name=_t("activity.desk", QT_TRANSLATE_NOOP(
            "Privacy", "Advice desk: visits and pseudonymous visitors")),
        purpose=_t("purpose.desk", QT_TRANSLATE_NOOP(
            "Privacy", "Advising newcomers, referring them to partner organisations, following up referrals "
                       "and recognising returning visitors by their card, without their names.")),
        subjects=(_t("subjects.visitors", QT_TRANSLATE_NOOP(
            "Privacy", "Visitors of the Welcome Point (newcomers, with their families)")),),
        data=data("desk"),
        recipients=(
            _t("recipients.team", QT_TRANSLATE_NOOP(
                "Privacy", "Staff and volunteers of the Welcome Point, each as far as their role needs")),
            _t("recipients.visitor", QT_TRANSLATE_NOOP(
                "Privacy", "Referral slips go to the visitor, who decides whether to show them; "
                           "nothing is sent to partner organisations")),
        ),
        retention=_t("retention.visitors", QT_TRANSLATE_NOOP(
            "Privacy", "A visitor's record and card code are erased {months} months after their last visit; "
                       "their visits remain only as anonymous visits."), months=policy.visitor_months),
        measures=(_t("measure.pseudonym", QT_TRANSLATE_NOOP(
            "Privacy", "No names: a random card code with a check character, coarse age band and region")),),
    )
    volunteers = ProcessingActivity(
        code="volunteers",
        name=_t("activity.volunteers", QT_TRANSLATE_NOOP(
            "Privacy", "Volunteer management and shift planning")),
        purpose=_t("purpose.volunteers", QT_TRANSLATE_NOOP(
            "Privacy", "Planning shifts by language and role, contacting volunteers, recording attendance "
                       "and issuing certificates of voluntary work.")),
        subjects=(_t("subjects.volunteers", QT_TRANSLATE_NOOP(
            "Privacy", "Volunteers of the Welcome Point")),),
        data=data("volunteers"),
        recipients=(
            _t("recipients.coordinators", QT_TRANSLATE_NOOP(
                "Privacy", "Coordinators and staff of the Welcome Point")),
            _t("recipients.certificate", QT_TRANSLATE_NOOP(
                "Privacy", "Certificates and rosters go to the volunteers themselves")),
        ),
        retention=_t("retention.volunteers", QT_TRANSLATE_NOOP(
            "Privacy", "A volunteer's record is erased {months} months after they left; their hours remain "
                       "only in anonymous totals."), months=policy.volunteer_months),
        measures=(_t("measure.consent", QT_TRANSLATE_NOOP(
            "Privacy", "Phone and e-mail are stored only with a recorded consent date")),),
    )
    accounts = ProcessingActivity(
        code="accounts",
        name=_t("activity.accounts", QT_TRANSLATE_NOOP("Privacy", "User accounts and audit log")),
        purpose=_t("purpose.accounts", QT_TRANSLATE_NOOP(
            "Privacy", "Signing in with a role, and accountability for sign-ins, exports, deletions, "
                       "erasures, restores and changed settings.")),
        subjects=(_t("subjects.users", QT_TRANSLATE_NOOP(
            "Privacy", "Users of the program (staff, coordinators, volunteers at the desk)")),),
        data=data("accounts"),
        recipients=(_t("recipients.admins", QT_TRANSLATE_NOOP(
            "Privacy", "Administrators of the Welcome Point")),),
        retention=_t("retention.accounts", QT_TRANSLATE_NOOP(
            "Privacy", "An account is deleted by an administrator, or with the erasure of the volunteer it "
                       "belongs to. The audit log keeps only account ids and action codes.")),
        measures=(_t("measure.audit", QT_TRANSLATE_NOOP(
            "Privacy", "The audit log is append-only and hash-chained; it holds ids, never names")),),
    )
    reports = ProcessingActivity(
        code="reports",
        name=_t("activity.reports", QT_TRANSLATE_NOOP("Privacy", "Anonymous monthly reports")),
        purpose=_t("purpose.reports", QT_TRANSLATE_NOOP(
            "Privacy", "Reporting the work of the Welcome Point to its funders and the city.")),
        subjects=(_t("subjects.none", QT_TRANSLATE_NOOP(
            "Privacy", "None: reports hold counts only")),),
        data=data("reports"),
        recipients=(_t("recipients.funders", QT_TRANSLATE_NOOP(
            "Privacy", "Funders, the city and the coordinating office")),),
        retention=_t("retention.reports", QT_TRANSLATE_NOOP(
            "Privacy", "Reports are anonymous and are kept as long as they are needed.")),
        measures=(_t("measure.suppression", QT_TRANSLATE_NOOP(
            "Privacy", "Counts below {k} are suppressed, with complementary suppression so that they "
                       "cannot be recomputed from totals"), k=settings.report_k),),
    )
    backup_text = (QT_TRANSLATE_NOOP(
        "Privacy", "Verified backups (SQLite backup API, integrity check) every 30 minutes when data "
                   "changed and before retention runs; 12 recent, 10 daily and 9 monthly copies are kept, "
                   "also in a second folder; erased records leave the backups as the copies rotate out")
        if settings.backup_extra_dir else QT_TRANSLATE_NOOP(
        "Privacy", "Verified backups (SQLite backup API, integrity check) every 30 minutes when data "
                   "changed and before retention runs; 12 recent, 10 daily and 9 monthly copies are kept; "
                   "erased records leave the backups as the copies rotate out"))
    measures = (
        _t("measure.argon2id", QT_TRANSLATE_NOOP(
            "Privacy", "Passwords and PINs are stored only as argon2id hashes; sign-ins are delayed after "
                       "repeated failures")),
        _t("measure.roles", QT_TRANSLATE_NOOP(
            "Privacy", "Four roles (volunteer, coordinator, staff, administrator), checked by the program "
                       "for every operation")),
        _t("measure.lock", QT_TRANSLATE_NOOP(
            "Privacy", "The screen locks after {minutes} minutes without input and hides all personal data"),
           minutes=settings.lock_minutes),
        _t("measure.audit_log", QT_TRANSLATE_NOOP(
            "Privacy", "Audit log of sign-ins, exports, deletions, erasures, restores and settings "
                       "changes, append-only and hash-chained")),
        _t("measure.secure_delete", QT_TRANSLATE_NOOP(
            "Privacy", "Deleted records are overwritten in the database file (SQLite secure_delete)")),
        _t("measure.backups", backup_text),
        _t("measure.retention", QT_TRANSLATE_NOOP(
            "Privacy", "Retention periods are applied automatically at every start and daily")),
        _t("measure.suppression_k", QT_TRANSLATE_NOOP(
            "Privacy", "Reports suppress counts below k = {k}"), k=settings.report_k),
        _t("measure.private_folder", QT_TRANSLATE_NOOP(
            "Privacy", "The data folder is readable by its user only; log files hold no personal data")),
    )
    return ProcessingRecord(controller_name=controller_name, controller_address=controller_address,
                            generated_on=generated_on, activities=(desk, volunteers, accounts, reports),
                            measures=measures)
