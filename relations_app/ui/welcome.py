"""What a first-time user sees instead of an empty grid."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from relations_app.resources import app_icon


class Welcome(QWidget):
    add_person_requested = Signal()
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(96, 96))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = title = QLabel(self.tr("Start with the few who matter"))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        body = QLabel(
            self.tr(
                "<p>Relations is not a contact list. Think of the handful of people you most "
                "want to stay close to: family, friends, a mentor, someone you are getting "
                "to know. Add them one by one.</p>"
                "<p>For each, note how you met, what matters to them and how often you want "
                "to reconnect. After you talk, log the conversation; write down the help you "
                "offered and the values you noticed you share.</p>"
                "<p>Everything stays on this computer.</p>"
            )
        )
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body.setMaximumWidth(560)
        body.setStyleSheet("font-size: 11pt;")
        self.add_button = QPushButton(self.tr("Add the first person…"))
        self.add_button.setDefault(True)
        self.add_button.setMinimumHeight(34)
        self.import_button = QPushButton(self.tr("Import from JSON…"))
        self.import_button.setMinimumHeight(34)
        self.add_button.clicked.connect(self.add_person_requested)
        self.import_button.clicked.connect(self.import_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(icon)
        layout.addSpacing(8)
        layout.addWidget(title)
        layout.addSpacing(8)
        layout.addWidget(body, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(16)
        layout.addLayout(buttons)
        layout.addStretch(3)
