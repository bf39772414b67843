"""Shift rules without a database: templates, conflicts at their edges, coverage, demand, hours."""

from __future__ import annotations

import pickle
from datetime import date, datetime, time, timedelta

import pytest

from welcome_point.domain.errors import ValidationError
from welcome_point.domain.models import Shift
from welcome_point.domain.shifts import (
    CONFLICT_REASONS,
    DEFAULT_TEMPLATES,
    AssignedVolunteer,
    Candidate,
    Conflict,
    ShiftTemplate,
    WorkRules,
    check_in_allowed,
    find_conflict,
    history_weeks,
    hours_worked,
    language_needs,
    least_recently_asked,
    shift_view,
    shifts_from_templates,
    slot_of,
    worked_time,
)

MONDAY = date(2026, 11, 23)
RULES = WorkRules()
_ids = iter(range(1000, 100000))


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """A time in the week of MONDAY; day 0 is that Monday (negative and > 6 reach other weeks)."""
    return datetime.combine(MONDAY + timedelta(days=day), time(hour, minute))


def shift(start: datetime, end: datetime, *, shift_id: int | None = None, role: str = "desk",
          min_staff: int = 2, languages: tuple[str, ...] = ()) -> Shift:
    return Shift(id=next(_ids) if shift_id is None else shift_id, site_id=1, starts_at=start, ends_at=end,
                 role=role, min_staff=min_staff, wanted_languages=languages)


def person(assignment_id: int, status: str = "planned", languages: tuple[str, ...] = ("de",),
           name: str = "Anna") -> AssignedVolunteer:
    return AssignedVolunteer(assignment_id=assignment_id, volunteer_id=assignment_id, display_name=name,
                             status=status, languages=languages)


def reason(candidate: Shift, booked: list[Shift], rules: WorkRules = RULES, **kwargs: object) -> str | None:
    conflict = find_conflict(candidate, booked, rules, **kwargs)  # type: ignore[arg-type]
    return None if conflict is None else conflict.reason


# --- templates ------------------------------------------------------------------------------------

def test_default_templates_are_weekdays_ten_to_four_and_saturday_ten_to_two():
    slots = sorted((t.weekday, t.start, t.end) for t in DEFAULT_TEMPLATES)
    expected = sorted([(d, time(10), time(13)) for d in range(5)] + [(d, time(13), time(16)) for d in range(5)]
                      + [(5, time(10), time(14))])
    assert slots == expected
    assert all(t.role == "desk" and t.min_staff == 2 for t in DEFAULT_TEMPLATES)


def test_a_template_week_gives_eleven_shifts_in_order_and_none_on_sunday():
    made = shifts_from_templates(DEFAULT_TEMPLATES, MONDAY, MONDAY + timedelta(days=6), site_id=1)
    assert len(made) == 11
    assert [s.starts_at for s in made] == sorted(s.starts_at for s in made)
    assert made[0].starts_at == at(0, 10)
    assert made[0].ends_at == at(0, 13)
    assert made[-1].starts_at == at(5, 10)
    assert made[-1].ends_at == at(5, 14)
    assert not any(s.starts_at.weekday() == 6 for s in made)
    assert all(s.id is None and s.site_id == 1 for s in made)


def test_templates_skip_existing_slots_and_their_own_duplicates():
    week = shifts_from_templates(DEFAULT_TEMPLATES, MONDAY, MONDAY + timedelta(days=6), site_id=1)
    assert shifts_from_templates(DEFAULT_TEMPLATES, MONDAY, MONDAY + timedelta(days=6), 1, existing=week) == []
    twice = shifts_from_templates(DEFAULT_TEMPLATES * 2, MONDAY, MONDAY, site_id=1)
    assert len(twice) == 2
    # The same time with another role is another slot.
    interpreter = ShiftTemplate(0, time(10), time(13), role="interpreter")
    assert len(shifts_from_templates([interpreter], MONDAY, MONDAY, 1, existing=week)) == 1


def test_templates_carry_role_staffing_and_languages():
    template = ShiftTemplate(1, time(9, 30), time(12), role="interpreter", min_staff=1, wanted_languages=("ar",))
    (made,) = shifts_from_templates([template], MONDAY, MONDAY + timedelta(days=6), site_id=3)
    assert (made.starts_at, made.ends_at, made.role, made.min_staff, made.wanted_languages, made.site_id) == (
        at(1, 9, 30), at(1, 12), "interpreter", 1, ("ar",), 3)


