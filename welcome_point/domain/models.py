"""Domain dataclasses: what every layer above storage sees instead of ORM rows.

Times are naive local wall-clock times of the Welcome Point (a desk works in one time zone;
reports count by local day). Validation happens on construction so that bad data is refused
wherever it comes from: a form, an import or the demo generator.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from welcome_point.domain import vocabulary as v
from welcome_point.domain.cardcode import normalise
from welcome_point.domain.errors import ValidationError


def _ordered(earlier: datetime | None, later: datetime | None, what: str) -> None:
    """The same rule as the tables' CHECK constraints: an end needs a start, and comes after it."""
    if later is not None and earlier is None:
        raise ValidationError(f"{what}: an end without a start")
    if earlier is not None and later is not None and later < earlier:
        raise ValidationError(f"{what}: end before start")


# Control characters (NUL above all) have no place in a name or an address; line breaks do.
CONTROL_CHARACTERS = frozenset(chr(c) for c in range(32) if chr(c) not in "\n\t") | {"\x7f"}


def check_text(value: str, field: str, max_length: int, *, required: bool = False) -> None:
    """A text field as the forms and imports accept it: bounded, printable, present if required."""
    if required and not value.strip():
        raise ValidationError(f"{field} must not be empty", field)
    if len(value) > max_length:
        raise ValidationError(f"{field} is longer than {max_length} characters", field)
    if any(c in CONTROL_CHARACTERS for c in value):
        raise ValidationError(f"{field} contains a control character", field)
    if any("\ud800" <= c <= "\udfff" for c in value):  # half of a broken character: unstorable
        raise ValidationError(f"{field} contains a broken character", field)


def _unique(codes: tuple[str, ...], what: str) -> None:
    if len(set(codes)) != len(codes):
        raise ValidationError(f"a {what} is listed twice")


@dataclass(frozen=True, slots=True)
class Site:
    id: int | None
    code: str
    name: str
    address: str = ""
    opening_hours: str = ""

    def __post_init__(self) -> None:
        if not self.code.strip() or not self.name.strip():
            raise ValidationError("a site needs a code and a name")
        check_text(self.code, "code", 20)
        check_text(self.name, "name", 200)
        check_text(self.address, "address", 300)
        check_text(self.opening_hours, "opening_hours", 300)


@dataclass(frozen=True, slots=True)
class Visitor:
    """A pseudonymous visitor: a card code and coarse facts, never a name."""

    id: int | None
    card_code: str
    first_seen: date
    age_band: str = "not_stated"
    gender: str = "not_stated"
    language: str | None = None
    region: str = "not_stated"

    def __post_init__(self) -> None:
        object.__setattr__(self, "card_code", normalise(self.card_code))
        v.require(v.AGE_BANDS, self.age_band)
        v.require(v.GENDERS, self.gender)
        v.require(v.LANGUAGES, self.language, optional=True)
        v.require(v.REGIONS, self.region)


class Conversation:
    """Waiting time and length of a visit, for anything with its three times."""

    __slots__ = ()
    arrived_at: datetime
    started_at: datetime | None
    ended_at: datetime | None

    @property
    def waiting_time(self) -> timedelta | None:
        return None if self.started_at is None else self.started_at - self.arrived_at

    @property
    def duration(self) -> timedelta | None:
        if self.started_at is None or self.ended_at is None:
            return None
        return self.ended_at - self.started_at


@dataclass(frozen=True, slots=True)
class Visit(Conversation):
    id: int | None
    site_id: int
    arrived_at: datetime
    language: str
    topics: tuple[str, ...]
    started_at: datetime | None = None
    ended_at: datetime | None = None
    visitor_id: int | None = None  # None: an anonymous visit
    group_size: int = 1
    interpreter_needed: bool = False
    outcome: str = "advised"
    volunteer_ids: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        v.require(v.LANGUAGES, self.language)
        v.require(v.OUTCOMES, self.outcome)
        if not self.topics:
            raise ValidationError("a visit needs at least one topic")
        for topic in self.topics:
            v.require(v.TOPICS, topic)
        _unique(self.topics, "topic")
        if not 1 <= self.group_size <= 20:
            raise ValidationError("group size must be between 1 and 20")
        if self.started_at is not None and self.started_at < self.arrived_at:
            raise ValidationError("waiting time: the conversation started before the arrival")
        _ordered(self.started_at, self.ended_at, "conversation")


