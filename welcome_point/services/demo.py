"""Fill a database with demo data, refusing to mix it with data that is already there."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from welcome_point.domain.access import Role
from welcome_point.domain.errors import DatabaseNotEmptyError
from welcome_point.services.access import Access, requires
from welcome_point.services.demo_data import generate
from welcome_point.storage import backups as backup_files
from welcome_point.storage import bulk
from welcome_point.storage.engine import Database
from welcome_point.storage.repositories import SqlSettingsRepository, SqlStatisticsRepository

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from welcome_point.services.audit import AuditService


@dataclass(frozen=True, slots=True)
class DemoResult:
    visits: int
    visitors: int
    volunteers: int
    shifts: int
    backup: Path | None


class DemoService:
    def __init__(self, database: Database, backups: Path,
                 *, access: Access | None = None, audit: AuditService | None = None) -> None:
        self._access = access or Access()
        self._audit = audit
        self._db = database
        self._backups = backups

    @requires(Role.ADMIN)
    def check_may_fill(self, *, force: bool = False) -> bool:
        """Whether data would be replaced; refuses unless ``force``. Advisory: fill checks again."""
        with self._db.read() as session:
            return self._check(session, force)

    @staticmethod
    def _check(session: Session, force: bool) -> bool:
        counts = SqlStatisticsRepository(session).row_counts()
        holds_data = any(n for name, n in counts.items() if name not in bulk.KEPT_ON_REPLACE)
        if holds_data and not force:
            raise DatabaseNotEmptyError(
                "The database already holds data; demo data would replace it. "
                "Use --force to replace it (a backup copy is taken first).")
        return holds_data

    @requires(Role.ADMIN)
    def fill(self, *, months: int = 12, seed: int = 1, today: date | None = None,
             force: bool = False) -> DemoResult:
        data = generate(seed, today or date.today(), months)
        copy = None
        # Check, copy and replace inside one write transaction: nobody can add data in between.
        with self._db.write() as session:
            if self._check(session, force):
                # Copies of earlier demo data rotate; a copy of real data is never deleted here.
                replacing_demo = SqlSettingsRepository(session).get("demo.seed") is not None
                copy = backup_files.backup_copy(
                    self._db.path, self._backups,
                    "before-demo" if replacing_demo else "before-demo-real-data",
                    keep=backup_files.KEEP_COPIES if replacing_demo else None)
            bulk.erase_data(session)
            bulk.write_dataset(session, data)
            settings = SqlSettingsRepository(session)
            settings.set("demo.seed", str(seed))
            if self._audit is not None:
                self._audit.record_in(session, "demo_data", "seed", seed)
            settings.set("site.code", data.sites[0].code)
        return DemoResult(visits=len(data.visits), visitors=len(data.visitors),
                          volunteers=len(data.volunteers), shifts=len(data.shifts), backup=copy)
