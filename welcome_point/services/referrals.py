"""Use cases of the referrals page: the follow-up work list, status changes (with Undo), partner counts.

"Open referrals" means the referrals that still need work: status ``open`` (nobody has checked
yet) and ``followed_up`` (checked, the next check is due on ``follow_up_on``). That is what the
page lists by default. A filter adds the closed ones (``completed``, ``not_reached``) whose status
changed in the last ``RECENT_DAYS`` days, so that a mistake made last week can still be seen and
corrected without the list growing with a year of history.

A referral is overdue when it still needs work and its follow-up date lies before today.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import NamedTuple

from welcome_point.domain import vocabulary as v
from welcome_point.domain.access import Role
from welcome_point.domain.errors import ValidationError
from welcome_point.domain.models import Referral
from welcome_point.services.access import Access, public, requires
from welcome_point.storage.engine import Database
from welcome_point.storage.referral_queries import ReferralLine, SqlReferralRepository

ACTIVE_STATUSES = frozenset({"open", "followed_up"})
CLOSED_STATUSES = frozenset({"completed", "not_reached"})
RECENT_DAYS = 30
# When a follow-up is recorded without a date, the next check comes as after a visit at the desk.
NEXT_FOLLOW_UP = timedelta(days=14)


@dataclass(frozen=True, slots=True)
class ReferralItem:
    """One line of the referrals list. No personal data: a partner, a topic and a language."""

    id: int
    visit_id: int
    created_at: datetime
    organisation_id: int
    organisation_name: str
    topic: str
    language: str
    status: str
    follow_up_on: date | None
    status_changed_at: datetime | None
    overdue_days: int  # 0 unless overdue

    @property
    def created_on(self) -> date:
        return self.created_at.date()

    @property
    def active(self) -> bool:
        return self.status in ACTIVE_STATUSES

    @property
    def overdue(self) -> bool:
        return self.overdue_days > 0


class PartnerCounts(NamedTuple):
    organisation_id: int
    name: str
    open: int
    followed_up: int
    completed: int
    not_reached: int
    total: int


@dataclass(frozen=True, slots=True)
class ReferralChange:
    """A change as it was made: ``before`` is what Undo writes back."""

    before: Referral
    after: Referral


def _sort_key(item: ReferralItem) -> tuple[int, int, date, float, int]:
    """Work to do first, by follow-up date (so overdue ones lead); then closed ones, latest change first."""
    if item.active:
        return (0, item.follow_up_on is None, item.follow_up_on or date.max, 0.0, item.id)
    changed = item.status_changed_at or item.created_at
    return (1, 0, date.max, -changed.timestamp(), item.id)


class ReferralService:
    def __init__(self, database: Database, clock: Callable[[], datetime] = datetime.now,
                 *, access: Access | None = None) -> None:
        self._access = access or Access()
        self._db = database
        self._clock = clock

    @public
    def now(self) -> datetime:
        # Whole seconds, like the desk: times compare cleanly after a round trip through SQLite.
        return self._clock().replace(microsecond=0)

    @public
    def today(self) -> date:
        return self._clock().date()

    # -- reading ----------------------------------------------------------------------------

    @requires(Role.COORDINATOR)
    def open_referrals(self, status_filter: Collection[str] | None = None, organisation_id: int | None = None,
                       *, recent_days: int = RECENT_DAYS) -> list[ReferralItem]:
        """The work list: by default the referrals still open or followed up.

        ``status_filter`` picks statuses; closed ones are limited to those whose status changed in
        the last ``recent_days`` days. Sorted by follow-up date, overdue first, closed ones last.
        """
        statuses = set(ACTIVE_STATUSES if status_filter is None else status_filter)
        for status in statuses:
            v.require(v.REFERRAL_STATUSES, status)
        today = self.today()
        if not 0 <= recent_days <= 36_500:
            raise ValidationError("the number of recent days must be between 0 and 36,500", "recent_days")
        since = datetime.combine(today - timedelta(days=recent_days), time())
        with self._db.read() as session:
            repository = SqlReferralRepository(session)
            lines = repository.lines(statuses & ACTIVE_STATUSES, organisation_id)
            lines += repository.lines(statuses & CLOSED_STATUSES, organisation_id, since)
        return sorted((_item(line, today) for line in lines), key=_sort_key)

    @requires(Role.COORDINATOR)
    def get(self, referral_id: int) -> Referral:
        with self._db.read() as session:
            referral = SqlReferralRepository(session).get(referral_id)
        if referral is None:
            raise _unknown(referral_id)
        return referral

    @requires(Role.COORDINATOR)
    def counts_per_partner(self, since: date | None = None) -> list[PartnerCounts]:
        """Referrals made on or after ``since`` (all when None) per partner and status."""
        start = None if since is None else datetime.combine(since, time())
        with self._db.read() as session:
            lines = SqlReferralRepository(session).counts_per_partner(start)
        return [PartnerCounts(*line) for line in lines]

    # -- changing ---------------------------------------------------------------------------

    @requires(Role.COORDINATOR)
    def set_status(self, referral_id: int, status: str, follow_up_on: date | None = None) -> ReferralChange:
        """Record a new status with the time of the change.

        ``follow_up_on`` is the date of the next check; it must not lie in the past and only a
        referral that still needs work has one. ``followed_up`` without a date plans the next
        check ``NEXT_FOLLOW_UP`` from today; other statuses keep the date they had.
        """
        v.require(v.REFERRAL_STATUSES, status)
        now = self.now()
        if follow_up_on is not None:
            if status in CLOSED_STATUSES:
                raise ValidationError("a completed or unreachable referral has no next follow-up date",
                                      "follow_up_on")
            _check_future(follow_up_on, now.date())
        elif status == "followed_up":
            follow_up_on = now.date() + NEXT_FOLLOW_UP
        with self._db.write() as session:
            repository = SqlReferralRepository(session)
            before = repository.get(referral_id)
            if before is None:
                raise _unknown(referral_id)
            after = repository.write_status(referral_id, status, follow_up_on or before.follow_up_on, now)
        assert after is not None
        return ReferralChange(before, after)

    @requires(Role.COORDINATOR)
    def set_follow_up(self, referral_id: int, follow_up_on: date | None) -> ReferralChange:
        """Move (or, with None, drop) the next check of a referral that still needs work."""
        if follow_up_on is not None:
            _check_future(follow_up_on, self.today())
        with self._db.write() as session:
            repository = SqlReferralRepository(session)
            before = repository.get(referral_id)
            if before is None:
                raise _unknown(referral_id)
            if before.status in CLOSED_STATUSES:
                raise ValidationError("a completed or unreachable referral has no next follow-up date",
                                      "follow_up_on")
            after = repository.write_status(referral_id, before.status, follow_up_on,
                                            before.status_changed_at)
        assert after is not None
        return ReferralChange(before, after)

    @requires(Role.COORDINATOR)
    def restore(self, before: Referral) -> Referral:
        """Undo: write back status, follow-up date and change time exactly as they were."""
        if before.id is None:
            raise ValidationError("only a saved referral can be restored")
        with self._db.write() as session:
            after = SqlReferralRepository(session).write_status(
                before.id, before.status, before.follow_up_on, before.status_changed_at)
        if after is None:
            raise _unknown(before.id)
        return after


def _item(line: ReferralLine, today: date) -> ReferralItem:
    overdue = 0
    if line.status in ACTIVE_STATUSES and line.follow_up_on is not None and line.follow_up_on < today:
        overdue = (today - line.follow_up_on).days
    return ReferralItem(*line, overdue_days=overdue)


def _check_future(follow_up_on: date, today: date) -> None:
    if follow_up_on < today:
        raise ValidationError("the next follow-up date is in the past", "follow_up_on")


def _unknown(referral_id: int) -> ValidationError:
    return ValidationError(f"there is no referral number {referral_id} (it may have been deleted "
                           "with its visit)")
