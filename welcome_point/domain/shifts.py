"""Shift planning rules: templates, conflicts, coverage, language demand and hours, as pure functions.

Everything here works on domain objects handed in by the service, so every rule is tested
without a database. Times are naive local wall-clock times, like everywhere in the domain.

Which assignments count:
- *booked* (for conflicts) and *staffed* (for coverage): planned, confirmed and attended. A
  cancelled assignment freed the slot; a no-show did not work it.
- *worked* (for hours): attended only.

Attendance is recorded from ``ATTENDANCE_MARGIN`` before a shift's planned start to its planned
end; for the hours, times further than that margin outside the plan are clamped to it (and the
shift counts as estimated), and a volunteer's attended times are merged, so two shifts back to
back with the same check-in and check-out cannot count the same minutes twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from welcome_point.domain import vocabulary as v
from welcome_point.domain.errors import ValidationError
from welcome_point.domain.models import Shift
from welcome_point.domain.vocabulary import QT_TRANSLATE_NOOP, Term, Vocabulary

STAFFED_STATUSES = frozenset({"planned", "confirmed", "attended"})
OPEN_STATUSES = frozenset({"planned", "confirmed"})  # may still be cancelled, swapped or checked in
# How early one may check in; also how far attended times may lie outside the plan before they are clamped.
ATTENDANCE_MARGIN = timedelta(minutes=60)

CONFLICT_REASONS = Vocabulary("conflict_reason", (
    Term("overlap", QT_TRANSLATE_NOOP("Vocabulary", "Overlaps another shift")),
    Term("double_booking", QT_TRANSLATE_NOOP("Vocabulary", "Already on this shift")),
    Term("daily_limit", QT_TRANSLATE_NOOP("Vocabulary", "More than the daily limit")),
    Term("rest_time", QT_TRANSLATE_NOOP("Vocabulary", "Less than the rest time")),
    Term("inactive", QT_TRANSLATE_NOOP("Vocabulary", "Not active")),
    Term("left", QT_TRANSLATE_NOOP("Vocabulary", "Has left")),
))

# What the history of a shift records. "swapped" sits on the replaced assignment (volunteer: the one
# who was replaced, other: the one who took over); the new assignment gets "assigned" with the same pair.
ASSIGNMENT_ACTIONS = Vocabulary("assignment_action", (
    Term("assigned", QT_TRANSLATE_NOOP("Vocabulary", "Assigned")),
    Term("cancelled", QT_TRANSLATE_NOOP("Vocabulary", "Cancelled")),
    Term("swapped", QT_TRANSLATE_NOOP("Vocabulary", "Swapped")),
    Term("no_show", QT_TRANSLATE_NOOP("Vocabulary", "No-show")),
))

# Sorting of the people on a shift: those who come (or came) first, no-shows last.
_STATUS_ORDER = {"attended": 0, "confirmed": 1, "planned": 2, "no_show": 3, "cancelled": 4}


@dataclass(frozen=True, slots=True)
class ShiftTemplate:
    """A recurring slot, e.g. Monday 10:00–13:00 at the desk."""

    weekday: int  # 0 = Monday … 6 = Sunday
    start: time
    end: time
    role: str = "desk"
    min_staff: int = 2
    wanted_languages: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not 0 <= self.weekday <= 6:
            raise ValidationError("a weekday is a number from 0 (Monday) to 6 (Sunday)")
        if self.end <= self.start:
            raise ValidationError("a shift must end after it starts")
        v.require(v.ROLES, self.role)
        if self.min_staff < 1:
            raise ValidationError("a shift needs at least one person")
        for code in self.wanted_languages:
            v.require(v.LANGUAGES, code)
        if len(set(self.wanted_languages)) != len(self.wanted_languages):
            raise ValidationError("a language is listed twice")

    def shift_on(self, day: date, site_id: int) -> Shift:
        return Shift(id=None, site_id=site_id, starts_at=datetime.combine(day, self.start),
                     ends_at=datetime.combine(day, self.end), role=self.role, min_staff=self.min_staff,
                     wanted_languages=self.wanted_languages)


DEFAULT_TEMPLATES: tuple[ShiftTemplate, ...] = (
    *(ShiftTemplate(day, time(10), time(13)) for day in range(5)),
    *(ShiftTemplate(day, time(13), time(16)) for day in range(5)),
    ShiftTemplate(5, time(10), time(14)),
)

MAX_TEMPLATE_DAYS = 366  # a year at once; more is almost certainly a typo in a date


def shifts_from_templates(templates: Sequence[ShiftTemplate], first: date, last: date, site_id: int,
                          existing: Iterable[Shift] = ()) -> list[Shift]:
    """The shifts the templates give for every day from ``first`` to ``last``, in order of start.

    A slot that already has a shift (same start, end and role; in ``existing`` or made by an
    earlier template of the same call) is skipped, so running a template twice creates nothing.
    """
    if last < first:
        raise ValidationError("the last day comes before the first")
    if (last - first).days >= MAX_TEMPLATE_DAYS:
        raise ValidationError(f"shifts can be created for at most {MAX_TEMPLATE_DAYS} days at once")
    taken = {(s.starts_at, s.ends_at, s.role) for s in existing}
    made: list[Shift] = []
    day = first
    while day <= last:
        for template in templates:
            if template.weekday != day.weekday():
                continue
            shift = template.shift_on(day, site_id)
            key = (shift.starts_at, shift.ends_at, shift.role)
            if key not in taken:
                taken.add(key)
                made.append(shift)
        day += timedelta(days=1)
    made.sort(key=lambda s: (s.starts_at, s.ends_at, s.role))
    return made


@dataclass(frozen=True, slots=True)
class WorkRules:
    daily_limit: timedelta = timedelta(hours=10)
    rest: timedelta = timedelta(hours=11)

    def __post_init__(self) -> None:
        if not timedelta(minutes=1) <= self.daily_limit <= timedelta(hours=24):
            raise ValidationError("the daily limit must lie between 1 minute and 24 hours")
        if not timedelta(0) <= self.rest <= timedelta(hours=48):
            raise ValidationError("the rest time must lie between 0 and 48 hours")


class Conflict(ValidationError):  # noqa: N818 - the name of the shared contract
    """An assignment refused by a rule; ``reason`` is a code of CONFLICT_REASONS."""

    def __init__(self, reason: str, message: str) -> None:
        v.require(CONFLICT_REASONS, reason)
        super().__init__(message)
        self.reason = reason

    def __reduce__(self) -> tuple[type[Conflict], tuple[str, str]]:  # picklable across threads/processes
        return (Conflict, (self.reason, str(self)))


def _span(shift: Shift) -> str:
    return f"{shift.starts_at:%a %d %b %H:%M}–{shift.ends_at:%H:%M}"


def _hours(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    return f"{minutes // 60} h {minutes % 60:02d} min" if minutes % 60 else f"{minutes // 60} h"


def _minutes_per_day(shift: Shift) -> dict[date, timedelta]:
    """A shift's working time on each calendar day it touches (a night shift counts on both days)."""
    result: dict[date, timedelta] = {}
    start = shift.starts_at
    while start < shift.ends_at:
        midnight = datetime.combine(start.date() + timedelta(days=1), time())
        end = min(midnight, shift.ends_at)
        result[start.date()] = result.get(start.date(), timedelta()) + (end - start)
        start = end
    return result


