"""My values, with how many people I noticed sharing each."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from relations_app.i18n import plural
from relations_app.models.roles import ID_ROLE, RECORD_ROLE, SORT_ROLE
from relations_app.models.search import fold
from relations_app.services.values import ValueUse


class Column(IntEnum):
    NAME = 0
    MINE = 1
    PEOPLE = 2
    DESCRIPTION = 3


class ValuesModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._uses: list[ValueUse] = []
        self._headers = {
            Column.NAME: self.tr("Value"),
            Column.MINE: self.tr("One of mine"),
            Column.PEOPLE: self.tr("Shared by"),
            Column.DESCRIPTION: self.tr("What it means to me"),
        }

    def set_uses(self, uses: list[ValueUse]) -> None:
        self.beginResetModel()
        self._uses = list(uses)
        self.endResetModel()

    def use_at(self, row: int) -> ValueUse:
        return self._uses[row]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._uses)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._uses):
            return None
        use = self._uses[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(use, column)
        if role == SORT_ROLE:
            return (fold(use.value.name), int(use.value.mine), use.people, fold(use.value.description))[
                column
            ]
        if role == ID_ROLE:
            return use.value.id
        if role == RECORD_ROLE:
            return use.value
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.MINE, Column.PEOPLE):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, use: ValueUse, column: int) -> str:
        if column == Column.NAME:
            return use.value.name
        if column == Column.MINE:
            return "✓" if use.value.mine else ""
        if column == Column.PEOPLE:
            return plural(use.people, self.tr("1 person"), self.tr("%n people", "", use.people))
        return use.value.description.splitlines()[0] if use.value.description else ""

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers.get(Column(section)) if 0 <= section < len(Column) else None
        return None
