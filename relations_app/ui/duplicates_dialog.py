"""Find possible duplicates: pairs of people the duplicates rule says may be one.

Merge… opens the side-by-side merge for the pair selected; the list is read
again after each merge, since a merged entry leaves every pair it was in.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from relations_app.models.duplicate_pairs_model import Column, DuplicatePairsModel
from relations_app.services.duplicates import DuplicatePair
from relations_app.ui.table_view import RecordTable

MINIMUM_WIDTHS = {Column.FIRST: 160, Column.SECOND: 160, Column.WHY: 120}


class DuplicatesDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        pairs: Callable[[], list[DuplicatePair]],
        merge: Callable[[DuplicatePair], bool],
    ) -> None:
        """``pairs()`` reads the pairs now; ``merge(pair)`` merges one, True when done."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Possible duplicates"))
        self._pairs, self._merge = pairs, merge
        self.intro = QLabel(
            self.tr(
                "These people may be one person: they share an email address, a phone"
                " number or a name. Merge the pairs that are one; leave the others."
            )
        )
        self.intro.setWordWrap(True)
        self.model = DuplicatePairsModel(self)
        self.table = RecordTable()
        self.table.setModel(self.model)
        self.table.sortByColumn(Column.WHY, Qt.SortOrder.AscendingOrder)  # strongest first
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        # the two entries of a pair matter alike: the first may take as much
        # room as the second (the usual cap, a quarter, cut it to half of it)
        self.table.fit_to(Column.SECOND, MINIMUM_WIDTHS, widest_share=0.42)
        self.none_left = QLabel(
            self.tr("No possible duplicates: no two people share an email, a phone or a name.")
        )
        self.none_left.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.none_left.setWordWrap(True)
        self.none_left.setStyleSheet("color: palette(placeholder-text); padding: 24px;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.none_left)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.merge_button = self.buttons.addButton(
            self.tr("Merge…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.merge_button.clicked.connect(self.merge_selected)
        self.table.id_activated.connect(self.merge_selected)
        self.table.current_id_changed.connect(self._update_button)
        self.reload()
        self.resize(880, 440)

    def reload(self) -> None:
        self.model.set_pairs(self._pairs())
        found = self.model.rowCount() > 0
        self.stack.setCurrentWidget(self.table if found else self.none_left)
        # with no pair left, the empty list says it all: no intro about pairs, no Merge…
        self.intro.setVisible(found)
        self.merge_button.setVisible(found)
        if not self.table.selectionModel().hasSelection():
            self.table.select_first()
        self._update_button()

    @Slot()
    def merge_selected(self, *_args) -> None:
        position = self.table.current_id()
        if position is None:
            return
        if self._merge(self.model.pair_at(self.model.row_of(position))):
            self.reload()

    @Slot()
    def _update_button(self, *_args) -> None:
        self.merge_button.setEnabled(self.table.current_id() is not None)
