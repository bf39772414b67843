"""A subject record (GDPR Art. 15) as the window shows it, and the labels of its PDF in the window's language.

Field, section and column codes are translated here in the context "SubjectAccess"; vocabulary codes
with the window's vocabulary labels. Dates and numbers follow the window's locale.
"""

from __future__ import annotations

import html
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QObject

from welcome_point.domain.privacy import VISITOR, vocabulary_of
from welcome_point.ui.labels import label
from welcome_point.ui.privacy_common import date_time_text

if TYPE_CHECKING:
    from welcome_point.documents.subject_access import SubjectAccessLabels
    from welcome_point.domain.privacy import SubjectRecord, Value

ROWS_SHOWN = 100  # per section on screen; the export holds them all


class SubjectText(QObject):
    """Texts of a subject record in the window's language (a QObject for its translation context)."""

    def names(self) -> dict[str, str]:
        """Captions of the record's field, section ("section.<code>") and column codes."""
        return {
            "id": self.tr("No."),
            "card_code": self.tr("Card code"),
            "first_seen": self.tr("First visit"),
            "age_band": self.tr("Age band"),
            "gender": self.tr("Gender"),
            "language": self.tr("Language"),
            "region": self.tr("Region of origin"),
            "last_seen": self.tr("Last seen"),
            "kept_until": self.tr("Kept until (unless seen again)"),
            "kept_until_left": self.tr("Kept until (counted from leaving)"),
            "accounts.role": self.tr("Access rights"),
            "display_name": self.tr("Name"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
            "joined_on": self.tr("Joined"),
            "left_on": self.tr("Left"),
            "consent_on": self.tr("Consent to contact data"),
            "active": self.tr("Active"),
            "hours": self.tr("Hours worked"),
            "attended_shifts": self.tr("Shifts attended"),
            "estimated_shifts": self.tr("Of these, from planned times"),
            "section.visits": self.tr("Visits"),
            "section.referrals": self.tr("Referrals"),
            "section.queue": self.tr("Waiting queue"),
            "section.audit": self.tr("Audit log entries"),
            "section.languages": self.tr("Languages"),
            "section.roles": self.tr("Roles"),
            "section.assignments": self.tr("Shifts"),
            "section.shift_history": self.tr("Shift changes"),
            "section.accounts": self.tr("User accounts"),
            "site": self.tr("Site"),
            "arrived_at": self.tr("Arrival"),
            "started_at": self.tr("Start"),
            "ended_at": self.tr("End"),
            "group_size": self.tr("Group"),
            "interpreter_needed": self.tr("Interpreter"),
            "topics": self.tr("Topics"),
            "outcome": self.tr("Outcome"),
            "visit_id": self.tr("Visit"),
            "organisation": self.tr("Organisation"),
            "category": self.tr("Category"),
            "topic": self.tr("Topic"),
            "status": self.tr("Status"),
            "created_at": self.tr("Created"),
            "follow_up_on": self.tr("Follow-up"),
            "status_changed_at": self.tr("Changed"),
            "called_at": self.tr("Called"),
            "at": self.tr("Time"),
            "action": self.tr("Action"),
            "object_type": self.tr("Object"),
            "object_id": self.tr("Object no."),
            "level": self.tr("Level"),
            "role": self.tr("Role"),
            "shift_id": self.tr("Shift"),
            "starts_at": self.tr("Starts"),
            "ends_at": self.tr("Ends"),
            "checked_in_at": self.tr("Checked in"),
            "checked_out_at": self.tr("Checked out"),
            "assignment_id": self.tr("Assignment"),
            "username": self.tr("User name"),
            "has_pin": self.tr("PIN set"),
            "date": self.tr("Date"),
        }

    def value_text(self, value: Value, section: str, column: str) -> str:
        """A value as the window shows it: vocabulary labels, local dates and numbers, yes/no."""
        if value is None or value == "":
            return "–"
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if isinstance(value, datetime):
            return date_time_text(value)
        if isinstance(value, date):
            day = QDate(value.year, value.month, value.day)
            return QLocale().toString(day, QLocale.FormatType.ShortFormat)
        if isinstance(value, float):
            return QLocale().toString(value, "f", 2)
        if isinstance(value, int):
            return str(value) if column.endswith("id") or column == "id" else QLocale().toString(value)
        vocabulary = vocabulary_of(section, column)
        codes = value if isinstance(value, tuple) else (str(value),)
        if column == "action" and section == "audit":
            from welcome_point.ui.audit_log import action_texts

            actions = action_texts()
            return ", ".join(actions.get(code, code) for code in codes)
        if vocabulary is None:
            return ", ".join(codes)
        return ", ".join(label(vocabulary, code) for code in codes)

    def title(self, record: SubjectRecord) -> str:
        if record.kind == VISITOR:
            return self.tr("Visitor card %1").replace("%1", f"\u2066{record.reference}\u2069")
        return self.tr("Volunteer no. %1").replace("%1", record.reference)

    def summary_html(self, record: SubjectRecord, *, rtl: bool = False) -> str:
        """The whole record, read-only: its fields, then each section as a table (long ones cut short).

        ``rtl``: a right-to-left window. Qt's rich text does not mirror tables, so their cells come in
        reverse order and the tables stand at the right.
        """
        captions = self.names()
        esc = html.escape
        align = " align='right'" if rtl else ""

        def row(cells: list[str]) -> str:
            return "<tr>" + "".join(reversed(cells) if rtl else cells) + "</tr>"

        compiled = self.tr("Compiled %1. Exactly this goes into the export.") \
            .replace("%1", date_time_text(record.compiled_at))
        parts = [f"<h3>{esc(self.title(record))}</h3>", f"<p style='color:#3f5563'>{esc(compiled)}</p>",
                 f"<table cellspacing='0' cellpadding='3'{align}>"]
        for code, value in record.fields:
            parts.append(row([f"<td style='color:#3f5563'>{esc(captions.get(code, code))}</td>",
                              f"<td>{esc(self.value_text(value, '', code))}</td>"]))
        parts.append("</table>")
        for section in record.sections:
            heading = captions.get(f"section.{section.code}", section.code)
            count = QLocale().toString(len(section.rows))
            parts.append(f"<h4 style='margin-top:12px'>{esc(heading)} ({count})</h4>")
            if not section.rows:
                parts.append("<p style='color:#3f5563'>" + esc(self.tr("None")) + "</p>")
                continue
            parts.append(f"<table border='1' cellspacing='0' cellpadding='3'{align} "
                         "style='border-color:#c9d5db'>")
            parts.append(row([f"<th>{esc(captions.get(column, column))}</th>" for column in section.columns]))
            for values in section.rows[:ROWS_SHOWN]:
                parts.append(row([f"<td>{esc(self.value_text(value, section.code, column))}</td>"
                                  for column, value in zip(section.columns, values, strict=True)]))
            parts.append("</table>")
            hidden = len(section.rows) - ROWS_SHOWN
            if hidden > 0:
                more = self.tr("… and %1 more rows; the export holds them all.") \
                    .replace("%1", QLocale().toString(hidden))
                parts.append(f"<p style='color:#3f5563'>{esc(more)}</p>")
        return "".join(parts)

    def window_labels(self) -> SubjectAccessLabels:
        """The PDF's labels in the window's language (for languages the documents layer does not ship)."""
        from welcome_point.documents.subject_access import SUBJECT_ACCESS_LABELS_EN, SubjectAccessLabels
        from welcome_point.domain import vocabulary as v

        values = {f"{vocabulary.name}.{term.code}": label(vocabulary, term.code)
                  for vocabulary in (v.AGE_BANDS, v.GENDERS, v.LANGUAGES, v.REGIONS, v.TOPICS,
                                     v.OUTCOMES, v.REFERRAL_STATUSES, v.ORGANISATION_CATEGORIES,
                                     v.LANGUAGE_LEVELS, v.ROLES, v.ASSIGNMENT_STATUSES, v.ACCOUNT_ROLES)
                  for term in vocabulary}
        return SubjectAccessLabels(
            title_visitor=self.tr("Information on the data stored about a visitor card"),
            title_volunteer=self.tr("Information on the data stored about a volunteer"),
            intro=self.tr("This document lists everything the Welcome Point's database held about you on "
                          "{date} (Art. 15 GDPR). A machine-readable copy of the same data is the JSON file "
                          "of the same name."),
            compiled=self.tr("Compiled"),
            empty=self.tr("None"),
            yes=self.tr("yes"),
            no=self.tr("no"),
            page=self.tr("Page {page}"),
            names={**SUBJECT_ACCESS_LABELS_EN.names, **self.names()},
            values=values,
        )
