"""Volunteer certificates ("Ehrenamtsnachweis"): the NRW Ehrenamtskarte threshold and a check code.

The Ehrenamtskarte NRW asks for at least 5 hours a week or 250 hours a year of volunteering; both
numbers are settings, since the rules differ between cities and change.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from datetime import date, timedelta

from welcome_point.domain.errors import ValidationError

DEFAULT_HOURS_PER_YEAR = 250
DEFAULT_HOURS_PER_WEEK = 5


@dataclass(frozen=True, slots=True)
class Threshold:
    hours_per_year: float = DEFAULT_HOURS_PER_YEAR
    hours_per_week: float = DEFAULT_HOURS_PER_WEEK

    def __post_init__(self) -> None:
        if not 0 < self.hours_per_year <= 8784 or not 0 < self.hours_per_week <= 168:
            raise ValidationError("the hours of the threshold are out of range", "threshold")

    def met(self, hours: timedelta, first: date, last: date) -> bool:
        """Met when the hours reach the yearly number, or the weekly number on average."""
        if last < first:
            raise ValidationError("the period ends before it starts", "period")
        total = hours.total_seconds() / 3600
        weeks = ((last - first).days + 1) / 7
        return total >= self.hours_per_year or total / weeks >= self.hours_per_week


def verification_code(site_code: str, volunteer_id: int, first: date, last: date, hours: timedelta,
                      shifts: int) -> str:
    """A short code printed on the certificate: recomputed from the database, it shows that the
    figures were not altered on paper (it is a checksum of them, not a secret signature)."""
    seconds = round(hours.total_seconds())
    text = f"{site_code}|{volunteer_id}|{first.isoformat()}|{last.isoformat()}|{seconds}|{shifts}"
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    code = base64.b32encode(digest).decode("ascii")[:12]
    return "-".join(code[i:i + 4] for i in range(0, 12, 4))
