from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pytest

from welcome_point.documents.ics import (
    IcsEvent,
    berlin_to_utc,
    escape_text,
    fold,
    ics_calendar,
    utc_to_berlin,
    write_ics,
)
from welcome_point.domain.errors import ValidationError

STAMP = datetime(2026, 11, 20, 9, 30)  # Berlin winter time: 08:30 UTC

EVENTS = [
    IcsEvent("assignment-1@welcome-point", datetime(2026, 11, 24, 10), datetime(2026, 11, 24, 13),
             "Welcome Point: Empfang", "Turmstraße 21, 10559 Berlin", "Bitte 10 Minuten früher da sein.\nDanke!"),
    IcsEvent("assignment-2@welcome-point", datetime(2026, 7, 4, 13), datetime(2026, 7, 4, 16),
             "Dolmetschen; Arabisch, Dari", "Raum 2", ""),
]


# --- a small iCalendar reader for the tests: unfold, split, unescape (stdlib only) -----------

def unfold(data: bytes) -> list[str]:
    text = data.decode("utf-8")
    assert "\n" not in text.replace("\r\n", ""), "bare LF line end"
    return text.replace("\r\n ", "").replace("\r\n\t", "").split("\r\n")[:-1]


def unescape(value: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def parse(data: bytes) -> list[dict[str, tuple[dict[str, str], str]]]:
    """The components as {NAME: (params, raw value)}, in file order (VCALENDAR last)."""
    stack: list[dict[str, tuple[dict[str, str], str]]] = []
    done: list[dict[str, tuple[dict[str, str], str]]] = []
    for line in unfold(data):
        head, value = line.split(":", 1)
        name, *params = head.split(";")
        if name == "BEGIN":
            stack.append({"__kind__": ({}, value)})
        elif name == "END":
            component = stack.pop()
            assert component["__kind__"][1] == value
            done.append(component)
        else:
            stack[-1][name] = (dict(p.split("=", 1) for p in params), value)
    assert not stack
    return done


def events_of(data: bytes) -> list[dict[str, tuple[dict[str, str], str]]]:
    return [c for c in parse(data) if c["__kind__"][1] == "VEVENT"]


# --- tests -----------------------------------------------------------------------------------

def test_the_calendar_reads_back_field_by_field():
    data = ics_calendar(EVENTS, dtstamp=STAMP, calendar_name="Meine Schichten")
    components = parse(data)
    calendar = components[-1]
    assert calendar["__kind__"][1] == "VCALENDAR"
    assert calendar["VERSION"][1] == "2.0"
    assert calendar["PRODID"][1]
    assert unescape(calendar["X-WR-CALNAME"][1]) == "Meine Schichten"
    first, second = events_of(data)
    assert unescape(first["UID"][1]) == "assignment-1@welcome-point"
    assert first["DTSTART"] == ({"TZID": "Europe/Berlin"}, "20261124T100000")
    assert first["DTEND"] == ({"TZID": "Europe/Berlin"}, "20261124T130000")
    assert first["DTSTAMP"] == ({}, "20261120T083000Z")
    assert unescape(first["SUMMARY"][1]) == "Welcome Point: Empfang"
    assert unescape(first["LOCATION"][1]) == "Turmstraße 21, 10559 Berlin"
    assert unescape(first["DESCRIPTION"][1]) == "Bitte 10 Minuten früher da sein.\nDanke!"
    assert unescape(second["SUMMARY"][1]) == "Dolmetschen; Arabisch, Dari"
    assert second["DTSTART"][1] == "20260704T130000"
    assert "DESCRIPTION" not in second


def test_every_zone_named_is_defined_in_the_file():
    components = parse(ics_calendar(EVENTS, dtstamp=STAMP))
    zones = [c for c in components if c["__kind__"][1] == "VTIMEZONE"]
    assert [z["TZID"][1] for z in zones] == ["Europe/Berlin"]
    rules = {c["__kind__"][1]: c for c in components if c["__kind__"][1] in ("DAYLIGHT", "STANDARD")}
    assert rules["DAYLIGHT"]["TZOFFSETTO"][1] == "+0200"
    assert rules["DAYLIGHT"]["RRULE"][1] == "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"
    assert rules["STANDARD"]["TZOFFSETTO"][1] == "+0100"
    assert rules["STANDARD"]["RRULE"][1] == "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"


def test_lines_end_in_crlf_and_are_folded_at_75_octets():
    long_text = "Schicht am Empfang mit Übersetzung ins Ukrainische (українська) und Arabische (العربية); " * 4
    data = ics_calendar([IcsEvent("x@wp", datetime(2026, 1, 5, 10), datetime(2026, 1, 5, 13), long_text,
                                  description=long_text)], dtstamp=STAMP)
    assert data.endswith(b"END:VCALENDAR\r\n")
    physical = data.split(b"\r\n")[:-1]
    assert all(len(line) <= 75 for line in physical)
    assert any(line.startswith(b" ") for line in physical)
    for line in physical:
        line.decode("utf-8")  # no multi-byte character is cut in two
    event = events_of(data)[0]
    assert unescape(event["SUMMARY"][1]) == long_text
    assert unescape(event["DESCRIPTION"][1]) == long_text


def test_folding_counts_octets_not_characters():
    assert fold("a" * 75) == b"a" * 75
    assert fold("a" * 76) == b"a" * 75 + b"\r\n a"
    folded = fold("ü" * 80)  # two octets each
    assert [len(part) for part in folded.split(b"\r\n")] == [74, 75, 13]
    assert folded.replace(b"\r\n ", b"").decode("utf-8") == "ü" * 80


@pytest.mark.parametrize(("raw", "escaped"), [
    ("a,b", "a\\,b"),
    ("a;b", "a\\;b"),
    ("C:\\Daten", "C:\\\\Daten"),
    ("eins\nzwei\r\ndrei\rvier", "eins\\nzwei\\ndrei\\nvier"),
    ("bell\x07", "bell"),
])
def test_text_is_escaped(raw, escaped):
    assert escape_text(raw) == escaped
    assert unescape(escaped) == raw.replace("\r\n", "\n").replace("\r", "\n").replace("\x07", "")


def test_summer_and_winter_time_in_utc():
    assert berlin_to_utc(datetime(2026, 7, 1, 12)) == datetime(2026, 7, 1, 10)
    assert berlin_to_utc(datetime(2026, 12, 1, 12)) == datetime(2026, 12, 1, 11)
    # 2026: summer time from 29 March 01:00 UTC to 25 October 01:00 UTC
    assert berlin_to_utc(datetime(2026, 3, 29, 1, 59)) == datetime(2026, 3, 29, 0, 59)
    assert berlin_to_utc(datetime(2026, 3, 29, 3)) == datetime(2026, 3, 29, 1)
    assert berlin_to_utc(datetime(2026, 10, 25, 2, 30)) == datetime(2026, 10, 25, 0, 30)  # first of two
    assert berlin_to_utc(datetime(2026, 10, 25, 3, 30)) == datetime(2026, 10, 25, 2, 30)
    assert utc_to_berlin(datetime(2026, 10, 25, 0, 59)) == datetime(2026, 10, 25, 2, 59)
    assert utc_to_berlin(datetime(2026, 10, 25, 1, 0)) == datetime(2026, 10, 25, 2, 0)


def test_the_summer_time_rule_matches_the_zone_database():
    try:
        berlin = ZoneInfo("Europe/Berlin")
    except ZoneInfoNotFoundError:
        pytest.skip("no time zone database on this machine")
    moment = datetime(2024, 1, 1, 0, 30)
    while moment < datetime(2031, 1, 1):
        expected = moment.replace(tzinfo=berlin).astimezone(UTC).replace(tzinfo=None)
        assert berlin_to_utc(moment) == expected, moment
        moment += timedelta(hours=7)


def test_aware_times_are_written_as_berlin_time():
    data = ics_calendar([IcsEvent("a@wp", datetime(2026, 7, 1, 8, tzinfo=UTC), datetime(2026, 7, 1, 11, tzinfo=UTC),
                                  "x")], dtstamp=datetime(2026, 7, 1, 6, tzinfo=timezone(timedelta(hours=-4))))
    event = events_of(data)[0]
    assert event["DTSTART"][1] == "20260701T100000"
    assert event["DTEND"][1] == "20260701T130000"
    assert event["DTSTAMP"][1] == "20260701T100000Z"


def test_the_same_events_give_the_same_bytes():
    first = ics_calendar(EVENTS, dtstamp=STAMP)
    assert ics_calendar(EVENTS, dtstamp=STAMP) == first
    assert ics_calendar(EVENTS, dtstamp=STAMP + timedelta(seconds=1)) != first


def test_an_empty_calendar_is_still_valid():
    components = parse(ics_calendar([], dtstamp=STAMP))
    assert [c["__kind__"][1] for c in components][-1] == "VCALENDAR"
    assert not [c for c in components if c["__kind__"][1] == "VEVENT"]


def test_bad_events_are_refused():
    with pytest.raises(ValidationError):
        IcsEvent(" ", datetime(2026, 1, 1, 10), datetime(2026, 1, 1, 12), "x")
    with pytest.raises(ValidationError):
        IcsEvent("a", datetime(2026, 1, 1, 10), datetime(2026, 1, 1, 10), "x")
    with pytest.raises(ValidationError):
        ics_calendar([EVENTS[0], EVENTS[0]], dtstamp=STAMP)


def test_writing_is_atomic(tmp_path, monkeypatch):
    target = tmp_path / "schichten.ics"
    assert write_ics(EVENTS, target, dtstamp=STAMP) == target
    assert target.read_bytes() == ics_calendar(EVENTS, dtstamp=STAMP)

    def disk_full(_descriptor):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("welcome_point.documents.atomic.os.fsync", disk_full)
    with pytest.raises(OSError, match="No space"):
        write_ics(EVENTS[:1], target, dtstamp=STAMP)
    assert target.read_bytes() == ics_calendar(EVENTS, dtstamp=STAMP)
    assert [p.name for p in tmp_path.iterdir()] == ["schichten.ics"]
