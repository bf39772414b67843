from __future__ import annotations

import dataclasses
import io
import random
import re
import unicodedata
from datetime import date, datetime, time, timedelta

import pypdf
import pytest

from welcome_point.documents.roster import (
    ROSTER_LABELS_DE,
    ROSTER_LABELS_EN,
    Roster,
    RosterLabels,
    RosterPerson,
    RosterShift,
    month_days,
    public_name,
    roster_pdf,
    shown_names,
    week_days,
    write_roster,
)
from welcome_point.domain.errors import ValidationError

FIRST = ["Anna", "Yusuf", "Olena", "Karim", "Leonie", "Maryam", "Jonas", "Selin", "Dawit", "Sofia", "Ahmad", "Lea",
         "Iryna", "Tobias", "Nasrin", "Emre", "Hanna", "Samir", "Marta", "Farid", "Julia", "Hewan", "Lukas",
         "Zeynep", "Andrii", "Clara", "Omid", "Fatima", "Felix", "Aylin", "Nadia", "Ben", "Rahel", "Sven", "Laila",
         "Mehmet", "Katharina", "Hamid", "Oksana", "Paul"]
LAST = ["Becker", "Demir", "Kovalenko", "Haddad", "Schmitz", "Rahimi", "Wagner", "Yilmaz", "Tesfaye", "Müller",
        "Sultani", "Hoffmann", "Shevchenko", "Krause", "Karimi", "Aydın", "Fischer", "Mansour", "Nowak", "Azizi",
        "Klein", "Gebremedhin", "Weber", "Kaya", "Melnyk", "Schulz", "Hosseini", "Al-Khatib", "Neumann", "Öztürk",
        "Saleh", "Richter", "Haile", "Lange", "Ahmadi", "Çelik", "Zimmermann", "Noori", "Bondarenko", "Braun"]
EXTRA_LANGUAGES = ["en", "ar", "uk", "ru", "fa", "tr", "fr", "ku", "ti", "es", "ps"]
MONDAY = date(2026, 11, 23)  # ISO week 48


def volunteers(count: int = 40, seed: int = 4) -> list[RosterPerson]:
    rng = random.Random(seed)
    people = []
    for i in range(count):
        extra = sorted(set(rng.sample(EXTRA_LANGUAGES, rng.choice((1, 1, 2, 3)))))
        people.append(RosterPerson(f"{FIRST[i % 40]} {LAST[(i * 7) % 40]}", f"+49 151 000 {1000 + i * 37}",
                                   "interpreter" if i % 9 == 4 else "desk", ("de", *extra)))
    return people


def slots(day: date) -> list[tuple[time, time]]:
    if day.weekday() == 5:
        return [(time(10), time(12)), (time(12), time(14))]
    return [(time(10), time(13)), (time(13), time(16))]


def shifts_for(days: list[date], people: list[RosterPerson], seed: int = 11) -> list[RosterShift]:
    rng = random.Random(seed)
    shifts = []
    for day in days:
        if day.weekday() == 6:
            continue
        for index, (start, end) in enumerate(slots(day)):
            shifts.append(RosterShift(
                datetime.combine(day, start), datetime.combine(day, end), "desk",
                2 if day.weekday() == 5 else 3, tuple(rng.sample(people, rng.randint(2, 4))),
                ("ar", "uk") if index == 0 else ("ar", "fa", "uk")))
    return shifts


def demo_week(public: bool = False, labels: RosterLabels = ROSTER_LABELS_DE) -> Roster:
    people = volunteers()
    return Roster("Welcome Point Düsseldorf-Oberbilk", "Dienstplan", "23.–28.11.2026",
                  week_days(MONDAY, 6), tuple(shifts_for(list(week_days(MONDAY, 6)), people)), public, labels,
                  date(2026, 11, 20))


def demo_month(public: bool = False) -> Roster:
    people = volunteers()
    days = month_days(2026, 11)
    return Roster("Welcome Point Düsseldorf-Oberbilk", "Dienstplan", "November 2026", days,
                  tuple(shifts_for(list(days), people)), public, ROSTER_LABELS_DE, date(2026, 10, 28))


def pdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return unicodedata.normalize("NFKC", "\n".join(page.extract_text() for page in reader.pages))


def page_count(data: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(data)).pages)


def test_the_week_is_one_a4_landscape_page():
    reader = pypdf.PdfReader(io.BytesIO(roster_pdf(demo_week())))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == (297, 210)


