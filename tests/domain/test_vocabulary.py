from __future__ import annotations

from datetime import date, datetime

import pytest

from welcome_point.domain import models as m
from welcome_point.domain import vocabulary as v
from welcome_point.domain.errors import ValidationError


def test_vocabularies_match_the_architecture():
    assert v.LANGUAGES.codes == ("de", "en", "ar", "fa", "uk", "ru", "tr", "ku", "ti", "so", "ps", "fr",
                                 "sq", "ro", "bg", "es", "other")
    assert len(v.TOPICS) == 13
    assert v.AGE_BANDS.codes == ("0-17", "18-26", "27-39", "40-59", "60+", "not_stated")
    assert v.GENDERS.codes == ("female", "male", "diverse", "not_stated")
    assert len(v.ORGANISATION_CATEGORIES) == 10
    assert v.REFERRAL_STATUSES.codes == ("open", "followed_up", "completed", "not_reached")


def test_every_term_has_a_label_and_codes_are_plain():
    for vocabulary in v.ALL_VOCABULARIES:
        for term in vocabulary:
            assert term.label.strip()
            assert term.code == term.code.strip()
            assert "'" not in term.code


def test_languages_carry_their_own_name():
    assert v.LANGUAGES.term("ar").native == "العربية"
    assert all(t.native for t in v.LANGUAGES if t.code != "other")


def test_unknown_codes_are_refused_by_the_dataclasses():
    with pytest.raises(ValidationError):
        m.Visit(id=None, site_id=1, arrived_at=datetime(2026, 1, 5, 10), language="xx", topics=("housing",))
    with pytest.raises(ValidationError):
        m.Visit(id=None, site_id=1, arrived_at=datetime(2026, 1, 5, 10), language="ar", topics=())
    with pytest.raises(ValidationError):
        m.Visit(id=None, site_id=1, arrived_at=datetime(2026, 1, 5, 10), language="ar", topics=("housing",),
                started_at=datetime(2026, 1, 5, 9))


def test_contact_data_needs_consent():
    with pytest.raises(ValidationError):
        m.Volunteer(id=None, display_name="A", joined_on=date(2026, 1, 1), phone="0211 1")
    person = m.Volunteer(id=None, display_name="A", joined_on=date(2026, 1, 1), phone="0211 1",
                         consent_on=date(2026, 1, 1))
    assert person.phone == "0211 1"


def test_visit_knows_its_waiting_time_and_duration():
    visit = m.Visit(id=None, site_id=1, arrived_at=datetime(2026, 1, 5, 10), language="ar",
                    topics=("housing",), started_at=datetime(2026, 1, 5, 10, 12),
                    ended_at=datetime(2026, 1, 5, 10, 30))
    assert visit.waiting_time.seconds == 12 * 60
    assert visit.duration.seconds == 18 * 60


@pytest.mark.parametrize("make", [
    lambda: m.Visit(id=None, site_id=1, arrived_at=datetime(2026, 1, 5, 10), language="ar",
                    topics=("housing",), ended_at=datetime(2026, 1, 5, 11)),
    lambda: m.Assignment(id=None, shift_id=1, volunteer_id=1, checked_out_at=datetime(2026, 1, 5, 13)),
    lambda: m.Volunteer(id=None, display_name="A", joined_on=date(2026, 1, 1),
                        languages=(m.VolunteerLanguage("ar", "native"), m.VolunteerLanguage("ar", "basic"))),
    lambda: m.Shift(id=None, site_id=1, starts_at=datetime(2026, 1, 5, 10), ends_at=datetime(2026, 1, 5, 13),
                    wanted_languages=("ar", "ar")),
    lambda: m.Organisation(id=None, name="X", category="health", topics=("health", "health")),
], ids=["end without start", "check-out without check-in", "language twice", "wanted twice", "topic twice"])
def test_the_domain_refuses_what_the_database_would_refuse(make):
    with pytest.raises(ValidationError):
        make()
