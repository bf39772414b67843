"""The audit log's entries and their hash chain (stdlib only).

Each entry's hash covers the previous entry's hash and the entry's own fields, so changing,
removing or reordering an entry breaks every hash after it. Entries hold ids and action codes,
never names, card codes or other personal data.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from welcome_point.domain.errors import ValidationError

GENESIS = "0" * 64


@dataclass(frozen=True, slots=True)
class AuditEvent:
    id: int
    at: datetime  # whole seconds
    account_id: int | None
    action: str  # a code from AUDIT_ACTIONS
    object_type: str = ""
    object_id: int | None = None
    prev_hash: str = GENESIS
    hash: str = GENESIS


def event_hash(prev_hash: str, event_id: int, at: datetime, account_id: int | None, action: str,
               object_type: str, object_id: int | None) -> str:
    """The canonical text is frozen: migration 0005 computes the same for older rows."""
    text = "|".join([prev_hash, str(event_id), at.strftime("%Y-%m-%d %H:%M:%S"),
                     "" if account_id is None else str(account_id), action, object_type,
                     "" if object_id is None else str(object_id)])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def first_broken(events: Iterable[AuditEvent]) -> int | None:
    """The id of the first entry whose chain does not hold, or None when the whole log is intact."""
    prev = GENESIS
    for event in events:
        expected = event_hash(prev, event.id, event.at, event.account_id, event.action,
                              event.object_type, event.object_id)
        if event.prev_hash != prev or event.hash != expected:
            return event.id
        prev = event.hash
    return None


@dataclass(frozen=True, slots=True)
class AuditCheck:
    """The result of checking the whole chain: ``first_broken_id`` names where it stops holding."""

    ok: bool
    count: int
    first_broken_id: int | None = None


def check_chain(events: Iterable[AuditEvent]) -> AuditCheck:
    """Walk the chain once (oldest first), counting; stops at the first entry that does not hold.

    Besides the hashes, ids must run 1, 2, 3, ... (each entry is written with id = last + 1), so a
    removed entry is named even where someone rebuilt the hashes after it from scratch.
    """
    prev = GENESIS
    count = 0
    for count, event in enumerate(events, start=1):
        expected = event_hash(prev, event.id, event.at, event.account_id, event.action,
                              event.object_type, event.object_id)
        if event.id != count or event.prev_hash != prev or event.hash != expected:
            return AuditCheck(ok=False, count=count, first_broken_id=event.id)
        prev = event.hash
    return AuditCheck(ok=True, count=count)


# Codes only: lower-case ASCII words. Free text (a name, a card code) cannot pass, so an entry
# cannot carry personal data even by mistake. object_type may hold a settings key ("backup.extra_dir").
_ACTION = re.compile(r"[a-z][a-z0-9_]{0,59}")
_OBJECT_TYPE = re.compile(r"(?:[a-z][a-z0-9_.]{0,29})?")
_ID_RANGE = range(-(2**63), 2**63)  # SQLite's integers


def check_entry(action: str, object_type: str, object_id: int | None) -> None:
    """Refuse an entry that is not made of codes and ids (ValidationError; nothing is written)."""
    if not isinstance(action, str) or not _ACTION.fullmatch(action):
        raise ValidationError("an audit action is a lower-case code", "action")
    if not isinstance(object_type, str) or not _OBJECT_TYPE.fullmatch(object_type):
        raise ValidationError("an audit object type is a lower-case code", "object_type")
    if object_id is not None and (isinstance(object_id, bool) or not isinstance(object_id, int)
                                  or object_id not in _ID_RANGE):
        raise ValidationError("an audit object id is a database id", "object_id")


# What is audited. Codes are stable; the viewer translates them.
AUDIT_ACTIONS = (
    "login", "login_failed", "logout", "lock", "switch_user", "account_created", "account_changed",
    "password_changed", "pin_changed", "admin_created",
    "export_report", "export_csv", "export_subject_access", "merge_reports",
    "visit_deleted", "shift_deleted", "organisation_archived", "volunteer_deactivated",
    "erasure_visitor", "erasure_volunteer", "retention_run",
    "backup", "restore", "settings_changed", "demo_data",
    "account_locked",  # the 5th failed login in a row and each one after it: logins wait
)
