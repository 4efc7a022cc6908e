"""My values: the list I live by, and the values I noticed in others."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from relations_app.context import AppContext
from relations_app.i18n import plural
from relations_app.models.values_model import Column, ValuesModel
from relations_app.operations import Changes, DeleteValue, SaveValue
from relations_app.records import Value
from relations_app.resources import app_icon
from relations_app.services.values import ValueUse
from relations_app.ui.message_box import question
from relations_app.ui.record_dialog import RecordDialog
from relations_app.ui.widgets.forms import plain_text_edit


class ValueDialog(RecordDialog):
    """Add or edit one value."""

    def __init__(self, parent: QWidget | None, value: Value | None, save: Callable[[Value], Value]):
        super().__init__(parent, save)
        self._original = value or Value(name="")
        self.setWindowTitle(self.tr("Edit value") if value else self.tr("New value"))
        self.name = QLineEdit(self._original.name)
        self.name.setPlaceholderText(self.tr("Generosity"))
        self.description = plain_text_edit(self.tr("What it means to you, in your own words"), 90)
        self.description.setPlainText(self._original.description)
        self.mine = QCheckBox(self.tr("This is one of my own values"))
        self.mine.setChecked(self._original.mine)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Meaning:"), self.description)
        form.addRow("", self.mine)
        self.finish_layout(form)
        self.resize(460, 260)

    def record(self) -> Value:
        return dataclasses.replace(
            self._original,
            name=self.name.text().strip(),
            description=self.description.toPlainText(),
            mine=self.mine.isChecked(),
        )

    def field_widget(self, name: str) -> QWidget | None:
        return self.name if name == "name" else None


class ValuesDialog(QDialog):
    """Manage the list of values; every change is an operation (Edit ▸ Undo)."""

    def __init__(self, parent: QWidget | None, ctx: AppContext) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("My values"))
        self.setWindowIcon(app_icon())
        self._ctx = ctx
        self.model = ValuesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self._build()
        self._connect_signals()
        self.reload()
        self.resize(640, 420)
        # Undo works here too: the main window's shortcuts do not reach a modal dialog.
        QShortcut(QKeySequence.StandardKey.Undo, self, ctx.runner.undo)
        QShortcut(QKeySequence.StandardKey.Redo, self, ctx.runner.redo)

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "Know what you stand for. Your values are the ones you live by; when you "
                "notice someone sharing one, record it on their page with the evidence."
            )
        )
        intro.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            Column.DESCRIPTION, QHeaderView.ResizeMode.Stretch
        )
        self.table.setAlternatingRowColors(True)
        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self.add_value)
        self.edit_button.clicked.connect(self.edit_value)
        self.delete_button.clicked.connect(self.delete_value)
        self.table.doubleClicked.connect(self.edit_value)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._ctx.events.changed.connect(self._changed)

    @Slot(object)
    def _changed(self, changes: Changes) -> None:
        if changes.values or changes.everything:
            self.reload()

    def reload(self) -> None:
        keep = self.selected()
        self.model.set_uses(self._ctx.services.values.uses())
        self.table.resizeColumnsToContents()
        if keep is not None:
            self.select(keep.value.id)
        self._update_buttons()

    def _save(self, value: Value) -> Value:
        return self._ctx.runner.run(SaveValue(value)).result

    def selected(self) -> ValueUse | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.use_at(rows[0].row())

    @Slot()
    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    @Slot()
    def add_value(self) -> None:
        dialog = ValueDialog(self, None, self._save)
        if dialog.exec():
            self.select(dialog.saved().id)

    @Slot()
    def edit_value(self) -> None:
        use = self.selected()
        if use:
            ValueDialog(self, use.value, self._save).exec()

    def select(self, value_id: int) -> None:
        rows = self.model.rows_where(lambda use: use.value.id == value_id)
        if rows:
            self.table.selectRow(rows[0])

    @Slot()
    def delete_value(self) -> None:
        use = self.selected()
        if use is None:
            return
        if use.people:
            text = self.tr("Delete the value “{0}”?").format(use.value.name) + "\n\n"
            text += plural(
                use.people,
                self.tr("What you noted about the 1 person sharing it is deleted too."),
                self.tr(
                    "What you noted about the %Ln people sharing it is deleted too.", "", use.people
                ),
            )
            text += " " + self.tr("Edit ▸ Undo brings it all back until you quit.")
            if not question(self, self.tr("Delete value"), text):
                return
        self._ctx.runner.attempt(DeleteValue(use.value.id, use.value.name))
