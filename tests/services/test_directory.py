"""The directory service on a real SQLite file: saving, archiving, suggestions, CSV in and out."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

import pytest
from sqlalchemy import func, select, text

from welcome_point.domain import directory_csv as dc
from welcome_point.domain.directory_csv import DirectoryFileError
from welcome_point.domain.errors import ValidationError
from welcome_point.domain.models import Organisation
from welcome_point.services.demo_data import ORGANISATIONS
from welcome_point.services.directory import DirectoryService
from welcome_point.storage.opening import open_database
from welcome_point.storage.organisations import SqlOrganisationRepository
from welcome_point.storage.tables import OrganisationRow, ReferralRow, SiteRow, VisitRow

HEADER = "Name;Kategorie;Adresse;Telefon;Webseite;Themen;Sprachen\n"


def org(name: str, category: str = "counselling", **fields) -> Organisation:
    return Organisation(id=None, name=name, category=category, **fields)


def count(database) -> int:
    with database.read() as session:
        return session.scalar(select(func.count()).select_from(OrganisationRow)) or 0


@pytest.fixture
def service(database):
    return DirectoryService(database)


def test_save_creates_then_updates_with_topics_and_languages(service, database):
    created = service.save(org("Migrationsberatung", topics=("residence", "family"), languages=("de", "ar")))
    assert created.id is not None
    assert service.get(created.id) == created
    changed = dataclasses.replace(created, name="Migrationsberatung (MBE)", topics=("letters",),
                                  languages=("fa", "de"), phone="+49 211 12345")
    saved = service.save(changed)
    assert saved.languages == ("de", "fa")  # vocabulary order, whatever order was given
    assert service.get(created.id) == dataclasses.replace(changed, languages=("de", "fa"))
    with database.read() as session:
        assert session.execute(text("SELECT topic FROM organisation_topics")).scalars().all() == ["letters"]
    assert count(database) == 1


def test_save_refuses_what_an_import_would_refuse_and_writes_nothing(service, database):
    with pytest.raises(ValidationError) as bad:
        service.save(org("Jobcenter", phone="ask at the desk"))
    assert bad.value.field == "phone"
    with pytest.raises(ValidationError):
        Organisation(id=None, name="x" * 201, category="other")
    assert count(database) == 0
    with pytest.raises(ValidationError, match="no longer exists"):
        service.save(dataclasses.replace(org("Gone"), id=999))


def test_archive_hides_from_search_and_suggestions_and_keeps_referrals(service, database):
    kept = service.save(org("Refugee Law Clinic", "legal_aid", topics=("residence",)))
    other = service.save(org("Mieterverein", "legal_aid", topics=("housing",)))
    assert kept.id is not None
    assert other.id is not None
    with database.write() as session:  # a referral points at the organisation (ON DELETE RESTRICT)
        session.add(SiteRow(id=1, code="WP", name="Welcome Point"))
        session.flush()
        session.add(VisitRow(id=1, site_id=1, arrived_at=datetime(2026, 5, 4, 10), language="ar"))
        session.flush()
        session.add(ReferralRow(visit_id=1, organisation_id=kept.id, topic="residence",
                                created_at=datetime(2026, 5, 4, 10, 20), follow_up_on=date(2026, 5, 18)))
    archived = service.archive(kept.id)
    assert archived.archived
    assert [o.name for o in service.search()] == ["Mieterverein"]
    assert [o.name for o in service.search(include_archived=True)] == ["Mieterverein", "Refugee Law Clinic"]
    assert [o.name for o in service.suggest("", ["residence"])] == ["Mieterverein"]
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(ReferralRow)) == 1
    assert not service.archive(kept.id, archived=False).archived
    assert [o.name for o in service.suggest("", ["residence"])] == ["Refugee Law Clinic", "Mieterverein"]
    with pytest.raises(ValidationError):
        service.archive(12345)


def test_search_folds_case_and_accents_and_looks_at_topics_and_languages(service):
    service.save(org("Ausländerbehörde", "authority", topics=("residence",), languages=("de", "en")))
    service.save(org("Ärztliche Sprechstunde", "health", address="Kölner Straße 1", languages=("ar",)))
    service.save(org("Sprachcafé", "community", topics=("german_course",)))
    assert [o.name for o in service.search("auslander")] == ["Ausländerbehörde"]
    assert [o.name for o in service.search("ärztliche")] == ["Ärztliche Sprechstunde"]
    assert [o.name for o in service.search("KÖLNER")] == ["Ärztliche Sprechstunde"]
    assert [o.name for o in service.search("arabic")] == ["Ärztliche Sprechstunde"]
    assert [o.name for o in service.search("german courses")] == ["Sprachcafé"]
    assert [o.name for o in service.search("residence authority")] == ["Ausländerbehörde"]
    assert [o.name for o in service.search("")] == ["Ärztliche Sprechstunde", "Ausländerbehörde", "Sprachcafé"]


def test_suggest_puts_organisations_covering_the_chosen_topics_first(service):
    for name, topics in (("Agentur für Arbeit", ("work",)), ("Amt für Soziales", ("benefits", "housing")),
                         ("Fachstelle Wohnungsnotfälle", ("housing",)), ("Jobcenter", ("benefits", "work")),
                         ("Kleiderkammer", ("donations",))):
        service.save(org(name, topics=topics))
    names = [o.name for o in service.suggest("", ["benefits", "work"])]
    assert names == ["Jobcenter", "Agentur für Arbeit", "Amt für Soziales", "Fachstelle Wohnungsnotfälle",
                     "Kleiderkammer"]
    assert [o.name for o in service.suggest("amt", ["housing"])] == ["Amt für Soziales"]
    # Same coverage: a name starting with the text comes before one merely containing it.
    assert [o.name for o in service.suggest("a", [], limit=3)] == [
        "Agentur für Arbeit", "Amt für Soziales", "Fachstelle Wohnungsnotfälle"]
    assert [o.name for o in service.suggest("fur", ["work"], limit=2)] == ["Agentur für Arbeit",
                                                                           "Amt für Soziales"]


# -- import and export ------------------------------------------------------------------------------

def test_a_file_with_bad_rows_imports_nothing_and_reports_every_bad_row(service, database, tmp_path):
    service.save(org("Already here"))
    path = tmp_path / "partner.csv"
    path.write_text(HEADER
                    + "Jobcenter Mitte;Behörde;Luisenstr. 105;0211 8922-0;https://jobcenter.example;benefits;de\n"
                    + ";Beratung;;12;;;\n"
                    + "VHS Integrationskurse;Sprachkurs;;;;german_course;de|uk\n"
                    + "Sprachcafé;Café;;;www.sprachcafe.de;;\n"
                    + "Tafel;community;;;;donations;de\n", encoding="utf-8")
    report = service.import_csv(path)
    assert not report.ok
    assert report.imported == 0
    assert report.rows == 5
    assert report.bad_lines == (3, 5)
    assert [(p.line, p.field, p.code) for p in report.problems] == [
        (3, "name", dc.MISSING_NAME), (3, "phone", dc.BAD_PHONE),
        (5, "category", dc.UNKNOWN_CATEGORY), (5, "website", dc.BAD_URL)]
    assert [o.name for o in service.search()] == ["Already here"]


def test_a_good_file_imports_every_row_in_one_go(service, database, tmp_path):
    path = tmp_path / "partner.csv"
    rows = "".join(f"Beratung {i};counselling;Straße {i};;;letters;de ar\n" for i in range(1, 301))
    path.write_bytes(("\ufeffname,category,address,phone,website,topics,languages\n".replace(",", ";")
                      + rows).encode())
    report = service.import_csv(path)
    assert report.ok
    assert report.imported == report.rows == 300
    assert count(database) == 300
    first = service.search("Beratung 1 Straße 1")[0]
    assert (first.topics, first.languages, first.is_example) == (("letters",), ("de", "ar"), False)


def test_importing_the_same_file_twice_is_refused_the_second_time(service, database, tmp_path):
    path = tmp_path / "partner.csv"
    path.write_text(HEADER + "Tafel;community;Markt 1;;;donations;de\nVHS;Sprachkurs;;;;;\n", encoding="utf-8")
    assert service.import_csv(path).imported == 2
    again = service.import_csv(path)
    assert [(p.line, p.code) for p in again.problems] == [(2, dc.ALREADY_IN_DIRECTORY),
                                                          (3, dc.ALREADY_IN_DIRECTORY)]
    assert count(database) == 2


def test_preview_reports_without_writing(service, database, tmp_path):
    path = tmp_path / "partner.csv"
    path.write_text(HEADER + "Tafel;community;;;;;\n", encoding="utf-8")
    preview = service.preview_import(path)
    assert (preview.ok, preview.rows, preview.imported) == (True, 1, 0)
    assert count(database) == 0


def test_files_that_cannot_be_a_directory_are_refused_with_a_code(service, database, tmp_path):
    latin = tmp_path / "latin.csv"
    latin.write_bytes("name;category\nSprachcafé;community\n".encode("latin-1"))
    with pytest.raises(DirectoryFileError) as not_utf8:
        service.import_csv(latin)
    assert (not_utf8.value.code, not_utf8.value.line) == (dc.FILE_NOT_UTF8, 2)
    big = tmp_path / "big.csv"
    big.write_bytes(b"name;category\n" + b"x;other\n" * (dc.MAX_BYTES // 8))
    with pytest.raises(DirectoryFileError) as too_large:
        service.import_csv(big)
    assert too_large.value.code == dc.FILE_TOO_LARGE
    with pytest.raises(DirectoryFileError) as missing:
        service.import_csv(tmp_path / "missing.csv")
    assert missing.value.code == dc.FILE_UNREADABLE
    assert count(database) == 0


def test_the_export_re_imports_into_another_database_unchanged(service, database, tmp_path):
    with database.write() as session:
        repository = SqlOrganisationRepository(session)
        repository.add_many([
            org(f"{name} (Beispiel)", category, address=f"Beispielstraße {i}, 40210 Düsseldorf",
                phone=f"+49 211 555 0{i:03d}", email=f"kontakt{i}@example.org",
                website=f"https://example.org/partner-{i}", opening_hours=hours, what_to_bring=bring,
                topics=topics, languages=languages, is_example=True, archived=i == 3)
            for i, (name, category, topics, languages, hours, bring) in enumerate(ORGANISATIONS, start=1)])
    path = tmp_path / "export" / "directory.csv"
    path.parent.mkdir()
    assert service.export_csv(path) == len(ORGANISATIONS)
    assert path.read_bytes().startswith(b"\xef\xbb\xbfname,category,")
    assert not list(path.parent.glob("*.part"))  # written atomically: no temporary file left

    other_dir = tmp_path / "other"
    other_dir.mkdir()
    other = open_database(other_dir)
    try:
        report = DirectoryService(other).import_csv(path)
        assert report.ok, report.problems
        assert report.imported == len(ORGANISATIONS)

        def content(svc):
            return [dataclasses.replace(o, id=None) for o in svc.search(include_archived=True)]

        assert content(DirectoryService(other)) == content(service)
        assert sum(o.archived for o in content(service)) == 1
        assert all(o.is_example for o in content(DirectoryService(other)))
    finally:
        other.dispose()


def test_an_empty_directory_exports_a_template_that_imports_as_nothing(service, tmp_path):
    path = tmp_path / "template.csv"
    assert service.export_csv(path) == 0
    report = service.import_csv(path)
    assert (report.ok, report.rows, report.imported) == (True, 0, 0)
