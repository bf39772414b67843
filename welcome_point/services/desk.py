"""Use cases of the desk: the queue, card codes, and saving a visit in one transaction (with Undo)."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from welcome_point.domain import cardcode
from welcome_point.domain.access import AccessDenied, Role
from welcome_point.domain.desk import QueueEntry, SavedVisit, VisitForm, VisitSummary
from welcome_point.domain.errors import ValidationError
from welcome_point.domain.models import Site, Visitor
from welcome_point.services.access import Access, public, requires
from welcome_point.storage.desk import (
    SqlQueueRepository,
    SqlVisitorRepository,
    SqlVisitRepository,
    SqlVolunteerNames,
)
from welcome_point.storage.engine import Database
from welcome_point.storage.repositories import SqlSiteRepository

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from welcome_point.services.audit import AuditService

# A fresh install records visits at once; the name is changed on the Settings page.
DEFAULT_SITE = Site(id=None, code="WP", name="Welcome Point")


class DeskService:
    def __init__(self, database: Database, clock: Callable[[], datetime] = datetime.now,
                 randbelow: Callable[[int], int] = secrets.randbelow,
                 *, access: Access | None = None, audit: AuditService | None = None) -> None:
        self._access = access or Access()
        self._audit = audit
        self._db = database
        self._clock = clock
        self._randbelow = randbelow
        self._site_id: int | None = None

    @public
    def now(self) -> datetime:
        # Whole seconds: nobody needs more, and the times compare cleanly after a round trip.
        return self._clock().replace(microsecond=0)

    # -- the site ---------------------------------------------------------------------------

    @public
    def site(self) -> Site:
        """The Welcome Point of this install; created with a default name on first use."""
        with self._db.write() as session:
            repository = SqlSiteRepository(session)
            site = repository.first() or repository.add(DEFAULT_SITE)
        assert site.id is not None
        self._site_id = site.id
        return site

    @requires(Role.STAFF)
    def update_site(self, name: str, address: str, opening_hours: str) -> Site:
        """Name, address and opening hours as cards and slips print them."""
        current = self.site()
        site = Site(id=current.id, code=current.code, name=name.strip(), address=address.strip(),
                    opening_hours=opening_hours.strip())
        with self._db.write() as session:
            saved = SqlSiteRepository(session).update(site)
            if self._audit is not None:
                self._audit.record_in(session, "settings_changed", "site", saved.id)
        return saved

    def _site(self) -> int:
        return self._site_id if self._site_id is not None else self.site().id or 0

    # -- the queue --------------------------------------------------------------------------

    @requires(Role.VOLUNTEER)
    def queue(self) -> list[QueueEntry]:
        """People waiting, longest-waiting first."""
        site_id = self._site()
        with self._db.read() as session:
            return SqlQueueRepository(session).waiting(site_id)

    @requires(Role.VOLUNTEER)
    def in_conversation(self) -> list[QueueEntry]:
        site_id = self._site()
        with self._db.read() as session:
            return SqlQueueRepository(session).in_conversation(site_id)

    @requires(Role.VOLUNTEER)
    def arrive(self, language: str | None = None, card_code: str | None = None) -> QueueEntry:
        entry = QueueEntry(id=None, site_id=self._site(), arrived_at=self.now(), language=language or None,
                           card_code=card_code or None)
        with self._db.write() as session:
            return SqlQueueRepository(session).add(entry)

    @requires(Role.VOLUNTEER)
    def call_next(self, entry_id: int | None = None) -> QueueEntry | None:
        """Take a person into the conversation: the chosen one, else the longest-waiting one."""
        site_id = self._site()
        with self._db.write() as session:
            queue = SqlQueueRepository(session)
            if entry_id is None:
                waiting = queue.waiting(site_id)
                if not waiting:
                    return None
                entry_id = waiting[0].id
                assert entry_id is not None
            entry = queue.get(entry_id)
            if entry is None or entry.called_at is not None:
                raise ValidationError("this person is no longer waiting", "queue")
            return queue.set_called(entry_id, max(self.now(), entry.arrived_at))

    @requires(Role.VOLUNTEER)
    def back_to_queue(self, entry_id: int) -> QueueEntry | None:
        """Undo of a call: the person waits again, in their old place."""
        with self._db.write() as session:
            return SqlQueueRepository(session).set_called(entry_id, None)

    @requires(Role.VOLUNTEER)
    def leave_queue(self, entry_id: int) -> QueueEntry | None:
        """Someone left without a conversation (or was entered twice)."""
        with self._db.write() as session:
            return SqlQueueRepository(session).remove(entry_id)

    # -- visitors ---------------------------------------------------------------------------

    @requires(Role.VOLUNTEER)
    def lookup(self, card_code: str) -> Visitor | None:
        """The visitor with this card, or None for a code not issued here. Raises CardCodeError
        for a code that cannot be right (typing error caught by the check character)."""
        code = cardcode.normalise(card_code)
        with self._db.read() as session:
            return SqlVisitorRepository(session).by_code(code)

    @requires(Role.VOLUNTEER)
    def new_card_code(self) -> str:
        """A code no visitor has (44 random bits: a clash is rare, but checked)."""
        with self._db.read() as session:
            visitors = SqlVisitorRepository(session)
            while True:
                code = cardcode.generate(self._randbelow)
                if not visitors.code_taken(code):
                    return code

    # -- visits -----------------------------------------------------------------------------

    @requires(Role.VOLUNTEER)
    def save_visit(self, form: VisitForm) -> SavedVisit:
        """Validate and write the visit, its visitor (new or updated), topics and referrals, and
        take its person off the queue: all in one transaction, so nothing is half-saved."""
        now = self.now()
        form = form.validate(now)
        site_id = self._site()
        with self._db.write() as session:
            visitors = SqlVisitorRepository(session)
            visitor_id, created = _visitor_for(visitors, form)
            visit_id, referral_ids = SqlVisitRepository(session).add(site_id, visitor_id, form, now)
            entry = None
            if form.queue_entry_id is not None:
                entry = SqlQueueRepository(session).remove(form.queue_entry_id)
        return SavedVisit(visit_id=visit_id, visitor_id=visitor_id, created_visitor=created,
                          referral_ids=referral_ids, queue_entry=entry, form=form)

    @requires(Role.VOLUNTEER)
    def undo(self, saved: SavedVisit) -> None:
        """Take back a save: the visit goes, a visitor created by it goes, the person returns to
        the conversation they were in."""
        with self._db.write() as session:
            self._check_visit_day(session, saved.visit_id)  # Undo is no way round the day rule
            if SqlVisitRepository(session).delete(saved.visit_id) and self._audit is not None:
                self._audit.record_in(session, "visit_deleted", "visit", saved.visit_id)
            if saved.created_visitor and saved.visitor_id is not None:
                SqlVisitorRepository(session).delete_if_unvisited(saved.visitor_id)
            if saved.queue_entry is not None:
                queue = SqlQueueRepository(session)
                if queue.get(saved.queue_entry.id or 0) is None:
                    queue.add(saved.queue_entry)

    @requires(Role.VOLUNTEER)
    def visit_form(self, visit_id: int) -> VisitForm:
        with self._db.read() as session:
            found = SqlVisitRepository(session).form(visit_id)
        if found is None:
            raise ValidationError("this visit no longer exists")
        self._check_day(found[0].arrived_at)
        return found[0]

    def _check_day(self, arrived_at: datetime) -> None:
        """At the desk (role volunteer) only today's visits are opened or changed: the history of a
        card is the coordinators' business."""
        if not self._access.require(Role.VOLUNTEER).may(Role.COORDINATOR) \
                and arrived_at.date() != self.now().date():
            raise AccessDenied("Only today's visits can be opened or changed at the desk; ask a coordinator.")

    def _check_visit_day(self, session: Session, visit_id: int) -> None:
        found = SqlVisitRepository(session).form(visit_id)
        if found is not None:
            self._check_day(found[0].arrived_at)

    @requires(Role.VOLUNTEER)
    def organisation_names(self, ids: set[int]) -> dict[int, str]:
        with self._db.read() as session:
            return SqlVisitRepository(session).organisation_names(ids)

    @requires(Role.VOLUNTEER)
    def update_visit(self, visit_id: int, form: VisitForm) -> None:
        now = self.now()
        form = form.validate(now)
        self._check_day(form.arrived_at)
        with self._db.write() as session:
            self._check_visit_day(session, visit_id)
            visitor_id, _ = _visitor_for(SqlVisitorRepository(session), form)
            if not SqlVisitRepository(session).update(visit_id, visitor_id, form, now):
                raise ValidationError("this visit no longer exists")

    @requires(Role.VOLUNTEER)
    def delete_visit(self, visit_id: int) -> None:
        """Delete a visit with its topics and referrals. The visitor's card stays valid."""
        with self._db.write() as session:
            self._check_visit_day(session, visit_id)
            if not SqlVisitRepository(session).delete(visit_id):
                raise ValidationError("this visit no longer exists")
            if self._audit is not None:
                self._audit.record_in(session, "visit_deleted", "visit", visit_id)

    @requires(Role.VOLUNTEER)
    def todays_visits(self) -> list[VisitSummary]:
        site_id = self._site()
        with self._db.read() as session:
            return SqlVisitRepository(session).of_day(site_id, self.now().date())

    @requires(Role.VOLUNTEER)
    def volunteers(self) -> list[tuple[int, str]]:
        """Active volunteers, for "at the desk"."""
        with self._db.read() as session:
            return SqlVolunteerNames(session).active()


def _visitor_for(visitors: SqlVisitorRepository, form: VisitForm) -> tuple[int | None, bool]:
    """The visitor of a validated form: None (anonymous), known (facts updated) or new."""
    if form.card_code is None:
        return None, False
    known = visitors.update_facts(form.card_code, form.age_band, form.gender, form.language)
    if known is not None:
        return known, False
    if not form.new_visitor:
        raise ValidationError("this card code was not issued here; use \"New visitor\" to issue it",
                              "card_code")
    visitor = visitors.add(Visitor(id=None, card_code=form.card_code, first_seen=form.arrived_at.date(),
                                   age_band=form.age_band, gender=form.gender, language=form.language))
    return visitor.id, True

