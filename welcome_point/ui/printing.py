"""Referral slips and visitor cards: labels in German and the visitor's language, then the viewer.

The window may be in Farsi while the slip needs German and Arabic: each label language gets its
own QTranslator, independent of the installed one. Languages without a translation of ours get
English labels beside the German ones.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, QTranslator, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from welcome_point.domain import vocabulary as v
from welcome_point.ui.errors import describe
from welcome_point.ui.i18n import LANGUAGES, translations_dir

if TYPE_CHECKING:
    from pathlib import Path

    from welcome_point.documents.referral_slip import ReferralSlip
    from welcome_point.domain.models import Site
    from welcome_point.services.printouts import PrintoutService, SlipFacts

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


class Printer(QObject):
    """Writes a printout through the service and opens it in the system's PDF viewer."""

    def __init__(self, printouts: PrintoutService, site: Callable[[], Site], parent: QWidget,
                 opener: Callable[[QUrl], bool] = QDesktopServices.openUrl) -> None:
        super().__init__(parent)
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
