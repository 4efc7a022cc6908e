"""Pairs of people in the journal who may be one person, and why."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt

from relations_app.folding import fold
from relations_app.labels import plain_tooltip
from relations_app.models.row_model import Row, RowModel
from relations_app.records import Person
from relations_app.services.duplicates import DuplicatePair, Reason


class Column(IntEnum):
    FIRST = 0
    SECOND = 1
    WHY = 2


class DuplicatePairsModel(RowModel):
    def __init__(self, parent=None) -> None:
        super().__init__(
            (self.tr("One entry"), self.tr("The other"), self.tr("Why they may be one person")),
            parent,
        )

    def set_pairs(self, pairs: list[DuplicatePair]) -> None:
        self.set_rows([self._make_row(i, pair) for i, pair in enumerate(pairs)])

    def pair_at(self, row: int) -> DuplicatePair:
        return self.record_at(row)

    def _make_row(self, position: int, pair: DuplicatePair) -> Row:
        why = self.why(pair.reasons)
        display = (self._entry(pair.first), self._entry(pair.second), why)
        sort = (
            (fold(pair.first.name), position),
            (fold(pair.second.name), position),
            (position,),  # strongest reason first, as the service orders them
        )
        return Row(pair, position, display, sort)

    def cell_data(self, row: Row, column: int, role: int):
        if role == Qt.ItemDataRole.ToolTipRole and row.display[column]:
            return plain_tooltip(row.display[column])  # whole, where the column cuts it
        return None

    def make_haystack(self, record: DuplicatePair) -> str:
        return fold(" ".join((self._entry(record.first), self._entry(record.second))))

    def _entry(self, person: Person) -> str:
        """The name, and what tells two entries apart at a glance."""
        detail = person.organisation or person.city or person.email
        text = self.tr("{0} ({1})").format(person.name, detail) if detail else person.name
        return self.tr("{0}, archived").format(text) if person.archived else text

    def why(self, reasons: tuple[Reason, ...]) -> str:
        words = {
            Reason.EMAIL: self.tr("same email"),
            Reason.PHONE: self.tr("same phone"),
            Reason.NAME: self.tr("same name"),
        }
        return ", ".join(words[reason] for reason in reasons)