def test_the_internal_week_holds_every_shift_name_and_phone_number():
    roster = demo_week()
    text = pdf_text(roster_pdf(roster))
    for shift in roster.shifts:
        assert f"{shift.starts_at:%H:%M}–{shift.ends_at:%H:%M}" in text
        assert f"{shift.staffed}/{shift.min_staff}" in text
        for person in shift.people:
            assert person.name in text
            assert person.phone in text
    for heading in ("Mo 23.11.", "Di 24.11.", "Sa 28.11.", "Dienstplan", "23.–28.11.2026",
                    "Welcome Point Düsseldorf-Oberbilk", "Gedruckt am 20.11.2026", "Seite 1 von 1",
                    "Intern – mit Telefonnummern, nicht aushängen"):
        assert heading in text
    assert "So 29.11." not in text  # Mon–Sat when Sunday has no shifts


def test_the_public_week_has_first_names_only_and_no_phone_numbers():
    roster = demo_week(public=True)
    text = pdf_text(roster_pdf(roster))
    words = set(re.findall(r"[\w-]+", text))
    for shift in roster.shifts:
        assert f"{shift.starts_at:%H:%M}–{shift.ends_at:%H:%M}" in text
        for person in shift.people:
            first, surname = person.name.split()
            assert first in words
            assert surname not in words
            assert surname not in text
            assert person.phone not in text
            assert person.phone.replace(" ", "") not in text.replace(" ", "")
    assert "+49" not in text
    assert not re.search(r"\d{4}", text.replace("2026", ""))  # no run of digits from a phone number
    assert "Intern" not in text


def test_public_mode_is_enforced_inside_the_document():
    anna = RosterPerson("Anna Becker", "+49 151 1111", "desk", ("de", "ar"))
    assert public_name("Anna Becker") == "Anna"
    assert public_name("  Anna   Maria Becker ") == "Anna"
    assert shown_names([anna], public=True) == ["Anna"]
    assert shown_names([anna], public=False) == ["Anna Becker"]
    # Two Annas on one shift are told apart by an initial, never by the surname.
    twins = [anna, RosterPerson("Anna Krause"), RosterPerson("Ben")]
    assert shown_names(twins, public=True) == ["Anna B.", "Anna K.", "Ben"]
    shift = RosterShift(datetime(2026, 11, 24, 10), datetime(2026, 11, 24, 13), "desk", 2, tuple(twins))
    text = pdf_text(roster_pdf(Roster("WP", "Aushang", "KW 48", week_days(MONDAY, 6), (shift,), True,
                                      ROSTER_LABELS_DE, date(2026, 11, 20))))
    assert "Anna B." in text
    assert "Anna K." in text
    assert "Becker" not in text
    assert "Krause" not in text
    assert "1111" not in text


@pytest.mark.parametrize(("display_name", "shown"), [
    ("Anna Becker", "Anna"),
    ("Becker, Anna", "Anna"),
    ("Becker,Anna", "Anna"),
    ("Becker, Anna Maria", "Anna"),
    ("Becker, Dr. Anna", "Anna"),
    ("Dr. Becker, Anna", "Anna"),
    ("حداد، سامر", "سامر"),  # the Arabic comma
    ("Dr. Anna Becker", "Anna"),
    ("Dr Anna Becker", "Anna"),
    ("dr. Anna Becker", "Anna"),
    ("Prof. Anna Becker", "Anna"),
    ("PROF Dr. Anna Becker", "Anna"),
    ("Dr.-Ing. Anna Becker", "Anna"),
    ("dr.-ing Anna Becker", "Anna"),
    ("Frau Anna Becker", "Anna"),
    ("Herr Karim Haddad", "Karim"),
    ("herr. Karim Haddad", "Karim"),
    ("Mr Ben Braun", "Ben"),
    ("Mrs. Lea Lange", "Lea"),
    ("MS Selin Kaya", "Selin"),
    ("(Anna) Becker", "Anna"),
    ('"Anna" Becker', "Anna"),
    ("Anna; Becker", "Anna"),  # a semicolon is no comma: the first word, bare
    ("- Anna Becker", "Anna"),
    ("Anne-Marie Klein", "Anne-Marie"),
    ("  Anna   Maria Becker ", "Anna"),
    ("Ben", "Ben"),
    # Only a surname: its initial, never the surname itself.
    ("Frau Becker", "Frau B."),
    ("Herr Dr. Becker", "Herr Dr. B."),
    ("Becker,", "B."),
    ("–", "–"),  # the placeholder for a person without a name
    ("", ""),
])
def test_the_public_name_is_the_first_name_without_titles_or_surname(display_name, shown):
    assert public_name(display_name) == shown


