"""A CSV file whose header no known exporter writes: the user says which
column holds what, and the file is read with that mapping.

``guess`` pre-fills the choice from the column headings people write by hand
in English and French ("Nom complet", "Courriel", "Portable"...), so that most
of the time the user only checks it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from relations_app.contacts.contact import CONTACT_FIELDS
from relations_app.contacts.csv_formats import CsvFormat
from relations_app.folding import fold
from relations_app.i18n import translate

# What a column may be taken as; the first and last names are assembled when
# no column holds the whole name.
FIRST_NAME = "first_name"
LAST_NAME = "last_name"
NAME, *OTHER_FIELDS = CONTACT_FIELDS
TARGETS = (NAME, FIRST_NAME, LAST_NAME, *OTHER_FIELDS)

# folded heading words -> target; the first rule a heading meets wins
_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("email", ("mail", "courriel", "adresse electronique", "messagerie")),
    ("phone", ("phone", "tel", "mobile", "portable", "cell", "gsm")),
    ("birthday", ("birth", "anniversaire", "naissance", "dob")),
    (FIRST_NAME, ("first", "given", "prenom", "forename")),
    (LAST_NAME, ("last", "family", "surname", "nom de famille")),
    ("nickname", ("nickname", "surnom", "pseudo")),
    ("organisation", ("company", "organi", "societe", "entreprise", "employ", "employeur")),
    ("city", ("city", "ville", "town", "localite", "commune")),
    ("notes", ("note", "remarque", "comment")),
    ("name", ("name", "nom", "contact", "person")),
)


def target_label(target: str) -> str:
    """A target as the mapping step names it."""
    return {
        "name": translate("Contacts", "Name"),
        FIRST_NAME: translate("Contacts", "First name"),
        LAST_NAME: translate("Contacts", "Last name"),
        "nickname": translate("Contacts", "Nickname"),
        "organisation": translate("Contacts", "Organisation"),
        "email": translate("Contacts", "Email"),
        "phone": translate("Contacts", "Phone"),
        "city": translate("Contacts", "City"),
        "birthday": translate("Contacts", "Birthday"),
        "notes": translate("Contacts", "Notes"),
    }[target]


def guess(header: Sequence[str]) -> dict[int, str]:
    """column position -> target, each target given to one column at most.

    A heading goes to the first field its words suggest, or to none when that
    field is taken: a middle name ("Deuxième prénom") is not a whole name, nor
    an email's display name ("Nom complet de l'adresse de messagerie") one.
    "Nom" beside a first name is the family name, as French headers write it.
    """
    found: dict[int, str] = {}
    for position, heading in enumerate(header):
        words = fold(heading)
        target = next((t for t, hints in _RULES if any(hint in words for hint in hints)), None)
        if target is not None and target not in found.values():
            found[position] = target
    for position, target in found.items():
        if target == NAME and fold(header[position]).strip() == "nom":
            if FIRST_NAME in found.values() and LAST_NAME not in found.values():
                found[position] = LAST_NAME
    return found


def names_someone(mapping: Mapping[int, str]) -> bool:
    """A contact needs a name: a whole-name column, or a first or last name."""
    return any(target in ("name", FIRST_NAME, LAST_NAME) for target in mapping.values())


def mapped_format(header: Sequence[str], mapping: Mapping[int, str]) -> CsvFormat:
    """A CsvFormat that reads this header the way the user mapped it.

    Columns are named by their heading, as the readers of known formats name
    them; the header row is found again by all the headings mapped.
    """
    columns: dict[str, tuple[str, ...]] = {}
    for position, target in sorted(mapping.items()):
        columns.setdefault(target, ())
        columns[target] += (header[position].strip(),)
    parts = columns.pop(FIRST_NAME, ()) + columns.pop(LAST_NAME, ())
    return CsvFormat(
        name=translate("Contacts", "CSV"),
        required=frozenset(header[position].strip() for position in mapping),
        columns=columns,
        name_parts=parts,
    )
