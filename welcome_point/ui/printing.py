"""Referral slips and visitor cards: labels in German and the visitor's language, then the viewer.

The window may be in Farsi while the slip needs German and Arabic: each label language gets its
own QTranslator, independent of the installed one. Languages without a translation of ours get
English labels beside the German ones.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QObject, Qt, QTranslator, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QMessageBox,
    QWidget,
)

from welcome_point.domain import vocabulary as v
from welcome_point.domain.text import fill
from welcome_point.ui.errors import describe
from welcome_point.ui.i18n import LANGUAGES, translations_dir

if TYPE_CHECKING:
    from welcome_point.documents.certificate import Certificate
    from welcome_point.documents.referral_slip import ReferralSlip
    from welcome_point.documents.roster import Roster
    from welcome_point.domain.models import Site
    from welcome_point.services.certificates import CertificateFacts, CertificateService, RosterFacts
    from welcome_point.services.printouts import PrintoutService, SlipFacts
    from welcome_point.services.shifts import ShiftService

CONTEXT = "Printout"
SLIP_TEXTS = {
    "title": QT_TRANSLATE_NOOP("Printout", "Referral"),
    "organisation": QT_TRANSLATE_NOOP("Printout", "Where to go"),
    "address": QT_TRANSLATE_NOOP("Printout", "Address"),
    "opening_hours": QT_TRANSLATE_NOOP("Printout", "Opening hours"),
    "phone": QT_TRANSLATE_NOOP("Printout", "Phone"),
    "topic": QT_TRANSLATE_NOOP("Printout", "Topic"),
    "what_to_bring": QT_TRANSLATE_NOOP("Printout", "Please bring"),
    "issued_by": QT_TRANSLATE_NOOP("Printout", "Issued by"),
    "scan_hint": QT_TRANSLATE_NOOP("Printout", "Scan for the address"),
}
CARD_TEXTS = {
    "keep_card": QT_TRANSLATE_NOOP("Printout", "Please bring this card to your next visit."),
    "opening_hours": QT_TRANSLATE_NOOP("Printout", "Opening hours"),
}


class LabelLanguage:
    """Translates printout labels into one language, whatever the window's language is."""

    def __init__(self, language: str) -> None:
        self.language = language if language in LANGUAGES else "en"
        self._translator = QTranslator()
        if self.language != "en":
            self._translator.load(f"welcome_point_{self.language}", str(translations_dir()))

    def text(self, context: str, source: object) -> str:
        # ``source`` comes from QT_TRANSLATE_NOOP, typed as object in PySide6's stubs.
        return self._translator.translate(context, str(source)) or str(source)

    def topic(self, code: str) -> str:
        term = v.TOPICS.term(code) if code in v.TOPICS else None
        return "" if term is None else self.text(v.CONTEXT, term.label)


def label_languages(visitor_language: str | None) -> list[LabelLanguage]:
    """German first, then the visitor's language (English when we have no translation)."""
    languages = [LabelLanguage("de")]
    second = LabelLanguage(visitor_language or "de")
    if second.language != "de":
        languages.append(second)
    return languages


