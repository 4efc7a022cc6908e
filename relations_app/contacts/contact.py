"""A contact read from a file, before anyone decides to import it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from relations_app.birthdays import Birthday
from relations_app.i18n import translate
from relations_app.records import Circle, Person
from relations_app.storage.errors import StoreError

# What a contact may carry into the journal, in the order a preview shows it.
CONTACT_FIELDS = (
    "name",
    "nickname",
    "organisation",
    "email",
    "phone",
    "city",
    "birthday",
    "notes",
)


class ContactFileError(StoreError):
    """A file that cannot be read as contacts. ``str()`` is one line saying
    where (file, line) and what."""

    kind = "invalid_file"

    def __init__(self, problem: str, line: int | None = None, path: Path | None = None) -> None:
        text = problem
        if line:
            text = translate("Contacts", "line {0}: {1}").format(line, text)
        super().__init__(f"{path}: {text}" if path else text, path=path)
        self.problem, self.line = problem, line

    def in_file(self, path: Path) -> ContactFileError:
        return ContactFileError(self.problem, self.line, Path(path))


class ReadingStopped(Exception):
    """The reading was asked to stop (Cancel in the window); nothing was read."""


class UnknownCsvHeader(ContactFileError):
    """A CSV file whose columns no known exporter writes. ``header`` holds its
    column headings and ``samples`` its first rows, for the mapping step."""

    def __init__(
        self, header: list[str], samples: list[list[str]], path: Path | None = None
    ) -> None:
        shown = " ".join(", ".join(header[:4]).split())
        super().__init__(
            translate(
                "Contacts",
                "the columns are not those of a Google, Outlook or LinkedIn export "
                "(the file begins: '{0}')",
            ).format(shown[:80]),
            path=path,
        )
        self.header, self.samples = header, samples

    def in_file(self, path: Path) -> UnknownCsvHeader:
        return UnknownCsvHeader(self.header, self.samples, Path(path))


@dataclass(frozen=True, slots=True)
class Contact:
    name: str
    source: str  # the file's name, for the preview
    line: int  # where the contact begins in it
    nickname: str = ""
    organisation: str = ""
    email: str = ""
    phone: str = ""
    city: str = ""
    birthday: Birthday | None = None
    notes: str = ""
    left_out: tuple[str, ...] = ()  # fields read but not kept, each as "field: why"

    def person(self, circle: Circle = Circle.WIDER) -> Person:
        return Person(
            name=self.name,
            circle=circle,
            nickname=self.nickname,
            organisation=self.organisation,
            email=self.email,
            phone=self.phone,
            city=self.city,
            birthday=self.birthday,
            notes=self.notes,
        )
