"""Paints a search result: its title, and where the words were found below,
the matched words in bold. Text is laid out as plain text (QTextLayout with
format ranges), never as HTML, so a name such as "<b>Ana</b>" shows as typed.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QTextCharFormat, QTextLayout
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from relations_app.colours import Tone, colour
from relations_app.models.search_results_model import (
    DETAIL_MATCHES_ROLE,
    DETAIL_ROLE,
    KIND_ROLE,
    TITLE_MATCHES_ROLE,
    RowKind,
)

PADDING = 6  # around the text of a row
GAP = 2  # between a row's two lines
Matches = tuple[tuple[int, int], ...]
# more than a line of the widest screen shows: a longer text is cut here,
# before Qt measures it (100,000 characters took 13 ms at each paint)
LONGEST = 2000
# characters that are not text on one line: controls, and line and paragraph separators
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


class SearchResultDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        height = QFontMetrics(option.font).height()
        kind = index.data(KIND_ROLE)
        lines = 2 if kind in (RowKind.PERSON, RowKind.CONVERSATION) else 1
        top = PADDING * 2 if kind == RowKind.HEADING and index.row() > 0 else PADDING
        return QSize(200, top + PADDING + lines * height + (lines - 1) * GAP)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        view_option = QStyleOptionViewItem(option)
        self.initStyleOption(view_option, index)
        view_option.text = ""  # the background and focus only: the text is drawn below
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(
                QStyle.ControlElement.CE_ItemViewItem, view_option, painter, option.widget
            )
        kind = index.data(KIND_ROLE)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = text_colour if selected else colour(Tone.MUTED)
        height = QFontMetrics(option.font).height()
        rect = option.rect.adjusted(PADDING * 2, PADDING, -PADDING * 2, -PADDING)
        painter.save()
        if kind == RowKind.HEADING:
            rect.setTop(option.rect.bottom() - PADDING - height + 1)
            self._heading(painter, option.font, rect, index)
        elif kind in (RowKind.ALL_PEOPLE, RowKind.ALL_CONVERSATIONS):
            link = text_colour if selected else colour(Tone.LINK)
            _draw(painter, option.font, rect, index.data(), (), link)
        else:
            _draw(
                painter,
                option.font,
                rect,
                index.data(),
                index.data(TITLE_MATCHES_ROLE),
                text_colour,
            )
            rect.setTop(rect.top() + height + GAP)
            detail = index.data(DETAIL_ROLE) or ""
            _draw(
                painter,
                option.font,
                rect,
                detail,
                index.data(DETAIL_MATCHES_ROLE),
                muted,
                text_colour,
            )
        painter.restore()

    def _heading(self, painter: QPainter, font: QFont, rect: QRect, index) -> None:
        bold = QFont(font)
        bold.setBold(True)
        title = index.data() or ""
        _draw(painter, bold, rect, title, (), colour(Tone.HEADING))
        shift = QFontMetrics(bold).horizontalAdvance(title + "  ")
        _draw(
            painter,
            font,
            rect.adjusted(shift, 0, 0, 0),
            index.data(DETAIL_ROLE) or "",
            (),
            colour(Tone.MUTED),
        )


def _draw(
    painter: QPainter,
    font: QFont,
    rect: QRect,
    text: str,
    matches: Matches | None,
    pen,
    match_pen=None,
) -> None:
    """One line of plain text in ``rect``, cut with "…" when too long, the
    matched words bold (and in ``match_pen`` when given)."""
    if not text or rect.width() <= 0:
        return
    layout = laid_out(text, matches, font, rect.width(), match_pen)
    painter.setPen(pen)
    layout.draw(painter, QPointF(rect.left(), rect.top()))


def laid_out(
    text: str, matches: Matches | None, font: QFont, width: int, match_pen=None
) -> QTextLayout:
    """``text`` on one line of ``width``, cut with "…", the matches bold.

    Control characters are shown as spaces: a tab or a line break in a name
    would open a gap or end the line, and Qt reads U+009C as the end of the
    text. The matches are counted in characters, Qt's formats in UTF-16 units:
    an emoji before a word would move its bold one unit off and split the
    emoji in two. A match cut by the "…" is bold as far as it shows."""
    one_line = _CONTROLS.sub(" ", text[:LONGEST])
    if len(text) > LONGEST:
        one_line += "…"
    bold = QFont(font)
    bold.setBold(True)
    shown = QFontMetrics(bold).elidedText(one_line, Qt.TextElideMode.ElideRight, width)
    cut = len(shown) - (1 if shown != one_line or len(text) > LONGEST else 0)  # not the "…"
    layout = QTextLayout(shown, font)
    ranges = []
    for start, length in matches or ():
        end = min(start + length, cut)
        if start < end:
            match_format = QTextLayout.FormatRange()
            match_format.start = _utf16(shown, start)
            match_format.length = _utf16(shown, end) - match_format.start
            char_format = QTextCharFormat()
            char_format.setFontWeight(QFont.Weight.Bold)
            if match_pen is not None:
                char_format.setForeground(match_pen)
            match_format.format = char_format
            ranges.append(match_format)
    layout.setFormats(ranges)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(width)
    layout.endLayout()
    return layout


def _utf16(text: str, index: int) -> int:
    """Where character ``index`` of ``text`` is in Qt's UTF-16 string."""
    return len(text[:index].encode("utf-16-le")) // 2
