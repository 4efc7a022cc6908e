"""The base of the table models: rows of ready-made display text and sort keys.

A model sorts itself, in Python, with one key per row (``sort()``, which the
proxy forwards to it). Qt's own proxy sorting would call back into Python for
every comparison: at 20,000 conversations that is over half a million calls and
seconds of waiting; a key sort takes milliseconds. The proxies only filter.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from relations_app.models.roles import ID_ROLE, RECORD_ROLE, SORT_ROLE


@dataclass(slots=True)
class Row:
    record: Any
    record_id: int | None
    display: tuple[str, ...]
    sort: tuple
    haystack: str | None = None  # folded search text, worked out on first filter


class RowModel(QAbstractTableModel):
    def __init__(self, headers: Sequence[str], parent=None) -> None:
        super().__init__(parent)
        self._headers = tuple(headers)
        self._rows: list[Row] = []
        self._sort_column = 0
        self._sort_order = Qt.SortOrder.AscendingOrder

    # -- for subclasses ----------------------------------------------------------
    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._sort_rows()
        self.endResetModel()

    def make_haystack(self, record: Any) -> str:
        return ""

    def cell_data(self, row: Row, column: int, role: int) -> Any:
        """Roles beyond display, sort, id and record; None when not handled."""
        return None

    # -- access ---------------------------------------------------------------------
    def record_at(self, row: int) -> Any:
        return self._rows[row].record

    def haystack_at(self, row: int) -> str:
        entry = self._rows[row]
        if entry.haystack is None:
            entry.haystack = self.make_haystack(entry.record)
        return entry.haystack

    def row_of(self, record_id: int) -> int:
        for index, row in enumerate(self._rows):
            if row.record_id == record_id:
                return index
        return -1

    def rows_where(self, predicate: Callable[[Any], bool]) -> list[int]:
        return [i for i, row in enumerate(self._rows) if predicate(row.record)]

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
        return self.cell_data(row, column, role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None
