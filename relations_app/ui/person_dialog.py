"""Add or edit a person."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from relations_app.i18n import plural
from relations_app.labels import circle_hint, circle_label
from relations_app.records import Circle, Person
from relations_app.ui.record_dialog import RecordDialog
from relations_app.ui.widgets.birthday_edit import BirthdayEdit
from relations_app.ui.widgets.forms import plain_text_edit
from relations_app.ui.widgets.optional_date import OptionalDateEdit


class PersonDialog(RecordDialog):
    def __init__(
        self,
        parent: QWidget | None,
        person: Person | None,
        save: Callable[[Person], Person],
        today: dt.date,
    ) -> None:
        super().__init__(parent, save)
        self._original = person
        self.setWindowTitle(
            self.tr("Edit {0}").format(person.name) if person else self.tr("New person")
        )
        self._build(today)
        self.finish_layout(self._body)
        if person is not None:
            self._load(person)
        self.name.setFocus()
        self.resize(820, 640)

    def _keep_in_touch_changed(self, days: int) -> None:
        self.keep_in_touch.setSuffix(plural(days, self.tr(" day"), self.tr(" days", "", days)))

    def _build(self, today: dt.date) -> None:
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Their name, as you would write it"))
        self.nickname = QLineEdit()
        self.circle = QComboBox()
        for circle in Circle:
            self.circle.addItem(circle_label(circle), circle.value)
            self.circle.setItemData(
                self.circle.count() - 1, circle_hint(circle), Qt.ItemDataRole.ToolTipRole
            )
        self.circle.setCurrentIndex(list(Circle).index(Circle.WIDER))
        self.organisation = QLineEdit()
        self.city = QLineEdit()
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.birthday = BirthdayEdit(dt.date(today.year - 30, 1, 1))
        self.keep_in_touch = QSpinBox()
        self.keep_in_touch.setRange(0, 3650)
        self.keep_in_touch.setSpecialValueText(self.tr("No reminder"))
        self.keep_in_touch.valueChanged.connect(self._keep_in_touch_changed)
        self._keep_in_touch_changed(self.keep_in_touch.value())
        self.keep_in_touch.setToolTip(self.tr("How often you want to reconnect with them."))
        self.met_how = QLineEdit()
        self.met_how.setPlaceholderText(self.tr("Introduced by Sam at a climbing evening"))
        self.met_where = QLineEdit()
        self.met_on = OptionalDateEdit(self.tr("Known"), today)
        self.what_matters = plain_text_edit(
            self.tr("Their goals, their struggles, what they care about")
        )
        self.looking_for = plain_text_edit(
            self.tr("One a line: a ceramics mentor, a data job in Lyon…"), 48
        )
        self.can_offer = plain_text_edit(
            self.tr("One a line: Spanish lessons, feedback on a CV…"), 48
        )
        for field in (self.looking_for, self.can_offer):
            field.setToolTip(
                self.tr(
                    "Short items, one a line. The Today page matches what people look for "
                    "with what you and others can offer."
                )
            )
        self.next_question = QLineEdit()
        self.next_question.setPlaceholderText(self.tr("How did the move to Porto go?"))
        self.notes = plain_text_edit(self.tr("Private notes: never printed unless you ask"))
        self.archived = QCheckBox(self.tr("Archived (kept, but out of the people list)"))
        self.archived.setVisible(self._original is not None)
        self._body = self._layout_groups()

    def _layout_groups(self) -> QWidget:
        who = QGroupBox(self.tr("Who they are"))
        form = QFormLayout(who)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("Nic&kname:"), self.nickname)
        form.addRow(self.tr("&Circle:"), self.circle)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        form.addRow(self.tr("C&ity:"), self.city)
        form.addRow(self.tr("&Email:"), self.email)
        form.addRow(self.tr("&Phone:"), self.phone)
        form.addRow(self.tr("&Birthday:"), self.birthday)
        bond = QGroupBox(self.tr("Our relationship"))
        form = QFormLayout(bond)
        form.addRow(self.tr("Keep in &touch every:"), self.keep_in_touch)
        form.addRow(self.tr("How we &met:"), self.met_how)
        form.addRow(self.tr("W&here:"), self.met_where)
        form.addRow(self.tr("&When:"), self.met_on)
        form.addRow(self.tr("What matter&s to them:"), self.what_matters)
        form.addRow(self.tr("&Looking for:"), self.looking_for)
        form.addRow(self.tr("Can o&ffer:"), self.can_offer)
        form.addRow(self.tr("&Ask next time:"), self.next_question)
        form.addRow(self.tr("P&rivate notes:"), self.notes)
        form.addRow("", self.archived)
        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(who, 2)
        row.addWidget(bond, 3)
        return body

    def _load(self, person: Person) -> None:
        self.name.setText(person.name)
        self.nickname.setText(person.nickname)
        self.circle.setCurrentIndex(list(Circle).index(person.circle))
        self.organisation.setText(person.organisation)
        self.city.setText(person.city)
        self.email.setText(person.email)
        self.phone.setText(person.phone)
        self.birthday.set_birthday(person.birthday)
        self.keep_in_touch.setValue(person.keep_in_touch_days or 0)
        self.met_how.setText(person.met_how)
        self.met_where.setText(person.met_where)
        self.met_on.set_date(person.met_on)
        self.what_matters.setPlainText(person.what_matters)
        self.looking_for.setPlainText("\n".join(person.looking_for))
        self.can_offer.setPlainText("\n".join(person.can_offer))
        self.next_question.setText(person.next_question)
        self.notes.setPlainText(person.notes)
        self.archived.setChecked(person.archived)

    def record(self) -> Person:
        base = self._original or Person(name="")
        return dataclasses.replace(
            base,
            name=self.name.text().strip(),
            nickname=self.nickname.text().strip(),
            circle=Circle(self.circle.currentData()),
            organisation=self.organisation.text().strip(),
            city=self.city.text().strip(),
            email=self.email.text().strip(),
            phone=self.phone.text().strip(),
            birthday=self.birthday.birthday(),
            keep_in_touch_days=self.keep_in_touch.value() or None,
            met_how=self.met_how.text().strip(),
            met_where=self.met_where.text().strip(),
            met_on=self.met_on.date(),
            what_matters=self.what_matters.toPlainText(),
            looking_for=tuple(self.looking_for.toPlainText().splitlines()),
            can_offer=tuple(self.can_offer.toPlainText().splitlines()),
            next_question=self.next_question.text().strip(),
            notes=self.notes.toPlainText(),
            archived=self.archived.isChecked(),
        )

    def field_widget(self, name: str) -> QWidget | None:
        return {
            "name": self.name,
            "email": self.email,
            "birthday": self.birthday,
            "met_on": self.met_on,
            "keep_in_touch_days": self.keep_in_touch,
            "looking_for": self.looking_for,
            "can_offer": self.can_offer,
        }.get(name)
