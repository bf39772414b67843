"""Small pictures of a report's tables: horizontal bars for a one-way table, a grid for a cross table.

Painted with QPainter (QtCharts is not part of PySide6-Essentials). Both mirror in a right-to-left
layout, show zeros as 0 and a suppressed cell as its text (e.g. "<5") in grey without a bar, so
that a hidden number never looks like a small one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QToolTip,
    QWidget,
)

BAR_COLOUR = QColor("#1f6f8b")
TEXT_COLOUR = QColor("#1f3b4d")
SUPPRESSED_COLOUR = QColor("#6b7b85")  # grey, but 4.5:1 on white
SUPPRESSED_BACKGROUND = QColor("#eef1f3")
HEAT_COLOUR = QColor("#cfe5eb")  # the largest count of a grid; smaller ones lighter


@dataclass(frozen=True, slots=True)
class Bar:
    """One category: its label, its count (None when suppressed) and what is written beside the bar."""

    label: str
    value: int | None
    text: str
    tooltip: str = ""


class BarChart(QWidget):
    """Horizontal bars, one row per category, labels on the leading side."""

    ROW_GAP = 6
    LABEL_SHARE = 0.42  # at most this share of the width goes to the labels; longer ones elide

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: tuple[Bar, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self.bars = tuple(bars)
        self.setAccessibleDescription("; ".join(f"{bar.label}: {bar.text}" for bar in self.bars))
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return self.fontMetrics().height() + self.ROW_GAP

    def sizeHint(self) -> QSize:
        return QSize(420, self._row_height() * max(1, len(self.bars)) + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(260, self.sizeHint().height())

    def _label_width(self) -> int:
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(bar.label) for bar in self.bars), default=0)
        return min(widest + 10, int(self.width() * self.LABEL_SHARE))

    def _text_width(self) -> int:
        metrics = self.fontMetrics()
        return max((metrics.horizontalAdvance(bar.text) for bar in self.bars), default=0) + 8

    def row_rects(self, index: int) -> tuple[QRect, QRect, QRect]:
        """The label, the bar track and the row, in logical (left-to-right) coordinates."""
        height = self._row_height()
        top = 2 + index * height
        label_width = self._label_width()
        track = QRect(label_width, top + 2, max(10, self.width() - label_width - 2), height - 4)
        return QRect(0, top, label_width - 6, height), track, QRect(0, top, self.width(), height)

    def _visual(self, rect: QRect) -> QRect:
        """``rect`` mirrored in a right-to-left layout."""
        if not self.isRightToLeft():
            return rect
        return QRect(self.width() - rect.x() - rect.width(), rect.y(), rect.width(), rect.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.bars:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        largest = max((bar.value or 0 for bar in self.bars), default=0)
        text_width = self._text_width()
        # Qt mirrors a non-absolute alignment with the painter's direction: left is the leading edge.
        leading = Qt.AlignmentFlag.AlignLeft
        for index, bar in enumerate(self.bars):
            label_rect, track, _row = self.row_rects(index)
            painter.setPen(TEXT_COLOUR)
            painter.drawText(self._visual(label_rect), leading | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_rect.width()))
            room = max(0, track.width() - text_width)
            length = 0 if bar.value is None or largest == 0 else max(1, round(room * bar.value / largest))
            if bar.value:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(BAR_COLOUR)
                bar_rect = QRect(track.x(), track.y(), length, track.height())
                painter.drawRoundedRect(self._visual(bar_rect), 2, 2)
            text_rect = QRect(track.x() + length + 4, track.y() - 2, text_width, track.height() + 4)
            # Grey, not italic: the italic fonts lack Arabic-Indic digits.
            painter.setPen(SUPPRESSED_COLOUR if bar.value is None else TEXT_COLOUR)
            painter.drawText(self._visual(text_rect), leading | Qt.AlignmentFlag.AlignVCenter, bar.text)
        painter.end()

    def bar_at(self, point: QPoint) -> Bar | None:
        for index, bar in enumerate(self.bars):
            if self._visual(self.row_rects(index)[2]).contains(point):
                return bar
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            bar = self.bar_at(event.pos())
            if bar is not None:
                QToolTip.showText(event.globalPos(), bar.tooltip or f"{bar.label}: {bar.text}", self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)


@dataclass(frozen=True, slots=True)
class GridCell:
    value: int | None  # None when suppressed
    text: str
    tooltip: str = ""


class CrossGrid(QTableWidget):
    """A cross table as a read-only grid, as tall as its rows: the page scrolls, not the grid.

    A cell's background deepens with its count (a hint at the pattern; the number is always
    written), suppressed cells are grey.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setWordWrap(False)
        # As wide as its columns (the box around it may be wider); narrower scrolls sideways.
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)

    def set_grid(self, rows: Sequence[str], columns: Sequence[str],
                 cells: Sequence[Sequence[GridCell]]) -> None:
        self.clear()
        self.setRowCount(len(rows))
        self.setColumnCount(len(columns))
        self.setVerticalHeaderLabels(list(rows))
        self.setHorizontalHeaderLabels(list(columns))
        largest = max((cell.value or 0 for line in cells for cell in line), default=0)
        for row, line in enumerate(cells):
            for column, cell in enumerate(line):
                item = QTableWidgetItem(cell.text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if cell.tooltip:
                    item.setToolTip(cell.tooltip)
                if cell.value is None:
                    item.setForeground(SUPPRESSED_COLOUR)
                    item.setBackground(SUPPRESSED_BACKGROUND)
                else:
                    item.setForeground(TEXT_COLOUR)
                    if cell.value and largest:
                        tint = QColor(HEAT_COLOUR)
                        tint.setAlpha(40 + round(215 * cell.value / largest))
                        item.setBackground(tint)
                self.setItem(row, column, item)
        self.resizeColumnsToContents()
        self._fit_height()

    def _fit_height(self) -> None:
        height = self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(row) for row in range(self.rowCount()))
        if self.horizontalScrollBar().isVisible() or self._too_wide():
            height += self.horizontalScrollBar().sizeHint().height()
        self.setFixedHeight(height)

    def _too_wide(self) -> bool:
        wanted = self.verticalHeader().width() + sum(self.columnWidth(c) for c in range(self.columnCount()))
        return wanted + 2 * self.frameWidth() > self.width()

    def sizeHint(self) -> QSize:
        width = self.verticalHeader().sizeHint().width() + 2 * self.frameWidth()
        width += sum(self.columnWidth(c) for c in range(self.columnCount()))
        return QSize(width, self.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()
