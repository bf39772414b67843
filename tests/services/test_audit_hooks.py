"""What the issue asks to be audited is audited by the services themselves, with ids only."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta

from tests.documents.report_samples import anonymised_report
from welcome_point.domain.access import Principal, Role
from welcome_point.domain.desk import VisitForm
from welcome_point.domain.models import Organisation, Volunteer
from welcome_point.domain.report import Period
from welcome_point.domain.shifts import ShiftTemplate
from welcome_point.services.access import Access
from welcome_point.services.container import build_services
from welcome_point.services.visit_list import EXPORT_COLUMNS, VisitFilter

CANARY = "CANARY-AUDIT-4711"


def test_deletions_exports_and_settings_changes_are_audited_by_id(database, data_dir, tmp_path):
    services = build_services(database, data_dir, Access(Principal(account_id=42, role=Role.ADMIN)))
    services.desk.update_site(f"{CANARY} site", f"{CANARY} street", "")
    visit = services.desk.save_visit(VisitForm(language="ar", topics=("work",), arrived_at=services.desk.now()))
    services.desk.delete_visit(visit.visit_id)
    partner = services.directory.save(Organisation(id=None, name=f"{CANARY} partner", category="other"))
    assert partner.id is not None
    services.directory.archive(partner.id)
    services.directory.export_csv(tmp_path / "directory.csv")
    services.reports.set_k(6)
    person = services.volunteers.save(Volunteer(id=None, display_name=f"{CANARY} volunteer",
                                                joined_on=date(2025, 1, 1)))
    assert person.id is not None
    services.volunteers.set_active(person.id, False)
    monday = date.today() + timedelta(days=7 - date.today().weekday())
    services.shifts.create_from_templates([ShiftTemplate(0, datetime(2026, 1, 1, 10).time(),
                                                         datetime(2026, 1, 1, 13).time())], monday, monday)
    (shift,) = services.shifts.shifts_between(monday, monday)
    assert shift.shift.id is not None
    services.shifts.delete_shift(shift.shift.id)
    services.visits.export_csv(VisitFilter(), None, tmp_path / "visits.csv", list(EXPORT_COLUMNS), {})
    services.report_files.export(anonymised_report(), tmp_path)
    assert isinstance(anonymised_report().period, Period)

    events = list(reversed(services.audit.events()))
    assert [(e.action, e.object_type, e.object_id) for e in events] == [
        ("settings_changed", "site", services.desk.site().id),
        ("visit_deleted", "visit", visit.visit_id),
        ("organisation_archived", "organisation", partner.id),
        ("export_csv", "organisations", 1),
        ("settings_changed", "report_k", 6),
        ("volunteer_deactivated", "volunteer", person.id),
        ("shift_deleted", "shift", shift.shift.id),
        ("export_csv", "visits", 0),
        ("export_report", "month", 202610),
    ]
    assert {e.account_id for e in events} == {42}
    assert services.audit.verify().ok
    raw = sqlite3.connect(database.path)
    try:
        rows = raw.execute("SELECT * FROM audit_events").fetchall()
    finally:
        raw.close()
    assert CANARY not in repr(rows)
