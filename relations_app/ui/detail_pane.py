"""The pane beside the people table: everything about the selected person."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QEvent, QUrl, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from relations_app.colours import Tone, css
from relations_app.records import PersonDetail, PersonSummary
from relations_app.ui.person_html import person_page


class DetailPane(QWidget):
    # the action and the id from a link such as relations:edit-help/12
    link_activated = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._person_id: int | None = None
        self._shown: tuple = (None, None, None)
        self.log_button = QPushButton(self.tr("Log conversation…"))
        self.value_button = QPushButton(self.tr("Record shared value…"))
        self.help_button = QPushButton(self.tr("Record help…"))
        self.edit_button = QPushButton(self.tr("Edit person…"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self._anchor_clicked)
        self._lay_out()
        self.show_person(None)

    def buttons(self) -> tuple[QPushButton, ...]:
        return (
            self.log_button,
            self.value_button,
            self.help_button,
            self.edit_button,
            self.print_button,
        )

    def _lay_out(self) -> None:
        # The buttons stay put, with or without a person, so nothing jumps;
        # only the area below them changes.
        # Two short rows rather than one long one: the pane can then be narrow
        # enough for every column of the people table at 1280 px.
        record = QHBoxLayout()
        for button in (self.log_button, self.value_button, self.help_button):
            record.addWidget(button)
        record.addStretch(1)
        manage = QHBoxLayout()
        for button in (self.edit_button, self.print_button):
            manage.addWidget(button)
        manage.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(record)
        layout.addLayout(manage)
        layout.addWidget(self.browser, 1)

    def person_id(self) -> int | None:
        return self._person_id

    def show_person(
        self,
        detail: PersonDetail | None,
        summary: PersonSummary | None = None,
        today: dt.date = dt.date.min,
    ) -> None:
        for button in self.buttons():
            button.setEnabled(detail is not None)
        self._shown = (detail, summary, today)
        if detail is None:
            self._person_id = None
            self.browser.setAccessibleName(self.tr("No one selected"))
            self.browser.setHtml(self._nobody_html())
            return
        keep_scroll = detail.person.id == self._person_id
        scroll = self.browser.verticalScrollBar().value()
        self._person_id = detail.person.id
        # a screen reader says whose page this is, not just "text"
        self.browser.setAccessibleName(self.tr("About {0}").format(detail.person.name))
        self.browser.setHtml(person_page(detail, summary, today))
        if keep_scroll:
            self.browser.verticalScrollBar().setValue(scroll)

    def changeEvent(self, event: QEvent) -> None:
        """A light or dark scheme chosen, or the desktop's changed: the page's
        colours are written into its HTML, so it is written again."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.show_person(*self._shown)

    def _nobody_html(self) -> str:
        message = html.escape(self.tr("Select someone to see your story together."))
        style = f"color: {css(Tone.MUTED)}; font-size: large;"
        return f'<p align="center" style="{style}">{message}</p>'

    def text(self) -> str:
        """What the pane shows, as plain text (tests and accessibility)."""
        return self.browser.toPlainText()

    @Slot(QUrl)
    def _anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() != "relations":
            return
        action, _, record_id = url.path().partition("/")
        if record_id.isdigit():
            self.link_activated.emit(action, int(record_id))
