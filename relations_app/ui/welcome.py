"""What a first-time user sees instead of an empty grid."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from relations_app.resources import app_icon

BODY_WIDTH = 540


def centred(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


class Welcome(QWidget):
    add_person_requested = Signal()
    import_requested = Signal()
    contacts_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Start with the few who matter"))
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.body = QLabel(
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
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.setStyleSheet("font-size: 11pt;")
        # A fixed width gives the label one height for its wrapped text; with only a
        # maximum width the layout guessed the height and cut the last paragraph.
        self.body.setFixedWidth(BODY_WIDTH)
        self.add_button = QPushButton(self.tr("Add the first person…"))
        self.add_button.setDefault(True)
        self.add_button.setMinimumHeight(34)
        self.contacts_button = QPushButton(self.tr("Pick from your contacts…"))
        self.contacts_button.setMinimumHeight(34)
        self.contacts_button.setToolTip(
            self.tr("A phone, Google, Outlook or LinkedIn contacts file: you choose who comes in")
        )
        self.import_button = QPushButton(self.tr("Import from JSON…"))
        self.import_button.setMinimumHeight(34)
        self.add_button.clicked.connect(self.add_person_requested)
        self.import_button.clicked.connect(self.import_requested)
        self.contacts_button.clicked.connect(self.contacts_requested)
        self._lay_out()

    def _lay_out(self) -> None:
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(96, 96))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(icon)
        layout.addSpacing(8)
        layout.addWidget(self.title)
        layout.addSpacing(8)
        layout.addLayout(centred(self.body))
        layout.addSpacing(16)
        layout.addLayout(centred(self.add_button, self.contacts_button, self.import_button))
        layout.addStretch(3)
