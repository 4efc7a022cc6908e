"""Message boxes and labels that show their text as plain text.

Qt guesses: a text that looks like HTML (a name such as ``<img src=...>Eve``,
``<style>...</style>Mallory``, a folder called ``<b>``) is rendered as markup
unless told otherwise. Every box and label that can show a name, a note, a path
or an error message is made here, told to show plain text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

Icon = QMessageBox.Icon
Button = QMessageBox.StandardButton


def message_box(
    icon: QMessageBox.Icon, title: str, text: str, parent: QWidget | None = None
) -> QMessageBox:
    """A box to add buttons to; its text and informative text are plain text."""
    box = QMessageBox(icon, title, text, Button.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def information(parent: QWidget | None, title: str, text: str) -> None:
    _show(Icon.Information, parent, title, text)


def warning(parent: QWidget | None, title: str, text: str) -> None:
    _show(Icon.Warning, parent, title, text)


def critical(parent: QWidget | None, title: str, text: str) -> None:
    _show(Icon.Critical, parent, title, text)


def question(parent: QWidget | None, title: str, text: str) -> bool:
    """Yes or No, No being the answer to Escape; True for Yes."""
    box = message_box(Icon.Question, title, text, parent)
    box.setStandardButtons(Button.Yes | Button.No)
    box.setDefaultButton(Button.Yes)
    box.setEscapeButton(Button.No)
    box.exec()
    return box.standardButton(box.clickedButton()) == Button.Yes


def _show(icon: QMessageBox.Icon, parent: QWidget | None, title: str, text: str) -> None:
    box = message_box(icon, title, text, parent)
    box.setStandardButtons(Button.Ok)
    box.exec()


def plain_label(text: str = "") -> QLabel:
    """A label for text that may come from the user (a name, a path, an error)."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label
