"""Date fields: one typed the way people type dates, and one that may be unknown."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QDateTimeEdit, QHBoxLayout, QWidget

from relations_app.services.validation import EARLIEST_DATE

DISPLAY_FORMAT = "d MMM yyyy"
SEPARATORS = " /.-,"
Section = QDateTimeEdit.Section


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class DateEdit(QDateEdit):
    """A date that lands on what was typed: "10 Oct 2026", "2 9 2026", "31/01/2026".

    Qt moves to the next part by itself once a part is complete ("10" can only
    be a day); the separator people then type would move it once more, and
    the month typed next would land in the year. Here a separator right after
    such a move is swallowed. The month also takes digits ("9" is September)
    though it shows as a word. A day typed that the month shown lacks (31
    while November shows, 29 before the year 2024 is typed) is kept for the
    month and year typed next.
    """

    def __init__(self, day: QDate, parent: QWidget | None = None) -> None:
        super().__init__(day, parent)
        self._moved_by_itself = False
        self._digits = ""  # typed so far in the day or month part
        self._typed_day = 0  # the day typed, while the rest of the date is being typed
        self.dateChanged.connect(self._keep_typed_day)

    def keyPressEvent(self, event) -> None:
        text, section = event.text(), self.currentSection()
        if text and text in SEPARATORS and self._moved_by_itself:
            self._moved_by_itself = False
            event.accept()
            return
        if not text.isprintable() or not text:
            self._typed_day = 0  # arrows, Home, Backspace...: editing by hand
        typing = text.isdigit() and section in (Section.MonthSection, Section.DaySection)
        typed = self._digits + text if typing else ""
        if section == Section.MonthSection and typing:
            self._type_month(typed, text)
            event.accept()
            return
        if section == Section.DaySection and typing and self._type_long_day(typed):
            event.accept()
            return
        self._digits = typed
        before = self.text()
        super().keyPressEvent(event)
        moved = self.currentSection() != section
        if section == Section.DaySection and typed and (moved or len(typed) == 2):
            self._typed_day = int(typed)
        if moved:
            self._digits = ""
        if moved or self.text() != before:  # a key that did nothing keeps the state
            self._moved_by_itself = moved and bool(text) and text not in SEPARATORS

    def _type_long_day(self, typed: str) -> bool:
        """29, 30 or 31 while the month shown is shorter: kept for the month to come."""
        day = self.date()
        if len(typed) != 2 or not day.daysInMonth() < int(typed) <= 31:
            return False
        self._typed_day = int(typed)
        self.setDate(QDate(day.year(), day.month(), day.daysInMonth()))
        self._move_to(Section.MonthSection)
        return True

    def _type_month(self, typed: str, digit: str) -> None:
        if not 1 <= int(typed) <= 12:
            typed = digit
        month = int(typed)
        if 1 <= month <= 12:
            day = self.date()
            self._typed_day = self._typed_day or day.day()
            self.setDate(QDate(day.year(), month, 1))  # the day follows in _keep_typed_day
        if month >= 2 or len(typed) == 2:  # nothing more can follow: on to the year
            self._move_to(Section.YearSection)
        else:
            self._digits = typed  # "1" may become 10, 11 or 12

    def _keep_typed_day(self, day: QDate) -> None:
        if self._typed_day:
            wanted = min(self._typed_day, day.daysInMonth())
            if day.day() != wanted:
                self.setDate(QDate(day.year(), day.month(), wanted))

    def _move_to(self, section: QDateTimeEdit.Section) -> None:
        self._digits = ""
        self.setSelectedSection(section)
        self._moved_by_itself = True

    def forget_typing(self) -> None:
        """A date chosen another way (the calendar) is taken as it is."""
        self._typed_day, self._digits, self._moved_by_itself = 0, "", False

    def stepBy(self, steps: int) -> None:
        self._typed_day = 0  # arrows and the wheel change the date by hand
        super().stepBy(steps)

    def focusInEvent(self, event) -> None:
        self.forget_typing()
        super().focusInEvent(event)

    def mousePressEvent(self, event) -> None:
        self.forget_typing()  # a click moves the cursor, or opens the calendar
        super().mousePressEvent(event)


def make_date_edit(day: dt.date, parent: QWidget | None = None) -> QDateEdit:
    edit = DateEdit(to_qdate(day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DISPLAY_FORMAT)
    edit.setMinimumDate(to_qdate(EARLIEST_DATE))  # the services' own bound
    return edit


class OptionalDateEdit(QWidget):
    changed = Signal()

    def __init__(self, check_text: str, default: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(check_text)
        self.edit = make_date_edit(default)
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(self.changed)
        self.edit.dateChanged.connect(self.changed)
        self.setFocusProxy(self.check)

    def date(self) -> dt.date | None:
        return from_qdate(self.edit.date()) if self.check.isChecked() else None

    def set_date(self, day: dt.date | None) -> None:
        self.check.setChecked(day is not None)
        if day is not None:
            self.edit.setDate(to_qdate(day))
