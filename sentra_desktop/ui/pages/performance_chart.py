"""Plain bar charts for the Kinerja page, drawn with QPainter.

QtCharts would bring its own libraries (and the OpenGL widgets it leans on) into the installer,
which leaves it out; a bar per month or per group is all the page needs, so it draws them itself.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from sentra_desktop.core.formatting import format_thousands

BAR = QColor(70, 110, 160)
SECOND = QColor(200, 120, 60)


def short_number(value: float) -> str:
    """1.250.000 -> "1,3 jt", 12.500 -> "12,5 rb": axis labels that fit."""
    for size, unit in ((1e9, "M"), (1e6, "jt"), (1e3, "rb")):
        if abs(value) >= size:
            return f"{value / size:.1f}".replace(".", ",") + f" {unit}"
    return format_thousands(int(value))


class BarChart(QWidget):
    """Vertical bars (optionally two stacked series) with a title and labels under each bar."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.labels: list[str] = []
        self.values: list[float] = []
        self.stacked: list[float] = []
        self.setMinimumHeight(170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(420, 190)

    def set_data(self, labels: Sequence[str], values: Sequence[float], stacked: Sequence[float] = ()) -> None:
        """Bars of ``values``; ``stacked`` (same length) sits on top of them in a second colour."""
        self.labels, self.values, self.stacked = list(labels), list(values), list(stacked)
        self.setToolTip(
            "\n".join(f"{label}: {format_thousands(int(v))}" for label, v in zip(labels, values, strict=True))
        )
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        metrics = painter.fontMetrics()
        line = metrics.height()
        painter.setPen(text)
        painter.drawText(QRectF(0, 0, self.width(), line), Qt.AlignmentFlag.AlignLeft, self.title)
        totals = [v + (self.stacked[i] if i < len(self.stacked) else 0) for i, v in enumerate(self.values)]
        top = max(totals, default=0)
        axis = max(metrics.horizontalAdvance(short_number(top)), 20) + 6
        area = QRectF(axis, line + 4, self.width() - axis - 4, self.height() - 2 * line - 10)
        painter.setPen(QColor(180, 180, 180))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        if top <= 0 or not self.values:
            painter.setPen(text)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, "–")
            return
        painter.setPen(text)
        painter.drawText(
            QRectF(0, area.top() - line / 2, axis - 4, line), Qt.AlignmentFlag.AlignRight, short_number(top)
        )
        count = len(self.values)
        slot = area.width() / count
        width = max(2.0, slot * 0.7)
        widest = max((metrics.horizontalAdvance(label) for label in self.labels), default=0) + 8
        step = max(1, math.ceil(min(widest, area.width() / 2) / slot))
        for i, value in enumerate(self.values):
            x = area.left() + i * slot + (slot - width) / 2
            height = area.height() * value / top
            painter.fillRect(QRectF(x, area.bottom() - height, width, height), BAR)
            extra = self.stacked[i] if i < len(self.stacked) else 0
            if extra:
                more = area.height() * extra / top
                painter.fillRect(QRectF(x, area.bottom() - height - more, width, more), SECOND)
            if i % step == 0:
                painter.setPen(text)
                label = metrics.elidedText(self.labels[i], Qt.TextElideMode.ElideRight, int(slot * step))
                painter.drawText(
                    QRectF(area.left() + i * slot, area.bottom() + 2, slot * step, line),
                    Qt.AlignmentFlag.AlignLeft,
                    label,
                )
        painter.end()