def test_template_ranges_are_checked():
    with pytest.raises(ValidationError):
        shifts_from_templates(DEFAULT_TEMPLATES, MONDAY, MONDAY - timedelta(days=1), site_id=1)
    with pytest.raises(ValidationError):
        shifts_from_templates(DEFAULT_TEMPLATES, MONDAY, MONDAY + timedelta(days=366), site_id=1)
    assert len(shifts_from_templates(DEFAULT_TEMPLATES, MONDAY, MONDAY + timedelta(days=365), site_id=1)) > 500


@pytest.mark.parametrize("kwargs", [
    {"weekday": 7}, {"weekday": -1}, {"end": time(10)}, {"end": time(9)}, {"role": "boss"},
    {"min_staff": 0}, {"wanted_languages": ("xx",)}, {"wanted_languages": ("ar", "ar")},
])
def test_bad_templates_are_refused(kwargs):
    values = {"weekday": 0, "start": time(10), "end": time(13), **kwargs}
    with pytest.raises(ValidationError):
        ShiftTemplate(**values)


# --- conflicts --------------------------------------------------------------------------------------

def test_free_when_nothing_is_booked():
    assert find_conflict(shift(at(0, 10), at(0, 13)), [], RULES) is None


def test_the_same_shift_twice_is_a_double_booking():
    morning = shift(at(0, 10), at(0, 13))
    conflict = find_conflict(morning, [morning], RULES)
    assert isinstance(conflict, Conflict)
    assert isinstance(conflict, ValidationError)
    assert conflict.reason == "double_booking"
    assert "10:00–13:00" in str(conflict)


def test_a_no_show_on_the_shift_is_a_double_booking_too():
    # A no-show is not booked (it frees nothing and staffs nothing), but a second line would be.
    morning = shift(at(0, 10), at(0, 13))
    conflict = find_conflict(morning, [], RULES, no_show=True)
    assert conflict is not None
    assert conflict.reason == "double_booking"
    assert "no-show" in str(conflict)
    assert reason(morning, [], no_show=True, active=False) == "inactive"  # who may work still comes first


@pytest.mark.parametrize(("start", "end"), [
    ((0, 12, 59), (0, 16)),  # begins a minute before the other ends
    ((0, 9), (0, 10, 1)),  # ends a minute after the other begins
    ((0, 11), (0, 12)),  # inside
    ((0, 9), (0, 14)),  # around
    ((0, 10), (0, 13)),  # the same times, another shift
])
def test_another_shift_at_the_same_time_is_an_overlap(start, end):
    booked = shift(at(0, 10), at(0, 13))
    candidate = shift(at(*start), at(*end))
    assert reason(candidate, [booked]) == "overlap"


def test_back_to_back_shifts_do_not_overlap():
    morning, afternoon = shift(at(0, 10), at(0, 13)), shift(at(0, 13), at(0, 16))
    assert reason(afternoon, [morning]) is None
    assert reason(morning, [afternoon]) is None


def test_exactly_the_daily_limit_is_allowed():
    booked = [shift(at(0, 6), at(0, 10)), shift(at(0, 10), at(0, 13))]  # 7 h
    assert reason(shift(at(0, 13), at(0, 16)), booked) is None  # 10 h


def test_one_minute_over_the_daily_limit_is_refused():
    booked = [shift(at(0, 6), at(0, 10)), shift(at(0, 10), at(0, 13))]
    conflict = find_conflict(shift(at(0, 13), at(0, 16, 1)), booked, RULES)
    assert conflict is not None
    assert conflict.reason == "daily_limit"
    assert "10 h 01 min" in str(conflict)
    assert "10 h" in str(conflict)


def test_a_single_shift_longer_than_the_limit_is_refused():
    assert reason(shift(at(0, 6), at(0, 16, 1)), []) == "daily_limit"
    assert reason(shift(at(0, 6), at(0, 16)), []) is None


def test_the_daily_limit_comes_from_the_rules():
    rules = WorkRules(daily_limit=timedelta(hours=6))
    morning = shift(at(0, 10), at(0, 13))
    assert reason(shift(at(0, 13), at(0, 16)), [morning], rules) is None
    assert reason(shift(at(0, 13), at(0, 16, 1)), [morning], rules) == "daily_limit"


