"""Shifts, assignments and their history in SQL; visit counts for the language demand.

Each query reads a range of shifts through ``ix_shifts_site_starts`` or one volunteer's
assignments through ``ix_assignments_volunteer``; nothing loops over visits in Python.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import replace
from datetime import date, datetime

from sqlalchemy import Integer, and_, cast, delete, exists, func, insert, literal, select, union_all, update
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.elements import ColumnElement

from welcome_point.domain import vocabulary as v
from welcome_point.domain.models import Assignment, Shift, Volunteer, VolunteerLanguage
from welcome_point.domain.shifts import (
    OPEN_STATUSES,
    STAFFED_STATUSES,
    AssignedVolunteer,
    AssignmentChange,
    ShiftView,
    Slot,
    shift_view,
)
from welcome_point.storage.tables import (
    AssignmentChangeRow,
    AssignmentRow,
    ShiftLanguageRow,
    ShiftRow,
    VisitRow,
    VolunteerLanguageRow,
    VolunteerRoleRow,
    VolunteerRow,
)

# A worked shift as the hours need it: the shift, the status, checked in, checked out.
Worked = tuple[Shift, str, datetime | None, datetime | None]


def _shift(row: ShiftRow, languages: Iterable[str] = ()) -> Shift:
    return Shift(id=row.id, site_id=row.site_id, starts_at=row.starts_at, ends_at=row.ends_at, role=row.role,
                 min_staff=row.min_staff, wanted_languages=v.LANGUAGES.ordered(languages))


def _assignment(row: AssignmentRow) -> Assignment:
    return Assignment(id=row.id, shift_id=row.shift_id, volunteer_id=row.volunteer_id, status=row.status,
                      checked_in_at=row.checked_in_at, checked_out_at=row.checked_out_at)


class SqlShiftRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    # --- shifts -------------------------------------------------------------------------------

    def _shifts(self, condition: ColumnElement[bool]) -> list[Shift]:
        rows = self._session.scalars(select(ShiftRow).where(condition)
                                     .order_by(ShiftRow.starts_at, ShiftRow.ends_at, ShiftRow.id)).all()
        languages: dict[int, list[str]] = {}
        for shift_id, code in self._session.execute(
                select(ShiftLanguageRow.shift_id, ShiftLanguageRow.language)
                .join(ShiftRow, ShiftRow.id == ShiftLanguageRow.shift_id).where(condition)):
            languages.setdefault(shift_id, []).append(code)
        return [_shift(row, languages.get(row.id, ())) for row in rows]

    @staticmethod
    def _in_range(site_id: int | None, start: datetime, end: datetime) -> ColumnElement[bool]:
        in_time = and_(ShiftRow.starts_at >= start, ShiftRow.starts_at < end)
        return in_time if site_id is None else and_(ShiftRow.site_id == site_id, in_time)

    def get(self, shift_id: int) -> Shift | None:
        found = self._shifts(ShiftRow.id == shift_id)
        return found[0] if found else None

    def between(self, site_id: int, start: datetime, end: datetime) -> list[Shift]:
        """The site's shifts starting in [start, end), by start."""
        return self._shifts(self._in_range(site_id, start, end))

    def add_many(self, shifts: Sequence[Shift]) -> list[Shift]:
        made = []
        for shift in shifts:
            row = ShiftRow(site_id=shift.site_id, starts_at=shift.starts_at, ends_at=shift.ends_at,
                           role=shift.role, min_staff=shift.min_staff)
            self._session.add(row)
            self._session.flush()
            self._set_languages(row.id, shift.wanted_languages)
            made.append(_shift(row, shift.wanted_languages))
        return made

    def update(self, shift: Shift) -> Shift | None:
        row = self._session.get(ShiftRow, shift.id)
        if row is None:
            return None
        row.site_id, row.starts_at, row.ends_at = shift.site_id, shift.starts_at, shift.ends_at
        row.role, row.min_staff = shift.role, shift.min_staff
        self._session.flush()
        self._session.execute(delete(ShiftLanguageRow).where(ShiftLanguageRow.shift_id == row.id))
        self._set_languages(row.id, shift.wanted_languages)
        return _shift(row, shift.wanted_languages)

    def _set_languages(self, shift_id: int, languages: Sequence[str]) -> None:
        if languages:
            self._session.execute(insert(ShiftLanguageRow),
                                  [{"shift_id": shift_id, "language": code} for code in languages])

    def delete(self, shift_id: int) -> bool:
        result = self._session.execute(delete(ShiftRow).where(ShiftRow.id == shift_id))
        return bool(getattr(result, "rowcount", 0))

    def has_attendance(self, shift_id: int) -> bool:
        return bool(self._session.scalar(select(exists().where(
            AssignmentRow.shift_id == shift_id, AssignmentRow.status == "attended"))))

    # --- shifts with their people -------------------------------------------------------------

    def views(self, site_id: int | None, start: datetime, end: datetime,
              volunteer_id: int | None = None) -> list[ShiftView]:
        """Shifts starting in [start, end) with staffing: a site's (any if None), a volunteer's if given."""
        condition = self._in_range(site_id, start, end)
        if volunteer_id is not None:
            # An alias: the condition is reused in a query that selects the assignments themselves.
            theirs = aliased(AssignmentRow)
            condition = and_(condition, exists().where(
                theirs.shift_id == ShiftRow.id, theirs.volunteer_id == volunteer_id,
                theirs.status != "cancelled"))
        return self._views(self._shifts(condition), condition)

    def view(self, shift_id: int) -> ShiftView | None:
        condition = ShiftRow.id == shift_id
        found = self._views(self._shifts(condition), condition)
        return found[0] if found else None

    def _views(self, shifts: list[Shift], condition: ColumnElement[bool]) -> list[ShiftView]:
        people: dict[int, list[tuple[AssignmentRow, str, str]]] = {}
        rows = self._session.execute(
            select(AssignmentRow, VolunteerRow.display_name, VolunteerRow.phone)
            .join(ShiftRow, ShiftRow.id == AssignmentRow.shift_id)
            .outerjoin(VolunteerRow, VolunteerRow.id == AssignmentRow.volunteer_id)
            .where(condition, AssignmentRow.status != "cancelled")).all()
        for row, name, phone in rows:
            people.setdefault(row.shift_id, []).append((row, name or "", phone or ""))
        spoken = self.languages_of({row.volunteer_id for row, _, _ in rows if row.volunteer_id is not None})
        result = []
        for shift in shifts:
            assigned = [AssignedVolunteer(
                assignment_id=row.id, volunteer_id=row.volunteer_id, display_name=name, status=row.status,
                languages=spoken.get(row.volunteer_id, ()) if row.volunteer_id is not None else (),
                phone=phone, checked_in_at=row.checked_in_at, checked_out_at=row.checked_out_at)
                for row, name, phone in people.get(shift.id or 0, ())]
            result.append(shift_view(shift, assigned))
        return result

    # --- volunteers as planning sees them -----------------------------------------------------

    def languages_of(self, volunteer_ids: Collection[int] | None) -> dict[int, tuple[str, ...]]:
        query = select(VolunteerLanguageRow.volunteer_id, VolunteerLanguageRow.language)
        if volunteer_ids is not None:
            if not volunteer_ids:
                return {}
            query = query.where(VolunteerLanguageRow.volunteer_id.in_(sorted(volunteer_ids)))
        found: dict[int, list[str]] = {}
        for volunteer_id, code in self._session.execute(query):
            found.setdefault(volunteer_id, []).append(code)
        return {key: v.LANGUAGES.ordered(codes) for key, codes in found.items()}

    def volunteers(self, *, volunteer_id: int | None = None, active_only: bool = False,
                   language: str | None = None) -> list[Volunteer]:
        """Volunteers with languages and roles, by name: one, the active ones or the speakers of one."""
        query = select(VolunteerRow).order_by(VolunteerRow.display_name, VolunteerRow.id)
        if volunteer_id is not None:
            query = query.where(VolunteerRow.id == volunteer_id)
        if active_only:
            query = query.where(VolunteerRow.active.is_(True))
        if language is not None:
            query = query.where(exists().where(VolunteerLanguageRow.volunteer_id == VolunteerRow.id,
                                               VolunteerLanguageRow.language == language))
        rows = self._session.scalars(query).all()
        ids = [row.id for row in rows]
        levels: dict[int, list[VolunteerLanguage]] = {}
        roles: dict[int, list[str]] = {}
        if ids:
            for lang in self._session.scalars(
                    select(VolunteerLanguageRow).where(VolunteerLanguageRow.volunteer_id.in_(ids))):
                levels.setdefault(lang.volunteer_id, []).append(VolunteerLanguage(lang.language, lang.level))
            for role in self._session.scalars(
                    select(VolunteerRoleRow).where(VolunteerRoleRow.volunteer_id.in_(ids))):
                roles.setdefault(role.volunteer_id, []).append(role.role)
        order = {code: i for i, code in enumerate(v.LANGUAGES.codes)}
        return [Volunteer(
            id=row.id, display_name=row.display_name, joined_on=row.joined_on,
            languages=tuple(sorted(levels.get(row.id, ()), key=lambda lang: order.get(lang.language, 99))),
            roles=v.ROLES.ordered(roles.get(row.id, ())), phone=row.phone, email=row.email,
            consent_on=row.consent_on, left_on=row.left_on, active=row.active) for row in rows]

    def booked(self, volunteer_ids: Collection[int] | None, start: datetime,
               end: datetime) -> dict[int, list[Shift]]:
        """Each volunteer's shifts that count for conflicts (planned, confirmed, attended) in [start, end).

        Starts from the assignments: a person cannot be in two places, whatever the site.
        """
        query = (select(AssignmentRow.volunteer_id, ShiftRow)
                 .join(ShiftRow, ShiftRow.id == AssignmentRow.shift_id)
                 .where(AssignmentRow.status.in_(sorted(STAFFED_STATUSES)),
                        ShiftRow.starts_at >= start, ShiftRow.starts_at < end))
        if volunteer_ids is not None:
            if not volunteer_ids:
                return {}
            query = query.where(AssignmentRow.volunteer_id.in_(sorted(volunteer_ids)))
        else:
            query = query.where(AssignmentRow.volunteer_id.is_not(None))
        found: dict[int, list[Shift]] = {}
        for volunteer_id, row in self._session.execute(query):
            if volunteer_id is not None:
                found.setdefault(volunteer_id, []).append(_shift(row))
        return found

    def last_asked(self, volunteer_ids: Collection[int] | None, started_by: datetime) -> dict[int, date]:
        """The date of each volunteer's latest shift started by ``started_by`` that was not cancelled.

        The picker shows it as the "last shift": a booking still to come is no shift done (and
        no date in the future), a cancelled one neither. Taken from the shifts, not from the
        history of assignments, which is younger than many databases and absent from the demo.
        """
        query = (select(AssignmentRow.volunteer_id, func.max(ShiftRow.starts_at))
                 .join(ShiftRow, ShiftRow.id == AssignmentRow.shift_id)
                 .where(AssignmentRow.volunteer_id.is_not(None), AssignmentRow.status != "cancelled",
                        ShiftRow.starts_at <= started_by)
                 .group_by(AssignmentRow.volunteer_id))
        if volunteer_ids is not None:
            query = query.where(AssignmentRow.volunteer_id.in_(sorted(volunteer_ids)))
        result: dict[int, date] = {}
        for volunteer_id, latest in self._session.execute(query):
            if volunteer_id is not None and latest is not None:
                # func.max() loses the column type: SQLite hands back the stored text.
                moment = latest if isinstance(latest, datetime) else datetime.fromisoformat(str(latest))
                result[volunteer_id] = moment.date()
        return result

    def worked(self, volunteer_id: int, start: datetime, end: datetime) -> list[Worked]:
        rows = self._session.execute(
            select(ShiftRow, AssignmentRow.status, AssignmentRow.checked_in_at, AssignmentRow.checked_out_at)
            .join(AssignmentRow, AssignmentRow.shift_id == ShiftRow.id)
            .where(AssignmentRow.volunteer_id == volunteer_id, ShiftRow.starts_at >= start,
                   ShiftRow.starts_at < end)
            .order_by(ShiftRow.starts_at)).all()
        return [(_shift(row), status, checked_in, checked_out)
                for row, status, checked_in, checked_out in rows]

    # --- assignments --------------------------------------------------------------------------

    def assignment(self, assignment_id: int) -> Assignment | None:
        row = self._session.get(AssignmentRow, assignment_id)
        return None if row is None else _assignment(row)

    def open_assignments(self, volunteer_id: int, start: datetime) -> list[Assignment]:
        """The volunteer's planned and confirmed assignments on shifts starting at ``start`` or later."""
        rows = self._session.scalars(
            select(AssignmentRow).join(ShiftRow, ShiftRow.id == AssignmentRow.shift_id)
            .where(AssignmentRow.volunteer_id == volunteer_id,
                   AssignmentRow.status.in_(sorted(OPEN_STATUSES)), ShiftRow.starts_at >= start)
            .order_by(ShiftRow.starts_at, AssignmentRow.id)).all()
        return [_assignment(row) for row in rows]

    def no_shows(self, shift_id: int, volunteer_ids: Collection[int]) -> set[int]:
        """Those of ``volunteer_ids`` marked as a no-show on the shift."""
        if not volunteer_ids:
            return set()
        return {volunteer_id for volunteer_id in self._session.scalars(
            select(AssignmentRow.volunteer_id).where(
                AssignmentRow.shift_id == shift_id, AssignmentRow.status == "no_show",
                AssignmentRow.volunteer_id.in_(sorted(volunteer_ids)))) if volunteer_id is not None}

    def add_assignment(self, shift_id: int, volunteer_id: int, status: str = "planned") -> int:
        row = AssignmentRow(shift_id=shift_id, volunteer_id=volunteer_id, status=status)
        self._session.add(row)
        self._session.flush()
        return row.id

    def save_assignment(self, assignment: Assignment) -> None:
        self._session.execute(update(AssignmentRow).where(AssignmentRow.id == assignment.id).values(
            status=assignment.status, checked_in_at=assignment.checked_in_at,
            checked_out_at=assignment.checked_out_at))

    def cancel(self, assignment: Assignment, at: datetime) -> None:
        """Marks the assignment cancelled and records it in the history; the caller checks it is open."""
        assert assignment.id is not None
        self.save_assignment(replace(assignment, status="cancelled"))
        self.record(at, "cancelled", assignment.id, assignment.volunteer_id)

    # --- history ------------------------------------------------------------------------------

    def record(self, at: datetime, action: str, assignment_id: int, volunteer_id: int | None,
               other_volunteer_id: int | None = None) -> None:
        self._session.execute(insert(AssignmentChangeRow).values(
            at=at, action=action, assignment_id=assignment_id, volunteer_id=volunteer_id,
            other_volunteer_id=other_volunteer_id))

    def history(self, shift_id: int) -> list[AssignmentChange]:
        person = aliased(VolunteerRow)
        other = aliased(VolunteerRow)
        rows = self._session.execute(
            select(AssignmentChangeRow, person.display_name, other.display_name)
            .join(AssignmentRow, AssignmentRow.id == AssignmentChangeRow.assignment_id)
            .outerjoin(person, person.id == AssignmentChangeRow.volunteer_id)
            .outerjoin(other, other.id == AssignmentChangeRow.other_volunteer_id)
            .where(AssignmentRow.shift_id == shift_id)
            .order_by(AssignmentChangeRow.at, AssignmentChangeRow.id)).all()
        return [AssignmentChange(at=row.at, action=row.action, assignment_id=row.assignment_id,
                                 volunteer_id=row.volunteer_id, volunteer_name=name or "",
                                 other_volunteer_id=row.other_volunteer_id,
                                 other_volunteer_name=other_name or "")
                for row, name, other_name in rows]

    # --- language demand ----------------------------------------------------------------------

    def visits_by_slot(self, site_id: int, slots: Collection[Slot], start: datetime,
                       end: datetime) -> dict[tuple[Slot, str], int]:
        """Visits per (slot, language) that arrived in [start, end) within a slot's weekday and hours.

        The visits of the period are read once, through ``ix_visits_site_arrived``, and grouped by
        weekday, minute of the day and language; those few groups are then summed per slot.
        """
        if not slots:
            return {}
        weekday = ((cast(func.strftime("%w", VisitRow.arrived_at), Integer) + 6) % 7).label("weekday")
        minute = (cast(func.strftime("%H", VisitRow.arrived_at), Integer) * 60
                  + cast(func.strftime("%M", VisitRow.arrived_at), Integer)).label("minute")
        grouped = (select(weekday, minute, VisitRow.language, func.count().label("visits"))
                   .where(VisitRow.site_id == site_id, VisitRow.arrived_at >= start,
                          VisitRow.arrived_at < end)
                   .group_by(weekday, minute, VisitRow.language)).subquery("grouped")
        # SQLite names no columns of a VALUES table, hence one-row SELECTs.
        table = union_all(*(select(literal(day, Integer).label("weekday"),
                                   literal(first, Integer).label("start_minute"),
                                   literal(last, Integer).label("end_minute"))
                            for day, first, last in sorted(slots))).subquery("slots")
        query = (select(table.c.weekday, table.c.start_minute, table.c.end_minute, grouped.c.language,
                        func.sum(grouped.c.visits))
                 .select_from(grouped)
                 .join(table, and_(table.c.weekday == grouped.c.weekday,
                                   table.c.start_minute <= grouped.c.minute,
                                   table.c.end_minute > grouped.c.minute))
                 .group_by(table.c.weekday, table.c.start_minute, table.c.end_minute, grouped.c.language))
        return {((day, first, last), language): int(count)
                for day, first, last, language, count in self._session.execute(query)}

    def first_visit(self, site_id: int, start: datetime, end: datetime) -> datetime | None:
        found = self._session.scalar(
            select(VisitRow.arrived_at)
            .where(VisitRow.site_id == site_id, VisitRow.arrived_at >= start, VisitRow.arrived_at < end)
            .order_by(VisitRow.arrived_at).limit(1))
        return found

