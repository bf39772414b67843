"""Privacy canary: no name, contact, card code, directory text or day of a visit leaves in a report.

Two real databases (two Welcome Points) are filled through the services, and every free-text field
holds a unique canary string. Then everything a report can become is written: the anonymised
reports of one site and of all sites, PDF (English and German), CSV, JSON, SHA256SUMS, the e-mail
draft, and the city merge of the two sites' JSON files. Every byte of every file written is searched:
raw, with PDF streams inflated, with the PDF's text extracted, with the e-mail's attachments
decoded; in UTF-8, UTF-16 (either byte order), hex and JSON-escaped form. Zero hits.

The published site names are searched the same way and must be found: the proof that the search
would see a canary if one got through.
"""

from __future__ import annotations

import dataclasses
import email
import email.policy
import io
import json
import re
import sqlite3
import zlib
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pypdf
import pytest

from tests.domain.report_oracle import VisitRecord, month_counts
from welcome_point.domain.desk import ReferralChoice, VisitForm
from welcome_point.domain.models import Organisation, Shift, Site, Volunteer, VolunteerLanguage
from welcome_point.domain.report import Period, SiteRef
from welcome_point.domain.suppression import anonymise
from welcome_point.domain.vocabulary import AGE_BANDS, GENDERS, LANGUAGES, ORGANISATION_CATEGORIES, TOPICS
from welcome_point.services.desk import DeskService
from welcome_point.services.directory import DirectoryService
from welcome_point.services.referrals import ReferralService
from welcome_point.services.report_export import ExportResult, ReportExporter
from welcome_point.services.reports import ReportService
from welcome_point.services.shifts import ShiftService
from welcome_point.services.volunteers import VolunteerService
from welcome_point.storage.engine import Database
from welcome_point.storage.opening import open_database
from welcome_point.storage.repositories import SqlSettingsRepository, SqlSiteRepository

MONTH = Period(2026, 10)
TODAY = date(2026, 11, 2)
NOW = datetime(2026, 11, 2, 9, 30)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


class Canaries:
    """Hands out unique strings and remembers them; a few carry letters beyond ASCII."""

    def __init__(self) -> None:
        self.values: dict[str, str] = {}  # canary -> the field it was put in

    def __call__(self, field: str, extra: str = "") -> str:
        token = f"ZQX{len(self.values):03d}{field.upper().replace('_', '')}"
        value = f"{token} {extra}".strip() if extra else token
        self.values[value] = field
        return value

    def web(self, field: str) -> str:
        """A canary as a host name: web addresses come back lowercased."""
        return self.add(f"zqx{len(self.values):03d}{field.replace('_', '')}", field)

    def phone(self, field: str) -> str:
        """A phone number no report could contain by chance: 13 digits, unique."""
        value = f"+49 211 {90000 + len(self.values):05d} 7331"
        self.values[value] = field
        return value

    def add(self, value: str, field: str) -> str:
        self.values[value] = field
        return value


