"""The Directory page: partner organisations to refer visitors to, with CSV import and export.

The whole directory (hundreds of entries) is read once per change; searching filters that
list as one types, in the window's language (translated category, topic and language names).
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    QStandardPaths,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from welcome_point.domain import directory_csv as dc
from welcome_point.domain import vocabulary as v
from welcome_point.domain.directory_csv import DirectoryFileError, fold
from welcome_point.domain.models import Organisation
from welcome_point.services.directory import DirectoryService, ImportReport
from welcome_point.ui.assets import icon
from welcome_point.ui.background import BackgroundRunner
from welcome_point.ui.errors import describe
from welcome_point.ui.hub import Hub
from welcome_point.ui.labels import label, language_label, ltr
from welcome_point.ui.organisation_dialog import (
    OrganisationDialog,
    field_label,
    file_error_text,
    problem_text,
)
from welcome_point.ui.tables import HeaderedTableModel, row_table, select_source_row

ORGANISATION_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
EXAMPLE_BACKGROUND = QColor("#fff1c2")
EXAMPLE_FOREGROUND = QColor("#6b4500")
ARCHIVED_FOREGROUND = QColor("#7a8288")


EXAMPLE_SAMPLE = Organisation(id=None, name="x", category="other", is_example=True)
ARCHIVED_SAMPLE = Organisation(id=None, name="x", category="other", archived=True)


class OrganisationTableModel(HeaderedTableModel):
    NAME, CATEGORY, TOPICS, LANGUAGES, PHONE, STATUS = range(6)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Organisation] = []
        self._search: list[str] = []
        self._headers = [self.tr("Name"), self.tr("Category"), self.tr("Topics"), self.tr("Languages"),
                         self.tr("Phone"), self.tr("Status")]

    def set_rows(self, organisations: list[Organisation]) -> None:
        self.beginResetModel()
        self._rows = list(organisations)
        self._search = [self._haystack(o) for o in self._rows]
        self.endResetModel()

    @staticmethod
    def _haystack(o: Organisation) -> str:
        """What a search looks in: the texts, and codes and names in English and the window's language."""
        category = v.ORGANISATION_CATEGORIES.term(o.category)
        parts = [o.name, o.address, o.phone, o.email, o.website, o.opening_hours, o.category,
                 label(v.ORGANISATION_CATEGORIES, o.category), category.label]
        parts += [text for code in o.topics
                  for text in (code, label(v.TOPICS, code), v.TOPICS.term(code).label)]
        parts += [text for code in o.languages
                  for text in (code, language_label(code), v.LANGUAGES.term(code).label)]
        return fold(" ".join(parts))

    def organisation(self, row: int) -> Organisation:
        return self._rows[row]

    def row_of(self, organisation_id: int | None) -> int:
        return next((row for row, o in enumerate(self._rows) if o.id == organisation_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)



    def status_text(self, o: Organisation) -> str:
        if o.archived:
            return self.tr("Archived")
        if o.is_example:
            return self.tr("Example – please check")
        return ""

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        o = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.NAME:
                return o.name
            if column == self.CATEGORY:
                return label(v.ORGANISATION_CATEGORIES, o.category)
            if column == self.TOPICS:
                return ", ".join(label(v.TOPICS, code) for code in o.topics)
            if column == self.LANGUAGES:
                if role == Qt.ItemDataRole.ToolTipRole:
                    return ", ".join(language_label(code) for code in o.languages)
                return " ".join(code.upper() for code in o.languages)  # compact; names in the tooltip
            if column == self.PHONE:
                return ltr(o.phone)
            if column == self.STATUS:
                return self.status_text(o)
        if role == Qt.ItemDataRole.ForegroundRole:
            if o.archived:
                return QBrush(ARCHIVED_FOREGROUND)
            if column == self.STATUS and o.is_example:
                return QBrush(EXAMPLE_FOREGROUND)
        example_badge = column == self.STATUS and o.is_example and not o.archived
        if role == Qt.ItemDataRole.BackgroundRole and example_badge:
            return QBrush(EXAMPLE_BACKGROUND)
        if role == ORGANISATION_ROLE:
            return o
        if role == SEARCH_ROLE:
            return self._search[index.row()]
        return None


class OrganisationFilter(QSortFilterProxyModel):
    """Every word typed must occur; archived entries only when asked for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._show_archived = False
        self.setSortLocaleAware(True)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_show_archived(self, show: bool) -> None:
        self.beginFilterChange()
        self._show_archived = show
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        organisation = model.data(index, ORGANISATION_ROLE)
        if organisation.archived and not self._show_archived:
            return False
        haystack = model.data(index, SEARCH_ROLE)
        return all(word in haystack for word in self._words)


class ImportReportDialog(QDialog):
    """Every bad row of a refused import, by line, in the user's language; nothing was imported."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import refused"))
        header_codes = {dc.MISSING_HEADER, dc.UNKNOWN_COLUMN, dc.DUPLICATE_COLUMN}
        bad = len({p.line for p in report.problems if p.code not in header_codes})
        if any(p.code in header_codes for p in report.problems):
            headline = self.tr("Nothing was imported: the header line of the file has problems. Correct "
                               "them and import the file again.")
        else:
            headline = self.tr("Nothing was imported: %1 of %2 rows have problems. Correct them in the file "
                               "(or delete those rows) and import it again.") \
                .replace("%1", QLocale().toString(bad)).replace("%2", QLocale().toString(report.rows))
        self.headline = QLabel(headline)
        self.headline.setWordWrap(True)
        file_label = QLabel(ltr(report.path.name))
        file_label.setToolTip(str(report.path))

        self.table = QTableWidget(len(report.problems), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Column"), self.tr("Problem")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.lines: list[str] = []
        for row, problem in enumerate(report.problems):
            text = problem_text(problem.code, problem.field, problem.value)
            column = field_label(problem.field) if problem.field else ""
            line = QTableWidgetItem()
            line.setData(Qt.ItemDataRole.DisplayRole, problem.line)
            self.table.setItem(row, 0, line)
            self.table.setItem(row, 1, QTableWidgetItem(column))
            self.table.setItem(row, 2, QTableWidgetItem(text))
            self.lines.append("\t".join((str(problem.line), column, text)))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        copy = buttons.addButton(self.tr("&Copy list"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(file_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(820, 460)

    def copy(self) -> None:
        """The list as text, to paste into an e-mail to whoever made the file."""
        QGuiApplication.clipboard().setText("\n".join(self.lines))


class DirectoryPage(QWidget):
    def __init__(self, service: DirectoryService, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._hub = hub
        self._runner = BackgroundRunner()
        self._folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        self._select_id: int | None = None
        self.dialog: OrganisationDialog | None = None
        self.report_dialog: ImportReportDialog | None = None

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, address, category, topic, language… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the directory"))
        self.show_archived = QCheckBox(self.tr("Show &archived"))
        self.new_button = QPushButton(self.tr("&New…"))
        self.new_button.setToolTip(self.tr("A new partner organisation (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setToolTip(self.tr("Edit the selected organisation (Enter)"))
        self.archive_button = QPushButton(self.tr("Archi&ve…"))
        self.import_button = QPushButton(self.tr("&Import CSV…"))
        self.import_button.setToolTip(self.tr("Add organisations from a CSV file (UTF-8, separated by ; "
                                              "or ,)"))
        self.export_button = QPushButton(self.tr("E&xport CSV…"))
        self.export_button.setToolTip(self.tr("Save the whole directory as a CSV file (while it is "
                                              "empty: a template to fill in)"))

        tools = QHBoxLayout()
        tools.addWidget(self.search, 1)
        tools.addWidget(self.show_archived)
        tools.addSpacing(12)
        for button in (self.new_button, self.edit_button, self.archive_button):
            tools.addWidget(button)
        tools.addSpacing(12)
        tools.addWidget(self.import_button)
        tools.addWidget(self.export_button)

        self.model = OrganisationTableModel(self)
        self.proxy = OrganisationFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = row_table(self.proxy, self.tr("Partner organisations"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(OrganisationTableModel.NAME, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(OrganisationTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        # Widths from what the columns hold in this language and font; the name takes the rest.
        metrics = self.table.fontMetrics()
        widths = {
            OrganisationTableModel.CATEGORY: min(220, max(
                metrics.horizontalAdvance(label(v.ORGANISATION_CATEGORIES, code))
                for code in v.ORGANISATION_CATEGORIES.codes)),
            OrganisationTableModel.TOPICS: metrics.horizontalAdvance("x" * 28),
            OrganisationTableModel.LANGUAGES: metrics.horizontalAdvance("DE EN AR FA UK"),
            OrganisationTableModel.PHONE: metrics.horizontalAdvance("+49 211 555 0000 00"),
        }
        for column, width in widths.items():
            self.table.setColumnWidth(column, width + 20)
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 10)
        badge = max(metrics.horizontalAdvance(text) for text in (
            self.model.status_text(EXAMPLE_SAMPLE), self.model.status_text(ARCHIVED_SAMPLE)))
        self.table.setColumnWidth(OrganisationTableModel.STATUS, badge + 24)

        self.empty = QLabel()
        self.empty.setObjectName("emptyHint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        # A column of fixed maximum width: a word-wrapped label then gets its height for that width.
        hint_column = QWidget()
        hint_column.setMaximumWidth(620)
        column_layout = QVBoxLayout(hint_column)
        picture = QLabel()
        picture.setPixmap(icon("directory").pixmap(64, 64))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column_layout.addWidget(picture)
        column_layout.addWidget(self.empty)
        empty_page = QWidget()
        empty_layout = QHBoxLayout(empty_page)
        empty_layout.addStretch(1)
        empty_layout.addWidget(hint_column, 4, Qt.AlignmentFlag.AlignVCenter)
        empty_layout.addStretch(1)
        self.views = QStackedWidget()
        self.views.addWidget(self.table)
        self.views.addWidget(empty_page)

        self.details = QTextBrowser()
        self.details.setOpenExternalLinks(True)
        self.details.setAccessibleName(self.tr("Details of the selected organisation"))
        # Details below the list: the list keeps the full width for long German names.
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.views)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([480, 160])

        self.status = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: an import or export takes a moment, not long
        self.progress.setMaximumWidth(160)
        self.progress.setVisible(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.progress)

        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._focus_table)
        self.show_archived.toggled.connect(self._show_archived)
        self.new_button.clicked.connect(self.new_organisation)
        self.edit_button.clicked.connect(self.edit_selected)
        self.archive_button.clicked.connect(self.archive_selected)
        self.import_button.clicked.connect(self.import_csv)
        self.export_button.clicked.connect(self.export_csv)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        hub.organisations_changed.connect(self.refresh)

        def shortcut(keys: QKeySequence | QKeySequence.StandardKey | str, slot: object,
                     parent: QWidget | None = None,
                     context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut) -> None:
            # Window-wide, but only while this page is the visible one (hidden pages' shortcuts sleep).
            item = QShortcut(QKeySequence(keys), parent or self)
            item.setContext(context)
            item.activated.connect(slot)

        shortcut(QKeySequence.StandardKey.Find, self.focus_search)
        shortcut("Ctrl+N", self.new_organisation)
        shortcut("Ctrl+I", self.import_csv)
        shortcut("Ctrl+E", self.export_csv)
        for key in ("Return", "Enter"):
            shortcut(key, self.edit_selected, self.table, Qt.ShortcutContext.WidgetShortcut)
        shortcut("Delete", self._archive_key, self.table, Qt.ShortcutContext.WidgetShortcut)
        shortcut("Down", self._focus_table, self.search, Qt.ShortcutContext.WidgetShortcut)
        self.refresh()

    # -- showing ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the directory again (after any change, here or on another page)."""
        current = self.selected()
        if self._select_id is None and current is not None:
            self._select_id = current.id
        try:
            organisations = self._service.search("", include_archived=True)
        except Exception as exc:  # a locked database: say so on the page, keep what is shown
            self.status.setText(describe(exc).split("\n")[0])
            return
        self.model.set_rows(organisations)
        self._after_change()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Another laptop on the same database may have changed the directory meanwhile.
        if not event.spontaneous():
            self.refresh()

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self._after_change()

    def _show_archived(self, show: bool) -> None:
        self.proxy.set_show_archived(show)
        self._after_change()

    def _after_change(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        archived = sum(1 for row in range(total) if self.model.organisation(row).archived)
        if total == 0:
            self.empty.setText(self.tr("No partner organisations yet: add one with New (Ctrl+N) or import "
                                       "a CSV file (Ctrl+I)."))
        elif shown == 0:
            self.empty.setText(self.tr("No organisation matches “%1”.").replace("%1", self.search.text())
                               if self.search.text().strip() else
                               self.tr("All organisations are archived: tick “Show archived” to see them."))
        self.views.setCurrentIndex(0 if shown else 1)
        locale = QLocale()
        if archived and not self.show_archived.isChecked():
            status = self.tr("%1 of %2 organisations shown · %3 archived not shown") \
                .replace("%3", locale.toString(archived))
            listed = total - archived
        else:
            status = self.tr("%1 of %2 organisations shown")
            listed = total
        status = status.replace("%2", locale.toString(listed)).replace("%1", locale.toString(shown))
        self.status.setText(status if total else "")
        self._restore_selection()
        self._selection_changed()

    def _restore_selection(self) -> None:
        wanted = self._select_id
        self._select_id = None
        source_row = self.model.row_of(wanted) if wanted is not None else -1
        select_source_row(self.table, self.proxy, source_row, first_if_none=self.selected() is None)

    def selected(self) -> Organisation | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        organisation: Organisation = self.proxy.data(index, ORGANISATION_ROLE)
        return organisation

    def _selection_changed(self) -> None:
        organisation = self.selected()
        self.edit_button.setEnabled(organisation is not None)
        self.archive_button.setEnabled(organisation is not None)
        self.archive_button.setText(self.tr("&Restore") if organisation is not None and organisation.archived
                                    else self.tr("Archi&ve…"))
        self.details.setHtml(self._details_html(organisation))
        self.details.setVisible(organisation is not None)

    def _details_html(self, o: Organisation | None) -> str:
        if o is None:
            return ""
        e = html.escape
        heading = (f"<h3 style='margin:0'>{e(o.name)}</h3><p style='margin-top:2px; color:#4a5a63'>"
                   f"{e(label(v.ORGANISATION_CATEGORIES, o.category))}")
        if o.is_example:
            heading += ("&nbsp;&nbsp;<span style='background:#fff1c2; color:#6b4500'>&nbsp;"
                        + e(self.tr("Example – please check")) + "&nbsp;</span> "
                        + e(self.tr("Invented example data: check every detail, then untick “Example” "
                                    "when editing.")))
        if o.archived:
            heading += "&nbsp;&nbsp;<b>" + e(self.tr("Archived: not offered at the desk.")) + "</b>"
        heading += "</p>"
        contact: list[tuple[str, str]] = []
        if o.address:
            contact.append((self.tr("Address"), e(o.address)))
        if o.phone:
            contact.append((self.tr("Phone"), e(ltr(o.phone))))
        if o.email:
            contact.append((self.tr("E-mail"), f"<a href='mailto:{e(o.email)}'>{e(ltr(o.email))}</a>"))
        if o.website:
            contact.append((self.tr("Website"), f"<a href='{e(o.website)}'>{e(ltr(o.website))}</a>"))
        visit: list[tuple[str, str]] = []
        if o.opening_hours:
            visit.append((self.tr("Opening hours"), e(o.opening_hours)))
        if o.what_to_bring:
            visit.append((self.tr("What to bring"), e(o.what_to_bring).replace("\n", "<br>")))
        if o.topics:
            visit.append((self.tr("Topics"), e(", ".join(label(v.TOPICS, code) for code in o.topics))))
        if o.languages:
            visit.append((self.tr("Languages"), e(", ".join(language_label(code) for code in o.languages))))

        # Qt's rich text does not mirror table columns: a right-to-left window lists them reversed.
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft

        def table(rows: list[tuple[str, str]]) -> str:
            cells = [(f"<td style='color:#4a5a63; padding-right:10px; padding-left:10px' valign='top'>"
                      f"{e(name)}</td>", f"<td>{value}</td>") for name, value in rows]
            return "<table cellspacing='0' cellpadding='2'>" + "".join(
                "<tr>" + "".join(reversed(pair) if rtl else pair) + "</tr>" for pair in cells) + "</table>"

        halves = [f"<td width='45%' valign='top'>{table(contact)}</td>",
                  f"<td width='55%' valign='top'>{table(visit)}</td>"]
        return (f"<div dir='{'rtl' if rtl else 'ltr'}'>{heading}<table width='100%' cellspacing='0'><tr>"
                + "".join(reversed(halves) if rtl else halves) + "</tr></table></div>")

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _focus_table(self) -> None:
        if self.proxy.rowCount() == 0:
            return
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.selected() is None:
            self.table.selectRow(0)

    # -- changing ---------------------------------------------------------------------------

    def new_organisation(self) -> None:
        self._open_dialog(None)

    def edit_selected(self) -> None:
        organisation = self.selected()
        if organisation is not None:
            self._open_dialog(organisation)

    def _open_dialog(self, organisation: Organisation | None) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            return
        dialog = OrganisationDialog(organisation, self)
        dialog.accepted.connect(lambda: self._save(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _save(self, dialog: OrganisationDialog) -> None:
        organisation = dialog.organisation()
        if organisation is None:
            return
        try:
            saved = self._service.save(organisation)
        except Exception as exc:
            QMessageBox.critical(self, self.tr("Directory"), describe(exc))
            self._open_dialog(organisation)  # nothing typed is lost: try again or cancel
            return
        self._select_id = saved.id
        self._hub.organisations_changed.emit()

    def _archive_key(self) -> None:
        """Delete archives (after asking); it never restores, which would surprise."""
        organisation = self.selected()
        if organisation is not None and not organisation.archived:
            self.archive_selected()

    def archive_selected(self) -> None:
        organisation = self.selected()
        if organisation is None or organisation.id is None:
            return
        if not organisation.archived:
            answer = QMessageBox.question(
                self, self.tr("Archive organisation"),
                self.tr("Archive “%1”? It is no longer offered at the desk; referrals made to it are kept. "
                        "You can restore it later (tick “Show archived”).").replace("%1", organisation.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            saved = self._service.archive(organisation.id, not organisation.archived)
        except Exception as exc:
            QMessageBox.critical(self, self.tr("Directory"), describe(exc))
            return
        self._select_id = saved.id
        self._hub.organisations_changed.emit()

    # -- files ------------------------------------------------------------------------------

    def _busy(self, text: str) -> None:
        self.import_button.setEnabled(not text)
        self.export_button.setEnabled(not text)
        self.progress.setVisible(bool(text))
        if text:
            self.status.setText(text)

    def import_csv(self) -> None:
        if not self.import_button.isEnabled():
            return
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import partner organisations"), self._folder,
            self.tr("CSV files (*.csv *.txt);;All files (*)"))
        if not name:
            return
        path = Path(name)
        self._folder = str(path.parent)
        self._busy(self.tr("Importing %1…").replace("%1", path.name))
        self._runner.run(lambda: self._service.import_csv(path), self._imported, self._import_failed)

    # The callbacks below come from a worker thread's result, possibly after the page was
    # deleted (a language switch rebuilds the window): a late result is then ignored.

    def _imported(self, report: ImportReport) -> None:
        if not isValid(self):
            return
        self._busy("")
        if not report.ok:
            self._after_change()
            self.report_dialog = ImportReportDialog(report, self)
            self.report_dialog.open()
            return
        self._hub.organisations_changed.emit()
        if report.imported == 0:
            QMessageBox.information(self, self.tr("Import"), self.tr(
                "The file holds no organisations; nothing was imported."))
        else:
            QMessageBox.information(self, self.tr("Import"), self.tr(
                "%n organisation(s) imported. Imported entries are not marked as examples; check them "
                "as you use them.", "", report.imported))

    def _import_failed(self, exc: Exception) -> None:
        if not isValid(self):
            return
        self._busy("")
        self._after_change()
        if isinstance(exc, DirectoryFileError):
            text = self.tr("%1\n\nNothing was imported.", "%1: why the file was refused")
            QMessageBox.warning(self, self.tr("Import refused"), text.replace("%1", file_error_text(exc)))
        else:
            QMessageBox.critical(self, self.tr("Import"), describe(exc))

    def export_csv(self) -> None:
        if not self.export_button.isEnabled():
            return
        suggestion = str(Path(self._folder) / f"partner-organisations-{date.today().isoformat()}.csv")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export partner organisations"), suggestion,
                                              self.tr("CSV files (*.csv)"))
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        self._folder = str(path.parent)
        self._busy(self.tr("Exporting…"))
        self._runner.run(lambda: self._service.export_csv(path),
                         lambda count: self._exported(path, count), self._export_failed)

    def _exported(self, path: Path, count: int) -> None:
        if not isValid(self):
            return
        self._busy("")
        self._after_change()
        text = self.tr("%n organisation(s) exported to %1.", "", count)
        self.status.setText(text.replace("%1", ltr(str(path))))

    def _export_failed(self, exc: Exception) -> None:
        if not isValid(self):
            return
        self._busy("")
        self._after_change()
        detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else describe(exc)
        QMessageBox.critical(self, self.tr("Export"), self.tr(
            "The file could not be written.\n\n%1", "%1: the system's reason").replace("%1", str(detail)))
