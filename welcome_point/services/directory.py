"""The partner directory: search, edit, archive, and CSV import (all or nothing) and export."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from welcome_point.documents.atomic import read_at_most
from welcome_point.documents.csv_files import write_csv
from welcome_point.documents.report_bundle import export_error
from welcome_point.domain import directory_csv as dc
from welcome_point.domain.access import Role
from welcome_point.domain.directory_csv import DirectoryFileError, RowProblem, fold
from welcome_point.domain.errors import ValidationError
from welcome_point.domain.models import Organisation
from welcome_point.services.access import Access, requires
from welcome_point.storage.engine import Database
from welcome_point.storage.organisations import SqlOrganisationRepository

if TYPE_CHECKING:
    from welcome_point.services.audit import AuditService


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import did: all rows added, or none and every problem with its line."""

    path: Path
    rows: int  # organisation rows in the file
    imported: int  # rows written: all of them, or 0
    problems: tuple[RowProblem, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def bad_lines(self) -> tuple[int, ...]:
        return tuple(sorted({problem.line for problem in self.problems}))


def read_directory_file(path: Path) -> dc.DirectoryImport:
    """Parse a CSV file from disk; an unreadable, oversized or non-UTF-8 file is a DirectoryFileError."""
    try:
        data = read_at_most(path, dc.MAX_BYTES)
        if data is None:
            raise DirectoryFileError(dc.FILE_TOO_LARGE, f"the file is larger than {dc.MAX_BYTES // 2**20} MB")
    except OSError as exc:
        raise DirectoryFileError(dc.FILE_UNREADABLE, exc.strerror or str(exc)) from exc
    return dc.parse_directory_csv(dc.decode_directory_bytes(data))


class DirectoryService:
    def __init__(self, database: Database,
                 *, access: Access | None = None, audit: AuditService | None = None) -> None:
        self._access = access or Access()
        self._audit = audit
        self._db = database

    @requires(Role.VOLUNTEER)
    def search(self, text: str = "", include_archived: bool = False) -> list[Organisation]:
        """Organisations matching every word of ``text`` (name, address, category, topics…), by name."""
        with self._db.read() as session:
            return SqlOrganisationRepository(session).search(text, include_archived=include_archived)

    @requires(Role.VOLUNTEER)
    def get(self, organisation_id: int) -> Organisation | None:
        with self._db.read() as session:
            return SqlOrganisationRepository(session).get(organisation_id)

    @requires(Role.STAFF)
    def save(self, organisation: Organisation) -> Organisation:
        """Create (no id) or update an organisation, after the checks the import applies too."""
        dc.check_organisation(organisation)
        with self._db.write() as session:
            repository = SqlOrganisationRepository(session)
            if organisation.id is None:
                return repository.add(organisation)
            saved = repository.update(organisation)
        if saved is None:
            raise ValidationError("this organisation no longer exists")
        return saved

    @requires(Role.STAFF)
    def archive(self, organisation_id: int, archived: bool = True) -> Organisation:
        """Archive (hide from the desk, keep for old referrals) or restore an organisation."""
        with self._db.write() as session:
            saved = SqlOrganisationRepository(session).set_archived(organisation_id, archived)
            if saved is not None and archived and self._audit is not None:
                self._audit.record_in(session, "organisation_archived", "organisation", organisation_id)
        if saved is None:
            raise ValidationError("this organisation no longer exists")
        return saved

    @requires(Role.VOLUNTEER)
    def suggest(self, text: str = "", topics: Sequence[str] = (), limit: int = 10) -> list[Organisation]:
        """For the desk's referral type-ahead: active organisations matching ``text``.

        Those covering the most of ``topics`` come first; among equals, a name that starts with
        the text before one that merely contains it, then by name.
        """
        with self._db.read() as session:
            candidates = SqlOrganisationRepository(session).for_topics(topics)
        folded = fold(text.strip())
        words = folded.split()
        wanted = set(topics)
        # The name only: a single letter typed would match every address otherwise.
        found = [o for o in candidates if all(word in fold(o.name) for word in words)]
        found.sort(key=lambda o: (-len(wanted.intersection(o.topics)),
                                  not fold(o.name).startswith(folded)))  # stable: name order stays
        return found[:limit]

    # -- CSV --------------------------------------------------------------------------------

    @requires(Role.STAFF)
    def preview_import(self, path: Path) -> ImportReport:
        """What ``import_csv`` would do, without writing anything."""
        return self._import(path, write=False)

    @requires(Role.STAFF)
    def import_csv(self, path: Path) -> ImportReport:
        """All or nothing: with any bad row nothing is written and the report lists every bad row;
        otherwise every row is added in one transaction.

        Raises DirectoryFileError for a file that cannot be read as a directory at all.
        """
        return self._import(path, write=True)

    def _import(self, path: Path, *, write: bool) -> ImportReport:
        parsed = read_directory_file(path)
        problems = list(parsed.problems)
        # The check against the directory and the write share one transaction: nobody can add
        # the same organisation in between.
        with self._db.write() if write else self._db.read() as session:
            repository = SqlOrganisationRepository(session)
            known = repository.identities()
            problems += [RowProblem(row.line, "name", dc.ALREADY_IN_DIRECTORY, row.organisation.name)
                         for row in parsed.rows if dc.identity(row.organisation) in known]
            if problems or not write:
                problems.sort(key=lambda p: p.line)  # stable: within a line, the column order stays
                return ImportReport(path, parsed.row_count, 0, tuple(problems))
            imported = repository.add_many(parsed.organisations)
        return ImportReport(path, parsed.row_count, imported)

    @requires(Role.STAFF)
    def export_csv(self, path: Path, include_archived: bool = True) -> int:
        """Write the directory as CSV (atomically); returns the number of organisations written."""
        organisations = self.search("", include_archived=include_archived)
        header, rows = dc.directory_csv_rows(organisations)
        try:
            written = write_csv(path, header, rows)
        except OSError as error:
            raise export_error(error, path.parent) from error
        if self._audit is not None:
            self._audit.record("export_csv", "organisations", written)
        return written
