"""The CSV files address books write, recognised by their header row.

Each format names the columns each field is taken from, in order of
preference; the first that holds something wins. Google writes several values
in one cell separated by " ::: ".
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass

GOOGLE_MULTI = " ::: "


@dataclass(frozen=True)
class CsvFormat:
    name: str  # shown in messages and the preview
    required: frozenset[str]  # the header holds all of these
    columns: dict[str, tuple[str, ...]]  # field -> columns (a "{n}" runs 1, 2, 3...)
    name_parts: tuple[str, ...] = ()  # assembled when no full-name column is filled

    def matches(self, header: list[str]) -> bool:
        return self.required <= {cell.strip() for cell in header}


GOOGLE = CsvFormat(
    name="Google Contacts",
    required=frozenset({"E-mail 1 - Value"}),
    columns={
        "name": ("Name",),
        "nickname": ("Nickname",),
        "organisation": ("Organization Name", "Organization 1 - Name"),
        "email": ("E-mail {n} - Value",),
        "phone": ("Phone {n} - Value",),
        "city": ("Address {n} - City",),
        "birthday": ("Birthday",),
        "notes": ("Notes",),
    },
    name_parts=(
        "Name Prefix",
        "First Name",
        "Given Name",
        "Middle Name",
        "Additional Name",
        "Last Name",
        "Family Name",
        "Name Suffix",
    ),
)

OUTLOOK = CsvFormat(
    name="Outlook",
    required=frozenset({"First Name", "Last Name", "E-mail Address"}),
    columns={
        "nickname": ("Nickname",),
        "organisation": ("Company",),
        "email": ("E-mail Address", "E-mail 2 Address", "E-mail 3 Address"),
        "phone": ("Mobile Phone", "Home Phone", "Business Phone", "Other Phone"),
        "city": ("Home City", "Business City", "Other City"),
        "birthday": ("Birthday",),
        "notes": ("Notes",),
    },
    name_parts=("Title", "First Name", "Middle Name", "Last Name", "Suffix"),
)

LINKEDIN = CsvFormat(
    name="LinkedIn",
    required=frozenset({"First Name", "Last Name", "Connected On"}),
    columns={
        "organisation": ("Company",),
        "email": ("Email Address",),
    },
    name_parts=("First Name", "Last Name"),
)

# Google leaves out the columns no contact fills (an address book of phone
# numbers has no "E-mail 1 - Value"): its other marks say it is Google's too,
# the newer export's "Labels" and "File As", the older one's "Group Membership".
GOOGLE_ALSO = tuple(
    dataclasses.replace(GOOGLE, required=frozenset(columns))
    for columns in (
        {"Phone 1 - Value"},
        {"First Name", "File As", "Labels"},
        {"Given Name", "Group Membership"},
    )
)

FORMATS = (LINKEDIN, GOOGLE, *GOOGLE_ALSO, OUTLOOK)
REPEATED = 9  # "E-mail 1 - Value" ... "E-mail 9 - Value"


@functools.cache  # asked for each field of every row: 40,000 times for 5,000 contacts
def expand(columns: tuple[str, ...]) -> tuple[str, ...]:
    found: list[str] = []
    for column in columns:
        if "{n}" in column:
            found.extend(column.format(n=n) for n in range(1, REPEATED + 1))
        else:
            found.append(column)
    return tuple(found)


_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


def slashed_order(values: list[str]) -> str:
    """Outlook writes birthdays in the order of the computer's region: 3/15/1985
    in the United States, 15/03/1985 in Europe. One day past the 12th tells which
    for the whole file; without one, the file's header language (English) says
    month first."""
    for value in values:
        match = _SLASHED.fullmatch(value.strip())
        if match and int(match[1]) > 12:
            return "dmy"
    return "mdy"


def birthday_text(value: str, order: str) -> str:
    """ISO text for a slashed date (0/0/00 is Outlook's "none"); others as they are."""
    value = value.strip()
    if value in ("0/0/00", "0/0/0000"):
        return ""
    match = _SLASHED.fullmatch(value)
    if match is None:
        return value
    first, second, year = (int(part) for part in match.groups())
    month, day = (second, first) if order == "dmy" else (first, second)
    return f"{year:04d}-{month:02d}-{day:02d}"
