"""Small pieces every edit dialog's form is made of."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


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


def scrolling_grid(grid: QGridLayout) -> QScrollArea:
    """A grid of rows that scrolls up and down when there are many (the columns
    of a CSV file, the fields of two people), never sideways."""
    inner = QWidget()
    inner.setLayout(grid)
    scroll = QScrollArea()
    scroll.setWidget(inner)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return scroll


def lay_out_around_grid(
    dialog: QWidget, intro: QWidget, grid: QGridLayout, *below: QWidget
) -> None:
    """The dialogs built on a grid of rows: a few lines saying what to do, the
    rows scrolling, then what goes below them (a hint, the buttons)."""
    layout = QVBoxLayout(dialog)
    layout.addWidget(intro)
    layout.addSpacing(6)
    layout.addWidget(scrolling_grid(grid), 1)
    for widget in below:
        layout.addWidget(widget)
