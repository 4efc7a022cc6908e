"""Choose the people in a conversation: type, pick from the suggestions, remove.

Suggestions match what is typed anywhere in a name, organisation or city,
without regard to case or accents ("agnes" finds Agnès Écuyer), and show the
organisation and city so that namesakes can be told apart. The best match
comes first and Enter takes it; the last suggestion adds what was typed as a
new person, who is created only when the conversation is saved (Cancel
creates no one). A name that is someone's by the duplicates rule
(services/duplicates.py: "jean luc" is Jean-Luc) is never offered as new.
Delete removes the chosen person selected in the list.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
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

from relations_app.collation import name_key as collated
from relations_app.models.search import fold, matches, needles
from relations_app.records import NEW_PERSON, PersonChoice, PersonRef
from relations_app.services.duplicates import name_key
from relations_app.storage.errors import ValidationError

MOST_SUGGESTIONS = 50
REF_ROLE = Qt.ItemDataRole.UserRole + 1


class _NameEntry(QLineEdit):
    """Enter adds a person; it never saves the dialog from here, even on an
    empty entry (Ctrl+Enter does). The suggestions' popup hands Enter here
    first: taking it here means the popup does not take it a second time."""

    name_entered = Signal()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            event.accept()
            self.name_entered.emit()
            return
        super().keyPressEvent(event)


class _ChosenList(QListWidget):
    remove_requested = Signal()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class PeoplePicker(QWidget):
    changed = Signal()

    def __init__(self, everyone: list[PersonChoice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._everyone = everyone
        self._labels = {c.ref.id: c.label for c in everyone}
        self._haystacks = [fold(" ".join((c.ref.name, c.label, c.detail))) for c in everyone]
        self.entry = _NameEntry()
        self.entry.setPlaceholderText(self.tr("Type a name, then press Enter"))
        self.suggestions = QStandardItemModel(self)
        self.completer = QCompleter(self.suggestions, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setWidget(self.entry)
        self.completer.setMaxVisibleItems(8)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setEnabled(False)
        self.chosen = _ChosenList()
        self.chosen.setMaximumHeight(96)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setEnabled(False)
        for button in (self.add_button, self.remove_button):  # no width change while typing
            button.setFixedWidth(button.sizeHint().width())
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
        self.entry.textEdited.connect(self._suggest)
        self.entry.textChanged.connect(lambda text: self.add_button.setEnabled(bool(text.strip())))
        self.entry.name_entered.connect(self._enter_pressed)
        self.add_button.clicked.connect(self._add_from_entry)
        self.completer.activated[QModelIndex].connect(self._suggestion_taken)
        self.remove_button.clicked.connect(self.remove_selected)
        self.chosen.remove_requested.connect(self.remove_selected)
        self.chosen.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.chosen.selectedItems()))
        )

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
            return name_key(a.name) == name_key(b.name)
        return a.id == b.id

    @Slot()
    def remove_selected(self) -> None:
        for item in self.chosen.selectedItems():
            self.chosen.takeItem(self.chosen.row(item))
        self.changed.emit()

    # -- typing ---------------------------------------------------------------
    def matches(self, text: str) -> list[PersonChoice]:
        """Who the text names, best first: the same name, then names that start
        with it, then any other match (in a name, an organisation or a city)."""
        words = needles(text)
        if not words:
            return []
        key = " ".join(words)
        found = [
            c for c, hay in zip(self._everyone, self._haystacks, strict=True) if matches(hay, words)
        ]

        def rank(choice: PersonChoice) -> tuple:
            name = fold(choice.ref.name)
            alphabet = collated(choice.ref.name)  # the user's order: "Sam 2" before "Sam 10"
            return (name != key, not name.startswith(key), choice.archived, alphabet)

        return sorted(found, key=rank)

    @Slot(str)
    def _suggest(self, text: str) -> None:
        self.suggestions.clear()
        name = " ".join(text.split())
        if not name:
            self.completer.popup().hide()
            return
        for choice in self.matches(name)[:MOST_SUGGESTIONS]:
            item = QStandardItem(self._suggestion_text(choice))
            item.setData(choice.ref, REF_ROLE)
            self.suggestions.appendRow(item)
        if not self._namesakes(name):
            new = QStandardItem(self.tr("Add “{0}” as a new person").format(name))
            new.setData(PersonRef(NEW_PERSON, name), REF_ROLE)
            self.suggestions.appendRow(new)
        self.completer.complete()
        self.completer.popup().setCurrentIndex(self.suggestions.index(0, 0))

    def _suggestion_text(self, choice: PersonChoice) -> str:
        """ "Agnès Écuyer — Acme · Lyon": where they work and live tell namesakes apart."""
        if not choice.detail:
            return choice.label
        text = f"{choice.ref.name} — {choice.detail}"
        return self.tr("{0}, archived").format(text) if choice.archived else text

    @Slot(QModelIndex)
    def _suggestion_taken(self, index: QModelIndex) -> None:
        ref = index.data(REF_ROLE)
        if ref is not None:
            self._append(ref)
            self.entry.clear()

    def _resolve(self, name: str) -> PersonRef:
        """Enter with no suggestion open: one of that exact name, else the only
        match, else a new person. Several matches: pick one from the list."""
        found = self.matches(name)
        key = " ".join(needles(name))
        labelled = [c for c in found if fold(c.label) == key]
        candidates = labelled or self._namesakes(name) or found
        if len(candidates) > 1:
            self._suggest(name)
            raise ValidationError(
                self.tr("Several people match “{0}”: pick one from the list.").format(name),
                "people",
            )
        return candidates[0].ref if candidates else PersonRef(id=NEW_PERSON, name=name)

    def _namesakes(self, name: str) -> list[PersonChoice]:
        """Everyone whose name is ``name`` by the duplicates rule."""
        key = name_key(name)
        return [c for c in self._everyone if key and name_key(c.ref.name) == key]

    @Slot()
    def add_typed(self) -> None:
        """Add the typed person. Raises ValidationError when several match."""
        name = " ".join(self.entry.text().split())
        if name:
            self._append(self._resolve(name))
            self.entry.clear()
            self.completer.popup().hide()

    @Slot()
    def _enter_pressed(self) -> None:
        """The suggestion highlighted in the open list, or else what was typed."""
        popup = self.completer.popup()
        if popup.isVisible() and popup.currentIndex().isValid():
            popup.hide()
            self._suggestion_taken(popup.currentIndex())
        else:
            self._add_from_entry()

    @Slot()
    def _add_from_entry(self) -> None:
        try:
            self.add_typed()
        except ValidationError:
            pass  # the matches are open to pick from
