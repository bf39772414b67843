"""Controlled vocabularies: stable codes stored in the database, English labels to translate.

Codes never change once released (reports of several sites and years are merged by code);
labels are translated at the edge with ``QCoreApplication.translate(CONTEXT, term.label)``.
``QT_TRANSLATE_NOOP`` below is a plain marker so that ``pyside6-lupdate`` collects the labels
while this module stays free of Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from welcome_point.domain.errors import ValidationError

CONTEXT = "Vocabulary"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


@dataclass(frozen=True, slots=True)
class Term:
    code: str
    label: str
    native: str = ""  # the name in its own script, for languages


class Vocabulary:
    """An ordered, immutable set of terms addressed by code."""

    def __init__(self, name: str, terms: tuple[Term, ...]) -> None:
        self.name = name
        self.terms = terms
        self._by_code = {t.code: t for t in terms}
        self._position = {t.code: index for index, t in enumerate(terms)}
        if len(self._by_code) != len(terms):
            raise ValueError(f"duplicate code in vocabulary {name}")

    def __iter__(self) -> Iterator[Term]:
        return iter(self.terms)

    def __len__(self) -> int:
        return len(self.terms)

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(t.code for t in self.terms)

    def ordered(self, codes: Iterable[str]) -> tuple[str, ...]:
        """``codes`` in the vocabulary's order (unknown codes last): lists read the same everywhere."""
        return tuple(sorted(codes, key=lambda code: self._position.get(code, len(self._position))))

    def term(self, code: str) -> Term:
        try:
            return self._by_code[code]
        except KeyError:
            raise KeyError(f"{code!r} is not a code of vocabulary {self.name}") from None


def _t(code: str, label: str, native: str = "") -> Term:
    return Term(code, label, native)


TOPICS = Vocabulary("topic", (
    _t("residence", QT_TRANSLATE_NOOP("Vocabulary", "Residence & asylum")),
    _t("housing", QT_TRANSLATE_NOOP("Vocabulary", "Housing")),
    _t("german_course", QT_TRANSLATE_NOOP("Vocabulary", "German courses")),
    _t("work", QT_TRANSLATE_NOOP("Vocabulary", "Work & training")),
    _t("school", QT_TRANSLATE_NOOP("Vocabulary", "School & childcare")),
    _t("health", QT_TRANSLATE_NOOP("Vocabulary", "Health")),
    _t("benefits", QT_TRANSLATE_NOOP("Vocabulary", "Benefits & Jobcenter")),
    _t("family", QT_TRANSLATE_NOOP("Vocabulary", "Family & reunification")),
    _t("letters", QT_TRANSLATE_NOOP("Vocabulary", "Letters & forms")),
    _t("leisure", QT_TRANSLATE_NOOP("Vocabulary", "Leisure & community")),
    _t("volunteering", QT_TRANSLATE_NOOP("Vocabulary", "Volunteering")),
    _t("donations", QT_TRANSLATE_NOOP("Vocabulary", "Donations")),
    _t("other", QT_TRANSLATE_NOOP("Vocabulary", "Other topic")),
))

LANGUAGES = Vocabulary("language", (
    _t("de", QT_TRANSLATE_NOOP("Vocabulary", "German"), "Deutsch"),
    _t("en", QT_TRANSLATE_NOOP("Vocabulary", "English"), "English"),
    _t("ar", QT_TRANSLATE_NOOP("Vocabulary", "Arabic"), "العربية"),
    _t("fa", QT_TRANSLATE_NOOP("Vocabulary", "Farsi/Dari"), "فارسی / دری"),
    _t("uk", QT_TRANSLATE_NOOP("Vocabulary", "Ukrainian"), "Українська"),
    _t("ru", QT_TRANSLATE_NOOP("Vocabulary", "Russian"), "Русский"),
    _t("tr", QT_TRANSLATE_NOOP("Vocabulary", "Turkish"), "Türkçe"),
    _t("ku", QT_TRANSLATE_NOOP("Vocabulary", "Kurdish"), "Kurdî / کوردی"),
    _t("ti", QT_TRANSLATE_NOOP("Vocabulary", "Tigrinya"), "ትግርኛ"),
    _t("so", QT_TRANSLATE_NOOP("Vocabulary", "Somali"), "Soomaali"),
    _t("ps", QT_TRANSLATE_NOOP("Vocabulary", "Pashto"), "پښتو"),
    _t("fr", QT_TRANSLATE_NOOP("Vocabulary", "French"), "Français"),
    _t("sq", QT_TRANSLATE_NOOP("Vocabulary", "Albanian"), "Shqip"),
    _t("ro", QT_TRANSLATE_NOOP("Vocabulary", "Romanian"), "Română"),
    _t("bg", QT_TRANSLATE_NOOP("Vocabulary", "Bulgarian"), "Български"),
    _t("es", QT_TRANSLATE_NOOP("Vocabulary", "Spanish"), "Español"),
    _t("other", QT_TRANSLATE_NOOP("Vocabulary", "Other language")),
))

