"""A realistic, reproducible demo of a Welcome Point: the same seed and day give the same data.

Everything here is invented. The partner directory lists typical kinds of Düsseldorf services
with placeholder addresses; each entry is flagged ``is_example`` and named "(Beispiel)".
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from welcome_point.domain import cardcode
from welcome_point.domain import models as m
from welcome_point.storage.bulk import Dataset

SITE = m.Site(id=1, code="DUS-WP1", name="Welcome Point Düsseldorf-Mitte (Demo)",
              address="Beispielplatz 1, 40210 Düsseldorf", opening_hours="Mo–Fr 10–16, Sa 10–14")

# (code, weight, region weights) — a plausible mix for a German city in 2025/26.
LANGUAGE_MIX: list[tuple[str, float, dict[str, float]]] = [
    ("uk", 22, {"europe_other": 1}),
    ("ar", 18, {"middle_east": 0.8, "north_africa": 0.2}),
    ("fa", 12, {"central_south_asia": 0.9, "middle_east": 0.1}),
    ("tr", 8, {"middle_east": 0.5, "europe_other": 0.5}),
    ("ku", 6, {"middle_east": 1}),
    ("ru", 7, {"europe_other": 0.8, "central_south_asia": 0.2}),
    ("ti", 5, {"sub_saharan_africa": 1}),
    ("en", 5, {"sub_saharan_africa": 0.5, "central_south_asia": 0.3, "other": 0.2}),
    ("de", 4, {"eu": 0.5, "not_stated": 0.5}),
    ("so", 3, {"sub_saharan_africa": 1}),
    ("ps", 3, {"central_south_asia": 1}),
    ("fr", 2, {"sub_saharan_africa": 0.7, "north_africa": 0.3}),
    ("sq", 2, {"europe_other": 1}),
    ("ro", 1.5, {"eu": 1}),
    ("bg", 1, {"eu": 1}),
    ("es", 0.8, {"other": 0.7, "eu": 0.3}),
    ("other", 1, {"other": 1}),
]

TOPIC_WEIGHTS = {
    "residence": 18, "housing": 14, "german_course": 12, "work": 12, "benefits": 12, "letters": 14,
    "health": 8, "school": 7, "family": 5, "leisure": 4, "volunteering": 2, "donations": 3, "other": 3,
}
# What people who speak a language ask about more (or less) often than average.
TOPIC_TILT: dict[str, dict[str, float]] = {
    "uk": {"work": 1.8, "german_course": 1.5, "school": 1.4, "residence": 0.6},
    "ar": {"residence": 1.4, "family": 1.8, "letters": 1.2},
    "fa": {"residence": 1.6, "family": 1.5},
    "ti": {"residence": 1.5, "housing": 1.4},
    "tr": {"benefits": 1.3, "letters": 1.4},
    "en": {"work": 1.4, "residence": 1.3},
    "de": {"volunteering": 6, "donations": 3, "leisure": 2},
}
AGE_BANDS = (("0-17", 3), ("18-26", 26), ("27-39", 36), ("40-59", 24), ("60+", 6), ("not_stated", 5))
GENDERS = (("female", 45), ("male", 50), ("diverse", 1), ("not_stated", 4))
VISITS_PER_WEEKDAY = (110, 95, 90, 95, 80, 65)  # Monday .. Saturday, before the season

ORGANISATIONS: list[tuple[str, str, tuple[str, ...], tuple[str, ...], str, str]] = [
    # name, category, topics, languages, opening hours, what to bring
    ("Ausländerbehörde – Amt für Migration und Integration", "authority", ("residence", "family"),
     ("de", "en"), "Mo–Fr 8–12, Do 14–17 (nur mit Termin)",
     "Pass, Aufenthaltstitel oder Ankunftsnachweis, Meldebescheinigung, Terminbestätigung"),
    ("Jobcenter Düsseldorf – Standort Mitte", "authority", ("benefits", "work"), ("de", "en", "ar"),
     "Mo–Fr 8–12:30", "Ausweis, Bescheid, Kontoauszüge, Mietvertrag"),
    ("Agentur für Arbeit – Berufsberatung", "labour_market", ("work",), ("de", "en"),
     "Mo–Fr 8–12:30, Do bis 18", "Lebenslauf, Zeugnisse (auch ohne Anerkennung)"),
    ("Migrationsberatung für Erwachsene (MBE)", "counselling", ("residence", "family", "letters", "benefits"),
     ("de", "ar", "fa", "uk", "ru", "tr"), "Mo–Do 9–15", "Alle Briefe der Behörden"),
    ("Jugendmigrationsdienst", "counselling", ("school", "work", "german_course"), ("de", "ar", "fa", "en"),
     "Mo–Fr 10–16", "Schulzeugnisse"),
    ("Volkshochschule – Integrationskurse", "language_course", ("german_course",), ("de", "en", "uk", "ar"),
     "Mo–Fr 9–13, Di 14–18", "Berechtigungsschein oder Verpflichtung des Jobcenters"),
    ("Sprachcafé im Stadtteilzentrum", "community", ("german_course", "leisure"), ("de",),
     "Mi 16–18", ""),
    ("Gesundheitsamt – Clearingstelle Gesundheit", "health", ("health",), ("de", "en", "ar", "ru"),
     "Mo, Mi, Fr 9–12", "Versichertenkarte, falls vorhanden; Medikamente und Befunde"),
    ("Psychosoziales Zentrum für Geflüchtete", "health", ("health", "family"), ("de", "ar", "fa", "ti", "en"),
     "Mo–Fr nach Vereinbarung", ""),
    ("Fachstelle Wohnungsnotfälle", "housing", ("housing",), ("de", "en"), "Mo–Fr 8–12",
     "Ausweis, Kündigung oder Räumungsschreiben, Einkommensnachweise"),
    ("Mieterverein – Mietrechtsberatung", "legal_aid", ("housing", "letters"), ("de", "tr"),
     "Di, Do 15–18", "Mietvertrag, Nebenkostenabrechnung, Schreiben des Vermieters"),
    ("Refugee Law Clinic", "legal_aid", ("residence", "family"), ("de", "en", "fr", "ar"),
     "Do 17–19", "Bescheid des BAMF, Ausweisdokumente"),
    ("Schulamt – Beratung für Seiteneinsteiger", "education", ("school",), ("de", "uk", "ar"),
     "Mo–Do 9–12", "Meldebescheinigung, Zeugnisse, Impfpass"),
    ("Familienbüro und Kita-Navigator", "education", ("school", "family"), ("de", "en", "tr"),
     "Mo–Fr 9–12", "Geburtsurkunden der Kinder, Meldebescheinigung"),
    ("Kleiderkammer und Möbelbörse", "community", ("donations",), ("de",), "Di, Sa 10–13", ""),
    ("Freiwilligenagentur", "community", ("volunteering", "leisure"), ("de", "en"), "Mo–Fr 10–14", ""),
    ("Amt für Soziales – Grundsicherung", "authority", ("benefits", "housing"), ("de",), "Mo–Fr 8–12",
     "Ausweis, Einkommens- und Vermögensnachweise, Mietvertrag"),
    ("Beratungsstelle für Arbeitnehmerrechte", "counselling", ("work", "letters"),
     ("de", "ro", "bg", "uk", "ar"), "Mo, Mi 10–16", "Arbeitsvertrag, Lohnabrechnungen"),
]

FIRST_NAMES = [
    "Anna", "Yusuf", "Olena", "Karim", "Leonie", "Maryam", "Jonas", "Selin", "Dawit", "Sofia",
    "Ahmad", "Lea", "Iryna", "Tobias", "Nasrin", "Emre", "Hanna", "Samir", "Marta", "Farid",
    "Julia", "Hewan", "Lukas", "Zeynep", "Andrii", "Clara", "Omid", "Fatima", "Felix", "Aylin",
    "Nadia", "Ben", "Rahel", "Sven", "Laila", "Mehmet", "Katharina", "Hamid", "Oksana", "Paul",
    "Amira", "Moritz", "Shirin", "David",
]
SURNAMES = [
    "Becker", "Demir", "Kovalenko", "Haddad", "Schmitz", "Rahimi", "Wagner", "Yilmaz", "Tesfaye",
    "Müller", "Sultani", "Hoffmann", "Shevchenko", "Krause", "Karimi", "Aydın", "Fischer", "Mansour",
    "Nowak", "Azizi", "Klein", "Gebremedhin", "Weber", "Kaya", "Melnyk", "Schulz", "Hosseini",
    "Al-Khatib", "Neumann", "Öztürk", "Saleh", "Richter", "Haile", "Lange", "Ahmadi", "Çelik",
    "Zimmermann", "Noori", "Bondarenko", "Braun", "Nasser", "Vogel", "Jafari", "Koch",
]
# Languages a volunteer may add to German, and how often.
VOLUNTEER_LANGUAGES = (("en", 30), ("ar", 12), ("uk", 10), ("ru", 8), ("fa", 8), ("tr", 7), ("fr", 6),
                       ("ku", 3), ("ti", 2), ("es", 4), ("ps", 2), ("so", 1), ("sq", 1))
SLOTS = {  # weekday -> ((start, end), (start, end))
    **{d: ((time(10), time(13)), (time(13), time(16))) for d in range(5)},
    5: ((time(10), time(12)), (time(12), time(14))),
}


def easter(year: int) -> date:
    """Gregorian Easter Sunday (Anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    mm = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * mm + 114, 31)
    return date(year, month, day + 1)


