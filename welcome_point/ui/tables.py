"""The one way the pages show a list: a read-only table of whole rows, one row selected at a time."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget


def row_table(model: QAbstractItemModel, accessible_name: str, *, alternating: bool = True,
              parent: QWidget | None = None) -> QTableView:
    """A table for reading and choosing rows: no editing, Tab leaves the table, one line per row."""
    table = QTableView(parent)
    table.setModel(model)
    table.setAccessibleName(accessible_name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setAlternatingRowColors(alternating)
    table.setWordWrap(False)
    vertical = table.verticalHeader()
    if vertical is not None:
        vertical.setVisible(False)
    return table


class HeaderedTableModel(QAbstractTableModel):
    """A table model whose columns are a tuple of translated titles in ``_headers``."""

    _headers: Sequence[str] = ()

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


def select_source_row(table: QTableView, proxy: QSortFilterProxyModel, source_row: int,
                      *, first_if_none: bool) -> None:
    """Select a row of the proxy's source model (as it sorts and filters), or else the first row."""
    source = proxy.sourceModel()
    index = proxy.mapFromSource(source.index(source_row, 0)) if source is not None and source_row >= 0 \
        else QModelIndex()
    if not index.isValid() and first_if_none and proxy.rowCount():
        index = proxy.index(0, 0)
    selection = table.selectionModel()
    if index.isValid() and selection is not None:
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        selection.setCurrentIndex(index, flags)
        table.scrollTo(index)
