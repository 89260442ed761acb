"""Bar charts drawn with QPainter: for the report screen and as images in the PDF."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter

from dorpsboek.reports.layout import Bar

BAR = QColor("#2f6f8f")
MASKED = QColor("#c9d6de")
TEXT = QColor("#222222")


def paint_bars(painter: QPainter, rect: QRectF, bars: list[Bar], font: QFont) -> None:
    """Horizontal bars, a label left of each; a hidden ('< 3') count gets a pale stub."""
    if not bars:
        return
    painter.save()
    painter.setFont(font)
    metrics = QFontMetrics(font)
    row = rect.height() / len(bars)
    label_w = min(rect.width() * 0.38, max(metrics.horizontalAdvance(b.label) for b in bars) + 12)
    # Room for the widest value text (hours such as '2 u 55 min van 70 u 51 min' are long).
    widest = max(metrics.horizontalAdvance(b.text) for b in bars)
    value_w = min(rect.width() * 0.35, max(metrics.horizontalAdvance("< 9999"), widest)) + 8
    room = max(10.0, rect.width() - label_w - value_w)
    top = max((b.value for b in bars if not b.masked), default=1) or 1
    for i, bar in enumerate(bars):
        y = rect.top() + i * row
        painter.setPen(TEXT)
        label_rect = QRectF(rect.left(), y, label_w - 8, row)
        label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(label_w - 8))
        painter.drawText(
            label_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label
        )
        length = _length(bar, room, top, row)
        bar_rect = QRectF(rect.left() + label_w, y + row * 0.18, length, row * 0.64)
        painter.fillRect(bar_rect, MASKED if bar.masked else BAR)
        text_rect = QRectF(bar_rect.right() + 5, y, value_w, row)
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, bar.text
        )
    painter.restore()


def _length(bar: Bar, room: float, top: int, row: float) -> float:
    if bar.masked:
        return row * 0.3  # fixed: the length must not tell how small the count is
    return room * bar.value / top if bar.value else 0.0


def chart_image(bars: list[Bar], width: int = 1800, row: int = 66, font_px: int = 38) -> QImage:
    """A white image with the chart, sized for print at 300 dpi (about 15 cm wide)."""
    image = QImage(width, max(1, row * len(bars)) + 10, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    font = QFont("DejaVu Sans")
    font.setPixelSize(font_px)
    paint_bars(painter, QRectF(0, 5, width - 10, row * len(bars)), bars, font)
    painter.end()
    return image
