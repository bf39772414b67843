"""The one way the pages show a list: a read-only table of whole rows, one row selected at a time."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
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
