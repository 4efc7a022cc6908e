"""Help ▸ About: the version, and where the journal lives on this computer."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from relations_app import APP_NAME, __version__
from relations_app.resources import app_icon


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None, data_folder: Path) -> None:
        super().__init__(parent)
        self.data_folder = data_folder
        self.setWindowTitle(self.tr("About {0}").format(APP_NAME))
        self.setWindowIcon(app_icon())
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(72, 72))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        text = QLabel(
            f"<h2>{APP_NAME} {escape(__version__)}</h2>"
            + "<p>"
            + escape(self.tr("A private journal for the few relationships that matter."))
            + "</p><p>"
            + escape(self.tr("Your journal lives only on this computer, in:"))
            + f"</p><p><code>{escape(str(data_folder))}</code></p>"
        )
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("Open data folder"))
        self.open_button.clicked.connect(self.open_folder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(icon)
        row.addWidget(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    @Slot()
    def open_folder(self) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_folder)))