def test_equal_first_names_are_told_apart_through_titles_and_comma_order():
    people = [RosterPerson("Becker, Anna"), RosterPerson("Dr. Anna Krause"), RosterPerson("Frau anna Lange"),
              RosterPerson("Prof. Dr. Ben Braun")]
    assert shown_names(people, public=True) == ["Anna B.", "Anna K.", "anna L.", "Ben"]
    assert shown_names(people, public=False) == ["Becker, Anna", "Dr. Anna Krause", "Frau anna Lange",
                                                 "Prof. Dr. Ben Braun"]
    assert shown_names([RosterPerson("Anna"), RosterPerson("Anna Krause")], public=True) == ["Anna", "Anna K."]
    shift = RosterShift(datetime(2026, 11, 24, 10), datetime(2026, 11, 24, 13), "desk", 2, tuple(people))
    text = pdf_text(roster_pdf(Roster("WP", "Aushang", "KW 48", week_days(MONDAY, 6), (shift,), True,
                                      ROSTER_LABELS_DE, date(2026, 11, 20))))
    words = set(re.findall(r"[\w.-]+", text))
    assert {"Anna", "B.", "K.", "anna", "L.", "Ben"} <= words
    for hidden in ("Becker", "Krause", "Lange", "Braun", "Dr", "Prof", "Frau"):
        assert hidden not in text


def test_staffing_roles_and_missing_languages_are_shown():
    people = (RosterPerson("Karim Haddad", languages=("de", "ar")),
              RosterPerson("Olena Kovalenko", role="interpreter", languages=("de", "uk", "ru")))
    short = RosterShift(datetime(2026, 11, 24, 13), datetime(2026, 11, 24, 16), "desk", 3, people,
                        ("ar", "fa", "uk"))
    assert short.understaffed
    assert short.missing_languages == ("fa",)
    text = pdf_text(roster_pdf(Roster("WP", "Dienstplan", "KW 48", week_days(MONDAY, 6), (short,), False,
                                      ROSTER_LABELS_DE, date(2026, 11, 20))))
    assert "2/3" in text
    assert "Empfang" in text
    assert "Dolmetschen" in text  # Olena's own role differs from the shift's
    assert "AR" in text
    assert "UK" in text
    assert "RU" in text
    assert "DE" not in text.split()  # German is the common language: no badge
    assert "Fehlt:" in text
    assert "FA" in text.split()
    assert "keine Schicht" in text  # the other days of the week


def test_a_shift_without_people_says_so():
    empty = RosterShift(datetime(2026, 11, 25, 10), datetime(2026, 11, 25, 13), "desk", 2, ())
    text = pdf_text(roster_pdf(Roster("WP", "Roster", "Week 48", week_days(MONDAY, 6), (empty,), False,
                                      ROSTER_LABELS_EN, date(2026, 11, 20))))
    assert "0/2" in text
    assert "nobody yet" in text
    assert "Wed 25.11." in text
    assert "Printed on 20.11.2026" in text
    assert "Page 1 of 1" in text


def test_a_month_has_a_page_per_week_with_page_numbers():
    roster = demo_month()
    data = roster_pdf(roster)
    assert page_count(data) == 5  # 2.11.–5.12.2026; 1 November is a Sunday: no page for it
    text = pdf_text(data)
    for number in range(1, 6):
        assert f"Seite {number} von 5" in text
    for shift in roster.shifts:
        assert f"{shift.starts_at:%d.%m.}" in text
        for person in shift.people:
            assert person.name in text
    assert "KW 44" not in text
    assert "KW 45" in text
    assert "KW 49" in text


def hours(shift: RosterShift) -> str:
    # The roster prints an en dash between the times.
    return f"{shift.starts_at:%H:%M}\u2013{shift.ends_at:%H:%M}"


def assert_every_time_whole(roster: Roster) -> None:
    text = pdf_text(roster_pdf(roster))
    for shift in roster.shifts:
        assert hours(shift) in text
        assert f"{shift.staffed}/{shift.min_staff}" in text
    assert "..." not in text  # NFKC turns "…" into three dots: nothing was cut short


def sparse_week(public: bool, weekdays: tuple[int, ...] | None = None, min_staff: int = 2) -> Roster:
    people = (RosterPerson("Anna Becker", "+49 151 1", "desk", ("de",)),
              RosterPerson("Ben Braun", "+49 151 2", "desk", ("de", "en")))
    shifts = tuple(RosterShift(datetime.combine(day, time(10)), datetime.combine(day, time(13)), "desk",
                               min_staff, people) for day in week_days(MONDAY, 6)[::2])
    return Roster("WP", "Aushang", "KW 48", week_days(MONDAY, 6), shifts, public, ROSTER_LABELS_DE,
                  date(2026, 11, 20), weekdays)


