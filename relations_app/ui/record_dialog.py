"""The base of every edit dialog: validate and save in accept(), show problems inline.

A dialog is given a record (or None) and a ``save`` callable; it never touches
the store. If saving fails (a rule is broken, the disk is full...) the dialog
stays open with everything the user typed, and says what went wrong.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from relations_app.resources import app_icon
from relations_app.services.messages import explain
from relations_app.storage.errors import StoreError, ValidationError

ERROR_STYLE = (
    "QLabel { color: #8c1d18; background: #fdecea; border: 1px solid #f1b5b0;"
    " border-radius: 4px; padding: 6px 8px; }"
)


class RecordDialog(QDialog):
    """Subclasses build their form, implement record() and field_widget(name)."""

    def __init__(self, parent: QWidget | None, save: Callable[[Any], Any]) -> None:
        super().__init__(parent)
        self.setWindowIcon(app_icon())
        self._save = save
        self._saved: Any = None
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self, body: QWidget | Any) -> None:
        """Put the form, the error line and the buttons together."""
        layout = QVBoxLayout(self)
        if isinstance(body, QWidget):
            layout.addWidget(body)
        else:
            layout.addLayout(body)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def record(self) -> Any:
        raise NotImplementedError

    def field_widget(self, name: str) -> QWidget | None:
        return None

    def saved(self) -> Any:
        """The record as stored, once the dialog was accepted."""
        return self._saved

    def show_error(self, message: str, field: str = "") -> None:
        self.error_label.setText(message)
        self.error_label.show()
        widget = self.field_widget(field) if field else None
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def accept(self) -> None:
        try:
            record = self.record()
            self._saved = self._save(record)
        except ValidationError as error:
            self.show_error(str(error), error.field)
            return
        except StoreError as error:
            self.show_error(explain(error))
            return
        self.error_label.hide()
        super().accept()
