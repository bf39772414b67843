"""Printouts for the visitor: referral slips and visitor cards, written to a private folder.

The labels come translated from the UI (the services have no Qt); this service supplies the
facts from the database and writes the PDFs. Printouts hold card codes, so files older than a
day are removed whenever a new one is written.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from welcome_point.domain.access import Role
from welcome_point.domain.errors import ValidationError
from welcome_point.domain.models import Organisation, Site
from welcome_point.services.access import Access, public, requires
from welcome_point.storage.desk import SqlVisitRepository
from welcome_point.storage.engine import Database
from welcome_point.storage.organisations import SqlOrganisationRepository
from welcome_point.storage.repositories import SqlSiteRepository

MAX_AGE_SECONDS = 24 * 3600


@dataclass(frozen=True, slots=True)
class SlipFacts:
    """What a referral slip says, before its labels are translated."""

    referral_id: int
    site: Site
    organisation: Organisation
    topic: str
    language: str  # the language of the visit: the slip's second column
    issued_on: date


class PrintoutService:
    def __init__(self, database: Database, folder: Path,
                 clock: Callable[[], datetime] = datetime.now,
                 *, access: Access | None = None) -> None:
        self._access = access or Access()
        self._db = database
        self.folder = folder
        self._clock = clock

    @requires(Role.VOLUNTEER)
    def slip_facts(self, referral_ids: Sequence[int]) -> list[SlipFacts]:
        facts = []
        with self._db.read() as session:
            site = SqlSiteRepository(session).first()
            organisations = SqlOrganisationRepository(session)
            for referral_id in referral_ids:
                row = SqlVisitRepository(session).referral_for_slip(referral_id)
                if row is None or site is None:
                    raise ValidationError("this referral no longer exists")
                organisation_id, topic, created_at, language = row
                organisation = organisations.get(organisation_id)
                if organisation is None:
                    raise ValidationError("the organisation of this referral no longer exists")
                facts.append(SlipFacts(referral_id=referral_id, site=site, organisation=organisation,
                                       topic=topic, language=language, issued_on=created_at.date()))
        return facts

    @requires(Role.VOLUNTEER)
    def write(self, name: str, write: Callable[[Path], Path]) -> Path:
        """Write one printout with ``write`` (a documents writer) into the private folder."""
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.remove_old()
        stamp = self._clock().strftime("%Y%m%d-%H%M%S")
        return write(self.folder / f"{name}-{stamp}.pdf")

    @public
    def remove_old(self) -> None:
        """Delete printouts older than a day: when the database opens and before each new one."""
        if not self.folder.is_dir():
            return
        limit = time.time() - MAX_AGE_SECONDS
        for path in self.folder.glob("*.pdf"):
            with contextlib.suppress(OSError):
                if path.stat().st_mtime < limit:
                    os.unlink(path)
