"""A bar chart widget: the same QPainter drawing as the PDF charts, sized to the screen."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from dorpsboek.printing.charts import paint_bars
from dorpsboek.reports.layout import Bar


class BarChart(QWidget):
    """Horizontal bars with a label and the (possibly '< 3') number; grows with its rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = list(bars)
        self.setAccessibleDescription("; ".join(f"{b.label}: {b.text}" for b in self.bars))
        self.updateGeometry()
        self.setFixedHeight(self._row() * max(1, len(self.bars)) + 6)
        self.update()

    def _row(self) -> int:
        return int(self.fontMetrics().height() * 1.6)

    def sizeHint(self) -> QSize:
        return QSize(
            self.fontMetrics().averageCharWidth() * 70, self._row() * max(1, len(self.bars)) + 6
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(0, 3, self.width() - 4, self._row() * len(self.bars))
        paint_bars(painter, rect, self.bars, self.font())
        painter.end()
