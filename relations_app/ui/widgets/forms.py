"""Small pieces every edit dialog's form is made of."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget


def plain_text_edit(placeholder: str, height: int = 70) -> QPlainTextEdit:
    """A multi-line field that Tab leaves (instead of typing a tab into it)."""
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(height)
    return edit


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A form label whose Alt+letter moves the focus to ``buddy``."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label