def fill_site(database: Database, code: str, name: str, canaries: Canaries, visits: int, seed: int) -> None:
    """One Welcome Point's October: organisations, volunteers, shifts, visits with cards and referrals."""
    with database.write() as session:  # a second site gets its own code before the desk first runs
        SqlSiteRepository(session).add(Site(None, code, name))
    clock = Clock(datetime(2026, 10, 1, 8, 0))
    desk = DeskService(database, clock)
    desk.update_site(name, canaries("site_address", "Kanarienstraße 7"),
                     canaries("site_opening_hours", "Mo–Fr 9–17"))

    directory = DirectoryService(database)
    organisations = []
    for index, category in enumerate(ORGANISATION_CATEGORIES.codes):
        organisations.append(directory.save(Organisation(
            id=None, name=canaries("org_name", "Beratungsstelle" if index % 2 else "مركز"),
            category=category, address=canaries("org_address", "Königsallee 1"),
            phone=canaries.phone("org_phone"), email=canaries("org_email") + "@example.org",
            website=f"https://{canaries.web('org_website')}.example.org",
            opening_hours=canaries("org_opening_hours", "Di 10–12"),
            what_to_bring=canaries("org_what_to_bring", "Pass, Bescheid"),
            topics=(TOPICS.codes[index % len(TOPICS.codes)],), languages=("de", "ar"))))
    for value in [org.email for org in organisations] + [org.website for org in organisations]:
        canaries.add(value, "org_contact")

    people = VolunteerService(database, clock)
    volunteers = []
    for index in range(6):
        volunteers.append(people.save(Volunteer(
            id=None, display_name=canaries("volunteer_name", "Ørjan Çelik" if index % 2 else "Фатима"),
            joined_on=date(2025, 1, 1), languages=(VolunteerLanguage("de", "native"),),
            roles=("desk", "interpreter"), phone=canaries.phone("volunteer_phone"),
            email=canaries("volunteer_email") + "@example.net", consent_on=date(2025, 1, 1))))
    for person in volunteers:
        canaries.add(person.email, "volunteer_email")

    shifts = ShiftService(database, clock)
    site_id = desk.site().id
    assert site_id is not None
    for day in (date(2026, 10, 6), date(2026, 10, 13), date(2026, 10, 20)):
        shift = shifts.add_shift(Shift(None, site_id, datetime.combine(day, time(9)),
                                       datetime.combine(day, time(13)), min_staff=3))
        assignments = [shifts.assign(shift.id or 0, person.id or 0) for person in volunteers[:2]]
        clock.now = datetime.combine(day, time(8, 55))
        shifts.check_in(assignments[0])
        clock.now = datetime.combine(day, time(13, 7))
        shifts.check_out(assignments[0])

    referrals = ReferralService(database, clock)
    cards: list[str] = []
    for n in range(visits):
        day = date(2026, 10, 1) + timedelta(days=(n * 7 + seed) % 31)
        clock.now = datetime.combine(day, time(9 + n % 8, (n * 13) % 60))
        language = LANGUAGES.codes[(n * (seed + 1)) % 5]
        if n % 5 == 4:  # anonymous
            form_card, new = None, False
        elif n % 3 == 0 or not cards:
            form_card, new = desk.new_card_code(), True
            cards.append(form_card)
        else:
            form_card, new = cards[n % len(cards)], False
        entry = desk.arrive(language, form_card)
        called = desk.call_next(entry.id)
        assert called is not None
        clock.now += timedelta(minutes=11)
        saved = desk.save_visit(VisitForm(
            language=language, topics=(TOPICS.codes[n % 4], TOPICS.codes[4 + n % 3]),
            arrived_at=called.arrived_at, started_at=called.called_at, ended_at=clock.now,
            card_code=form_card, new_visitor=new,
            age_band=AGE_BANDS.codes[n % 3] if new else "not_stated",
            gender=GENDERS.codes[n % 2] if new else "not_stated",
            referrals=(ReferralChoice(organisations[n % 3].id or 0, TOPICS.codes[n % 4]),) if n % 2 else (),
            volunteer_ids=(volunteers[n % 2].id or 0,), queue_entry_id=called.id))
        if n % 4 == 1:
            for referral_id in saved.referral_ids:
                referrals.set_status(referral_id, "completed")
    for card in cards:
        canaries.add(card, "card_code")
        canaries.add(card.replace("-", ""), "card_code")

    with database.write() as session:
        SqlSettingsRepository(session).set("printer.name", canaries("setting_value", "Büro-Drucker"))
    connection = sqlite3.connect(database.path)
    try:  # no service writes accounts yet; the table has free text all the same
        connection.execute(
            "INSERT INTO accounts (username, role, secret_hash, active, created_at) VALUES (?, ?, ?, 1, ?)",
            (canaries("account_username"), "staff", canaries("account_secret"), "2026-10-01 08:00:00.000000"))
        connection.commit()
    finally:
        connection.close()


# -- searching every byte --------------------------------------------------------------------------

