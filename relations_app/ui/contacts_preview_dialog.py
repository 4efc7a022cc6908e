"""The choosing preview: every contact of the files, none ticked; tick the few who matter.

It gives back what was decided for each contact and the circle of the people
added; the caller imports them through an operation. Space ticks or unticks
the selected rows; a click on a marked contact's "Do" cell, or the context
menu, chooses skip, fill in or add as new.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from relations_app.birthdays import Birthday
from relations_app.contacts.reading import ContactFile
from relations_app.i18n import plural
from relations_app.labels import circle_label, format_birthday
from relations_app.models.contacts_preview_model import (
    Column,
    ContactsPreviewModel,
    ContactsPreviewProxy,
    Show,
    is_marked,
)
from relations_app.models.roles import ID_ROLE
from relations_app.records import Circle
from relations_app.services.contacts import DEFAULT_CIRCLE, Decision, PreviewRow
from relations_app.ui.message_box import plain_label
from relations_app.ui.message_box import question as ask
from relations_app.ui.table_view import RecordTable
from relations_app.ui.widgets.filter_bar import FilterBar

# Eight columns in a dialog that fits a 1024-pixel screen: too little room is
# taken from what each has above these, so phones and birthdays stay whole
MINIMUM_WIDTHS = {
    Column.NAME: 150,
    Column.ORGANISATION: 80,
    Column.EMAIL: 100,
    Column.PHONE: 128,
    Column.BIRTHDAY: 88,
    Column.SOURCE: 76,
    Column.ALREADY: 110,
    Column.ACTION: 112,
}


class _ChoiceDelegate(QStyledItemDelegate):
    """A marked contact's "Do" cell drawn as the drop-down it is."""

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        if not index.flags() & Qt.ItemFlag.ItemIsEditable:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter)
        box = QStyleOptionComboBox()
        box.rect = QRect(option.rect).adjusted(2, 2, -2, -2)
        box.state = option.state | QStyle.StateFlag.State_Enabled
        box.state &= ~QStyle.StateFlag.State_HasFocus
        box.palette = option.palette
        box.currentText = option.fontMetrics.elidedText(
            index.data() or "", Qt.TextElideMode.ElideRight, box.rect.width() - 24
        )
        style.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, box, painter, option.widget)
        style.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, box, painter, option.widget)

    def createEditor(self, parent, option, index):
        return None  # chosen from a menu (see ContactsPreviewDialog._choose)


class _PreviewTable(RecordTable):
    """Space ticks or unticks every selected row, as one."""

    def __init__(self, dialog: ContactsPreviewDialog) -> None:
        super().__init__(several=True)
        self._dialog = dialog
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.modifiers():
            self._dialog.toggle_selected()
            return
        super().keyPressEvent(event)


class ContactsPreviewDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, preview: list[PreviewRow], files: list[ContactFile]
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import contacts"))
        self.model = ContactsPreviewModel(self)
        self.model.set_preview(preview)
        self.proxy = ContactsPreviewProxy(self)
        self.proxy.setSourceModel(self.model)
        self.heading = QLabel(self.tr("Pick the people who matter; you can import more later."))
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        self.summary = plain_label(self._summary(preview, files))
        self.summary.setWordWrap(True)
        self.filter = FilterBar(self.tr("Filter by name, organisation, email, phone or file"))
        self.filter.combo.addItem(self.tr("All contacts"), Show.ALL)
        self.filter.combo.addItem(self.tr("Chosen"), Show.CHOSEN)
        self.filter.combo.addItem(self.tr("Already there"), Show.MARKED)
        self.table = _PreviewTable(self)
        self.table.setModel(self.proxy)
        self.table.sortByColumn(Column.SOURCE, Qt.SortOrder.AscendingOrder)  # as in the files
        self.table.setItemDelegateForColumn(Column.ACTION, _ChoiceDelegate(self.table))
        self.table.fit_to(Column.NAME, self._minimum_widths())
        # one file: its name is in the summary, and the room goes to the contacts
        self.table.setColumnHidden(Column.SOURCE, len(files) < 2)
        # no one already there: no column saying so, nothing to choose
        marked = any(is_marked(row) for row in preview)
        self.table.setColumnHidden(Column.ALREADY, not marked)
        self.table.setColumnHidden(Column.ACTION, not marked)
        self.no_match = QLabel(self.tr("No contact matches this filter."))
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_match.setStyleSheet("color: palette(placeholder-text); padding: 24px;")
        self.no_match.hide()
        self.circle = QComboBox()
        for circle in Circle:
            self.circle.addItem(circle_label(circle), circle.value)
        self.circle.setCurrentIndex(self.circle.findData(DEFAULT_CIRCLE.value))
        self.chosen = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setDefault(True)
        self._lay_out()
        self._connect_signals()
        self._chosen_changed(0)
        self._update_count()
        self.resize(1000, 640)

    def _minimum_widths(self) -> dict[int, int]:
        """A year-less birthday is written out ("30 September"): its column
        is never narrower than the longest of those in this language."""
        widest = self.fontMetrics().horizontalAdvance(format_birthday(Birthday(9, 30))) + 16
        return {**MINIMUM_WIDTHS, Column.BIRTHDAY: max(MINIMUM_WIDTHS[Column.BIRTHDAY], widest)}

    def _lay_out(self) -> None:
        bottom = QHBoxLayout()
        circle_label_widget = QLabel(self.tr("Add the people chosen to the &circle:"))
        circle_label_widget.setBuddy(self.circle)
        bottom.addWidget(circle_label_widget)
        bottom.addWidget(self.circle)
        bottom.addStretch(1)
        bottom.addWidget(self.chosen)
        bottom.addSpacing(12)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addSpacing(4)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.no_match, 1)
        layout.addLayout(bottom)

    def _connect_signals(self) -> None:
        self.filter.text_changed.connect(self._filter_changed)
        self.filter.combo.currentIndexChanged.connect(self._show_changed)
        self.model.chosen_changed.connect(self._chosen_changed)
        self.table.clicked.connect(self._clicked)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _summary(self, preview: list[PreviewRow], files: list[ContactFile]) -> str:
        names = ", ".join(file.path.name for file in files)
        parts = [
            plural(
                len(preview),
                self.tr("1 contact in {0}.").format(names),
                self.tr("%Ln contacts in {0}.", "", len(preview)).format(names),
            )
        ]
        marked = sum(1 for row in preview if is_marked(row))
        if marked:
            parts.append(
                plural(
                    marked,
                    self.tr("1 may already be there: it is marked, and skipped unless you say so."),
                    self.tr(
                        "%Ln may already be there: they are marked, and skipped unless you say so.",
                        "",
                        marked,
                    ),
                )
            )
        damaged = sum(1 for row in preview if row.contact.left_out)
        if damaged:
            parts.append(
                plural(
                    damaged,
                    self.tr("1 has a field that cannot be read: its name's tooltip says which."),
                    self.tr(
                        "%Ln have a field that cannot be read: their name's tooltip says which.",
                        "",
                        damaged,
                    ),
                )
            )
        return " ".join(parts)

    # -- what was chosen ----------------------------------------------------------------
    def decisions(self) -> dict[int, Decision]:
        return self.model.decisions()

    def chosen_circle(self) -> Circle:
        return Circle(self.circle.currentData())

    # -- ticking ---------------------------------------------------------------------------
    def selected_positions(self) -> list[int]:
        return self.table.selected_ids()

    @Slot()
    def toggle_selected(self) -> None:
        """Tick every selected row, or untick them all when all were ticked."""
        positions = self.selected_positions()
        if positions:
            everyone_ticked = all(self.model.is_chosen(p) for p in positions)
            self.model.set_chosen(positions, not everyone_ticked)

    @Slot(QModelIndex)
    def _clicked(self, index: QModelIndex) -> None:
        if index.column() == Column.ACTION and index.flags() & Qt.ItemFlag.ItemIsEditable:
            rect = self.table.visualRect(index)
            self._choose([index.data(ID_ROLE)], rect.bottomLeft())

    @Slot(QPoint)
    def _context_menu(self, point: QPoint) -> None:
        positions = self.selected_positions()
        marked = [p for p in positions if is_marked(self.model.record_at(self.model.row_of(p)))]
        menu = QMenu(self)
        everyone_ticked = all(self.model.is_chosen(p) for p in positions)
        tick = menu.addAction(self.tr("Untick") if everyone_ticked else self.tr("Tick"))
        tick.setEnabled(bool(positions))
        tick.triggered.connect(self.toggle_selected)
        if marked:
            menu.addSeparator()
            self._add_choices(menu, marked)
        menu.exec(self.table.viewport().mapToGlobal(point))

    def _choose(self, positions: list[int], at: QPoint) -> None:
        menu = QMenu(self)
        self._add_choices(menu, positions)
        menu.exec(self.table.viewport().mapToGlobal(at))

    def _add_choices(self, menu: QMenu, positions: list[int]) -> None:
        repeats_only = all(
            not self.model.record_at(self.model.row_of(p)).matches for p in positions
        )
        fill = (
            self.tr("Combine with the same contact above")
            if repeats_only
            else self.tr("Fill in the empty fields of the person already there")
        )
        current = {self.model.decision_of(p) for p in positions}
        for decision, text in (
            (Decision.SKIP, self.tr("Skip")),
            (Decision.FILL, fill),
            (Decision.ADD, self.tr("Add as a new person")),
        ):
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(current == {decision})
            action.triggered.connect(
                lambda _checked=False, d=decision: self.model.set_decision(positions, d)
            )

    @Slot(int)
    def _chosen_changed(self, count: int) -> None:
        self.chosen.setText(
            plural(count, self.tr("1 chosen"), self.tr("%Ln chosen", "", count))
            if count
            else self.tr("None chosen yet")
        )
        self.import_button.setEnabled(count > 0)

    # -- filtering ----------------------------------------------------------------------------
    @Slot(str)
    def _filter_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_count()

    @Slot(int)
    def _show_changed(self, index: int) -> None:
        self.proxy.set_show(Show(self.filter.combo.itemData(index)))
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.filter.show_count(
            shown, total, plural(total, self.tr("1 contact"), self.tr("%Ln contacts", "", total))
        )
        self.table.setVisible(shown > 0)
        self.no_match.setVisible(shown == 0)

    # -- leaving ---------------------------------------------------------------------------------
    def reject(self) -> None:
        """Leaving with people ticked asks first: choosing among 800 takes a while."""
        count = self.model.chosen_count()
        if count and not ask(
            self,
            self.windowTitle(),
            plural(
                count,
                self.tr("Leave without importing the person you chose?"),
                self.tr("Leave without importing the %Ln people you chose?", "", count),
            ),
        ):
            return
        super().reject()
