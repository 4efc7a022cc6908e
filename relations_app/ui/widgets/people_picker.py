"""Choose the people in a conversation: type with completion, add, remove.

Completion offers labels that tell namesakes apart ("Anna (Acme)"). A name that
matches no one can be added as a new person; they are created only when the
conversation is saved (Cancel creates no one).
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal, Slot
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
from relations_app.records import NEW_PERSON, PersonChoice, PersonRef
from relations_app.storage.errors import ValidationError


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

    def __init__(self, everyone: list[PersonChoice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._by_label = {fold(c.label): c.ref for c in everyone}
        self._by_name: dict[str, list[PersonRef]] = {}
        for choice in everyone:
            self._by_name.setdefault(fold(choice.ref.name), []).append(choice.ref)
        self._labels = {c.ref.id: c.label for c in everyone}
        self.entry = _NameEntry()
        self.entry.setPlaceholderText(self.tr("Type a name, then press Enter"))
        completer = QCompleter(QStringListModel([c.label for c in everyone], self), self)
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
        self.entry.name_entered.connect(self._add_from_entry)
        self.add_button.clicked.connect(self._add_from_entry)
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
        if ref.id == NEW_PERSON:
            label = self.tr("{0} (new person)").format(ref.name)
        else:
            label = self._labels.get(ref.id, ref.name)
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
    def _matches(self, text: str) -> list[PersonRef]:
        """The people the typed text names: one label, or everyone of that name."""
        key = fold(" ".join(text.split()))
        if key in self._by_label:
            return [self._by_label[key]]
        return self._by_name.get(key, [])

    @Slot(str)
    def _update_add_button(self, text: str) -> None:
        name = text.strip()
        found = self._matches(name) if name else []
        self.add_button.setEnabled(bool(name) and len(found) <= 1)
        self.add_button.setText(self.tr("Add new person") if name and not found else self.tr("Add"))
        self.add_button.setToolTip(
            self.tr("Several people have this name: pick one from the list.")
            if len(found) > 1
            else ""
        )

    @Slot(str)
    def _completed(self, text: str) -> None:
        found = self._matches(text)
        if len(found) == 1:
            self._append(found[0])
            # the completer writes the chosen text into the entry after this
            # signal: clear it once that is done, or the next name typed is
            # glued onto it
            QTimer.singleShot(0, self.entry.clear)

    @Slot()
    def add_typed(self) -> None:
        """Add the typed person; a name nobody has becomes a new person.

        Raises ValidationError when the name is shared by several people.
        """
        name = " ".join(self.entry.text().split())
        if not name:
            return
        found = self._matches(name)
        if len(found) > 1:
            self.entry.completer().complete()
            raise ValidationError(
                self.tr("Several people are called {0}: pick one from the list.").format(name),
                "people",
            )
        self._append(found[0] if found else PersonRef(id=NEW_PERSON, name=name))
        self.entry.clear()

    @Slot()
    def _add_from_entry(self) -> None:
        try:
            self.add_typed()
        except ValidationError:
            pass  # a shared name: the list of namesakes is open to pick from

    @Slot()
    def remove_selected(self) -> None:
        for item in self.chosen.selectedItems():
            self.chosen.takeItem(self.chosen.row(item))
        self.changed.emit()