def test_other_days_do_not_count_towards_the_daily_limit():
    booked = [shift(at(-1, 8), at(-1, 16)), shift(at(1, 8), at(1, 16))]
    assert reason(shift(at(0, 9), at(0, 13)), booked, WorkRules(rest=timedelta(hours=11))) is None


def test_a_night_shift_counts_on_both_days():
    night = shift(at(0, 20), at(1, 4))  # 4 h on Monday, 4 h on Tuesday
    rules = WorkRules(rest=timedelta(0))
    assert reason(shift(at(1, 4), at(1, 10)), [night], rules) is None  # Tuesday: 4 + 6 = 10 h
    assert reason(shift(at(1, 4), at(1, 10, 1)), [night], rules) == "daily_limit"
    assert reason(shift(at(0, 10), at(0, 16)), [night], rules) is None  # Monday: 6 + 4 = 10 h
    assert reason(shift(at(0, 9, 59), at(0, 16)), [night], rules) == "daily_limit"


def test_exactly_the_rest_time_between_two_days_is_enough():
    evening = shift(at(0, 12), at(0, 22))
    assert reason(shift(at(1, 9), at(1, 12)), [evening]) is None  # 11 h rest
    assert reason(evening, [shift(at(1, 9), at(1, 12))]) is None  # the same, seen from the morning


def test_a_minute_less_than_the_rest_time_is_refused():
    evening = shift(at(0, 12), at(0, 22))
    conflict = find_conflict(shift(at(1, 8, 59), at(1, 12)), [evening], RULES)
    assert conflict is not None
    assert conflict.reason == "rest_time"
    assert "10 h 59 min" in str(conflict)
    assert "11 h" in str(conflict)
    assert reason(evening, [shift(at(1, 8, 59), at(1, 12))]) == "rest_time"  # booked the other way round


def test_the_rest_time_is_about_two_days_not_one_day():
    # Two shifts of one day with a short break: the daily limit applies, not the rest time.
    assert reason(shift(at(0, 18), at(0, 20)), [shift(at(0, 8), at(0, 10))]) is None
    # A short evening shift and an early one the next day: the rest time applies.
    assert reason(shift(at(1, 6), at(1, 8)), [shift(at(0, 20), at(0, 22))]) == "rest_time"


def test_the_rest_time_follows_a_shift_ending_at_midnight_or_in_the_night():
    until_midnight = shift(at(0, 18), at(1, 0))
    assert reason(shift(at(1, 6), at(1, 10)), [until_midnight]) == "rest_time"  # 6 h of rest
    assert reason(until_midnight, [shift(at(1, 6), at(1, 10))]) == "rest_time"  # booked the other way round
    assert reason(shift(at(1, 11), at(1, 14)), [until_midnight]) is None  # exactly 11 h
    night = shift(at(0, 22), at(1, 6))
    assert reason(shift(at(1, 10), at(1, 13)), [night]) == "rest_time"  # 4 h
    assert reason(shift(at(1, 17), at(1, 20)), [night]) is None
    # The night shift starts on Monday: with Monday's morning it is one day, where the limit applies.
    assert reason(shift(at(0, 8), at(0, 11)), [night]) is None


def test_the_rest_time_comes_from_the_rules():
    evening = shift(at(0, 16), at(0, 22))
    assert reason(shift(at(1, 6), at(1, 8)), [evening], WorkRules(rest=timedelta(hours=8))) is None
    assert reason(shift(at(1, 5, 59), at(1, 8)), [evening], WorkRules(rest=timedelta(hours=8))) == "rest_time"


def test_inactive_and_left_volunteers_are_refused():
    monday = shift(at(0, 10), at(0, 13))
    assert reason(monday, [], active=False) == "inactive"
    assert reason(monday, [], left_on=MONDAY) == "left"
    assert reason(monday, [], left_on=MONDAY - timedelta(days=1)) == "left"
    assert reason(monday, [], left_on=MONDAY + timedelta(days=1)) is None  # still there that day
    assert reason(monday, [], active=False, left_on=MONDAY) == "left"  # the more precise reason
    assert reason(monday, [monday], active=False) == "inactive"  # who may work comes first


