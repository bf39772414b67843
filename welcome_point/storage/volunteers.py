"""SQL of the volunteers: one row each, with their languages (and levels) and roles.

A Welcome Point has dozens of volunteers, a few hundred at most, so lists load whole and
searching happens above (services/volunteers.py), where case and accents fold in every script.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from welcome_point.domain import vocabulary as v
from welcome_point.domain.models import Volunteer, VolunteerLanguage
from welcome_point.storage.tables import VolunteerLanguageRow, VolunteerRoleRow, VolunteerRow

_LEVEL_ORDER = {code: index for index, code in enumerate(v.LANGUAGE_LEVELS.codes)}
_LANGUAGE_ORDER = {code: index for index, code in enumerate(v.LANGUAGES.codes)}


def _language_key(language: VolunteerLanguage) -> tuple[int, int]:
    """Strongest first, then in the vocabulary's order: the list and the dialog read the same."""
    return (_LEVEL_ORDER.get(language.level, len(_LEVEL_ORDER)),
            _LANGUAGE_ORDER.get(language.language, len(_LANGUAGE_ORDER)))


class SqlVolunteerRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    # -- reading ----------------------------------------------------------------------------

    def _load(self, rows: Sequence[VolunteerRow]) -> list[Volunteer]:
        ids = [row.id for row in rows]
        languages: dict[int, list[VolunteerLanguage]] = defaultdict(list)
        roles: dict[int, list[str]] = defaultdict(list)
        if ids:
            language_query = select(VolunteerLanguageRow.volunteer_id, VolunteerLanguageRow.language,
                                    VolunteerLanguageRow.level)
            role_query = select(VolunteerRoleRow.volunteer_id, VolunteerRoleRow.role)
            if len(ids) <= 500:  # beyond that the whole (small) tables cost less than an IN list
                language_query = language_query.where(VolunteerLanguageRow.volunteer_id.in_(ids))
                role_query = role_query.where(VolunteerRoleRow.volunteer_id.in_(ids))
            for volunteer_id, language, level in self._session.execute(language_query):
                languages[volunteer_id].append(VolunteerLanguage(language, level))
            for volunteer_id, role in self._session.execute(role_query):
                roles[volunteer_id].append(role)
        return [
            Volunteer(
                id=row.id, display_name=row.display_name, joined_on=row.joined_on,
                languages=tuple(sorted(languages[row.id], key=_language_key)),
                roles=v.ROLES.ordered(roles[row.id]), phone=row.phone, email=row.email,
                consent_on=row.consent_on, left_on=row.left_on, active=row.active)
            for row in rows]

    def list_all(self, *, include_inactive: bool = True) -> list[Volunteer]:
        """Every volunteer (or the active ones), in id order; the caller sorts for people."""
        query = select(VolunteerRow).order_by(VolunteerRow.id)
        if not include_inactive:
            query = query.where(VolunteerRow.active.is_(True))
        return self._load(self._session.scalars(query).all())

    def get(self, volunteer_id: int) -> Volunteer | None:
        row = self._session.get(VolunteerRow, volunteer_id)
        return None if row is None else self._load([row])[0]

    # -- writing ----------------------------------------------------------------------------

    @staticmethod
    def _fields(volunteer: Volunteer) -> dict[str, object]:
        return {"display_name": volunteer.display_name, "phone": volunteer.phone, "email": volunteer.email,
                "joined_on": volunteer.joined_on, "left_on": volunteer.left_on,
                "consent_on": volunteer.consent_on, "active": volunteer.active}

    def _put_codes(self, volunteer_id: int, volunteer: Volunteer) -> None:
        if volunteer.languages:
            self._session.execute(insert(VolunteerLanguageRow), [
                {"volunteer_id": volunteer_id, "language": lang.language, "level": lang.level}
                for lang in volunteer.languages])
        if volunteer.roles:
            self._session.execute(insert(VolunteerRoleRow), [
                {"volunteer_id": volunteer_id, "role": role} for role in volunteer.roles])

    def add(self, volunteer: Volunteer) -> Volunteer:
        row = VolunteerRow(**self._fields(volunteer))
        self._session.add(row)
        self._session.flush()
        self._put_codes(row.id, volunteer)
        found = self.get(row.id)
        assert found is not None
        return found

    def update(self, volunteer: Volunteer) -> Volunteer | None:
        """Replace every field, language and role; None when the volunteer is gone."""
        if volunteer.id is None:
            raise ValueError("a volunteer without an id cannot be updated")
        row = self._session.get(VolunteerRow, volunteer.id)
        if row is None:
            return None
        for name, value in self._fields(volunteer).items():
            setattr(row, name, value)
        self._session.execute(delete(VolunteerLanguageRow).where(
            VolunteerLanguageRow.volunteer_id == volunteer.id))
        self._session.execute(delete(VolunteerRoleRow).where(VolunteerRoleRow.volunteer_id == volunteer.id))
        self._session.flush()
        self._put_codes(volunteer.id, volunteer)
        return self.get(volunteer.id)

    def set_active(self, volunteer_id: int, active: bool, left_on: date | None) -> Volunteer | None:
        """Only the two columns; None when the volunteer is gone."""
        row = self._session.get(VolunteerRow, volunteer_id)
        if row is None:
            return None
        row.active = active
        row.left_on = left_on
        self._session.flush()
        return self.get(volunteer_id)
