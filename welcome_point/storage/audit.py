"""The audit log's table: appending to the hash chain and reading it back.

Rows are never updated or deleted (the triggers of migration 0005 refuse it); an entry is only
ever appended, inside the transaction of the change it records, so that the change and its entry
are committed together or not at all.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from welcome_point.domain.audit import GENESIS, AuditEvent, check_entry, event_hash
from welcome_point.storage.tables import AuditEventRow

_COLUMNS = (AuditEventRow.id, AuditEventRow.at, AuditEventRow.account_id, AuditEventRow.action,
            AuditEventRow.object_type, AuditEventRow.object_id, AuditEventRow.prev_hash, AuditEventRow.hash)


def append_event(session: Session, *, at: datetime, account_id: int | None, action: str,
                 object_type: str = "", object_id: int | None = None) -> AuditEvent:
    """Append one entry to the chain, inside the caller's (write) transaction.

    The id is given explicitly as last id + 1: the chain is ordered by id, and an id that SQLite
    chose could reuse the id of a removed last row. Call it in a ``Database.write()`` session: that
    transaction holds the write lock from its start, so no other writer reads the same last row.
    """
    check_entry(action, object_type, object_id)
    at = at.replace(microsecond=0)  # whole seconds: the hash's text has no fractions
    last = session.execute(select(AuditEventRow.id, AuditEventRow.hash)
                           .order_by(AuditEventRow.id.desc()).limit(1)).first()
    event_id, prev_hash = (1, GENESIS) if last is None else (last.id + 1, last.hash)
    digest = event_hash(prev_hash, event_id, at, account_id, action, object_type, object_id)
    session.add(AuditEventRow(id=event_id, at=at, account_id=account_id, action=action,
                              object_type=object_type, object_id=object_id, prev_hash=prev_hash,
                              hash=digest))
    session.flush()
    return AuditEvent(id=event_id, at=at, account_id=account_id, action=action, object_type=object_type,
                      object_id=object_id, prev_hash=prev_hash, hash=digest)


def _event(row: Any) -> AuditEvent:
    return AuditEvent(id=row.id, at=row.at, account_id=row.account_id, action=row.action,
                      object_type=row.object_type or "", object_id=row.object_id,
                      prev_hash=row.prev_hash, hash=row.hash)


class SqlAuditRepository:
    """Reading the log; writing goes through ``append_event`` only."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def newest(self, limit: int = 500, before_id: int | None = None,
               action: str | None = None) -> list[AuditEvent]:
        """Newest first; ``before_id`` pages back from the last entry shown."""
        query = select(*_COLUMNS).order_by(AuditEventRow.id.desc()).limit(limit)
        if before_id is not None:
            query = query.where(AuditEventRow.id < before_id)
        if action is not None:
            query = query.where(AuditEventRow.action == action)
        return [_event(row) for row in self._session.execute(query)]

    def in_order(self, batch: int = 5000) -> Iterator[AuditEvent]:
        """Every entry, oldest first, read in batches so a long log is not held in memory at once."""
        after = None
        while True:
            query = select(*_COLUMNS).order_by(AuditEventRow.id).limit(batch)
            if after is not None:
                query = query.where(AuditEventRow.id > after)
            rows = self._session.execute(query).all()
            for row in rows:
                yield _event(row)
            if len(rows) < batch:
                return
            after = rows[-1].id
