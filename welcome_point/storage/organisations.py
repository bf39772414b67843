"""SQL of the partner directory: organisations with their topics and languages.

A directory holds hundreds of entries (imports stop at 5,000), so searching loads the table
and matches in Python: that folds case and accents of every script ("Ärzte", "ärzte",
"arzte"), which SQLite's LIKE does for ASCII only.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from welcome_point.domain import vocabulary as v
from welcome_point.domain.directory_csv import fold, identity_key
from welcome_point.domain.models import Organisation
from welcome_point.storage.tables import OrganisationLanguageRow, OrganisationRow, OrganisationTopicRow

_LANGUAGE_ORDER = {code: index for index, code in enumerate(v.LANGUAGES.codes)}


def sort_key(organisation: Organisation) -> tuple[str, int]:
    return fold(organisation.name), organisation.id or 0


def _searchable(organisation: Organisation) -> str:
    """Name, address, contact and the codes and English names of category, topics and languages."""
    category = v.ORGANISATION_CATEGORIES.term(organisation.category)
    parts = [organisation.name, organisation.address, organisation.phone, organisation.email,
             organisation.website, category.code, category.label]
    for code in organisation.topics:
        parts += [code, v.TOPICS.term(code).label]
    for code in organisation.languages:
        term = v.LANGUAGES.term(code)
        parts += [code, term.label, term.native]
    return fold(" ".join(parts))


def matches(organisation: Organisation, text: str) -> bool:
    """Every word of ``text`` occurs somewhere in the entry (an empty text matches all)."""
    haystack = _searchable(organisation)
    return all(word in haystack for word in fold(text).split())


class SqlOrganisationRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    # -- reading ----------------------------------------------------------------------------

    def _load(self, rows: Sequence[OrganisationRow]) -> list[Organisation]:
        ids = [row.id for row in rows]
        topics: dict[int, list[str]] = defaultdict(list)
        languages: dict[int, list[str]] = defaultdict(list)
        if ids:
            # Whole table for a long list (an IN list of thousands of ids costs more than it saves).
            topic_query = select(OrganisationTopicRow.organisation_id, OrganisationTopicRow.topic)
            language_query = select(OrganisationLanguageRow.organisation_id, OrganisationLanguageRow.language)
            if len(ids) <= 500:
                topic_query = topic_query.where(OrganisationTopicRow.organisation_id.in_(ids))
                language_query = language_query.where(OrganisationLanguageRow.organisation_id.in_(ids))
            for organisation_id, topic in self._session.execute(topic_query):
                topics[organisation_id].append(topic)
            for organisation_id, language in self._session.execute(language_query):
                languages[organisation_id].append(language)
        return [
            Organisation(
                id=row.id, name=row.name, category=row.category, address=row.address, phone=row.phone,
                email=row.email, website=row.website, opening_hours=row.opening_hours,
                what_to_bring=row.what_to_bring,
                topics=v.TOPICS.ordered(topics[row.id]),
                languages=tuple(sorted(languages[row.id], key=_LANGUAGE_ORDER.__getitem__)),
                is_example=row.is_example, archived=row.archived)
            for row in rows]

    def list_all(self, *, include_archived: bool = False) -> list[Organisation]:
        """Every organisation, by name (case and accents aside)."""
        query = select(OrganisationRow)
        if not include_archived:
            query = query.where(OrganisationRow.archived.is_(False))
        return sorted(self._load(self._session.scalars(query).all()), key=sort_key)

    def search(self, text: str = "", *, include_archived: bool = False, category: str | None = None,
               topic: str | None = None) -> list[Organisation]:
        """Organisations whose name, address, contact, category, topics or languages hold every word."""
        return [o for o in self.list_all(include_archived=include_archived)
                if matches(o, text) and category in (None, o.category)
                and (topic is None or topic in o.topics)]

    def get(self, organisation_id: int) -> Organisation | None:
        row = self._session.get(OrganisationRow, organisation_id)
        return None if row is None else self._load([row])[0]

    def for_topics(self, topics: Iterable[str]) -> list[Organisation]:
        """Active organisations, those covering most of ``topics`` first, then by name."""
        wanted = set(topics)
        return sorted(self.list_all(), key=lambda o: (-len(wanted.intersection(o.topics)), *sort_key(o)))

    def identities(self) -> dict[tuple[str, str], int]:
        """(folded name, folded address) -> id of every organisation, archived ones included."""
        rows = self._session.execute(
            select(OrganisationRow.id, OrganisationRow.name, OrganisationRow.address))
        return {identity_key(name, address): organisation_id for organisation_id, name, address in rows}

    # -- writing ----------------------------------------------------------------------------

    @staticmethod
    def _fields(organisation: Organisation) -> dict[str, object]:
        return {"name": organisation.name, "category": organisation.category, "address": organisation.address,
                "phone": organisation.phone, "email": organisation.email, "website": organisation.website,
                "opening_hours": organisation.opening_hours, "what_to_bring": organisation.what_to_bring,
                "is_example": organisation.is_example, "archived": organisation.archived}

    def _put_codes(self, pairs: Sequence[tuple[int, Organisation]]) -> None:
        topics = [{"organisation_id": i, "topic": code} for i, o in pairs for code in o.topics]
        languages = [{"organisation_id": i, "language": code} for i, o in pairs for code in o.languages]
        if topics:
            self._session.execute(insert(OrganisationTopicRow), topics)
        if languages:
            self._session.execute(insert(OrganisationLanguageRow), languages)

    def add(self, organisation: Organisation) -> Organisation:
        row = OrganisationRow(**self._fields(organisation))
        self._session.add(row)
        self._session.flush()
        self._put_codes([(row.id, organisation)])
        found = self.get(row.id)
        assert found is not None
        return found

    def add_many(self, organisations: Sequence[Organisation]) -> int:
        """Add all of them (ids are assigned here); the caller's transaction makes it all or nothing."""
        rows = [OrganisationRow(**self._fields(o)) for o in organisations]
        self._session.add_all(rows)
        self._session.flush()
        self._put_codes([(row.id, o) for row, o in zip(rows, organisations, strict=True)])
        return len(rows)

    def update(self, organisation: Organisation) -> Organisation | None:
        """Replace every field, topic and language; None when the organisation is gone."""
        if organisation.id is None:
            raise ValueError("an organisation without an id cannot be updated")
        row = self._session.get(OrganisationRow, organisation.id)
        if row is None:
            return None
        for name, value in self._fields(organisation).items():
            setattr(row, name, value)
        self._session.execute(delete(OrganisationTopicRow).where(
            OrganisationTopicRow.organisation_id == organisation.id))
        self._session.execute(delete(OrganisationLanguageRow).where(
            OrganisationLanguageRow.organisation_id == organisation.id))
        self._session.flush()
        self._put_codes([(organisation.id, organisation)])
        return self.get(organisation.id)

    def set_archived(self, organisation_id: int, archived: bool) -> Organisation | None:
        row = self._session.get(OrganisationRow, organisation_id)
        if row is None:
            return None
        row.archived = archived
        self._session.flush()
        return self.get(organisation_id)
