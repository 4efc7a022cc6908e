"""Help ▸ Keyboard shortcuts: every action that has one, read from the actions."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from relations_app.resources import app_icon
from relations_app.ui.actions import ActionId


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None, actions: dict[ActionId, QAction]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setWindowIcon(app_icon())
        rows = []
        for action in actions.values():
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if keys:
                label = action.text().replace("&", "").rstrip("…")
                rows.append(f"<tr><td><b>{escape(keys)}</b></td><td>{escape(label)}</td></tr>")
        extra = (
            (self.tr("Ctrl+Enter"), self.tr("Save the open dialog")),
            (self.tr("Esc"), self.tr("Close the open dialog, or clear the filter")),
            (self.tr("Enter"), self.tr("Edit the selected person or conversation")),
        )
        rows += [f"<tr><td><b>{escape(k)}</b></td><td>{escape(t)}</td></tr>" for k, t in extra]
        self.table = QLabel("<table cellspacing='0' cellpadding='4'>" + "".join(rows) + "</table>")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
