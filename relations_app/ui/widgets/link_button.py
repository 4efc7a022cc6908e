"""A button that reads like a link: its text in the link colour, underlined
under the mouse and when it has the keyboard focus, no frame, its text starting
at its left edge (so a row of them lines up with the text above).

It is a real button: Tab reaches it, Space or Enter presses it, screen readers
call it a button. With a menu it shows a small arrow: a click on the text does the first
thing, a click on the arrow (or Alt+Down) offers the others.

Painted by hand rather than styled: a style sheet on every one of the Today
page's hundred-odd buttons cost more at start-up than the page's agenda.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QCursor, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPolygon
from PySide6.QtWidgets import QAbstractButton, QMenu, QSizePolicy, QWidget

from relations_app.colours import Tone, colour

_MNEMONIC = re.compile(r"&(.?)")  # "&Open" shows "Open", "Tom && Jerry" "Tom & Jerry"
ARROW_ROOM = 14  # pixels after the text for a menu's arrow
PADDING = 2  # above and below the text, for the focus underline


class LinkButton(QAbstractButton):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(text)
        self.setCursor(QCursor(Qt.CursorShape.PointingHandCursor))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self._menu: QMenu | None = None

    def set_menu(self, menu: QMenu) -> None:
        self._menu = menu
        self.updateGeometry()

    def menu(self) -> QMenu | None:
        return self._menu

    def shown_text(self) -> str:
        """The text as drawn: a mnemonic's & left out, && shown as one &."""
        return _MNEMONIC.sub(r"\1", self.text())

    def _text_width(self) -> int:
        return self.fontMetrics().horizontalAdvance(self.shown_text())

    def sizeHint(self) -> QSize:
        extra = ARROW_ROOM if self._menu is not None else 0
        return QSize(self._text_width() + extra + 1, self.fontMetrics().height() + 2 * PADDING)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        font = QFont(self.font())
        font.setUnderline(self.underMouse() or self.hasFocus())
        painter.setFont(font)
        painter.setPen(colour(Tone.LINK) if self.isEnabled() else colour(Tone.FAINT))
        text_area = QRect(0, 0, self._text_width() + 1, self.height())
        painter.drawText(
            text_area,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self.shown_text(),
        )
        if self._menu is not None:
            self._draw_arrow(painter, text_area.right() + ARROW_ROOM // 2 + 1)
        painter.end()

    def _draw_arrow(self, painter: QPainter, x: int) -> None:
        y = self.height() // 2
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(painter.pen().color())
        painter.drawPolygon(
            QPolygon([QPoint(x - 3, y - 1), QPoint(x + 3, y - 1), QPoint(x, y + 2)])
        )

    def _on_arrow(self, point: QPoint) -> bool:
        return self._menu is not None and point.x() > self._text_width() + 2

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._on_arrow(
            event.position().toPoint()
        ):
            self.setDown(False)
            self.show_menu()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = (
            event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if self._menu is not None and (alt_down or event.key() == Qt.Key.Key_Menu):
            self.show_menu()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier
        ):
            self.animateClick()  # Enter follows a link, as in a browser
            return
        super().keyPressEvent(event)

    def show_menu(self) -> None:
        if self._menu is not None:
            self._menu.popup(self.mapToGlobal(QPoint(0, self.height())))
