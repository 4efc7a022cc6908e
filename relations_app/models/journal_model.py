"""The journal table: every conversation, from Conversation records."""

from __future__ import annotations

import datetime as dt
from enum import IntEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from relations_app.colours import Tone, colour
from relations_app.labels import channel_label, depth_dots, depth_label, format_date, plain_tooltip
from relations_app.models.row_model import Row, RowModel
from relations_app.models.search import fold
from relations_app.records import Conversation
from relations_app.services.practice import is_overdue


class Column(IntEnum):
    DATE = 0
    PEOPLE = 1
    CHANNEL = 2
    NOTES = 3
    DEPTH = 4
    FOLLOW_UP = 5


def date_sort_key(conversation: Conversation) -> tuple:
    """Date, then time (untimed first), then id: the order things happened in."""
    time = conversation.time
    return (
        conversation.date,
        time.hour * 60 + time.minute + 1 if time else 0,
        conversation.id or 0,
    )


class JournalModel(RowModel):
    def __init__(self, parent=None) -> None:
        super().__init__(
            (
                self.tr("Date"),
                self.tr("People"),
                self.tr("Channel"),
                self.tr("Notes"),
                self.tr("Depth"),
                self.tr("Follow-up"),
            ),
            parent,
        )
        self._today = dt.date.min  # set with the rows, from the one clock
        self._dates: dict[dt.date, str] = {}
        self._sort_column, self._sort_order = Column.DATE, Qt.SortOrder.DescendingOrder

    def set_conversations(self, conversations: list[Conversation], today: dt.date) -> None:
        self._today = today
        self._dates = {}
        self.set_rows([self._make_row(c) for c in conversations])

    def update_conversations(self, ids: set[int], conversations: list[Conversation]) -> None:
        """These conversations changed: ``conversations`` holds those still there."""
        self.update_rows(ids, [self._make_row(c) for c in conversations])

    def conversation_at(self, row: int) -> Conversation:
        return self.record_at(row)

    def has_person(self, row: int, person_id: int) -> bool:
        return any(ref.id == person_id for ref in self.record_at(row).people)

    def _date_text(self, day: dt.date) -> str:
        text = self._dates.get(day)
        if text is None:
            text = self._dates[day] = format_date(day)
        return text

    def _make_row(self, c: Conversation) -> Row:
        people = ", ".join(ref.name for ref in c.people)
        date_text = self._date_text(c.date)
        if c.time:
            date_text = f"{date_text}  {c.time.strftime('%H:%M')}"
        first_line = c.first_line
        display = (
            date_text,
            people,
            channel_label(c.channel),
            first_line,
            depth_dots(c.depth),
            self._follow_up_text(c),
        )
        sort = (
            date_sort_key(c),
            people.casefold(),
            display[Column.CHANNEL],
            first_line.casefold(),
            c.depth,
            c.follow_up_due.toordinal() if c.follow_up_due and not c.follow_up_done else 0,
        )
        return Row(c, c.id, display, sort)

    def make_haystack(self, c: Conversation) -> str:
        people = " ".join(ref.name for ref in c.people)
        return fold(" ".join((people, c.place, c.notes, c.learned, c.follow_up)))

    def _follow_up_text(self, c: Conversation) -> str:
        if not c.follow_up.strip():
            return ""
        text = c.follow_up.strip().splitlines()[0]
        if c.follow_up_done:
            return "✓ " + text
        if c.follow_up_due:
            return self.tr("{0} (by {1})").format(text, self._date_text(c.follow_up_due))
        return text

    def cell_data(self, row: Row, column: int, role: int):
        c: Conversation = row.record
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.DEPTH:
                return self.tr("Depth {0} of 5: {1}").format(c.depth, depth_label(c.depth))
            if column == Column.NOTES and c.notes:
                return plain_tooltip(c.notes[:600])
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.FOLLOW_UP:
            if c.follow_up_done:
                return QBrush(colour(Tone.FAINT))
            if is_overdue(c.follow_up_due, self._today):
                return QBrush(colour(Tone.LATE))
        return None
