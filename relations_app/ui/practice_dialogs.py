"""Small dialogs of the Today page: not now until a day, how often, an
introduction, and the question to ask next time.

Like every edit dialog they are given what to show and a ``save`` callable
(an operation run by the runner); a refusal is shown in the dialog.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QSpinBox, QWidget

from relations_app.records import PersonRef
from relations_app.services.practice import SNOOZE_DAYS
from relations_app.ui.record_dialog import RecordDialog
from relations_app.ui.widgets.cards import short
from relations_app.ui.widgets.forms import plain_text_edit
from relations_app.ui.widgets.optional_date import from_qdate, make_date_edit, to_qdate


def _person_label(name: str) -> QLabel:
    label = QLabel(f"<b>{html.escape(short(name))}</b>")
    label.setToolTip(html.escape(name))
    return label


class SnoozeDialog(RecordDialog):
    """ "Not now": until which day the person stays off the Reconnect list."""

    def __init__(
        self, parent: QWidget | None, name: str, today: dt.date, save: Callable[[dt.date], object]
    ) -> None:
        super().__init__(parent, save)
        self.setWindowTitle(self.tr("Not now"))
        self.until = make_date_edit(today + dt.timedelta(days=SNOOZE_DAYS))
        self.until.setMinimumDate(to_qdate(today + dt.timedelta(days=1)))
        form = QFormLayout()
        form.addRow(self.tr("Person:"), _person_label(name))
        form.addRow(self.tr("&Back on the list on:"), self.until)
        self.finish_layout(form)
        self.until.setFocus()

    def record(self) -> dt.date:
        return from_qdate(self.until.date())

    def field_widget(self, name: str) -> QWidget | None:
        return self.until if name == "snoozed_until" else None


class IntervalDialog(RecordDialog):
    """How often to keep in touch with one person."""

    def __init__(
        self,
        parent: QWidget | None,
        name: str,
        days: int | None,
        save: Callable[[int | None], object],
    ) -> None:
        super().__init__(parent, save)
        self.setWindowTitle(self.tr("Keep in touch"))
        self.days = QSpinBox()
        self.days.setRange(0, 3650)
        self.days.setSpecialValueText(self.tr("No reminder"))
        self.days.setSuffix(self.tr(" days"))
        self.days.setValue(days or 0)
        form = QFormLayout()
        form.addRow(self.tr("Person:"), _person_label(name))
        form.addRow(self.tr("Keep in &touch every:"), self.days)
        self.finish_layout(form)
        self.days.setFocus()
        self.days.selectAll()

    def record(self) -> int | None:
        return self.days.value() or None

    def field_widget(self, name: str) -> QWidget | None:
        return self.days if name == "keep_in_touch_days" else None


class IntroductionDialog(RecordDialog):
    """I introduced two people: what for, and when."""

    def __init__(
        self,
        parent: QWidget | None,
        names: tuple[str, str],
        note: str,
        today: dt.date,
        save: Callable[[tuple[str, dt.date]], object],
    ) -> None:
        super().__init__(parent, save)
        self.setWindowTitle(self.tr("Record an introduction"))
        self._today = today
        self.description = plain_text_edit(self.tr("Why they should meet"), 80)
        self.description.setPlainText(note)
        self.on = make_date_edit(today)
        form = QFormLayout()
        form.addRow(
            self.tr("Introduce:"),
            QLabel(
                self.tr("{0} and {1}").format(
                    f"<b>{html.escape(short(names[0]))}</b>",
                    f"<b>{html.escape(short(names[1]))}</b>",
                )
            ),
        )
        form.addRow(self.tr("&What for:"), self.description)
        form.addRow(self.tr("&On:"), self.on)
        hint = QLabel(self.tr("Recorded as help you gave to both, each naming the other."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        form.addRow("", hint)
        self.finish_layout(form)
        self.resize(520, 280)
        self.description.setFocus()

    def record(self) -> tuple[str, dt.date]:
        return self.description.toPlainText(), from_qdate(self.on.date())

    def field_widget(self, name: str) -> QWidget | None:
        return {"description": self.description, "offered_on": self.on}.get(name)


class QuestionDialog(RecordDialog):
    """After a conversation: what to ask each person next time."""

    def __init__(
        self,
        parent: QWidget | None,
        people: Sequence[tuple[PersonRef, str]],
        save: Callable[[dict[int, str]], object],
    ) -> None:
        super().__init__(parent, save)
        self.setWindowTitle(self.tr("Next time"))
        self.buttons.button(self.buttons.StandardButton.Cancel).setText(self.tr("Not now"))
        self._people = list(people)
        self.fields: dict[int, QLineEdit] = {}
        intro = QLabel(self.tr("What would you like to ask them next time?"))
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(intro)
        for ref, question in self._people:
            field = QLineEdit(question)
            field.setPlaceholderText(self.tr("How did the move to Porto go?"))
            field.setMinimumWidth(320)
            self.fields[ref.id] = field
            form.addRow(f"{short(ref.name, 40)}:", field)
        self.finish_layout(form)
        if self.fields:
            first = next(iter(self.fields.values()))
            first.setFocus()
            first.selectAll()

    def record(self) -> dict[int, str]:
        """The questions that changed, by person id."""
        return {
            ref.id: self.fields[ref.id].text().strip()
            for ref, question in self._people
            if self.fields[ref.id].text().strip() != question.strip()
        }

    def field_widget(self, name: str) -> QWidget | None:
        return next(iter(self.fields.values()), None) if name == "next_question" else None
