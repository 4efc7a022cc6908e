"""What stands in the window's place while an encrypted journal is locked."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from relations_app.resources import app_icon
from relations_app.ui.message_box import plain_label


class LockScreen(QWidget):
    """Says the journal is locked and takes its passphrase. Nothing of the
    journal is behind it: the window and its data are gone until unlocked.

    ``try_passphrase(text)`` reopens the journal, or returns why not.
    """

    quit_requested = Signal()

    def __init__(self, where: str, try_passphrase: Callable[[str], str | None]) -> None:
        super().__init__()
        self._try = try_passphrase
        self.setWindowTitle(self.tr("Locked"))  # Qt adds " — Relations"
        self.setWindowIcon(app_icon())
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel(self.tr("The journal is locked"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        explanation = plain_label(
            self.tr("It was closed to keep it private. Type its passphrase to open it again.")
        )
        explanation.setWordWrap(True)
        explanation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        place = plain_label(where)
        place.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setPlaceholderText(self.tr("Passphrase"))
        self.field.setMinimumWidth(280)
        self.problem = plain_label()
        self.problem.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.quit_button = QPushButton(self.tr("&Quit"))
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.unlock_button)
        buttons.addStretch()
        column = QVBoxLayout()
        column.addStretch()
        for widget in (icon, title, explanation, place, self.field, self.problem):
            column.addWidget(widget)
        column.addLayout(buttons)
        column.addStretch()
        outer = QHBoxLayout(self)
        outer.addStretch()
        outer.addLayout(column)
        outer.addStretch()
        self.field.returnPressed.connect(self.unlock)
        self.unlock_button.clicked.connect(self.unlock)
        self.quit_button.clicked.connect(self.quit_requested)

    @Slot()
    def unlock(self) -> None:
        text = self.field.text()
        self.field.clear()
        if not text:
            return
        problem = self._try(text)
        if problem is not None:
            self.problem.setText(problem)
            self.field.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.quit_requested.emit()
        super().closeEvent(event)
