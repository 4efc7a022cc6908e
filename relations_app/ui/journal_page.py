"""The Journal tab: every conversation, newest first, with a preview of the selected one.

The table lists from SQL (models/journal_model.py): the filter and the order
are queries, and only the rows on screen are read.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from relations_app.collation import by_name, comes_before
from relations_app.i18n import plural
from relations_app.models.journal_model import Column, JournalModel
from relations_app.records import Conversation, PersonRef
from relations_app.services.journal_list import JournalList
from relations_app.ui.person_html import conversation_block, style
from relations_app.ui.table_view import RecordTable
from relations_app.ui.widgets.filter_bar import FilterBar

# the narrowest each column may get when the window is small; the notes, the
# longest text, take whatever room is left
MINIMUM_WIDTHS = {
    Column.DATE: 90,
    Column.PEOPLE: 110,
    Column.CHANNEL: 60,
    Column.NOTES: 120,
    Column.DEPTH: 50,
    Column.FOLLOW_UP: 100,
}
PERSON_FILTER_CHARACTERS = 20  # a very long name must not push the filter box aside


class JournalPage(QWidget):
    conversation_selected = Signal(object)  # conversation id or None

    def __init__(self, source: JournalList, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loaded = False
        self._source = source
        self._previewed: Conversation | None = None
        self.model = JournalModel(source, self)
        self.filter = FilterBar(self.tr("Filter by notes, people, place or follow-up  (Ctrl+F)"))
        self.filter.cap_combo(PERSON_FILTER_CHARACTERS)
        self.filter.make_combo_searchable()  # thousands of people: type part of a name
        self.table = RecordTable()
        self.table.setAccessibleName(self.tr("Conversations"))
        self.filter.combo.setAccessibleName(self.tr("Person"))
        self.filter.combo.lineEdit().setAccessibleName(self.tr("Person"))
        self.table.setModel(self.model)
        self.table.sortByColumn(Column.DATE, Qt.SortOrder.DescendingOrder)
        self.fit_columns()
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("The selected conversation"))
        self.preview.setOpenLinks(False)
        # Says why the table is empty, in the table's place: no conversation, or no match.
        self.notice = QLabel()
        self.notice.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(
            "color: palette(placeholder-text); padding: 48px 24px; font-size: 11pt;"
        )
        self._lay_out()
        self._connect_signals()

    def _lay_out(self) -> None:
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("journal_splitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.notice)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.filter)
        layout.addWidget(self.stack, 1)

    def _connect_signals(self) -> None:
        self.filter.text_changed.connect(self._text_changed)
        self.filter.combo.currentIndexChanged.connect(self._person_changed)
        self.table.current_id_changed.connect(self._current_changed)

    def fit_columns(self) -> None:
        self.table.fit_to(Column.NOTES, MINIMUM_WIDTHS)

    def reload(self, today: dt.date) -> None:
        """List the conversations again; the selection stays on the same one."""
        self.model.reload(today)
        self.loaded = True
        self._after_data()

    def update_conversations(self, ids: set[int]) -> None:
        """These conversations were added, edited or deleted."""
        self.model.update_ids(ids)
        self._after_data()

    def _after_data(self) -> None:
        if not self.table.selectionModel().hasSelection():
            self.table.select_first()
        self._update_state()

    def show_conversation(self, conversation_id: int) -> bool:
        """Select one just logged, clearing a filter that hides it."""
        if self.table.select_id(conversation_id):
            return True
        self.filter.clear()
        return self.table.select_id(conversation_id)

    def set_people(self, people: list[PersonRef]) -> None:
        """The person filter's choices; keeps the current choice when it still exists."""
        combo = self.filter.combo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        self.filter.add_choice(self.tr("Everyone"), None)
        for ref in by_name(people, lambda ref: ref.name):
            self.filter.add_choice(ref.name, ref.id)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        if index < 0:
            self._person_changed(0)

    def update_people(self, ids: set[int], refs: list[PersonRef]) -> None:
        """Rename, add or remove these people among the filter's choices, in name order."""
        combo = self.filter.combo
        names = {ref.id: ref.name for ref in refs}
        current = combo.currentData()
        combo.blockSignals(True)
        for person_id in ids:
            index = combo.findData(person_id)
            if index > 0 and combo.itemText(index) == names.get(person_id):
                continue
            if index > 0:
                combo.removeItem(index)  # the box moves to a neighbour if it was this one
            if person_id in names:
                name = names[person_id]
                self.filter.add_choice(name, person_id, self._place_for(name))
        # back on the person filtered on, under their new name; "Everyone" if deleted
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.setEditText(combo.itemText(max(index, 0)))
        combo.blockSignals(False)
        if index < 0:
            self._person_changed(0)

    def _place_for(self, name: str) -> int:
        """Where a name goes among the choices (after "Everyone"), found by halving."""
        combo = self.filter.combo
        low, high = 1, combo.count()
        while low < high:
            middle = (low + high) // 2
            if not comes_before(name, combo.itemText(middle)):
                low = middle + 1
            else:
                high = middle
        return low

    def show_person(self, person_id: int | None) -> None:
        index = self.filter.combo.findData(person_id) if person_id is not None else 0
        self.filter.combo.setCurrentIndex(max(index, 0))

    def selected_id(self) -> int | None:
        return self.table.current_id()

    def selected(self) -> Conversation | None:
        return self.model.conversation(self.selected_id())

    def person_filter(self) -> int | None:
        """The person the Journal is filtered on, if any."""
        return self.model.person()

    def focus_filter(self) -> None:
        self.filter.focus()

    @Slot(str)
    def _text_changed(self, text: str) -> None:
        self.model.set_text(text)
        self._after_filter()

    @Slot(int)
    def _person_changed(self, index: int) -> None:
        self.model.set_person(self.filter.combo.itemData(index))
        self._after_filter()

    def _after_filter(self) -> None:
        if self.table.current_id() is None:
            self.table.select_first()
        self._update_state()

    def _update_state(self) -> None:
        shown = self.model.rowCount()
        total = self._source.count() if self.model.is_filtered() else shown
        self.filter.show_count(
            shown,
            total,
            plural(total, self.tr("1 conversation"), self.tr("%Ln conversations", "", total)),
        )
        if total == 0:
            self.notice.setText(
                self.tr("No conversation yet. After you talk with someone, log it here (Ctrl+L).")
            )
        elif shown == 0:
            self.notice.setText(self.tr("No conversation matches this filter."))
        self.stack.setCurrentWidget(self.splitter if shown else self.notice)
        self._current_changed(self.table.current_id())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the preview's colours are in its HTML
            self._previewed = None
            self._current_changed(self.table.current_id())

    @Slot(object)
    def _current_changed(self, conversation_id) -> None:
        conversation = self.selected()
        if conversation != self._previewed:  # drawn again only when it changed
            self._previewed = conversation
            self.preview.setHtml(
                style() + conversation_block(conversation, None, links=False)
                if conversation
                else ""
            )
        self.conversation_selected.emit(conversation_id)
