"""Subject access and erasure on request: one visitor card or one volunteer, shown, exported or erased.

The record is compiled by the service (admins only) and shown read-only. The export writes JSON and
PDF into a chosen folder; the erasure asks for the card code (or the volunteer's number) to be typed
again. Export and erasure run off the UI thread (an erasure takes a backup first).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from welcome_point.documents.subject_access import labels_for
from welcome_point.domain import cardcode
from welcome_point.domain.privacy import VISITOR, SubjectRecord
from welcome_point.ui.background import BackgroundRunner
from welcome_point.ui.labels import ltr
from welcome_point.ui.privacy_common import ERROR, OK, WorkingTab, message_label, show_error, show_message
from welcome_point.ui.privacy_erase_dialog import EraseDialog
from welcome_point.ui.privacy_subject_text import SubjectText

if TYPE_CHECKING:
    from welcome_point.services.privacy import PrivacyService
    from welcome_point.services.volunteers import VolunteerService

SHIPPED_LABELS = ("de", "en")  # documents/subject_access.py ships these; others get the window's texts


class SubjectTab(WorkingTab):
    """``erased`` carries the kind of record erased (domain.privacy.VISITOR or VOLUNTEER)."""

    erased = Signal(str)

    def __init__(self, privacy: PrivacyService, volunteers: VolunteerService, *, language: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._privacy = privacy
        self._volunteers = volunteers
        self._language = language
        self._runner = BackgroundRunner()
        self._loaded = False
        self.texts = SubjectText(self)
        self.record: SubjectRecord | None = None
        self.last_export: list[Path] = []

        intro = QLabel(self.tr(
            "Everything the database holds about one visitor card or one volunteer: to answer a request "
            "for access (Art. 15 GDPR) or to erase the record on request (Art. 17)."))
        intro.setObjectName("hint")
        intro.setWordWrap(True)

        self.visitor_choice = QRadioButton(self.tr("&Visitor card:"))
        self.volunteer_choice = QRadioButton(self.tr("V&olunteer:"))
        self.visitor_choice.setChecked(True)
        choices = QButtonGroup(self)
        choices.addButton(self.visitor_choice)
        choices.addButton(self.volunteer_choice)
        self.card_code = QLineEdit()
        self.card_code.setPlaceholderText(self.tr("e.g. K7MXP-Q4TAC"))
        self.card_code.setAccessibleName(self.tr("Card code"))
        self.card_code.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.card_code.setMaxLength(40)
        self.card_code.textEdited.connect(lambda _text: self.visitor_choice.setChecked(True))
        self.card_code.returnPressed.connect(self.show_record)
        self.volunteer = QComboBox()
        self.volunteer.setAccessibleName(self.tr("Volunteer"))
        self.volunteer.setMinimumContentsLength(24)
        self.volunteer.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.volunteer.activated.connect(lambda _index: self.volunteer_choice.setChecked(True))
        self.show_button = QPushButton(self.tr("&Show"))
        self.show_button.setObjectName("primary")
        self.show_button.clicked.connect(self.show_record)
        chooser = QGridLayout()
        chooser.addWidget(self.visitor_choice, 0, 0)
        chooser.addWidget(self.card_code, 0, 1)
        chooser.addWidget(self.volunteer_choice, 1, 0)
        chooser.addWidget(self.volunteer, 1, 1)
        chooser.addWidget(self.show_button, 0, 2, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        chooser.setColumnStretch(3, 1)

        self.export_button = QPushButton(self.tr("&Export JSON and PDF…"))
        self.export_button.setToolTip(self.tr("Write the record shown as JSON and PDF into a folder"))
        self.export_button.clicked.connect(self.export)
        self.erase_button = QPushButton(self.tr("E&rase…"))
        self.erase_button.setObjectName("danger")
        self.erase_button.setToolTip(self.tr("Erase the record shown for good (asks to type it again)"))
        self.erase_button.clicked.connect(self.erase)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumWidth(140)
        self.busy_bar.setVisible(False)
        actions = QHBoxLayout()
        actions.addWidget(self.export_button)
        actions.addWidget(self.erase_button)
        actions.addStretch(1)
        actions.addWidget(self.busy_bar)

        self.message = message_label()
        self.summary = QTextBrowser()
        self.summary.setOpenLinks(False)
        self.summary.setAccessibleName(self.tr("The record"))
        self.summary.setPlaceholderText(self.tr(
            "Enter a card code or choose a volunteer, then press Show. The record appears here exactly as "
            "it will be exported."))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(chooser)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(self.summary, 1)
        self._update_buttons()

    # -- choosing ------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.fill_volunteers()

    def fill_volunteers(self) -> None:
        """Every volunteer, those who left too (they have the same rights)."""
        self._loaded = True
        current = self.volunteer.currentData()
        self.volunteer.clear()
        try:
            people = self._volunteers.search("", include_inactive=True)
        except Exception as exc:
            show_error(self.message, exc)
            return
        for person in people:
            text = self.tr("%1 (no. %2)").replace("%1", person.display_name).replace("%2", str(person.id))
            if not person.active:
                text = self.tr("%1 – left").replace("%1", text)
            self.volunteer.addItem(text, person.id)
        if not people:
            self.volunteer.addItem(self.tr("No volunteers"), None)
            self.volunteer.setEnabled(False)
            self.volunteer_choice.setEnabled(False)
        else:
            self.volunteer.setEnabled(True)
            self.volunteer_choice.setEnabled(True)
        index = self.volunteer.findData(current)
        if index >= 0:
            self.volunteer.setCurrentIndex(index)

    def _update_buttons(self) -> None:
        shown = self.record is not None
        self.show_button.setEnabled(not self._busy)
        self.export_button.setEnabled(shown and not self._busy)
        self.erase_button.setEnabled(shown and not self._busy)
        self.busy_bar.setVisible(self._busy)

    def show_record(self) -> None:
        if self._busy:
            return
        self.clear_record()
        try:
            if self.visitor_choice.isChecked():
                typed = self.card_code.text()
                if not cardcode.is_valid(typed):
                    show_message(self.message, self.tr(
                        "This is not a card code: it has 10 characters (letters and digits, shown as two "
                        "groups of five); check it on the card."), ERROR)
                    return
                record = self._privacy.visitor_record(typed)
            else:
                volunteer_id = self.volunteer.currentData()
                if not isinstance(volunteer_id, int):
                    return
                record = self._privacy.volunteer_record(volunteer_id)
        except Exception as exc:
            show_error(self.message, exc)
            return
        self.record = record
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        if rtl:  # headings and paragraphs start at the right, whatever language their text is in
            option = self.summary.document().defaultTextOption()
            option.setTextDirection(Qt.LayoutDirection.RightToLeft)
            self.summary.document().setDefaultTextOption(option)
        self.summary.setHtml(self.texts.summary_html(record, rtl=rtl))
        self._update_buttons()

    def clear_record(self) -> None:
        self.record = None
        self.summary.clear()
        show_message(self.message, "")
        self._update_buttons()

    # -- export --------------------------------------------------------------------------------

    def export(self) -> None:
        record = self.record
        if record is None or self._busy:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the export"), str(Path.home()))
        if not folder:
            return
        language = self._language.split("_")[0]
        labels = self.texts.window_labels()
        if language in SHIPPED_LABELS:
            # The shipped texts (wording, date formats), with the window's names of codes ("Wohnen").
            labels = replace(labels_for(language), values=labels.values)
        self._start(self.tr("Writing the JSON file and the PDF…"))
        self._runner.run(lambda: self._privacy.export_record(record, Path(folder), language, labels=labels),
                         self._exported, self._failed)

    def _exported(self, paths: list[Path]) -> None:
        if not isValid(self):  # the window locked meanwhile: this tab is gone
            return
        self._stop()
        self.last_export = list(paths)
        names = ", ".join(ltr(Path(path).name) for path in paths)
        folder = ltr(str(Path(paths[0]).parent)) if paths else ""
        show_message(self.message, self.tr("Written into %1: %2. Hand them to the person in person or "
                                           "by a secure way.").replace("%1", folder).replace("%2", names), OK)

    # -- erasure -------------------------------------------------------------------------------

    def erase(self) -> None:
        record = self.record
        if record is None or self._busy:
            return
        if record.kind == VISITOR:
            what = self.tr("The visitor with the card %1").replace("%1", ltr(record.reference))
        else:
            what = self.tr("Volunteer no. %1 (with their user accounts)").replace("%1", record.reference)
        dialog = EraseDialog(what, record.reference, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.confirmed():
            show_message(self.message, self.tr("Not erased."))
            return
        self._start(self.tr("Taking a backup, then erasing…"))
        if record.kind == VISITOR:
            self._runner.run(lambda: self._privacy.erase_visitor(record.reference),
                             lambda result: self._erased(record, result), self._failed)
        else:
            self._runner.run(lambda: self._privacy.erase_volunteer(record.subject_id),
                             lambda result: self._erased(record, result), self._failed)

    def _erased(self, record: SubjectRecord, _result: object) -> None:
        if not isValid(self):  # the window locked meanwhile: this tab is gone
            return
        self._stop()
        self.clear_record()
        if record.kind == VISITOR:
            self.card_code.clear()
            text = self.tr("Erased: the card code no longer exists; the visits stay as anonymous visits.")
        else:
            self.fill_volunteers()
            text = self.tr("Erased: the volunteer's record and accounts are gone; their hours stay in the "
                           "anonymous totals.")
        show_message(self.message, text, OK)
        self.erased.emit(record.kind)

    # -- running -------------------------------------------------------------------------------

    def finish(self) -> None:
        self._runner.finish()