def find_conflict(shift: Shift, booked: Iterable[Shift], rules: WorkRules, *,
                  active: bool = True, left_on: date | None = None, no_show: bool = False) -> Conflict | None:
    """Why the volunteer cannot take ``shift``, or None.

    ``booked`` are the volunteer's other shifts that count (planned, confirmed, attended), at
    least those within a day plus the rest time of ``shift``. ``no_show``: the volunteer is on
    ``shift`` already, marked as a no-show (not booked, but a second line for them would be).
    Exactly the daily limit is allowed, and exactly the rest time is enough.
    """
    day = shift.starts_at.date()
    if left_on is not None and left_on <= day:
        return Conflict("left", f"the volunteer left on {left_on:%d %b %Y}")
    if not active:
        return Conflict("inactive", "the volunteer is not active")
    others = sorted(booked, key=lambda s: (s.starts_at, s.ends_at))
    if no_show:
        return Conflict("double_booking", f"already on this shift ({_span(shift)}) as a no-show; "
                                          f"check them in if they came after all")
    if shift.id is not None:
        for other in others:
            if other.id == shift.id:
                return Conflict("double_booking", f"already assigned to this shift ({_span(shift)})")
    others = [o for o in others if o.id is None or o.id != shift.id]
    for other in others:
        if other.starts_at < shift.ends_at and shift.starts_at < other.ends_at:
            return Conflict("overlap", f"already assigned to the shift {_span(other)} at the same time")
    mine = _minutes_per_day(shift)
    for worked_day, worked in mine.items():
        total = worked + sum((_minutes_per_day(o).get(worked_day, timedelta()) for o in others),
                             timedelta())
        if total > rules.daily_limit:
            return Conflict("daily_limit", f"{_hours(total)} on {worked_day:%a %d %b} would exceed "
                                           f"the daily limit of {_hours(rules.daily_limit)}")
    for other in others:
        if other.ends_at <= shift.starts_at:
            earlier, later = other, shift
        else:
            earlier, later = shift, other
        if earlier.starts_at.date() == later.starts_at.date():
            # Two shifts of one day: the daily limit applies, not the rest time. The day a shift
            # starts on, not the one it ends on: one ending at midnight or in the night is followed
            # by a rest before the next day's shift.
            continue
        rest = later.starts_at - earlier.ends_at
        if rest < rules.rest:
            return Conflict("rest_time", f"only {_hours(rest)} of rest between {_span(earlier)} and "
                                         f"{_span(later)}; at least {_hours(rules.rest)} are needed")
    return None


