"""A table view set up the way every list in Relations wants it."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from relations_app.models.roles import ID_ROLE

SAMPLE_ROWS = 40  # columns fit what a screenful of rows shows: measuring 20,000 takes seconds
CELL_PADDING = 2  # with the focus margins, what Qt's own size hint gives
WIDEST_SHARE = 0.25  # no other column takes more than this share of the width


class RecordTable(QTableView):
    """Row selection, sortable, a signal carrying the record id of the current row.

    It keeps the user's place: across a reset of its model (an import, a
    restore) the same records stay selected and the view scrolled where it
    was; when the selected row is deleted, the row that takes its place is
    selected. Its columns fit the window (``fit_to``): each as wide as what
    it shows, the one with the most text takes the room left over, and none
    needs a horizontal scroll bar.
    """

    current_id_changed = Signal(object)  # int or None
    id_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None, several: bool = False) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(
            QAbstractItemView.SelectionMode.ExtendedSelection
            if several
            else QAbstractItemView.SelectionMode.SingleSelection
        )
        self.setTabKeyNavigation(False)  # Tab leaves the table instead of walking its cells
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.activated.connect(self._activated)  # double-click or Enter, as the platform has it
        self._stretch: int | None = None
        self._minimums: dict[int, int] = {}
        self._widest_share = WIDEST_SHARE
        self._content: dict[int, int] | None = None  # what each column's rows need
        self._kept: tuple[list[int], int | None, int] | None = None
        self._removed_at: int | None = None
        self._moving: tuple[list[int], int | None] | None = None

    def setModel(self, model) -> None:
        super().setModel(model)
        self.setSortingEnabled(True)
        self.selectionModel().currentRowChanged.connect(self._emit_current)
        self.selectionModel().selectionChanged.connect(self._emit_current)
        model.modelAboutToBeReset.connect(self._keep_place)
        model.modelReset.connect(self._restore_place)
        model.layoutChanged.connect(self._emit_current)
        model.rowsAboutToBeRemoved.connect(self._rows_leaving)
        model.rowsRemoved.connect(self._rows_left)
        model.rowsInserted.connect(self._rows_arrived)
        source = model.sourceModel() if hasattr(model, "sourceModel") else model
        if hasattr(source, "row_moving"):
            source.row_moving.connect(self._row_moving)
            source.row_moved.connect(self._row_moved)

    # -- which rows -------------------------------------------------------------------
    def current_id(self) -> int | None:
        index = self.selectionModel().currentIndex() if self.selectionModel() else QModelIndex()
        if not index.isValid() or not self.selectionModel().isRowSelected(
            index.row(), index.parent()
        ):
            return None
        return index.siblingAtColumn(0).data(ID_ROLE)

    def selected_ids(self) -> list[int]:
        """The ids of every selected row, in the order shown."""
        if self.selectionModel() is None:
            return []
        rows = sorted(index.row() for index in self.selectionModel().selectedRows())
        return [self.model().index(row, 0).data(ID_ROLE) for row in rows]

    def row_of_id(self, record_id: int | None) -> int:
        model = self.model()
        if record_id is None or model is None:
            return -1
        if hasattr(model, "row_of"):  # a model that finds its own rows by id
            return model.row_of(record_id)
        source = model.sourceModel() if hasattr(model, "sourceModel") else None
        if source is not None and hasattr(source, "row_of"):
            source_row = source.row_of(record_id)  # found by id, not by walking every row
            if source_row < 0:
                return -1
            return model.mapFromSource(source.index(source_row, 0)).row()
        for row in range(model.rowCount()):
            if model.index(row, 0).data(ID_ROLE) == record_id:
                return row
        return -1

    def select_id(self, record_id: int | None, scroll: bool = True) -> bool:
        row = self.row_of_id(record_id)
        if row < 0:
            return False
        index = self.model().index(row, 0)
        if scroll and (top := self.window().layout()) is not None:
            top.activate()  # a page just made (a tab opened) gets its size now
        # looked at before selecting: making a row current scrolls it to an edge
        hidden = not self.viewport().rect().contains(self.visualRect(index))
        self.select_only(row)
        if scroll:  # a row out of sight comes into the middle, not to an edge
            hint = QAbstractItemView.ScrollHint
            self.scrollTo(index, hint.PositionAtCenter if hidden else hint.EnsureVisible)
        return True

    def select_only(self, row: int) -> None:
        """Select this row alone and make it current. (selectRow() would add to the
        selection instead while Ctrl is held, as it is when Ctrl+Z was pressed.)"""
        index = self.model().index(row, 0)
        flags = QItemSelectionModel.SelectionFlag
        self.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)

    def select_ids(self, record_ids: list[int], current: int | None) -> None:
        selection = self.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for record_id in record_ids:
            row = self.row_of_id(record_id)
            if row >= 0:
                selection.select(self.model().index(row, 0), flags)
        row = self.row_of_id(current)
        if row >= 0:
            selection.setCurrentIndex(
                self.model().index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )

    def select_first(self) -> None:
        if self.model() is not None and self.model().rowCount():
            self.select_only(0)

    # -- keeping the user's place ---------------------------------------------------------
    @Slot()
    def _keep_place(self) -> None:
        self._kept = (self.selected_ids(), self.current_id(), self.verticalScrollBar().value())

    @Slot()
    def _restore_place(self) -> None:
        if self._kept is not None:
            ids, current, scroll = self._kept
            self._kept = None
            self.select_ids(ids, current)
            self.verticalScrollBar().setValue(scroll)
        self._content = None  # new rows: measured again, now or when shown
        self.fit_columns()
        self._emit_current()

    @Slot(QModelIndex, int, int)
    def _rows_leaving(self, parent: QModelIndex, first: int, last: int) -> None:
        # called for every block a filter hides: only the current row is looked at
        current = self.selectionModel().currentIndex().row()
        self._removed_at = first if first <= current <= last else None

    @Slot(QModelIndex, int, int)
    def _rows_left(self, parent: QModelIndex, first: int, last: int) -> None:
        """The selected row was deleted: select the one now in its place."""
        at, self._removed_at = self._removed_at, None
        count = self.model().rowCount()
        moving = self._moving is not None
        if at is not None and count and not moving and not self.selectionModel().hasSelection():
            self.select_only(min(at, count - 1))

    @Slot()
    def _rows_arrived(self) -> None:
        """The first rows of a table shown empty: measure them (later ones are
        measured on a reset or a resize of the window, not on each edit)."""
        if self.model().rowCount() <= SAMPLE_ROWS and self._moving is None:
            self._content = None
            self.fit_columns()

    @Slot(int)
    def _row_moving(self, record_id: int) -> None:
        self._moving = (self.selected_ids(), self.current_id())

    @Slot(int)
    def _row_moved(self, record_id: int) -> None:
        """A row taken out and put back where its new sort key goes: selected as before."""
        (ids, current), self._moving = self._moving, None
        if record_id in ids or record_id == current:
            if self.selectionMode() == QAbstractItemView.SelectionMode.SingleSelection:
                # Qt selected the row below when this one left: one row only
                self.selectionModel().clearSelection()
            self.select_ids([record_id] if record_id in ids else [], current)
        self._emit_current()

    # -- columns -------------------------------------------------------------------------
    def fit_to(
        self, stretch: int, minimums: dict[int, int], widest_share: float = WIDEST_SHARE
    ) -> None:
        """Column ``stretch`` takes the spare room; none gets narrower than its
        minimum, nor wider than ``widest_share`` of the width unless room is left."""
        self._stretch, self._minimums = stretch, minimums
        self._widest_share = widest_share
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(min(minimums.values(), default=40))
        self.fit_columns()

    def fit_columns(self) -> None:
        """Each column as wide as its rows on screen (measured once per load of
        the rows); room to spare goes first to headings that would be cut
        short, then to the stretching column; too little room is taken from
        what each column has above its minimum."""
        if self._stretch is None or self.model() is None or not self.isVisible():
            return  # hidden, Qt would measure every row; showing it resizes it
        header = self.horizontalHeader()
        available = self.viewport().width() - self._minimums.get(self._stretch, 120)
        others = [  # a hidden column takes no room
            c for c in range(header.count()) if c != self._stretch and not header.isSectionHidden(c)
        ]
        if self._content is None:
            self._content = {c: self._content_width(c) for c in others}
        # the stretching column has the most text
        cap = int(self.viewport().width() * self._widest_share)
        widths = {c: max(self._minimums.get(c, 40), min(cap, self._content[c])) for c in others}
        spare = available - sum(widths.values())
        for column in others:  # a cut heading still shows whole in its tooltip
            grant = min(max(spare, 0), header.sectionSizeHint(column) - widths[column])
            if grant > 0:
                widths[column] += grant
                spare -= grant
        if spare < 0:
            above = {c: widths[c] - self._minimums.get(c, 40) for c in others}
            total = sum(above.values()) or 1
            widths = {c: widths[c] + spare * above[c] // total for c in others}
        for column, width in widths.items():
            header.resizeSection(column, width)

    def _content_width(self, column: int) -> int:
        """The widest text of the rows on screen in this column. Measured from the
        text alone: Qt's sizeHintForColumn asks every role of every cell, a
        quarter of the time to the first paint."""
        from PySide6.QtWidgets import QStyle  # 10 ms to make its type: not at start

        model, metrics = self.model(), self.fontMetrics()
        top = max(0, self.rowAt(0))
        texts = (
            model.index(row, column).data()
            for row in range(top, min(model.rowCount(), top + SAMPLE_ROWS))
        )
        widest = max((metrics.horizontalAdvance(text) for text in texts if text), default=0)
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self)
        return widest + 2 * margin + CELL_PADDING

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.fit_columns()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    # -- signals ---------------------------------------------------------------------------
    @Slot()
    def _emit_current(self, *_args) -> None:
        if self._moving is None:  # a row on its way to its new place is still selected
            self.current_id_changed.emit(self.current_id())

    def _activated(self, index: QModelIndex) -> None:
        record_id = index.siblingAtColumn(0).data(ID_ROLE)
        if record_id is not None:
            self.id_activated.emit(record_id)
