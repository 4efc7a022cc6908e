"""The base of the table models: rows of ready-made display text and sort keys.

A model sorts itself, in Python, with one key per row (``sort()``, which the
proxy forwards to it). Qt's own proxy sorting would call back into Python for
every comparison: at 20,000 conversations that is over half a million calls and
seconds of waiting; a key sort takes milliseconds. The proxies only filter.

After an edit only the rows touched change (``update_rows``): a row edited in
place emits dataChanged, new rows are inserted where the order wants them and
deleted ones removed. A row whose sort key moved is removed and inserted again
where it now belongs, between ``row_moving`` and ``row_moved`` so that a view
can keep it selected: a proxy takes a real move (beginMoveRows) for a change
of layout and filters every row again, which at 10,000 people costs 20 ms.
Nothing is reset, so views keep their selection and scroll position. A change
too large for that (an import) rebuilds the rows in one reset instead; the
views put their selection back by id.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from relations_app.i18n import labelled, translate
from relations_app.models.roles import ID_ROLE, RECORD_ROLE, SORT_ROLE

# Above this many changed rows one reset is cheaper than row-by-row signals.
LARGE_UPDATE = 200


@dataclass(slots=True, eq=False)  # compared by identity: list.index() stays fast
class Row:
    record: Any
    record_id: int | None
    display: tuple[str, ...]
    sort: tuple
    haystack: str | None = None  # folded search text, worked out on first filter
    filter_mark: object = None  # the filter state ``accepted`` was worked out for
    accepted: bool = True


class RowModel(QAbstractTableModel):
    row_moving = Signal(int)  # the record id of a row about to move to its new place
    row_moved = Signal(int)

    def __init__(
        self, headers: Sequence[str], parent=None, tips: dict[int, str] | None = None
    ) -> None:
        super().__init__(parent)
        self._headers = tuple(headers)
        self._tips = tips or {}  # a heading's longer wording, where the heading is short
        self._rows: list[Row] = []
        self._by_id: dict[int, Row] = {}
        self._sort_column = 0
        self._sort_order = Qt.SortOrder.AscendingOrder

    # -- for subclasses ----------------------------------------------------------
    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        for row in self._rows:
            self.row_out(row)
        self._rows[:] = rows  # the same list: a proxy holds on to it (rows())
        self._by_id = {row.record_id: row for row in rows if row.record_id is not None}
        for row in rows:
            self.row_in(row)
        self._sort_rows()
        self.endResetModel()

    def update_rows(self, ids: Collection[int], rows: list[Row]) -> None:
        """The rows of these ids are now ``rows``; an id without a row is gone."""
        fresh = {row.record_id: row for row in rows}
        if len(ids) > LARGE_UPDATE:
            kept = [row for row in self._rows if row.record_id not in ids]
            self.set_rows(kept + list(fresh.values()))
            return
        for record_id in ids:
            old, new = self._by_id.get(record_id), fresh.get(record_id)
            if old is not None and new is not None:
                self._replace(old, new)
            elif old is not None:
                self._remove(old)
            elif new is not None:
                self._insert(new)

    def replace_row(self, position: int, row: Row) -> None:
        """Change one row's content where it is (a value filled in later)."""
        self.row_out(self._rows[position])
        self._rows[position] = row
        self.row_in(row)
        self._changed(position)

    def make_haystack(self, record: Any) -> str:
        return ""

    def cell_data(self, row: Row, column: int, role: int) -> Any:
        """Roles beyond display, sort, id and record; None when not handled."""
        return None

    def row_in(self, row: Row) -> None:
        """A row joined the model (subclasses keep counts up to date)."""

    def row_out(self, row: Row) -> None:
        """A row left the model."""

    # -- access ---------------------------------------------------------------------
    def record_at(self, row: int) -> Any:
        return self._rows[row].record

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rows(self) -> list[Row]:
        """The rows in their order; always the same list object, so that a proxy
        asked about 20,000 rows in a row can index it without a call per row."""
        return self._rows

    def haystack_at(self, row: int) -> str:
        entry = self._rows[row]
        if entry.haystack is None:
            entry.haystack = self.make_haystack(entry.record)
        return entry.haystack

    def row_of(self, record_id: int) -> int:
        row = self._by_id.get(record_id)
        return -1 if row is None else self._position(row)

    def rows_where(self, predicate: Callable[[Any], bool]) -> list[int]:
        return [i for i, row in enumerate(self._rows) if predicate(row.record)]

    # -- changing rows one by one --------------------------------------------------------
    def _key(self, row: Row):
        return row.sort[self._sort_column]

    def _place_for(self, row: Row, after_ties: bool = True) -> int:
        """Where ``row`` goes in the current order: after the rows it ties with
        (or before them), found by halving."""
        key = self._key(row)
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        low, high = 0, len(self._rows)
        while low < high:
            middle = (low + high) // 2
            other = self._key(self._rows[middle])
            # only "<": a collator's sort key (collation.name_key) has no other
            if after_ties:
                goes_before = not (other < key) if descending else not (key < other)
            else:
                goes_before = key < other if descending else other < key
            if goes_before:
                low = middle + 1
            else:
                high = middle
        return low

    def _position(self, row: Row) -> int:
        """Where a row of the model is: among those with its sort key, found by
        halving (list.index over 20,000 conversations took a millisecond)."""
        first, last = self._place_for(row, after_ties=False), self._place_for(row)
        return self._rows.index(row, first, last)

    def _insert(self, row: Row) -> None:
        position = self._place_for(row)
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.insert(position, row)
        self._by_id[row.record_id] = row
        self.row_in(row)
        self.endInsertRows()

    def _remove(self, row: Row) -> None:
        position = self._position(row)
        self.beginRemoveRows(QModelIndex(), position, position)
        del self._rows[position]
        del self._by_id[row.record_id]
        self.row_out(row)
        self.endRemoveRows()

    def _replace(self, old: Row, new: Row) -> None:
        position = self._position(old)
        del self._rows[position]
        target = self._place_for(new)
        self._rows.insert(position, old)
        if target == position:
            self.row_out(old)
            self._rows[position] = new
            self._by_id[new.record_id] = new
            self.row_in(new)
            self._changed(position)
            return
        self.row_moving.emit(new.record_id)
        self._remove(old)
        self._insert(new)
        self.row_moved.emit(new.record_id)

    def _changed(self, position: int) -> None:
        last = len(self._headers) - 1
        self.dataChanged.emit(self.index(position, 0), self.index(position, last))

    # -- sorting ------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._headers):
            return
        self.layoutAboutToBeChanged.emit()
        old_rows = list(self._rows)
        self._sort_column, self._sort_order = column, order
        self._sort_rows()
        position = {id(row): index for index, row in enumerate(self._rows)}
        moved_from = self.persistentIndexList()
        moved_to = [
            self.index(position[id(old_rows[index.row()])], index.column()) for index in moved_from
        ]
        self.changePersistentIndexList(moved_from, moved_to)
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        column = self._sort_column
        self._rows.sort(
            key=lambda row: row.sort[column],
            reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
        )

    # -- QAbstractTableModel ------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.display[column]
        if role == SORT_ROLE:
            return row.sort[column]
        if role == ID_ROLE:
            return row.record_id
        if role == RECORD_ROLE:
            return row.record
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(row, column)
        return self.cell_data(row, column, role)

    def _spoken(self, row: Row, column: int) -> str:
        """What a screen reader says for a cell: its column and its text
        ("Next reconnect: 12 days late"), not a bare "cell"."""
        own = self.cell_data(row, column, Qt.ItemDataRole.AccessibleTextRole)
        text = own if own is not None else row.display[column]
        return labelled(self._headers[column], text or translate("Labels", "none"))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:  # a heading cut short shows whole here
            return self._tips.get(section, self._headers[section])
        return None