@dataclass(frozen=True, slots=True)
class AssignedVolunteer:
    assignment_id: int
    volunteer_id: int | None  # None after erasure; display_name is then ""
    display_name: str
    status: str  # planned / confirmed / attended / no_show / cancelled
    languages: tuple[str, ...]  # codes the volunteer speaks (any level)
    phone: str = ""
    checked_in_at: datetime | None = None
    checked_out_at: datetime | None = None

    @property
    def staffed(self) -> bool:
        return self.status in STAFFED_STATUSES


@dataclass(frozen=True, slots=True)
class ShiftView:
    """One shift with its staffing and coverage."""

    shift: Shift
    assigned: tuple[AssignedVolunteer, ...]  # active ones first; cancelled ones excluded
    staffed: int  # assignments neither cancelled nor no-show
    missing_languages: tuple[str, ...]  # wanted but spoken by nobody staffed

    @property
    def understaffed(self) -> bool:
        return self.staffed < self.shift.min_staff

    @property
    def is_gap(self) -> bool:
        return self.understaffed or bool(self.missing_languages)

    def speakers(self) -> frozenset[str]:
        return frozenset(code for a in self.assigned if a.staffed for code in a.languages)


def shift_view(shift: Shift, assigned: Iterable[AssignedVolunteer]) -> ShiftView:
    people = sorted((a for a in assigned if a.status != "cancelled"),
                    key=lambda a: (_STATUS_ORDER.get(a.status, 9), a.display_name.casefold(),
                                   a.assignment_id))
    spoken = {code for a in people if a.staffed for code in a.languages}
    return ShiftView(shift=shift, assigned=tuple(people), staffed=sum(1 for a in people if a.staffed),
                     missing_languages=tuple(c for c in shift.wanted_languages if c not in spoken))


