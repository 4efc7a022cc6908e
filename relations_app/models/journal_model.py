"""The Journal's table: a window onto every conversation, read as it scrolls into view.

The model holds the ids of the rows in order (JournalList.ids: one read of an
index, about 25 ms at 100,000 conversations), so the row count is known at
once, and the text of the rows seen lately. A row not in memory is read with
the page around it when the view first asks for it: scrolling to the end of
100,000 rows reads the last screenful, not the 99,960 before it. Sorting and
filtering ask SQL for the ids again, as a change of layout that keeps the
selected rows selected.

After an edit only the rows touched change (``update_ids``): a row edited in
place emits dataChanged, new rows are inserted where the order wants them
(found by halving, with the sort keys of about 17 rows read from SQL) and
deleted ones removed. A row whose place changed is removed and inserted again
between ``row_moving`` and ``row_moved``, so that the view keeps it selected.
A change too large for that (an import) reads the ids again in one reset; the
view puts its selection back by id.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from enum import IntEnum
from itertools import islice

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush

from relations_app.colours import Tone, colour
from relations_app.i18n import labelled, translate
from relations_app.labels import (
    channel_label,
    depth_dots,
    depth_label,
    format_date,
    format_time,
    plain_tooltip,
)
from relations_app.models.roles import ID_ROLE, RECORD_ROLE
from relations_app.records import Conversation
from relations_app.services.journal_list import JournalList, JournalQuery, Order
from relations_app.services.practice import is_overdue
from relations_app.services.text_match import words

# Above this many changed rows, reading the ids again is cheaper than row by row.
LARGE_UPDATE = 200
PAGE = 100  # rows read at once when the view asks for one not in memory
ABOVE = 30  # of which this many above it: scrolling up is as smooth as down
KEPT_ROWS = 2000  # rows kept in memory; the first read go first


class Column(IntEnum):
    DATE = 0
    PEOPLE = 1
    CHANNEL = 2
    NOTES = 3
    DEPTH = 4
    FOLLOW_UP = 5


COLUMNS = len(Column)
NO_PARENT = QModelIndex()
ORDERS = {
    Column.DATE: Order.DATE,
    Column.PEOPLE: Order.PEOPLE,
    Column.CHANNEL: Order.CHANNEL,
    Column.NOTES: Order.NOTES,
    Column.DEPTH: Order.DEPTH,
    Column.FOLLOW_UP: Order.FOLLOW_UP,
}


@dataclass(slots=True)
class Row:
    record: Conversation | None  # None: deleted since the ids were read
    display: tuple[str, ...]


GONE = Row(None, ("",) * COLUMNS)


class JournalModel(QAbstractTableModel):
    row_moving = Signal(int)  # the id of a row about to move to its new place
    row_moved = Signal(int)

    def __init__(self, source: JournalList, parent=None) -> None:
        super().__init__(parent)
        self._source = source
        self._headers = (
            self.tr("Date"),
            self.tr("People"),
            self.tr("Channel"),
            self.tr("Notes"),
            self.tr("Depth"),
            self.tr("Follow-up"),
        )
        self._query = JournalQuery()
        self._ids: list[int] = []
        self._rows: dict[int, Row] = {}  # by id, in the order they were read
        self._keys: dict[int, tuple] = {}  # sort keys read while placing rows
        self._today = dt.date.min  # set with the rows, from the one clock
        self._dates: dict[dt.date, str] = {}

    # -- what is listed ------------------------------------------------------------
    def reload(self, today: dt.date) -> None:
        """Read the ids again: the journal changed too much to go row by row."""
        self.beginResetModel()
        self._today = today
        self._dates = {}
        self._forget()
        self._ids = self._source.ids(self._query)
        self.endResetModel()

    def set_text(self, text: str) -> None:
        """List what holds every word of ``text`` (a space or a comma typed
        between words asks nothing new of SQL)."""
        if words(text) != words(self._query.text):
            self._set_query(dataclasses.replace(self._query, text=text))

    def set_person(self, person_id: int | None) -> None:
        if person_id != self._query.person_id:
            self._set_query(dataclasses.replace(self._query, person_id=person_id))

    def person(self) -> int | None:
        return self._query.person_id

    def is_filtered(self) -> bool:
        return self._query.person_id is not None or bool(words(self._query.text))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < COLUMNS:
            descending = order == Qt.SortOrder.DescendingOrder
            order_by = ORDERS[Column(column)]
            self._set_query(dataclasses.replace(self._query, order=order_by, descending=descending))

    def _set_query(self, query: JournalQuery) -> None:
        """List what ``query`` lists; rows still listed keep their persistent
        indexes (the selection), in their new places."""
        if query == self._query:
            return  # QTableView.sortByColumn asks twice
        self.layoutAboutToBeChanged.emit()
        old_ids = self._ids
        if query.order != self._query.order or query.descending != self._query.descending:
            self._keys.clear()
        self._query = query
        self._ids = self._source.ids(query)
        moved_from = self.persistentIndexList()
        places: dict[int, int] = {}
        moved_to = []
        for index in moved_from:
            record_id = old_ids[index.row()]
            if record_id not in places:
                places[record_id] = self.row_of(record_id)
            row = places[record_id]
            moved_to.append(self.index(row, index.column()) if row >= 0 else QModelIndex())
        self.changePersistentIndexList(moved_from, moved_to)
        self.layoutChanged.emit()

    # -- rows changed by an edit ------------------------------------------------------
    def update_ids(self, ids: Collection[int]) -> None:
        """These conversations changed: added, edited or deleted."""
        if len(ids) > LARGE_UPDATE:
            self.reload(self._today)
            return
        for record_id in ids:
            self._rows.pop(record_id, None)
            self._keys.pop(record_id, None)
        fresh = self._source.keys(self._query, ids)
        listed = {record_id: self.row_of(record_id) for record_id in ids}
        for record_id in sorted(ids):
            if listed[record_id] >= 0 and record_id not in fresh:
                self._remove(self.row_of(record_id))
        pending = {record_id for record_id in fresh if listed[record_id] >= 0}
        for record_id in sorted(pending):
            self._replace(record_id, fresh[record_id], pending)
            pending.discard(record_id)
        for record_id in sorted(fresh):
            if listed[record_id] < 0:
                self._insert(record_id, fresh[record_id])

    def _replace(self, record_id: int, key: tuple, pending: set[int]) -> None:
        position = self.row_of(record_id)
        target = self._place_for(key, pending)
        self._keys[record_id] = key
        if target in (position, position + 1):
            last = COLUMNS - 1
            self.dataChanged.emit(self.index(position, 0), self.index(position, last))
            return
        self.row_moving.emit(record_id)
        self._remove(position)
        self._insert(record_id, key, pending - {record_id})
        self.row_moved.emit(record_id)

    def _insert(self, record_id: int, key: tuple, pending: frozenset | set = frozenset()) -> None:
        position = self._place_for(key, pending)
        self.beginInsertRows(QModelIndex(), position, position)
        self._ids.insert(position, record_id)
        self._keys[record_id] = key
        self.endInsertRows()

    def _remove(self, position: int) -> None:
        self.beginRemoveRows(QModelIndex(), position, position)
        self._keys.pop(self._ids.pop(position), None)
        self.endRemoveRows()

    def _place_for(self, key: tuple, pending: Collection[int]) -> int:
        """Where a row with ``key`` goes, after the rows it ties with, found by
        halving. Rows in ``pending`` changed too and are not in their places
        yet: the search steps over them."""
        ids, descending = self._ids, self._query.descending
        low, high = 0, len(ids)
        while low < high:
            middle = (low + high) // 2
            probe = middle
            while probe < high and ids[probe] in pending:
                probe += 1
            if probe == high:
                high = middle
                continue
            other = self._key_of(ids[probe])
            if (other >= key) if descending else (other <= key):
                low = probe + 1
            else:
                high = middle
        return low

    def _key_of(self, record_id: int) -> tuple:
        key = self._keys.get(record_id)
        if key is None:
            key = self._keys[record_id] = self._source.sort_keys(self._query, [record_id]).get(
                record_id, ()
            )
        return key

    # -- access -------------------------------------------------------------------------
    def row_of(self, record_id: int | None) -> int:
        """The row of a conversation, -1 when it is not listed (a list scan:
        about a millisecond at 100,000 rows, for the odd row looked up by id)."""
        try:
            return self._ids.index(record_id)
        except ValueError:
            return -1

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def conversation_at(self, row: int) -> Conversation | None:
        return self._row(row).record

    def conversation(self, record_id: int | None) -> Conversation | None:
        row = self.row_of(record_id)
        return self.conversation_at(row) if row >= 0 else None

    def _row(self, position: int) -> Row:
        record_id = self._ids[position]
        row = self._rows.get(record_id)
        if row is None:
            self._read_page(position)
            row = self._rows[record_id]
        return row

    def _read_page(self, position: int) -> None:
        """Read the rows around ``position`` that are not in memory yet."""
        start = max(0, position - ABOVE)
        wanted = [rid for rid in self._ids[start : start + PAGE] if rid not in self._rows]
        found = {c.id: c for c in self._source.records(wanted)}
        excess = len(self._rows) + len(wanted) - KEPT_ROWS
        for record_id in list(islice(self._rows, max(excess, 0))):
            del self._rows[record_id]
        for record_id in wanted:
            conversation = found.get(record_id)
            self._rows[record_id] = self._make_row(conversation) if conversation else GONE

    def _forget(self) -> None:
        self._rows.clear()
        self._keys.clear()

    # -- what the cells show --------------------------------------------------------------
    def _date_text(self, day: dt.date) -> str:
        text = self._dates.get(day)
        if text is None:
            text = self._dates[day] = format_date(day)
        return text

    def _make_row(self, c: Conversation) -> Row:
        date_text = self._date_text(c.date)
        if c.time:
            date_text = f"{date_text}  {format_time(c.time)}"
        display = (
            date_text,
            ", ".join(ref.name for ref in c.people),
            channel_label(c.channel),
            c.first_line,
            depth_dots(c.depth),
            self._follow_up_text(c),
        )
        return Row(c, display)

    def _follow_up_text(self, c: Conversation) -> str:
        if not c.follow_up.strip():
            return ""
        text = c.follow_up.strip().splitlines()[0]
        if c.follow_up_done:
            return "✓ " + text
        if c.follow_up_due:
            return self.tr("{0} (by {1})").format(text, self._date_text(c.follow_up_due))
        return text

    def _cell_data(self, c: Conversation, column: int, role: int):
        spoken = role == Qt.ItemDataRole.AccessibleTextRole  # dots mean nothing read aloud
        if role == Qt.ItemDataRole.ToolTipRole or spoken:
            if column == Column.DEPTH:
                return self.tr("Depth {0} of 5: {1}").format(c.depth, depth_label(c.depth))
            if column == Column.NOTES and c.notes:
                return None if spoken else plain_tooltip(c.notes[:600])
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.FOLLOW_UP:
            if c.follow_up_done:
                return QBrush(colour(Tone.FAINT))
            if is_overdue(c.follow_up_due, self._today):
                return QBrush(colour(Tone.LATE))
        return None

    # -- QAbstractTableModel ----------------------------------------------------------------
    # Qt asks these several times for every cell it checks or lays out: as
    # little Python as can be
    def rowCount(self, parent=NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=NO_PARENT) -> int:
        return 0 if parent.isValid() else COLUMNS

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        row = self._row(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return row.display[index.column()]
        if row.record is None:
            return None
        if role == RECORD_ROLE:
            return row.record
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(row, index.column())
        return self._cell_data(row.record, index.column(), role)

    def _spoken(self, row: Row, column: int) -> str:
        """The column and the cell, as a screen reader should say them."""
        own = self._cell_data(row.record, column, Qt.ItemDataRole.AccessibleTextRole)
        text = own if own is not None else row.display[column]
        return labelled(self._headers[column], text or translate("Labels", "none"))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMNS:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._headers[section]
        return None
