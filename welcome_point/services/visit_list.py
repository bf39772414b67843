"""Use cases of the visits page: a page of the filtered list, its count, and the CSV export.

Every call is one short read session. The filter and sort objects come from the storage module
(they are what the SQL is built from) and are re-exported here, so the UI needs this module only.
Labels for the export (topics, languages, outcomes in the user's language) come from the UI,
because translation is Qt's business and services do not import Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from welcome_point.documents.csv_files import Cell, write_csv
from welcome_point.documents.report_bundle import export_error
from welcome_point.domain.access import Role
from welcome_point.services.access import Access, requires
from welcome_point.storage.engine import Database
from welcome_point.storage.visit_queries import (
    INDEXED_SORT_KEYS,
    SORT_KEYS,
    SORT_LIMIT,
    VISITOR_ANONYMOUS,
    VISITOR_FIRST,
    VISITOR_KINDS,
    VISITOR_RETURNING,
    SortTooWideError,
    SqlVisitListRepository,
    VisitFilter,
    VisitLine,
    VisitSort,
)

if TYPE_CHECKING:
    from welcome_point.services.audit import AuditService

__all__ = [
    "EXPORT_COLUMNS", "INDEXED_SORT_KEYS", "LABEL_GROUPS", "PAGE_SIZE", "SORT_KEYS", "SORT_LIMIT",
    "VISITOR_ANONYMOUS", "VISITOR_FIRST", "VISITOR_KINDS", "VISITOR_RETURNING", "SortTooWideError",
    "VisitFilter", "VisitListRow", "VisitListService", "VisitSort",
]

PAGE_SIZE = 200
EXPORT_BATCH = 1000
# The columns of the CSV file, in order; the caller's header names them in the user's language.
EXPORT_COLUMNS = ("id", "arrived_at", "waiting_minutes", "duration_minutes", "language", "topics",
                  "group_size", "interpreter_needed", "outcome", "volunteers", "referrals", "visitor")
# Groups of ``labels`` for export_csv: code -> text. "interpreter" has the codes "yes" and "no".
LABEL_GROUPS = ("topic", "language", "outcome", "visitor", "interpreter")


@dataclass(frozen=True, slots=True)
class VisitListRow:
    """One line of the visits list: facts of the visit, never a card code."""

    id: int
    arrived_at: datetime
    waiting_minutes: int | None  # None: the conversation never started
    duration_minutes: int | None
    language: str
    topics: tuple[str, ...]
    group_size: int
    interpreter_needed: bool
    outcome: str
    volunteers: tuple[str, ...]
    referrals: int
    visitor: str  # VISITOR_FIRST, VISITOR_RETURNING or VISITOR_ANONYMOUS


def _row(line: VisitLine) -> VisitListRow:
    return VisitListRow(id=line.id, arrived_at=line.arrived_at, waiting_minutes=line.waiting_minutes,
                        duration_minutes=line.duration_minutes, language=line.language, topics=line.topics,
                        group_size=line.group_size, interpreter_needed=line.interpreter_needed,
                        outcome=line.outcome, volunteers=line.volunteers, referrals=line.referrals,
                        visitor=line.visitor)


class VisitListService:
    def __init__(self, database: Database,
                 *, access: Access | None = None, audit: AuditService | None = None) -> None:
        self._access = access or Access()
        self._audit = audit
        self._db = database

    @requires(Role.COORDINATOR)
    def page(self, criteria: VisitFilter, sort: VisitSort | None = None, after: VisitListRow | None = None,
             limit: int = PAGE_SIZE) -> list[VisitListRow]:
        """The next ``limit`` visits after ``after`` (the last row of the previous page; None: the first).

        Raises SortTooWideError (a ValidationError) for a sort without an index over too many visits.
        """
        with self._db.read() as session:
            lines = SqlVisitListRepository(session).page(criteria, sort or VisitSort(), after, limit)
        return [_row(line) for line in lines]

    @requires(Role.COORDINATOR)
    def count(self, criteria: VisitFilter) -> int:
        """How many visits match. Reads every match: the page asks for it off the UI thread."""
        with self._db.read() as session:
            return SqlVisitListRepository(session).count(criteria)

    @requires(Role.COORDINATOR)
    def volunteers(self) -> list[tuple[int, str]]:
        """(id, display name) of every volunteer, by name, for the filter: those who left too."""
        with self._db.read() as session:
            return SqlVisitListRepository(session).volunteers()

    @requires(Role.COORDINATOR)
    def date_span(self) -> tuple[date, date] | None:
        """The days of the first and the last visit, or None when there is no visit yet."""
        with self._db.read() as session:
            span = SqlVisitListRepository(session).date_span()
        return None if span is None else (span[0].date(), span[1].date())

    @requires(Role.STAFF)
    def export_csv(self, criteria: VisitFilter, sort: VisitSort | None, path: Path, header: Sequence[str],
                   labels: Mapping[str, Mapping[str, str]],
                   progress: Callable[[int], None] | None = None) -> int:
        """Write every matching visit to ``path`` (atomically: the old file stays until it is complete).

        ``header`` names EXPORT_COLUMNS; ``labels`` maps codes to text per LABEL_GROUPS (a code
        without a label is written as it is). ``progress`` hears the number of rows written so far.
        Returns the number of visits written. The read is one transaction: the file is one
        consistent snapshot even while the desk keeps saving visits.
        """
        if len(header) != len(EXPORT_COLUMNS):
            raise ValueError(f"the header needs {len(EXPORT_COLUMNS)} names, got {len(header)}")
        with self._db.read() as session:
            batches = SqlVisitListRepository(session).stream(criteria, sort or VisitSort(), EXPORT_BATCH)
            try:
                written = write_csv(path, header, _cells(batches, labels, progress))
            except OSError as error:
                raise export_error(error, path.parent) from error
        if self._audit is not None:
            self._audit.record("export_csv", "visits", written)
        return written


def _cells(batches: Iterator[list[VisitLine]], labels: Mapping[str, Mapping[str, str]],
           progress: Callable[[int], None] | None) -> Iterator[list[Cell]]:
    def text(group: str, code: str) -> str:
        return labels.get(group, {}).get(code, code)

    written = 0
    for batch in batches:
        for line in batch:
            yield [
                line.id,
                line.arrived_at.strftime("%Y-%m-%d %H:%M"),  # ISO: every spreadsheet reads it as a time
                line.waiting_minutes,
                line.duration_minutes,
                text("language", line.language),
                "; ".join(text("topic", code) for code in line.topics),
                line.group_size,
                text("interpreter", "yes" if line.interpreter_needed else "no"),
                text("outcome", line.outcome),
                "; ".join(line.volunteers),
                line.referrals,
                text("visitor", line.visitor),
            ]
        written += len(batch)
        if progress is not None:
            progress(written)