def test_the_reasons_come_in_a_fixed_order():
    morning = shift(at(0, 10), at(0, 13))
    overlapping = shift(at(0, 12), at(0, 15))
    assert reason(morning, [morning, overlapping]) == "double_booking"
    long_day = [shift(at(0, 0), at(0, 9, 30)), overlapping]
    assert reason(morning, long_day) == "overlap"


def test_conflicts_name_a_known_reason_and_survive_pickling():
    conflict = Conflict("rest_time", "too little rest")
    assert conflict.reason in CONFLICT_REASONS
    copy = pickle.loads(pickle.dumps(conflict))
    assert (copy.reason, str(copy)) == ("rest_time", "too little rest")
    with pytest.raises(ValidationError):
        Conflict("tired", "no such reason")


@pytest.mark.parametrize("kwargs", [
    {"daily_limit": timedelta(0)}, {"daily_limit": timedelta(hours=24, minutes=1)},
    {"rest": timedelta(minutes=-1)}, {"rest": timedelta(hours=48, minutes=1)},
])
def test_work_rules_are_bounded(kwargs):
    with pytest.raises(ValidationError):
        WorkRules(**kwargs)


def test_work_rules_default_to_ten_hours_a_day_and_eleven_hours_rest():
    assert WorkRules() == WorkRules(daily_limit=timedelta(hours=10), rest=timedelta(hours=11))


# --- coverage -------------------------------------------------------------------------------------

def test_staffing_counts_people_who_come_and_hides_cancellations():
    view = shift_view(shift(at(0, 10), at(0, 13), min_staff=3, languages=("ar", "uk")), [
        person(1, "planned", ("de", "ar"), "Zoe"), person(2, "cancelled", ("de", "uk"), "Ben"),
        person(3, "no_show", ("de", "uk"), "Ada"), person(4, "attended", ("de",), "Mia"),
        person(5, "confirmed", ("de",), "Lea"),
    ])
    assert [a.assignment_id for a in view.assigned] == [4, 5, 1, 3]  # attended, confirmed, planned, no-show
    assert view.staffed == 3
    assert not view.understaffed
    assert view.missing_languages == ("uk",)  # the Ukrainian speakers cancelled or did not come
    assert view.is_gap


def test_understaffed_below_the_minimum():
    empty = shift_view(shift(at(0, 10), at(0, 13), min_staff=1), [])
    assert (empty.staffed, empty.understaffed, empty.missing_languages) == (0, True, ())
    two = shift_view(shift(at(0, 10), at(0, 13), min_staff=2), [person(1), person(2, "confirmed")])
    assert not two.understaffed
    assert not two.is_gap
    one = shift_view(shift(at(0, 10), at(0, 13), min_staff=2), [person(1), person(2, "no_show")])
    assert one.understaffed
    assert one.is_gap


def test_people_on_a_shift_are_sorted_by_status_then_name():
    view = shift_view(shift(at(0, 10), at(0, 13)), [
        person(1, "planned", name="bea"), person(2, "planned", name="Anna"), person(3, "confirmed", name="Zoe")])
    assert [a.display_name for a in view.assigned] == ["Zoe", "Anna", "bea"]


# --- language demand ----------------------------------------------------------------------------------

def test_slot_of_a_shift_is_its_weekday_and_minutes():
    assert slot_of(shift(at(1, 13), at(1, 16))) == (1, 780, 960)
    assert slot_of(shift(at(5, 9, 30), at(5, 14, 15))) == (5, 570, 855)
    assert slot_of(shift(at(4, 20), at(5, 2))) == (4, 1200, 1440)


def test_history_weeks_are_eight_or_the_weeks_there_are():
    until = datetime(2026, 11, 23)
    assert history_weeks(None, until) == 8
    assert history_weeks(until - timedelta(weeks=8), until) == 8
    assert history_weeks(until - timedelta(days=1), until) == 1
    assert history_weeks(until - timedelta(days=7), until) == 2
    assert history_weeks(until - timedelta(days=20), until) == 3


