"""The base of every edit dialog: validate and save in accept(), show problems inline.

A dialog is given a record (or None) and a ``save`` callable; it never touches
the store. If saving fails (a rule is broken, the disk is full...) the dialog
stays open with everything the user typed, and says what went wrong.

Escape, Cancel or closing the window with something typed asks first: a
conversation written down is not thrown away by a stray key.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, SignalInstance, Slot
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from relations_app.colours import Tone, css
from relations_app.resources import app_icon
from relations_app.services.messages import explain
from relations_app.storage.errors import StoreError, ValidationError
from relations_app.ui import shortcuts
from relations_app.ui.message_box import message_box

ERROR_STYLE = (
    "QLabel {{ color: {text}; background: {ground}; border: 1px solid {border};"
    " border-radius: 4px; padding: 6px 8px; }}"
)
# The field a problem is about gets a red outline until the user edits it.
EDITORS = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox)
INVALID_STYLE = (
    ", ".join(f'{editor.__name__}[invalid="true"]' for editor in EDITORS)
    + " {{ border: 1px solid {border}; border-radius: 3px; }}"
)
# Save from anywhere, even from inside a multi-line field where Enter starts a new line.


def form_state(root: QWidget) -> tuple:
    """What every field of a form holds, to tell whether anything was changed."""
    state = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLineEdit):
            state.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            state.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            state.append((widget.currentIndex(), widget.currentText()))
        elif isinstance(widget, QAbstractSpinBox):
            state.append(widget.text())
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            state.append(widget.isChecked())
        elif isinstance(widget, QListWidget):
            state.append(tuple(widget.item(i).text() for i in range(widget.count())))
    return tuple(state)


def editor_of(field: QWidget) -> QWidget:
    """The widget that takes the typing in a field (the date in an optional date...)."""
    if isinstance(field, EDITORS):
        return field
    return next((w for w in field.findChildren(QWidget) if isinstance(w, EDITORS)), field)


def edited_signal(field: QWidget) -> SignalInstance | None:
    for name in ("changed", "textChanged", "currentTextChanged", "dateChanged", "valueChanged"):
        signal = getattr(field, name, None)
        if isinstance(signal, SignalInstance):
            return signal
    return None


def set_invalid(editor: QWidget, invalid: bool) -> None:
    editor.setProperty("invalid", invalid)
    editor.style().unpolish(editor)  # a dynamic property only shows once repolished
    editor.style().polish(editor)


class RecordDialog(QDialog):
    """Subclasses build their form, implement record() and field_widget(name)."""

    def __init__(self, parent: QWidget | None, save: Callable[[Any], Any]) -> None:
        super().__init__(parent)
        self.setWindowIcon(app_icon())
        self.setStyleSheet(INVALID_STYLE.format(border=css(Tone.ERROR_BORDER)))
        self._save = save
        self._saved: Any = None
        self._invalid: list[QWidget] = []
        self._loaded: tuple | None = None  # the form as it opened
        self.error_label = QLabel()
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(
            ERROR_STYLE.format(
                text=css(Tone.ERROR_TEXT),
                ground=css(Tone.ERROR_BACKGROUND),
                border=css(Tone.ERROR_BORDER),
            )
        )
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.cancel)
        save_shortcut = QShortcut(self)
        save_shortcut.setKeys(list(shortcuts.SAVE_RECORD))
        save_shortcut.activated.connect(self.accept)

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

    def showEvent(self, event) -> None:
        if self._loaded is None:
            self._loaded = form_state(self)
        super().showEvent(event)

    def is_changed(self) -> bool:
        return self._loaded is not None and form_state(self) != self._loaded

    @Slot()
    def cancel(self) -> None:
        """Escape, Cancel: close without saving; with something typed, only once
        the user says so. (reject() itself closes without asking.)"""
        if not self.is_changed() or self._discard_confirmed():
            self.reject()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.cancel()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        if self.isVisible() and self.is_changed() and not self._discard_confirmed():
            event.ignore()
            return
        super().closeEvent(event)

    def _discard_confirmed(self) -> bool:
        box = message_box(
            QMessageBox.Icon.Question,
            self.tr("Discard changes?"),
            self.tr("Close without saving? What you typed here will be lost."),
            self,
        )
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard

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
            self._mark_invalid(widget)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _mark_invalid(self, field: QWidget) -> None:
        editor = editor_of(field)
        set_invalid(editor, True)
        self._invalid.append(editor)
        signal = edited_signal(field)
        if signal is not None:
            signal.connect(
                lambda *_: set_invalid(editor, False), Qt.ConnectionType.SingleShotConnection
            )

    def _clear_invalid(self) -> None:
        for editor in self._invalid:
            set_invalid(editor, False)
        self._invalid.clear()

    @Slot()
    def accept(self) -> None:
        self._clear_invalid()
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