def closed_days(year: int) -> set[date]:
    """Public holidays in North Rhine-Westphalia plus Christmas and New Year's Eve."""
    e = easter(year)
    fixed = [(1, 1), (5, 1), (10, 3), (11, 1), (12, 24), (12, 25), (12, 26), (12, 31)]
    moving = [-2, 1, 39, 50, 60]  # Good Friday, Easter Monday, Ascension, Whit Monday, Corpus Christi
    return {date(year, mo, d) for mo, d in fixed} | {e + timedelta(days=n) for n in moving}


def opening_days(first: date, last: date) -> list[date]:
    closed = set().union(*(closed_days(y) for y in range(first.year, last.year + 1)))
    days, day = [], first
    while day <= last:
        if day.weekday() < 6 and day not in closed:
            days.append(day)
        day += timedelta(days=1)
    return days


def months_back(today: date, months: int) -> date:
    month_index = today.year * 12 + today.month - 1 - months
    year, month = divmod(month_index, 12)
    return date(year, month + 1, min(today.day, 28))


class _Generator:
    def __init__(self, seed: int, today: date, months: int) -> None:
        self.rng = random.Random(seed)
        self.today = today
        self.first_day = months_back(today, months)

    def pick(self, weighted: Sequence[tuple[str, float]]) -> str:
        codes = [code for code, _ in weighted]
        return self.rng.choices(codes, [weight for _, weight in weighted])[0]

    def organisations(self) -> list[m.Organisation]:
        result = []
        for i, (name, category, topics, langs, hours, bring) in enumerate(ORGANISATIONS, start=1):
            result.append(m.Organisation(
                id=i, name=f"{name} (Beispiel)", category=category,
                address=f"Beispielstraße {i * 3}, 402{10 + i} Düsseldorf",
                phone=f"+49 211 555 0{i:03d}", email=f"kontakt{i}@example.org",
                website=f"https://example.org/partner-{i}", opening_hours=hours, what_to_bring=bring,
                languages=langs, topics=topics, is_example=True))
        return result

    def volunteers(self) -> list[m.Volunteer]:
        people = []
        for i in range(40):
            first, last = FIRST_NAMES[i % len(FIRST_NAMES)], SURNAMES[(i * 7) % len(SURNAMES)]
            joined = self.first_day - timedelta(days=self.rng.randint(0, 8 * 365))
            if i >= 36:  # a few joined during the demo period
                joined = self.first_day + timedelta(days=self.rng.randint(10, 200))
            extra = {self.pick(VOLUNTEER_LANGUAGES) for _ in range(self.rng.choice((1, 1, 2, 2, 3)))}
            native = next(iter(sorted(extra))) if i % 3 == 1 else "de"
            langs = [m.VolunteerLanguage("de", "native" if native == "de" else "fluent")]
            langs += [m.VolunteerLanguage(code, "native" if code == native else
                                          self.rng.choice(("fluent", "fluent", "basic")))
                      for code in sorted(extra - {"de"})]
            roles = ["desk"]
            if any(lang.level != "basic" and lang.language not in ("de", "en") for lang in langs):
                roles.append("interpreter")
            if i % 13 == 0:
                roles.append("coordinator")
            left = None
            if i in (5, 22):  # two left during the period: kept for their hours
                left = self.today - timedelta(days=self.rng.randint(30, 120))
            people.append(m.Volunteer(
                id=i + 1, display_name=f"{first} {last}", joined_on=joined, languages=tuple(langs),
                roles=tuple(roles), phone=f"+49 151 000 {1000 + i * 37}",
                email=f"{first.lower()}.{i + 1}@example.org", consent_on=joined, left_on=left,
                active=left is None))
        return people

    def run(self) -> Dataset:
        rng = self.rng
        organisations = self.organisations()
        by_topic: dict[str, list[int]] = {}
        for org in organisations:
            for topic in org.topics:
                by_topic.setdefault(topic, []).append(org.id or 0)
        volunteers = self.volunteers()
        # Each volunteer comes on a few fixed weekday slots (what coordinators really plan with).
        habits = {p.id: {(rng.randrange(6), rng.randrange(2)) for _ in range(rng.randint(1, 3))}
                  for p in volunteers}

        shifts: list[m.Shift] = []
        assignments: list[m.Assignment] = []
        visitors: list[m.Visitor] = []
        visits: list[m.Visit] = []
        referrals: list[m.Referral] = []
        lang_codes = [(code, w) for code, w, _ in LANGUAGE_MIX]
        regions = {code: list(r.items()) for code, _, r in LANGUAGE_MIX}

        planned_until = self.today + timedelta(weeks=4)
        for day in opening_days(self.first_day, planned_until):
            past = day < self.today
            desk_by_slot: list[list[int]] = []
            for slot, (start, end) in enumerate(SLOTS[day.weekday()]):
                shift = m.Shift(
                    id=len(shifts) + 1, site_id=1, starts_at=datetime.combine(day, start),
                    ends_at=datetime.combine(day, end), role="desk",
                    min_staff=2 if day.weekday() == 5 else 3,
                    wanted_languages=("ar", "uk") if slot == 0 else ("ar", "fa", "uk"))
                shifts.append(shift)
                available = [p for p in volunteers
                             if p.joined_on <= day and (p.left_on is None or p.left_on > day)
                             and (day.weekday(), slot) in habits[p.id]]
                rng.shuffle(available)
                staff = available[: rng.randint(2, 4)]
                if day > self.today + timedelta(weeks=2):  # the far future is still being planned
                    staff = staff[: rng.randint(0, 2)]
                present = []
                for person in staff:
                    status, check_in, check_out = "planned", None, None
                    if past:
                        roll = rng.random()
                        status = "no_show" if roll < 0.03 else "cancelled" if roll < 0.07 else "attended"
                        if status == "attended":
                            check_in = shift.starts_at + timedelta(minutes=rng.randint(-15, 10))
                            check_out = shift.ends_at + timedelta(minutes=rng.randint(-10, 20))
                            present.append(person.id or 0)
                    elif rng.random() < 0.6:
                        status = "confirmed"
                    assignments.append(m.Assignment(
                        id=len(assignments) + 1, shift_id=shift.id or 0, volunteer_id=person.id or 0,
                        status=status, checked_in_at=check_in, checked_out_at=check_out))
                desk_by_slot.append(present)
            if past:
                self._visits_of_day(day, desk_by_slot, lang_codes, regions, by_topic,
                                    visitors, visits, referrals)
        return Dataset(sites=(SITE,), organisations=tuple(organisations), volunteers=tuple(volunteers),
                       shifts=tuple(shifts), assignments=tuple(assignments), visitors=tuple(visitors),
                       visits=tuple(visits), referrals=tuple(referrals))

    def _visits_of_day(self, day: date, desk_by_slot: list[list[int]],
                       lang_codes: list[tuple[str, float]], regions: dict[str, list[tuple[str, float]]],
                       by_topic: dict[str, list[int]], visitors: list[m.Visitor],
                       visits: list[m.Visit], referrals: list[m.Referral]) -> None:
        rng = self.rng
        season = 1 + 0.12 * math.cos(2 * math.pi * (day.timetuple().tm_yday - 20) / 365)
        count = round(VISITS_PER_WEEKDAY[day.weekday()] * season * rng.uniform(0.85, 1.15))
        count = max(60, min(120, count))
        (open_at, _), (split, close_at) = SLOTS[day.weekday()]
        opening = datetime.combine(day, open_at)
        minutes_open = (datetime.combine(day, close_at) - opening).seconds // 60 - 15
        for arrival_minute in sorted(rng.randrange(minutes_open) for _ in range(count)):
            arrived = opening + timedelta(minutes=arrival_minute, seconds=rng.randrange(60))
            visitor_id, language = None, self.pick(lang_codes)
            roll = rng.random()
            if roll < 0.45 and visitors:  # a returning card holder, recent ones more likely
                back = min(len(visitors), int(rng.expovariate(1 / 400)) + 1)
                person = visitors[-back]
                visitor_id, language = person.id, person.language or language
            elif roll < 0.75:  # a new visitor who takes a card
                person = m.Visitor(
                    id=len(visitors) + 1, card_code=cardcode.generate(rng.randrange), first_seen=day,
                    age_band=self.pick(AGE_BANDS), gender=self.pick(GENDERS), language=language,
                    region=self.pick(regions[language]))
                visitors.append(person)
                visitor_id = person.id
            tilt = TOPIC_TILT.get(language, {})
            weights = [(t, w * tilt.get(t, 1.0)) for t, w in TOPIC_WEIGHTS.items()]
            topics: list[str] = []
            for _ in range(rng.choices((1, 2, 3), (60, 30, 10))[0]):
                topic = self.pick(weights)
                if topic not in topics:
                    topics.append(topic)
            started = arrived + timedelta(minutes=min(60, rng.expovariate(1 / 12)))
            ended = started + timedelta(minutes=max(4.0, min(45, rng.lognormvariate(2.6, 0.45))))
            slot = 0 if arrived.time() < split else 1
            desk = desk_by_slot[slot] or desk_by_slot[1 - slot]
            visit_id = len(visits) + 1
            referred = rng.random() < 0.3 and topics[0] in by_topic
            if referred:
                created = ended
                age = (self.today - day).days
                # Most referrals are settled within six weeks; a few stay open and overdue.
                if age > 42:
                    status = self.pick((("completed", 70), ("followed_up", 4), ("not_reached", 23),
                                        ("open", 3)))
                elif age > 14:
                    status = self.pick((("open", 25), ("followed_up", 40), ("completed", 30),
                                        ("not_reached", 5)))
                else:
                    status = "open"
                changed = None if status == "open" else created + timedelta(days=rng.randint(7, 28))
                if changed is not None and changed.date() >= self.today:
                    status, changed = "open", None
                referrals.append(m.Referral(
                    id=len(referrals) + 1, visit_id=visit_id,
                    organisation_id=rng.choice(by_topic[topics[0]]), topic=topics[0], created_at=created,
                    status=status, status_changed_at=changed,
                    # A follow-up sets the next check two weeks after it.
                    follow_up_on=(changed.date() if status == "followed_up" and changed else day)
                    + timedelta(days=14)))
                outcome = "referred"
            else:
                outcome = self.pick((("advised", 70), ("appointment", 10), ("come_back", 12),
                                     ("not_resolved", 5)))
            visits.append(m.Visit(
                id=visit_id, site_id=1, arrived_at=arrived, started_at=started, ended_at=ended,
                visitor_id=visitor_id, language=language, topics=tuple(topics),
                group_size=rng.choices((1, 2, 3, 4, 5), (75, 15, 5, 3, 2))[0],
                interpreter_needed=language not in ("de", "en") and rng.random() < 0.4,
                outcome=outcome, volunteer_ids=(rng.choice(desk),) if desk else ()))


def generate(seed: int, today: date, months: int) -> Dataset:
    if not 1 <= months <= 60:
        raise ValueError("months must be between 1 and 60")
    return _Generator(seed, today, months).run()