@pytest.mark.parametrize("public", [True, False])
@pytest.mark.parametrize(("weekdays", "min_staff"), [(None, 2), (tuple(range(7)), 2), (tuple(range(7)), 15)])
def test_a_sparse_week_prints_every_time_whole(public, weekdays, min_staff):
    assert_every_time_whole(sparse_week(public, weekdays, min_staff))


@pytest.mark.parametrize("public", [True, False])
def test_a_month_prints_every_time_whole(public):
    assert_every_time_whole(demo_month(public))


@pytest.mark.parametrize("public", [True, False])
@pytest.mark.parametrize("weekdays", [None, tuple(range(7))])
def test_a_sparse_month_prints_every_time_whole(public, weekdays):
    # A morning shift on Mondays with two short names: room for print larger than normal.
    month = demo_month(public)
    people = (RosterPerson("Ben Lo", "+49 1"), RosterPerson("Lea Wu", "+49 2"))
    mondays = tuple(dataclasses.replace(shift, people=people) for shift in month.shifts
                    if shift.starts_at.weekday() == 0 and shift.starts_at.hour == 10)
    assert_every_time_whole(dataclasses.replace(month, shifts=mondays, weekdays=weekdays))


def test_sunday_gets_a_column_when_it_has_a_shift():
    sunday = RosterShift(datetime(2026, 11, 29, 14), datetime(2026, 11, 29, 17), "coordinator", 1,
                         (RosterPerson("Paul Braun"),))
    text = pdf_text(roster_pdf(dataclasses.replace(demo_week(), shifts=(*demo_week().shifts, sunday))))
    assert "So 29.11." in text
    assert "14:00–17:00" in text
    assert "Koordination" in text


def test_a_crowded_week_shrinks_or_goes_on_over_more_pages_without_losing_anyone():
    people = volunteers()
    rng = random.Random(3)
    shifts = []
    for day in week_days(MONDAY, 6):
        for hour in range(8, 20):
            shifts.append(RosterShift(datetime.combine(day, time(hour)), datetime.combine(day, time(hour, 50)),
                                      "desk", 4, tuple(rng.sample(people, 4)), ("ar",)))
    roster = dataclasses.replace(demo_week(), shifts=tuple(shifts))
    data = roster_pdf(roster)
    assert page_count(data) > 1
    text = pdf_text(data)
    for shift in shifts:
        assert f"{shift.starts_at:%H:%M}–{shift.ends_at:%H:%M}" in text
        for person in shift.people:
            assert person.name in text


def test_arabic_script_names_are_shaped():
    shift = RosterShift(datetime(2026, 11, 24, 10), datetime(2026, 11, 24, 13), "desk", 1,
                        (RosterPerson("سامر حداد", "+49 151 2222", "desk", ("ar",)),))
    roster = Roster("WP", "Dienstplan", "KW 48", week_days(MONDAY, 6), (shift,), True, ROSTER_LABELS_DE,
                    date(2026, 11, 20))
    text = pdf_text(roster_pdf(roster))
    assert "سامر" in text
    assert "حداد" not in text
    assert "2222" not in text


def test_labels_need_seven_weekdays():
    with pytest.raises(ValidationError):
        RosterLabels(weekdays=("Mo", "Di"))
    with pytest.raises(ValidationError):
        roster_pdf(Roster("WP", "Dienstplan", "-", (), (), False, ROSTER_LABELS_DE, date(2026, 11, 20)))


def test_the_same_roster_gives_the_same_bytes():
    first = roster_pdf(demo_week())
    assert roster_pdf(demo_week()) == first
    assert roster_pdf(demo_week(public=True)) != first
    assert roster_pdf(dataclasses.replace(demo_week(), printed_on=date(2026, 11, 21))) != first


def test_writing_is_atomic(tmp_path, monkeypatch):
    target = tmp_path / "dienstplan.pdf"
    assert write_roster(demo_week(), target) == target
    assert target.read_bytes() == roster_pdf(demo_week())

    def disk_full(_descriptor):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("welcome_point.documents.atomic.os.fsync", disk_full)
    with pytest.raises(OSError, match="No space"):
        write_roster(demo_week(public=True), target)
    assert target.read_bytes() == roster_pdf(demo_week())
    assert [p.name for p in tmp_path.iterdir()] == ["dienstplan.pdf"]


def test_week_and_month_days():
    assert week_days(MONDAY, 6)[-1] == date(2026, 11, 28)
    assert len(month_days(2026, 2)) == 28
    assert month_days(2026, 12)[-1] == date(2026, 12, 31)
    assert MONDAY + timedelta(days=6) == week_days(MONDAY)[-1]
