"""SQLAlchemy 2 typed tables: the whole data model of docs/architecture.md.

Vocabulary columns carry CHECK constraints built from ``domain.vocabulary``; a new code is
therefore a migration, like any other schema change. Names follow one naming convention so
that Alembic's batch mode can find and alter every constraint on SQLite.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    DDL,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    event,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from welcome_point.domain import vocabulary as v
from welcome_point.domain.shifts import ASSIGNMENT_ACTIONS

NAMING = {
    "ix": "ix_%(column_0_N_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def in_vocabulary(column: str, vocabulary: v.Vocabulary, *, nullable: bool = False) -> CheckConstraint:
    codes = ", ".join(f"'{code}'" for code in vocabulary.codes)
    condition = f"{column} IN ({codes})"
    if nullable:
        condition = f"{column} IS NULL OR {condition}"
    return CheckConstraint(condition, name=f"{column}_code")


class SiteRow(Base):
    __tablename__ = "sites"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(300), default="")
    opening_hours: Mapped[str] = mapped_column(String(300), default="")
    __table_args__ = (CheckConstraint("length(trim(code)) > 0", name="code_not_blank"),)


class VisitorRow(Base):
    __tablename__ = "visitors"
    id: Mapped[int] = mapped_column(primary_key=True)
    card_code: Mapped[str] = mapped_column(String(11), unique=True)
    first_seen: Mapped[date] = mapped_column(Date)
    age_band: Mapped[str] = mapped_column(String(12), default="not_stated")
    gender: Mapped[str] = mapped_column(String(12), default="not_stated")
    language: Mapped[str | None] = mapped_column(String(8))
    region: Mapped[str] = mapped_column(String(24), default="not_stated")
    __table_args__ = (
        in_vocabulary("age_band", v.AGE_BANDS),
        in_vocabulary("gender", v.GENDERS),
        in_vocabulary("language", v.LANGUAGES, nullable=True),
        in_vocabulary("region", v.REGIONS),
        CheckConstraint("length(card_code) = 11", name="card_code_length"),
        # Never reuse an erased person's id: the audit log and subject records find people by id.
        {"sqlite_autoincrement": True},
    )


class VisitRow(Base):
    __tablename__ = "visits"
    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="RESTRICT"))
    # SET NULL: erasing a visitor (retention) keeps the visit as an anonymous one.
    visitor_id: Mapped[int | None] = mapped_column(ForeignKey("visitors.id", ondelete="SET NULL"))
    arrived_at: Mapped[datetime] = mapped_column(DateTime)
    started_at: Mapped[datetime | None] = mapped_column(DateTime)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime)
    group_size: Mapped[int] = mapped_column(Integer, default=1)
    language: Mapped[str] = mapped_column(String(8))
    interpreter_needed: Mapped[bool] = mapped_column(default=False)
    outcome: Mapped[str] = mapped_column(String(16), default="advised")
    __table_args__ = (
        in_vocabulary("language", v.LANGUAGES),
        in_vocabulary("outcome", v.OUTCOMES),
        CheckConstraint("group_size BETWEEN 1 AND 20", name="group_size_range"),
        CheckConstraint("started_at IS NULL OR started_at >= arrived_at", name="start_after_arrival"),
        CheckConstraint("ended_at IS NULL OR (started_at IS NOT NULL AND ended_at >= started_at)",
                        name="end_after_start"),
        # The desk lists today's visits and every report reads one month of one site.
        Index("ix_visits_site_arrived", "site_id", "arrived_at"),
        Index("ix_visits_arrived", "arrived_at"),
        Index("ix_visits_visitor", "visitor_id", "arrived_at"),
        # The Visits page filtered by a rare language over years of visits.
        Index("ix_visits_language_arrived", "language", "arrived_at"),
    )


class QueueEntryRow(Base):
    """A person waiting at the desk: kept in the database so that a restart loses nobody's place."""

    __tablename__ = "queue_entries"
    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"))
    arrived_at: Mapped[datetime] = mapped_column(DateTime)
    language: Mapped[str | None] = mapped_column(String(8))
    card_code: Mapped[str | None] = mapped_column(String(11))
    called_at: Mapped[datetime | None] = mapped_column(DateTime)
    __table_args__ = (
        in_vocabulary("language", v.LANGUAGES, nullable=True),
        CheckConstraint("called_at IS NULL OR called_at >= arrived_at", name="called_after_arrival"),
        Index("ix_queue_entries_site_arrived", "site_id", "arrived_at"),
        # Never reuse the number of someone who left: Undo puts a person back under theirs.
        {"sqlite_autoincrement": True},
    )