AGE_BANDS = Vocabulary("age_band", (
    _t("0-17", QT_TRANSLATE_NOOP("Vocabulary", "0–17")),
    _t("18-26", QT_TRANSLATE_NOOP("Vocabulary", "18–26")),
    _t("27-39", QT_TRANSLATE_NOOP("Vocabulary", "27–39")),
    _t("40-59", QT_TRANSLATE_NOOP("Vocabulary", "40–59")),
    _t("60+", QT_TRANSLATE_NOOP("Vocabulary", "60+")),
    _t("not_stated", QT_TRANSLATE_NOOP("Vocabulary", "Age not stated")),
))

GENDERS = Vocabulary("gender", (
    _t("female", QT_TRANSLATE_NOOP("Vocabulary", "Female")),
    _t("male", QT_TRANSLATE_NOOP("Vocabulary", "Male")),
    _t("diverse", QT_TRANSLATE_NOOP("Vocabulary", "Diverse")),
    _t("not_stated", QT_TRANSLATE_NOOP("Vocabulary", "Gender not stated")),
))

# Coarse on purpose: a region, never a country, so that it cannot single anyone out.
REGIONS = Vocabulary("region", (
    _t("eu", QT_TRANSLATE_NOOP("Vocabulary", "European Union")),
    _t("europe_other", QT_TRANSLATE_NOOP("Vocabulary", "Other Europe")),
    _t("middle_east", QT_TRANSLATE_NOOP("Vocabulary", "Middle East")),
    _t("north_africa", QT_TRANSLATE_NOOP("Vocabulary", "North Africa")),
    _t("sub_saharan_africa", QT_TRANSLATE_NOOP("Vocabulary", "Sub-Saharan Africa")),
    _t("central_south_asia", QT_TRANSLATE_NOOP("Vocabulary", "Central and South Asia")),
    _t("other", QT_TRANSLATE_NOOP("Vocabulary", "Other region")),
    _t("not_stated", QT_TRANSLATE_NOOP("Vocabulary", "Region not stated")),
))

OUTCOMES = Vocabulary("outcome", (
    _t("advised", QT_TRANSLATE_NOOP("Vocabulary", "Advice given")),
    _t("referred", QT_TRANSLATE_NOOP("Vocabulary", "Referred")),
    _t("appointment", QT_TRANSLATE_NOOP("Vocabulary", "Appointment arranged")),
    _t("come_back", QT_TRANSLATE_NOOP("Vocabulary", "Asked to come back")),
    _t("not_resolved", QT_TRANSLATE_NOOP("Vocabulary", "Not resolved")),
))

ORGANISATION_CATEGORIES = Vocabulary("organisation_category", (
    _t("authority", QT_TRANSLATE_NOOP("Vocabulary", "Authority")),
    _t("counselling", QT_TRANSLATE_NOOP("Vocabulary", "Counselling")),
    _t("language_course", QT_TRANSLATE_NOOP("Vocabulary", "Language course")),
    _t("health", QT_TRANSLATE_NOOP("Vocabulary", "Health service")),
    _t("housing", QT_TRANSLATE_NOOP("Vocabulary", "Housing service")),
    _t("legal_aid", QT_TRANSLATE_NOOP("Vocabulary", "Legal aid")),
    _t("education", QT_TRANSLATE_NOOP("Vocabulary", "Education")),
    _t("labour_market", QT_TRANSLATE_NOOP("Vocabulary", "Labour market")),
    _t("community", QT_TRANSLATE_NOOP("Vocabulary", "Community & leisure")),
    _t("other", QT_TRANSLATE_NOOP("Vocabulary", "Other service")),
))

