"""The pieces of the Today page: a card per section, an item with its why and
its actions, and buttons that read like links.

User text (names, needs, notes) is always escaped or set as plain text: a name
written as markup shows as written.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPalette, QPen, QTextDocumentFragment
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from relations_app.colours import Tone, colour, css
from relations_app.labels import plain_tooltip
from relations_app.ui.widgets.link_button import LinkButton
from relations_app.ui.widgets.text_block import TextBlock

NAME_LENGTH = 60  # a longer name is shortened on the page, whole in its tooltip
WORD_LENGTH = 40  # longer runs without a space get places to wrap
ZERO_WIDTH_SPACE = "\u200b"


def breakable(text: str) -> str:
    """Text that wraps even where a word is longer than a line (a pasted link,
    a 200-letter name): QLabel only wraps at spaces."""
    words = []
    for word in text.split(" "):
        if len(word) > WORD_LENGTH:
            word = ZERO_WIDTH_SPACE.join(
                word[i : i + WORD_LENGTH] for i in range(0, len(word), WORD_LENGTH)
            )
        words.append(word)
    return " ".join(words)


def short(text: str, length: int = NAME_LENGTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def escaped(text: str) -> str:
    """User text ready for a rich-text label: escaped, and able to wrap."""
    return html.escape(breakable(text))


def set_tone(widget: QWidget, tone: Tone) -> None:
    """Colour a label's text by role (the palette, not a style sheet: cheaper
    on a page of a few hundred widgets)."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, colour(tone))
    widget.setPalette(palette)


def rich_label(markup: str, tone: Tone | None = None) -> TextBlock:
    """Wrapping text of our own markup (user text in it already escaped)."""
    block = TextBlock(markup, rich=True)
    if tone is not None:
        set_tone(block, tone)
    return block


def text_label(text: str, tone: Tone | None = None) -> TextBlock:
    """Wrapping plain text, shown as written."""
    block = TextBlock(text, rich=False)
    if tone is not None:
        set_tone(block, tone)
    return block


def link_button(text: str, slot: Callable[[], None] | None = None, tip: str = "") -> LinkButton:
    """A quiet button that reads like a link and behaves like a button (Tab, Space)."""
    button = LinkButton(text)
    if tip:
        button.setToolTip(plain_tooltip(tip))
    if slot is not None:
        # clicked carries "checked": a slot that takes a default argument
        # (lambda v=value: ...) would be handed False in its place
        button.clicked.connect(lambda _checked=False: slot())
    return button


def menu_button(text: str, slot: Callable[[], None], choices: Sequence[tuple[str, Callable]]):
    """A link button that does ``slot`` when clicked, with more choices beside it."""
    button = link_button(text, slot)
    menu = QMenu(button)
    for label, choice in choices:
        menu.addAction(label, choice)
    button.set_menu(menu)
    return button


class ElidedLabel(QLabel):
    """One line of plain text cut with "…" to the width the layout gives it,
    whole in its tooltip (a long name in a narrow column)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._whole = " ".join(text.split())
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setToolTip(plain_tooltip(self._whole))
        self.setText(self._whole)

    def whole_text(self) -> str:
        return self._whole

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        metrics = self.fontMetrics()
        self.setText(metrics.elidedText(self._whole, Qt.TextElideMode.ElideRight, self.width()))


@dataclass(frozen=True)
class Line:
    """A line of detail under an item's headline: plain text, in a tone, with
    ``tint`` behind it (a question to ask next time)."""

    text: str
    tone: Tone = Tone.MUTED
    tint: Tone | None = None


class Item(QWidget):
    """One entry: a headline, why it is there, lines of detail, and its actions.

    The text is one rich-text label (the headline's markup, then the why and the
    details escaped): one text layout per item instead of one per line keeps a
    page of thirty items quick to open.
    """

    def __init__(
        self,
        headline: str,
        why: str = "",
        details: Sequence[Line] = (),
        actions: Sequence[LinkButton] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.headline_markup = headline
        self.why = why
        lines = [Line(why)] if why else []
        lines += details
        self.label = rich_label(headline + "".join(_line_html(line) for line in lines))
        self.actions = list(actions)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 7, 0, 7)
        layout.setSpacing(3)
        layout.addWidget(self.label)
        if self.actions:
            row = QHBoxLayout()
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(22)
            for button in self.actions:
                row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)

    def action(self, text: str) -> LinkButton:
        """The action whose text is ``text`` (without its & marker)."""
        return next(b for b in self.actions if b.shown_text() == text)

    def headline_text(self) -> str:
        return plain_text(self.headline_markup)

    def text(self) -> str:
        """What the item says, as plain text (tests and accessibility)."""
        return self.label.plain_text().replace(ZERO_WIDTH_SPACE, "")


def _line_html(line: Line) -> str:
    style = f"color: {css(line.tone)};"
    if line.tint is not None:
        style += f" background-color: {css(line.tint)};"
    return f'<div style="margin-top: 2px;"><span style="{style}">{escaped(line.text)}</span></div>'


def plain_text(markup: str) -> str:
    return QTextDocumentFragment.fromHtml(markup).toPlainText().replace(ZERO_WIDTH_SPACE, "")


class Card(QFrame):
    """A section: its title and count, a few items, a line for when it is
    empty, and a link to show every item or only the first few."""

    more_clicked = Signal()  # show every item, or again only the first few

    def __init__(self, title: str, empty: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(title)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(font)
        set_tone(self.title, Tone.HEADING)
        self.count = QLabel()
        set_tone(self.count, Tone.MUTED)
        self.empty = text_label(empty, Tone.MUTED)
        self.more = link_button("", self.more_clicked.emit)
        self.more.hide()
        self.items: list[Item] = []
        self._body = QVBoxLayout()
        self._body.setSpacing(0)
        self._lay_out()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 8)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(self._body)
        layout.addWidget(self.empty)
        more_row = QHBoxLayout()
        more_row.addWidget(self.more)
        more_row.addStretch(1)
        layout.addLayout(more_row)

    def paintEvent(self, event) -> None:
        """A rounded card on the page, a thin rule between its items."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(colour(Tone.RULE), 1))
        painter.setBrush(colour(Tone.CARD))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for item in self.items[1:]:
            if isinstance(item, Item) and item.isVisible():
                y = item.geometry().top()
                painter.drawLine(item.geometry().left(), y, item.geometry().right(), y)
        painter.end()

    def focus_order(self) -> list[QWidget]:
        """The card's links as they are read: each item's, then "Show all"."""
        links = [link for item in self.items for link in item.findChildren(LinkButton)]
        return [*links, self.more]

    def set_items(self, items: Sequence[QWidget], count: str, more: str | None) -> None:
        """Show ``items``; ``count`` says how many there are ("3 of 12"), and
        ``more`` is the text of the link that shows more or fewer (None: no link)."""
        for item in self.items:
            self._body.removeWidget(item)
            if item not in items:  # a widget shown again (a chart) is kept
                item.deleteLater()
        self.items = list(items)
        for item in self.items:
            self._body.addWidget(item)
        self.empty.setVisible(not self.items)
        self.count.setText(count)
        self.more.setVisible(more is not None)
        self.more.setText(more or "")
