"""Command line for contacts: `import contacts FILE...` and `export vcard FILE`.

Every file is read and checked before the journal is touched: one bad file
and nothing is written (exit 2). Import skips whoever is already there: in the
journal by the duplicates rule, or earlier in the same files.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from relations_app.cli_encryption import plain_file_warning
from relations_app.contacts.contact import Contact, ContactFileError, UnknownCsvHeader
from relations_app.counted import COMMAND_LINE
from relations_app.exit_status import BAD_INPUT, OK
from relations_app.i18n import translate
from relations_app.labels import format_birthday
from relations_app.paths import DataPaths
from relations_app.records import Circle
from relations_app.services import Services
from relations_app.services.backups import BackupService
from relations_app.services.contacts import (
    DEFAULT_CIRCLE,
    Choice,
    ContactsService,
    PreviewRow,
)
from relations_app.services.duplicates import PeopleIndex, name_key
from relations_app.services.messages import file_error_cause


def add_import_parser(formats: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    contacts = formats.add_parser(
        "contacts",
        parents=[common],
        help=translate("CommandLine", "add people from vCard (.vcf) or CSV address book files"),
    )
    contacts.add_argument(
        "files",
        nargs="+",
        type=Path,
        metavar="FILE",
        help=translate(
            "CommandLine", "a .vcf or .csv file from a phone, Google, Outlook or LinkedIn"
        ),
    )
    contacts.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("CommandLine", "list who would be added, one a line, and write nothing"),
    )
    contacts.add_argument(
        "--circle",
        choices=[circle.value for circle in Circle],
        default=DEFAULT_CIRCLE.value,
        help=translate("CommandLine", "the circle of the people added (default: acquaintance)"),
    )
    contacts.add_argument(
        "--only",
        action="append",
        default=[],
        metavar="NAME",
        help=translate("CommandLine", "add only the contact of this name (may be repeated)"),
    )


def add_export_parser(formats: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    vcard = formats.add_parser(
        "vcard",
        parents=[common],
        help=translate("CommandLine", "write people as a vCard 3.0 file for an address book"),
    )
    vcard.add_argument(
        "file", type=Path, help=translate("CommandLine", "the .vcf file to write (replaced whole)")
    )
    vcard.add_argument(
        "--person",
        action="append",
        default=[],
        metavar="NAME",
        help=translate("CommandLine", "only this person (may be repeated; default: everyone)"),
    )
    vcard.add_argument(
        "--notes", action="store_true", help=translate("CommandLine", "include private notes")
    )


def import_contacts(args: argparse.Namespace, paths: DataPaths, services_for) -> tuple[int, str]:
    """``services_for(paths)`` opens the journal; it is called only once every
    file has been read and found sound."""
    from relations_app.contacts.reading import read_contact_files  # vobject: 30 ms of every command

    try:
        files = read_contact_files(args.files, dt.date.today())
    except UnknownCsvHeader as error:
        return BAD_INPUT, translate(
            "CommandLine",
            "{0}; in the window, File ▸ Import contacts… asks which column holds what",
        ).format(error)
    except ContactFileError as error:
        return BAD_INPUT, str(error)
    contacts = [contact for file in files for contact in file.contacts]
    missing = [name for name in args.only if not _named(contacts, [name])]
    if missing:
        return BAD_INPUT, translate("CommandLine", "No contact called {0} in these files.").format(
            missing[0]
        )
    if args.dry_run and not paths.store.exists():  # no journal yet: do not make one
        new, skipped = _to_add(ContactsService.preview(files, PeopleIndex()), args.only)
        return OK, _dry_run(new, skipped)
    services: Services = services_for(paths)
    try:
        preview = services.contacts.preview(files, services.duplicates.index())
        new, skipped = _to_add(preview, args.only)
        if args.dry_run:
            return OK, _dry_run(new, skipped)
        if new:
            BackupService(services.store, paths.backups, dt.datetime.now).backup_now(
                "before-import"
            )
        choices = [Choice(row.contact) for row in new]
        counts = services.contacts.import_contacts(choices, Circle(args.circle))
    finally:
        services.store.close()
    return OK, _summary(counts.added, skipped, sum(len(r.contact.left_out) for r in new))


def export_vcard(args: argparse.Namespace, paths: DataPaths, services_for) -> tuple[int, str]:
    services: Services = services_for(paths)
    try:
        ids = None
        if args.person:
            everyone = services.people.refs(include_archived=True)
            ids = []
            for name in args.person:
                found = [ref.id for ref in everyone if name_key(ref.name) == name_key(name)]
                if not found:
                    return BAD_INPUT, translate(
                        "CommandLine", "No one called {0} in the journal."
                    ).format(name)
                ids.extend(found)
        try:
            count = services.contacts.export_vcard(args.file, ids, args.notes)
        except OSError as error:
            return BAD_INPUT, translate("CommandLine", "{0}: cannot write ({1})").format(
                args.file, file_error_cause(error)
            )
        for warning in plain_file_warning(services.store, args.file):
            print(
                translate("CommandLine", "relations: warning: {0}").format(warning), file=sys.stderr
            )
    finally:
        services.store.close()
    return OK, COMMAND_LINE.wrote_people(str(args.file), count)


def _to_add(preview: list[PreviewRow], only: list[str]) -> tuple[list[PreviewRow], int]:
    """The rows to add (named by --only, if any) and how many are already there."""
    chosen = [row for row in preview if not only or _named([row.contact], only)]
    new = [row for row in chosen if not row.already_there]
    return new, len(chosen) - len(new)


def _named(contacts: list[Contact], names: list[str]) -> bool:
    keys = {name_key(name) for name in names}
    return any(name_key(contact.name) in keys for contact in contacts)


def _dry_run(new: list[PreviewRow], skipped: int) -> str:
    lines = []
    for row in new:
        c = row.contact
        facts = [c.organisation, c.email, c.phone, c.city, format_birthday(c.birthday)]
        where = f"{c.source}:{c.line}"
        lines.append("  ·  ".join([c.name, *(f for f in facts if f), where]))
        for left_out in c.left_out:
            lines.append("    " + translate("CommandLine", "left out: {0}").format(left_out))
    lines.append(COMMAND_LINE.would_add(len(new)) + _skipped(skipped))
    return "\n".join(lines)


def _skipped(count: int) -> str:
    """Already there: in the journal, or earlier in the same files."""
    if not count:
        return ""
    return " " + COMMAND_LINE.skipped(count)


def _summary(added: int, skipped: int, left_out: int) -> str:
    if added:
        text = COMMAND_LINE.added(added)
    else:
        text = translate("CommandLine", "No one new to add.")
    text += _skipped(skipped)
    if left_out:
        text += " " + COMMAND_LINE.left_out(left_out)
    return text
