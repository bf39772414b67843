from __future__ import annotations

from datetime import date, timedelta

import pytest

from welcome_point.domain.certificates import Threshold, verification_code
from welcome_point.domain.errors import ValidationError

YEAR = (date(2026, 1, 1), date(2026, 12, 31))


def test_250_hours_a_year_meet_the_threshold_and_249_do_not() -> None:
    rules = Threshold(hours_per_year=250, hours_per_week=99)
    assert rules.met(timedelta(hours=250), *YEAR)
    assert not rules.met(timedelta(hours=249, minutes=59), *YEAR)


def test_five_hours_a_week_on_average_meet_it_in_a_shorter_period() -> None:
    rules = Threshold()
    four_weeks = (date(2026, 11, 2), date(2026, 11, 29))
    assert rules.met(timedelta(hours=20), *four_weeks)
    assert not rules.met(timedelta(hours=19), *four_weeks)


def test_bad_thresholds_and_periods_are_refused() -> None:
    with pytest.raises(ValidationError):
        Threshold(hours_per_year=0)
    with pytest.raises(ValidationError):
        Threshold().met(timedelta(hours=1), date(2026, 2, 1), date(2026, 1, 1))


def test_the_code_changes_with_every_figure_and_stays_the_same_for_the_same_ones() -> None:
    base = ("DUS-WP1", 7, *YEAR, timedelta(hours=120), 40)
    code = verification_code(*base)
    assert code == verification_code(*base)
    assert len(code) == 14
    changed = [("DUS-WP2", 7, *YEAR, timedelta(hours=120), 40), ("DUS-WP1", 8, *YEAR, timedelta(hours=120), 40),
               ("DUS-WP1", 7, *YEAR, timedelta(hours=121), 40), ("DUS-WP1", 7, *YEAR, timedelta(hours=120), 41)]
    assert all(verification_code(*other) != code for other in changed)