@dataclass(frozen=True, slots=True)
class Candidate:
    """A volunteer in the assignment picker: free (conflict None) or not, with the reason."""

    volunteer_id: int
    display_name: str
    languages: tuple[str, ...]
    conflict: Conflict | None
    last_asked: date | None  # date of the volunteer's latest shift, None if never assigned

    @property
    def free(self) -> bool:
        return self.conflict is None


def least_recently_asked(candidate: Candidate) -> tuple[int, date, str, int]:
    """Sort key: never asked first, then the longest ago; ties by name."""
    return (0 if candidate.last_asked is None else 1, candidate.last_asked or date.min,
            candidate.display_name.casefold(), candidate.volunteer_id)


@dataclass(frozen=True, slots=True)
class AssignmentChange:
    """One line of a shift's history. Names are looked up when read, never stored twice."""

    at: datetime
    action: str  # a code of ASSIGNMENT_ACTIONS
    assignment_id: int
    volunteer_id: int | None
    volunteer_name: str  # "" once erased
    other_volunteer_id: int | None = None  # swap: who took over (or, on "assigned", whom they replaced)
    other_volunteer_name: str = ""


@dataclass(frozen=True, slots=True)
class LanguageNeed:
    """E.g. "Tue 13–16: about 9 Dari visits expected, no Dari speaker"."""

    shift_id: int
    starts_at: datetime
    ends_at: datetime
    language: str
    expected_visits: float
    suggestions: tuple[tuple[int, str], ...]  # (volunteer_id, display_name), least recently asked first


# A slot of the week: weekday (0 = Monday), start and end minute of the day.
Slot = tuple[int, int, int]


def slot_of(shift: Shift) -> Slot:
    start = shift.starts_at.hour * 60 + shift.starts_at.minute
    if shift.ends_at.date() != shift.starts_at.date():
        return (shift.starts_at.weekday(), start, 24 * 60)  # visits come before midnight
    return (shift.starts_at.weekday(), start, shift.ends_at.hour * 60 + shift.ends_at.minute)


