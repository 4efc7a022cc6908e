"""Conversations of the last twelve months, one bar a month, stacked by depth.

Drawn with QPainter (PySide6-Essentials has no QtCharts). The deeper the
conversation, the darker its part of the bar; colours come from the palette.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from relations_app.colours import Tone, colour, depth_colours
from relations_app.i18n import labelled, plural
from relations_app.labels import depth_label

Month = tuple[dt.date, tuple[int, ...]]  # first day, conversations at depth 1..5
GAP = 0.3  # of each month's width, between bars
LABEL_GAP = 4


class DepthChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._months: list[Month] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:
        return QSize(300, 110)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, 110)

    def set_months(self, months: Sequence[Month]) -> None:
        self._months = list(months)
        total = sum(sum(counts) for _, counts in self._months)
        self.setAccessibleName(self.tr("Conversations by month and depth"))
        self.setAccessibleDescription(
            plural(
                total,
                self.tr("1 conversation in the last 12 months."),
                self.tr("%Ln conversations in the last 12 months.", "", total),
            )
        )
        self.update()

    # -- geometry --------------------------------------------------------------------
    def _label_height(self) -> int:
        return self.fontMetrics().height() + LABEL_GAP

    def _slot(self, index: int) -> QRectF:
        """The whole column of one month, bar and label."""
        width = self.width() / max(1, len(self._months))
        return QRectF(index * width, 0, width, self.height())

    def _month_at(self, point: QPoint) -> int | None:
        for index in range(len(self._months)):
            if self._slot(index).contains(point):
                return index
        return None

    # -- painting --------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        shades = depth_colours()
        chart_height = self.height() - self._label_height()
        tallest = max((sum(counts) for _, counts in self._months), default=0) or 1
        painter.setPen(colour(Tone.RULE))
        painter.drawLine(0, chart_height, self.width(), chart_height)
        for index, (_, counts) in enumerate(self._months):
            slot = self._slot(index)
            bar = slot.adjusted(slot.width() * GAP / 2, 0, -slot.width() * GAP / 2, 0)
            top = float(chart_height)
            for depth, count in enumerate(counts):
                if count:
                    height = (chart_height - 4) * count / tallest
                    top -= height
                    painter.fillRect(QRectF(bar.left(), top, bar.width(), height), shades[depth])
        self._draw_labels(painter, chart_height)
        painter.end()

    def _month_names(self, width: float) -> list[str]:
        """Short month names ("Jan"), or their first letters when one does not fit."""
        locale = QLocale()
        names = [
            locale.standaloneMonthName(first_day.month, QLocale.FormatType.ShortFormat)
            for first_day, _ in self._months
        ]
        metrics = self.fontMetrics()
        if any(metrics.horizontalAdvance(name) > width - 2 for name in names):
            names = [name[:1] for name in names]
        return names

    def _draw_labels(self, painter: QPainter, y: int) -> None:
        painter.setPen(colour(Tone.MUTED))
        names = self._month_names(self._slot(0).width())
        for index, name in enumerate(names):
            slot = self._slot(index)
            area = QRectF(slot.left(), y + LABEL_GAP / 2, slot.width(), self._label_height())
            painter.drawText(area, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, name)

    # -- tooltips ----------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self._month_at(event.pos())
            if index is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.month_text(index), self)
            return True
        return super().event(event)

    def month_text(self, index: int) -> str:
        first_day, counts = self._months[index]
        month = QLocale().toString(QDate(first_day.year, first_day.month, 1), "MMMM yyyy")
        total = sum(counts)
        lines = [
            plural(
                total,
                self.tr("{0}: 1 conversation").format(month),
                self.tr("{0}: %Ln conversations", "", total).format(month),
            )
        ]
        lines += [
            labelled(depth_label(depth + 1), count) for depth, count in enumerate(counts) if count
        ]
        return "\n".join(lines)
