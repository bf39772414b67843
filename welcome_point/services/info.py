"""What is in the data folder: used by `welcome-point info` and the Settings page."""

from __future__ import annotations

from pathlib import Path

from welcome_point.domain.models import DatabaseInfo
from welcome_point.services.access import Access, public
from welcome_point.storage import schema
from welcome_point.storage.engine import Database
from welcome_point.storage.repositories import SqlSiteRepository, SqlStatisticsRepository


class InfoService:
    def __init__(self, database: Database, data_dir: Path,
                 *, access: Access | None = None) -> None:
        self._access = access or Access()
        self._db = database
        self._data_dir = data_dir

    @public
    def database_info(self) -> DatabaseInfo:
        with self._db.read() as session:
            counts = SqlStatisticsRepository(session).row_counts()
            site = SqlSiteRepository(session).first()
        return DatabaseInfo(
            data_dir=self._data_dir,
            database_file=self._db.path,
            revision=schema.inspect_schema(self._db.path).revision,
            head_revision=schema.head_revision(),
            counts=counts,
            site=site,
        )
