"""My values, with how many people I noticed sharing each."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt

from relations_app.i18n import plural
from relations_app.models.row_model import Row, RowModel
from relations_app.services.values import ValueUse


class Column(IntEnum):
    NAME = 0
    MINE = 1
    PEOPLE = 2
    DESCRIPTION = 3


class ValuesModel(RowModel):
    def __init__(self, parent=None) -> None:
        super().__init__(
            (
                self.tr("Value"),
                self.tr("One of mine"),
                self.tr("Shared by"),
                self.tr("What it means to me"),
            ),
            parent,
        )

    def set_uses(self, uses: list[ValueUse]) -> None:
        self.set_rows([self._make_row(use) for use in uses])

    def use_at(self, row: int) -> ValueUse:
        return self.record_at(row)

    def _make_row(self, use: ValueUse) -> Row:
        value = use.value
        display = (
            value.name,
            "✓" if value.mine else "",
            plural(use.people, self.tr("1 person"), self.tr("%Ln people", "", use.people)),
            value.description.splitlines()[0] if value.description else "",
        )
        sort = (value.name.casefold(), not value.mine, -use.people, value.description.casefold())
        return Row(use, value.id, display, sort)

    def cell_data(self, row: Row, column: int, role: int):
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.MINE, Column.PEOPLE):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