class VisitTopicRow(Base):
    __tablename__ = "visit_topics"
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"), primary_key=True)
    topic: Mapped[str] = mapped_column(String(16), primary_key=True)
    __table_args__ = (
        in_vocabulary("topic", v.TOPICS),
        Index("ix_visit_topics_topic", "topic", "visit_id"),
    )


class VisitVolunteerRow(Base):
    __tablename__ = "visit_volunteers"
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"), primary_key=True)
    volunteer_id: Mapped[int] = mapped_column(
        ForeignKey("volunteers.id", ondelete="CASCADE"), primary_key=True)
    __table_args__ = (Index("ix_visit_volunteers_volunteer", "volunteer_id", "visit_id"),)


class OrganisationRow(Base):
    __tablename__ = "organisations"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(24))
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    website: Mapped[str] = mapped_column(String(300), default="")
    opening_hours: Mapped[str] = mapped_column(String(300), default="")
    what_to_bring: Mapped[str] = mapped_column(String(500), default="")
    is_example: Mapped[bool] = mapped_column(default=False)
    archived: Mapped[bool] = mapped_column(default=False)
    __table_args__ = (
        in_vocabulary("category", v.ORGANISATION_CATEGORIES),
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        Index("ix_organisations_name", "name"),
    )


class OrganisationTopicRow(Base):
    __tablename__ = "organisation_topics"
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True)
    topic: Mapped[str] = mapped_column(String(16), primary_key=True)
    __table_args__ = (
        in_vocabulary("topic", v.TOPICS),
        Index("ix_organisation_topics_topic", "topic", "organisation_id"),
    )


class OrganisationLanguageRow(Base):
    __tablename__ = "organisation_languages"
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True)
    language: Mapped[str] = mapped_column(String(8), primary_key=True)
    __table_args__ = (in_vocabulary("language", v.LANGUAGES),)


class ReferralRow(Base):
    __tablename__ = "referrals"
    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"))
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="RESTRICT"))
    topic: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default="open")
    follow_up_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    status_changed_at: Mapped[datetime | None] = mapped_column(DateTime)
    __table_args__ = (
        in_vocabulary("topic", v.TOPICS),
        in_vocabulary("status", v.REFERRAL_STATUSES),
        Index("ix_referrals_visit", "visit_id"),
        Index("ix_referrals_status_follow_up", "status", "follow_up_on"),
        Index("ix_referrals_organisation", "organisation_id", "status"),
        Index("ix_referrals_created", "created_at"),
    )


class VolunteerRow(Base):
    __tablename__ = "volunteers"
    id: Mapped[int] = mapped_column(primary_key=True)
    display_name: Mapped[str] = mapped_column(String(120))
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    joined_on: Mapped[date] = mapped_column(Date)
    left_on: Mapped[date | None] = mapped_column(Date)
    consent_on: Mapped[date | None] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(default=True)
    __table_args__ = (
        CheckConstraint("length(trim(display_name)) > 0", name="name_not_blank"),
        # GDPR: no contact data without a recorded consent.
        CheckConstraint("(phone = '' AND email = '') OR consent_on IS NOT NULL",
                        name="contact_needs_consent"),
        CheckConstraint("left_on IS NULL OR left_on >= joined_on", name="left_after_joined"),
        {"sqlite_autoincrement": True},  # ids are never reused (migration 0006), as for visitors
    )


class VolunteerLanguageRow(Base):
    __tablename__ = "volunteer_languages"
    volunteer_id: Mapped[int] = mapped_column(
        ForeignKey("volunteers.id", ondelete="CASCADE"), primary_key=True)
    language: Mapped[str] = mapped_column(String(8), primary_key=True)
    level: Mapped[str] = mapped_column(String(8))
    __table_args__ = (
        in_vocabulary("language", v.LANGUAGES),
        in_vocabulary("level", v.LANGUAGE_LEVELS),
        Index("ix_volunteer_languages_language", "language", "volunteer_id"),
    )


class VolunteerRoleRow(Base):
    __tablename__ = "volunteer_roles"
    volunteer_id: Mapped[int] = mapped_column(
        ForeignKey("volunteers.id", ondelete="CASCADE"), primary_key=True)
    role: Mapped[str] = mapped_column(String(16), primary_key=True)
    __table_args__ = (in_vocabulary("role", v.ROLES),)