def history_weeks(first_visit: datetime | None, until: datetime, weeks: int = 8) -> int:
    """The number of weeks an average is taken over: ``weeks``, or fewer for a young desk."""
    if first_visit is None:
        return weeks
    days = (until - first_visit).days + 1
    return max(1, min(weeks, -(-days // 7)))


def _overlap(one: Shift, other: Shift) -> bool:
    return one.site_id == other.site_id and one.starts_at < other.ends_at and other.starts_at < one.ends_at


def language_needs(views: Iterable[ShiftView], expected: Mapping[tuple[Slot, str], float], threshold: float,
                   suggest: Mapping[tuple[int, str], Sequence[tuple[int, str]]] | None = None,
                   ) -> list[LanguageNeed]:
    """Needs where at least ``threshold`` visits in a language are expected and no staffed person speaks it.

    Visitors meet whoever is there: a speaker staffed on any shift of the same site overlapping
    the time covers the language. Parallel shifts (same site, start and end) share their visits,
    so a need is reported once for them, on the first that wants the language (else the first).
    ``expected`` maps (slot, language) to the average visits per week; ``suggest`` maps
    (shift id, language) to the free speakers, already in the order to ask them.
    """
    needs: list[LanguageNeed] = []
    by_slot: dict[Slot, list[tuple[str, float]]] = {}
    for (slot, language), count in expected.items():
        by_slot.setdefault(slot, []).append((language, count))
    planned = [view for view in views if view.shift.id is not None]
    parallel: dict[tuple[int, datetime, datetime], list[ShiftView]] = {}
    for view in planned:
        parallel.setdefault((view.shift.site_id, view.shift.starts_at, view.shift.ends_at), []).append(view)
    for group in parallel.values():
        first = group[0].shift
        spoken = {code for other in planned if _overlap(first, other.shift) for code in other.speakers()}
        for language, count in sorted(by_slot.get(slot_of(first), ()), key=lambda item: (-item[1], item[0])):
            if count >= threshold and language not in spoken:
                shift = next((view.shift for view in group if language in view.shift.wanted_languages), first)
                assert shift.id is not None
                people = tuple((suggest or {}).get((shift.id, language), ()))
                needs.append(LanguageNeed(shift_id=shift.id, starts_at=shift.starts_at, ends_at=shift.ends_at,
                                          language=language, expected_visits=count, suggestions=people))
    needs.sort(key=lambda n: (n.starts_at, -n.expected_visits, n.language))
    return needs


@dataclass(frozen=True, slots=True)
class Hours:
    total: timedelta  # from actual check-in/out; planned times where missing
    shifts: int  # attended assignments counted
    estimated_shifts: int  # of those, how many used planned times
    roles: tuple[str, ...]  # role codes of the shifts worked

    @property
    def total_hours(self) -> float:
        return self.total.total_seconds() / 3600


def check_in_allowed(shift: Shift, now: datetime) -> None:
    """Raises ValidationError unless ``now`` lies between ATTENDANCE_MARGIN before the start and the end."""
    opens = shift.starts_at - ATTENDANCE_MARGIN
    if now < opens:
        raise ValidationError(f"check-in opens {int(ATTENDANCE_MARGIN.total_seconds() // 60)} minutes "
                              f"before the shift starts, at {opens:%H:%M}")
    if now > shift.ends_at:
        raise ValidationError(f"this shift ended at {shift.ends_at:%H:%M}; check-in is possible only "
                              f"until the planned end")


def worked_interval(shift: Shift, checked_in_at: datetime | None,
                    checked_out_at: datetime | None) -> tuple[datetime, datetime, bool]:
    """The attended time of one shift (start, end) and whether it is estimated.

    Planned times stand in for a missing check-in or check-out; times more than ATTENDANCE_MARGIN
    outside the plan (a check-out forgotten until the evening) are clamped to it. Both make the
    time an estimate.
    """
    if checked_in_at is not None and checked_out_at is None and checked_in_at > shift.ends_at:
        return shift.starts_at, shift.ends_at, True  # in after the planned end, never out: only the plan
    low, high = shift.starts_at - ATTENDANCE_MARGIN, shift.ends_at + ATTENDANCE_MARGIN
    start = min(max(checked_in_at or shift.starts_at, low), high)
    end = min(max(checked_out_at or shift.ends_at, low), high)
    estimated = (checked_in_at is None or checked_out_at is None
                 or (start, end) != (checked_in_at, checked_out_at))
    return start, max(start, end), estimated


def worked_time(shift: Shift, checked_in_at: datetime | None,
                checked_out_at: datetime | None) -> tuple[timedelta, bool]:
    """The time worked on one attended shift, and whether planned or clamped times stand in."""
    start, end, estimated = worked_interval(shift, checked_in_at, checked_out_at)
    return end - start, estimated


def hours_worked(worked: Iterable[tuple[Shift, str, datetime | None, datetime | None]]) -> Hours:
    """Hours of one volunteer's (shift, status, checked in, checked out); only attended assignments count.

    Overlapping attended times are merged first, so no minute counts twice (checked into two shifts
    back to back at once, and out of both at the end of the second).
    """
    intervals: list[tuple[datetime, datetime]] = []
    shifts = estimated = 0
    roles: set[str] = set()
    for shift, status, checked_in_at, checked_out_at in worked:
        if status != "attended":
            continue
        start, end, guessed = worked_interval(shift, checked_in_at, checked_out_at)
        intervals.append((start, end))
        shifts += 1
        estimated += guessed
        roles.add(shift.role)
    total = timedelta()
    reached: datetime | None = None  # the end of the time counted so far
    for start, end in sorted(intervals):
        if reached is not None:
            start = max(start, reached)
        if end > start:
            total += end - start
        reached = end if reached is None else max(reached, end)
    return Hours(total=total, shifts=shifts, estimated_shifts=estimated, roles=v.ROLES.ordered(roles))
