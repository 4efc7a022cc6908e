"""What I can offer: a short list, kept like my values, that the Today page
matches against what people are looking for."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from relations_app.colours import Tone, css
from relations_app.context import AppContext
from relations_app.operations import Changes, DeleteOffer, SaveOffer
from relations_app.records import Offer
from relations_app.resources import app_icon
from relations_app.ui.record_dialog import RecordDialog
from relations_app.ui.widgets.cards import short

ID_ROLE = Qt.ItemDataRole.UserRole


class OfferDialog(RecordDialog):
    """Add or reword one offer."""

    def __init__(self, parent: QWidget | None, offer: Offer | None, save: Callable[[Offer], Offer]):
        super().__init__(parent, save)
        self._original = offer or Offer(name="")
        self.setWindowTitle(self.tr("Edit offer") if offer else self.tr("New offer"))
        self.name = QLineEdit(self._original.name)
        self.name.setPlaceholderText(self.tr("Feedback on a CV"))
        self.name.setMinimumWidth(360)
        form = QFormLayout()
        form.addRow(self.tr("I can &offer:"), self.name)
        self.finish_layout(form)

    def record(self) -> Offer:
        return dataclasses.replace(self._original, name=self.name.text().strip())

    def field_widget(self, name: str) -> QWidget | None:
        return self.name if name == "name" else None


class OffersDialog(QDialog):
    """Manage what I can offer; every change is an operation (Edit ▸ Undo)."""

    def __init__(self, parent: QWidget | None, ctx: AppContext) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("What I can offer"))
        self.setWindowIcon(app_icon())
        self._ctx = ctx
        self.list = QListWidget()
        self.list.setAlternatingRowColors(True)
        self.who = QLabel()
        self.who.setWordWrap(True)
        self.who.setTextFormat(Qt.TextFormat.PlainText)
        self.who.setStyleSheet(f"color: {css(Tone.MUTED)};")
        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self._needs: dict[int, list[str]] = {}
        self._build()
        self._connect_signals()
        self.reload()
        self.resize(560, 420)
        QShortcut(QKeySequence.StandardKey.Undo, self, ctx.runner.undo)
        QShortcut(QKeySequence.StandardKey.Redo, self, ctx.runner.redo)

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "Focus on what you can do for others. Write down what you could give: "
                "a skill, your time, an introduction, a place to stay. When someone is "
                "looking for something close to it, the Today page suggests helping them."
            )
        )
        intro.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.who)
        layout.addLayout(buttons)
        layout.addWidget(close)

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self.add_offer)
        self.edit_button.clicked.connect(self.edit_offer)
        self.delete_button.clicked.connect(self.delete_offer)
        self.list.itemDoubleClicked.connect(self.edit_offer)
        self.list.currentItemChanged.connect(self._update)
        self._ctx.events.changed.connect(self._changed)

    @Slot(object)
    def _changed(self, changes: Changes) -> None:
        if changes.offers or changes.people or changes.everything:
            self.reload()

    def reload(self) -> None:
        keep = self.selected()
        self._needs = self._ctx.services.agenda.who_needs_my_offers()
        self.list.clear()
        for offer in self._ctx.services.offers.all():
            item = QListWidgetItem(offer.name)
            item.setData(ID_ROLE, offer.id)
            self.list.addItem(item)
        if keep is not None:
            self.select(keep.id)
        self._update()

    def selected(self) -> Offer | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return Offer(name=item.text(), id=item.data(ID_ROLE))

    def select(self, offer_id: int) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == offer_id:
                self.list.setCurrentRow(row)
                return

    @Slot()
    def _update(self, *_args) -> None:
        offer = self.selected()
        self.edit_button.setEnabled(offer is not None)
        self.delete_button.setEnabled(offer is not None)
        names = self._needs.get(offer.id, []) if offer else []
        if offer is None:
            self.who.setText("")
        elif not names:
            self.who.setText(self.tr("No one you know is looking for this yet."))
        else:
            shown = ", ".join(short(name, 40) for name in names[:8])
            if len(names) > 8:
                shown += " " + self.tr("and %Ln more", "", len(names) - 8)
            self.who.setText(self.tr("Close to what they look for: {0}").format(shown))

    def _save(self, offer: Offer) -> Offer:
        return self._ctx.runner.run(SaveOffer(offer)).result

    @Slot()
    def add_offer(self) -> None:
        dialog = OfferDialog(self, None, self._save)
        if dialog.exec():
            self.select(dialog.saved().id)

    @Slot()
    def edit_offer(self, *_args) -> None:
        offer = self.selected()
        if offer is not None:
            OfferDialog(self, offer, self._save).exec()

    @Slot()
    def delete_offer(self) -> None:
        """At once: one line, and Edit ▸ Undo brings it back."""
        offer = self.selected()
        if offer is not None:
            self._ctx.runner.attempt(DeleteOffer(offer.id, offer.name))
