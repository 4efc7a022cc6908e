"""The pane beside the people table: everything about the selected person."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from relations_app.records import PersonDetail, PersonSummary
from relations_app.ui.person_html import person_page


class DetailPane(QWidget):
    # the action and the id from a link such as relations:edit-help/12
    link_activated = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._person_id: int | None = None
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.log_button = QPushButton(self.tr("Log conversation…"))
        self.value_button = QPushButton(self.tr("Shared value…"))
        self.help_button = QPushButton(self.tr("Record help…"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.log_button.setDefault(False)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self._anchor_clicked)
        self.empty = QLabel(self.tr("Select someone to see your story together."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(placeholder-text); font-size: 11pt;")
        self._lay_out()
        self.show_person(None)

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.log_button, self.value_button, self.help_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.print_button)
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(buttons)
        column.addWidget(self.browser, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def person_id(self) -> int | None:
        return self._person_id

    def show_person(
        self,
        detail: PersonDetail | None,
        summary: PersonSummary | None = None,
        today: dt.date | None = None,
    ) -> None:
        if detail is None:
            self._person_id = None
            self.browser.clear()
            self.stack.setCurrentWidget(self.empty)
            return
        keep_scroll = detail.person.id == self._person_id
        scroll = self.browser.verticalScrollBar().value()
        self._person_id = detail.person.id
        self.browser.setHtml(person_page(detail, summary, today or dt.date.today()))
        if keep_scroll:
            self.browser.verticalScrollBar().setValue(scroll)
        self.stack.setCurrentIndex(1)

    def text(self) -> str:
        """What the pane shows, as plain text (tests and accessibility)."""
        return self.browser.toPlainText() if self._person_id else self.empty.text()

    @Slot(QUrl)
    def _anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() != "relations":
            return
        action, _, record_id = url.path().partition("/")
        if record_id.isdigit():
            self.link_activated.emit(action, int(record_id))
