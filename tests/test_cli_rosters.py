"""`welcome-point roster` and `welcome-point certificate` over real databases."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from welcome_point.cli import main
from welcome_point.domain.models import Assignment, Shift, Site, Volunteer
from welcome_point.storage.bulk import Dataset, write_dataset
from welcome_point.storage.opening import open_database


def text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.fixture
def fixed(data_dir):
    """Two volunteers; three shifts of Anna in 2026: two attended with times, one without times."""
    day = datetime(2026, 3, 2)
    shifts = (
        Shift(id=1, site_id=1, starts_at=day.replace(hour=10), ends_at=day.replace(hour=13)),
        Shift(id=2, site_id=1, starts_at=day.replace(day=3, hour=13), ends_at=day.replace(day=3, hour=16)),
        Shift(id=3, site_id=1, starts_at=day.replace(day=4, hour=10), ends_at=day.replace(day=4, hour=13),
              role="interpreter"),
        Shift(id=4, site_id=1, starts_at=day.replace(day=5, hour=10), ends_at=day.replace(day=5, hour=13)),
    )
    assignments = (
        # 10:05–12:50 = 2 h 45 min, actual times
        Assignment(id=1, shift_id=1, volunteer_id=1, status="attended",
                   checked_in_at=day.replace(hour=10, minute=5), checked_out_at=day.replace(hour=12, minute=50)),
        # 13:00–16:15 = 3 h 15 min
        Assignment(id=2, shift_id=2, volunteer_id=1, status="attended",
                   checked_in_at=day.replace(day=3, hour=13), checked_out_at=day.replace(day=3, hour=16, minute=15)),
        # attended, no times recorded: the planned 3 h count, marked as estimated
        Assignment(id=3, shift_id=3, volunteer_id=1, status="attended"),
        # a no-show and a cancellation count nothing
        Assignment(id=4, shift_id=4, volunteer_id=1, status="no_show"),
        Assignment(id=5, shift_id=4, volunteer_id=2, status="cancelled"),
        Assignment(id=6, shift_id=1, volunteer_id=2, status="planned"),
    )
    database = open_database(data_dir)
    with database.write() as session:
        write_dataset(session, Dataset(
            sites=(Site(id=1, code="DUS-T", name="Welcome Point Test", address="Bahnhofsplatz 1, 40210 Düsseldorf"),),
            volunteers=(Volunteer(id=1, display_name="Anna Becker", joined_on=date(2025, 1, 1),
                                  phone="+49 211 555 0001", consent_on=date(2025, 1, 1)),
                        Volunteer(id=2, display_name="Karim Haddad", joined_on=date(2025, 1, 1),
                                  phone="+49 211 555 0002", consent_on=date(2025, 1, 1))),
            shifts=shifts, assignments=assignments))
    database.dispose()
    return data_dir


def test_certificate_hours_are_the_sum_of_attended_durations(fixed, tmp_path, capsys) -> None:
    out = tmp_path / "certificate.pdf"
    assert main(["--data-dir", str(fixed), "certificate", "--volunteer", "1", "--year", "2026",
                 "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    # 2:45 + 3:15 + 3:00 (planned, no times recorded) = 9 hours in 3 shifts
    assert "3 shifts, 9.0 hours" in printed
    content = text(out)
    assert "Anna Becker" in content
    assert re.search(r"\b9\b", content)
    code = printed.split("code ")[1].split(" ")[0]
    assert code in content
    assert "+49" not in content  # a certificate carries no phone number


def test_roster_internal_has_phones_and_public_has_first_names_only(fixed, tmp_path) -> None:
    internal, public = tmp_path / "internal.pdf", tmp_path / "public.pdf"
    assert main(["--data-dir", str(fixed), "roster", "--week", "2026-W10", "--out", str(internal)]) == 0
    assert main(["--data-dir", str(fixed), "roster", "--week", "2026-W10", "--public", "--out", str(public)]) == 0
    inside, outside = text(internal), text(public)
    for shift_time in ("10:00", "13:00"):
        assert shift_time in inside
        assert shift_time in outside
    assert "Anna Becker" in inside
    assert "+49 211 555 0001" in inside
    assert "Anna" in outside
    assert "Becker" not in outside
    assert "Haddad" not in outside
    assert "+49" not in outside


def test_roster_of_a_month_and_clear_errors(fixed, tmp_path, capsys) -> None:
    assert main(["--data-dir", str(fixed), "roster", "--month", "2026-03", "--out", str(tmp_path / "m.pdf")]) == 0
    assert main(["--data-dir", str(fixed), "roster", "--month", "2026-13", "--out", str(tmp_path / "x.pdf")]) == 2
    assert main(["--data-dir", str(fixed), "certificate", "--volunteer", "99", "--year", "2026",
                 "--out", str(tmp_path / "c.pdf")]) == 1
    assert main(["--data-dir", str(fixed), "roster", "--week", "2026-W10",
                 "--out", str(tmp_path / "missing" / "r.pdf")]) == 1
    errors = capsys.readouterr().err.splitlines()
    assert len(errors) == 3
    assert all(line.startswith("welcome-point: ") for line in errors)
    assert not (tmp_path / "x.pdf").exists()


def test_a_certificate_covers_only_the_time_the_volunteer_was_there(fixed, tmp_path, capsys) -> None:
    from welcome_point.services.container import build_services
    from welcome_point.storage.engine import Database
    from welcome_point.storage.location import database_file

    database = Database(database_file(fixed))
    try:
        services = build_services(database, fixed)
        with database.write() as session:
            session.connection().exec_driver_sql("UPDATE volunteers SET joined_on = '2026-03-01' WHERE id = 1")
        certificates = type(services.certificates)(database, services.shifts, services.volunteers,
                                                   today=lambda: date(2026, 11, 25))
        facts = certificates.certificate(1, date(2026, 1, 1), date(2026, 12, 31))
    finally:
        database.dispose()
    assert (facts.first, facts.last) == (date(2026, 3, 1), date(2026, 11, 25))
    assert facts.hours.shifts == 3


def test_the_roster_heading_prints_plain_dates(fixed, tmp_path) -> None:
    out = tmp_path / "week.pdf"
    assert main(["--data-dir", str(fixed), "roster", "--week", "2026-W10", "--out", str(out)]) == 0
    heading = text(out)
    assert not any(mark in heading for mark in "\u2066\u2067\u2068\u2069")