REFERRAL_STATUSES = Vocabulary("referral_status", (
    _t("open", QT_TRANSLATE_NOOP("Vocabulary", "Open")),
    _t("followed_up", QT_TRANSLATE_NOOP("Vocabulary", "Followed up")),
    _t("completed", QT_TRANSLATE_NOOP("Vocabulary", "Completed")),
    _t("not_reached", QT_TRANSLATE_NOOP("Vocabulary", "Not reached")),
))

ROLES = Vocabulary("role", (
    _t("desk", QT_TRANSLATE_NOOP("Vocabulary", "Desk")),
    _t("interpreter", QT_TRANSLATE_NOOP("Vocabulary", "Interpreter")),
    _t("coordinator", QT_TRANSLATE_NOOP("Vocabulary", "Coordinator")),
))

LANGUAGE_LEVELS = Vocabulary("language_level", (
    _t("native", QT_TRANSLATE_NOOP("Vocabulary", "Native")),
    _t("fluent", QT_TRANSLATE_NOOP("Vocabulary", "Fluent")),
    _t("basic", QT_TRANSLATE_NOOP("Vocabulary", "Basic")),
))

ASSIGNMENT_STATUSES = Vocabulary("assignment_status", (
    _t("planned", QT_TRANSLATE_NOOP("Vocabulary", "Planned")),
    _t("confirmed", QT_TRANSLATE_NOOP("Vocabulary", "Confirmed")),
    _t("attended", QT_TRANSLATE_NOOP("Vocabulary", "Attended")),
    _t("no_show", QT_TRANSLATE_NOOP("Vocabulary", "No-show")),
    _t("cancelled", QT_TRANSLATE_NOOP("Vocabulary", "Cancelled")),
))

ACCOUNT_ROLES = Vocabulary("account_role", (
    _t("volunteer", QT_TRANSLATE_NOOP("Vocabulary", "Volunteer")),
    _t("coordinator", QT_TRANSLATE_NOOP("Vocabulary", "Coordinator")),
    _t("staff", QT_TRANSLATE_NOOP("Vocabulary", "Staff")),
    _t("admin", QT_TRANSLATE_NOOP("Vocabulary", "Administrator")),
))

# Report dimensions that are not stored as codes but derived when a month is counted.
WEEKDAYS = Vocabulary("weekday", (
    _t("mon", QT_TRANSLATE_NOOP("Vocabulary", "Monday")),
    _t("tue", QT_TRANSLATE_NOOP("Vocabulary", "Tuesday")),
    _t("wed", QT_TRANSLATE_NOOP("Vocabulary", "Wednesday")),
    _t("thu", QT_TRANSLATE_NOOP("Vocabulary", "Thursday")),
    _t("fri", QT_TRANSLATE_NOOP("Vocabulary", "Friday")),
    _t("sat", QT_TRANSLATE_NOOP("Vocabulary", "Saturday")),
    _t("sun", QT_TRANSLATE_NOOP("Vocabulary", "Sunday")),
))

VISITOR_TYPES = Vocabulary("visitor_type", (
    _t("new", QT_TRANSLATE_NOOP("Vocabulary", "New visitor")),
    _t("returning", QT_TRANSLATE_NOOP("Vocabulary", "Returning visitor")),
))

ALL_VOCABULARIES = (
    TOPICS, LANGUAGES, AGE_BANDS, GENDERS, REGIONS, OUTCOMES, ORGANISATION_CATEGORIES,
    REFERRAL_STATUSES, ROLES, LANGUAGE_LEVELS, ASSIGNMENT_STATUSES, ACCOUNT_ROLES, WEEKDAYS, VISITOR_TYPES,
)


def require(vocabulary: Vocabulary, code: str | None, *, optional: bool = False) -> None:
    """Raise ValidationError unless ``code`` belongs to ``vocabulary`` (or is None when optional)."""
    if code is None and optional:
        return
    if code not in vocabulary:
        shown = repr(code) if len(str(code)) <= 20 else repr(str(code)[:20]) + "…"
        raise ValidationError(f"{shown} is not a known {vocabulary.name} code", vocabulary.name)
