"""Filter-as-you-type proxies over the RowModel tables.

The proxy only filters; sorting is forwarded to the source model, which sorts
itself with key functions (see row_model.py for why).

Whether a row passes is remembered on the row itself, marked with the filter
state it was worked out for: a new filter asks every row again, an edited row
(a new Row object) is asked afresh, and the others are not asked at all.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt

from relations_app.models.search import matches, needles


class TextFilterProxy(QSortFilterProxyModel):
    """Rows whose folded text holds every typed word, and which pass ``extra_accepts``.

    The source model is a RowModel; ``haystack_at(row)`` gives a row's folded text.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self._mark = object()
        self._rows: list = []

    def setSourceModel(self, model) -> None:
        self._rows = model.rows()
        super().setSourceModel(model)

    def set_text(self, text: str) -> None:
        words = needles(text)
        if words != self._words:
            self.change_filter(lambda: setattr(self, "_words", words))

    def change_filter(self, change) -> None:
        """Apply ``change`` to the filter's state and refilter the rows."""
        modern = hasattr(self, "endFilterChange")  # Qt 6.10 and later
        if modern:
            self.beginFilterChange()
        change()
        self._mark = object()
        if modern:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def extra_accepts(self, source_row: int) -> bool:
        """Subclasses add their own condition (a circle, a person)."""
        return True

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        row = self._rows[source_row]  # Qt asks once per row: as little as can be done here
        if row.filter_mark is self._mark:
            return row.accepted
        words = self._words
        row.accepted = (
            not words or matches(self.sourceModel().haystack_at(source_row), words)
        ) and self.extra_accepts(source_row)
        row.filter_mark = self._mark
        return row.accepted

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)