def layers(name: str, data: bytes) -> Iterator[tuple[bool, bytes]]:
    """The bytes of a file and everything they encode: inflated PDF streams, PDF text, mail parts.

    Each comes with a flag: True for text a reader sees (where a date or a time of day must not
    appear), False for binary layers that only canaries are searched in.
    """
    # Raw PDF and mail bytes are binary or transfer-encoded (a line break may fall inside "2026").
    yield not (data.startswith(b"%PDF") or name.endswith(".eml")), data
    yield True, name.encode("utf-8")
    if data.startswith(b"%PDF"):
        for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, re.DOTALL):
            try:
                yield False, zlib.decompress(match.group(1))
            except zlib.error:
                yield False, match.group(1)
        reader = pypdf.PdfReader(io.BytesIO(data))
        text = "\n".join(page.extract_text() for page in reader.pages)
        yield True, text.encode("utf-8")
        yield True, re.sub(r"\s+", "", text).encode("utf-8")  # a canary split over lines or by spacing
        yield True, repr(reader.metadata).encode("utf-8")
    if name.endswith(".eml"):
        message = email.message_from_bytes(data, policy=email.policy.default)
        for key, value in message.items():
            yield True, f"{key}: {value}".encode()
        for part in message.walk():
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                yield from layers(part.get_filename() or "part.txt", payload)


def pdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return re.sub(r"\s+", "", "".join(page.extract_text() for page in reader.pages))


def needles(value: str) -> list[bytes]:
    forms = [value.encode("utf-8"), value.encode("utf-16-be"), value.encode("utf-16-le"),
             json.dumps(value)[1:-1].encode("ascii"), value.encode("utf-8").hex().encode("ascii"),
             value.encode("utf-16-be").hex().encode("ascii"), value.encode("utf-16-be").hex().upper().encode()]
    if value.upper().startswith("ZQX"):  # the ASCII token alone: a PDF may break the rest into glyph runs
        token = value.split(" ")[0]
        forms += [token.encode("ascii"), token.encode("utf-16-be"), token.lower().encode("ascii")]
    digits = re.sub(r"\D", "", value)
    if len(digits) >= 10:  # a phone number or card code written without its spaces
        forms.append(digits.encode("ascii"))
    return forms


def hits(files: dict[str, bytes], values: dict[str, str]) -> list[str]:
    found = []
    searchable = {name: [part for _, part in layers(name, data)] for name, data in files.items()}
    for value, field in values.items():
        forms = needles(value)
        for name, parts in searchable.items():
            if any(form in part for part in parts for form in forms):
                found.append(f"{field} {value!r} in {name}")
    return found


# A visit's day or time of day: no report shows anything finer than the month (and the weekday).
DAY_PATTERNS = [rb"2026-1[01]-\d\d", rb"\b\d\d?\.\s?1[01]\.\s?2026", rb"(?i)(october|oktober) \d\d?(?!\d)",
                rb"(?i)\b\d\d?\.? (oct|okt)", rb"\b([01]?\d|2[0-3]):[0-5]\d\b"]
GENERATED = rb"2026-11-02"  # the day the report was made may be shown


def day_hits(files: dict[str, bytes]) -> list[str]:
    found = []
    for name, data in files.items():
        for readable, part in layers(name, data):
            if not readable:
                continue
            for pattern in DAY_PATTERNS:
                found += [f"{match.group(0)!r} in {name}" for match in re.finditer(pattern, part)
                          if match.group(0) != GENERATED]
    return found