class RosterDialog(QDialog):
    """Which roster: a week or a month, internal or for the notice board."""

    def __init__(self, parent: QWidget | None = None, day: date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print roster"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Week"), "week")
        self.kind.addItem(self.tr("Month"), "month")
        shown = QDate(day.year, day.month, day.day) if day is not None else QDate.currentDate()
        self.day = QDateEdit(shown)
        self.day.setCalendarPopup(True)
        self.public = QCheckBox(self.tr("For the notice board: first names only, no phone numbers"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Roster for a:"), self.kind)
        form.addRow(self.tr("Containing the day:"), self.day)
        form.addRow("", self.public)
        form.addRow(buttons)

    def period(self) -> tuple[date, date]:
        day = self.day.date().toPython()
        assert isinstance(day, date)
        if self.kind.currentData() == "month":
            first = day.replace(day=1)
            following = (first + timedelta(days=32)).replace(day=1)
            return first, following - timedelta(days=1)
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6)


class Printer(QObject):
    """Writes a printout through the service and opens it in the system's PDF viewer."""

    def __init__(self, printouts: PrintoutService, site: Callable[[], Site], parent: QWidget,
                 opener: Callable[[QUrl], bool] = QDesktopServices.openUrl, *,
                 certificates: CertificateService | None = None, shifts: ShiftService | None = None,
                 language: str = "de", today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self._today = today
        self._certificates = certificates
        self._shifts = shifts
        self._language = language
        self._printouts = printouts
        self._site = site
        self._parent = parent
        self._open = opener
        self.last_written: list[Path] = []

    def referral_slips(self, referral_ids: tuple[int, ...]) -> None:
        from welcome_point.documents.referral_slip import write_referral_slip

        def work() -> list[Path]:
            paths = []
            for facts in self._printouts.slip_facts(referral_ids):
                slip = self._slip(facts)
                paths.append(self._printouts.write(f"slip-{facts.referral_id}",
                                                   partial(write_referral_slip, slip)))
            return paths

        self._run(work)

    def visitor_cards(self, codes: list[str], language: str | None) -> None:
        from welcome_point.documents.visitor_card import (
            CardLabels,
            VisitorCard,
            write_visitor_cards,
        )

        site = self._site()
        labels = tuple(CardLabels(language=lang.language,
                                  keep_card=lang.text(CONTEXT, CARD_TEXTS["keep_card"]),
                                  opening_hours=lang.text(CONTEXT, CARD_TEXTS["opening_hours"]))
                       for lang in label_languages(language))
        cards = [VisitorCard(code=code, site_name=site.name, site_opening_hours=site.opening_hours,
                             labels=labels) for code in codes]
        self._run(lambda: [self._printouts.write("cards", lambda path: write_visitor_cards(cards, path))])

    def _slip(self, facts: SlipFacts) -> ReferralSlip:
        from welcome_point.documents.referral_slip import ReferralSlip, SlipLabels

        columns = tuple(
            SlipLabels(language=lang.language, topic_name=lang.topic(facts.topic),
                       **{key: lang.text(CONTEXT, source) for key, source in SLIP_TEXTS.items()})
            for lang in label_languages(facts.language))
        return ReferralSlip(site_name=facts.site.name, site_address=facts.site.address,
                            site_opening_hours=facts.site.opening_hours, organisation=facts.organisation,
                            issued_on=facts.issued_on, columns=columns)

    def roster(self, first: date, last: date, public: bool) -> None:
        from welcome_point.documents.roster import write_roster

        assert self._certificates is not None
        certificates = self._certificates

        def work() -> list[Path]:
            roster = roster_document(certificates.roster(first, last), public, LabelLanguage(self._language),
                                     self._today())
            name = "roster-public" if public else "roster"
            return [self._printouts.write(name, partial(write_roster, roster))]

        self._run(work)

    def ask_roster(self, day: date | None = None) -> None:
        dialog = RosterDialog(self._parent, day)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            first, last = dialog.period()
            self.roster(first, last, dialog.public.isChecked())

    def certificate(self, volunteer_id: int, first: date, last: date) -> None:
        from welcome_point.documents.certificate import write_certificate

        assert self._certificates is not None
        certificates = self._certificates

        def work() -> list[Path]:
            facts = certificates.certificate(volunteer_id, first, last)
            # The certificate is a German document (the Ehrenamtskarte is an NRW scheme).
            document = certificate_document(facts, LabelLanguage("de"), self._today())
            return [self._printouts.write(f"certificate-{volunteer_id}",
                                          partial(write_certificate, document))]

        self._run(work)

    def ask_certificate(self, volunteer_id: int) -> None:
        year, chosen = QInputDialog.getInt(
            self._parent, self.tr("Hours certificate"), self.tr("Certificate for the year:"),
            self._today().year, 2015, self._today().year)
        if chosen:
            self.certificate(volunteer_id, date(year, 1, 1), date(year, 12, 31))

    def ask_calendar(self, volunteer_id: int) -> None:
        """The volunteer's shifts of the next three months as an .ics file for their phone."""
        from welcome_point.documents.ics import IcsEvent, write_ics

        assert self._shifts is not None
        target, _ = QFileDialog.getSaveFileName(
            self._parent, self.tr("Shifts as calendar"), "welcome-point-shifts.ics",
            self.tr("Calendar files (*.ics)"))
        if not target:
            return
        shifts = self._shifts
        lang = LabelLanguage(self._language)

        def work() -> list[Path]:
            site = self._site()
            today = self._today()
            events = []
            for view in shifts.volunteer_shifts(volunteer_id, today, today + timedelta(days=92)):
                mine = next((a for a in view.assigned if a.volunteer_id == volunteer_id), None)
                if mine is None:
                    continue
                role = lang.text(v.CONTEXT, v.ROLES.term(view.shift.role).label)
                events.append(IcsEvent(
                    uid=f"assignment-{mine.assignment_id}@welcome-point", starts_at=view.shift.starts_at,
                    ends_at=view.shift.ends_at, summary=fill(lang.text(CONTEXT, CALENDAR_SUMMARY),
                                                                role=role, site=site.name),
                    location=site.address))
            write_ics(events, Path(target), dtstamp=datetime.now(UTC).replace(microsecond=0),
                      calendar_name=site.name)
            written.append(Path(target))
            return []

        written: list[Path] = []
        self._run(work)
        if written:
            QMessageBox.information(self._parent, self.tr("Shifts as calendar"),
                                    self.tr("The calendar file was written:\n%1").replace("%1", target))

    def _run(self, work: Callable[[], list[Path]]) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            paths = work()
        except Exception as exc:  # a font or a full disk: say so, never leave a slot with it
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.critical(self._parent, self.tr("Print"), describe(exc))
            return
        QGuiApplication.restoreOverrideCursor()
        self.last_written = paths
        for path in paths:
            if not self._open(QUrl.fromLocalFile(str(path))):
                QMessageBox.information(
                    self._parent, self.tr("Print"),
                    self.tr("The PDF was written but no viewer could open it. Open it yourself from:\n%1")
                    .replace("%1", str(path)))


# -- rosters, certificates, calendars ---------------------------------------------------------

ROSTER_TEXTS = {
    "title": QT_TRANSLATE_NOOP("Printout", "Roster"),
    "missing": QT_TRANSLATE_NOOP("Printout", "Missing:"),
    "nobody": QT_TRANSLATE_NOOP("Printout", "nobody yet"),
    "no_shifts": QT_TRANSLATE_NOOP("Printout", "no shift"),
    "week": QT_TRANSLATE_NOOP("Printout", "Week {week}"),
    "printed_on": QT_TRANSLATE_NOOP("Printout", "Printed on {date}"),
    "page": QT_TRANSLATE_NOOP("Printout", "Page {page} of {pages}"),
    "internal_note": QT_TRANSLATE_NOOP("Printout", "Internal – contains phone numbers, do not post"),
    "period_week": QT_TRANSLATE_NOOP("Printout", "Week {week}, {first} – {last}"),
    "period_month": QT_TRANSLATE_NOOP("Printout", "{month} {year}"),
}
CERTIFICATE_TEXTS = {
    "title": QT_TRANSLATE_NOOP("Printout", "Volunteer certificate"),
    "intro": QT_TRANSLATE_NOOP("Printout", "We hereby confirm the voluntary work of"),
    "name": QT_TRANSLATE_NOOP("Printout", "Name"),
    "period": QT_TRANSLATE_NOOP("Printout", "Period"),
    "shifts": QT_TRANSLATE_NOOP("Printout", "Shifts"),
    "hours": QT_TRANSLATE_NOOP("Printout", "Hours"),
    "estimated_note": QT_TRANSLATE_NOOP(
        "Printout", "For {count} shifts no arrival or departure time was recorded; the planned times are "
                    "counted."),
    "activities": QT_TRANSLATE_NOOP("Printout", "Activities"),
    "ehrenamtskarte": QT_TRANSLATE_NOOP("Printout", "NRW volunteer card (Ehrenamtskarte)"),
    "closing": QT_TRANSLATE_NOOP(
        "Printout", "We thank them for their commitment and their reliable support of our visitors."),
    "place_date": QT_TRANSLATE_NOOP("Printout", "Place, date"),
    "signature": QT_TRANSLATE_NOOP("Printout", "Signature, stamp"),
    "verification": QT_TRANSLATE_NOOP("Printout", "Verification code"),
    "verification_hint": QT_TRANSLATE_NOOP(
        "Printout", "The Welcome Point confirms this certificate on request when given the verification "
                    "code."),
}
THRESHOLD_MET = QT_TRANSLATE_NOOP(
    "Printout", "requirement met (at least {year} hours a year or {week} hours a week)")
THRESHOLD_NOT_MET = QT_TRANSLATE_NOOP(
    "Printout", "requirement not met (at least {year} hours a year or {week} hours a week)")
CALENDAR_SUMMARY = QT_TRANSLATE_NOOP("Printout", "{role} at {site}")


def roster_document(facts: RosterFacts, public: bool, lang: LabelLanguage, printed_on: date) -> Roster:
    """The roster of ``facts`` with labels in ``lang``: the same for the window and the command line."""
    from PySide6.QtCore import QDate, QLocale

    from welcome_point.documents.roster import Roster, RosterLabels, RosterPerson, RosterShift

    locale = QLocale(lang.language)
    labels = RosterLabels(
        weekdays=tuple(locale.dayName(day, QLocale.FormatType.ShortFormat) for day in range(1, 8)),
        roles={term.code: lang.text(v.CONTEXT, term.label) for term in v.ROLES},
        **{key: lang.text(CONTEXT, ROSTER_TEXTS[key]) for key in
           ("missing", "nobody", "no_shifts", "week", "printed_on", "page", "internal_note")})

    def short(day: date) -> str:
        # No bidi isolates here: the PDF fonts have no glyph for them (they would print as boxes).
        return locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)

    first, last = facts.first, facts.last
    if first.day == 1 and (last + timedelta(days=1)).day == 1 and first.month == last.month:
        period = fill(lang.text(CONTEXT, ROSTER_TEXTS["period_month"]),
                         month=locale.standaloneMonthName(first.month), year=first.year)
    else:
        period = fill(lang.text(CONTEXT, ROSTER_TEXTS["period_week"]), week=first.isocalendar().week,
                         first=short(first), last=short(last))
    shifts = tuple(RosterShift(
        starts_at=view.shift.starts_at, ends_at=view.shift.ends_at, role=view.shift.role,
        min_staff=view.shift.min_staff, wanted_languages=view.shift.wanted_languages,
        people=tuple(RosterPerson(name=person.display_name or "–", phone=person.phone,
                                  languages=person.languages)
                     for person in view.assigned if person.status not in ("cancelled", "no_show")))
        for view in facts.shifts)
    days = tuple(first + timedelta(days=offset) for offset in range((last - first).days + 1))
    return Roster(site_name=facts.site.name, title=lang.text(CONTEXT, ROSTER_TEXTS["title"]),
                  period_label=period, days=days, shifts=shifts, public=public, labels=labels,
                  printed_on=printed_on)


def certificate_document(facts: CertificateFacts, lang: LabelLanguage, issued_on: date) -> Certificate:
    from PySide6.QtCore import QLocale

    from welcome_point.documents.certificate import Certificate, CertificateLabels

    decimal = QLocale(lang.language).decimalPoint()
    texts = {key: lang.text(CONTEXT, source) for key, source in CERTIFICATE_TEXTS.items()}
    labels = CertificateLabels(decimal_separator=decimal, **texts)
    threshold = facts.threshold
    line = lang.text(CONTEXT, THRESHOLD_MET if facts.meets_threshold else THRESHOLD_NOT_MET)
    return Certificate(
        volunteer_name=facts.volunteer.display_name, first=facts.first, last=facts.last,
        shifts=facts.hours.shifts, hours=facts.hours.total, estimated_shifts=facts.hours.estimated_shifts,
        activities=tuple(lang.text(v.CONTEXT, v.ROLES.term(role).label) for role in v.ROLES.ordered(
            set(facts.hours.roles)) if role in v.ROLES),
        place=_place(facts.site.address) or facts.site.name, issued_on=issued_on,
        verification_code=facts.code, site_name=facts.site.name, site_address=facts.site.address,
        ehrenamtskarte=fill(line, year=f"{threshold.hours_per_year:g}",
                               week=f"{threshold.hours_per_week:g}"),
        labels=labels)


def _place(address: str) -> str:
    """"Beispielplatz 1, 40210 Düsseldorf" → "Düsseldorf"."""
    last = address.rsplit(",", 1)[-1].strip()
    return " ".join(word for word in last.split() if not word.isdigit())
