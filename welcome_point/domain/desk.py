"""The desk's own objects: a person waiting in the queue, and a visit as the form holds it.

A ``VisitForm`` is what a volunteer enters; ``validate`` refuses it with the form field at fault
so that the page can show the message next to that field. Nothing here knows about storage.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from welcome_point.domain import vocabulary as v
from welcome_point.domain.cardcode import normalise
from welcome_point.domain.errors import ValidationError
from welcome_point.domain.models import Conversation

MAX_GROUP_SIZE = 20
MAX_REFERRALS = 10
# A clock a few seconds ahead of the database's (a second laptop, a DST change) is not an error.
CLOCK_TOLERANCE = timedelta(minutes=2)
# The earliest date a visit can have: the Welcome Points opened in 2015.
EARLIEST = datetime(2015, 1, 1)
DEFAULT_FOLLOW_UP = timedelta(days=14)
LARGEST_ID = 2**63 - 1  # SQLite's integers


def check_id(value: int, field: str) -> int:
    """A record number as the database can hold it; anything else is bad input."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= LARGEST_ID:
        raise ValidationError("no such record", field)
    return value


@dataclass(frozen=True, slots=True)
class QueueEntry:
    """A person waiting (or, once called, in conversation): no name, at most a card code."""

    id: int | None
    site_id: int
    arrived_at: datetime
    language: str | None = None
    card_code: str | None = None
    called_at: datetime | None = None

    def __post_init__(self) -> None:
        v.require(v.LANGUAGES, self.language, optional=True)
        if self.card_code is not None:
            object.__setattr__(self, "card_code", normalise(self.card_code))
        if self.called_at is not None and self.called_at < self.arrived_at:
            raise ValidationError("called before arriving", "time")

    def waiting(self, now: datetime) -> timedelta:
        return max(timedelta(0), (self.called_at or now) - self.arrived_at)


@dataclass(frozen=True, slots=True)
class ReferralChoice:
    organisation_id: int
    topic: str

    def __post_init__(self) -> None:
        v.require(v.TOPICS, self.topic)
        check_id(self.organisation_id, "referrals")


@dataclass(frozen=True, slots=True)
class VisitForm:
    """One visit as entered at the desk. ``card_code`` None means an anonymous visit."""

    language: str
    topics: tuple[str, ...]
    arrived_at: datetime
    started_at: datetime | None = None
    ended_at: datetime | None = None
    card_code: str | None = None
    new_visitor: bool = False  # the code was issued now: the visitor is created with the visit
    age_band: str = "not_stated"
    gender: str = "not_stated"
    group_size: int = 1
    interpreter_needed: bool = False
    outcome: str = "advised"
    referrals: tuple[ReferralChoice, ...] = ()
    volunteer_ids: tuple[int, ...] = ()
    queue_entry_id: int | None = None
    follow_up_on: date | None = None  # for the referrals; None: DEFAULT_FOLLOW_UP after the visit

    def validate(self, now: datetime) -> VisitForm:
        """The form with its card code normalised, or ValidationError naming the field."""
        if self.card_code is not None:
            code = normalise(self.card_code)
        elif self.new_visitor:
            raise ValidationError("a new visitor needs a card code", "card_code")
        else:
            code = None
        _known(v.LANGUAGES, self.language, "language")
        if not self.topics:
            raise ValidationError("choose at least one topic", "topics")
        for topic in self.topics:
            _known(v.TOPICS, topic, "topics")
        if len(set(self.topics)) != len(self.topics):
            raise ValidationError("a topic is chosen twice", "topics")
        _known(v.AGE_BANDS, self.age_band, "age_band")
        _known(v.GENDERS, self.gender, "gender")
        _known(v.OUTCOMES, self.outcome, "outcome")
        if not isinstance(self.group_size, int) or not 1 <= self.group_size <= MAX_GROUP_SIZE:
            raise ValidationError(f"group size must be between 1 and {MAX_GROUP_SIZE}", "group_size")
        self._check_times(now)
        if len(self.referrals) > MAX_REFERRALS:
            raise ValidationError(f"at most {MAX_REFERRALS} referrals per visit", "referrals")
        pairs = {(r.organisation_id, r.topic) for r in self.referrals}
        if len(pairs) != len(self.referrals):
            raise ValidationError("the same referral is listed twice", "referrals")
        if self.follow_up_on is not None and self.follow_up_on < self.arrived_at.date():
            raise ValidationError("the follow-up date is before the visit", "follow_up_on")
        if len(set(self.volunteer_ids)) != len(self.volunteer_ids):
            raise ValidationError("a volunteer is listed twice", "volunteers")
        for volunteer in self.volunteer_ids:
            check_id(volunteer, "volunteers")
        return replace(self, card_code=code)

    def _check_times(self, now: datetime) -> None:
        latest = now + CLOCK_TOLERANCE
        for moment in (self.arrived_at, self.started_at, self.ended_at):
            if moment is None:
                continue
            if moment > latest:
                raise ValidationError("a time lies in the future", "time")
            if moment < EARLIEST:
                raise ValidationError("a time lies before 2015", "time")
        if self.started_at is not None and self.started_at < self.arrived_at:
            raise ValidationError("the conversation started before the arrival", "time")
        if self.ended_at is not None and (self.started_at is None or self.ended_at < self.started_at):
            raise ValidationError("the conversation ended before it started", "time")

    def follow_up_date(self) -> date:
        return self.follow_up_on or (self.arrived_at + DEFAULT_FOLLOW_UP).date()


def _known(vocabulary: v.Vocabulary, code: str, field_name: str) -> None:
    try:
        v.require(vocabulary, code)
    except ValidationError as exc:
        raise ValidationError(str(exc), field_name) from None


@dataclass(frozen=True, slots=True)
class VisitSummary(Conversation):
    """A line of today's list at the desk (no card code: the screen faces the public)."""

    id: int
    arrived_at: datetime
    started_at: datetime | None
    ended_at: datetime | None
    language: str
    topics: tuple[str, ...]
    outcome: str
    group_size: int
    returning: bool  # a visitor with a card (as opposed to an anonymous visit)
    referral_names: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SavedVisit:
    """What a save did, so that Undo can take back exactly that."""

    visit_id: int
    visitor_id: int | None
    created_visitor: bool
    referral_ids: tuple[int, ...]
    queue_entry: QueueEntry | None
    form: VisitForm
