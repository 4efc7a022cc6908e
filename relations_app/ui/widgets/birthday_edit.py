"""A birthday that may be unknown, or known without its year."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QWidget

from relations_app.birthdays import LEAP_YEAR, Birthday
from relations_app.ui.widgets.optional_date import DISPLAY_FORMAT, OptionalDateEdit, from_qdate

# Without the year the calendar still needs one: a leap year, so that
# 29 February can be chosen; it is never shown.
NO_YEAR_FORMAT = "d MMMM"


class BirthdayEdit(OptionalDateEdit):
    """ "Known" enables the date; "Year unknown" hides its year and keeps only
    the day and month."""

    def __init__(self, default: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Known"), default, parent)
        self.no_year = QCheckBox(self.tr("Year unknown"))
        self.no_year.setEnabled(False)
        self.layout().addWidget(self.no_year)
        self.check.toggled.connect(self.no_year.setEnabled)
        self.no_year.toggled.connect(self._show_year)
        self.no_year.toggled.connect(self.changed)

    def birthday(self) -> Birthday | None:
        if not self.check.isChecked():
            return None
        day = from_qdate(self.edit.date())
        if self.no_year.isChecked():
            return Birthday(day.month, day.day)
        return Birthday.from_date(day)

    def set_birthday(self, birthday: Birthday | None) -> None:
        self.check.setChecked(birthday is not None)
        self.no_year.setChecked(birthday is not None and not birthday.has_year)
        if birthday is not None:
            year = birthday.year or LEAP_YEAR
            self.edit.setDate(QDate(year, birthday.month, birthday.day))

    def _show_year(self, unknown: bool) -> None:
        if unknown:
            shown = self.edit.date()
            # keep the day: 29 February stays choosable in the leap year
            self.edit.setDate(QDate(LEAP_YEAR, shown.month(), shown.day()))
        self.edit.setDisplayFormat(NO_YEAR_FORMAT if unknown else DISPLAY_FORMAT)
