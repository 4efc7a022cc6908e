"""Filter-as-you-type proxies over the RowModel tables.

The proxy only filters; sorting is forwarded to the source model, which sorts
itself with key functions (see row_model.py for why).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt

from relations_app.models.search import matches, needles


class TextFilterProxy(QSortFilterProxyModel):
    """Rows whose folded text holds every typed word, and which pass ``extra_accepts``.

    The source model provides ``haystack_at(row) -> str``. Which rows pass is
    worked out in one Python pass when the filter changes; filterAcceptsRow
    then only looks the answer up.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self._accepted: list[bool] | None = None

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
        self._accepted = None
        if modern:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def extra_accepts(self, source_row: int) -> bool:
        """Subclasses add their own condition (a circle, a person)."""
        return True

    def _compute(self) -> list[bool]:
        model = self.sourceModel()
        words = self._words
        return [
            (not words or matches(model.haystack_at(row), words)) and self.extra_accepts(row)
            for row in range(model.rowCount())
        ]

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        if self._accepted is None or len(self._accepted) != self.sourceModel().rowCount():
            self._accepted = self._compute()
        return self._accepted[source_row]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def setSourceModel(self, model) -> None:
        old = self.sourceModel()
        if old is not None:
            old.modelAboutToBeReset.disconnect(self._forget)
            old.layoutAboutToBeChanged.disconnect(self._forget)
        super().setSourceModel(model)
        model.modelAboutToBeReset.connect(self._forget)
        model.layoutAboutToBeChanged.connect(self._forget)

    def _forget(self) -> None:
        self._accepted = None
