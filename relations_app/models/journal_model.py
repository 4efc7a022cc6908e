"""The journal table: every conversation, from Conversation records."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from relations_app.labels import channel_label, depth_dots, depth_label, format_date
from relations_app.models.roles import ID_ROLE, RECORD_ROLE, SORT_ROLE
from relations_app.models.search import fold
from relations_app.records import Conversation

DUE_COLOUR = QColor("#b3261e")
DONE_COLOUR = QColor("#808080")


class Column(IntEnum):
    DATE = 0
    PEOPLE = 1
    CHANNEL = 2
    NOTES = 3
    DEPTH = 4
    FOLLOW_UP = 5


@dataclass(frozen=True, slots=True)
class _Row:
    conversation: Conversation
    display: tuple[str, ...]
    sort: tuple
    haystack: str
    person_ids: frozenset[int]


def date_sort_key(conversation: Conversation) -> int:
    """One int that orders by date, then time (untimed first), then id."""
    minute = conversation.time.hour * 60 + conversation.time.minute + 1 if conversation.time else 0
    return (conversation.date.toordinal() * 1441 + minute) * 1_000_000_000 + (conversation.id or 0)


class JournalModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._today = dt.date.today()
        self._headers = {
            Column.DATE: self.tr("Date"),
            Column.PEOPLE: self.tr("People"),
            Column.CHANNEL: self.tr("Channel"),
            Column.NOTES: self.tr("Notes"),
            Column.DEPTH: self.tr("Depth"),
            Column.FOLLOW_UP: self.tr("Follow-up"),
        }

    def set_conversations(self, conversations: list[Conversation], today: dt.date) -> None:
        self.beginResetModel()
        self._today = today
        self._rows = [self._make_row(c) for c in conversations]
        self.endResetModel()

    def _make_row(self, c: Conversation) -> _Row:
        people = ", ".join(ref.name for ref in c.people)
        date_text = format_date(c.date)
        if c.time:
            date_text = f"{date_text}  {c.time.strftime('%H:%M')}"
        display = (
            date_text,
            people,
            channel_label(c.channel),
            c.first_line,
            depth_dots(c.depth),
            self._follow_up_text(c),
        )
        sort = (
            date_sort_key(c),
            fold(people),
            str(c.channel),
            fold(c.first_line),
            c.depth,
            c.follow_up_due.toordinal() if c.follow_up_due and not c.follow_up_done else 0,
        )
        haystack = fold(" ".join((people, c.place, c.notes, c.learned, c.follow_up)))
        return _Row(c, display, sort, haystack, frozenset(ref.id for ref in c.people))

    def _follow_up_text(self, c: Conversation) -> str:
        if not c.follow_up.strip():
            return ""
        text = c.follow_up.strip().splitlines()[0]
        if c.follow_up_done:
            return "✓ " + text
        if c.follow_up_due:
            return self.tr("{0} (by {1})").format(text, format_date(c.follow_up_due))
        return text

    def conversation_at(self, row: int) -> Conversation:
        return self._rows[row].conversation

    def haystack_at(self, row: int) -> str:
        return self._rows[row].haystack

    def has_person(self, row: int, person_id: int) -> bool:
        return person_id in self._rows[row].person_ids

    def row_of(self, conversation_id: int) -> int:
        for index, row in enumerate(self._rows):
            if row.conversation.id == conversation_id:
                return index
        return -1

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.display[column]
        if role == SORT_ROLE:
            return row.sort[column]
        if role == ID_ROLE:
            return row.conversation.id
        if role == RECORD_ROLE:
            return row.conversation
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row.conversation, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.FOLLOW_UP:
            return self._follow_up_brush(row.conversation)
        return None

    def _tooltip(self, c: Conversation, column: int) -> str | None:
        if column == Column.DEPTH:
            return self.tr("Depth {0} of 5: {1}").format(c.depth, depth_label(c.depth))
        if column == Column.NOTES and c.notes:
            return c.notes[:600]
        return None

    def _follow_up_brush(self, c: Conversation):
        if c.follow_up_done:
            return QBrush(DONE_COLOUR)
        if c.follow_up_due and c.follow_up_due < self._today:
            return QBrush(DUE_COLOUR)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers.get(Column(section)) if 0 <= section < len(Column) else None
        return None