def dump(database: Database) -> list[str]:
    connection = sqlite3.connect(database.path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def folder(parent: Path, name: str) -> Path:
    path = parent / name
    path.mkdir()
    return path


def written_files(folder: Path) -> dict[str, bytes]:
    return {str(path.relative_to(folder)): path.read_bytes() for path in sorted(folder.rglob("*"))
            if path.is_file()}


# -- the test ------------------------------------------------------------------------------------------

@pytest.fixture
def two_sites(database: Database, tmp_path: Path, canaries: Canaries):
    fill_site(database, "DUS-HBF", "Welcome Point Qwertzhausen", canaries, visits=48, seed=1)
    other_dir = tmp_path / "other"
    other_dir.mkdir()
    other = open_database(other_dir)
    try:
        fill_site(other, "DUS-BEN", "Welcome Point Yxcvbrath", canaries, visits=36, seed=2)
        yield database, other
    finally:
        other.dispose()


@pytest.fixture
def canaries() -> Canaries:
    return Canaries()


def test_no_canary_and_no_day_leaves_in_any_export(two_sites, tmp_path: Path, canaries: Canaries, qapp) -> None:
    from welcome_point.ui.report_text import report_text

    first, second = two_sites
    out = tmp_path / "out"
    out.mkdir()
    exporter = ReportExporter(today=lambda: TODAY)
    results: list[ExportResult] = []
    jsons: list[Path] = []
    for database, code in ((first, "DUS-HBF"), (second, "DUS-BEN")):
        service = ReportService(database, today=lambda: TODAY)
        report = service.report(MONTH, code)
        assert not report.totals_only, "the month must publish its tables, or the test proves little"
        assert any(cell.suppressed for table in report.tables for cell in table.cells)
        result = exporter.export(report, folder(out, code))
        results.append(result)
        jsons += [path for path in result.files if path.suffix == ".json"]
        results.append(exporter.export(report, folder(out, f"{code}-de"), text=report_text("de")))
        everything = service.report(MONTH, None, k=3)
        results.append(exporter.export(everything, folder(out, f"{code}-all")))
    merged = exporter.merge(jsons, folder(out, "city"), generated=TODAY)
    results.append(merged)
    for result in results:
        exporter.email_draft(result)
    exporter.email_draft(results[1], text=report_text("de"), to="stadt@example.org")

    stored = "\n".join(line for database in (first, second) for line in dump(database))
    missing = [value for value in canaries.values if value not in stored and value.replace("-", "") not in stored
               and value.upper().startswith("ZQX")]
    assert missing == [], "the services did not store every canary"
    assert {field for value, field in canaries.values.items() if value in stored} == set(canaries.values.values())

    files = written_files(out)
    assert len([name for name in files if name.endswith(".pdf")]) == 7
    assert len([name for name in files if name.endswith(".eml")]) >= 7
    assert len(canaries.values) > 150

    assert hits(files, canaries.values) == []
    assert day_hits(files) == []

    # The search sees what is there: every PDF's extracted text shows the site it is about.
    for result in results:
        assert result.report is not None
        site = re.sub(r"\s+", "", result.report.site.name)
        for path in result.files:
            if path.suffix == ".pdf":
                assert site in pdf_text(path.read_bytes()), f"{site} not found in {path.name}"
    assert hits(files, {"Welcome Point Qwertzhausen": "site name"})


def test_the_search_finds_a_canary_that_gets_through(tmp_path: Path) -> None:
    """A report whose site name is a canary: the search must find it in the PDF, the JSON and the draft."""
    visits = [VisitRecord(n, n % 2 == 0, "ar" if n % 3 else "uk", "27-39", "female", "tue", ("housing",))
              for n in range(40)]
    leak = "ZQX999LEAK Ağrı شارع"
    report = anonymise(month_counts(visits, []), 5, TODAY)
    report = dataclasses.replace(report, site=SiteRef("DUS-HBF", leak))
    exporter = ReportExporter(today=lambda: TODAY)
    result = exporter.export(report, tmp_path)
    exporter.email_draft(result)
    files = written_files(tmp_path)
    found = hits(files, {leak: "site name"})
    for suffix in (".pdf", ".json", ".eml"):
        assert any(line.endswith(suffix) for line in found), f"the canary was not found in the {suffix} file"
    assert "ZQX999LEAK" in pdf_text(files[f"{result.folder.name}/{result.folder.name}.pdf"])


def test_the_day_search_sees_days_and_times_but_not_the_report_date() -> None:
    assert day_hits({"a.json": b'{"generated": "2026-11-02", "period": "2026-10"}'}) == []
    assert len(day_hits({"a.csv": b"2026-10-14,1\r\n", "b.txt": b"am 14.10.2026 um 9:37"})) == 3
