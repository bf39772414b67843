"""All services of one open database, built once by the composition root and handed to the window."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from welcome_point.services.access import Access
from welcome_point.services.audit import AuditService
from welcome_point.services.auth import AuthService
from welcome_point.services.backups import BackupService
from welcome_point.services.certificates import CertificateService
from welcome_point.services.desk import DeskService
from welcome_point.services.directory import DirectoryService
from welcome_point.services.info import InfoService
from welcome_point.services.printouts import PrintoutService
from welcome_point.services.privacy import PrivacyService
from welcome_point.services.referrals import ReferralService
from welcome_point.services.report_export import ReportExporter
from welcome_point.services.reports import ReportService
from welcome_point.services.shifts import ShiftService
from welcome_point.services.visit_list import VisitListService
from welcome_point.services.volunteers import VolunteerService
from welcome_point.storage.engine import Database
from welcome_point.storage.location import printouts_dir

EXPORTS_FOLDER = "exports"


@dataclass(frozen=True, slots=True)
class Services:
    # Shared by every service: who is signed in (None while the window is locked).
    access: Access
    audit: AuditService
    auth: AuthService
    backups: BackupService
    privacy: PrivacyService
    info: InfoService
    desk: DeskService
    directory: DirectoryService
    referrals: ReferralService
    visits: VisitListService
    printouts: PrintoutService
    volunteers: VolunteerService
    shifts: ShiftService
    certificates: CertificateService
    reports: ReportService
    report_files: ReportExporter
    # Where an e-mail draft's files go when no folder was chosen yet: anonymous counts only.
    exports_dir: Path


def exports_dir(data_dir: Path) -> Path:
    return data_dir / EXPORTS_FOLDER


def build_services(database: Database, data_dir: Path, access: Access | None = None) -> Services:
    """Every service of one database, acting for ``access`` (default: the command line's SYSTEM)."""
    access = access or Access()
    audit = AuditService(database, access)
    backups = BackupService(database, data_dir, access=access, audit=audit)
    shifts = ShiftService(database, access=access, audit=audit)
    volunteers = VolunteerService(database, access=access, audit=audit)
    return Services(
        access=access,
        audit=audit,
        auth=AuthService(database, access=access, audit=audit),
        backups=backups,
        # Retention runs and erasures take a backup first.
        privacy=PrivacyService(database, access=access, audit=audit, before_change=backups.backup_before),
        info=InfoService(database, data_dir, access=access),
        desk=DeskService(database, access=access, audit=audit),
        directory=DirectoryService(database, access=access, audit=audit),
        referrals=ReferralService(database, access=access),
        visits=VisitListService(database, access=access, audit=audit),
        printouts=PrintoutService(database, printouts_dir(data_dir), access=access),
        volunteers=volunteers,
        shifts=shifts,
        certificates=CertificateService(database, shifts, volunteers, access=access, audit=audit),
        reports=ReportService(database, access=access, audit=audit),
        report_files=ReportExporter(access=access, audit=audit),
        exports_dir=exports_dir(data_dir),
    )
