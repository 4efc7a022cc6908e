"""Log or edit a conversation with one or more people."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QTimeEdit,
    QWidget,
)

from relations_app.labels import channel_label, depth_label, format_date
from relations_app.records import (
    MAX_DEPTH,
    MIN_DEPTH,
    Channel,
    Conversation,
    PersonChoice,
    PersonRef,
)
from relations_app.services.briefs import Brief
from relations_app.storage.errors import ValidationError
from relations_app.ui.brief_panel import BriefPanel
from relations_app.ui.record_dialog import RecordDialog
from relations_app.ui.widgets.forms import buddy_label, plain_text_edit
from relations_app.ui.widgets.optional_date import (
    OptionalDateEdit,
    from_qdate,
    make_date_edit,
    to_qdate,
)
from relations_app.ui.widgets.people_picker import PeoplePicker


class ConversationDialog(RecordDialog):
    def __init__(
        self,
        parent: QWidget | None,
        conversation: Conversation | None,
        everyone: list[PersonChoice],
        save: Callable[[Conversation], Conversation],
        today: dt.date,
        with_people: tuple[PersonRef, ...] = (),
        briefs: Callable[[list[int]], list[Brief]] | None = None,
    ) -> None:
        super().__init__(parent, save)
        self._original = conversation
        self.panel = BriefPanel(briefs) if briefs is not None else None
        self.setWindowTitle(
            self.tr("Edit conversation") if conversation else self.tr("Log a conversation")
        )
        self._build(everyone, today)
        if conversation is not None:
            self._load(conversation)
        else:
            self.people.set_people(with_people)
        (self.notes if with_people or conversation else self.people).setFocus()
        self.resize(680 + (BriefPanel.WIDTH if self.panel else 0), 640)

    def _build(self, everyone: list[PersonChoice], today: dt.date) -> None:
        # no maximum on the field: it would refuse "Oct" typed before the year
        # that makes it a past October; a day still to come is refused on saving
        self.date = make_date_edit(today)
        self._today = today
        self.has_time = QCheckBox(self.tr("at"))
        self.time = QTimeEdit(QTime(12, 0))
        self.time.setDisplayFormat("HH:mm")
        self.time.setEnabled(False)
        self.has_time.toggled.connect(self.time.setEnabled)
        self.channel = QComboBox()
        for channel in Channel:
            self.channel.addItem(channel_label(channel), channel.value)
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("Where it happened"))
        self.people = PeoplePicker(everyone)
        self.notes = plain_text_edit(self.tr("What you talked about"), 140)
        self.learned = plain_text_edit(self.tr("Something you learned about them"), 60)
        self.depth = QComboBox()
        for depth in range(MIN_DEPTH, MAX_DEPTH + 1):
            self.depth.addItem(f"{depth} · {depth_label(depth)}", depth)
        self.depth.setCurrentIndex(2)
        self.follow_up = QLineEdit()
        self.follow_up.setPlaceholderText(self.tr("Send her the article on mentoring"))
        self.follow_up_due = OptionalDateEdit(self.tr("Due"), today + dt.timedelta(days=7))
        self.follow_up_done = QCheckBox(self.tr("Done"))
        if self.panel is None:
            self.finish_layout(self._form())
            return
        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(self._form(), 1)
        row.addWidget(self.panel)
        self.finish_layout(body)
        self.people.changed.connect(lambda: self.panel.show_people(self._chosen_ids()))

    def _form(self) -> QFormLayout:
        when = QHBoxLayout()
        when.addWidget(self.date, 1)
        when.addWidget(self.has_time)
        when.addWidget(self.time)
        how = QHBoxLayout()
        how.addWidget(self.channel, 1)
        how.addWidget(self.place, 2)
        follow = QHBoxLayout()
        follow.addWidget(self.follow_up_due, 1)
        follow.addWidget(self.follow_up_done)
        form = QFormLayout()
        # Rows that hold several widgets need a label that knows whom Alt+letter reaches.
        form.addRow(buddy_label(self.tr("&Date:"), self.date), when)
        form.addRow(buddy_label(self.tr("&With:"), self.people.entry), self.people)
        form.addRow(buddy_label(self.tr("&How, where:"), self.channel), how)
        form.addRow(self.tr("&Notes:"), self.notes)
        form.addRow(self.tr("What I &learned:"), self.learned)
        form.addRow(self.tr("De&pth:"), self.depth)
        form.addRow(self.tr("&Follow-up:"), self.follow_up)
        form.addRow("", follow)
        return form

    def _load(self, c: Conversation) -> None:
        self.date.setDate(to_qdate(c.date))
        self.has_time.setChecked(c.time is not None)
        if c.time:
            self.time.setTime(QTime(c.time.hour, c.time.minute))
        self.channel.setCurrentIndex(list(Channel).index(c.channel))
        self.place.setText(c.place)
        self.people.set_people(c.people)
        self.notes.setPlainText(c.notes)
        self.learned.setPlainText(c.learned)
        self.depth.setCurrentIndex(c.depth - MIN_DEPTH)
        self.follow_up.setText(c.follow_up)
        self.follow_up_due.set_date(c.follow_up_due)
        self.follow_up_done.setChecked(c.follow_up_done)

    def _chosen_ids(self) -> list[int]:
        return [ref.id for ref in self.people.people() if ref.id is not None and ref.id > 0]

    def showEvent(self, event) -> None:
        if self.panel is not None:
            self.panel.show_people(self._chosen_ids())
        super().showEvent(event)

    def record(self) -> Conversation:
        self.people.add_typed()  # a name typed but not yet added still counts
        time = self.time.time()
        base = self._original or Conversation(date=self._today, people=())
        day = from_qdate(self.date.date())
        if day > max(self._today, base.date):  # an entry already dated ahead may stay so
            raise ValidationError(
                self.tr("{0} has not come yet: log a conversation once it took place.").format(
                    format_date(day)
                ),
                "date",
            )
        return dataclasses.replace(
            base,
            date=day,
            time=dt.time(time.hour(), time.minute()) if self.has_time.isChecked() else None,
            channel=Channel(self.channel.currentData()),
            place=self.place.text().strip(),
            people=self.people.people(),
            notes=self.notes.toPlainText(),
            learned=self.learned.toPlainText(),
            depth=int(self.depth.currentData()),
            follow_up=self.follow_up.text().strip(),
            follow_up_due=self.follow_up_due.date(),
            follow_up_done=self.follow_up_done.isChecked(),
        )

    def field_widget(self, name: str) -> QWidget | None:
        return {
            "date": self.date,
            "people": self.people,
            "depth": self.depth,
            "follow_up": self.follow_up,
            "follow_up_due": self.follow_up_due,
        }.get(name)
