"""Record (or edit) help given or received."""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
from collections.abc import Callable

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QWidget,
)

from relations_app.labels import (
    direction_label,
    help_kind_label,
    help_status_label,
)
from relations_app.records import Direction, Help, HelpKind, HelpStatus
from relations_app.ui.record_dialog import RecordDialog
from relations_app.ui.widgets.forms import buddy_label, plain_text_edit
from relations_app.ui.widgets.optional_date import (
    OptionalDateEdit,
    from_qdate,
    make_date_edit,
)


class HelpDialog(RecordDialog):
    def __init__(
        self,
        parent: QWidget | None,
        person_name: str,
        help_record: Help,
        save: Callable[[Help], Help],
        today: dt.date,
    ) -> None:
        super().__init__(parent, save)
        self._original = help_record
        self._today = today
        self.setWindowTitle(self.tr("Edit help") if help_record.id else self.tr("Record help"))
        self._build(person_name, help_record)
        self._load(help_record)
        self.description.setFocus()
        self.resize(520, 430)

    def _build(self, person_name: str, help_record: Help) -> None:
        self.direction_group = QButtonGroup(self)
        direction_row = QHBoxLayout()
        for direction in Direction:
            button = QRadioButton(direction_label(direction))
            button.setProperty("direction", direction.value)
            self.direction_group.addButton(button)
            direction_row.addWidget(button)
        direction_row.addStretch(1)
        self.kind = QComboBox()
        for kind in HelpKind:
            self.kind.addItem(help_kind_label(kind), kind.value)
        self.status = QComboBox()
        for status in HelpStatus:
            self.status.addItem(help_status_label(status), status.value)
        # The example matches the kind a new entry starts with (advice).
        self.description = plain_text_edit(self.tr("Looked over her CV before the interview"), 90)
        self.offered_on = make_date_edit(help_record.offered_on)
        self.done_on = OptionalDateEdit(self.tr("Done on"), help_record.offered_on)
        self.due_on = OptionalDateEdit(
            self.tr("Promised by"), max(help_record.offered_on, self._today) + dt.timedelta(days=7)
        )
        self.due_on.setToolTip(
            self.tr("When you said you would do it: Today lists it under Promises until then.")
        )
        form = QFormLayout()
        form.addRow(self.tr("Person:"), QLabel(f"<b>{html.escape(person_name)}</b>"))
        first_direction = self.direction_group.buttons()[0]
        form.addRow(buddy_label(self.tr("Di&rection:"), first_direction), direction_row)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&What:"), self.description)
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("&Offered on:"), self.offered_on)
        form.addRow("", self.due_on)
        form.addRow("", self.done_on)
        self.finish_layout(form)
        self.status.currentIndexChanged.connect(self._status_changed)

    def _load(self, h: Help) -> None:
        for button in self.direction_group.buttons():
            button.setChecked(button.property("direction") == h.direction.value)
        self.kind.setCurrentIndex(list(HelpKind).index(h.kind))
        self.status.setCurrentIndex(list(HelpStatus).index(h.status))
        self.description.setPlainText(h.description)
        self.done_on.set_date(h.done_on)
        self.due_on.set_date(h.due_on)
        self._status_changed()

    def _status_changed(self) -> None:
        status = HelpStatus(self.status.currentData())
        done = status is HelpStatus.DONE
        self.done_on.setEnabled(done)
        self.due_on.setEnabled(status in (HelpStatus.OFFERED, HelpStatus.IN_PROGRESS))
        if done and self.done_on.date() is None:
            self.done_on.set_date(max(from_qdate(self.offered_on.date()), self._today))

    def record(self) -> Help:
        checked = self.direction_group.checkedButton()
        status = HelpStatus(self.status.currentData())
        return dataclasses.replace(
            self._original,
            direction=Direction(checked.property("direction")) if checked else Direction.GIVEN,
            kind=HelpKind(self.kind.currentData()),
            description=self.description.toPlainText(),
            status=status,
            offered_on=from_qdate(self.offered_on.date()),
            done_on=self.done_on.date() if status is HelpStatus.DONE else None,
            due_on=self.due_on.date(),
        )

    def field_widget(self, name: str) -> QWidget | None:
        return {
            "description": self.description,
            "done_on": self.done_on,
            "due_on": self.due_on,
        }.get(name)