# Mirrors the column lengths of storage/tables.py (SQLite itself does not enforce them).
ORGANISATION_TEXT_LIMITS = {"name": 200, "address": 300, "phone": 40, "email": 200, "website": 300,
                            "opening_hours": 300, "what_to_bring": 500}


@dataclass(frozen=True, slots=True)
class Organisation:
    id: int | None
    name: str
    category: str
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    opening_hours: str = ""
    what_to_bring: str = ""
    languages: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    is_example: bool = False
    archived: bool = False

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValidationError("an organisation needs a name", "name")
        for name, limit in ORGANISATION_TEXT_LIMITS.items():
            check_text(getattr(self, name), name, limit)
        v.require(v.ORGANISATION_CATEGORIES, self.category)
        for code in self.languages:
            v.require(v.LANGUAGES, code)
        for code in self.topics:
            v.require(v.TOPICS, code)
        _unique(self.languages, "language")
        _unique(self.topics, "topic")


@dataclass(frozen=True, slots=True)
class Referral:
    id: int | None
    visit_id: int
    organisation_id: int
    topic: str
    created_at: datetime
    status: str = "open"
    follow_up_on: date | None = None
    status_changed_at: datetime | None = None

    def __post_init__(self) -> None:
        v.require(v.TOPICS, self.topic)
        v.require(v.REFERRAL_STATUSES, self.status)


@dataclass(frozen=True, slots=True)
class VolunteerLanguage:
    language: str
    level: str

    def __post_init__(self) -> None:
        v.require(v.LANGUAGES, self.language)
        v.require(v.LANGUAGE_LEVELS, self.level)


@dataclass(frozen=True, slots=True)
class Volunteer:
    id: int | None
    display_name: str
    joined_on: date
    languages: tuple[VolunteerLanguage, ...] = ()
    roles: tuple[str, ...] = ("desk",)
    phone: str = ""
    email: str = ""
    consent_on: date | None = None
    left_on: date | None = None
    active: bool = True

    def __post_init__(self) -> None:
        if not self.display_name.strip():
            raise ValidationError("a volunteer needs a display name", "display_name")
        check_text(self.display_name, "display_name", 120)
        check_text(self.phone, "phone", 40)
        check_text(self.email, "email", 200)
        for role in self.roles:
            v.require(v.ROLES, role)
        _unique(self.roles, "role")
        _unique(tuple(lang.language for lang in self.languages), "language")
        if (self.phone or self.email) and self.consent_on is None:
            raise ValidationError("contact data needs the volunteer's consent date")
        if self.left_on is not None and self.left_on < self.joined_on:
            raise ValidationError("left before joining")


@dataclass(frozen=True, slots=True)
class Shift:
    id: int | None
    site_id: int
    starts_at: datetime
    ends_at: datetime
    role: str = "desk"
    min_staff: int = 2
    wanted_languages: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        v.require(v.ROLES, self.role)
        if self.ends_at <= self.starts_at:
            raise ValidationError("a shift must end after it starts")
        if self.min_staff < 1:
            raise ValidationError("a shift needs at least one person")
        for code in self.wanted_languages:
            v.require(v.LANGUAGES, code)
        _unique(self.wanted_languages, "language")


@dataclass(frozen=True, slots=True)
class Assignment:
    id: int | None
    shift_id: int
    volunteer_id: int | None  # None once the volunteer's record was erased; the hours remain
    status: str = "planned"
    checked_in_at: datetime | None = None
    checked_out_at: datetime | None = None

    def __post_init__(self) -> None:
        v.require(v.ASSIGNMENT_STATUSES, self.status)
        _ordered(self.checked_in_at, self.checked_out_at, "attendance")


@dataclass(frozen=True, slots=True)
class Account:
    id: int | None
    username: str
    role: str
    volunteer_id: int | None = None
    active: bool = True

    def __post_init__(self) -> None:
        v.require(v.ACCOUNT_ROLES, self.role)


@dataclass(frozen=True, slots=True)
class AuditEvent:
    """What happened, never to whom: an action code and an object id."""

    id: int | None
    at: datetime
    action: str
    account_id: int | None = None
    object_type: str = ""
    object_id: int | None = None


@dataclass(frozen=True, slots=True)
class DatabaseInfo:
    data_dir: Path
    database_file: Path
    revision: str | None
    head_revision: str
    counts: dict[str, int] = field(default_factory=dict)
    site: Site | None = None
