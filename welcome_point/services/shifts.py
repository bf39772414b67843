"""Use cases of shift planning: templates, assignments with conflict rules, attendance, coverage, demand.

Every method is one short session. The rules themselves live in ``domain/shifts.py``; this
module loads what they need (a volunteer's shifts around the one in question, the work rules
from the settings table) and writes the outcome together with the history of the change.

Attendance: ``check_in``/``check_out`` record the clock for a shift of today (check-in from an hour
before the planned start to the planned end); hours come from those times, the planned times standing
in where one is missing and times far outside the plan clamped (counted in ``Hours.estimated_shifts``,
so that a certificate can say so), a volunteer's overlapping times counted once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from welcome_point.domain.access import AccessDenied, Role
from welcome_point.domain.errors import ValidationError
from welcome_point.domain.models import Assignment, Shift, Site, Volunteer
from welcome_point.domain.shifts import (
    OPEN_STATUSES,
    AssignmentChange,
    Candidate,
    Conflict,
    Hours,
    LanguageNeed,
    ShiftTemplate,
    ShiftView,
    WorkRules,
    check_in_allowed,
    find_conflict,
    history_weeks,
    hours_worked,
    language_needs,
    least_recently_asked,
    shifts_from_templates,
    slot_of,
)
from welcome_point.services.access import Access, requires
from welcome_point.storage.engine import Database
from welcome_point.storage.repositories import SqlSettingsRepository, SqlSiteRepository
from welcome_point.storage.shifts import SqlShiftRepository

if TYPE_CHECKING:
    from welcome_point.services.audit import AuditService

__all__ = ["AssignmentChange", "Candidate", "Conflict", "Hours", "LanguageNeed", "ShiftService"]

DAILY_LIMIT_KEY = "shifts.daily_limit_minutes"
REST_KEY = "shifts.rest_minutes"
DEMAND_WEEKS = 8
MAX_GAP_DAYS = 366


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time())


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _rules(settings: SqlSettingsRepository) -> WorkRules:
    defaults = WorkRules()

    def minutes(key: str, default: timedelta) -> timedelta:
        text = settings.get(key)
        try:
            return timedelta(minutes=int(text)) if text is not None else default
        except ValueError:
            return default  # a hand-edited setting must not stop planning

    try:
        return WorkRules(daily_limit=minutes(DAILY_LIMIT_KEY, defaults.daily_limit),
                         rest=minutes(REST_KEY, defaults.rest))
    except ValidationError:
        return defaults


def _window(shift: Shift, rules: WorkRules) -> tuple[datetime, datetime]:
    """Where another shift may start and still conflict: the same day, or closer than the rest time."""
    margin = rules.rest + timedelta(days=1)
    return shift.starts_at - margin, shift.ends_at + margin


def _named(conflict: Conflict, name: str) -> Conflict:
    return Conflict(conflict.reason, f"{name}: {conflict}") if name else conflict


class ShiftService:
    def __init__(self, database: Database, clock: Callable[[], datetime] = datetime.now,
                 *, access: Access | None = None, audit: AuditService | None = None) -> None:
        self._access = access or Access()
        self._audit = audit
        self._database = database
        self._clock = clock

    def _now(self) -> datetime:
        return self._clock().replace(microsecond=0)

    # --- settings and site --------------------------------------------------------------------

    @requires(Role.COORDINATOR)
    def rules(self) -> WorkRules:
        with self._database.read() as session:
            return _rules(SqlSettingsRepository(session))

    @requires(Role.STAFF)
    def set_rules(self, rules: WorkRules) -> None:
        with self._database.write() as session:
            settings = SqlSettingsRepository(session)
            settings.set(DAILY_LIMIT_KEY, str(int(rules.daily_limit.total_seconds() // 60)))
            settings.set(REST_KEY, str(int(rules.rest.total_seconds() // 60)))
            if self._audit is not None:
                self._audit.record_in(session, "settings_changed", "work_rules")

    @requires(Role.COORDINATOR)
    def site(self) -> Site | None:
        """The site whose shifts are planned (the first one), None before the set-up."""
        with self._database.read() as session:
            return SqlSiteRepository(session).first()

    @staticmethod
    def _site_id(site: Site | None) -> int:
        if site is None or site.id is None:
            raise ValidationError("Set up the Welcome Point (site) first, then plan its shifts.")
        return site.id

    # --- shifts -------------------------------------------------------------------------------

    @requires(Role.COORDINATOR)
    def week(self, monday: date) -> list[ShiftView]:
        first = _monday(monday)
        return self.shifts_between(first, _days_after(first, 6))

    @requires(Role.COORDINATOR)
    def shifts_between(self, first: date, last: date) -> list[ShiftView]:
        """The site's shifts starting from ``first`` to ``last`` (both included), by start."""
        return self._views_between(first, last)

    def _views_between(self, first: date, last: date) -> list[ShiftView]:
        with self._database.read() as session:
            site = SqlSiteRepository(session).first()
            if site is None or site.id is None:
                return []
            return SqlShiftRepository(session).views(site.id, _midnight(first),
                                                     _midnight(last + timedelta(days=1)))

    @requires(Role.COORDINATOR)
    def create_from_templates(self, templates: Sequence[ShiftTemplate], first: date, last: date) -> int:
        with self._database.write() as session:
            site_id = self._site_id(SqlSiteRepository(session).first())
            repository = SqlShiftRepository(session)
            existing = repository.between(site_id, _midnight(first), _midnight(last + timedelta(days=1)))
            made = shifts_from_templates(templates, first, last, site_id, existing)
            return len(repository.add_many(made))

    @requires(Role.COORDINATOR)
    def add_shift(self, shift: Shift) -> Shift:
        with self._database.write() as session:
            return SqlShiftRepository(session).add_many([replace(shift, id=None)])[0]

    @requires(Role.COORDINATOR)
    def update_shift(self, shift: Shift) -> Shift:
        """Changes times, role, staffing or languages; refused if a new time conflicts for someone on it."""
        if shift.id is None:
            raise ValidationError("a shift without an id cannot be updated")
        with self._database.write() as session:
            repository = SqlShiftRepository(session)
            before = repository.view(shift.id)
            if before is None:
                raise ValidationError("this shift no longer exists")
            if (before.shift.starts_at, before.shift.ends_at) != (shift.starts_at, shift.ends_at):
                rules = _rules(SqlSettingsRepository(session))
                people = {a.volunteer_id: a.display_name for a in before.assigned
                          if a.staffed and a.volunteer_id is not None}
                booked = repository.booked(set(people), *_window(shift, rules))
                for volunteer_id, name in people.items():
                    others = [s for s in booked.get(volunteer_id, ()) if s.id != shift.id]
                    conflict = find_conflict(shift, others, rules)
                    if conflict is not None:
                        raise _named(conflict, name)
            updated = repository.update(shift)
            if updated is None:
                raise ValidationError("this shift no longer exists")
            return updated

    @requires(Role.COORDINATOR)
    def delete_shift(self, shift_id: int) -> None:
        """Deletes a shift with its assignments and history; refused once someone attended it."""
        with self._database.write() as session:
            repository = SqlShiftRepository(session)
            if repository.has_attendance(shift_id):
                raise ValidationError("Someone attended this shift; it is kept for their hours.")
            if not repository.delete(shift_id):
                raise ValidationError("this shift no longer exists")
            if self._audit is not None:
                self._audit.record_in(session, "shift_deleted", "shift", shift_id)

    # --- assignments --------------------------------------------------------------------------

    @requires(Role.COORDINATOR)
    def candidates(self, shift_id: int, language: str | None = None) -> list[Candidate]:
        """Active volunteers (speaking ``language`` if given) for a shift: free ones first, least recently
        asked first, then those with a conflict and its reason."""
        with self._database.read() as session:
            repository = SqlShiftRepository(session)
            shift = self._shift(repository, shift_id)
            rules = _rules(SqlSettingsRepository(session))
            people = repository.volunteers(active_only=True, language=language)
            ids = {p.id for p in people if p.id is not None}
            booked = repository.booked(ids, *_window(shift, rules))
            no_shows = repository.no_shows(shift_id, ids)
            asked = repository.last_asked(ids, started_by=self._now())
        found = [Candidate(volunteer_id=p.id, display_name=p.display_name,
                           languages=tuple(lang.language for lang in p.languages),
                           conflict=find_conflict(shift, booked.get(p.id, ()), rules, active=p.active,
                                                  left_on=p.left_on, no_show=p.id in no_shows),
                           last_asked=asked.get(p.id))
                 for p in people if p.id is not None]
        return sorted(found, key=lambda c: (not c.free, *least_recently_asked(c)))

    @staticmethod
    def _shift(repository: SqlShiftRepository, shift_id: int) -> Shift:
        shift = repository.get(shift_id)
        if shift is None:
            raise ValidationError("this shift no longer exists")
        return shift

    @staticmethod
    def _volunteer(repository: SqlShiftRepository, volunteer_id: int) -> Volunteer:
        found = repository.volunteers(volunteer_id=volunteer_id)
        if not found:
            raise ValidationError("this volunteer no longer exists")
        return found[0]

    @staticmethod
    def _assignment(repository: SqlShiftRepository, assignment_id: int) -> Assignment:
        found = repository.assignment(assignment_id)
        if found is None:
            raise ValidationError("this assignment no longer exists")
        return found

    def _check(self, session_repository: SqlShiftRepository, rules: WorkRules, shift: Shift,
               volunteer_id: int) -> None:
        person = self._volunteer(session_repository, volunteer_id)
        booked = session_repository.booked({volunteer_id}, *_window(shift, rules)).get(volunteer_id, [])
        no_show = volunteer_id in session_repository.no_shows(shift.id or 0, {volunteer_id})
        conflict = find_conflict(shift, booked, rules, active=person.active, left_on=person.left_on,
                                 no_show=no_show)
        if conflict is not None:
            raise _named(conflict, person.display_name)

    @requires(Role.COORDINATOR)
    def assign(self, shift_id: int, volunteer_id: int) -> int:
        """Puts a volunteer on a shift (planned); raises Conflict with the reason if a rule forbids it."""
        with self._database.write() as session:
            repository = SqlShiftRepository(session)
            shift = self._shift(repository, shift_id)
            self._check(repository, _rules(SqlSettingsRepository(session)), shift, volunteer_id)
            assignment_id = repository.add_assignment(shift_id, volunteer_id)
            repository.record(self._now(), "assigned", assignment_id, volunteer_id)
            return assignment_id

    @staticmethod
    def _require_open(assignment: Assignment, doing: str) -> None:
        if assignment.status == "cancelled":
            raise ValidationError(f"this assignment was cancelled already; it cannot be {doing}")
        if assignment.status not in OPEN_STATUSES:
            raise ValidationError(f"attendance was recorded for this assignment; it cannot be {doing}")

    @requires(Role.COORDINATOR)
    def cancel(self, assignment_id: int) -> None:
        with self._database.write() as session:
            repository = SqlShiftRepository(session)
            assignment = self._assignment(repository, assignment_id)
            self._require_open(assignment, "cancelled")
            repository.cancel(assignment, self._now())

    @requires(Role.COORDINATOR)
    def swap(self, assignment_id: int, volunteer_id: int) -> int:
        """Another volunteer takes over: the assignment is cancelled and a new one made, in one step."""
        with self._database.write() as session:
            repository = SqlShiftRepository(session)
            old = self._assignment(repository, assignment_id)
            self._require_open(old, "swapped")
            shift = self._shift(repository, old.shift_id)
            self._check(repository, _rules(SqlSettingsRepository(session)), shift, volunteer_id)
            repository.save_assignment(replace(old, status="cancelled"))
            new_id = repository.add_assignment(old.shift_id, volunteer_id)
            now = self._now()
            repository.record(now, "swapped", assignment_id, old.volunteer_id, volunteer_id)
            repository.record(now, "assigned", new_id, volunteer_id, old.volunteer_id)
            return new_id

    @requires(Role.COORDINATOR)
    def history(self, shift_id: int) -> list[AssignmentChange]:
        with self._database.read() as session:
            return SqlShiftRepository(session).history(shift_id)

    # --- attendance ---------------------------------------------------------------------------

    def _attendance(self, assignment_id: int, change: Callable[[Assignment, Shift, datetime], Assignment],
                    action: str | None = None) -> None:
        with self._database.write() as session:
            repository = SqlShiftRepository(session)
            assignment = self._assignment(repository, assignment_id)
            principal = self._access.require(Role.VOLUNTEER)
            # Below coordinators, one checks in and out of one's own shifts only.
            if not principal.may(Role.COORDINATOR) and (
                    principal.volunteer_id is None or assignment.volunteer_id != principal.volunteer_id):
                raise AccessDenied("You can check in and out of your own shifts only.")
            shift = self._shift(repository, assignment.shift_id)
            now = self._now()
            repository.save_assignment(change(assignment, shift, now))
            if action is not None:
                repository.record(now, action, assignment_id, assignment.volunteer_id)

    @staticmethod
    def _today_only(shift: Shift, now: datetime) -> None:
        if not shift.starts_at.date() <= now.date() <= shift.ends_at.date():
            raise ValidationError(f"check-in and check-out are for today's shifts; this one is on "
                                  f"{shift.starts_at:%a %d %b %Y}")

    @requires(Role.VOLUNTEER)
    def check_in(self, assignment_id: int) -> None:
        def change(assignment: Assignment, shift: Shift, now: datetime) -> Assignment:
            if assignment.status == "cancelled":
                raise ValidationError("this assignment was cancelled; assign the volunteer again")
            if assignment.checked_in_at is not None:
                raise ValidationError(f"already checked in at {assignment.checked_in_at:%H:%M}")
            self._today_only(shift, now)
            # Not into the next shift at the start of this one: its hours would count twice.
            check_in_allowed(shift, now)
            # A no-show marked too early is corrected by arriving.
            return replace(assignment, status="attended", checked_in_at=now)

        self._attendance(assignment_id, change)

    @requires(Role.VOLUNTEER)
    def check_out(self, assignment_id: int) -> None:
        def change(assignment: Assignment, shift: Shift, now: datetime) -> Assignment:
            if assignment.checked_in_at is None:
                raise ValidationError("check in first; without a check-in the planned times count")
            if assignment.checked_out_at is not None:
                raise ValidationError(f"already checked out at {assignment.checked_out_at:%H:%M}")
            self._today_only(shift, now)
            return replace(assignment, status="attended",
                           checked_out_at=max(now, assignment.checked_in_at))  # a clock set back

        self._attendance(assignment_id, change)

    @requires(Role.COORDINATOR)
    def mark_no_show(self, assignment_id: int) -> None:
        def change(assignment: Assignment, shift: Shift, now: datetime) -> Assignment:
            if assignment.status == "no_show":
                raise ValidationError("already marked as a no-show")
            self._require_open(assignment, "marked as a no-show")
            if now < shift.starts_at:
                raise ValidationError("a no-show can be marked once the shift has started")
            return replace(assignment, status="no_show")

        self._attendance(assignment_id, change, "no_show")

    @requires(Role.COORDINATOR)
    def today(self) -> list[ShiftView]:
        day = self._clock().date()
        return self.shifts_between(day, day)

    @requires(Role.VOLUNTEER)
    def my_shifts_today(self) -> list[ShiftView]:
        """Today's shifts of the signed-in account's volunteer (none without a linked volunteer)."""
        principal = self._access.require(Role.VOLUNTEER)
        if principal.volunteer_id is None:
            return []
        day = self._clock().date()
        mine = []
        for view in self._views_between(day, day):
            own = tuple(person for person in view.assigned if person.volunteer_id == principal.volunteer_id)
            if own:  # the others' names and phone numbers are not a volunteer's business
                mine.append(replace(view, assigned=own))
        return mine

    # --- coverage and demand ------------------------------------------------------------------

    @requires(Role.COORDINATOR)
    def gaps(self, days: int = 28) -> list[ShiftView]:
        """Shifts of the next ``days`` days (from today, not yet over) understaffed or missing a language."""
        if not 1 <= days <= MAX_GAP_DAYS:
            raise ValidationError(f"gaps are listed for 1 to {MAX_GAP_DAYS} days")
        now = self._clock()
        views = self.shifts_between(now.date(), now.date() + timedelta(days=days - 1))
        return [view for view in views if view.is_gap and view.shift.ends_at > now]

    @requires(Role.COORDINATOR)
    def language_needs(self, monday: date, threshold: float = 3.0) -> list[LanguageNeed]:
        """Shifts of the week where about ``threshold`` or more visits in a language are expected (average
        of the 8 weeks of visits before the week, or before today for a week still to come) and nobody
        staffed speaks it, with free speakers to ask, least recently asked first."""
        first = _monday(monday)
        until = _midnight(min(first, self._clock().date()))
        if until.year < 2 or first.year > 9998:
            raise ValidationError("choose a week between the years 2 and 9998", "week")
        since = until - timedelta(weeks=DEMAND_WEEKS)
        with self._database.read() as session:
            site = SqlSiteRepository(session).first()
            if site is None or site.id is None:
                return []
            repository = SqlShiftRepository(session)
            views = repository.views(site.id, _midnight(first), _midnight(first + timedelta(days=7)))
            slots = {slot_of(view.shift) for view in views}
            counts = repository.visits_by_slot(site.id, slots, since, until)
            weeks = history_weeks(repository.first_visit(site.id, since, until), until, DEMAND_WEEKS)
            expected = {key: count / weeks for key, count in counts.items()}
            needs = language_needs(views, expected, threshold)
            if not needs:
                return []
            rules = _rules(SqlSettingsRepository(session))
            people = repository.volunteers(active_only=True)
            ids = {p.id for p in people if p.id is not None}
            margin = rules.rest + timedelta(days=1)
            booked = repository.booked(ids, _midnight(first) - margin,
                                       _midnight(first + timedelta(days=7)) + margin)
            asked = repository.last_asked(ids, started_by=self._now())
            no_shows = {need.shift_id: repository.no_shows(need.shift_id, ids) for need in needs}
        shifts = {view.shift.id: view.shift for view in views}
        suggestions: dict[tuple[int, str], list[tuple[int, str]]] = {}
        for need in needs:
            shift = shifts[need.shift_id]
            free = [Candidate(p.id, p.display_name, (), None, asked.get(p.id)) for p in people
                    if p.id is not None and any(lang.language == need.language for lang in p.languages)
                    and find_conflict(shift, booked.get(p.id, ()), rules, active=p.active, left_on=p.left_on,
                                      no_show=p.id in no_shows[need.shift_id]) is None]
            free.sort(key=least_recently_asked)
            suggestions[(need.shift_id, need.language)] = [(c.volunteer_id, c.display_name) for c in free]
        return language_needs(views, expected, threshold, suggestions)

    # --- per volunteer ------------------------------------------------------------------------

    @requires(Role.COORDINATOR)
    def hours(self, volunteer_id: int, first: date, last: date) -> Hours:
        """Attended shifts starting from ``first`` to ``last`` (both included)."""
        with self._database.read() as session:
            worked = SqlShiftRepository(session).worked(volunteer_id, _midnight(first),
                                                        _midnight(last + timedelta(days=1)))
        return hours_worked(worked)

    @requires(Role.COORDINATOR)
    def volunteer_shifts(self, volunteer_id: int, first: date, last: date) -> list[ShiftView]:
        """The shifts (any site) the volunteer is on and not cancelled from, from ``first`` to ``last``."""
        with self._database.read() as session:
            return SqlShiftRepository(session).views(
                None, _midnight(first), _midnight(last + timedelta(days=1)), volunteer_id=volunteer_id)


def _days_after(day: date, days: int) -> date:
    """``day`` plus ``days``, or a ValidationError at the end of the calendar (year 9999)."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        raise ValidationError("this week runs past the end of the calendar", "week") from None
