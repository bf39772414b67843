"""A volunteer's shifts as an iCalendar file (RFC 5545) for a phone or desktop calendar.

Times are written as local times with ``TZID=Europe/Berlin`` and a VTIMEZONE block that states
the EU summer-time rule, rather than as floating times: a floating 10:00 is read in whatever
zone the phone happens to be in (a volunteer travelling, or a calendar set to UTC, would see the
shift at the wrong hour), while a zoned time means the same instant everywhere. The app keeps
naive local times of a Welcome Point in North Rhine-Westphalia, so naive datetimes are taken as
Berlin time. The zone's rule is written out here instead of read from ``zoneinfo``, which has no
database on Windows without the ``tzdata`` package.

The file is deterministic: DTSTAMP comes from an argument, never from the clock, so the same
shifts give the same bytes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from welcome_point.documents.atomic import write_atomically
from welcome_point.domain.errors import ValidationError

TZID = "Europe/Berlin"
PRODID = "-//Welcome Point Desk//Shifts//EN"
MAX_OCTETS = 75  # RFC 5545 3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break

_VTIMEZONE = (
    "BEGIN:VTIMEZONE",
    f"TZID:{TZID}",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
)


@dataclass(frozen=True)
class IcsEvent:
    """One shift. ``uid`` must stay the same for the same shift of the same volunteer across
    exports (e.g. ``"assignment-123@welcome-point"``), so that importing again updates the event
    instead of adding a second one."""

    uid: str
    starts_at: datetime  # naive: Berlin local time
    ends_at: datetime
    summary: str
    location: str = ""
    description: str = ""

    def __post_init__(self) -> None:
        if not self.uid.strip():
            raise ValidationError("a calendar event needs a uid")
        if self.ends_at <= self.starts_at:
            raise ValidationError("a calendar event must end after it starts")


def ics_calendar(events: Sequence[IcsEvent], *, dtstamp: datetime, calendar_name: str = "") -> bytes:
    """The events as one VCALENDAR: UTF-8, CRLF line ends, long lines folded at 75 octets.

    ``dtstamp`` is when the file was made (naive: Berlin local time); it is passed in so that
    the same events give the same bytes.
    """
    uids = [event.uid for event in events]
    if len(set(uids)) != len(uids):
        raise ValidationError("two calendar events share a uid")
    stamp = _utc_text(dtstamp)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
    if calendar_name.strip():
        lines.append(f"X-WR-CALNAME:{escape_text(calendar_name.strip())}")
        lines.append(f"X-WR-TIMEZONE:{TZID}")
    lines.extend(_VTIMEZONE)
    for event in events:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{escape_text(event.uid)}",
            f"DTSTAMP:{stamp}",
            f"DTSTART;TZID={TZID}:{_local_text(event.starts_at)}",
            f"DTEND;TZID={TZID}:{_local_text(event.ends_at)}",
            f"SUMMARY:{escape_text(event.summary)}",
        ]
        if event.location.strip():
            lines.append(f"LOCATION:{escape_text(event.location)}")
        if event.description.strip():
            lines.append(f"DESCRIPTION:{escape_text(event.description)}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return b"".join(fold(line) + b"\r\n" for line in lines)


def write_ics(events: Sequence[IcsEvent], path: Path, *, dtstamp: datetime, calendar_name: str = "") -> Path:
    """Write the calendar to ``path`` atomically (the old file stays whole if anything fails)."""
    return write_atomically(path, ics_calendar(events, dtstamp=dtstamp, calendar_name=calendar_name))


# --- text ----------------------------------------------------------------------------------

def escape_text(value: str) -> str:
    """A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks escaped.

    Other control characters are not allowed in a content line and are dropped.
    """
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = "".join(c for c in value if c in "\n\t" or (ord(c) >= 0x20 and ord(c) != 0x7F))
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> bytes:
    """The line in UTF-8, broken before 75 octets with CRLF and a space (RFC 5545 3.1).

    Breaks fall between characters, never inside a multi-byte UTF-8 sequence; the leading space
    of a continuation line counts towards its 75 octets.
    """
    chunks: list[bytes] = []
    current = b""
    limit = MAX_OCTETS
    for char in line:
        encoded = char.encode("utf-8")
        if len(current) + len(encoded) > limit:
            chunks.append(current)
            current = b""
            limit = MAX_OCTETS - 1
        current += encoded
    chunks.append(current)
    return b"\r\n ".join(chunks)


# --- times ---------------------------------------------------------------------------------

def _last_sunday(year: int, month: int) -> date:
    following = date(year + month // 12, month % 12 + 1, 1)
    last = following - timedelta(days=1)
    return last - timedelta(days=(last.weekday() + 1) % 7)


def _summer_time_utc(year: int) -> tuple[datetime, datetime]:
    """When EU summer time begins and ends (01:00 UTC on the last Sundays of March and October)."""
    begins = datetime.combine(_last_sunday(year, 3), datetime.min.time()) + timedelta(hours=1)
    ends = datetime.combine(_last_sunday(year, 10), datetime.min.time()) + timedelta(hours=1)
    return begins, ends


def berlin_to_utc(local: datetime) -> datetime:
    """A naive Berlin wall time as naive UTC.

    As RFC 5545 3.3.5 prescribes, a time in the hour skipped in March takes the offset from
    before the gap (winter time), and a time in the hour repeated in October means its first
    occurrence (summer time).
    """
    begins, ends = _summer_time_utc(local.year)
    as_summer = local - timedelta(hours=2)
    if begins <= as_summer < ends:
        return as_summer
    return local - timedelta(hours=1)


def utc_to_berlin(utc: datetime) -> datetime:
    begins, ends = _summer_time_utc(utc.year)
    return utc + timedelta(hours=2 if begins <= utc < ends else 1)


def _local_text(moment: datetime) -> str:
    if moment.tzinfo is not None:
        moment = utc_to_berlin(moment.astimezone(UTC).replace(tzinfo=None))
    return moment.strftime("%Y%m%dT%H%M%S")


def _utc_text(moment: datetime) -> str:
    utc = berlin_to_utc(moment) if moment.tzinfo is None else moment.astimezone(UTC).replace(tzinfo=None)
    return utc.strftime("%Y%m%dT%H%M%SZ")
