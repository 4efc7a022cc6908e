"""The people table: one row per person, from PersonSummary records."""

from __future__ import annotations

import datetime as dt
from enum import IntEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from relations_app.i18n import plural
from relations_app.labels import circle_label, format_date, relative_days
from relations_app.models.row_model import Row, RowModel
from relations_app.models.search import fold
from relations_app.records import PersonSummary

OVERDUE_COLOUR = QColor("#b3261e")
ARCHIVED_COLOUR = QColor("#808080")
NO_RECONNECT = dt.date.max.toordinal() + 1  # people without an interval sort last


class Column(IntEnum):
    NAME = 0
    CIRCLE = 1
    LAST_CONVERSATION = 2
    NEXT_RECONNECT = 3
    SHARED_VALUES = 4
    HELP = 5


class PeopleModel(RowModel):
    def __init__(self, today: dt.date | None = None, parent=None) -> None:
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
        self._today = today or dt.date.today()
        self._never = self.tr("never")
        self._labels: dict = {}
        self._due: set[int] = set()

    def set_summaries(self, summaries: list[PersonSummary], today: dt.date) -> None:
        self._today = today
        self._labels.clear()  # the same date or circle is worded once per refresh
        self.set_rows([self._make_row(s) for s in summaries])

    def update_summaries(self, ids: set[int], summaries: list[PersonSummary]) -> None:
        """These people changed: ``summaries`` holds those still shown."""
        self.update_rows(ids, [self._make_row(s) for s in summaries])

    def due_count(self) -> int:
        """How many people shown are due a reconnection today or before."""
        return len(self._due)

    def row_in(self, row: Row) -> None:
        summary: PersonSummary = row.record
        reconnect = summary.next_reconnect
        if reconnect and reconnect <= self._today and not summary.person.archived:
            self._due.add(row.record_id)

    def row_out(self, row: Row) -> None:
        self._due.discard(row.record_id)

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
        reconnect = summary.next_reconnect
        values = ", ".join(summary.shared_values)
        display = (
            f"{person.name} ({person.nickname})" if person.nickname else person.name,
            self._label(person.circle, lambda: circle_label(person.circle)),
            self._label(last, lambda: format_date(last)) if last else self._never,
            self._label(("reconnect", reconnect), lambda: self._reconnect_text(reconnect)),
            values,
            f"{summary.help_given} / {summary.help_received}",
        )
        sort = (
            fold(person.name),  # Łukasz sorts with the L's, Émile with the E's
            person.circle.rank,
            last.toordinal() if last else 0,
            reconnect.toordinal() if reconnect else NO_RECONNECT,
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
                )
            )
        )

    def _reconnect_text(self, reconnect: dt.date | None) -> str:
        if reconnect is None:
            return ""
        days = (reconnect - self._today).days
        if days == -1:
            return self.tr("overdue since yesterday")
        if days < 0:
            return self.tr("overdue by %n days", "", -days)
        return relative_days(reconnect, self._today)

    def cell_data(self, row: Row, column: int, role: int):
        summary: PersonSummary = row.record
        if role == Qt.ItemDataRole.ForegroundRole:
            if summary.person.archived:
                return QBrush(ARCHIVED_COLOUR)
            reconnect = summary.next_reconnect
            if (
                column == Column.NEXT_RECONNECT
                and reconnect is not None
                and reconnect < self._today
            ):
                return QBrush(OVERDUE_COLOUR)
            return None
        if role == Qt.ItemDataRole.FontRole and summary.person.archived:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(summary, column)
        return None

    def _tooltip(self, summary: PersonSummary, column: int) -> str | None:
        if column == Column.NEXT_RECONNECT and summary.next_reconnect:
            days = summary.person.keep_in_touch_days or 0
            every = plural(days, self.tr("Every day"), self.tr("Every %n days", "", days))
            return self.tr("{0}; next on {1}").format(every, format_date(summary.next_reconnect))
        if column == Column.HELP:
            return self.tr("Help I gave: {0}. Help I received: {1}.").format(
                summary.help_given, summary.help_received
            )
        if column == Column.NAME and summary.person.archived:
            return self.tr("Archived")
        return None