def test_a_need_where_enough_visits_are_expected_and_nobody_speaks_the_language():
    tuesday = shift(at(1, 13), at(1, 16), shift_id=7)
    view = shift_view(tuesday, [person(1, "confirmed", ("de", "ar"))])
    slot = slot_of(tuesday)
    expected = {(slot, "fa"): 9.0, (slot, "uk"): 3.0, (slot, "ti"): 2.99, (slot, "ar"): 12.0,
                ((0, 780, 960), "ru"): 20.0}
    needs = language_needs([view], expected, threshold=3.0, suggest={(7, "fa"): [(4, "Omid"), (2, "Nasrin")]})
    assert [(n.language, n.expected_visits) for n in needs] == [("fa", 9.0), ("uk", 3.0)]
    assert needs[0].suggestions == ((4, "Omid"), (2, "Nasrin"))
    assert needs[1].suggestions == ()
    assert (needs[0].shift_id, needs[0].starts_at, needs[0].ends_at) == (7, at(1, 13), at(1, 16))


def test_a_speaker_who_cancelled_or_did_not_come_does_not_cover_a_language():
    tuesday = shift(at(1, 13), at(1, 16), shift_id=8)
    slot = slot_of(tuesday)
    for status, covered in (("planned", True), ("attended", True), ("no_show", False), ("cancelled", False)):
        view = shift_view(tuesday, [person(1, status, ("de", "fa"))])
        assert bool(language_needs([view], {(slot, "fa"): 5.0}, 3.0)) is not covered


def test_needs_are_ordered_by_shift_then_expected_visits():
    early, late = shift(at(0, 10), at(0, 13), shift_id=1), shift(at(0, 13), at(0, 16), shift_id=2)
    expected = {(slot_of(late), "ar"): 9.0, (slot_of(early), "fa"): 4.0, (slot_of(early), "uk"): 6.0}
    needs = language_needs([shift_view(late, []), shift_view(early, [])], expected, 3.0)
    assert [(n.shift_id, n.language) for n in needs] == [(1, "uk"), (1, "fa"), (2, "ar")]


def test_a_speaker_on_a_parallel_or_overlapping_shift_covers_the_language():
    desk = shift(at(1, 13), at(1, 16), shift_id=10)
    interpreter = shift(at(1, 13), at(1, 16), shift_id=11, role="interpreter", min_staff=1)
    coordinator = shift(at(1, 10), at(1, 16), shift_id=12, role="coordinator", min_staff=1)
    morning = shift(at(1, 10), at(1, 13), shift_id=13)
    elsewhere = Shift(id=14, site_id=2, starts_at=at(1, 13), ends_at=at(1, 16))
    expected = {(slot_of(desk), "fa"): 9.0}
    nobody = shift_view(desk, [person(1, "planned", ("de",))])

    def needs(*views):
        return [(n.shift_id, n.language) for n in language_needs([nobody, *views], expected, 3.0)]

    assert needs() == [(10, "fa")]
    assert needs(shift_view(interpreter, [person(2, "confirmed", ("de", "fa"))])) == []
    assert needs(shift_view(coordinator, [person(3, "planned", ("fa",))])) == []  # there all day
    assert needs(shift_view(morning, [person(4, "planned", ("fa",))])) == [(10, "fa")]  # gone at 13:00
    assert needs(shift_view(elsewhere, [person(5, "planned", ("fa",))])) == [(10, "fa")]  # another site
    assert needs(shift_view(interpreter, [person(2, "no_show", ("fa",))])) == [(10, "fa")]


def test_parallel_shifts_report_a_need_once_on_the_shift_that_wants_the_language():
    desk = shift(at(1, 13), at(1, 16), shift_id=20, languages=("ar",))
    interpreter = shift(at(1, 13), at(1, 16), shift_id=21, role="interpreter", languages=("fa",))
    slot = slot_of(desk)
    needs = language_needs([shift_view(desk, []), shift_view(interpreter, [])],
                           {(slot, "fa"): 9.0, (slot, "ru"): 4.0}, 3.0, suggest={(21, "fa"): [(7, "Omid")]})
    assert [(n.shift_id, n.language, n.expected_visits, n.suggestions) for n in needs] == [
        (21, "fa", 9.0, ((7, "Omid"),)), (20, "ru", 4.0, ())]


def test_never_asked_first_then_the_longest_ago():
    people = [Candidate(1, "Ben", (), None, date(2026, 11, 1)), Candidate(2, "Ada", (), None, None),
              Candidate(3, "Cem", (), None, date(2026, 10, 1)), Candidate(4, "Abe", (), None, None)]
    assert [c.volunteer_id for c in sorted(people, key=least_recently_asked)] == [4, 2, 3, 1]


# --- hours ------------------------------------------------------------------------------------------

