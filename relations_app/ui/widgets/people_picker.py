"""Choose the people in a conversation: type with completion, add, remove.

A name that matches no one can be added as a new person; they are created
only when the conversation is saved (Cancel creates no one).
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from relations_app.models.search import fold
from relations_app.records import NEW_PERSON, PersonRef


class _NameEntry(QLineEdit):
    """Enter adds the typed name; only an empty entry lets Enter reach the dialog."""

    name_entered = Signal()

    def keyPressEvent(self, event) -> None:
        popup = self.completer().popup() if self.completer() else None
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.text().strip()
            and not (popup and popup.isVisible())
        ):
            self.name_entered.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class PeoplePicker(QWidget):
    changed = Signal()

    def __init__(self, everyone: list[PersonRef], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._everyone = everyone
        self._by_folded_name = {fold(ref.name): ref for ref in everyone}
        self.entry = _NameEntry()
        self.entry.setPlaceholderText(self.tr("Type a name, then press Enter"))
        completer = QCompleter(QStringListModel([ref.name for ref in everyone], self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.entry.setCompleter(completer)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setEnabled(False)
        self.chosen = QListWidget()
        self.chosen.setMaximumHeight(96)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setEnabled(False)
        self._lay_out()
        self._connect_signals()

    def _lay_out(self) -> None:
        entry_row = QHBoxLayout()
        entry_row.addWidget(self.entry, 1)
        entry_row.addWidget(self.add_button)
        list_row = QHBoxLayout()
        list_row.addWidget(self.chosen, 1)
        list_row.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(entry_row)
        layout.addLayout(list_row)
        self.setFocusProxy(self.entry)

    def _connect_signals(self) -> None:
        self.entry.textChanged.connect(self._update_add_button)
        self.entry.name_entered.connect(self.add_typed)
        self.add_button.clicked.connect(self.add_typed)
        self.remove_button.clicked.connect(self.remove_selected)
        self.chosen.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.chosen.selectedItems()))
        )
        self.entry.completer().activated.connect(self._completed)

    # -- the chosen people --------------------------------------------------
    def people(self) -> tuple[PersonRef, ...]:
        return tuple(
            self.chosen.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.chosen.count())
        )

    def set_people(self, people: tuple[PersonRef, ...] | list[PersonRef]) -> None:
        self.chosen.clear()
        for ref in people:
            self._append(ref)

    def _append(self, ref: PersonRef) -> None:
        if any(self._same(ref, other) for other in self.people()):
            return
        label = ref.name if ref.id != NEW_PERSON else self.tr("{0} (new person)").format(ref.name)
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, ref)
        self.chosen.addItem(item)
        self.changed.emit()

    @staticmethod
    def _same(a: PersonRef, b: PersonRef) -> bool:
        if a.id == NEW_PERSON or b.id == NEW_PERSON:
            return fold(a.name) == fold(b.name)
        return a.id == b.id

    # -- typing ---------------------------------------------------------------
    def _match(self, text: str) -> PersonRef | None:
        return self._by_folded_name.get(fold(text.strip()))

    @Slot(str)
    def _update_add_button(self, text: str) -> None:
        name = text.strip()
        self.add_button.setEnabled(bool(name))
        if name and self._match(name) is None:
            self.add_button.setText(self.tr("Add new person"))
        else:
            self.add_button.setText(self.tr("Add"))

    @Slot(str)
    def _completed(self, text: str) -> None:
        ref = self._match(text)
        if ref is not None:
            self._append(ref)
            self.entry.clear()

    @Slot()
    def add_typed(self) -> None:
        """Add the typed person; a name nobody has becomes a new person."""
        name = " ".join(self.entry.text().split())
        if not name:
            return
        self._append(self._match(name) or PersonRef(id=NEW_PERSON, name=name))
        self.entry.clear()

    @Slot()
    def remove_selected(self) -> None:
        for item in self.chosen.selectedItems():
            self.chosen.takeItem(self.chosen.row(item))
        self.changed.emit()
