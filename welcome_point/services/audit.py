"""The audit log: recording what happened (ids and codes only) and checking the chain.

Every service that audits shares one ``AuditService``. ``record_in`` writes the entry inside the
caller's transaction, so a change and its entry are committed together; ``record`` takes its own
short write transaction for events that change nothing else (a login, an export).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy.orm import Session

from welcome_point.domain.access import Role
from welcome_point.domain.audit import AuditCheck, AuditEvent, check_chain, check_entry
from welcome_point.domain.errors import ValidationError
from welcome_point.services.access import Access, public, requires
from welcome_point.storage.audit import SqlAuditRepository, append_event
from welcome_point.storage.engine import Database

MAX_PAGE = 10_000


class AuditService:
    def __init__(self, database: Database, access: Access | None = None,
                 clock: Callable[[], datetime] = datetime.now) -> None:
        self._db = database
        self._access = access or Access()
        self._clock = clock

    # Recording is open to everyone: a failed login is recorded while nobody is signed in.

    @public
    def record(self, action: str, object_type: str = "", object_id: int | None = None) -> None:
        """Record one event by the current account in its own transaction."""
        check_entry(action, object_type, object_id)  # before taking the write lock
        with self._db.write() as session:
            self.record_in(session, action, object_type, object_id)

    @public
    def record_in(self, session: Session, action: str, object_type: str = "",
                  object_id: int | None = None) -> None:
        """Record one event by the current account inside the caller's write session."""
        append_event(session, at=self._clock(), account_id=self._access.account_id, action=action,
                     object_type=object_type, object_id=object_id)

    @public
    def record_as(self, session: Session, account_id: int | None, action: str, object_type: str = "",
                  object_id: int | None = None) -> None:
        """Record an event for a given account (a login attempt, before anyone is signed in)."""
        append_event(session, at=self._clock(), account_id=account_id, action=action,
                     object_type=object_type, object_id=object_id)

    # Reading the log is for admins: who did what, when, is itself about people.

    @requires(Role.ADMIN)
    def events(self, limit: int = 500, before_id: int | None = None,
               action: str | None = None) -> list[AuditEvent]:
        """Newest first, at most ``limit``; ``before_id`` pages back, ``action`` filters."""
        if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_PAGE:
            raise ValidationError(f"a page of the audit log holds 1 to {MAX_PAGE} entries", "limit")
        # The same rules as for writing: a filter that is no code, or an id beyond SQLite's, is an error.
        check_entry("login" if action is None else action, "", before_id)
        with self._db.read() as session:
            return SqlAuditRepository(session).newest(limit, before_id, action)

    @requires(Role.ADMIN)
    def verify(self) -> AuditCheck:
        """Walk the whole chain: ok, how many entries, and the first entry that does not hold."""
        with self._db.read() as session:
            return check_chain(SqlAuditRepository(session).in_order())