def test_hours_come_from_actual_times():
    morning = shift(at(0, 10), at(0, 13))
    hours = hours_worked([(morning, "attended", at(0, 9, 50), at(0, 13, 20))])
    assert hours.total == timedelta(hours=3, minutes=30)
    assert (hours.shifts, hours.estimated_shifts, hours.roles) == (1, 0, ("desk",))
    assert hours.total_hours == 3.5


def test_planned_times_stand_in_and_are_counted_as_estimated():
    morning = shift(at(0, 10), at(0, 13))
    afternoon = shift(at(0, 13), at(0, 16), role="interpreter")
    saturday = shift(at(5, 10), at(5, 14), role="coordinator")
    hours = hours_worked([
        (morning, "attended", None, None),  # 3 h planned
        (afternoon, "attended", at(0, 13, 30), None),  # 13:30–16:00 = 2.5 h, end planned
        (saturday, "attended", at(5, 15), None),  # checked in after the planned end: planned 4 h
    ])
    assert hours.total == timedelta(hours=9, minutes=30)
    assert (hours.shifts, hours.estimated_shifts) == (3, 3)
    assert hours.roles == ("desk", "interpreter", "coordinator")


def test_back_to_back_shifts_checked_in_and_out_at_once_count_no_minute_twice():
    # In to both at 10:00, out of both at 16:00: six hours, not twelve.
    morning, afternoon = shift(at(0, 10), at(0, 13)), shift(at(0, 13), at(0, 16))
    hours = hours_worked([(morning, "attended", at(0, 10), at(0, 16)),
                          (afternoon, "attended", at(0, 10), at(0, 16))])
    assert hours.total == timedelta(hours=6)
    assert (hours.shifts, hours.estimated_shifts) == (2, 2)  # both clamped to an hour around their plan


def test_overlapping_attended_times_are_merged():
    morning, afternoon = shift(at(0, 10), at(0, 13)), shift(at(0, 13), at(0, 16))
    hours = hours_worked([(afternoon, "attended", at(0, 12, 50), at(0, 16)),  # in any order
                          (morning, "attended", at(0, 10), at(0, 13, 5))])
    assert hours.total == timedelta(hours=6)
    assert (hours.shifts, hours.estimated_shifts) == (2, 0)
    apart = hours_worked([(morning, "attended", at(0, 10), at(0, 12)),
                          (afternoon, "attended", at(0, 14), at(0, 16))])
    assert apart.total == timedelta(hours=4)


def test_times_more_than_an_hour_outside_the_plan_are_clamped_and_estimated():
    morning = shift(at(0, 10), at(0, 13))
    assert worked_time(morning, at(0, 9), at(0, 14)) == (timedelta(hours=5), False)  # exactly the margin
    assert worked_time(morning, at(0, 9, 55), at(0, 18)) == (timedelta(hours=4, minutes=5), True)
    assert worked_time(morning, at(0, 7), at(0, 13)) == (timedelta(hours=4), True)
    assert worked_time(morning, at(0, 7), at(0, 8)) == (timedelta(0), True)  # nothing near the plan


def test_check_in_opens_an_hour_before_the_start_and_closes_at_the_planned_end():
    morning = shift(at(0, 10), at(0, 13))
    check_in_allowed(morning, at(0, 9))
    check_in_allowed(morning, at(0, 13))
    with pytest.raises(ValidationError, match="opens 60 minutes before the shift starts, at 09:00"):
        check_in_allowed(morning, at(0, 8, 59))
    with pytest.raises(ValidationError, match="ended at 13:00"):
        check_in_allowed(morning, at(0, 13, 1))


def test_only_attended_assignments_count():
    morning = shift(at(0, 10), at(0, 13))
    worked = [(morning, status, None, None) for status in ("planned", "confirmed", "no_show", "cancelled")]
    hours = hours_worked(worked)
    assert (hours.total, hours.shifts, hours.estimated_shifts, hours.roles) == (timedelta(), 0, 0, ())


def test_worked_time_of_one_shift():
    morning = shift(at(0, 10), at(0, 13))
    assert worked_time(morning, at(0, 10), at(0, 13)) == (timedelta(hours=3), False)
    assert worked_time(morning, None, None) == (timedelta(hours=3), True)
    assert worked_time(morning, at(0, 11), None) == (timedelta(hours=2), True)
