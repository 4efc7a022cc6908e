"""The contacts found in address book files, each with a check box: the few to import.

Nothing is ticked at first. A contact that may already be someone in the
journal (services/duplicates.py), or that repeats an earlier contact of the
files, is marked; for it the user chooses skip (while unticked), fill in the
empty fields, or add as a new person. The check box and that choice are one
state: ticking a marked contact fills in, the safe choice; choosing Skip
unticks it.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal

from relations_app.folding import fold
from relations_app.labels import format_birthday, plain_tooltip
from relations_app.models.filter_proxy import TextFilterProxy
from relations_app.models.row_model import LARGE_UPDATE, Row, RowModel
from relations_app.services.contacts import Decision, PreviewRow
from relations_app.services.duplicates import Reason

CHECK = Qt.ItemDataRole.CheckStateRole
EDIT = Qt.ItemDataRole.EditRole


class Column(IntEnum):
    NAME = 0
    ORGANISATION = 1
    EMAIL = 2
    PHONE = 3
    BIRTHDAY = 4
    SOURCE = 5
    ALREADY = 6  # whom in the journal (or which earlier contact) it may be
    ACTION = 7  # skip, fill in, add as new: for marked contacts only


class Show(IntEnum):
    ALL = 0
    CHOSEN = 1
    MARKED = 2


def is_marked(row: PreviewRow) -> bool:
    return row.already_there


class ContactsPreviewModel(RowModel):
    chosen_changed = Signal(int)  # how many contacts are ticked now

    def __init__(self, parent=None) -> None:
        super().__init__(
            (
                self.tr("Name"),
                self.tr("Organisation"),
                self.tr("Email"),
                self.tr("Phone"),
                self.tr("Birthday"),
                self.tr("File"),
                self.tr("Already there?"),
                self.tr("Action"),
            ),
            parent,
            tips={
                Column.ALREADY: self.tr(
                    "Someone in your journal this contact may be (same email, phone or name),"
                    " or the same contact found earlier in the files"
                ),
                Column.ACTION: self.tr("What to do with a contact that is already there"),
            },
        )
        self._preview: list[PreviewRow] = []
        self._decisions: dict[int, Decision] = {}

    # -- data --------------------------------------------------------------------------
    def set_preview(self, preview: list[PreviewRow]) -> None:
        self._preview = list(preview)
        self._decisions = {}
        self.set_rows([self._make_row(i, row) for i, row in enumerate(self._preview)])
        self.chosen_changed.emit(0)

    def _make_row(self, position: int, row: PreviewRow) -> Row:
        c = row.contact
        already = self.already_text(row)
        display = (
            c.name,
            c.organisation,
            c.email,
            c.phone,
            format_birthday(c.birthday),
            c.source,
            already,
            "",
        )
        birthday = (c.birthday.month, c.birthday.day) if c.birthday else (13, 0)
        sort = (
            (fold(c.name), position),
            (c.organisation == "", fold(c.organisation), position),
            (c.email == "", c.email.casefold(), position),
            (c.phone == "", c.phone, position),
            (c.birthday is None, birthday, position),
            (position,),  # the files' own order
            (not already, fold(already), position),
            (not already, position),
        )
        return Row(row, position, display, sort)

    def make_haystack(self, record: PreviewRow) -> str:
        c = record.contact
        parts = (c.name, c.nickname, c.organisation, c.email, c.phone, c.city, c.source)
        return fold(" ".join((*parts, self.already_text(record))))

    def already_text(self, row: PreviewRow) -> str:
        if row.matches:
            first = row.matches[0]
            reason = {
                Reason.EMAIL: self.tr("{0} (same email)"),
                Reason.PHONE: self.tr("{0} (same phone)"),
                Reason.NAME: self.tr("{0} (same name)"),
            }[first.reasons[0]].format(first.person.name)
            more = len(row.matches) - 1
            if more:
                reason = self.tr("{0} and %Ln more", "", more).format(reason)
            return reason
        if row.repeats is not None:
            earlier = self._preview[row.repeats].contact
            if earlier.source == row.contact.source:
                return self.tr("Same as line {0}").format(earlier.line)
            return self.tr("Same as {0}, line {1}").format(earlier.source, earlier.line)
        return ""

    def decision_label(self, position: int) -> str:
        """What will be done with a marked contact: the text of its Do cell."""
        decision = self._decisions.get(position, Decision.SKIP)
        if decision is Decision.SKIP:
            return self.tr("Skip")
        if decision is Decision.ADD:
            return self.tr("Add as new")
        if self._preview[position].matches:
            return self.tr("Fill in")
        return self.tr("Combine")

    # -- choosing ---------------------------------------------------------------------------
    def decisions(self) -> dict[int, Decision]:
        """Row position in the preview -> what to do; the others are skipped."""
        return dict(self._decisions)

    def chosen_count(self) -> int:
        return len(self._decisions)

    def is_chosen(self, position: int) -> bool:
        return position in self._decisions

    def set_chosen(self, positions: Iterable[int], chosen: bool) -> None:
        """Tick (fill in for a marked contact, add for the others) or untick."""
        positions = list(positions)
        for position in positions:
            if not chosen:
                self._decisions.pop(position, None)
            elif position not in self._decisions:
                marked = is_marked(self._preview[position])
                self._decisions[position] = Decision.FILL if marked else Decision.ADD
        self._rows_changed(positions)

    def set_decision(self, positions: Iterable[int], decision: Decision) -> None:
        """For marked contacts only: Skip unticks, the others tick."""
        positions = [p for p in positions if is_marked(self._preview[p])]
        for position in positions:
            if decision is Decision.SKIP:
                self._decisions.pop(position, None)
            else:
                self._decisions[position] = decision
        self._rows_changed(positions)

    def decision_of(self, position: int) -> Decision:
        return self._decisions.get(position, Decision.SKIP)

    def _rows_changed(self, positions: list[int]) -> None:
        rows = sorted(self.row_of(position) for position in positions)
        # one signal for many rows: thousands of signals would cost more than a repaint
        spans = [(rows[0], rows[-1])] if len(rows) > LARGE_UPDATE else [(r, r) for r in rows]
        for first, last in spans:
            self.dataChanged.emit(self.index(first, Column.NAME), self.index(last, Column.ACTION))
        self.chosen_changed.emit(len(self._decisions))

    # -- QAbstractTableModel -----------------------------------------------------------------
    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not index.isValid():
            return flags
        if index.column() == Column.NAME:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif index.column() == Column.ACTION and is_marked(self.record_at(index.row())):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        position = self._rows[index.row()].record_id
        column = index.column()
        if column == Column.NAME and role == CHECK:
            checked = position in self._decisions
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if column == Column.ACTION and is_marked(self._preview[position]):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.decision_label(position)
            if role == EDIT:
                return self.decision_of(position).value
        return super().data(index, role)

    def cell_data(self, row: Row, column: int, role: int):
        if role != Qt.ItemDataRole.ToolTipRole:
            return None
        if column == Column.NAME:
            return self._tooltip(row.record)
        text = row.display[column]  # whole, where a narrow column cuts it short
        return plain_tooltip(text) if text else None

    def _tooltip(self, record: PreviewRow) -> str:
        """The fields the table has no column for, and what could not be read."""
        c = record.contact
        lines = [c.name]
        if c.nickname:
            lines.append(self.tr("Nickname: {0}").format(c.nickname))
        if c.city:
            lines.append(self.tr("City: {0}").format(c.city))
        if c.notes:
            lines.append(self.tr("Notes: {0}").format(c.notes[:200]))
        lines.extend(self.tr("Left out: {0}").format(problem) for problem in c.left_out)
        return plain_tooltip("\n".join(lines))

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = EDIT) -> bool:
        if not index.isValid():
            return False
        position = self._rows[index.row()].record_id
        if index.column() == Column.NAME and role == CHECK:
            self.set_chosen([position], Qt.CheckState(value) == Qt.CheckState.Checked)
            return True
        if index.column() == Column.ACTION and role == EDIT:
            if not is_marked(self._preview[position]):
                return False
            try:
                self.set_decision([position], Decision(value))
            except ValueError:
                return False
            return True
        return False


class ContactsPreviewProxy(TextFilterProxy):
    """The typed words, and all contacts, the chosen ones, or those already there.

    A contact unticked while only the chosen ones are shown stays in view
    until the filter changes: rows do not vanish under the pointer.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._show = Show.ALL

    def set_show(self, show: Show) -> None:
        if show != self._show:
            self.change_filter(lambda: setattr(self, "_show", show))

    def extra_accepts(self, source_row: int) -> bool:
        if self._show == Show.ALL:
            return True
        model: ContactsPreviewModel = self.sourceModel()
        position = model.row_at(source_row).record_id
        if self._show == Show.CHOSEN:
            return model.is_chosen(position)
        return is_marked(model.record_at(source_row))