class ShiftRow(Base):
    __tablename__ = "shifts"
    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="RESTRICT"))
    starts_at: Mapped[datetime] = mapped_column(DateTime)
    ends_at: Mapped[datetime] = mapped_column(DateTime)
    role: Mapped[str] = mapped_column(String(16), default="desk")
    min_staff: Mapped[int] = mapped_column(Integer, default=2)
    __table_args__ = (
        in_vocabulary("role", v.ROLES),
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        CheckConstraint("min_staff >= 1", name="min_staff_positive"),
        Index("ix_shifts_site_starts", "site_id", "starts_at"),
    )


class ShiftLanguageRow(Base):
    __tablename__ = "shift_languages"
    shift_id: Mapped[int] = mapped_column(ForeignKey("shifts.id", ondelete="CASCADE"), primary_key=True)
    language: Mapped[str] = mapped_column(String(8), primary_key=True)
    __table_args__ = (in_vocabulary("language", v.LANGUAGES),)


class AssignmentRow(Base):
    __tablename__ = "assignments"
    id: Mapped[int] = mapped_column(primary_key=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("shifts.id", ondelete="CASCADE"))
    # SET NULL: erasing a volunteer who left keeps the hours, anonymous, in the totals.
    volunteer_id: Mapped[int | None] = mapped_column(ForeignKey("volunteers.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(12), default="planned")
    checked_in_at: Mapped[datetime | None] = mapped_column(DateTime)
    checked_out_at: Mapped[datetime | None] = mapped_column(DateTime)
    __table_args__ = (
        in_vocabulary("status", v.ASSIGNMENT_STATUSES),
        CheckConstraint("checked_out_at IS NULL OR "
                        "(checked_in_at IS NOT NULL AND checked_out_at >= checked_in_at)",
                        name="out_after_in"),
        Index("ix_assignments_shift", "shift_id", "status"),
        Index("ix_assignments_volunteer", "volunteer_id", "shift_id"),
    )


class AssignmentChangeRow(Base):
    """The history of a shift's staffing: who was assigned, cancelled, swapped or missing, and when.

    Only ids: names are read from volunteers when the history is shown, so an erasure erases them here too.
    """

    __tablename__ = "assignment_changes"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    action: Mapped[str] = mapped_column(String(12))
    assignment_id: Mapped[int] = mapped_column(ForeignKey("assignments.id", ondelete="CASCADE"))
    volunteer_id: Mapped[int | None] = mapped_column(ForeignKey("volunteers.id", ondelete="SET NULL"))
    # A swap: who took over (on "swapped") or whom the new person replaced (on "assigned").
    other_volunteer_id: Mapped[int | None] = mapped_column(ForeignKey("volunteers.id", ondelete="SET NULL"))
    __table_args__ = (
        in_vocabulary("action", ASSIGNMENT_ACTIONS),
        Index("ix_assignment_changes_assignment", "assignment_id", "at"),
    )


class AccountRow(Base):
    """A login. ``username`` is chosen by the admin (initials or a desk name, not necessarily a real name)."""

    __tablename__ = "accounts"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(60), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    secret_hash: Mapped[str] = mapped_column(String(300))
    # A PIN for the quick switch at the desk; hashed like the password.
    pin_hash: Mapped[str | None] = mapped_column(String(300))
    volunteer_id: Mapped[int | None] = mapped_column(ForeignKey("volunteers.id", ondelete="SET NULL"))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # Failed logins in a row and the time until which logins wait: kept here so a restart keeps them.
    failed_logins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
    __table_args__ = (
        in_vocabulary("role", v.ACCOUNT_ROLES),
        CheckConstraint("length(trim(username)) > 0", name="username_not_blank"),
        CheckConstraint("failed_logins >= 0", name="failed_logins_not_negative"),
        {"sqlite_autoincrement": True},  # ids are never reused (migration 0006), as for visitors
    )


class AuditEventRow(Base):
    """Append-only (triggers of migration 0005 refuse UPDATE and DELETE) and hash-chained.

    Ids only, never personal data. ``account_id`` has no foreign key: an event outlives its account.
    """

    __tablename__ = "audit_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    account_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(60))
    object_type: Mapped[str] = mapped_column(String(30), default="")
    object_id: Mapped[int | None] = mapped_column(Integer)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    __table_args__ = (Index("ix_audit_events_at", "at"),)


class SettingRow(Base):
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(String(2000))


# The same triggers as migration 0005, so that a schema made from the models refuses edits too.
for _name, _statement in (("audit_events_no_update", "UPDATE"), ("audit_events_no_delete", "DELETE")):
    event.listen(AuditEventRow.__table__, "after_create", DDL(  # type: ignore[no-untyped-call]
        f"CREATE TRIGGER {_name} BEFORE {_statement} ON audit_events "
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"))
