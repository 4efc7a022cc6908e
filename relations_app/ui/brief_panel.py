"""The conversation dialog's side panel: for the people chosen, what to ask,
what is still open between you, and what they are looking for."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from relations_app.colours import Tone, css
from relations_app.i18n import quoted
from relations_app.services.briefs import Brief
from relations_app.ui.widgets.cards import escaped, plain_text, short

TEXT_LENGTH = 160


class BriefPanel(QFrame):
    WIDTH = 270

    def __init__(self, briefs: Callable[[list[int]], list[Brief]], parent=None) -> None:
        super().__init__(parent)
        self._briefs = briefs
        self._shown: list[int] | None = None
        self.setObjectName("brief")
        self.setFixedWidth(self.WIDTH)
        self.setStyleSheet(
            f"QFrame#brief {{ background: {css(Tone.CARD)}; border: 1px solid {css(Tone.RULE)};"
            " border-radius: 6px; }"
        )
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(10, 8, 10, 8)
        column.addWidget(self.label)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setStyleSheet(
            "QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def show_people(self, person_ids: list[int]) -> None:
        if person_ids == self._shown:
            return
        self._shown = list(person_ids)
        briefs = self._briefs(person_ids) if person_ids else []
        if not briefs:
            text = escaped(
                self.tr(
                    "Choose who you talked with: what to ask them, what is "
                    "still open between you and what they look for show here."
                )
            )
            self.label.setText(f'<p style="color: {css(Tone.MUTED)};">{text}</p>')
            return
        self.label.setText("".join(self._brief_html(brief) for brief in briefs))

    def _brief_html(self, brief: Brief) -> str:
        muted, faint = css(Tone.MUTED), css(Tone.FAINT)
        parts = [f'<p style="margin-top: 6px;"><b>{escaped(short(brief.person.name))}</b></p>']
        if brief.question.strip():
            ask = escaped(self.tr("Ask: {0}").format(short(brief.question, TEXT_LENGTH)))
            parts.append(f'<p style="background: {css(Tone.ASK)};">{ask}</p>')
        if brief.looking_for:
            wants = "; ".join(short(item, 60) for item in brief.looking_for)
            text = escaped(self.tr("Looking for: {0}").format(wants))
            parts.append(f'<p style="color: {muted};">{text}</p>')
        for promise in brief.promises:
            what = escaped(quoted(short(promise.what, TEXT_LENGTH)))
            parts.append(
                f'<p>{what}<br><span style="color: {faint};">{escaped(promise.why)}</span></p>'
            )
        if len(parts) == 1:
            nothing = escaped(self.tr("Nothing noted yet."))
            parts.append(f'<p style="color: {faint};">{nothing}</p>')
        return "".join(parts)

    def text(self) -> str:
        return plain_text(self.label.text())
