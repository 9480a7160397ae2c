"""A report's chart painted on an image: stacked bars with an axis and a legend. Plain
QPainter (no widgets), so the command line can print reports without a window."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

from app.reports.document import Chart

SCALE = 3  # pixels per layout point: sharp on paper


def paint(chart: Chart, width: int, height: int, font: QFont) -> QImage:
    image = QImage(width * SCALE, height * SCALE, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(SCALE, SCALE)
    small = QFont(font)
    small.setPointSizeF(6.5)
    p.setFont(small)
    top, left, bottom, right = 24.0, 34.0, height - 30.0, width - 8.0
    p.drawText(QRectF(0, 2, width, 14), Qt.AlignmentFlag.AlignHCenter, chart.title)
    totals = [sum(values[i] for values in chart.series.values())
              for i in range(len(chart.labels))]
    tick = _nice(max(totals, default=0) / 4)
    peak = 4 * tick
    p.setPen(QPen(QColor("#c8ced6"), 0.5))
    for k in range(5):
        y = bottom - (bottom - top) * k / 4
        p.drawLine(int(left), int(y), int(right), int(y))
        p.setPen(QColor("#444"))
        p.drawText(QRectF(0, y - 6, left - 3, 12),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                   f"{peak * k / 4:g}")
        p.setPen(QPen(QColor("#c8ced6"), 0.5))
    n = max(len(chart.labels), 1)
    slot = (right - left) / n
    every = max(1, n // 16)
    p.setPen(Qt.PenStyle.NoPen)
    for i in range(len(chart.labels)):
        base = 0.0
        for key, values in chart.series.items():
            v = values[i]
            if v:
                h = (bottom - top) * v / peak
                p.setBrush(QColor(chart.colour(key)))
                p.drawRect(QRectF(left + i * slot + slot * 0.15, bottom - base - h,
                                  slot * 0.7, h))
                base += h
    p.setPen(QColor("#444"))
    for i, label in enumerate(chart.labels):
        if i % every == 0:
            p.drawText(QRectF(left + i * slot - 10, bottom + 2, slot + 20, 10),
                       Qt.AlignmentFlag.AlignHCenter, label)
    x = left
    for key in chart.series:
        p.setBrush(QColor(chart.colour(key)))
        p.setPen(Qt.PenStyle.NoPen)
        p.drawRect(QRectF(x, height - 13, 7, 7))
        p.setPen(QColor("#222"))
        name = chart.names.get(key, key)
        p.drawText(QRectF(x + 9, height - 16, 120, 12), Qt.AlignmentFlag.AlignLeft, name)
        x += 16 + p.fontMetrics().horizontalAdvance(name)
    p.end()
    return image


def _nice(value: float) -> float:
    """A round step at or above ``value``: 1, 2 or 5 times a power of ten, at least 1."""
    if value <= 1:
        return 1.0
    step = 1.0
    while step * 10 <= value:
        step *= 10
    for m in (1, 2, 5, 10):
        if m * step >= value:
            return m * step
    return 10 * step
