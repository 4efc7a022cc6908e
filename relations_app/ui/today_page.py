"""The Today page: the practice for today, giving first.

Calm and short: a few items a section (a setting), a link to show the rest,
each item with its why and its actions. Sections in the issue's order: whom
you could help, what you promised, whom to reconnect with, who should meet
whom; beside them what is coming up, your circles and this month. Below
about 860 pixels the side column moves under the main one.

The page only shows an Agenda and says what the user asked for through its
signals; ui/today_commands.py builds the agenda and does the rest.
"""

from __future__ import annotations

import datetime as dt
import itertools

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from relations_app.colours import Tone
from relations_app.labels import circle_label, format_date
from relations_app.services.agenda import Agenda, CircleCount, FirstScreen, MonthFigures, Section
from relations_app.ui import today_items
from relations_app.ui.widgets.cards import Card, ElidedLabel, link_button, set_tone, text_label
from relations_app.ui.widgets.depth_chart import DepthChart

CONTENT_WIDTH = 1240  # the page's widest, centred on a large screen
SIDE_WIDTH = (300, 420)  # the side column's narrowest and widest
NARROW = 860  # below this the side column goes under the main one
MOST_ITEMS = 50  # items a section may show before "show all": more is not a glance
SHOW_ALL_CAP = 100  # "show all" lists at most this many (10,000 people may be due)


