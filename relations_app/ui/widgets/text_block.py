"""Wrapped text for pages of many short paragraphs (the Today page).

A QLabel that wraps works its text out again each time a layout asks how tall
it is at some width, and a page's layouts ask many times: thirty wrapping
labels made the Today page take 30 ms more to open than the People table.
This widget lays its text out once per width and keeps the answer (measured:
6 ms against 15 ms for 35 paragraphs).

The text is shown, never interpreted beyond the markup our own code writes:
user text put in ``html`` must already be escaped; ``plain`` text is shown as
written.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QPainter,
    QPaintEvent,
    QPalette,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

SIZE_HINT_WIDTH = 320  # the width a block says it would like; layouts give it more


class TextBlock(QWidget):
    def __init__(self, text: str, rich: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = text
        self._heights: dict[int, int] = {}
        self.doc = QTextDocument(self)
        self.doc.setDocumentMargin(0)
        self.doc.setDefaultFont(self.font())
        self._set_direction()
        if rich:
            self.doc.setHtml(text)
        else:
            self.doc.setPlainText(text)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(self.doc.toPlainText())

    def _set_direction(self) -> None:
        """Lines run in the window's direction: left to right, in French or
        English, even when the first word is a name written right to left
        (else Qt turns the whole sentence around, the name at its right)."""
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        option.setTextDirection(self.layoutDirection())
        self.doc.setDefaultTextOption(option)

    def text(self) -> str:
        """The text as given (markup for a rich block)."""
        return self._text

    def plain_text(self) -> str:
        return self.doc.toPlainText()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            self.doc.setTextWidth(max(1, width))
            height = self._heights[width] = int(self.doc.size().height() + 0.999)
        return height

    def sizeHint(self) -> QSize:
        return QSize(SIZE_HINT_WIDTH, self.heightForWidth(SIZE_HINT_WIDTH))

    def minimumSizeHint(self) -> QSize:
        return QSize(40, self.fontMetrics().height())

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        self._heights.clear()  # a new font or palette: work the text out again
        self.doc.setDefaultFont(self.font())
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._set_direction()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.doc.setTextWidth(self.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette = self.palette()
        ink = self.palette().color(self.foregroundRole())
        context.palette.setColor(QPalette.ColorRole.Text, ink)
        self.doc.documentLayout().draw(painter, context)
        painter.end()
