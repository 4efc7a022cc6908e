"""The People tab: filter, table, and the selected person's detail pane."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QLabel, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from relations_app.i18n import plural
from relations_app.labels import circle_label
from relations_app.models.people_model import Column, PeopleModel
from relations_app.models.people_proxy import PeopleProxy
from relations_app.records import Circle, PersonSummary
from relations_app.ui.detail_pane import DetailPane
from relations_app.ui.table_view import RecordTable
from relations_app.ui.welcome import Welcome
from relations_app.ui.widgets.filter_bar import FilterBar

# the narrowest each column may get when the window is small; shared values,
# the longest text, takes whatever room is left
MINIMUM_WIDTHS = {
    Column.NAME: 110,
    Column.CIRCLE: 60,
    Column.LAST_CONVERSATION: 80,
    Column.NEXT_RECONNECT: 80,
    Column.SHARED_VALUES: 80,
    Column.HELP: 50,
}


class PeoplePage(QWidget):
    person_selected = Signal(object)  # person id or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PeopleModel(parent=self)
        self.proxy = PeopleProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter = FilterBar(
            self.tr("Filter by name, organisation, notes, values, needs or offers  (Ctrl+F)")
        )
        self.filter.combo.addItem(self.tr("All circles"), None)
        for circle in Circle:
            self.filter.combo.addItem(circle_label(circle), circle.value)
        self.table = RecordTable(several=True)  # print several people at once
        self.table.setAccessibleName(self.tr("People"))
        self.filter.combo.setAccessibleName(self.tr("Circle"))
        self.table.setModel(self.proxy)
        self.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.fit_columns()
        # in the table's place when the filter hides everyone
        self.no_match = QLabel(self.tr("No one matches this filter."))
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.no_match.setWordWrap(True)
        self.no_match.setStyleSheet(
            "color: palette(placeholder-text); padding: 48px 24px; font-size: 11pt;"
        )
        self.detail = DetailPane()
        self.welcome = Welcome()
        self._lay_out()
        self._connect_signals()

    def _lay_out(self) -> None:
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.filter)
        self.list_area = QStackedWidget()
        self.list_area.addWidget(self.table)
        self.list_area.addWidget(self.no_match)
        column.addWidget(self.list_area, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("people_splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([830, 450])
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.stack)

    def _connect_signals(self) -> None:
        self.filter.text_changed.connect(self._filter_text_changed)
        self.filter.combo.currentIndexChanged.connect(self._circle_changed)
        self.table.current_id_changed.connect(self.person_selected)

    def fit_columns(self) -> None:
        self.table.fit_to(Column.SHARED_VALUES, MINIMUM_WIDTHS)

    # -- data ------------------------------------------------------------------
    def set_summaries(self, summaries: list[PersonSummary], today: dt.date, anyone: bool) -> None:
        """Show these people; ``anyone`` is False when the journal has nobody at all.
        The selection stays on the same people (the table keeps it across the reset)."""
        self.model.set_summaries(summaries, today)
        self._after_data(anyone)

    def update_summaries(self, ids: set[int], summaries: list[PersonSummary], anyone: bool) -> None:
        """These people changed (``summaries``: those still shown); only their rows move."""
        self.model.update_summaries(ids, summaries)
        self._after_data(anyone)

    def _after_data(self, anyone: bool) -> None:
        self.stack.setCurrentWidget(self.splitter if anyone else self.welcome)
        if not self.table.selectionModel().hasSelection():
            self.table.select_first()
        self._update_counts()

    def show_person(self, person_id: int) -> bool:
        """Select someone just added and scroll to them, clearing a filter that hides them."""
        if self.table.select_id(person_id):
            return True
        self.filter.clear()
        return self.table.select_id(person_id)

    def show_circle(self, circle: str) -> None:
        """Only this circle (a Circle value), whatever was typed in the filter."""
        self.filter.edit.clear()
        self.filter.combo.setCurrentIndex(max(0, self.filter.combo.findData(circle)))

    def selected_id(self) -> int | None:
        """The person the detail pane shows; None when none, or several, are selected."""
        ids = self.table.selected_ids()
        return ids[0] if len(ids) == 1 else None

    def selected_ids(self) -> list[int]:
        return self.table.selected_ids()

    def select(self, person_id: int) -> bool:
        return self.table.select_id(person_id)

    def summary_of(self, person_id: int) -> PersonSummary | None:
        row = self.model.row_of(person_id)
        return self.model.summary_at(row) if row >= 0 else None

    # -- filtering ----------------------------------------------------------------
    def focus_filter(self) -> None:
        self.filter.focus()

    @Slot(str)
    def _filter_text_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._after_filter()

    @Slot(int)
    def _circle_changed(self, index: int) -> None:
        value = self.filter.combo.itemData(index)
        self.proxy.set_circle(Circle(value) if value else None)
        self._after_filter()

    def _after_filter(self) -> None:
        if self.table.current_id() is None:
            self.table.select_first()
        self._update_counts()

    def _update_counts(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.filter.show_count(
            shown, total, plural(total, self.tr("1 person"), self.tr("%Ln people", "", total))
        )
        self.list_area.setCurrentWidget(self.table if shown or not total else self.no_match)
