"""A table view set up the way every list in Relations wants it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from relations_app.models.roles import ID_ROLE


class RecordTable(QTableView):
    """Row selection, sortable, and a signal carrying the record id of the current row."""

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
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setSectionsMovable(True)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.activated.connect(self._activated)  # double-click or Enter, as the platform has it

    def setModel(self, model) -> None:
        super().setModel(model)
        self.setSortingEnabled(True)
        self.selectionModel().currentRowChanged.connect(self._current_changed)
        self.selectionModel().selectionChanged.connect(
            lambda *_: self.current_id_changed.emit(self.current_id())
        )
        model.modelReset.connect(lambda: self.current_id_changed.emit(self.current_id()))
        model.layoutChanged.connect(lambda: self.current_id_changed.emit(self.current_id()))

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

    def select_id(self, record_id: int | None) -> bool:
        model = self.model()
        if record_id is None or model is None:
            return False
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if index.data(ID_ROLE) == record_id:
                self.setCurrentIndex(index)
                self.selectRow(row)
                self.scrollTo(index)
                return True
        return False

    def select_first(self) -> None:
        if self.model() is not None and self.model().rowCount():
            self.selectRow(0)
            self.setCurrentIndex(self.model().index(0, 0))

    def fit_columns(self, widths: dict[int, int]) -> None:
        header = self.horizontalHeader()
        for column, width in widths.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self.current_id_changed.emit(
            current.siblingAtColumn(0).data(ID_ROLE) if current.isValid() else None
        )

    def _activated(self, index: QModelIndex) -> None:
        record_id = index.siblingAtColumn(0).data(ID_ROLE)
        if record_id is not None:
            self.id_activated.emit(record_id)
