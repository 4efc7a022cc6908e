"""The people table: one row per person, from PersonSummary records.

Only the top of the practice stands out: the few people the Today page lists
first under Reconnect (the same rule and ranking, services/practice.py) have
their Next reconnect in bold and the "late" colour; everyone else due reads
"12 days late" in ordinary text, so the table is not a wall of red.
"""

from __future__ import annotations

import datetime as dt
import heapq
from enum import IntEnum
from operator import itemgetter

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont

from relations_app.collation import name_key
from relations_app.colours import Tone, colour
from relations_app.folding import fold
from relations_app.i18n import plural
from relations_app.labels import circle_label, format_date, reconnect_text
from relations_app.models.row_model import Row, RowModel
from relations_app.records import PersonSummary
from relations_app.services.practice import Reconnect, reconnect, reconnect_order

NO_RECONNECT = dt.date.max.toordinal() + 1  # people without an interval sort last


class Column(IntEnum):
    NAME = 0
    CIRCLE = 1
    LAST_CONVERSATION = 2
    NEXT_RECONNECT = 3
    SHARED_VALUES = 4
    HELP = 5


class PeopleModel(RowModel):
    def __init__(self, today: dt.date = dt.date.min, parent=None) -> None:
        super().__init__(
            (
                self.tr("Name"),
                self.tr("Circle"),
                self.tr("Last conversation"),
                self.tr("Next reconnect"),
                self.tr("Shared values"),
                self.tr("Help"),
            ),
            parent,
            tips={Column.HELP: self.tr("Help given / received")},
        )
        self._today = today  # set with the rows, from the one clock
        self._never = self.tr("never")
        self._labels: dict = {}
        self._due: dict[int, tuple] = {}  # person id -> their place in the Reconnect list
        self._top: frozenset[int] = frozenset()
        self._states: dict[int, Reconnect | None] = {}  # worked out once per row made
        self.top_size = 5  # as many as Today's Reconnect section shows

    def set_summaries(self, summaries: list[PersonSummary], today: dt.date) -> None:
        self._today = today
        self._labels.clear()  # the same date or circle is worded once per refresh
        self._states.clear()
        self.set_rows([self._make_row(s) for s in summaries])
        self._top = self._find_top()

    def update_summaries(self, ids: set[int], summaries: list[PersonSummary]) -> None:
        """These people changed: ``summaries`` holds those still shown."""
        self.update_rows(ids, [self._make_row(s) for s in summaries])
        self.set_top_size(self.top_size)

    def due_count(self) -> int:
        """How many people shown are due a reconnection today or before."""
        return len(self._due)

    def is_top(self, person_id: int) -> bool:
        """Among the first few to reconnect with, as Today lists them."""
        return person_id in self._top

    def set_top_size(self, size: int) -> None:
        """How many stand out; the rows that join or leave the top are redrawn."""
        self.top_size = size
        top = self._find_top()
        moved, self._top = top ^ self._top, top
        for person_id in moved:
            row = self.row_of(person_id)
            if row >= 0:
                cell = self.index(row, Column.NEXT_RECONNECT)
                self.dataChanged.emit(cell, cell)

    def _find_top(self) -> frozenset[int]:
        best = heapq.nsmallest(self.top_size, self._due.items(), key=itemgetter(1))
        return frozenset(person_id for person_id, _ in best)

    def row_in(self, row: Row) -> None:
        summary: PersonSummary = row.record
        state = self._states.get(row.record_id)
        if state is not None and state.is_due and not summary.person.archived:
            self._due[row.record_id] = reconnect_order(summary.person, state)

    def row_out(self, row: Row) -> None:
        self._due.pop(row.record_id, None)

    def _label(self, key, make) -> str:
        text = self._labels.get(key)
        if text is None:
            text = self._labels[key] = make()
        return text

    def summary_at(self, row: int) -> PersonSummary:
        return self.record_at(row)

    def _make_row(self, summary: PersonSummary) -> Row:
        person = summary.person
        last = summary.last_conversation
        state = self._states[person.id] = self.reconnect_of(summary)
        values = ", ".join(summary.shared_values)
        display = (
            f"{person.name} ({person.nickname})" if person.nickname else person.name,
            self._label(person.circle, lambda: circle_label(person.circle)),
            self._label(last, lambda: format_date(last)) if last else self._never,
            self._label(state, lambda: reconnect_text(state)) if state else "",
            values,
            f"{summary.help_given} / {summary.help_received}",
        )
        sort = (
            name_key(person.name),  # the user's alphabet: Émile with the E's, Sam 2 before Sam 10
            person.circle.rank,
            last.toordinal() if last else 0,
            _reconnect_sort(state),
            values.casefold(),
            (summary.help_given + summary.help_received) * 100_000 + summary.help_given,
        )
        return Row(summary, person.id, display, sort)

    def make_haystack(self, summary: PersonSummary) -> str:
        p = summary.person
        return fold(
            " ".join(
                (
                    p.name,
                    p.nickname,
                    p.organisation,
                    p.city,
                    p.email,
                    p.notes,
                    p.what_matters,
                    p.met_how,
                    p.met_where,
                    " ".join(summary.shared_values),
                    " ".join(p.looking_for),
                    " ".join(p.can_offer),
                )
            )
        )

    def reconnect_of(self, summary: PersonSummary) -> Reconnect | None:
        return reconnect(summary.person, summary.last_conversation, self._today)

    def cell_data(self, row: Row, column: int, role: int):
        summary: PersonSummary = row.record
        if role == Qt.ItemDataRole.ForegroundRole:
            if summary.person.archived:
                return QBrush(colour(Tone.FAINT))
            if column == Column.NEXT_RECONNECT and row.record_id in self._top:
                return QBrush(colour(Tone.LATE))
            return None
        if role == Qt.ItemDataRole.FontRole:
            return self._font(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(summary, column)
        return None

    def _font(self, row: Row, column: int) -> QFont | None:
        if row.record.person.archived:
            font = QFont()
            font.setItalic(True)
            return font
        if column == Column.NEXT_RECONNECT and row.record_id in self._top:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _tooltip(self, summary: PersonSummary, column: int) -> str | None:
        state = self.reconnect_of(summary) if column == Column.NEXT_RECONNECT else None
        if state is not None:
            days = state.interval
            every = plural(days, self.tr("Every day"), self.tr("Every %Ln days", "", days))
            return self.tr("{0}; next on {1}").format(every, format_date(state.due_on))
        if column == Column.HELP:
            return self.tr("Help I gave: {0}. Help I received: {1}.").format(
                summary.help_given, summary.help_received
            )
        if column == Column.NAME and summary.person.archived:
            return self.tr("Archived")
        return None


def _reconnect_sort(state: Reconnect | None) -> int:
    """The day someone is next on the list: a snooze moves it, no interval sorts last."""
    if state is None:
        return NO_RECONNECT
    return max(state.due_on, state.snoozed_until or state.due_on).toordinal()
