"""The shift service over a real SQLite database: planning, conflicts, history, attendance, coverage, demand."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import event, func, select, text

from tests.conftest import DEMO_TODAY
from welcome_point.domain.errors import ValidationError
from welcome_point.domain.models import Shift, Site, Visit, Volunteer, VolunteerLanguage
from welcome_point.domain.shifts import DEFAULT_TEMPLATES, Conflict, ShiftTemplate, WorkRules
from welcome_point.services.shifts import ShiftService
from welcome_point.storage.bulk import Dataset, write_dataset
from welcome_point.storage.engine import Database
from welcome_point.storage.repositories import SqlSettingsRepository
from welcome_point.storage.tables import AssignmentChangeRow, AssignmentRow, ShiftRow, VolunteerRow

MONDAY = date(2026, 11, 23)
NEXT_MONDAY = MONDAY + timedelta(days=7)
NOW = datetime(2026, 11, 25, 9, 0)  # a Wednesday, before the morning shift

ANNA, BEN, CLARA, DAWIT, ERIK, FARAH = 1, 2, 3, 4, 5, 6


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


def volunteer(volunteer_id: int, name: str, *languages: str, active: bool = True,
              left_on: date | None = None) -> Volunteer:
    return Volunteer(id=volunteer_id, display_name=name, joined_on=date(2024, 1, 1),
                     languages=tuple(VolunteerLanguage(code, "native" if code == "de" else "fluent")
                                     for code in ("de", *languages)),
                     phone=f"+49 151 {volunteer_id:04d}", consent_on=date(2024, 1, 1), active=active,
                     left_on=left_on)


def demand_visits() -> list[Visit]:
    """Eight Tuesdays before NOW: 4 Farsi at 13:30, 3 Russian at 13:00 sharp, 2 Ukrainian at 14:00,
    5 Arabic at 16:00 (after the slot); and 10 Arabic visits on the Tuesday before the eight weeks."""
    visits: list[Visit] = []

    def add(when: datetime, language: str, count: int) -> None:
        for _ in range(count):
            visits.append(Visit(id=len(visits) + 1, site_id=1, arrived_at=when, language=language,
                                topics=("housing",)))

    for week in range(1, 9):
        tuesday = MONDAY + timedelta(days=1) - timedelta(weeks=week - 1)
        add(at(tuesday, 13, 30), "fa", 4)
        add(at(tuesday, 13), "ru", 3)
        add(at(tuesday, 14), "uk", 2)
        add(at(tuesday, 16), "ar", 5)
    add(at(MONDAY + timedelta(days=1) - timedelta(weeks=8), 13, 30), "ar", 10)
    return visits


@pytest.fixture
def db(database: Database) -> Database:
    with database.write() as session:
        write_dataset(session, Dataset(
            sites=(Site(id=1, code="DUS", name="Welcome Point Düsseldorf"),),
            volunteers=(
                volunteer(ANNA, "Anna Becker", "ar"), volunteer(BEN, "Ben Vogel", "fa"),
                volunteer(CLARA, "Clara Koch", "uk"), volunteer(DAWIT, "Dawit Haile", "fa", active=False),
                volunteer(ERIK, "Erik Lange", left_on=date(2026, 11, 1)), volunteer(FARAH, "Farah Azizi", "fa"),
            ),
            visits=tuple(demand_visits())))
    return database


@pytest.fixture
def clock() -> Clock:
    return Clock(NOW)


@pytest.fixture
def service(db: Database, clock: Clock) -> ShiftService:
    return ShiftService(db, clock)


def shift_at(service: ShiftService, start: datetime, end: datetime | None = None) -> int:
    for view in service.shifts_between(start.date(), start.date()):
        if view.shift.starts_at == start and (end is None or view.shift.ends_at == end):
            assert view.shift.id is not None
            return view.shift.id
    raise AssertionError(f"no shift at {start}")


def count(db: Database, table: type) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(table)) or 0


@pytest.fixture
def week(service: ShiftService) -> ShiftService:
    template = [ShiftTemplate(t.weekday, t.start, t.end, min_staff=2, wanted_languages=("ar", "uk"))
                for t in DEFAULT_TEMPLATES]
    assert service.create_from_templates(template, MONDAY, NEXT_MONDAY + timedelta(days=6)) == 22
    return service


# --- rules and templates ----------------------------------------------------------------------

def test_rules_default_round_trip_and_survive_a_bad_setting(service: ShiftService, db: Database):
    assert service.rules() == WorkRules()
    rules = WorkRules(daily_limit=timedelta(hours=8, minutes=30), rest=timedelta(hours=12))
    service.set_rules(rules)
    assert service.rules() == rules
    with db.read() as session:
        assert SqlSettingsRepository(session).get("shifts.daily_limit_minutes") == "510"
        assert SqlSettingsRepository(session).get("shifts.rest_minutes") == "720"
    with db.write() as session:
        SqlSettingsRepository(session).set("shifts.rest_minutes", "a lot")
    assert service.rules() == WorkRules(daily_limit=timedelta(hours=8, minutes=30))


def test_a_template_week_is_created_once(service: ShiftService):
    assert service.create_from_templates(DEFAULT_TEMPLATES, MONDAY, MONDAY + timedelta(days=6)) == 11
    assert service.create_from_templates(DEFAULT_TEMPLATES, MONDAY, MONDAY + timedelta(days=6)) == 0
    views = service.week(MONDAY)
    assert len(views) == 11
    assert [v.shift.starts_at for v in views] == sorted(v.shift.starts_at for v in views)
    assert service.week(MONDAY + timedelta(days=2)) == views  # any day finds its week
    assert all(v.understaffed and v.staffed == 0 and v.assigned == () for v in views)
    assert service.week(NEXT_MONDAY) == []
    # A month more adds only the missing days.
    assert service.create_from_templates(DEFAULT_TEMPLATES, MONDAY, MONDAY + timedelta(days=13)) == 11


def test_without_a_site_there_is_nothing_to_plan(database: Database):
    service = ShiftService(database, Clock(NOW))
    assert service.week(MONDAY) == []
    assert service.site() is None
    assert service.language_needs(MONDAY) == []
    with pytest.raises(ValidationError, match="site"):
        service.create_from_templates(DEFAULT_TEMPLATES, MONDAY, MONDAY)


def test_shifts_are_added_updated_and_keep_their_languages(service: ShiftService):
    added = service.add_shift(Shift(id=None, site_id=1, starts_at=at(MONDAY, 17), ends_at=at(MONDAY, 19),
                                    role="interpreter", min_staff=1, wanted_languages=("uk", "ar")))
    assert added.id is not None
    (view,) = service.week(MONDAY)
    assert view.shift == added
    assert view.missing_languages == ("ar", "uk")  # in the vocabulary's order
    changed = service.update_shift(Shift(id=added.id, site_id=1, starts_at=at(MONDAY, 17),
                                         ends_at=at(MONDAY, 20), min_staff=3, wanted_languages=("fa",)))
    (view,) = service.week(MONDAY)
    assert view.shift == changed
    assert (view.shift.ends_at, view.shift.role, view.shift.min_staff, view.missing_languages) == (
        at(MONDAY, 20), "desk", 3, ("fa",))
    with pytest.raises(ValidationError):
        service.update_shift(Shift(id=9999, site_id=1, starts_at=at(MONDAY, 17), ends_at=at(MONDAY, 20)))


# --- assignments and conflicts -----------------------------------------------------------------

def test_assigned_volunteers_give_staffing_and_languages(week: ShiftService):
    morning = shift_at(week, at(MONDAY, 10))
    week.assign(morning, ANNA)
    week.assign(morning, BEN)
    view = next(v for v in week.week(MONDAY) if v.shift.id == morning)
    assert view.staffed == 2
    assert not view.understaffed
    assert view.missing_languages == ("uk",)
    assert [(a.display_name, a.status, a.languages) for a in view.assigned] == [
        ("Anna Becker", "planned", ("de", "ar")), ("Ben Vogel", "planned", ("de", "fa"))]
    assert view.assigned[0].phone == "+49 151 0001"


def conflict_of(service: ShiftService, shift_id: int, volunteer_id: int) -> Conflict:
    with pytest.raises(Conflict) as caught:
        service.assign(shift_id, volunteer_id)
    return caught.value


def test_conflicts_are_refused_with_their_reason_and_nothing_is_written(week: ShiftService, db: Database):
    morning = shift_at(week, at(MONDAY, 10))
    afternoon = shift_at(week, at(MONDAY, 13))
    week.assign(morning, ANNA)
    before = count(db, AssignmentRow), count(db, AssignmentChangeRow)

    double = conflict_of(week, morning, ANNA)
    assert double.reason == "double_booking"
    assert str(double).startswith("Anna Becker: ")

    overlapping = week.add_shift(Shift(id=None, site_id=1, starts_at=at(MONDAY, 12), ends_at=at(MONDAY, 14),
                                       role="interpreter", min_staff=1))
    assert overlapping.id is not None
    assert conflict_of(week, overlapping.id, ANNA).reason == "overlap"
    assert conflict_of(week, shift_at(week, at(MONDAY, 10)), DAWIT).reason == "inactive"
    assert conflict_of(week, morning, ERIK).reason == "left"
    assert (count(db, AssignmentRow), count(db, AssignmentChangeRow)) == before

    week.set_rules(WorkRules(daily_limit=timedelta(hours=5)))
    assert conflict_of(week, afternoon, ANNA).reason == "daily_limit"
    week.set_rules(WorkRules(daily_limit=timedelta(hours=6)))
    week.assign(afternoon, ANNA)  # exactly six hours


def test_the_rest_time_between_two_days(week: ShiftService):
    evening = week.add_shift(Shift(id=None, site_id=1, starts_at=at(MONDAY, 19), ends_at=at(MONDAY, 23),
                                   min_staff=1))
    assert evening.id is not None
    week.assign(evening.id, CLARA)
    tuesday_morning = shift_at(week, at(MONDAY + timedelta(days=1), 10))
    week.set_rules(WorkRules(rest=timedelta(hours=11, minutes=1)))
    assert conflict_of(week, tuesday_morning, CLARA).reason == "rest_time"
    week.set_rules(WorkRules(rest=timedelta(hours=11)))
    week.assign(tuesday_morning, CLARA)


def test_a_cancelled_assignment_frees_the_slot_and_keeps_its_history(week: ShiftService, clock: Clock):
    morning = shift_at(week, at(MONDAY, 10))
    assignment = week.assign(morning, ANNA)
    clock.now = NOW + timedelta(minutes=5)
    week.cancel(assignment)
    view = next(v for v in week.week(MONDAY) if v.shift.id == morning)
    assert (view.assigned, view.staffed) == ((), 0)
    assert [(c.action, c.volunteer_name, c.at) for c in week.history(morning)] == [
        ("assigned", "Anna Becker", NOW), ("cancelled", "Anna Becker", NOW + timedelta(minutes=5))]
    with pytest.raises(ValidationError, match="cancelled already"):
        week.cancel(assignment)
    week.assign(morning, ANNA)  # may come after all


def test_a_swap_replaces_one_volunteer_by_another_in_one_step(week: ShiftService, db: Database):
    morning = shift_at(week, at(MONDAY, 10))
    ben = week.assign(morning, BEN)
    clara = week.swap(ben, CLARA)
    view = next(v for v in week.week(MONDAY) if v.shift.id == morning)
    assert [(a.assignment_id, a.display_name) for a in view.assigned] == [(clara, "Clara Koch")]
    history = [(c.action, c.assignment_id, c.volunteer_name, c.other_volunteer_name)
               for c in week.history(morning)]
    assert history == [("assigned", ben, "Ben Vogel", ""), ("swapped", ben, "Ben Vogel", "Clara Koch"),
                       ("assigned", clara, "Clara Koch", "Ben Vogel")]

    before = count(db, AssignmentRow), count(db, AssignmentChangeRow)
    with pytest.raises(Conflict) as caught:
        week.swap(clara, DAWIT)
    assert caught.value.reason == "inactive"
    with pytest.raises(ValidationError):
        week.swap(ben, ANNA)  # already swapped away
    assert (count(db, AssignmentRow), count(db, AssignmentChangeRow)) == before
    assert [a.status for a in next(v for v in week.week(MONDAY) if v.shift.id == morning).assigned] == [
        "planned"]


def test_history_names_come_from_the_volunteers_and_go_with_an_erasure(week: ShiftService, db: Database):
    morning = shift_at(week, at(MONDAY, 10))
    week.assign(morning, BEN)
    with db.write() as session:
        session.get_one(VolunteerRow, BEN).display_name = "Benjamin Vogel"
    assert week.history(morning)[0].volunteer_name == "Benjamin Vogel"
    with db.write() as session:
        session.delete(session.get_one(VolunteerRow, BEN))
    (change,) = week.history(morning)
    assert (change.volunteer_id, change.volunteer_name) == (None, "")
    (person,) = next(v for v in week.week(MONDAY) if v.shift.id == morning).assigned
    assert (person.volunteer_id, person.display_name, person.languages) == (None, "", ())


def test_candidates_are_active_filtered_by_language_with_their_conflicts(week: ShiftService):
    morning = shift_at(week, at(MONDAY, 10))
    week.assign(morning, ANNA)
    week.assign(shift_at(week, at(MONDAY + timedelta(days=1), 10)), BEN)  # Ben had a shift lately
    everyone = week.candidates(morning)
    # Erik is still marked active, but left on 1 November.
    assert [c.display_name for c in everyone] == [
        "Clara Koch", "Farah Azizi", "Ben Vogel", "Erik Lange", "Anna Becker"]
    assert [c.free for c in everyone] == [True, True, True, False, False]
    assert everyone[3].conflict is not None
    assert everyone[3].conflict.reason == "left"
    anna = everyone[-1]
    assert anna.conflict is not None
    assert anna.conflict.reason == "double_booking"
    assert anna.last_asked == MONDAY
    assert everyone[0].last_asked is None
    assert everyone[0].languages == ("de", "uk")
    farsi = week.candidates(morning, language="fa")
    assert [c.volunteer_id for c in farsi] == [FARAH, BEN]  # Dawit (inactive) is not offered
    overlapping = week.add_shift(Shift(id=None, site_id=1, starts_at=at(MONDAY, 11), ends_at=at(MONDAY, 12)))
    assert overlapping.id is not None
    reasons = {c.volunteer_id: c.conflict.reason if c.conflict else None
               for c in week.candidates(overlapping.id)}
    assert reasons == {ANNA: "overlap", BEN: None, CLARA: None, FARAH: None, ERIK: "left"}
    with pytest.raises(ValidationError):
        week.candidates(9999)


def test_the_last_shift_is_one_that_started_and_was_not_cancelled(week: ShiftService):
    morning = shift_at(week, at(MONDAY, 10))
    week.assign(shift_at(week, at(MONDAY, 13)), CLARA)  # started before NOW
    week.cancel(week.assign(shift_at(week, at(MONDAY + timedelta(days=1), 10)), CLARA))  # started, cancelled
    week.assign(shift_at(week, at(NEXT_MONDAY, 10)), CLARA)  # still to come
    week.assign(shift_at(week, at(NEXT_MONDAY, 13)), FARAH)  # only to come
    asked = {c.volunteer_id: c.last_asked for c in week.candidates(morning)}
    assert (asked[CLARA], asked[FARAH]) == (MONDAY, None)


def test_a_no_show_cannot_be_put_on_the_same_shift_again(week: ShiftService, clock: Clock, db: Database):
    wednesday = MONDAY + timedelta(days=2)
    morning = shift_at(week, at(wednesday, 10))
    clara = week.assign(morning, CLARA)
    ben = week.assign(morning, BEN)
    clock.now = at(wednesday, 10, 30)
    week.mark_no_show(clara)
    before = count(db, AssignmentRow), count(db, AssignmentChangeRow)
    conflict = conflict_of(week, morning, CLARA)
    assert conflict.reason == "double_booking"
    assert str(conflict).startswith("Clara Koch: already on this shift")
    with pytest.raises(Conflict) as caught:
        week.swap(ben, CLARA)
    assert caught.value.reason == "double_booking"
    assert (count(db, AssignmentRow), count(db, AssignmentChangeRow)) == before
    (candidate,) = [c for c in week.candidates(morning) if c.volunteer_id == CLARA]
    assert candidate.conflict is not None
    assert candidate.conflict.reason == "double_booking"
    week.check_in(clara)  # arriving late is the way back
    view = next(v for v in week.today() if v.shift.id == morning)
    assert sorted((a.display_name, a.status) for a in view.assigned) == [
        ("Ben Vogel", "planned"), ("Clara Koch", "attended")]


def test_update_shift_refuses_a_time_that_conflicts_for_someone_on_it(week: ShiftService):
    morning = shift_at(week, at(MONDAY, 10))
    afternoon = shift_at(week, at(MONDAY, 13))
    week.assign(morning, ANNA)
    week.assign(afternoon, ANNA)
    (view,) = [v for v in week.week(MONDAY) if v.shift.id == afternoon]
    earlier = Shift(id=afternoon, site_id=1, starts_at=at(MONDAY, 12), ends_at=at(MONDAY, 16),
                    min_staff=2, wanted_languages=("ar",))
    with pytest.raises(Conflict, match="Anna Becker") as caught:
        week.update_shift(earlier)
    assert caught.value.reason == "overlap"
    assert next(v for v in week.week(MONDAY) if v.shift.id == afternoon) == view
    week.update_shift(Shift(id=afternoon, site_id=1, starts_at=at(MONDAY, 13), ends_at=at(MONDAY, 17),
                            min_staff=1))


# --- attendance and hours ---------------------------------------------------------------------------

def test_check_in_and_out_record_the_clock_and_give_the_hours(week: ShiftService, clock: Clock):
    wednesday = MONDAY + timedelta(days=2)
    morning = shift_at(week, at(wednesday, 10))
    anna = week.assign(morning, ANNA)
    clock.now = at(wednesday, 9, 55) + timedelta(seconds=31, microseconds=7)
    (today,) = [v for v in week.today() if v.shift.id == morning]
    assert today.shift.starts_at.date() == wednesday
    week.check_in(anna)
    with pytest.raises(ValidationError, match="already checked in at 09:55"):
        week.check_in(anna)
    clock.now = at(wednesday, 13, 10)
    week.check_out(anna)
    with pytest.raises(ValidationError, match="already checked out"):
        week.check_out(anna)
    (person,) = next(v for v in week.today() if v.shift.id == morning).assigned
    assert (person.status, person.checked_in_at, person.checked_out_at) == (
        "attended", at(wednesday, 9, 55) + timedelta(seconds=31), at(wednesday, 13, 10))
    hours = week.hours(ANNA, MONDAY, MONDAY + timedelta(days=6))
    assert hours.total == timedelta(hours=3, minutes=14, seconds=29)
    assert (hours.shifts, hours.estimated_shifts, hours.roles) == (1, 0, ("desk",))
    with pytest.raises(ValidationError):
        week.cancel(anna)  # attendance is kept


def test_attendance_is_for_today_and_needs_a_check_in_first(week: ShiftService, clock: Clock):
    thursday = MONDAY + timedelta(days=3)
    ben = week.assign(shift_at(week, at(thursday, 10)), BEN)
    with pytest.raises(ValidationError, match="today"):
        week.check_in(ben)
    clock.now = at(thursday, 10, 5)
    with pytest.raises(ValidationError, match="check in first"):
        week.check_out(ben)
    week.check_in(ben)
    clock.now = at(thursday + timedelta(days=1), 9)
    with pytest.raises(ValidationError, match="today"):
        week.check_out(ben)
    # Never checked out: the planned end stands in, and says so.
    hours = week.hours(BEN, thursday, thursday)
    assert hours.total == timedelta(hours=2, minutes=55)
    assert (hours.shifts, hours.estimated_shifts) == (1, 1)
    with pytest.raises(ValidationError):
        week.check_in(9999)


def test_check_in_opens_an_hour_before_the_start_and_closes_at_the_planned_end(week: ShiftService,
                                                                               clock: Clock):
    wednesday = MONDAY + timedelta(days=2)
    morning = week.assign(shift_at(week, at(wednesday, 10)), ANNA)
    afternoon = week.assign(shift_at(week, at(wednesday, 13)), ANNA)
    clock.now = at(wednesday, 8, 59)
    with pytest.raises(ValidationError, match="opens 60 minutes before the shift starts, at 09:00"):
        week.check_in(morning)
    clock.now = at(wednesday, 10)
    week.check_in(morning)
    with pytest.raises(ValidationError, match="at 12:00"):
        week.check_in(afternoon)  # not into the next shift at the start of this one
    clock.now = at(wednesday, 12)
    week.check_in(afternoon)
    clock.now = at(wednesday, 16)
    week.check_out(morning)
    week.check_out(afternoon)
    # 10:00–14:00 (clamped to an hour after the end) and 12:00–16:00, the overlap once: 6 h, not 8 h.
    hours = week.hours(ANNA, wednesday, wednesday)
    assert hours.total == timedelta(hours=6)
    assert (hours.shifts, hours.estimated_shifts) == (2, 1)
    clara = week.assign(shift_at(week, at(wednesday + timedelta(days=1), 10)), CLARA)
    clock.now = at(wednesday + timedelta(days=1), 13, 1)
    with pytest.raises(ValidationError, match="ended at 13:00"):
        week.check_in(clara)


def test_hours_of_shifts_checked_in_and_out_at_once_count_each_minute_once(week: ShiftService,
                                                                          db: Database):
    # Recorded before check-in had a window: into 10–13 and 13–16 at 10:00, out of both at 16:00.
    monday_shifts = (shift_at(week, at(MONDAY, 10)), shift_at(week, at(MONDAY, 13)))
    with db.write() as session:
        for shift_id in monday_shifts:
            session.add(AssignmentRow(shift_id=shift_id, volunteer_id=ANNA, status="attended",
                                      checked_in_at=at(MONDAY, 10), checked_out_at=at(MONDAY, 16)))
    hours = week.hours(ANNA, MONDAY, MONDAY)
    assert hours.total == timedelta(hours=6)
    assert (hours.shifts, hours.estimated_shifts) == (2, 2)


def test_a_no_show_is_marked_once_the_shift_started(week: ShiftService, clock: Clock):
    wednesday = MONDAY + timedelta(days=2)
    morning = shift_at(week, at(wednesday, 10))
    clara = week.assign(morning, CLARA)
    with pytest.raises(ValidationError, match="started"):
        week.mark_no_show(clara)
    clock.now = at(wednesday, 10, 30)
    week.mark_no_show(clara)
    with pytest.raises(ValidationError, match="already"):
        week.mark_no_show(clara)
    view = next(v for v in week.today() if v.shift.id == morning)
    assert [(a.display_name, a.status) for a in view.assigned] == [("Clara Koch", "no_show")]
    assert view.staffed == 0
    assert view.missing_languages == ("ar", "uk")
    assert [c.action for c in week.history(morning)] == ["assigned", "no_show"]
    assert week.hours(CLARA, MONDAY, wednesday).shifts == 0
    clock.now = at(wednesday, 10, 45)
    week.check_in(clara)  # came late after all
    assert next(v for v in week.today() if v.shift.id == morning).staffed == 1


def test_hours_sum_attended_assignments_of_the_period(week: ShiftService, clock: Clock):
    worked = []
    for offset in (0, 1, 2):
        day = MONDAY + timedelta(days=offset)
        assignment = week.assign(shift_at(week, at(day, 13)), FARAH)
        clock.now = at(day, 13)
        week.check_in(assignment)
        clock.now = at(day, 16, offset * 10)
        week.check_out(assignment)
        worked.append(timedelta(hours=3, minutes=offset * 10))
    week.assign(shift_at(week, at(MONDAY + timedelta(days=3), 13)), FARAH)  # planned only
    hours = week.hours(FARAH, MONDAY, MONDAY + timedelta(days=6))
    assert hours.total == sum(worked, timedelta())
    assert hours.shifts == 3
    assert week.hours(FARAH, MONDAY + timedelta(days=1), MONDAY + timedelta(days=1)).total == worked[1]
    assert [v.shift.starts_at.date() for v in week.volunteer_shifts(FARAH, MONDAY, NEXT_MONDAY)] == [
        MONDAY + timedelta(days=d) for d in range(4)]


def test_a_shift_with_attendance_is_not_deleted(week: ShiftService, clock: Clock, db: Database):
    wednesday = MONDAY + timedelta(days=2)
    morning, afternoon = shift_at(week, at(wednesday, 10)), shift_at(week, at(wednesday, 13))
    clock.now = at(wednesday, 10)
    week.check_in(week.assign(morning, ANNA))
    week.assign(afternoon, BEN)
    with pytest.raises(ValidationError, match="attended"):
        week.delete_shift(morning)
    week.delete_shift(afternoon)
    assert [v.shift.id for v in week.today()] == [morning]
    assert count(db, AssignmentRow) == 1
    with pytest.raises(ValidationError):
        week.delete_shift(afternoon)


# --- coverage and demand ----------------------------------------------------------------------------

def test_gaps_of_the_coming_days(week: ShiftService, clock: Clock):
    clock.now = at(MONDAY, 13, 30)
    monday_afternoon = shift_at(week, at(MONDAY, 13))
    tuesday_morning = shift_at(week, at(MONDAY + timedelta(days=1), 10))
    for person in (ANNA, CLARA):
        week.assign(tuesday_morning, person)  # staffed, Arabic and Ukrainian spoken: no gap
    week.assign(monday_afternoon, ANNA)
    week.assign(monday_afternoon, BEN)  # staffed, but nobody speaks Ukrainian: a gap
    gaps = week.gaps(days=2)
    assert tuesday_morning not in [g.shift.id for g in gaps]
    assert [g.shift.starts_at for g in gaps] == [at(MONDAY, 13), at(MONDAY + timedelta(days=1), 13)]
    assert gaps[0].missing_languages == ("uk",)
    assert not gaps[0].understaffed
    assert gaps[1].understaffed
    assert len(week.gaps()) == 22 - 1 - 1  # the two weeks but Monday morning (over) and Tuesday morning
    with pytest.raises(ValidationError):
        week.gaps(days=0)


def test_language_needs_from_eight_weeks_of_visits(week: ShiftService):
    needs = week.language_needs(NEXT_MONDAY)
    tuesday = NEXT_MONDAY + timedelta(days=1)
    assert [(n.starts_at, n.ends_at, n.language, n.expected_visits) for n in needs] == [
        (at(tuesday, 13), at(tuesday, 16), "fa", 4.0), (at(tuesday, 13), at(tuesday, 16), "ru", 3.0)]
    assert needs[0].suggestions == ((BEN, "Ben Vogel"), (FARAH, "Farah Azizi"))  # never asked, by name
    assert needs[1].suggestions == ()  # nobody speaks Russian
    assert [n.language for n in week.language_needs(NEXT_MONDAY, threshold=2.0)] == ["fa", "ru", "uk"]
    assert week.language_needs(NEXT_MONDAY, threshold=4.01) == []


def test_a_speaker_on_the_shift_meets_the_need_and_the_free_are_suggested(week: ShiftService):
    tuesday = NEXT_MONDAY + timedelta(days=1)
    afternoon = shift_at(week, at(tuesday, 13))
    week.assign(shift_at(week, at(MONDAY, 10)), FARAH)  # asked last week: after Ben now
    (need, _) = week.language_needs(NEXT_MONDAY)
    assert need.suggestions == ((BEN, "Ben Vogel"), (FARAH, "Farah Azizi"))
    week.assign(shift_at(week, at(tuesday, 10)), BEN)  # still free for the afternoon; a shift to come
    (need, _) = week.language_needs(NEXT_MONDAY)
    assert need.suggestions == ((BEN, "Ben Vogel"), (FARAH, "Farah Azizi"))
    week.assign(shift_at(week, at(MONDAY + timedelta(days=1), 10)), BEN)  # had a shift after Farah's
    (need, _) = week.language_needs(NEXT_MONDAY)
    assert [name for _, name in need.suggestions] == ["Farah Azizi", "Ben Vogel"]
    week.set_rules(WorkRules(daily_limit=timedelta(hours=4)))
    (need, _) = week.language_needs(NEXT_MONDAY)
    assert need.suggestions == ((FARAH, "Farah Azizi"),)  # 6 h would exceed Ben's day
    week.assign(afternoon, FARAH)
    assert [n.language for n in week.language_needs(NEXT_MONDAY)] == ["ru"]


def test_a_parallel_shift_shares_its_speakers_and_its_needs(week: ShiftService):
    tuesday = NEXT_MONDAY + timedelta(days=1)
    desk = shift_at(week, at(tuesday, 13))
    interpreter = week.add_shift(Shift(id=None, site_id=1, starts_at=at(tuesday, 13), ends_at=at(tuesday, 16),
                                       role="interpreter", min_staff=1, wanted_languages=("fa",)))
    assert interpreter.id is not None
    needs = week.language_needs(NEXT_MONDAY)
    # Once for the slot, not once per shift; Farsi on the shift that wants it.
    assert [(n.shift_id, n.language, n.expected_visits) for n in needs] == [
        (interpreter.id, "fa", 4.0), (desk, "ru", 3.0)]
    assert needs[0].suggestions == ((BEN, "Ben Vogel"), (FARAH, "Farah Azizi"))
    week.assign(interpreter.id, BEN)
    assert [(n.shift_id, n.language) for n in week.language_needs(NEXT_MONDAY)] == [(desk, "ru")]


def test_language_needs_of_this_week_look_at_the_eight_weeks_before_it(week: ShiftService):
    # Eight weeks before MONDAY: seven Tuesdays of the pattern and the Tuesday with Arabic visits only.
    needs = week.language_needs(MONDAY, threshold=1.0)
    assert [(n.language, n.expected_visits) for n in needs] == [
        ("fa", 28 / 8), ("ru", 21 / 8), ("uk", 14 / 8), ("ar", 10 / 8)]
    assert {n.starts_at for n in needs} == {at(MONDAY + timedelta(days=1), 13)}


# --- the demo year (read only) ------------------------------------------------------------------------

def test_demand_in_the_demo_year_is_plausible_and_read_through_an_index(demo_database: Database):
    statements: list[tuple[str, tuple[object, ...]]] = []

    def remember(conn, cursor, statement, parameters, context, executemany):
        statements.append((statement, parameters))

    event.listen(demo_database.engine, "before_cursor_execute", remember)
    service = ShiftService(demo_database, Clock(datetime.combine(DEMO_TODAY, time(9))))
    next_week = DEMO_TODAY - timedelta(days=DEMO_TODAY.weekday()) + timedelta(days=7)
    needs = service.language_needs(next_week)
    event.remove(demo_database.engine, "before_cursor_execute", remember)

    assert needs, "the demo's planned weeks lack some languages"
    assert all(n.expected_visits >= 3.0 for n in needs)
    assert all(0 < n.expected_visits < 40 for n in needs)
    languages = {n.language for n in needs}
    assert languages & {"ar", "fa", "uk"}

    # The same number counted by hand for one need: Tuesday-style slot, eight weeks, divided by eight.
    need = max(needs, key=lambda n: n.expected_visits)
    until = datetime.combine(DEMO_TODAY, time())
    with demo_database.read() as session:
        rows = session.execute(text(
            "SELECT arrived_at FROM visits WHERE site_id = 1 AND language = :language "
            "AND arrived_at >= :since AND arrived_at < :until"),
            {"language": need.language, "since": until - timedelta(weeks=8), "until": until}).scalars().all()
    arrivals = [datetime.fromisoformat(str(r)) for r in rows]
    by_hand = sum(1 for a in arrivals if a.weekday() == need.starts_at.weekday()
                  and need.starts_at.time() <= a.time() < need.ends_at.time()) / 8
    assert need.expected_visits == pytest.approx(by_hand)

    (demand_sql, parameters) = next((s, p) for s, p in statements if "strftime" in s)
    with demo_database.read() as session:
        plan = " | ".join(str(row[3]) for row in
                          session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {demand_sql}", parameters))
    assert "USING INDEX ix_visits_site_arrived" in plan
    assert "SCAN visits" not in plan


def test_the_demo_week_reads_fast_enough_and_makes_sense(demo_database: Database):
    service = ShiftService(demo_database, Clock(datetime.combine(DEMO_TODAY, time(9))))
    views = service.week(DEMO_TODAY)
    assert len(views) == 12  # the demo opens Saturday in two slots
    assert all(v.staffed <= len(v.assigned) for v in views)
    past = [v for v in views if v.shift.ends_at.date() < DEMO_TODAY]
    assert all(a.status in ("attended", "no_show") for v in past for a in v.assigned)
    gaps = service.gaps()
    assert gaps
    assert all(g.is_gap and g.shift.starts_at.date() >= DEMO_TODAY for g in gaps)
    some_volunteer = next(a.volunteer_id for v in past for a in v.assigned if a.status == "attended")
    assert some_volunteer is not None
    hours = service.hours(some_volunteer, DEMO_TODAY - timedelta(days=365), DEMO_TODAY)
    assert hours.shifts > 0
    assert hours.estimated_shifts == 0  # the demo records check-in and out for everyone who came
    candidates = service.candidates(views[-1].shift.id or 0)
    assert len(candidates) == 38  # 40 volunteers, two of whom left
    assert count(demo_database, ShiftRow) == 652


def test_a_volunteer_checks_in_to_their_own_shift_only(db: Database, clock: Clock):
    from welcome_point.domain.access import AccessDenied, Principal, Role
    from welcome_point.services.access import Access

    access = Access()
    planner = ShiftService(db, clock, access=access)
    template = [ShiftTemplate(t.weekday, t.start, t.end) for t in DEFAULT_TEMPLATES]
    planner.create_from_templates(template, MONDAY, MONDAY + timedelta(days=6))
    wednesday = MONDAY + timedelta(days=2)
    morning = shift_at(planner, at(wednesday, 10))
    anna, ben = planner.assign(morning, ANNA), planner.assign(morning, BEN)
    clock.now = at(wednesday, 9, 55)

    access.sign_in(Principal(account_id=7, role=Role.VOLUNTEER, volunteer_id=ANNA))
    (mine,) = planner.my_shifts_today()
    assert [person.volunteer_id for person in mine.assigned] == [ANNA]  # not Ben's name or phone
    with pytest.raises(AccessDenied):
        planner.check_in(ben)
    with pytest.raises(AccessDenied):
        planner.today()  # the whole day's staffing is the coordinators' view
    planner.check_in(anna)
    access.sign_in(Principal(account_id=8, role=Role.VOLUNTEER, volunteer_id=None))
    assert planner.my_shifts_today() == []
    with pytest.raises(AccessDenied):
        planner.check_out(anna)
    access.sign_in(Principal(account_id=9, role=Role.COORDINATOR))
    planner.check_in(ben)  # a coordinator checks anyone in
