"""The people table: one row per person, from PersonSummary records."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from relations_app.i18n import plural
from relations_app.labels import circle_label, format_date, relative_days
from relations_app.models.roles import ID_ROLE, RECORD_ROLE, SORT_ROLE
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


@dataclass(frozen=True, slots=True)
class _Row:
    summary: PersonSummary
    display: tuple[str, ...]
    sort: tuple
    haystack: str
    overdue: bool


class PeopleModel(QAbstractTableModel):
    def __init__(self, today: dt.date | None = None, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._today = today or dt.date.today()
        self._headers = {
            Column.NAME: self.tr("Name"),
            Column.CIRCLE: self.tr("Circle"),
            Column.LAST_CONVERSATION: self.tr("Last conversation"),
            Column.NEXT_RECONNECT: self.tr("Next reconnect"),
            Column.SHARED_VALUES: self.tr("Shared values"),
            Column.HELP: self.tr("Help given / received"),
        }

    # -- loading ----------------------------------------------------------
    def set_summaries(self, summaries: list[PersonSummary], today: dt.date) -> None:
        self.beginResetModel()
        self._today = today
        self._rows = [self._make_row(s) for s in summaries]
        self.endResetModel()

    def _make_row(self, summary: PersonSummary) -> _Row:
        person = summary.person
        last = summary.last_conversation
        reconnect = summary.next_reconnect
        overdue = reconnect is not None and reconnect < self._today
        name = f"{person.name} ({person.nickname})" if person.nickname else person.name
        display = (
            name,
            circle_label(person.circle),
            format_date(last) if last else self.tr("never"),
            self._reconnect_text(reconnect),
            ", ".join(summary.shared_values),
            f"{summary.help_given} / {summary.help_received}",
        )
        sort = (
            fold(person.name),
            person.circle.rank,
            last.toordinal() if last else 0,
            reconnect.toordinal() if reconnect else NO_RECONNECT,
            fold(display[Column.SHARED_VALUES]),
            (summary.help_given + summary.help_received) * 100_000 + summary.help_given,
        )
        haystack = fold(
            " ".join(
                (
                    person.name,
                    person.nickname,
                    person.organisation,
                    person.city,
                    person.email,
                    person.notes,
                    person.what_matters,
                    person.met_how,
                    person.met_where,
                    " ".join(summary.shared_values),
                )
            )
        )
        return _Row(summary, display, sort, haystack, overdue)

    def _reconnect_text(self, reconnect: dt.date | None) -> str:
        if reconnect is None:
            return ""
        days = (reconnect - self._today).days
        if days < 0:
            return self.tr("overdue by %n days", "", -days) if days < -1 else self.tr(
                "overdue since yesterday"
            )
        return relative_days(reconnect, self._today)

    # -- access for the proxy and the views -------------------------------
    def summary_at(self, row: int) -> PersonSummary:
        return self._rows[row].summary

    def haystack_at(self, row: int) -> str:
        return self._rows[row].haystack

    def row_of(self, person_id: int) -> int:
        for index, row in enumerate(self._rows):
            if row.summary.person.id == person_id:
                return index
        return -1

    # -- QAbstractTableModel ----------------------------------------------
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
            return row.summary.person.id
        if role == RECORD_ROLE:
            return row.summary
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, column)
        if role == Qt.ItemDataRole.FontRole and row.summary.person.archived:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def _foreground(self, row: _Row, column: int):
        if row.summary.person.archived:
            return QBrush(ARCHIVED_COLOUR)
        if column == Column.NEXT_RECONNECT and row.overdue:
            return QBrush(OVERDUE_COLOUR)
        return None

    def _tooltip(self, row: _Row, column: int) -> str | None:
        summary = row.summary
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

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers.get(Column(section)) if 0 <= section < len(Column) else None
        return None