class TodayPage(QWidget):
    # what the user asked for; ids of people, help records and conversations
    person_opened = Signal(int)
    conversation_opened = Signal(int)
    log_requested = Signal(int)
    snooze_requested = Signal(int, bool)  # True: ask until when
    interval_requested = Signal(int)
    help_requested = Signal(int, str)  # the person, and what I could offer them
    help_done_requested = Signal(int)
    follow_up_done_requested = Signal(int)
    introduction_requested = Signal(int, int, str)  # seeker, giver, what links them
    offers_requested = Signal()
    circle_requested = Signal(str)  # a Circle value: the People tab shows that circle
    expansion_changed = Signal()  # a "show all" link was followed: build again
    limit_chosen = Signal(int)  # how many items a section shows

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.expanded: set[str] = set()
        self.limit = 5
        self.agenda: Agenda | None = None
        self.title = QLabel(self.tr("Today"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(font)
        self.date_label = QLabel()
        font = self.date_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.date_label.setFont(font)
        set_tone(self.date_label, Tone.MUTED)
        self.cards = {
            "could_help": Card(
                self.tr("Someone you could help"),
                self.tr(
                    "Nothing to suggest yet. Note what people are looking for on their page, "
                    "and what you can offer, and ideas appear here."
                ),
            ),
            "promises": Card(self.tr("Promises"), self.tr("Nothing you promised is waiting.")),
            "reconnect": Card(
                self.tr("Reconnect"), self.tr("No one is waiting to hear from you today.")
            ),
            "introductions": Card(
                self.tr("Who should meet whom"),
                self.tr("When one person's need meets another's offer, they appear here."),
            ),
            "coming_up": Card(
                self.tr("Coming up"), self.tr("No birthdays or due dates in the next two weeks.")
            ),
        }
        self.circles = Card(self.tr("Circles"), self.tr("No one in your circles yet."))
        self.month = Card(self.tr("This month"), "")
        self.chart = DepthChart()
        self.offers_link = link_button(self.tr("What I can offer…"), self.offers_requested.emit)
        self.limit_box = QSpinBox()
        self.limit_box.setRange(1, MOST_ITEMS)
        self.limit_box.setAccessibleName(self.tr("Items a section shows"))
        self.limit_box.valueChanged.connect(self.limit_chosen.emit)
        self._lay_out()
        for name, card in self.cards.items():
            card.more_clicked.connect(lambda name=name: self._toggle(name))

    def _lay_out(self) -> None:
        main, side = QVBoxLayout(), QVBoxLayout()
        for name in ("could_help", "promises", "reconnect", "introductions"):
            main.addWidget(self.cards[name])
        main.addStretch(1)
        for card in (self.cards["coming_up"], self.circles, self.month):
            side.addWidget(card)
        side.addStretch(1)
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.columns.setSpacing(12)
        self.columns.addLayout(main, 3)
        self.side = QWidget()
        self.side.setLayout(side)
        side.setContentsMargins(0, 0, 0, 0)
        self.side.setMinimumWidth(SIDE_WIDTH[0])
        self.side.setMaximumWidth(SIDE_WIDTH[1])
        self.columns.addWidget(self.side, 2)
        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addSpacing(12)
        heading.addWidget(self.date_label, 0, Qt.AlignmentFlag.AlignBottom)
        heading.addStretch(1)
        heading.addWidget(self.offers_link, 0, Qt.AlignmentFlag.AlignBottom)
        footer = QHBoxLayout()
        footer.addStretch(1)
        shown = QLabel(self.tr("Items a section shows:"))
        shown.setBuddy(self.limit_box)
        set_tone(shown, Tone.MUTED)
        footer.addWidget(shown)
        footer.addWidget(self.limit_box)
        column = QVBoxLayout()
        column.addLayout(heading)
        column.addSpacing(6)
        column.addLayout(self.columns)
        column.addLayout(footer)
        self.content = QWidget()
        self.content.setMaximumWidth(CONTENT_WIDTH)
        self.content.setLayout(column)
        centred = QWidget()
        row = QHBoxLayout(centred)
        row.setContentsMargins(16, 12, 16, 16)
        row.addWidget(self.content)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(centred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)

        self.setFocusProxy(self.scroll)  # Page Down and the arrows scroll the page

    def resizeEvent(self, event) -> None:
        narrow = event.size().width() < NARROW
        self.columns.setDirection(
            QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        )
        self.side.setMaximumWidth(16777215 if narrow else SIDE_WIDTH[1])
        super().resizeEvent(event)

    # -- showing an agenda -------------------------------------------------------------
    def longer(self) -> dict[str, int]:
        """The sections shown whole, for AgendaService.build(longer=...)."""
        return {name: SHOW_ALL_CAP for name in self.expanded}

    def show_first_screen(self, first: FirstScreen) -> None:
        """The top of the page alone, at start: the cards below it stay hidden
        until show_agenda() brings the whole agenda, a moment later."""
        self._show_limit()
        today = first.today
        self.date_label.setText(long_date(today))
        self._fill("could_help", first.could_help, lambda i: today_items.help_idea(self, i))
        self._fill("promises", first.promises, lambda p: today_items.promise(self, p, today))
        self._fill("coming_up", first.coming_up, lambda c: today_items.coming(self, c, today))
        self._show_circles(first.circles)
        for card in self.later_cards():
            card.hide()

    def later_cards(self) -> list[QWidget]:
        """The cards the first screen leaves out (show_first_screen)."""
        return [self.cards["reconnect"], self.cards["introductions"], self.month]

    def _show_limit(self) -> None:
        self.limit_box.blockSignals(True)
        self.limit_box.setValue(self.limit)
        self.limit_box.blockSignals(False)

    def show_agenda(self, agenda: Agenda) -> None:
        place = self._focused_place()  # the items are made anew: the focus with them
        for card in self.later_cards():
            card.show()
        self.agenda = agenda
        self._show_limit()
        today = agenda.today
        self.date_label.setText(long_date(today))
        self._fill("could_help", agenda.could_help, lambda i: today_items.help_idea(self, i))
        self._fill("promises", agenda.promises, lambda p: today_items.promise(self, p, today))
        self._fill("reconnect", agenda.reconnect, lambda r: today_items.reconnect(self, r, today))
        self._fill(
            "introductions", agenda.introductions, lambda i: today_items.introduction(self, i)
        )
        self._fill("coming_up", agenda.coming_up, lambda c: today_items.coming(self, c, today))
        self._show_circles(agenda.circles)
        self._show_month(agenda.month)
        self._chain_focus()
        if place is not None:
            self._restore_focus(*place)

    def _chain_focus(self) -> None:
        """Tab in reading order: the heading's link, each section's links and
        its "Show all", the side column, then the footer's setting. Items made
        after the footer would otherwise come after it, and each card's "Show
        all" (made with the card) before every item."""
        cards = [self.cards[name] for name in ("could_help", "promises", "reconnect")]
        cards += [self.cards["introductions"], self.cards["coming_up"], self.circles, self.month]
        chain = [self.offers_link]
        for card in cards:
            chain += card.focus_order()
        chain.append(self.limit_box)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _focused_place(self) -> tuple[str, int, int] | None:
        """(section, item, action) of the link that has the keyboard focus."""
        focus = self.window().focusWidget()  # the window's, while a dialog is up too
        if focus is None or not self.isAncestorOf(focus):
            return None
        for name, card in self.cards.items():
            for row, item in enumerate(card.items):
                if focus in item.actions:
                    return name, row, item.actions.index(focus)
        return None

    def _restore_focus(self, name: str, row: int, column: int) -> None:
        """After "Not now" or "Mark done" from the keyboard, the focus goes to
        the same action of the item that took the place, else to the page."""
        items = self.cards[name].items
        if not items:
            self.setFocus()
            return
        actions = items[min(row, len(items) - 1)].actions
        if actions:
            actions[min(column, len(actions) - 1)].setFocus()

    def _fill(self, name: str, section: Section, make) -> None:
        card = self.cards[name]
        items = [make(item) for item in section.items]
        shown, total = len(items), section.total
        count = number_text(total) if total else ""
        if shown < total and name in self.expanded:
            count = self.tr("first {0} of {1}").format(number_text(shown), number_text(total))
        more = None
        if name in self.expanded and total > self.limit:
            more = self.tr("Show fewer")
        elif shown < total:
            more = self.tr("Show all %Ln", "", total)
        card.set_items(items, count, more)

    def _toggle(self, name: str) -> None:
        self.expanded ^= {name}
        self.expansion_changed.emit()

    def _show_circles(self, circles: tuple[CircleCount, ...]) -> None:
        grid = QWidget()
        layout = QGridLayout(grid)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setHorizontalSpacing(10)
        layout.setColumnStretch(2, 1)
        notes = []
        for row, count in enumerate(circles):
            value = count.circle.value
            name = link_button(
                circle_label(count.circle), lambda v=value: self.circle_requested.emit(v)
            )
            name.setToolTip(self.tr("Show this circle in the People tab"))
            number = QLabel(number_text(len(count.names)))
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if count.over:
                set_tone(number, Tone.LATE)
                bold = number.font()
                bold.setBold(True)
                number.setFont(bold)
                notes.append(count.why)
            limit = QLabel(self.tr("of about {0}").format(count.limit))
            set_tone(limit, Tone.MUTED)
            layout.addWidget(name, row, 0)
            layout.addWidget(number, row, 1)
            layout.addWidget(limit, row, 2)
        widgets: list[QWidget] = [grid]
        widgets += [text_label(note, Tone.MUTED) for note in notes]
        if not notes and any(c.names for c in circles):
            widgets.append(
                text_label(
                    self.tr("Every circle is within what most people can keep up with."),
                    Tone.MUTED,
                )
            )
        self.circles.set_items(widgets, "", None)

    def _show_month(self, month: MonthFigures) -> None:
        self.chart.set_months(month.months)
        widgets: list[QWidget] = [text_label(month.why)]
        if any(any(counts) for _, counts in month.months):  # an empty chart says nothing
            legend = text_label(
                self.tr(
                    "The last 12 months; the stronger the colour, the deeper the conversation."
                ),
                Tone.FAINT,
            )
            widgets += [self.chart, legend]
        if month.meaningful:
            widgets.append(self._meaningful(month))
        self.month.set_items(widgets, "", None)
        self.month.empty.hide()

    def _meaningful(self, month: MonthFigures) -> QWidget:
        """The last deep conversation in each circle, one line each."""
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 6, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        title = text_label(self.tr("Last deep conversation"), Tone.MUTED)
        grid.addWidget(title, 0, 0, 1, 3)
        for row, (circle, talk) in enumerate(month.meaningful, start=1):
            for column, text in enumerate((circle_label(circle), format_date(talk.date))):
                label = QLabel(text)
                label.setTextFormat(Qt.TextFormat.PlainText)
                set_tone(label, Tone.MUTED)
                grid.addWidget(label, row, column)
            names = ElidedLabel(", ".join(ref.name for ref in talk.people))
            grid.addWidget(names, row, 2)
        grid.setColumnStretch(2, 1)
        return box

    # -- for tests and the status bar -----------------------------------------------------
    def items(self, name: str) -> list:
        return self.cards[name].items

    def reconnect_count(self) -> int:
        return self.agenda.reconnect.total if self.agenda else 0


def number_text(number: int) -> str:
    """A count as the user's language writes it (5,192; 5 192 in French)."""
    return QLocale().toString(number)


def long_date(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")
