"""The pieces of the Today page: a card per section, an item with its why and
its actions, and buttons that read like links.

User text (names, needs, notes) is always escaped or set as plain text: a name
written as markup shows as written.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCursor, QTextDocumentFragment
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from relations_app.colours import Tone, css
from relations_app.labels import plain_tooltip

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


def rich_label(markup: str, tone: Tone | None = None) -> QLabel:
    """A wrapping label of our own markup (user text in it already escaped)."""
    label = QLabel(markup)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    if tone is not None:
        label.setStyleSheet(f"color: {css(tone)};")
    return label


def link_button(text: str, slot: Callable[[], None] | None = None, tip: str = "") -> QToolButton:
    """A quiet button that reads like a link and behaves like a button (Tab, Space)."""
    button = QToolButton()
    button.setText(text)
    button.setAutoRaise(True)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setCursor(QCursor(Qt.CursorShape.PointingHandCursor))
    # No frame and no padding on the left, so the first action lines up with the
    # text above it; underlined under the mouse and when it has the focus.
    button.setStyleSheet(
        f"QToolButton {{ color: {css(Tone.LINK)}; border: none; padding: 1px 0px; }}"
        " QToolButton:hover, QToolButton:focus { text-decoration: underline; }"
    )
    if tip:
        button.setToolTip(plain_tooltip(tip))
    if slot is not None:
        button.clicked.connect(slot)
    return button


def menu_button(text: str, slot: Callable[[], None], choices: Sequence[tuple[str, Callable]]):
    """A link button that does ``slot`` when clicked, with more choices beside it."""
    button = link_button(text, slot)
    menu = QMenu(button)
    for label, choice in choices:
        menu.addAction(label, choice)
    button.setMenu(menu)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
    button.setStyleSheet(
        button.styleSheet()
        + " QToolButton { padding-right: 16px; }"
        + " QToolButton::menu-button { border: none; width: 14px; }"
    )
    return button


class Item(QFrame):
    """One entry: a headline, lines of detail, the why, and its actions."""

    def __init__(
        self,
        headline: str,
        why: str = "",
        details: Sequence[QWidget] = (),
        actions: Sequence[QToolButton] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("item")
        self.headline = rich_label(headline)
        self.why = rich_label(escaped(why), Tone.MUTED) if why else None
        self.actions = list(actions)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.setSpacing(2)
        layout.addWidget(self.headline)
        if self.why is not None:
            layout.addWidget(self.why)
        for detail in details:
            layout.addWidget(detail)
        if self.actions:
            row = QHBoxLayout()
            row.setContentsMargins(0, 2, 0, 0)
            row.setSpacing(16)
            for button in self.actions:
                row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)

    def action(self, text: str) -> QToolButton:
        """The action whose text is ``text`` (without its & marker)."""
        return next(b for b in self.actions if b.text().replace("&", "") == text)

    def headline_text(self) -> str:
        return plain_text(self.headline.text())

    def text(self) -> str:
        """What the item says, as plain text (tests and accessibility)."""
        labels = [self.headline, *self.findChildren(QLabel)]
        seen, parts = set(), []
        for label in labels:
            if id(label) not in seen:
                seen.add(id(label))
                parts.append(plain_text(label.text()))
        return " ".join(parts)


def plain_text(markup: str) -> str:
    return QTextDocumentFragment.fromHtml(markup).toPlainText().replace(ZERO_WIDTH_SPACE, "")


class Card(QFrame):
    """A section: its title and count, a few items, a line for when it is
    empty, and a link to show every item or only the first few."""

    more_clicked = Signal()  # show every item, or again only the first few

    def __init__(self, title: str, empty: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setStyleSheet(
            f"QFrame#card {{ background: {css(Tone.CARD)}; border: 1px solid {css(Tone.RULE)};"
            " border-radius: 6px; }"
            f" QFrame#item {{ border: none; border-top: 1px solid {css(Tone.RULE)}; }}"
        )
        self.title = QLabel(title)
        self.title.setStyleSheet(f"font-size: 12pt; font-weight: 600; color: {css(Tone.HEADING)};")
        self.count = QLabel()
        self.count.setStyleSheet(f"color: {css(Tone.MUTED)};")
        self.empty = rich_label(html.escape(empty), Tone.MUTED)
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
        if self.items:  # no rule above the first item
            self.items[0].setStyleSheet("QFrame#item { border-top: none; }")
        self.empty.setVisible(not self.items)
        self.count.setText(count)
        self.more.setVisible(more is not None)
        self.more.setText(more or "")
