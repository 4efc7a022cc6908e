"""A birthday, with or without its year.

Address books often know the day and not the year (Apple writes
``BDAY;X-APPLE-OMIT-YEAR=1604:1604-09-30``, Google ``BDAY:--07-14``). A
year-less birthday is a birthday all the same: stored, edited, shown ("14 July"),
counted in "coming up" and exported. Its text form is the one of ISO 8601 and
vCard: ``--MM-DD``; a dated one stays ``YYYY-MM-DD``. The journal stores that
text (schema 3) and the JSON export writes it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

# A leap year: 29 February is a day like any other when the year is unknown.
LEAP_YEAR = 2000
# Apple's year for "the year is not known" (a leap year, so 29 February fits):
# read as such wherever it turns up, a journal edited by hand included.
APPLE_NO_YEAR = 1604

_FORMS = (
    re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"),
    re.compile(r"(?P<year>\d{4})(?P<month>\d{2})(?P<day>\d{2})"),
    re.compile(r"--(?P<month>\d{2})-?(?P<day>\d{2})"),
)


@dataclass(frozen=True, slots=True)
class Birthday:
    month: int
    day: int
    year: int | None = None

    def __post_init__(self) -> None:
        dt.date(LEAP_YEAR if self.year is None else self.year, self.month, self.day)

    @classmethod
    def from_date(cls, day: dt.date) -> Birthday:
        return cls(day.month, day.day, day.year)

    @classmethod
    def parse(cls, text: str) -> Birthday:
        """``YYYY-MM-DD``, ``YYYYMMDD``, ``--MM-DD`` or ``--MMDD``, optionally
        followed by a time (``T...``, which a birthday does not need).
        Raises ValueError for anything else, or a day that does not exist."""
        text = text.strip().split("T", 1)[0]
        for form in _FORMS:
            match = form.fullmatch(text)
            if match:
                year = int(match.groupdict().get("year") or APPLE_NO_YEAR)
                known = None if year == APPLE_NO_YEAR else year
                return cls(int(match["month"]), int(match["day"]), known)
        raise ValueError(f"not a birthday: {text!r}")

    @property
    def has_year(self) -> bool:
        return self.year is not None

    def isoformat(self) -> str:
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def date(self) -> dt.date | None:
        """The day of birth, when the year is known."""
        return None if self.year is None else dt.date(self.year, self.month, self.day)

    def next_on_or_after(self, today: dt.date) -> dt.date:
        """The next time it comes round, today included. A birthday on
        29 February is kept on 28 February in other years."""
        for year in (today.year, today.year + 1):
            day = self.in_year(year)
            if day >= today:
                return day
        raise AssertionError("a birthday comes round every year")

    def in_year(self, year: int) -> dt.date:
        if self.month == 2 and self.day == 29:
            try:
                return dt.date(year, 2, 29)
            except ValueError:
                return dt.date(year, 2, 28)
        return dt.date(year, self.month, self.day)
